"""Linking: mentions of one attack become one incident, with figures that explain themselves.

Library first (the CLI and the web app call these):
- `link(session=..., relink_all=False)`: place unlinked mentions into incidents (incremental).
- `confirm`, `reject`, `split`, `merge`: analyst decisions, recorded so they survive re-extraction.
- `refresh(session=..., incident_ids=...)`: recompute incidents' figures from their links.
Rules are written in docs/linking.md.
"""

from tasdiq.link.apply import refresh
from tasdiq.link.decisions import confirm, merge, reject, split
from tasdiq.link.service import LinkSummary, link

__all__ = ["LinkSummary", "confirm", "link", "merge", "refresh", "reject", "split"]
