"""Partitions named on the command line: local paths, folders, globs, and file:// URLs.

A partition is one file (a JSONL, CSV or WARC shard, or any file `tasdiq ingest` reads),
named by a URL so that object storage (s3://, gs://) can join later behind `local_path`.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlparse

from tasdiq.errors import InputError
from tasdiq.ingest.pipeline import iter_files

GLOB_CHARS = frozenset("*?[")


def partitions(specs: Iterable[str]) -> list[str]:
    """Each spec's files as file:// URLs, once each, in a stable order."""
    found: dict[str, None] = {}
    for spec in specs:
        for path in _paths(spec):
            found.setdefault(path.resolve().as_uri(), None)
    return list(found)


def local_path(url: str) -> Path:
    """The file a partition URL names on this machine."""
    parsed = urlparse(url)
    if parsed.scheme in ("", "file"):
        return Path(unquote(parsed.path) if parsed.scheme else url)
    # Object storage needs a reader that streams the object; until one is written, say so.
    raise InputError(url, f"{parsed.scheme}:// inputs are not supported yet; copy the shards to a shared folder")


def _paths(spec: str) -> list[Path]:
    path = local_path(spec)
    if GLOB_CHARS & set(str(path)):
        matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
        if not matches:
            raise InputError(spec, "matches no file")
        return [f for m in matches for f in iter_files([m])]
    if not path.exists():
        raise InputError(spec, "no such file or folder")
    return list(iter_files([path]))
