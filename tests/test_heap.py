"""Freed batch memory stays in the process: the next batch does not fault its pages in again."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import resource, sys
from tasdiq.heap import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else False
block = bytearray(48 * 1024 * 1024)  # larger than any threshold glibc adapts to by itself
del block
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(4):
    block = bytearray(48 * 1024 * 1024)
    block[::4096] = b"x" * len(block[::4096])
    del block
print(kept, resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def _faults(mode: str) -> tuple[str, int]:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True)
    kept, faults = done.stdout.split()
    return kept, int(faults)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_a_freed_block_is_reused_without_faulting_its_pages_in_again() -> None:
    kept, faulted_kept = _faults("keep")
    _, faulted_default = _faults("default")
    assert kept == "True"
    assert faulted_default > 4 * 10_000  # 4 rounds of 12,288 pages each: given back and faulted in again
    assert faulted_kept < faulted_default / 10
