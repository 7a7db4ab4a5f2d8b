"""numpy's OpenBLAS, held to one thread, for spaCy's matrix products.

Most of spaCy's time on our texts is single-precision matrix products (tok2vec's and the
NER's window encoders, the parser's and NER's first layers): thinc sends them to cython-blis,
whose kernels here run at ~95 GFLOP/s against ~140 for the OpenBLAS that numpy wheels ship
(measured on this machine's Xeon, AVX-512; docs/scale.md, spacycost section). OpenBLAS
starts one thread per core, though: on two cores spaCy then burned 3.3x the CPU for the
same texts (threads spinning between small products), and a batch worker shares its cores
with others. So OpenBLAS is only used when it can be held to one thread.

OpenBLAS has no Python API; numpy loads it privately, so it is found among the libraries
this process has mapped and told through its C function. Where numpy uses another BLAS, or
the platform has no /proc, nothing changes and spaCy keeps cython-blis.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from pathlib import Path

MAPS = Path("/proc/self/maps")
# numpy's wheels name OpenBLAS's functions with a prefix and, for 64-bit integers, a suffix
SET_THREADS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
               "openblas_set_num_threads64_", "openblas_set_num_threads")
GET_THREADS = tuple(name.replace("set_", "get_") for name in SET_THREADS)


def _mapped_openblas() -> Iterator[str]:
    """Paths of the OpenBLAS libraries loaded in this process (numpy's, and scipy's if loaded)."""
    try:
        lines = MAPS.read_text().splitlines()
    except OSError:
        return
    seen: set[str] = set()
    for line in lines:
        fields = line.split(maxsplit=5)  # address, permissions, offset, device, inode, path
        path = fields[5] if len(fields) == 6 else ""
        if "openblas" in Path(path).name.lower() and path not in seen:
            seen.add(path)
            yield path


def _pin(library: ctypes.CDLL) -> bool:
    for set_name, get_name in zip(SET_THREADS, GET_THREADS, strict=True):
        setter, getter = getattr(library, set_name, None), getattr(library, get_name, None)
        if setter is not None and getter is not None:
            setter.argtypes, getter.restype = [ctypes.c_int], ctypes.c_int
            setter(1)
            return bool(getter() == 1)
    return False


def numpy_blas_single_threaded() -> bool:
    """Hold numpy's OpenBLAS to one thread; True only if numpy's matrix products now run on it
    single-threaded (False where numpy uses another BLAS or none can be found)."""
    import numpy  # noqa: F401  (loads numpy's OpenBLAS, so that it is mapped)

    libraries = list(_mapped_openblas())
    return bool(libraries) and all(_pinned(path) for path in libraries)


def _pinned(path: str) -> bool:
    try:
        return _pin(ctypes.CDLL(path))
    except OSError:
        return False
