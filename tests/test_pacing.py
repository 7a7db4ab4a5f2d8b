"""The collector's pacing during a link run: raised inside, restored by the last to leave."""

from __future__ import annotations

import gc
import threading

from tasdiq.pacing import YOUNG_THRESHOLD, sparse_collections


def test_young_generation_is_collected_less_often_inside_and_as_before_after() -> None:
    before = gc.get_threshold()
    with sparse_collections():
        inside = gc.get_threshold()
    assert inside == (max(before[0], YOUNG_THRESHOLD), before[1], before[2])
    assert gc.get_threshold() == before


def test_nested_runs_restore_the_thresholds_only_when_the_outer_one_ends() -> None:
    before = gc.get_threshold()
    with sparse_collections():
        with sparse_collections():
            pass
        assert gc.get_threshold()[0] >= YOUNG_THRESHOLD
    assert gc.get_threshold() == before


def test_overlapping_runs_on_two_threads_leave_the_thresholds_as_found() -> None:
    before = gc.get_threshold()
    first_in, second_done = threading.Event(), threading.Event()

    def first() -> None:
        with sparse_collections():
            first_in.set()
            second_done.wait(5)

    worker = threading.Thread(target=first)
    worker.start()
    first_in.wait(5)
    with sparse_collections():
        pass
    assert gc.get_threshold()[0] >= YOUNG_THRESHOLD  # the first run is still going
    second_done.set()
    worker.join(5)
    assert gc.get_threshold() == before


def test_an_error_inside_still_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    try:
        with sparse_collections():
            raise RuntimeError("a failed run")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
