"""Writes the team's blind sets (fa, ps, ur, ar .jsonl) from the sources in sets_*.py.

The texts are the team's own words about real attacks (see README.md). Dates are written
in the sources as {SH:2021-08-26} (Solar Hijri in words), {SHN:...} (Solar Hijri as
digits), {PS:...} (Solar Hijri with Pashto month names) and {HQ:...} (lunar Hijri, Arabic
month names), expanded here with jdatetime and hijridate; digits are then written in the
outlet's own digits (Persian for fa/ps, Arabic-Indic for ar, as typed for ur).

usage: python bench/languages/build.py   (rewrites bench/languages/*.jsonl and blind/*.jsonl)
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
from pathlib import Path

import jdatetime
from hijridate import Gregorian

HERE = Path(__file__).resolve().parent
SOLAR_FA = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
SOLAR_PS = ["وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"]
LUNAR = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذو الحجة"]
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _expand(match: re.Match[str]) -> str:
    kind, iso = match.group(1), dt.date.fromisoformat(match.group(2))
    if kind == "HQ":
        h = Gregorian(iso.year, iso.month, iso.day).to_hijri()
        return f"{h.day} {LUNAR[h.month - 1]} {h.year}"
    j = jdatetime.date.fromgregorian(date=iso)
    if kind == "SHN":
        return f"{j.year}/{j.month}/{j.day}"
    months = SOLAR_PS if kind == "PS" else SOLAR_FA
    return f"{j.day} {months[j.month - 1]} {j.year}"


def render(text: str, digits: str) -> str:
    text = re.sub(r"\{(SHN|SH|PS|HQ):(\d{4}-\d\d-\d\d)\}", _expand, text)
    if digits == "fa":
        return text.translate(PERSIAN)
    if digits == "ar":
        return text.translate(ARABIC)
    return text


def main() -> None:
    for folder in (HERE, HERE / "blind"):
        build(folder)


def build(folder: Path) -> None:
    for lang in ("fa", "ps", "ur", "ar"):
        spec = importlib.util.spec_from_file_location(f"sets_{lang}", folder / f"sets_{lang}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        default_digits = module.DIGITS
        with (folder / f"{lang}.jsonl").open("w", encoding="utf-8") as out:
            for n, (published, text, gold, *rest) in enumerate(module.TEXTS, start=1):
                digits = rest[0] if rest else default_digits
                row = {"id": f"{lang}-{n:02d}", "lang": lang, "published": published,
                       "text": render(text.strip(), digits), "gold": gold,
                       "origin": "team-written demo text about a real event; not a real outlet's article"}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
