"""Writes src/tasdiq/extract/native/data/places.csv: native-script place names -> the English
name the gazetteer resolves, with the province that disambiguates it.

Facts only, from shared/data (see the data README for sources and licences): af-admin's
nameFa/namePa of Afghan provinces and districts, GeoNames' Arabic-script alternate names of
its towns (cities500, CC BY 4.0), admin1_native.csv's Dari, Pashto, Urdu and
Arabic spellings of provinces and cities, and the team's hand list in
native/data/places_hand.csv (Pakistani districts and towns in Urdu, Pashto and Arabic
spelling; a town the gazetteer does not hold stands for its district there: خار for Bajaur). A name is kept only where
its English form resolves in Tasdiq's gazetteer inside the stated province.

usage: PYTHONPATH=src python tools/build_native_places.py /work/shared/data
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from tasdiq.extract import refs
from tasdiq.extract.native.script import fold_words, is_arabic_letter
from tasdiq.reference.places import gazetteer

OUT = Path(__file__).resolve().parents[1] / "src/tasdiq/extract/native/data/places.csv"
# English names of the cities admin1_native.csv lists by native spelling only.
CITY_ENGLISH = {
    "مزار شریف": "Mazar-i-Sharif", "مزارشریف": "Mazar-i-Sharif", "مزار الشريف": "Mazar-i-Sharif",
    "فیض آباد": "Faizabad", "فیضاباد": "Faizabad", "جلال آباد": "Jalalabad", "جلالاباد": "Jalalabad",
    "کوئٹہ": "Quetta", "کویته": "Quetta", "کوټه": "Quetta", "كويتا": "Quetta",
    "مستونگ": "Mastung", "مستونج": "Mastung", "ماستونج": "Mastung",
    "پشاور": "Peshawar", "پیشاور": "Peshawar", "پېښور": "Peshawar", "بيشاور": "Peshawar",
    "باجوڑ": "Bajaur", "باجور": "Bajaur", "بشام": "Shangla", "بیشام": "Shangla", "شانگلہ": "Shangla",
    "شانگلا": "Shangla", "ڈیرہ اسماعیل خان": "Dera Ismail Khan", "دیره اسماعیل خان": "Dera Ismail Khan",
    "ڈی آئی خان": "Dera Ismail Khan", "بنوں": "Bannu", "شمالی وزیرستان": "North Waziristan",
    "وزيرستان الشمالية": "North Waziristan", "شمال وزیرستان": "North Waziristan",
    "میران شاہ": "Miran Shah", "میرانشاہ": "Miran Shah", "لاہور": "Lahore", "کراچی": "Karachi",
    "كراتشي": "Karachi", "وزیرستان": "Waziristan",
}
ADMIN1_ENGLISH = {
    "PK-BA": "Balochistan", "PK-KP": "Khyber Pakhtunkhwa", "PK-PB": "Punjab", "PK-SD": "Sindh",
    "PK-IS": "Islamabad", "PK-GB": "Gilgit-Baltistan", "PK-JK": "Azad Kashmir",
}
HAND = OUT.parent / "places_hand.csv"


def _common_words() -> set[str]:
    """Words of ordinary prose that are also district names (not_places.txt)."""
    path = OUT.parent / "not_places.txt"
    lines = path.read_text("utf-8").splitlines() if path.exists() else []
    return {fold_words(w.split("#")[0].strip()) for w in lines if w.split("#")[0].strip()}


def _resolves(english: str, admin1: str) -> bool:
    loc = refs.resolve_place(english, span=(0, 0), near_admin1=admin1 or None)
    if loc is None:
        return False
    return loc.admin1 == admin1 if admin1 else loc.admin1 is None


def rows(shared: Path) -> list[tuple[str, str, str, str]]:
    out: dict[str, tuple[str, str, str, str]] = {}
    common = _common_words()

    def add(native: str, english: str, admin1: str, source: str) -> None:
        key = fold_words(native.strip())
        if len(key.replace(" ", "")) >= 3 and key not in out and key not in common and _resolves(english, admin1):
            out[key] = (native.strip(), english, admin1, source)

    with HAND.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            add(row["name"], row["english"], row["admin1"], "hand")
    provinces = json.loads((shared / "gazetteer/af-admin/provinces-and-districts.json").read_text("utf-8"))
    places = gazetteer().places
    for prov in provinces:
        loc = refs.resolve_place(prov["name"], span=(0, 0))
        if loc is None or loc.admin1 is None:
            continue
        for name in {prov["nameFa"], prov["namePa"]}:
            add(name, prov["name"], loc.admin1, "af-admin")
        for dist in prov["districts"]:
            # the gazetteer's province, not af-admin's: the build corrects af-admin's filing
            # (Barmal is Paktika's, af-admin lists it under Paktia; curated/district_review.csv)
            district = places.get(f"af-d:{dist['id']}")
            for name in {dist["nameFa"], dist["namePa"]}:
                add(name, dist["name"], district.admin1 if district and district.admin1 else loc.admin1, "af-admin")
    for native, english_name, admin1 in _geonames(shared):
        add(native, english_name, admin1, "geonames")
    with (shared / "reference/admin1_native.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            english: str | None = CITY_ENGLISH.get(row["name"]) if row["kind"] == "city" else None
            if english is None and row["kind"] == "admin1":
                english = ADMIN1_ENGLISH.get(row["code"]) or _afghan_province(row["code"])
            if english:
                add(row["name"], english, row["code"], "admin1_native")
    return sorted(out.values(), key=lambda r: (r[2], r[1], r[0]))


def _geonames(shared: Path) -> list[tuple[str, str, str]]:
    """(native, English, admin1) from the Arabic-script alternate names of GeoNames places."""
    with (shared / "reference/admin1.csv").open(encoding="utf-8") as fh:
        iso = {row["geonames"]: row["code"] for row in csv.DictReader(fh)}
    out = []
    with (shared / "gazetteer/geonames/cities500_AF_PK.txt").open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            admin1 = iso.get(f"{cols[8]}.{cols[10]}")
            if admin1 is None:
                continue
            for alt in cols[3].split(","):
                # Arabic script only (no "Lahore - لاهور", no romanised junk), and four letters
                # or more: short alternates (جرم, مری, بنو) are common words in one language or another
                letters = alt.replace(" ", "").replace("\u200c", "")
                if len(letters) >= 4 and all(is_arabic_letter(c) for c in letters):
                    out.append((alt, cols[1], admin1))
    return out


def _afghan_province(code: str) -> str | None:
    names = {"AF-" + k: v for k, v in {
        "BAL": "Balkh", "BAM": "Bamyan", "BDG": "Badghis", "BDS": "Badakhshan", "BGL": "Baghlan",
        "DAY": "Daykundi", "FRA": "Farah", "FYB": "Faryab", "GHA": "Ghazni", "GHO": "Ghor", "HEL": "Helmand",
        "HER": "Herat", "JOW": "Jowzjan", "KAB": "Kabul", "KAN": "Kandahar", "KAP": "Kapisa", "KDZ": "Kunduz",
        "KHO": "Khost", "KNR": "Kunar", "LAG": "Laghman", "LOG": "Logar", "NAN": "Nangarhar", "NIM": "Nimroz",
        "NUR": "Nuristan", "PAN": "Panjshir", "PAR": "Parwan", "PIA": "Paktia", "PKA": "Paktika",
        "SAM": "Samangan", "SAR": "Sar-e Pol", "TAK": "Takhar", "URU": "Uruzgan", "WAR": "Wardak",
        "ZAB": "Zabul"}.items()}
    return names.get(code)


def main() -> None:
    shared = Path(sys.argv[1])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "english", "admin1", "source"])
        writer.writerows(rows(shared))


if __name__ == "__main__":
    main()
