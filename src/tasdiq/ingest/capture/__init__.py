"""Capture web pages where they live: headless Chromium, a WARC, a screenshot, a PDF, versions.

    from tasdiq.ingest.capture import capture_url
    result = capture_url(store, url="https://…", actor="analyst")

Playwright is imported on first capture, not with this package.
"""

from __future__ import annotations

from tasdiq.ingest.versions import text_diff

from .browser import CaptureLimits, chromium_path
from .service import CaptureResult, capture_url, check_url, latest_version

__all__ = ["CaptureLimits", "CaptureResult", "capture_url", "check_url", "chromium_path", "latest_version",
           "text_diff"]
