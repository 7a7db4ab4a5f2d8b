"""numpy's OpenBLAS, held to one thread, for spaCy's matrix products.

Most of spaCy's time on our texts is single-precision matrix products (tok2vec's and the
NER's window encoders, the parser's and NER's first layers): thinc sends them to cython-blis,
whose kernels here run at ~95 GFLOP/s against ~140 for the OpenBLAS that numpy wheels ship
(measured on this machine's Xeon, AVX-512; docs/scale.md, spacycost section). OpenBLAS
starts one thread per core, though: on two cores spaCy then burned 3.3x the CPU for the
same texts (threads spinning between small products), and a batch worker shares its cores
with others. So OpenBLAS is only used when it can be held to one thread.

threadpoolctl finds the BLAS libraries this process has loaded (numpy loads OpenBLAS
privately) and sets their thread count through their own C functions. Where numpy uses
another BLAS, nothing changes and spaCy keeps cython-blis.
"""

from __future__ import annotations

from threadpoolctl import threadpool_info, threadpool_limits


def _blas() -> list[dict[str, object]]:
    return [lib for lib in threadpool_info() if lib.get("user_api") == "blas"]


def numpy_blas_single_threaded() -> bool:
    """Hold numpy's OpenBLAS to one thread; True only if numpy's matrix products now run on it
    single-threaded (False where numpy uses another BLAS or none can be found)."""
    import numpy  # noqa: F401  (loads numpy's OpenBLAS, so that threadpoolctl can see it)

    found = _blas()
    if not found or any(lib.get("internal_api") != "openblas" for lib in found):
        return False
    threadpool_limits(limits=1, user_api="blas")  # for the rest of the process, not a block
    return all(lib.get("num_threads") == 1 for lib in _blas())
