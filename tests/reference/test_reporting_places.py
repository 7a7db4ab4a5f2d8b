"""Places the theatre's reporting names often resolve to the place meant (curated/places.csv,
curated/extra_names.csv), in English and in the native scripts."""

from __future__ import annotations

import pytest

from tasdiq.extract import refs
from tasdiq.extract.native import names


@pytest.mark.parametrize(("written", "name", "admin1", "admin2"), [
    ("Makeen", "Makeen", "PK-KP", "South Waziristan"),
    ("Makin", "Makeen", "PK-KP", "South Waziristan"),
    ("Sherpur", "Sherpur", "AF-KAB", "Kabul"),
    ("Mir Ali", "Mir Ali", "PK-KP", "North Waziristan"),
    ("Razmak", "Razmak", "PK-KP", "North Waziristan"),
    ("Angoor Adda", "Angoor Adda", "PK-KP", "South Waziristan"),
    ("Tirah valley", "Tirah", "PK-KP", "Khyber"),
    ("Jamrud", "Jamrud", "PK-KP", "Khyber"),
    ("Qargha", "Qargha Reservoir", "AF-KAB", "Paghman"),
    ("Shah-e-Naw", "Shahr-e Naw", "AF-KAB", "Kabul"),
    ("D.I. Khan", "Dera Ismail Khan", "PK-KP", "Dera Ismail Khan"),
    ("Sepera", "Spera", "AF-KHO", "Spera"),
    ("Barmal", "Barmal", "AF-PKA", "Barmal"),
])
def test_a_place_named_in_reports_resolves_to_its_district(written: str, name: str, admin1: str, admin2: str) -> None:
    found = refs.resolve_place(written, span=(0, len(written)))
    assert found is not None
    assert (found.name, found.admin1, found.admin2) == (name, admin1, admin2)


@pytest.mark.parametrize(("text", "english"), [
    ("مکین", "Makeen"), ("شیرپور", "Sherpur"), ("برمل", "Barmal"), ("میر علی", "Mir Ali"),
])
def test_a_native_place_name_resolves_through_the_gazetteer(text: str, english: str) -> None:
    [named] = names.places(text)
    found = names.resolve(named, (named.start, named.end))
    assert found is not None and found.name == english
