"""Plain text and Markdown, each with an optional front-matter header.

    ---
    title: Blast at a market
    published: 2023-05-04
    kind: news
    demo: true
    ---
    The body, which is the text of the report.

Keys are the documented record fields (see fields.py); any other key (`demo`) goes to
`extra`. Markdown is rendered and reduced to its text, so no `#` or `**` reaches the
extractor's spans.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from markdown_it import MarkdownIt

from tasdiq.errors import InputError

from .decoding import decode, normalise
from .fields import record_from_fields
from .markup import fragment_to_text
from .records import Limits, SourceRecord

_FENCE = "---"
_KEY_VALUE = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)")
# A header is short; a `---` further down is a Markdown rule, not the end of a header.
_MAX_HEADER_LINES = 100


def read_text(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    header, body = split_front_matter(name, decode(name, data))
    return [_record(name, header, normalise(body))]


# Anything Markdown (or inline HTML, or an entity) could give a meaning to. A body with none
# of it is plain prose, and rendering it would only join each paragraph's lines. Three cheap
# tests rather than one multi-line regex: an alternation of `^`/`$` anchors under re.M is tried
# at every position: 30 us a 1 KB report against 6 for these (issue 15).
_MARKUP_CHARS = re.compile(r"[*_`\[\]<>&\\|#~]")  # emphasis, code, links, HTML, entities, escapes, tables, headings
# After a line break: indentation (code blocks, lazy continuations); list items, rules, setext underlines.
_LINE_OPENERS = re.compile(r"\n(?:[ \t]|[-+=]|\d+[.)])")


def _has_markdown_syntax(body: str) -> bool:
    # Blanks that end the body end its last paragraph, which CommonMark strips: not a hard
    # line break. A report cut at a space and ending " \n" was rendered for nothing (~100 us).
    body = body.replace("\r\n", "\n").replace("\r", "\n").rstrip(" \t\n")
    return bool(
        _MARKUP_CHARS.search(body)
        or _LINE_OPENERS.search("\n" + body)
        # trailing blanks: two spaces make a hard line break
        or " \n" in body or "\t\n" in body
    )


def read_markdown(name: str, data: bytes, limits: Limits) -> list[SourceRecord]:
    header, body = split_front_matter(name, decode(name, data))
    return [_record(name, header, markdown_to_text(body))]


def markdown_to_text(body: str) -> str:
    """The text a reader sees: rendered Markdown without markup, one line per paragraph."""
    if _has_markdown_syntax(body):
        return fragment_to_text(_markdown().render(body))
    # Plain prose: the same text as rendering gives, at a fraction of the cost (ingest speed).
    paragraphs = re.split(r"\n[ \t]*\n", normalise(body))
    return "\n".join(joined for p in paragraphs if (joined := " ".join(p.split())))


def _record(name: str, header: dict[str, str], body: str) -> SourceRecord:
    if not body:
        raise InputError(name, "no text")
    record = record_from_fields(name, {**header, "text": body}, locator="front matter")
    return replace(record, locator=None)  # "front matter" only names where a bad field is


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def split_front_matter(name: str, text: str) -> tuple[dict[str, str], str]:
    """(header fields, body). Without an opening `---` line the whole text is the body."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if lines[0].strip() != _FENCE:
        return {}, text
    closing = next(
        (index for index, line in enumerate(lines[1:_MAX_HEADER_LINES], start=1) if line.strip() == _FENCE),
        None,
    )
    if closing is None:
        return {}, text
    header = dict(_header_line(name, number, line) for number, line in _content_lines(lines[1:closing]))
    return header, "\n".join(lines[closing + 1 :])


def _content_lines(lines: list[str]) -> list[tuple[int, str]]:
    return [(number, line) for number, line in enumerate(lines, start=2) if line.strip() and not line.startswith("#")]


def _header_line(name: str, number: int, line: str) -> tuple[str, str]:
    found = _KEY_VALUE.fullmatch(line.strip())
    if found is None:
        raise InputError(name, f"front matter line {number} is not 'key: value'")
    key, value = found.group(1).lower(), found.group(2).strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return key, value
