"""Content-addressed, write-once storage of original files and derived copies.

An object lives at `objects/ab/cdef...` named by the SHA-256 of its bytes. Writing is
idempotent (the same bytes land on the same path) and atomic (a temporary file renamed into
place), and a stored object is made read-only: nothing in the product rewrites an original.

Durable before it is named: a rename is atomic but not yet on disk, so after a power cut a
committed row could name an object the file system never kept. Every write marks its store
root unsynced; the store's commit hook (`Store.engine`) calls `sync()` before any transaction
commits, which flushes the file system once (Linux `syncfs`) for all the objects written
since the last flush, instead of one `fsync` per object.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from tasdiq.errors import NotFound, StoreError

CHUNK = 1024 * 1024
TEMP = ".tmp-"
# A temporary file older than this, or whose writer is gone, can no longer become an object.
STALE_TEMP_SECONDS = 3600


# Store roots this process wrote objects under since their last flush. The lock is held through
# a flush, so a commit that finds its root clean knows an earlier flush has finished.
_unsynced: set[Path] = set()
_unsynced_lock = threading.Lock()


def _mark_unsynced(root: Path) -> None:
    with _unsynced_lock:
        _unsynced.add(root)


def _flush_file_system(root: Path) -> None:
    """Write the file system holding `root` to disk: syncfs(2) where libc has it, else sync(2)."""
    syncfs = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)
    try:
        fd = os.open(root, os.O_RDONLY)
    except OSError:  # the root is gone (a test's store removed): flush everything instead
        os.sync()
        return
    try:
        if syncfs is not None and syncfs(fd) == 0:
            return
    finally:
        os.close(fd)
    os.sync()


def _temp_prefix() -> str:
    # The writer's pid is in the name, so a clean-up can tell a live write from a dead one.
    return f"{TEMP}p{os.getpid()}-"


def _writer_alive(name: str) -> bool:
    head = name[len(TEMP) :].split("-", 1)[0]
    if not head.startswith("p") or not head[1:].isdigit():
        return False
    try:
        os.kill(int(head[1:]), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ObjectStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise StoreError(f"not a SHA-256 object name: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:]

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def put(self, data: bytes) -> tuple[str, bool]:
        """Store bytes; returns (sha256, newly_written)."""
        digest = sha256_bytes(data)
        target = self.path(digest)
        if target.exists():
            return digest, False
        # A temporary name unique to this process and object, created exclusively, written,
        # made read-only and renamed into place: readers never see a partial object.
        tmp = target.parent / f"{_temp_prefix()}{digest[:16]}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
        except FileNotFoundError:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o444)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _mark_unsynced(self.root)
        return digest, True

    def put_file(self, path: Path, *, expect: str | None = None) -> tuple[str, int, bool]:
        """Stream a (possibly large) file in; returns (sha256, size, newly_written).

        With `expect`, bytes that do not hash to it are not kept: the file changed on disk."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=_temp_prefix())
        digest = hashlib.sha256()
        size = 0
        try:
            with os.fdopen(fd, "wb") as out, path.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
            name = digest.hexdigest()
            if expect is not None and name != expect:
                raise StoreError(f"{path}: changed on disk while it was being stored")
            target = self.path(name)
            if target.exists():
                Path(tmp).unlink()
                return name, size, False
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
            _mark_unsynced(self.root)
            return name, size, True
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def note_written(self) -> None:
        """Objects another process wrote here (an ingest reader worker) are this one's to flush."""
        _mark_unsynced(self.root)

    def sync(self) -> bool:
        """Flush every object written here so far to disk; False when none was waiting."""
        with _unsynced_lock:
            if self.root not in _unsynced:
                return False
            _flush_file_system(self.root)
            _unsynced.discard(self.root)
        return True

    def read(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise NotFound("object", sha256) from None

    @contextmanager
    def open(self, sha256: str) -> Iterator[BinaryIO]:
        try:
            fh = self.path(sha256).open("rb")
        except FileNotFoundError:
            raise NotFound("object", sha256) from None
        with fh:
            yield fh

    def remove_new(self, sha256: str) -> None:
        """Unlink an object. Only `store.integrity.discard_unreferenced` may call this: it
        decides, under the object lock, that no committed row references the object."""
        target = self.path(sha256)
        if target.exists():
            target.chmod(0o644)
            target.unlink()

    def temp_files(self) -> list[Path]:
        """Temporary files of writes under way, or of writes that died before their rename."""
        if not self.root.exists():
            return []
        return sorted(p for p in self.root.glob(f"**/{TEMP}*") if p.is_file())

    def remove_stale_temp_files(self) -> list[str]:
        """Remove temporary files no live writer can still finish; returns their paths."""
        removed = []
        now = time.time()
        for path in self.temp_files():
            try:
                old = now - path.stat().st_mtime > STALE_TEMP_SECONDS
            except FileNotFoundError:
                continue  # finished (renamed) or removed meanwhile
            if old or not _writer_alive(path.name):
                path.unlink(missing_ok=True)
                removed.append(str(path))
        return removed

    def verify(self, sha256: str) -> bool:
        digest = hashlib.sha256()
        with self.open(sha256) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def __iter__(self) -> Iterator[str]:
        if not self.root.exists():
            return
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for item in sorted(sub.iterdir()):
                    if not item.name.startswith(TEMP):
                        yield sub.name + item.name
