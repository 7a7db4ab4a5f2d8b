"""Build chrome_dev.jsonl: pages of eight made-up site layouts, every line labelled (issue 11 item 4).

Our own words and our own layouts, written before the structural chrome rules and never copied from
any site, from ../shared or from a team blind set. Each page is a report body (prose paragraphs) set
in a site's chrome; each line carries a label so `bench/chrome_bench.py` can count what the chrome
step blanks: `chrome` lines must go, `keep` lines (title, byline date, body) must stay.

The layouts differ on purpose from bench/styles/web: other stories' headlines under headings no rule
lists ("Elsewhere on the site", "Popular this week", none at all), with time-ago, "min read" and
"views" stamps, a ticker with no label, a masthead that is a place name, a teaser inside the body.
Each record: id, layout, text, published, lines (one label per line of text).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Bodies: title, byline date, paragraphs; the places are what extraction should read.
BODIES = [
    ("Roadside bomb kills four policemen in Kunduz",
     "14 June 2024",
     ["KUNDUZ - A roadside bomb struck a police pickup on the road to Imam Sahib district on Friday "
      "morning, killing four policemen and wounding two, a provincial spokesman said.",
      "No group said it had planted the device. The spokesman said the patrol had been returning "
      "from a checkpoint near the river when the bomb went off.",
      "Residents said the road was closed for several hours."]),
    ("Gunmen shoot dead two polio workers in Bajaur",
     "9 March 2023",
     ["Two polio vaccinators were shot dead by men on a motorcycle in Bajaur district on Thursday, "
      "district police said. A policeman guarding them was wounded.",
      "The vaccination drive in the area was suspended. Police said they were searching for the "
      "attackers, who fled towards the hills.",
      "It was the second attack on the campaign in the district this year."]),
    ("Blast at Herat mosque kills six worshippers",
     "2 September 2022",
     ["HERAT: An explosion during Friday prayers at a mosque in the west of Herat city killed six "
      "worshippers and wounded 21, a provincial health official said.",
      "The Taliban's local police chief said the bomb had been hidden near the pulpit. No one had "
      "claimed responsibility by the evening.",
      "Ambulances took the wounded to the regional hospital."]),
    ("Suicide attack on FC post in Turbat",
     "20 January 2025",
     ["A suicide bomber rammed an explosives-laden car into a Frontier Corps post near Turbat in "
      "Kech district late on Sunday, killing three soldiers, officials said.",
      "Security forces cordoned off the area. The provincial government condemned the attack and "
      "said those behind it would be brought to justice.",
      "Local traders shut their shops on Monday in protest."]),
]

OTHERS = [
    "Earthquake of magnitude 6.3 kills more than 1,000 in Herat",
    "Seven killed as bus plunges into ravine in Swat",
    "Militants storm checkpoint in Zhob, 11 soldiers martyred",
    "Eighteen dead in clash on Kurram highway",
    "IED blast wounds nine children in Logar market",
    "Floods sweep away 40 houses in Nuristan",
    "Drone strike kills commander in Paktika, officials say",
    "Police constable gunned down in Dera Ismail Khan",
]


def lab(kind, *lines):
    return [(kind, line) for line in lines]


def body_lines(b, sep=""):
    out = []
    for para in b[2]:
        out += lab("keep", para)
        if sep:
            out += lab("keep", sep)
    return out


def layout_place_masthead(b, i):
    # A masthead that is a place (as "Zabul" is a province); the byline repeats it.
    return (lab("chrome", "ZABUL VOICE", "News  Provinces  Economy  Culture  Live TV")
            + lab("keep", b[0])
            + [("byline", f"ZABUL VOICE | {b[1]}")]
            + body_lines(b)
            + lab("chrome", "Elsewhere on Zabul Voice", OTHERS[i % 8], OTHERS[(i + 1) % 8],
                  "ZABUL VOICE 2025"))


def layout_stamped_sidebar(b, i):
    # Other stories under a heading no rule lists, each with a time-ago stamp.
    return (lab("chrome", "The Indus Courier")
            + lab("keep", b[0])
            + [("byline", f"Published {b[1]}")]
            + body_lines(b, "")
            + lab("chrome", "Popular this week",
                  f"{OTHERS[(i + 2) % 8]}  3 hours ago", f"{OTHERS[(i + 3) % 8]}  yesterday",
                  f"{OTHERS[(i + 4) % 8]}  2 days ago"))


def layout_unheaded_tail(b, i):
    # No heading at all: a run of headlines after the report, with "min read" stamps between them.
    return (lab("chrome", "HINDUKUSH DAILY", "Menu")
            + lab("keep", b[0])
            + [("byline", f"By our correspondent | {b[1]}")]
            + body_lines(b)
            + lab("chrome", OTHERS[(i + 5) % 8], "4 min read", OTHERS[(i + 6) % 8], "2 min read",
                  OTHERS[(i + 7) % 8], "6 min read"))


def layout_unlabelled_ticker(b, i):
    # A ticker of other headlines above the masthead, with no "Trending" label.
    return (lab("chrome", OTHERS[i % 8], OTHERS[(i + 3) % 8], "Khyber Wire")
            + lab("keep", b[0])
            + [("byline", f"Khyber Wire | {b[1]}")]
            + body_lines(b)
            + lab("chrome", "Tags: security, attacks", "Khyber Wire"))


def layout_inline_teaser(b, i):
    # A teaser of another story inside the body: its headline and its own first sentence.
    paras = b[2]
    return (lab("chrome", "Registan Times")
            + lab("keep", b[0])
            + [("byline", f"Registan Times | {b[1]}")]
            + lab("keep", paras[0])
            + lab("chrome", "MORE FROM THE REGION", OTHERS[(i + 2) % 8])
            + lab("keep", *paras[1:])
            + lab("chrome", "1,204 views", "12 comments"))


def layout_crumbs_and_views(b, i):
    # Breadcrumbs, a category kicker, a caption printed twice and a "Most viewed" box with counts.
    caption = "Relatives wait outside the hospital on the day of the attack. Photo: File"
    return (lab("chrome", "Home > Security > Provinces", "SECURITY")
            + lab("keep", b[0])
            + [("byline", f"Updated {b[1]}")]
            + lab("chrome", caption, caption)
            + body_lines(b)
            + lab("chrome", "Most viewed", f"1. {OTHERS[(i + 1) % 8]}", f"2. {OTHERS[(i + 4) % 8]}",
                  f"3. {OTHERS[(i + 6) % 8]}", "Terms  Privacy  Contact"))


def layout_title_case_rail(b, i):
    # A rail of title-case headlines between the byline and the body, and a sidebar with a date stamp.
    return (lab("chrome", "Spin Ghar Media", "Top Headlines")
            + lab("chrome", OTHERS[(i + 3) % 8].title(), OTHERS[(i + 5) % 8].title())
            + lab("keep", b[0])
            + [("byline", f"Spin Ghar Media | {b[1]}")]
            + body_lines(b)
            + lab("chrome", f"{OTHERS[(i + 6) % 8]} | 12 Jan 2024",
                  f"{OTHERS[(i + 7) % 8]} | 3 Feb 2024"))


def layout_headline_after_body(b, i):
    # The next story's headline and first sentence follow the report with no heading.
    return (lab("chrome", "Margin Notes Afghanistan", "Subscribe")
            + lab("keep", b[0])
            + [("byline", f"Margin Notes | {b[1]}")]
            + body_lines(b)
            + lab("chrome", "Next story", OTHERS[(i + 1) % 8], "Watch: the scene after the blast (video)",
                  "Listen to this story"))


LAYOUTS = [layout_place_masthead, layout_stamped_sidebar, layout_unheaded_tail, layout_unlabelled_ticker,
           layout_inline_teaser, layout_crumbs_and_views, layout_title_case_rail, layout_headline_after_body]


def records():
    n = 0
    for li, layout in enumerate(LAYOUTS):
        for bi, body in enumerate(BODIES):
            n += 1
            lines = layout(body, li + bi)
            yield dict(id=f"cd-{n:02d}", layout=layout.__name__.removeprefix("layout_"),
                       text="\n".join(line for _, line in lines), published=None,
                       lines=[kind for kind, _ in lines])


def main():
    out = HERE / "chrome_dev.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
