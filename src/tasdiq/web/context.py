"""What the app holds for its lifetime: the store, the settings and the signing keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fastapi.templating import Jinja2Templates

from tasdiq.store import Store
from tasdiq.web.config import WebConfig
from tasdiq.web.exports import ExportSlots
from tasdiq.web.security import IdentityCache, LoginThrottle, SessionSigner
from tasdiq.web.writers import WriterGate

HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"


@dataclass
class WebContext:
    store: Store
    config: WebConfig
    signer: SessionSigner
    throttle: LoginThrottle
    templates: Jinja2Templates
    identities: IdentityCache
    writers: WriterGate
    exports: ExportSlots
