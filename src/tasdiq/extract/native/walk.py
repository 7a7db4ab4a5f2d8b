"""py3langid's identifier with its byte automaton walked in C (`_walk.c`), where built.

Walking the automaton one byte at a time in Python was ~85 us of the ~135 that identifying a
1 KB report costs, and ingest identifies every source (issue 15). The compiled walk returns
the same feature counts in the same order, so every score is the same bit for bit. The
module is optional in setup.py: where it was not built, py3langid's own class and walk are
used, with the same results.
"""

from __future__ import annotations

from typing import Any


def identifier_class() -> Any:
    """LanguageIdentifier, or its subclass whose automaton is walked by the compiled module."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    try:
        from tasdiq.extract.native._walk import visit_counts
    except ImportError:
        return LanguageIdentifier

    class Identifier(LanguageIdentifier):  # type: ignore[misc]
        def _tables(self) -> tuple[Any, Any, Any]:
            """The automaton as 4-byte arrays: moves, each state's first move, each state's feature."""
            found: tuple[Any, Any, Any] | None = self.__dict__.get("_walk_tables")
            if found is None:
                moves = np.frombuffer(self.tk_nextmove, dtype=f"u{self.tk_nextmove.itemsize}")
                found = self.__dict__["_walk_tables"] = (
                    moves.astype(np.uint32, copy=False),
                    np.asarray(self._rowbase, dtype=np.uint32),
                    np.asarray(self.tk_output, dtype=np.int32),
                )
            return found

        def _raw_score(self, text: bytes) -> Any:
            visits = visit_counts(*self._tables(), text, self.nb_ptc.shape[0])
            if visits:
                return self._sparse_score(visits, self.nb_ptc)
            return super()._raw_score(b"")  # no feature: py3langid's own score for none

    return Identifier
