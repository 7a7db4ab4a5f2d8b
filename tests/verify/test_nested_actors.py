"""Attributions to an actor and to a part of it narrow the answer; they do not dispute it
(the verify stage asks `tasdiq.reference.actors.same_actor`, the one parent chain)."""

from __future__ import annotations

from tasdiq.reference.actors import same_actor as _nested


def test_islamic_state_and_its_khorasan_province_do_not_compete() -> None:
    assert _nested("IS", "ISKP") and _nested("ISKP", "IS")


def test_taliban_and_haqqani_network_do_not_compete() -> None:
    assert _nested("TALIBAN", "HAQQANI")


def test_isis_k_and_the_haqqani_network_compete() -> None:
    assert not _nested("ISKP", "HAQQANI")


def test_an_actor_outside_the_registry_competes_with_any_other() -> None:
    assert not _nested("ISKP", "some local militia")
