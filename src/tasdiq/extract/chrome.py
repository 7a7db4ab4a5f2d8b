"""Page chrome: the lines of a web page that are not its report, blanked before extraction.

A captured page keeps menus, share buttons, a caption printed twice, a donation appeal and,
worst, a "Related stories" list whose headlines carry other attacks' tolls and places. Read
as the report's own words they become this attack's toll. Text extraction (trafilatura)
removes much of this but not all. Chrome lines are replaced by spaces of the same length, so
every offset, and every span the extraction records, still points into the original text.

The patterns are declared rules (`rules/chrome.toml`); this module keeps the line logic.
"""

from __future__ import annotations

from tasdiq.extract.component import Component, Work
from tasdiq.extract.lexicon import rule

# A line of prose this long is the report, never a headline under a "Related" heading.
PROSE_CHARS = 200
# Hard wraps are joined after chrome is found, which needs the lines (rules/chrome.toml).
HARD_WRAP = rule("chrome.hard_wrap")
RELATED, FURNITURE, MENU = rule("chrome.related"), rule("chrome.furniture"), rule("chrome.menu")
TICKER, APPEAL, HEADLINE = rule("chrome.ticker"), rule("chrome.appeal"), rule("chrome.headline")
# A page's byline ("Kabul Line | Thursday, March 21, 2024") is its publication day, which anchors
# "on Thursday": kept even right below a "Latest News" list, as long as it stands near the top.
BYLINE, BYLINE_HEAD_CHARS = rule("dates.byline"), 800


def unwrap(text: str) -> str:
    """The text with hard-wrapped lines joined; same length, so spans index the original."""
    return HARD_WRAP.sub(" ", text) if "\n" in text else text


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def chrome_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line of `text` that is page chrome."""
    lines = _lines(text)
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    in_related = False
    for start, end in lines:
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        if start < BYLINE_HEAD_CHARS and BYLINE.search(line):
            in_related = False
            continue
        if in_related:
            if (len(stripped) < PROSE_CHARS and not stripped.endswith((".", "\u06d4"))) or HEADLINE.match(line):
                out.append((start, end))
                continue
            in_related = False
        if RELATED.match(line):
            in_related = True
            out.append((start, end))
        elif FURNITURE.match(line) or MENU.match(line) or TICKER.match(line) or (
                len(stripped) < PROSE_CHARS and APPEAL.search(line)):
            out.append((start, end))
        elif len(stripped) >= 20 and stripped in seen:
            out.append((start, end))  # a caption or a pull quote printed a second time
        seen.add(stripped)
    return out


def mask_chrome(text: str) -> str:
    """The text with its chrome lines blanked, same length."""
    spans = chrome_lines(text) if "\n" in text else []
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class ChromeFilter(Component):
    """Blanks page chrome (menus, share lines, appeals, other stories' headlines, repeated captions),
    then joins hard-wrapped lines; the first step, so every later one reads the prepared text."""

    name = "tasdiq.chrome"
    version = "v1"
    reads = ("text",)
    writes = ("text",)
    relevant_only = False

    def process(self, work: Work) -> None:
        work.text = unwrap(mask_chrome(work.text))
