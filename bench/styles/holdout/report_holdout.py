"""Per-style tables and field diffs for the blind hold-out, reusing ../report.py unchanged.

usage: python bench/styles/holdout/report_holdout.py [PRED] [--scorer PATH]
PRED defaults to bench/styles/holdout/pred.jsonl. ../report.py reads its gold from
HERE/styles_eval.jsonl; this adapter points HERE at a temporary directory whose
styles_eval.jsonl is a link to holdout_eval.jsonl, then runs report.main() as is.
"""
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

HOLDOUT = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("styles_report", HOLDOUT.parent / "report.py")
report = importlib.util.module_from_spec(spec)
spec.loader.exec_module(report)


def main():
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        args = [str(HOLDOUT / "pred.jsonl"), *args]
    with tempfile.TemporaryDirectory() as tmp:
        os.symlink(HOLDOUT / "holdout_eval.jsonl", Path(tmp) / "styles_eval.jsonl")
        report.HERE = Path(tmp)
        sys.argv = [sys.argv[0], *args]
        return report.main()


if __name__ == "__main__":
    sys.exit(main())
