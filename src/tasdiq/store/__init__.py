"""The only place that knows SQL: tables derived from the model, sessions, objects, audit."""

from tasdiq.store.db import Store
from tasdiq.store.objects import ObjectStore

__all__ = ["ObjectStore", "Store"]
