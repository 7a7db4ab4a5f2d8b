"""One root exception for everything Tasdiq raises on purpose.

A user sees the message of one of these, never a traceback: the CLI and the web app catch
`TasdiqError` and print `str(error)`, which names the input and the problem on one line.
"""

from __future__ import annotations


class TasdiqError(Exception):
    """Root of every error the product raises deliberately."""


class InputError(TasdiqError):
    """An input (file, record, upload) that cannot be taken, and why."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class NotAReport(InputError):
    """A file that holds something other than reports (a README, a JSON of settings): ingest
    skips it and says so, instead of failing the run; `tasdiq ingest --strict` fails it."""


class StoreError(TasdiqError):
    """The store is missing, of the wrong version, or inconsistent."""


class NotFound(TasdiqError):
    """A record asked for by id does not exist."""

    def __init__(self, kind: str, ident: object) -> None:
        super().__init__(f"no {kind} with id {ident}")
        self.kind = kind
        self.ident = ident


class PermissionDenied(TasdiqError):
    """The acting user's role does not allow this."""


class AuditChainBroken(TasdiqError):
    """An audit entry does not fit the chain: it was edited, removed or reordered."""

    def __init__(self, entry_id: int, reason: str) -> None:
        super().__init__(f"audit entry {entry_id}: {reason}")
        self.entry_id = entry_id
        self.reason = reason
