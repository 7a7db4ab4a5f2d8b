"""Keep freed memory in the process for the next batch instead of giving it back at once.

spaCy's models (thinc) allocate and free arrays of a few MB for every batch of texts. glibc's
malloc hands blocks that large to the kernel with mmap and returns them with munmap, and trims
the top of its heap back to the kernel when little is in use there, so the next batch faults
every page in again: `tasdiq extract` over 2,000 reports took 458,000 minor page faults and
1.4 CPU s of system time; with both thresholds raised, 101,000 and 0.5 s, the same peak
memory (516 MB) and the same results. Raising one alone does not help (the trim threshold
alone made it worse: glibc then stops adapting its mmap threshold).

For commands that run the extractor over many texts and exit, and for `tasdiq batch`'s worker
processes (`batch.runner.opened`), whose Dask nanny sets MALLOC_TRIM_THRESHOLD_=65536 to give
memory back at once: there every partition faulted its pages in again (10,000 reports on 2
workers: 6.8 million faults, 17 CPU s of system time in 85). A long-running server keeps glibc's
defaults, which give memory back between requests.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

# mallopt parameters from glibc's malloc.h
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
# At most this much freed memory is kept; the extractor's peak is about 520 MB in all.
KEEP_BYTES = 256 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Raise glibc's mmap and trim thresholds for this process; False where malloc is not glibc's."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others have no mallopt
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, KEEP_BYTES)) and bool(mallopt(M_TRIM_THRESHOLD, KEEP_BYTES))
