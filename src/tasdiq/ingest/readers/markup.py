"""Parsing untrusted HTML safely, and turning a fragment of it into plain text.

lxml (libxml2) parses without running anything and caps nesting at 256 levels; we turn
that cap into an error instead of a silently truncated page, and cap the element count,
because extraction time grows with the tree, not with the bytes.
"""

from __future__ import annotations

import re

# No type stubs ship with lxml (lxml-stubs is a separate package we do not depend on).
import lxml.etree
import lxml.html

from tasdiq.errors import InputError

from .decoding import normalise

# Never text: code, styling, embedded documents and plug-ins.
HOSTILE_TAGS = ("script", "style", "iframe", "frame", "frameset", "noscript", "template", "object",
                "embed", "applet", "svg", "math", "canvas")  # fmt: skip
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
})  # fmt: skip
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n(?:\s*\n)+")


def parse_page(name: str, text: str, *, max_elements: int) -> lxml.html.HtmlElement:
    """A whole HTML page as a tree, or an InputError for a page we must not process."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        raise InputError(name, "no readable text in HTML") from None
    _refuse_over_limits(name, parser.error_log)
    count = sum(1 for _ in tree.iter())
    if count > max_elements:
        raise InputError(name, f"HTML has {count} elements, over the limit of {max_elements}; refused")
    drop_hostile(tree)
    return tree


def _refuse_over_limits(name: str, log: lxml.etree._ListErrorLog) -> None:
    """libxml2 stops at its limits and returns what it had: a page missing its text."""
    for entry in log:
        if entry.type_name != "ERR_RESOURCE_LIMIT":
            continue
        if "depth" in entry.message:
            raise InputError(name, "HTML nested more than 256 levels deep; refused")
        raise InputError(name, "HTML has a text run over 10 MB; refused")


def drop_hostile(tree: lxml.html.HtmlElement) -> None:
    """Remove scripts, styles, frames and plug-ins (keeping the text that follows them)."""
    for element in list(tree.iter(*HOSTILE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item, rendered Markdown): blocks become lines."""
    if not fragment.strip():
        return ""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    data = fragment.encode("utf-8")
    try:
        root = lxml.html.fragment_fromstring(data, create_parent="div", parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return ""
    except AssertionError:
        # lxml asserts that a fragment starting like a whole page ("<html>", "<!doctype")
        # has exactly one <body>; "<html><frameset>" has none. Read it as the page it claims to be.
        try:
            root = lxml.html.document_fromstring(data, parser=parser)
        except (lxml.etree.ParserError, ValueError):
            return ""
    drop_hostile(root)
    return element_text(root)


def element_text(root: lxml.html.HtmlElement) -> str:
    """Text of a tree with a line break around each block, walked without recursion.

    Whitespace inside a text run collapses to one space, as a browser shows it: a Markdown
    paragraph wrapped at 100 columns is one line of text, not five.
    """
    pieces: list[str] = []
    in_pre = 0
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        block = "\n" if tag in _BLOCK_TAGS else ""
        if event == "start":
            in_pre += tag == "pre"
            pieces += [block, _run(element.text, keep=in_pre > 0)]
        else:
            in_pre -= tag == "pre"
            tail = _run(element.tail, keep=in_pre > 0) if element is not root else ""
            pieces += [block, tail]
    return _tidy("".join(pieces))


def _run(text: str | None, *, keep: bool) -> str:
    if not text:
        return ""
    return text if keep else _WHITESPACE.sub(" ", text)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    # One line per block, as trafilatura gives it, whatever the nesting of blocks.
    return normalise(_BLANK_LINES.sub("\n", "\n".join(lines)))
