"""Page chrome: the lines of a web page that are not its report, blanked before extraction.

A captured page keeps menus, share buttons, a caption printed twice, a donation appeal and,
worst, other stories' headlines ("Related stories", "Most read", a ticker, a sidebar) that carry
other attacks' tolls and places. Read as the report's own words they become this attack's toll.
Text extraction (trafilatura) removes much of this but not all. Chrome lines are replaced by
spaces of the same length, so every offset, and every span the extraction records, still points
into the original text.

Two passes. The declared one blanks lines whose words say what they are (rules/chrome.toml:
menus, share bars, appeals, "Related" headings and the headlines under them, tickers). The
structural one does not depend on a site's words, which a new site never shares: a report's
body is its run of prose paragraphs; above it (the head) the page's title and its dated byline are
kept and everything else (masthead, menus, kickers, unlabelled tickers) is chrome; below it (the
tail) every line that is not prose is chrome; inside it, headline-like lines are other stories'
teasers. It only runs on a text that shows two kinds of page sign, so a press release, whose head
is its release number and dateline, or a text with no line breaks is never touched by it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tasdiq.extract.component import Component, Work
from tasdiq.extract.lexicon import rule

# A line of prose this long is the report, never a headline under a "Related" heading.
PROSE_CHARS = 200
# A line that ends as a sentence is prose from this many words ("No group claimed the attack."):
# a report's short closing paragraph is never chrome, a caption may be (printed twice).
PROSE_WORDS = 5
# A hard-wrapped line of a paragraph is at least this long (rules/chrome.toml hard_wrap).
WRAPPED_CHARS = 50
# A headline has at least this many words and at most HEADLINE_WORDS_MAX ("Menu" is furniture).
HEADLINE_WORDS, HEADLINE_WORDS_MAX = 3, 24
# Items of a menu or a share bar are set apart by these; a headline never is.
SEPARATORS = ("|", "•", "·", "»")
# A text must show this many different signs of a page, one of them a web page's own (not a long
# head or a repeated line, which a press release also has), before its head and tail are chrome.
PAGE_SIGNS = 2
WEB_SIGNS = frozenset({"byline", "related", "furniture", "menu", "ticker", "appeal", "stamp", "headlines after"})
# Hard wraps are joined after chrome is found, which needs the lines (rules/chrome.toml).
HARD_WRAP = rule("chrome.hard_wrap")
RELATED, FURNITURE, MENU = rule("chrome.related"), rule("chrome.furniture"), rule("chrome.menu")
TICKER, APPEAL, HEADLINE = rule("chrome.ticker"), rule("chrome.appeal"), rule("chrome.headline")
STAMP, SENTENCE_END, SENTENCE_BREAK = rule("chrome.stamp"), rule("chrome.sentence_end"), rule("chrome.sentence_break")
DATED, AUTHOR = rule("chrome.dated"), rule("chrome.author")
LIST_MARK, NAME_SEPARATOR = rule("chrome.list_mark"), rule("chrome.name_separator")
# A page's byline ("Kabul Line | Thursday, March 21, 2024") is its publication day, which anchors
# "on Thursday": kept even right below a "Latest News" list, as long as it stands near the top.
BYLINE, BYLINE_HEAD_CHARS = rule("dates.byline"), 800

Span = tuple[int, int]


def unwrap(text: str) -> str:
    """The text with hard-wrapped lines joined; same length, so spans index the original."""
    return HARD_WRAP.sub(" ", text) if "\n" in text else text


def _lines(text: str) -> list[Span]:
    spans = []
    pos = 0
    for part in text.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


@dataclass
class _Page:
    """The lines of a text and what the passes found; `chrome` holds line indexes."""

    text: str
    lines: list[Span]
    chrome: set[int]
    signs: set[str]

    def line(self, i: int) -> str:
        start, end = self.lines[i]
        return self.text[start:end].strip()

    def live(self) -> list[int]:
        """The non-empty lines no pass has blanked yet."""
        return [i for i in range(len(self.lines)) if i not in self.chrome and self.line(i)]


def is_prose(line: str) -> bool:
    """A paragraph of the report: long, or a sentence of a few words."""
    return len(line) >= PROSE_CHARS or (
        bool(SENTENCE_END.search(line)) and len(line.split()) >= PROSE_WORDS)


def is_headline(line: str) -> bool:
    """A line shaped as a headline: a few words, capitalised, no sentence stop, not two sentences."""
    line = LIST_MARK.sub("", line, count=1)
    words = line.split()
    # A headline may ask ("Who was Khalil Haqqani?"); it never ends on a full stop. Capitalised, or in
    # a script without case (Urdu, Pashto, Dari titles).
    return (HEADLINE_WORDS <= len(words) <= HEADLINE_WORDS_MAX and line[0].isalnum() and not line[0].islower()
            and not line.endswith(".") and not SENTENCE_BREAK.search(line) and not AUTHOR.match(line)
            and not any(bar in line for bar in SEPARATORS))


def _declared(page: _Page) -> None:
    """The pass of declared rules: lines whose own words say they are chrome."""
    seen: set[str] = set()
    in_related = False
    for i, (start, end) in enumerate(page.lines):
        line, stripped = page.text[start:end], page.line(i)
        if not stripped:
            continue
        if start < BYLINE_HEAD_CHARS and BYLINE.search(line):
            page.signs.add("byline")
            in_related = False
            continue
        if in_related:
            if (len(stripped) < PROSE_CHARS and not stripped.endswith((".", "\u06d4"))) or HEADLINE.match(line):
                page.chrome.add(i)
                continue
            in_related = False
        sign = _declared_sign(line, stripped)
        if sign:
            page.chrome.add(i)
            page.signs.add(sign)
            in_related = sign == "related"
        elif len(stripped) >= 20 and stripped in seen and not DATED.search(line):
            # A caption or a pull quote printed a second time; a dateline is printed again by the
            # second of two releases in one text, and it dates that release.
            page.chrome.add(i)
            page.signs.add("repeated")
        seen.add(stripped)


def _declared_sign(line: str, stripped: str) -> str:
    """Which declared rule calls this line chrome ("" for none)."""
    if RELATED.match(line):
        return "related"
    if FURNITURE.match(line):
        # A rule of dashes between two press releases is no sign of a web page.
        return "furniture" if any(ch.isalpha() for ch in stripped) else "rule"
    if MENU.match(line):
        return "menu"
    if TICKER.match(line):
        return "ticker"
    if len(stripped) < PROSE_CHARS and APPEAL.search(line):
        return "appeal"
    return "stamp" if STAMP.search(line) else ""


def _structural(page: _Page) -> list[Span]:
    """The pass of structure; returns the partial spans it blanks (a byline's site name)."""
    live = page.live()
    prose = [i for n, i in enumerate(live) if _prose_at(page, live, n)]
    if not prose:
        return []
    first, last = prose[0], prose[-1]
    head, tail = [i for i in live if i < first], [i for i in live if i > last]
    if len(head) >= 3:
        page.signs.add("long head")
    if len(tail) >= 2:
        # Other stories' headlines after the report are a web page's own; a release ends in prose.
        headlines = sum(1 for i in tail if is_headline(page.line(i)))
        page.signs.add("headlines after" if headlines >= 2 else "long tail")
    if len(page.signs - {"rule"}) < PAGE_SIGNS or not page.signs & WEB_SIGNS:
        return []
    page.chrome.update(tail)
    page.chrome.update(_body_teasers(page, [i for i in live if first <= i <= last], set(prose)))
    return _head(page, head)


def _prose_at(page: _Page, live: list[int], n: int) -> bool:
    """Prose, or a hard-wrapped piece of it: a line that goes on in the next, which starts in
    lower case (a sentence carrying on), or a line that itself starts in lower case."""
    line = page.line(live[n])
    if is_prose(line) or (line[0].islower() and len(line.split()) >= PROSE_WORDS):
        return True
    following = page.line(live[n + 1]) if n + 1 < len(live) else ""
    return len(line) >= WRAPPED_CHARS and following[:1].islower()


def _head(page: _Page, head: list[int]) -> list[Span]:
    """Above the body: the title and the dated lines stay, the rest is chrome; a byline keeps only
    its date, since a site's name ("Kabul Line", "Sarhad TV") is also a place."""
    dated = [i for i in head if DATED.search(page.line(i))]
    before = [i for i in head if not dated or i < dated[0]]
    titles = [i for i in before if is_headline(page.line(i)) and not STAMP.search(page.line(i))]
    keep = set(dated) | set(titles[-1:])
    # Between the byline and the body a headline-shaped line is the report's own standfirst.
    keep.update(i for i in head if dated and i > dated[0] and is_headline(page.line(i)))
    page.chrome.update(i for i in head if i not in keep)
    return [span for i in dated if (span := _byline_name(page, i))]


def _byline_name(page: _Page, i: int) -> Span | None:
    """The name before a byline's date: after a bar ("Kabul Line | 21 March 2024"), else up to the
    last separator before a date ("Sarhad TV — Tuesday, 12 March 2024")."""
    start, end = page.lines[i]
    found = BYLINE.search(page.text, start, end)
    if found is not None:
        return (start, found.start()) if found.start() > start else None
    date = DATED.search(page.text, start, end)
    seps = list(NAME_SEPARATOR.finditer(page.text, start, date.start())) if date else []
    return (start, seps[-1].end()) if seps else None


def _body_teasers(page: _Page, body: list[int], prose: set[int]) -> list[int]:
    """Inside the body, a headline-like line is another story's teaser (a report's own
    subheadings are rare and short), and a short heading just above it is its box's label.
    A labelled teaser with a single line of prose after it, the last of the body, is a box of
    the next story (label, headline, its first sentence): that sentence is not this report."""
    out = []
    for n, i in enumerate(body):
        line = page.line(i)
        if i in prose or DATED.search(line):
            continue
        if STAMP.search(line) or (is_headline(line) and len(line.split()) >= HEADLINE_WORDS + 1):
            out.append(i)
            if n and body[n - 1] not in prose and not DATED.search(page.line(body[n - 1])):
                out.append(body[n - 1])
                if body[n + 1 :] == [body[-1]]:
                    out.append(body[-1])
    return out


def chrome_lines(text: str) -> list[Span]:
    """The (start, end) of every line, or part of a line, of `text` that is page chrome."""
    page = _Page(text=text, lines=_lines(text), chrome=set(), signs=set())
    _declared(page)
    partial = _structural(page)
    return sorted([page.lines[i] for i in page.chrome] + partial)


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
    """Blanks page chrome (menus, share lines, appeals, other stories' headlines, repeated captions,
    a page's head and tail around its prose), then joins hard-wrapped lines; the first step, so
    every later one reads the prepared text."""

    name = "tasdiq.chrome"
    version = "v2"
    reads = ("text",)
    writes = ("text",)
    relevant_only = False

    def process(self, work: Work) -> None:
        work.text = unwrap(mask_chrome(work.text))
