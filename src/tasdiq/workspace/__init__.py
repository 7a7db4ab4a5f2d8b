"""The analysts' workspace: work on many links or incidents at once, who works on what, notes.

Every write here is an ORM write, so the audit chain records it like any other; link
decisions go through `tasdiq.link.decisions`, as a single confirm does.
"""

from tasdiq.workspace.review import (
    LinkVerdict,
    Queue,
    add_comment,
    comments_of,
    confirmed_link_counts,
    decide_links,
    queue_for,
    set_work,
    status_words,
    work_of,
)

__all__ = [
    "LinkVerdict",
    "Queue",
    "add_comment",
    "comments_of",
    "confirmed_link_counts",
    "decide_links",
    "queue_for",
    "set_work",
    "status_words",
    "work_of",
]
