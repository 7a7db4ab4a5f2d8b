"""Plain prose in a Markdown file skips rendering but must read exactly as rendered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tasdiq.ingest.readers.markup import fragment_to_text
from tasdiq.ingest.readers.text import _has_markdown_syntax, _markdown, markdown_to_text

CHARS = [*"abcKz ,.;:'\"()?!-=+1234\n\t", "é", "ن", "\u00a0", "\u0301", "\r"]
PROSE = st.text(alphabet=st.sampled_from(CHARS), max_size=400)


@settings(max_examples=1500, deadline=None)
@given(body=PROSE)
def test_plain_prose_reads_the_same_as_rendered_markdown(body: str) -> None:
    assert markdown_to_text(body) == fragment_to_text(_markdown().render(body))


def test_markdown_syntax_is_still_rendered_away() -> None:
    body = "# Blast in *Kabul*\n\nAt least **12** killed, [officials](http://x.invalid) said.\n\n- one\n- two"
    text = markdown_to_text(body)
    assert "*" not in text and "#" not in text and "[" not in text
    assert "Blast in Kabul" in text and "officials said" in text


def test_blanks_ending_the_body_do_not_send_it_to_the_renderer() -> None:
    cut = "Witnesses described the scene to loc \n"  # a report cut at a space
    assert not _has_markdown_syntax(cut) and not _has_markdown_syntax("One line.\t\r\n \n")
    assert markdown_to_text(cut) == fragment_to_text(_markdown().render(cut))
    assert _has_markdown_syntax("a hard  \nbreak \n")  # two spaces inside a paragraph still are
