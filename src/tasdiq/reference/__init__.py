"""Reference data: the gazetteer of places and the registry of actors.

Everything loads lazily on first call (`gazetteer()`, `registry()`) and is cached; importing
this package reads no file.
"""

from __future__ import annotations

from collections.abc import Mapping

from tasdiq.reference.actors import Actor, ActorRegistry, Channel, is_state_force, registry
from tasdiq.reference.places import Gazetteer, Place, gazetteer, precision
from tasdiq.reference.resolve import Resolution, resolve
from tasdiq.reference.text import fold, name_key


def country_names() -> Mapping[str, str]:
    """Names that point at a country or its capital ("Afghan capital") -> place id."""
    return gazetteer().country_names


__all__ = [
    "Actor",
    "ActorRegistry",
    "Channel",
    "Gazetteer",
    "Place",
    "Resolution",
    "country_names",
    "fold",
    "gazetteer",
    "is_state_force",
    "name_key",
    "precision",
    "registry",
    "resolve",
]
