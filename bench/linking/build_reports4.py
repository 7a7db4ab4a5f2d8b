"""Build reports4.jsonl: the large-incident set (issue 15, branch linkbound). Team-written, in our own words.

One real attack told by 120 reports, beside three other real attacks in the same province and weeks, to judge
what bounding the linker's work per incident (`max_members_scored`) does where an incident is large:

- P01 the suicide bombing at the Abbey Gate of Kabul airport, 26 Aug 2021: 120 reports from 40 made-up
  outlets, put together from interchangeable sentences (where, what, the toll known on the day it was written,
  the claim, the evacuation around it), so that no two read alike. The toll is revised as the days pass (13 ->
  60 -> 90 -> 103 -> 170 Afghans). 15 are wires of the day ("on Thursday"), 40 follow-ups of the next three
  days ("Thursday's bombing"), 20 later pieces with the day ("on 26 August"), 15 dated only by the month
  ("in August 2021"), 15 only by the year ("in 2021") and 15 with no date at all and no publication date.
- hard negatives near it: P02 the US drone strike on a car in a Kabul neighbourhood three days later, 29 Aug
  2021 (10 civilians of one family; an explosion in Kabul, like P01); P03 the rockets fired at the airport on
  30 Aug 2021 (none killed); P04 the bombing at the gate of the Eid Gah mosque in Kabul during a funeral, 3 Oct
  2021 (inside every year-dated report's year).

Each record carries `incident` (gold), `event`, `style` and the fields a user's export would carry (`publisher`,
`title`, `published`, `text`). `python bench/linking/build_reports4.py` regenerates the file (seeded: the same
file every time); `python bench/link_twin.py --set reports4.jsonl` scores the linker on it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = {
    "P01": "Suicide bombing at the Abbey Gate of Kabul airport, 26 Aug 2021",
    "P02": "US drone strike on a car in Khwaja Burgha, Kabul, that killed ten civilians, 29 Aug 2021",
    "P03": "Rockets fired at Kabul airport from a car, 30 Aug 2021",
    "P04": "Bombing at the gate of the Eid Gah mosque during a funeral, Kabul, 3 Oct 2021",
}
OUTLETS = [f"{a} {b}" for a in ("Frontier", "Hindukush", "Indus", "Pamir", "Oxus") for b in
           ("Times", "Post", "Wire", "Observer", "Courier", "Herald", "Dispatch", "Bulletin")]
WHERE = ["outside Kabul's airport", "at the Abbey Gate of Kabul airport",
         "near the Baron Hotel beside Kabul airport", "at the airport gate where crowds waited to be flown out",
         "among the families waiting at the gates of Hamid Karzai International Airport"]
WHAT = ["a suicide bomber blew himself up", "a suicide bombing tore through the crowd",
        "an Islamic State bomber set off his explosives", "a bomber detonated a vest packed with explosives",
        "a suicide attack, followed by gunfire, struck the crowd"]
CLAIM = ["Islamic State Khorasan claimed the bombing.",
         "The Islamic State group's Afghan branch said one of its fighters carried it out.",
         "IS-K claimed responsibility and named the bomber.", ""]
AROUND = ["Thousands of Afghans had gathered there for days hoping to board evacuation flights.",
          "Thirteen U.S. service members were among the dead.", "Doctors at the Emergency hospital said they were "
          "overwhelmed by the wounded.", "The Taliban said the area was the responsibility of U.S. troops.",
          "Western governments had warned of an attack on the crowds the day before.",
          "The evacuation went on the next morning under tighter security.",
          "Relatives searched the hospitals of the city for the missing."]
# (day of August 2021 the report was written, Afghans the toll then counted)
TOLLS = [(26, 13), (26, 60), (27, 90), (27, 103), (28, 170), (29, 170)]
TITLES = ["Kabul airport bombing", "Blast at airport gate", "Airport attack toll", "Suicide attack in Kabul",
          "Evacuation crowd bombed"]


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def abbey_gate(rng: random.Random, style: str, n: int) -> dict[str, str | None]:
    """One report of P01 in `style`: its sentences drawn from the lists above in a seeded order."""
    day, killed = TOLLS[min(n % 6, 1) if style == "wire" else 2 + n % 4]
    toll = f"killing at least {killed} people" if killed == 13 else f"killing at least {killed} Afghans"
    when, published = {
        "wire": ("on Thursday", f"2021-08-{day:02d}"),
        "followup": ("on Thursday", f"2021-08-{day:02d}"),
        "later": ("on 26 August", f"2021-09-{1 + n % 28:02d}"),
        "month": ("in August 2021", f"2022-0{1 + n % 6}-1{n % 10}"),
        "year": ("in 2021", f"202{2 + n % 3}-0{1 + n % 9}-2{n % 8}"),
        "undated": ("", None),
    }[style]
    if style in ("month", "year", "undated"):
        toll = "killing about 170 Afghans and 13 American troops"
    lead = sentence(" ".join(w for w in (pick(rng, WHAT), pick(rng, WHERE), when) if w)) + f", {toll}."
    rest = [*rng.sample(AROUND, 2), pick(rng, CLAIM)]
    dateline = "KABUL, Aug 26 - " if style == "wire" else ""
    return {"published": published, "title": pick(rng, TITLES), "text": dateline + " ".join([lead, *rest]).strip()}


OTHERS: list[tuple[str, str, str | None, str, str]] = [
    # (attack, style, published, title, text)
    ("P02", "wire", "2021-08-29", "US strike hits car in Kabul", "KABUL, Aug 29 - A U.S. drone strike on Sunday hit a "
     "car in a residential street of Kabul, and relatives said ten members of one family, seven of them children, "
     "were killed. The U.S. military said it struck Islamic State bombers who threatened the airport."),
    ("P02", "followup", "2021-08-30", "Family mourns ten killed in drone strike", "Relatives of Zemari Ahmadi, an aid "
     "worker, said he and nine of his relatives died when a U.S. drone fired a missile at his car as he parked at "
     "home in Khwaja Burgha on Sunday."),
    ("P02", "followup", "2021-08-31", "Neighbours dispute US account of Kabul strike", "Neighbours in Kabul's Khwaja "
     "Burgha said the missile that struck a car on Sunday killed ten civilians, including children who ran out to "
     "greet Ahmadi."),
    ("P02", "later", "2021-09-17", "Pentagon says Kabul strike was a mistake", "The Pentagon said the drone strike in "
     "Kabul on 29 August killed ten civilians, among them seven children, and no Islamic State fighters."),
    ("P02", "later", "2021-09-18", "Apology for the strike that killed an aid worker", "The U.S. general in charge "
     "apologised for the missile strike of 29 August in Kabul that killed aid worker Zemari Ahmadi and nine "
     "members of his family."),
    ("P03", "wire", "2021-08-30", "Rockets fired at Kabul airport", "KABUL, Aug 30 - Several rockets were fired at "
     "Kabul airport on Monday morning from a vehicle in the city; U.S. defences intercepted them and no one was "
     "reported killed. Islamic State claimed the attack."),
    ("P03", "followup", "2021-08-31", "Rocket launcher found in burnt car", "Police found the burnt car from which "
     "rockets were launched at the airport on Monday; the missiles were shot down and caused no casualties."),
    ("P03", "later", "2021-09-03", "Last days of the airlift", "Rockets fired at Kabul airport on 30 August were "
     "brought down by the defences; no one was hurt, and the last U.S. flights left that night."),
    ("P04", "wire", "2021-10-03", "Blast at Kabul mosque during funeral", "KABUL, Oct 3 - A bomb exploded at the gate "
     "of the Eid Gah mosque in Kabul on Sunday during a memorial for the mother of the Taliban spokesman, killing "
     "at least five civilians, officials said."),
    ("P04", "followup", "2021-10-04", "Islamic State claims Eid Gah bombing", "Islamic State said it carried out "
     "Sunday's bombing at the entrance of the Eid Gah mosque in Kabul, where Taliban leaders were attending a "
     "funeral prayer. At least five people were killed."),
    ("P04", "later", "2021-10-20", "Islamic State steps up attacks", "The bombing at the Eid Gah mosque in Kabul on "
     "3 October, which killed five people, was the first of a string of Islamic State attacks on the Taliban."),
]
STYLES = [("wire", 15), ("followup", 40), ("later", 20), ("month", 15), ("year", 15), ("undated", 15)]


def reports() -> list[dict[str, str | None]]:
    rng = random.Random(4)
    rows: list[dict[str, str | None]] = []
    for style, count in STYLES:
        for n in range(count):
            outlet = pick(rng, OUTLETS)
            rows.append({"incident": "P01", "style": style, "publisher": outlet} | abbey_gate(rng, style, n))
    for key, style, published, title, text in OTHERS:
        rows.append({"incident": key, "style": style, "publisher": pick(rng, OUTLETS), "published": published,
                     "title": title, "text": text})
    rng.shuffle(rows)  # reports arrive mixed, as in a feed
    counts: dict[str, int] = {}
    for r in rows:
        key = str(r["incident"])
        counts[key] = counts.get(key, 0) + 1
        r["id"] = f"{key}-{counts[key]}"
        r["event"] = EVENTS[key]
    return rows


def main() -> None:
    rows = reports()
    with (HERE / "reports4.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} reports about {len(EVENTS)} attacks")


if __name__ == "__main__":
    main()
