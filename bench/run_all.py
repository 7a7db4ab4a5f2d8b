"""`make bench`: run every benchmark in turn and print its figures.

Each benchmark is a script in this folder with a `main()`; they print their own tables.
A step is `<name>_bench.py` unless SCRIPTS names its file (seeds: seed_check.py).
Set BENCH_ONLY=ingest,link to run a subset, BENCH_QUICK=1 for smaller sizes (a smoke run).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["ingest", "extract", "store_extract", "link", "link_twin", "media", "web", "seeds"]
SCRIPTS = {"seeds": "seed_check.py", "link_twin": "link_twin.py"}


def main() -> int:
    only = {n for n in os.environ.get("BENCH_ONLY", "").split(",") if n}
    failed = []
    for name in ORDER:
        if only and name not in only:
            continue
        path = HERE / SCRIPTS.get(name, f"{name}_bench.py")
        if not path.exists():
            print(f"== {name}: no benchmark yet ({path.name} missing)")
            continue
        print(f"== {name} ({path.name})", flush=True)
        spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        started = time.perf_counter()
        code = module.main()
        print(f"== {name} done in {time.perf_counter() - started:.1f} s", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"benchmarks below target or failed: {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
