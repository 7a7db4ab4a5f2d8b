"""Files derived from shipped ones, built once per machine and reused by every later process.

Some shipped data is packed for the wheel and costs every process that opens it: py3langid's
model is 4.5 MB of LZMA that takes 0.5 CPU s to inflate, and both `tasdiq ingest` and
`tasdiq extract` open it. The unpacked copy is kept in a cache folder (TASDIQ_CACHE_DIR, else
$XDG_CACHE_HOME/tasdiq, else ~/.cache/tasdiq) under a name holding the SHA-256 of the file it
came from, so a new wheel never meets a stale copy. It is only a cache: where the folder cannot
be written (read-only home, full disk) callers read the shipped file as before.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from tasdiq.settings import Settings


def cache_dir() -> Path:
    explicit = Settings().cache_dir
    if explicit is not None:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tasdiq"


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()[:24]


def derived_file(kind: str, *, source: Path | None, build: Callable[[Path], None], suffix: str = "") -> Path | None:
    """The file `build(path)` derives from `source`, built on first use; None where the cache
    cannot be written. `kind` names the derivation: change it when `build` changes. Without a
    `source`, `kind` alone names the file, and must then hold a hash of all that decides it."""
    try:
        folder = cache_dir()
        target = folder / (f"{kind}-{_digest(source)}{suffix}" if source is not None else f"{kind}{suffix}")
        if target.is_file():
            return target
        folder.mkdir(parents=True, exist_ok=True)
        # built under a name of this process's own, then renamed: a reader never sees half a file,
        # and two processes building at once each rename a whole one
        partial = folder / f".{target.name}.{os.getpid()}.partial{suffix}"
        try:
            build(partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        return target
    except OSError:
        return None
