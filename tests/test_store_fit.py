"""Values made storable: what `fit_value` and `fit_row` change, and what they leave alone."""

from __future__ import annotations

from tasdiq.model import Source
from tasdiq.store.fit import ELLIPSIS, REPLACEMENT, fit_row, fit_value, max_lengths


def test_ascii_text_loses_its_nul_and_keeps_the_rest() -> None:
    assert fit_value("Kabul\x00 blast") == f"Kabul{REPLACEMENT} blast"


def test_lone_surrogates_are_replaced_among_other_non_ascii_letters() -> None:
    assert fit_value("کابل \ud800 and \udc80") == f"کابل {REPLACEMENT} and {REPLACEMENT}"


def test_json_keys_and_values_are_fitted_inside_lists() -> None:
    assert fit_value({"k\x00": ["v\udc80", 3]}) == {f"k{REPLACEMENT}": [f"v{REPLACEMENT}", 3]}


def test_over_long_string_is_cut_to_its_column_ending_in_an_ellipsis() -> None:
    limit = max_lengths(Source)["publisher"]
    assert limit is not None
    fitted = fit_row(Source, {"publisher": "P" * (limit + 5)})["publisher"]
    assert len(fitted) == limit and fitted.endswith(ELLIPSIS)


def test_row_that_needs_nothing_is_returned_as_it_is() -> None:
    row = {"title": "یک انفجار در کابل", "text": "Plain report text.", "extra": {}}
    assert fit_row(Source, row) is row


def test_row_with_a_surrogate_in_non_ascii_text_is_copied_and_fitted() -> None:
    row = {"title": "ok", "text": "انفجار \ud83d"}
    fitted = fit_row(Source, row)
    assert fitted is not row and fitted["text"] == f"انفجار {REPLACEMENT}"
    assert row["text"] == "انفجار \ud83d"  # the caller's row is untouched
