"""Dates: absolute, month-only, ranges, and relative ones resolved against an anchor.

The anchor is the publication date, or else the text's own dateline ("KABUL, March 3,
2019 -"). Without an anchor, "yesterday" or "on Friday" cannot be placed and stays
unknown: a guessed date would mislead the linking of reports into incidents.
dateparser is not used: it is slow, and these patterns cover what reports write.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from tasdiq.extract.component import Component, DateMention, Work
from tasdiq.extract.lexicon import compiled, rows, rule
from tasdiq.model.enums import DatePrecision

MONTH_NUM = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMERIC = rule("dates.numeric")
ISO = rule("dates.iso")
MDY = rule("dates.mdy")
DMY = rule("dates.dmy")
NIGHT_OF = rule("dates.night_of")
RANGE = rule("dates.range")
MONTH_YEAR = rule("dates.month_year")
IN_YEAR = rule("dates.in_year")
WEEKDAY = rule("dates.weekday")
# "during Friday prayers" in a report of that Friday or the day after is that Friday; later
# it may be any Friday (a feature recalling an attack), and "Friday prayers" alone is a noun.
FRIDAY_PRAYERS = rule("dates.friday_prayers")
RELEASE_DATELINE, RELEASE_NUMBER = rule("dates.release_dateline"), rule("dates.release_number")
RELEASE_TITLE_DATE = rule("dates.release_title_date")
RELEASE_OF_DAY = rule("dates.release_of_day")
BYLINE = rule("dates.byline")
# How far into a web page its byline may stand, below the site's menus and the headline.
BYLINE_HEAD_CHARS = 800
SAID_TODAY = rule("dates.said_today")
FULL_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})
# How far into a press release its dateline may stand, below title and release-number lines.
RELEASE_HEAD_CHARS = 600
# "on Monday, three days after the attack": the day of the aftermath, not of the attack
AFTERMATH = rule("dates.aftermath")
DAYS_AGO = rule("dates.days_ago")
SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DATELINE_CHARS = 150
DATELINE_END = rule("dates.dateline_end")
# Words right before a date that make it the day of a statement, or the bound of a period.
SAID_ON = rule("dates.said_on")
CLAIMED_ON = rule("dates.claimed_on")
# How far before a date its claim is told ("claimed the attack through its Amaq news agency on Monday").
CLAIM_CHARS = 90
BOUNDED = rule("dates.bounded")
ON_BEFORE = rule("dates.on_before")
DATELINE_LEAD = rule("dates.dateline_lead")


def _month(name: str) -> int:
    return MONTH_NUM[name.lower()[:3]]


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric(a: int, b: int, year: int) -> dt.date | None:
    """12/03/2021: day first, as aid agencies and South Asian media write it, unless impossible."""
    if b > 12 >= a:
        return _safe(year, a, b)
    return _safe(year, b, a)


def _infer_year(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    """A day and month without a year: the latest such date not after the anchor."""
    if anchor is None:
        return None
    found = _safe(anchor.year, month, day)
    if found and found > anchor:
        found = _safe(anchor.year - 1, month, day)
    return found


def _weekday(name: str, last: str, anchor: dt.date) -> dt.date:
    back = (anchor.weekday() - WEEKDAYS.index(name.lower())) % 7
    if back == 0 and last.strip().lower() == "last":
        back = 7
    return anchor - dt.timedelta(days=back)


def _absolute(text: str, anchor: dt.date | None) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(date: dt.date | None, precision: DatePrecision, how: str, m: re.Match[str]) -> None:
        if any(s <= m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(DateMention(date, precision, how, (m.start(), m.end())))

    for m in ISO.finditer(text):
        add(_safe(int(m["year"]), int(m["m"]), int(m["d"])), DatePrecision.DAY, "absolute", m)
    for m in NUMERIC.finditer(text):
        add(_numeric(int(m["a"]), int(m["b"]), int(m["year"])), DatePrecision.DAY, "absolute:numeric", m)
    for m in NIGHT_OF.finditer(text):
        # "on the night of 11/12 October": the attack began on the 11th
        year = int(m["year"]) if m["year"] else None
        month = _month(m["mon"])
        start = _safe(year, month, int(m["d1"])) if year else _infer_year(month, int(m["d1"]), anchor)
        add(start, DatePrecision.DAY, "night-of", m)
    for m in RANGE.finditer(text):
        year = int(m["year"]) if m["year"] else None
        month = _month(m["mon"])
        start = _safe(year, month, int(m["d1"])) if year else _infer_year(month, int(m["d1"]), anchor)
        span_days = int(m["day"]) - int(m["d1"])
        add(start, DatePrecision.WEEK if 0 < span_days <= 7 else DatePrecision.MONTH, "range", m)
    for rx in (MDY, DMY):
        for m in rx.finditer(text):
            month, day = _month(m["mon"]), int(m["day"])
            if m["year"]:
                add(_safe(int(m["year"]), month, day), DatePrecision.DAY, "absolute", m)
            else:
                add(_infer_year(month, day, anchor), DatePrecision.DAY, "day-month+anchor", m)
    for m in MONTH_YEAR.finditer(text):
        if not m["year"] and (m["mon"].lower() == "may" or not m["mon"][0].isupper()):
            continue  # "may" is usually the verb, "march" the walk
        if not m["year"] and m["mon"].lower() not in FULL_MONTHS and text[m.end("mon") : m.end("mon") + 1] != ".":
            continue  # "Rasul Jan", "Fayez Jan": a name, not January
        month = _month(m["mon"])
        if m["year"]:
            add(_safe(int(m["year"]), month, 1), DatePrecision.MONTH, "month", m)
        elif anchor is not None:
            year = anchor.year if month <= anchor.month else anchor.year - 1
            add(_safe(year, month, 1), DatePrecision.MONTH, "month+anchor", m)
    for m in IN_YEAR.finditer(text):
        add(_safe(int(m["year"]), 1, 1), DatePrecision.YEAR, "year", m)
    return out


@cache
def _relative_rows() -> list[tuple[str, int, DatePrecision, re.Pattern[str]]]:
    return [(r[0], int(r[1]), DatePrecision(r[2]), compiled(r[3])) for r in rows("relative_dates.tsv")]


def _relative(text: str, anchor: dt.date) -> list[DateMention]:
    out: list[DateMention] = []
    for name, back, precision, rx in _relative_rows():
        for m in rx.finditer(text):
            date = anchor - dt.timedelta(days=back)
            out.append(DateMention(date, precision, f"relative:{name}", (m.start(), m.end())))
    for m in WEEKDAY.finditer(text):
        out.append(DateMention(_weekday(m["wd"], m["last"] or "", anchor), DatePrecision.DAY,
                               f"weekday:{(m['last'] or '').strip().lower() or 'on'}", (m.start(), m.end())))
    for m in FRIDAY_PRAYERS.finditer(text):
        friday = _weekday(m["wd"], "", anchor)
        if (anchor - friday).days <= 1:
            out.append(DateMention(friday, DatePrecision.DAY, "weekday:prayers", (m.start(), m.end())))
    for m in DAYS_AGO.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else SMALL[m["n"].lower()]
        out.append(DateMention(anchor - dt.timedelta(days=n), DatePrecision.DAY, "relative:days_ago",
                               (m.start(), m.end())))
    return out


def find_dates(text: str, anchor: dt.date | None, year_anchor: dt.date | None = None) -> list[DateMention]:
    """Every date of the text; `year_anchor` gives the year of a day and month ("July 16") where
    no anchor does, and never resolves "yesterday" or a weekday."""
    found = _absolute(text, anchor or year_anchor)
    if anchor is not None:
        taken = [d.span for d in found]
        found += [d for d in _relative(text, anchor) if not any(s <= d.span[0] < e for s, e in taken)]
    return sorted((d for d in found if d.date is not None), key=lambda d: d.span)


def dateline(text: str, published: dt.date | None = None) -> DateMention | None:
    """A full date at the head of the text, as in "KABUL, March 3, 2019 -" or "date 2022-03-07";
    a wire's "KABUL, Dec 25 (Reuters) -" takes its year from the publication date."""
    head = text[:DATELINE_CHARS]
    for d in _absolute(head, published):
        lead = head[: d.span[0]]
        # a dateline is a block of capitalised words before the date, not a sentence
        # ("On 22 June 2015, the Taliban ..." is the attack's own date, not a dateline)
        after = head[d.span[1] :]
        if (d.precision is DatePrecision.DAY and d.date is not None and DATELINE_LEAD.match(lead)
                and (lead.strip().lower().startswith("date") or DATELINE_END.match(after))):
            return DateMention(d.date, d.precision, "dateline", d.span)
    return _release_dateline(text, published)


def _release_dateline(text: str, published: dt.date | None) -> DateMention | None:
    """The dateline of a press release, which may follow a title, a release number and
    "For Immediate Release" lines; only a day's date in brackets after a city in capitals counts,
    and one without a year takes it from the release number above it ("2010-02-AO-125")."""
    m = (RELEASE_DATELINE.search(text, 0, RELEASE_HEAD_CHARS) or RELEASE_TITLE_DATE.match(text)
         or RELEASE_OF_DAY.search(text, 0, RELEASE_HEAD_CHARS))
    if m is None:
        return None
    start = m.start("date")
    number = RELEASE_NUMBER.search(text, 0, RELEASE_HEAD_CHARS)
    anchor = published or (_month_end(int(number["year"]), int(number["month"])) if number else None)
    for d in _absolute(m["date"], anchor):
        if d.precision is DatePrecision.DAY and d.date is not None:
            return DateMention(d.date, d.precision, "dateline", (start + d.span[0], start + d.span[1]))
    if anchor is None and MDY.fullmatch(m["date"].strip()):
        # "KABUL, Afghanistan (Jan. 8)" with no year anywhere: no anchor, but still the dateline,
        # so its city is not taken for where the operation was
        return DateMention(None, DatePrecision.DAY, "dateline", m.span("date"))
    return None


def byline(text: str) -> DateMention | None:
    """The publication date a web page prints under its headline ("Published July 31, 2023",
    "By Agency staff | October 3, 2022"), for a page that came without one."""
    m = BYLINE.search(text, 0, BYLINE_HEAD_CHARS)
    if m is None:
        return None
    start = m.start("date")
    for d in _absolute(m["date"], None):
        if d.precision is DatePrecision.DAY and d.date is not None:
            return DateMention(d.date, d.precision, "byline", (start + d.span[0], start + d.span[1]))
    return None


def release_month(text: str) -> dt.date | None:
    """The last day of the month a release's number names ("2010-07-CA-129"): the year of its
    "July 16" when no dateline gives one. Its day is unknown, so it anchors no "yesterday"."""
    number = RELEASE_NUMBER.search(text, 0, RELEASE_HEAD_CHARS)
    return _month_end(int(number["year"]), int(number["month"])) if number else None


def _month_end(year: int, month: int) -> dt.date:
    """The last day of a release number's month: "Dec. 30" under "2010-12-S-336" is in 2010."""
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


class AnchorFinder(Component):
    """The date relative expressions count from: publication date, else the dateline, else a web
    page's byline."""

    name = "tasdiq.anchor"
    version = "v2"
    reads = ("text", "published")
    writes = ("anchor", "anchor_span")

    def process(self, work: Work) -> None:
        by = byline(work.text)
        line = dateline(work.text, work.published or (by.date if by else None))
        # the dateline's or byline's own date is never the attack's date, even when the publication
        # date anchors
        work.anchor_span = line.span if line is not None else by.span if by is not None else None
        if work.published is not None:
            work.anchor = work.published
        elif line is not None and line.date is not None:
            work.anchor = line.date
        elif by is not None:
            work.anchor = by.date


class DateFinder(Component):
    """Date mentions with precision and how each was resolved."""

    name = "tasdiq.dates"
    version = "v3"
    reads = ("text", "anchor", "anchor_span")
    writes = ("dates",)

    def process(self, work: Work) -> None:
        # A date above the dateline is a header's ("ISAF Joint Command Morning Operational Update
        # May 16, 2011"): the day of the release, like the dateline, never the operation's.
        head_end = work.anchor_span[0] if work.anchor_span else 0
        work.dates = [
            mark_role(work.text, d)
            for d in find_dates(work.text, work.anchor, release_month(work.text) if work.anchor is None else None)
            if d.span[0] >= head_end and d.span != work.anchor_span
            and not (_is_relative(d) and _in_quote(work.text, d.span[0]))
            and not _opens_a_line_as_dateline(work.text, d)
        ]


def _opens_a_line_as_dateline(text: str, d: DateMention) -> bool:
    """A wire dateline below a web page's headline and byline ("KABUL, Oct 3 - The UN said on
    Monday ... the bombing on Friday"): the story's day, never the attack's."""
    if d.precision is not DatePrecision.DAY or d.span[0] > BYLINE_HEAD_CHARS:
        return False
    lead = text[text.rfind("\n", 0, d.span[0]) + 1 : d.span[0]]
    return (bool(lead.strip()) and DATELINE_LEAD.match(lead) is not None
            and DATELINE_END.match(text[d.span[1] : d.span[1] + 20]) is not None)


def mark_role(text: str, d: DateMention) -> DateMention:
    """Mark a date that tells when something was said, or where a period starts or ends:
    "killed ..., officials said on Friday" does not date the attack to Friday, and "the Green
    Zone until August 2021" does not date it to August."""
    before = text[max(0, d.span[0] - 40) : d.span[0]]
    reported = bool(SAID_ON.search(ON_BEFORE.sub("", before))) or (
        d.how == "relative:today" and SAID_TODAY.match(text, d.span[1]) is not None) or bool(
        CLAIMED_ON.search(ON_BEFORE.sub("", text[max(0, d.span[0] - CLAIM_CHARS) : d.span[0]])))
    bound = bool(BOUNDED.search(before) or AFTERMATH.match(text, d.span[1]))
    return dataclasses.replace(d, reported=reported, bound=bound) if reported or bound else d


def _is_relative(d: DateMention) -> bool:
    return d.how.startswith(("relative:", "weekday:", "month+anchor", "day-month+anchor"))


def _in_quote(text: str, pos: int) -> bool:
    """Inside a direct quotation, "today" is the day the words were said, not published."""
    para_start = text.rfind("\n", 0, pos) + 1
    before = text[para_start:pos]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1
