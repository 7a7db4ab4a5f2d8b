"""Build web2_eval.jsonl: a second blind set of outlet web pages with their chrome (issue 11).

Source of truth for the texts and the gold; run `python bench/styles/web2/build_web2.py` after an edit.
Every article is about a real attack, state operation or (six) non-attack event in Afghanistan or Pakistan,
2021-2025, told in the team's own words. It is written as a body (headline, byline, caption, paragraphs) and
rendered with the chrome of one of five made-up sites, each with a different layout: a Pakistani daily
(`indus`), an Afghan outlet working from exile (`kohsar`), an international wire's web page (`meridian`), a
regional TV channel's site (`sarhad`) and a newsletter/blog (`dispatch`). The chrome is generated here so that
every page of a site carries the same furniture, as real sites do: menus, breadcrumbs, tickers, share bars, the
photo caption twice (alt text and caption), advertisements or donation appeals, video and gallery counts, and
"related"/"read next" headlines of OTHER attacks with their own tolls.
Each record: id, style (the site), text, published, gold (dev fields + category + is_attack), origin (event,
note, traps).
"""
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from set_io import write_set  # noqa: E402

OUT = HERE / "web2_eval.jsonl"

# Trap labels used in origin.traps (README.md counts them).
VICTIM = "victim-is-armed-movement"      # an armed movement's member/official is the victim
SPEAKER = "government-speaks"            # the government or local authority describes the attack / is the target
FOREIGN = "foreigners-shot"              # foreigners attacked where local authorities speak
KHAWARIJ = "khawarij-word"               # the speaker's word for the enemy
CONTEXT = "context-number"               # background tolls, series totals, bounties, counts of people, claims
STRIKE = "foreign-strike"                # a foreign state's strike; the local government speaks
BLAME = "blame-denied"                   # blame answered by a denial
CHROME = "chrome-only"                   # no body trap, only the page chrome


def attack(date, country, admin1, place, types, category, *, killed=None, kp=None, injured=None, perp=None,
           cert=None, raw=""):
    """Gold of an attack or operation; counts are victims (kp: perpetrators killed)."""
    return {"date": date, "country": country, "admin1": admin1, "place": place, "attack_types": types,
            "killed": killed, "killed_perpetrators": kp, "injured": injured, "perpetrator": perp,
            "perpetrator_certainty": cert, "perpetrator_raw": raw, "category": category, "is_attack": True}


def other(category, *, date=None, country=None, admin1=None, place=None, killed=None):
    """Gold of a text that reports no attack (a disaster, a riot, talks)."""
    return {"date": date, "country": country, "admin1": admin1, "place": place, "attack_types": [],
            "killed": killed, "killed_perpetrators": None, "injured": None, "perpetrator": None,
            "perpetrator_certainty": None, "perpetrator_raw": "", "category": category, "is_attack": False}


# Headlines of OTHER real attacks, each with its own toll, as related-story boxes and tickers carry them.
RELATED = {
    "jaffar": "Jaffar Express hostage crisis: 26 hostages among the dead, army says",
    "quetta-station": "Suicide bomber kills 26 at Quetta railway station",
    "kurram": "Gunmen ambush Kurram convoy, killing 42 passengers",
    "police-lines": "Peshawar police mosque bombing toll climbs to 100",
    "bajaur": "Death toll in Bajaur rally bombing rises to 63",
    "khalil": "Taliban minister Khalil Haqqani among six killed in Kabul bombing",
    "abbey-gate": "Kabul airport attack: 13 US troops and 170 Afghans dead",
    "kaaj": "Kabul tuition centre bombing: 53 dead, most of them girls",
    "mastung": "Mastung procession bombing kills 60",
    "kandahar-mosque": "Kandahar Shia mosque bombing kills 63 worshippers",
    "kunduz-mosque": "Suicide bomber kills dozens at Kunduz Shia mosque during Friday prayers",
    "besham": "Five Chinese engineers killed in suicide attack near Besham",
    "musakhel": "Musakhel highway attack: 23 passengers killed",
    "daraban": "23 soldiers martyred in Daraban attack",
    "islamabad-court": "Twelve dead in suicide bombing at Islamabad court",
    "seh-dokan": "Mazar mosque blast kills 31",
    "kabul-hospital": "Gunmen storm Kabul military hospital; 25 killed",
    "karachi-airport": "Two Chinese nationals killed in bombing near Karachi airport",
    "mir-ali": "Car bomb kills 13 soldiers in Mir Ali",
    "herat-quake": "Herat earthquakes leave more than 2,000 dead",
    "akora": "Blast at Darul Uloom Haqqania kills eight",
    "bannu-cantt": "18 dead as suicide bombers attack Bannu cantonment",
    "khuzdar": "Bomb hits school bus in Khuzdar; eight dead",
    "bamyan": "Three Spanish tourists among six killed in Bamyan",
}

SITES = {
    # A Pakistani daily: breadcrumb, e-paper, comment count.
    "indus": {
        "top": ["The Indus Chronicle", "E-Paper | Today's Paper | Urdu Edition | Archive",
                "Home  Pakistan  Balochistan  Khyber Pakhtunkhwa  Sindh  Punjab  World  Opinion  Sports  Business"],
        "crumb": "Home > Pakistan > {section}",
        "share": "Facebook  Twitter  WhatsApp  Email",
        "mid": ["Advertisement"],
        "related": "RELATED",
        "bottom": ["Comments ({n})", "Comments are moderated and generally will be posted if they are on-topic.",
                   "Copyright (c) The Indus Chronicle. Reproduction without permission is prohibited.",
                   "Terms of use | Privacy | Advertise with us"],
    },
    # An Afghan outlet working from exile: language links, a long donation appeal.
    "kohsar": {
        "top": ["Kohsar", "Independent news from Afghanistan", "English | دری | پښتو",
                "News  Women  Rights  Economy  Culture  Investigations  Podcast  Donate"],
        "share": "Share: Facebook  X  Telegram  WhatsApp",
        "mid": ["Our newsroom was forced out of Afghanistan in 2021. Our reporters inside the country work in "
                "secret, and the Taliban have blocked our website. We depend on readers: a gift of $10 a month "
                "pays for one reporter's mobile data. Donate now."],
        "related": "Related articles",
        "bottom": ["Kohsar is a member of the Independent Afghan Media Network.",
                   "Subscribe to our newsletter", "(c) Kohsar Media. All rights reserved."],
    },
    # An international wire's web page: read time, agency credits, standards line, "read next".
    "meridian": {
        "top": ["Meridian", "World  Business  Markets  Sustainability  Legal  Breakingviews  Technology",
                "My News  Sign In  Register"],
        "crumb": "Asia Pacific",
        "share": "{mins} minute read",
        "mid": ["ADVERTISEMENT", "Scroll to continue"],
        "credits": True,
        "related": "Read Next",
        "bottom": ["Our Standards: The Meridian Trust Principles.", "Acquire Licensing Rights",
                   "Meridian, the news and media division of a made-up company, is a news provider.",
                   "All quotes delayed a minimum of 15 minutes."],
    },
    # A regional TV channel: live button, breaking ticker, video box, gallery count, most viewed.
    "sarhad": {
        "top": ["SARHAD TV", "LIVE", "Home | Latest | Pakistan | Afghanistan | Programmes | Videos | Urdu | Pashto"],
        "ticker": "BREAKING: ",
        "share": "Share on WhatsApp | Share on Facebook | Share on X",
        "video": True,
        "mid": ["Gallery: {photos} photos", "Watch more: {videos} videos on this story"],
        "related": "MOST VIEWED",
        "bottom": ["Watch Sarhad TV live on our app. Download for Android | iOS",
                   "Sarhad TV (c) All rights reserved | Careers | Contact"],
    },
    # A newsletter/blog: subscribe boxes, listen bar, likes, a weekly digest of other items.
    "dispatch": {
        "top": ["The Durand Dispatch", "Notes from both sides of the Durand Line", "Subscribe  Sign in"],
        "share": "Listen | Share",
        "mid": ["Thanks for reading The Durand Dispatch! This post is public, so feel free to share it. "
                "Paid subscribers ($6 a month) keep it free for everyone else.", "Subscribe"],
        "related": "Latest posts",
        "bottom": ["{likes} Likes  {restacks} Restacks", "Discussion about this post", "Comments  Restacks",
                   "Ready for more?", "Subscribe", "(c) The Durand Dispatch  Privacy  Terms  Collection notice"],
    },
}


def render(site, a, rng):
    """The page text as a site serves it after text extraction (one chrome item a line)."""
    s = SITES[site]
    pool = [k for k in RELATED if k not in a["keys"]]
    related = rng.sample(pool, 4)
    lines = list(s["top"])
    if s.get("ticker"):
        lines.append(s["ticker"] + RELATED[related.pop()])
    if s.get("crumb"):
        lines.append(s["crumb"].format(section=a["section"]))
    lines += [a["headline"], a["byline"]]
    lines.append(s["share"].format(mins=max(2, sum(len(p.split()) for p in a["body"]) // 180)))
    if s.get("video"):
        lines.append(f"Video 0{rng.randint(1, 4)}:{rng.randint(10, 59)} - {a['caption']}")
    if a["caption"]:
        lines += [a["caption"], a["caption"]]
    paras = a["body"]
    cut = min(2, len(paras))
    lines += paras[:cut]
    lines += [m.format(photos=rng.randint(6, 18), videos=rng.randint(2, 5)) for m in s["mid"]]
    lines += paras[cut:]
    if s.get("credits"):
        lines.append(a["credits"])
    lines.append(s["related"])
    lines += [RELATED[k] for k in related[:3]]
    lines += [b.format(n=rng.randint(0, 40), likes=rng.randint(9, 90), restacks=rng.randint(1, 12))
              for b in s["bottom"]]
    return "\n".join(lines)


ARTICLES = []


def add(rid, site, published, headline, byline, caption, body, gold, *, event, note, traps, section="",
        keys=(), credits="Reporting by our correspondents; Writing by the Asia desk; Editing by the duty editor"):
    """One article; `keys` are RELATED entries about this same event, kept out of its own chrome."""
    paras = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    ARTICLES.append({"id": rid, "site": site, "published": published, "headline": headline, "byline": byline,
                     "caption": caption, "body": paras, "gold": gold, "event": event, "note": note,
                     "traps": list(traps), "section": section, "keys": set(keys), "credits": credits})


# ---------------------------------------------------------------- Afghanistan
add("w2-01", "meridian", "2021-06-09",
    "Gunmen kill 10 deminers at HALO Trust camp in northern Afghanistan",
    "By Meridian staff | June 9, 2021 6:12 AM GMT+4 | Updated 3 hours ago",
    "Staff of a demining charity clear a field in Baghlan province in a file photo.",
    """
KABUL, June 9 - Gunmen walked into a compound of the British-American mine-clearing charity HALO Trust in
Afghanistan's northern Baghlan province late on Tuesday and opened fire on staff who had just finished work,
killing 10 of them and wounding 16 others, officials said on Wednesday.

About 110 men were at the camp when the attackers arrived, HALO Trust said in a statement, adding that the gunmen had
asked which of the workers belonged to the Hazara minority before they started shooting.

Afghanistan's interior ministry spokesman Tariq Arian blamed the Taliban for the killing. A Taliban spokesman,
Zabihullah Mujahid, rejected the accusation and said the group's fighters had helped to take the wounded to hospital.

On Thursday the Islamic State group's Khorasan branch said its fighters had carried out the attack, in a statement
carried by its Amaq news outlet.

HALO Trust, which has worked in Afghanistan since 1988, employs about 2,600 Afghans. The country is littered with
mines from four decades of war.
""",
    attack("2021-06-08", "AF", "AF-BGL", "Baghlan", ["armed_assault"], "Attack", killed=10, injured=16,
           perp="ISKP", cert="claimed", raw="Islamic State group's Khorasan branch"),
    event="HALO Trust deminers' camp shooting, Baghlan, 8 Jun 2021",
    note="Government blames the Taliban, who deny; ISKP claims two days on (the claim is the attribution). "
         "110 at the camp and 2,600 staff are counts of people, not the toll. Published date given, so 'on "
         "Thursday' (the claim) is not scored; the attack was on Tuesday.",
    traps=[BLAME, SPEAKER, CONTEXT],
    credits="Reporting by Kabul bureau; Writing by the Islamabad desk; Editing by the Asia desk")

add("w2-02", "kohsar", None,
    "Three women who worked for Jalalabad TV station shot dead on their way home",
    "Kohsar reporter in Nangarhar | 3 March 2021",
    "Colleagues mourn at the funeral of the three women in Jalalabad.",
    """
JALALABAD - Three young women who dubbed programmes for the private channel Enikass TV were shot dead on Tuesday
afternoon as they walked home from the station in two separate attacks in the city of Jalalabad, the capital of
Nangarhar province.

A colleague said the women, all in their early twenties, had been followed from the office. Nangarhar police said
they had arrested one suspect and claimed he was a member of the Taliban; the
Taliban said they had nothing to do with the killings.

The Islamic State group's regional affiliate later said its fighters had killed the three because they worked for
a station "loyal to the apostate government".

The killings came less than three months after Enikass presenter Malalai Maiwand and her driver were shot dead in
the same city in December. Media groups say at least 10 journalists and media workers have been killed in
Afghanistan since September.
""",
    attack("2021-03-02", "AF", "AF-NAN", "Jalalabad", ["armed_assault"], "Attack", killed=3,
           perp="ISKP", cert="claimed", raw="Islamic State group's regional affiliate"),
    event="Killing of three Enikass TV women employees, Jalalabad, 2 Mar 2021",
    note="Police attribute to the Taliban (denied); the IS affiliate claims. Background: Maiwand and driver (2), "
         "'at least 10 journalists' since September is a series total. Date from the byline: Tuesday = 2 Mar.",
    traps=[BLAME, CONTEXT])

add("w2-03", "sarhad", "2022-04-28",
    "Twin blasts tear through minibuses in Mazar-i-Sharif, nine dead",
    "Sarhad TV News Desk | Thursday 28 April 2022",
    "Taliban fighters inspect the wreckage of a minibus in Mazar-i-Sharif.",
    """
Two bombs hidden in passenger minibuses exploded minutes apart in Mazar-i-Sharif on Thursday afternoon, killing nine
people and wounding 13 others, the spokesman of the Taliban's police in Balkh province said.

The vans were carrying passengers, many of them Shia Hazaras, home from work. The Islamic State Khorasan Province
said in a statement that it had planted the bombs.

It was the third deadly attack in the north in eight days. A blast at the Seh Dokan Shia mosque in the same city
killed 31 people last Thursday, and at least 33 worshippers died when a bomb went off during Friday prayers at a
mosque in Kunduz's Imam Sahib district.

Taliban officials say the group's security forces have the Islamic State under control.
""",
    attack("2022-04-28", "AF", "AF-BAL", "Mazar-i-Sharif", ["bombing"], "Remote explosive/landmine/IED", killed=9,
           injured=13, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Minibus bombings in Mazar-i-Sharif, 28 Apr 2022",
    note="The Seh Dokan (31) and Imam Sahib (33) tolls are earlier attacks; the Taliban police are the speakers.",
    traps=[CONTEXT, SPEAKER], keys=["seh-dokan"])

add("w2-04", "dispatch", None,
    "A gurdwara under fire, and the last Sikhs of Kabul",
    "Durand Dispatch  |  Jun 19, 2022",
    "The gate of the Karte Parwan gurdwara after the attack.",
    """
Gunmen attacked the Karte Parwan gurdwara in Kabul early on Saturday morning, yesterday as I write. They threw
grenades at the gate, shot the guard and fought their way into the compound, where a car bomb later blew up
outside the wall.

By the Taliban interior ministry's account, a Sikh worshipper and a Taliban guard were killed and seven people
wounded. All three attackers were killed after several hours, said the ministry's spokesman, Abdul Nafi Takor. About
30 people were inside when the shooting began.

The Islamic State Khorasan Province claimed the attack the same day, presenting it as revenge for remarks about the
Prophet by two officials of India's ruling party.

Some context: in March 2020 an attack on another Kabul gurdwara killed 25 worshippers, and the community, which
numbered in the tens of thousands in the 1980s, is now down to perhaps 150 people.
""",
    attack("2022-06-18", "AF", "AF-KAB", "Karte Parwan", ["armed_assault", "bombing"], "Attack", killed=2, kp=3,
           injured=7, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Attack on the Karte Parwan gurdwara, Kabul, 18 Jun 2022",
    note="Killed 2 (a Sikh and a Taliban guard; the 'two' of 'two officials' makes score.py score it). "
         "The Taliban guard is a victim and the Taliban ministry the speaker; 25 (2020) and 150 are background. "
         "Date: byline Jun 19, 'Saturday ... yesterday' = 18 Jun. Judgement call: grenades, gunfire and a car "
         "bomb make a complex attack (Attack; armed_assault + bombing).",
    traps=[SPEAKER, CONTEXT, VICTIM])

add("w2-05", "meridian", "2022-04-17",
    "Taliban accuse Pakistan of deadly air strikes in Khost and Kunar",
    "By Meridian staff | April 17, 2022 2:40 PM GMT+4",
    "Residents of Spera district gather near damaged houses.",
    """
KABUL/ISLAMABAD, April 17 - Air strikes in two eastern Afghan provinces before dawn on Saturday killed 47 people,
most of them women and children, Taliban officials said, blaming Pakistani military aircraft.

A Taliban official in Khost said 41 people died when houses were hit in the Spera district near the border. In
Kunar, the provincial information department said five children and a woman were killed.

Taliban spokesman Zabihullah Mujahid condemned the strikes and warned Pakistan of "consequences". The Taliban
foreign ministry summoned Pakistan's ambassador. The Pakistani army did not confirm that it had carried out the
strikes; its foreign office said "terrorists" were using Afghan soil.

The strikes came two days after seven Pakistani soldiers were killed in an ambush in North Waziristan, which the
Pakistani Taliban claimed. The UN children's agency said 20 children were among the dead.
""",
    attack("2022-04-16", "AF", "AF-KHO", "Spera", ["airstrike"], "Air/drone strike", killed=47,
           perp="PAK_GOV", cert="attributed", raw="Pakistani military aircraft"),
    event="Pakistani air strikes in Khost and Kunar, 16 Apr 2022",
    note="The Taliban (de facto government) speak; the strike is attributed to Pakistan, which does not confirm. "
         "The ambush in North Waziristan (7 soldiers) is background; 20 children is a part of the toll.",
    traps=[STRIKE, SPEAKER, CONTEXT],
    credits="Reporting by Kabul and Islamabad bureaux; Editing by the Asia desk")

add("w2-06", "kohsar", "2022-12-13",
    "Gunmen storm Kabul hotel popular with Chinese visitors",
    "Kohsar news desk",
    "Smoke rises from the hotel building in Shahr-e-Naw.",
    """
Armed men attacked a hotel in Kabul's Shahr-e-Naw neighbourhood on Monday afternoon, setting off explosions and
fighting Taliban forces for hours in a building often used by Chinese businessmen.

Kabul's Taliban police spokesman, Khalid Zadran, said the three attackers had been killed and that two foreign
guests were injured when they jumped from windows to escape. The Italian-run Emergency hospital said it had received
21 people from the hotel, three of them dead on arrival; the Taliban said the dead were the attackers.

The Islamic State Khorasan Province said on Tuesday that two of its members had attacked the hotel. Chinese state
media said five Chinese citizens were hurt. Beijing advised its citizens to leave Afghanistan "as soon as possible".

Witnesses told Kohsar that the shooting continued after the Taliban announced that the operation was over.
""",
    attack("2022-12-12", "AF", "AF-KAB", "Shahr-e-Naw", ["armed_assault"], "Attack", kp=3, injured=18,
           perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Attack on the Kabul Longan hotel, Shahr-e-Naw, 12 Dec 2022",
    note="Foreigners attacked; the Taliban police speak. No victims died in this account (killed null); the "
         "hospital's three dead are the attackers. Injured 18 = 21 - 3 (not written, unscored); 2 and 5 are parts.",
    traps=[FOREIGN, SPEAKER, CONTEXT])

add("w2-07", "sarhad", None,
    "Seven killed as suicide bomber hits Shia mosque in Pul-e-Khumri",
    "Sarhad TV Afghanistan Desk | 13 October 2023",
    "Worshippers carry a wounded man from the mosque in Pul-e-Khumri.",
    """
A suicide bomber blew himself up among worshippers at the Imam Zaman Shia mosque in Pul-e-Khumri, the capital of
Baghlan province, during Friday prayers, killing seven people and wounding 15 others, a Taliban police spokesman said.

The Islamic State Khorasan Province said one of its fighters had carried out the bombing.

The attack came as the country was still reeling from the earthquakes that struck Herat province over the past week,
which the Taliban say killed more than 2,000 people.
""",
    attack("2023-10-13", "AF", "AF-BGL", "Pul-e-Khumri", ["suicide_bombing"], "Suicide bomb", killed=7,
           injured=15, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Imam Zaman Shia mosque bombing, Pul-e-Khumri, 13 Oct 2023",
    note="The Herat earthquake toll (2,000) is background. Date from the byline: Friday = 13 Oct.",
    traps=[CONTEXT], keys=["herat-quake"])

add("w2-08", "kohsar", None,
    "Suicide bomber strikes Taliban urban development ministry",
    "Kohsar | 13 February 2025",
    "Taliban guards block the road outside the ministry.",
    """
A suicide bomber attacked the Taliban's ministry of urban development and housing in central Kabul on Thursday,
killing one person and wounding several others, the Taliban's police spokesman in Kabul, Khalid Zadran, said.

The Islamic State Khorasan Province claimed the attack later in the day.

It was the second suicide attack on a Taliban target in three days: on Tuesday a bomber killed five people at a bank
branch in Kunduz where government employees were queuing for their salaries. In December the Taliban's refugees
minister, Khalil Haqqani, and five others were killed by a bomber inside his ministry.
""",
    attack("2025-02-13", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], "Suicide bomb", killed=1,
           perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Suicide bombing at the Ministry of Urban Development and Housing, Kabul, 13 Feb 2025",
    note="The ministry (Taliban) is the target and its police the speaker; the Kunduz bank (5) and Khalil "
         "Haqqani (6) are earlier attacks.",
    traps=[VICTIM, SPEAKER, CONTEXT], keys=["khalil"])

add("w2-09", "meridian", "2022-02-24",
    "Gunmen kill eight polio vaccinators in northern Afghanistan",
    "By Meridian staff | February 24, 2022 5:55 PM GMT+4",
    "A health worker gives polio drops to a child in Kunduz in a file photo.",
    """
KABUL, Feb 24 - Gunmen shot dead eight polio vaccination workers in four separate attacks in Kunduz and Takhar
provinces on Thursday, a Taliban official said, in the deadliest violence against the campaign since the Taliban took
power.

Four of the workers were killed in Kunduz city and nearby villages and the others in Takhar, the official said. No
group said it was behind the attacks.

The Taliban-run health ministry and the United Nations launched a nationwide house-to-house campaign in November
aimed at nearly 10 million children, the first in three years to reach every district. UNICEF and the World Health
Organization said they were "shocked and saddened" and that the campaign would continue.

Afghanistan and Pakistan are the last two countries where wild polio still circulates; Afghanistan recorded four
cases last year.
""",
    attack("2022-02-24", "AF", "AF-KDZ", "Kunduz", ["armed_assault"], "Attack", killed=8),
    event="Killings of polio workers in Kunduz and Takhar, 24 Feb 2022",
    note="Four attacks told as one event (eight dead); no claim, no blame: perpetrator null. 10 million and four "
         "cases are context numbers.",
    traps=[CONTEXT, SPEAKER])

add("w2-10", "dispatch", None,
    "Jalalabad: the Islamic State's answer to the new rulers",
    "Durand Dispatch  |  Sep 20, 2021",
    "A Taliban pickup truck destroyed in Jalalabad.",
    """
Three bombs went off in Jalalabad on Saturday, each aimed at a Taliban vehicle on patrol. Taliban officials in
Nangarhar said three people were killed and 20 wounded, among them fighters and children who were passing by.

A day later the Islamic State Khorasan Province claimed the bombings on its Amaq channel, the first attacks it has
acknowledged against the Taliban since they took Kabul five weeks ago.

A Taliban commander in the city shrugged it off when I reached him by phone: the "khawarij", he said, had been beaten
in Nangarhar before and would be beaten again. In 2019 the Islamic State group still had perhaps 2,000 fighters in
the province.
""",
    attack("2021-09-18", "AF", "AF-NAN", "Jalalabad", ["bombing"], "Remote explosive/landmine/IED", killed=3,
           injured=20, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Bombings of Taliban vehicles in Jalalabad, 18 Sep 2021",
    note="Taliban are the victims and speakers; 'khawarij' is the commander's word for ISKP (claimed anyway); "
         "2,000 fighters is background. Date: byline Sep 20, 'on Saturday' = 18 Sep.",
    traps=[VICTIM, KHAWARIJ, CONTEXT])

add("w2-11", "meridian", "2021-09-06",
    "Taliban say they have taken Panjshir, last holdout of resistance",
    "By Meridian staff | September 6, 2021 11:48 AM GMT+4",
    "Taliban fighters on a road into the Panjshir valley.",
    """
KABUL, Sept 6 - The Taliban said on Monday that their fighters had captured the Panjshir valley north of Kabul, the
last province holding out against them, after a week of fighting with the National Resistance Front.

"With this victory our country is completely taken out of the quagmire of war," Taliban spokesman Zabihullah Mujahid
told a news conference. Pictures on social media showed Taliban fighters in front of the governor's compound in
Bazarak.

The resistance front said its fighters were still in "strategic positions" in the valley and that the fight would
continue. Its spokesman, Fahim Dashti, was killed in the fighting on Sunday.

Neither side gave a toll for the week's fighting. The front's leader, Ahmad Massoud, is the son of the commander
who held the valley against the Soviet army and the first Taliban government.
""",
    attack("2021-09-06", "AF", "AF-PAN", "Bazarak", ["armed_assault"], "Armed clash", perp="TALIBAN",
           cert="claimed", raw="Taliban"),
    event="Taliban offensive that took the Panjshir valley, Sept 2021",
    note="Judgement call: the offensive is an Armed clash with the Taliban as the acting side (they claim it). "
         "The NRF is the defender; its spokesman killed is one of the dead, no toll given.",
    traps=[SPEAKER],
    credits="Reporting by Kabul bureau; Writing by the Dubai desk; Editing by the Asia desk")

add("w2-12", "sarhad", None,
    "Bomb on Kabul minibus kills five in Dasht-e-Barchi",
    "Sarhad TV Afghanistan Desk | 7 January 2024",
    "Residents look at the burnt minibus in western Kabul.",
    """
A bomb attached to a passenger minibus exploded in Kabul's Dasht-e-Barchi area on Saturday evening, killing five
people and wounding 15 others, the Taliban's police spokesman in Kabul said.

The Islamic State Khorasan Province said it had planted the bomb and claimed that 30 "Shia apostates" had been killed
or wounded, a figure far higher than the police count.

The mainly Hazara district has been hit repeatedly; in November a similar bomb on a minibus killed seven people
there.
""",
    attack("2024-01-06", "AF", "AF-KAB", "Dasht-e-Barchi", ["bombing"], "Remote explosive/landmine/IED", killed=5,
           injured=15, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Minibus bombing in Dasht-e-Barchi, Kabul, 6 Jan 2024",
    note="The claim's 30 killed or wounded and November's 7 are not this toll. Date: byline 7 Jan, 'on Saturday' "
         "= 6 Jan.",
    traps=[CONTEXT])

add("w2-13", "dispatch", "2025-10-19",
    "The cricketers of Urgun",
    "Durand Dispatch  |  Oct 19, 2025",
    "Club cricketers from Paktika in a photo posted by their board.",
    """
Three young men from Paktika who played club cricket were among eight people killed when Pakistani aircraft bombed
homes in the province's Urgun and Barmal districts late on Friday night, according to the Afghanistan Cricket Board.
They had played a friendly match in Sharana that day and were on their way home.

The board pulled Afghanistan out of next month's tri-series with Pakistan and Sri Lanka. Taliban spokesman Zabihullah
Mujahid said Pakistan had broken the truce agreed on Wednesday and that the dead were civilians.

Pakistani security officials told reporters that the Pakistani army had struck hideouts of the Hafiz Gul Bahadur
group, which they
blamed for a suicide car bombing on a camp in Mir Ali on Friday. Pakistan and the Taliban met in Doha on Saturday.
""",
    attack("2025-10-17", "AF", "AF-PKA", "Urgun", ["airstrike"], "Air/drone strike", killed=8,
           perp="PAK_GOV", cert="attributed", raw="Pakistani aircraft"),
    event="Pakistani air strikes in Urgun and Barmal, Paktika, 17 Oct 2025",
    note="The Taliban speak; Pakistan is named by the cricket board and by its own officials. The Hafiz Gul "
         "Bahadur group is the strike's target, blamed for Mir Ali (another attack). Three is a part of eight; "
         "tri-series teams are chrome of the story.",
    traps=[STRIKE, SPEAKER, CONTEXT])

add("w2-14", "kohsar", "2023-05-28",
    "Taliban and Iranian border guards exchange fire in Nimroz; three dead",
    "Kohsar news desk",
    "The Afghan-Iranian border crossing at Zaranj in a file photo.",
    """
Taliban forces and Iranian border guards fought with heavy weapons for several hours on Saturday at the border in
Nimroz province, and three people were killed: two Iranian guards and a Taliban fighter, according to both sides.

Iran's police said the Taliban had opened fire on an Iranian post. The Taliban's interior ministry said Iran had
fired first and that "the Islamic Emirate does not want war with its neighbours".

The clash came weeks after the two governments traded warnings over Iran's share of the Helmand river. Thousands of
Afghans cross this border every day to look for work in Iran.
""",
    attack("2023-05-27", "AF", "AF-NIM", "Nimroz", ["armed_assault"], "Armed clash", killed=3),
    event="Taliban-Iran border clash, Nimroz, 27 May 2023",
    note="Each government blames the other: perpetrator null (mutual blame, no claim).",
    traps=[SPEAKER, BLAME])

add("w2-15", "meridian", "2022-11-30",
    "Blast at religious school in northern Afghanistan kills at least 10",
    "By Meridian staff | November 30, 2022 4:03 PM GMT+4",
    "The damaged prayer hall of the madrasa in Aibak.",
    """
KABUL, Nov 30 - An explosion tore through a religious school in the northern city of Aibak on Wednesday, killing at
least 10 people, most of them students, a Taliban spokesman said.

The blast struck during midday prayers at the Jihadia madrasa in Samangan province. A doctor in Aibak said many of
the wounded were teenage boys.

No group claimed responsibility. The Islamic State has carried out several bombings at mosques and schools since the
Taliban took power.
""",
    attack("2022-11-30", "AF", "AF-SAM", "Aibak", ["bombing"], "Remote explosive/landmine/IED", killed=10),
    event="Jihadia madrasa bombing, Aibak, Samangan, 30 Nov 2022",
    note="No claim; the IS mention is background, not an attribution: perpetrator null.",
    traps=[SPEAKER])

add("w2-16", "sarhad", "2022-04-23",
    "33 killed in blast at Sufi mosque in Kunduz",
    "Sarhad TV Afghanistan Desk | Saturday 23 April 2022",
    "Relatives wait outside the hospital in Imam Sahib.",
    """
A bomb exploded during Friday prayers at the Mawlawi Sikandar mosque in the Imam Sahib district of Kunduz province on
Friday, killing 33 people, among them children, and wounding 43 others, the Taliban's spokesman for Kunduz said.

Worshippers had gathered for a zikr ceremony after the prayers. No group said it was responsible. A day earlier a
bombing at a Shia mosque in Mazar-i-Sharif killed 31 people and was claimed by the Islamic State.
""",
    attack("2022-04-22", "AF", "AF-KDZ", "Imam Sahib", ["bombing"], "Remote explosive/landmine/IED", killed=33,
           injured=43),
    event="Mawlawi Sikandar mosque bombing, Imam Sahib, Kunduz, 22 Apr 2022",
    note="Unclaimed; the IS claim belongs to the Mazar bombing (31), a different attack: perpetrator null.",
    traps=[CONTEXT], keys=["seh-dokan"])

add("w2-17", "kohsar", None,
    "Muharram bombing kills eight in Kabul's Shia neighbourhood",
    "Kohsar reporter in Kabul | 6 August 2022",
    "Mourners in black at a Muharram gathering in western Kabul.",
    """
A bomb exploded among Shia mourners in the Sar-e Kariz area of western Kabul on Friday evening, killing eight people
and wounding 18 others, Kabul's police spokesman said.

The Islamic State Khorasan Province claimed the attack, saying it had targeted "polytheists". Mourners had gathered
for the first days of Muharram.

On Saturday another blast hit a Shia gathering in the Pul-e-Sokhta area. Community elders said the Taliban had
promised to protect the Ashura ceremonies but had posted only a few guards.
""",
    attack("2022-08-05", "AF", "AF-KAB", "Sar-e Kariz", ["bombing"], "Remote explosive/landmine/IED", killed=8,
           injured=18, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Muharram bombing in Sar-e Kariz, Kabul, 5 Aug 2022",
    note="A second blast on Saturday is mentioned without a toll (the gold counts Friday's). Date: byline 6 Aug, "
         "Friday = 5 Aug.",
    traps=[SPEAKER])

add("w2-18", "dispatch", None,
    "Qala-e-Bakhtiar: another suicide bombing, another Taliban statement",
    "Durand Dispatch  |  Sep 3, 2024",
    "Taliban security forces at the scene in southern Kabul.",
    """
A suicide bomber blew himself up in the Qala-e-Bakhtiar area on the southern edge of Kabul on Monday, killing six
people and wounding 13 others, the Taliban's Kabul police spokesman said. Among the wounded were women.

The Islamic State Khorasan Province claimed the bombing in the evening, saying it had targeted employees of the
Taliban's prosecution office.

Zabihullah Mujahid promised that the "khawarij" would be "brought to justice". It is the same word the Taliban use
for the group every time, and the same promise. Washington has offered up to $10 million for information on the
group's leader,
Sanaullah Ghafari, and the United Nations says the group's attacks have killed several hundred civilians since 2021.
""",
    attack("2024-09-02", "AF", "AF-KAB", "Qala-e-Bakhtiar", ["suicide_bombing"], "Suicide bomb", killed=6,
           injured=13, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Qala-e-Bakhtiar suicide bombing, Kabul, 2 Sep 2024",
    note="'khawarij' is the Taliban's word for ISKP; victims are Taliban prosecution staff; the $10 million "
         "bounty is not a count. Date: byline Sep 3, "
         "Monday = 2 Sep.",
    traps=[KHAWARIJ, VICTIM, SPEAKER, CONTEXT])

add("w2-19", "meridian", "2023-06-08",
    "Bomb at funeral of Taliban deputy governor kills 11 in Badakhshan",
    "By Meridian staff | June 8, 2023 3:15 PM GMT+4",
    "Mourners outside the Nabawi mosque in Faizabad.",
    """
KABUL, June 8 - A bomb exploded in a mosque in Faizabad on Thursday during the funeral of the Taliban's deputy
governor of Badakhshan province, killing at least 11 people and wounding 30 others, a Taliban spokesman said.

Among the dead was Safiullah Samim, a former Taliban police chief of Baghlan province. The Islamic State Khorasan
Province claimed the bombing.

The deputy governor, Nisar Ahmad Ahmadi, and his driver had been killed on Tuesday when a car packed with explosives
rammed his vehicle in the provincial capital, an attack also claimed by the Islamic State. Six people were wounded in
that blast.
""",
    attack("2023-06-08", "AF", "AF-BDS", "Faizabad", ["bombing"], "Remote explosive/landmine/IED", killed=11,
           injured=30, perp="ISKP", cert="claimed", raw="Islamic State Khorasan Province"),
    event="Funeral bombing at the Nabawi mosque, Faizabad, Badakhshan, 8 Jun 2023",
    note="Taliban officials are the victims (a former police chief among them); Tuesday's car bomb (2 dead, 6 "
         "wounded) is a separate, earlier attack.",
    traps=[VICTIM, CONTEXT])


# ---------------------------------------------------------------- Pakistan
add("w2-20", "indus", None,
    "Three killed, over two dozen hurt in Anarkali blast",
    "Staff Reporter | Lahore | Published January 21, 2022",
    "Rescue 1122 workers at the site of the explosion near Pan Mandi.",
    """
LAHORE: At least three people, among them a nine-year-old boy, were killed and more than two dozen injured when a bomb
went off in a crowded lane of Pan Mandi near the Anarkali bazaar on Thursday afternoon, police and rescue officials
said.

The bomb had been planted on a motorcycle parked outside a bank, DIG Operations told reporters.

The Baloch Nationalist Army, a little-known separatist group, said in a message to journalists that it had carried
out the bombing.

Punjab's chief minister ordered an inquiry. The city's last major bombing was in June, when a car bomb outside a
house in Johar Town killed three people.
""",
    attack("2022-01-20", "PK", "PK-PB", "Anarkali", ["bombing"], "Remote explosive/landmine/IED", killed=3,
           perp="OTHER:baloch nationalist army", cert="claimed", raw="Baloch Nationalist Army"),
    event="Anarkali (Pan Mandi) bombing, Lahore, 20 Jan 2022",
    note="Claimed by a group not in actors.csv (named as written). The Johar Town toll (3) is "
         "context. Date: 'Thursday' under a 21 Jan byline = 20 Jan.",
    traps=[CONTEXT], section="Punjab")

add("w2-21", "sarhad", "2022-12-23",
    "Suicide car bomber kills policeman in Islamabad's I-10",
    "Sarhad TV Islamabad | 23 December 2022",
    "Police cordon off the burning car on Margalla Road side of I-10.",
    """
A suicide bomber blew up a car in Islamabad's I-10 sector on Friday morning after police stopped it at a checkpoint,
killing a head constable and wounding six people, four of them policemen, the capital police said.

A man and a woman were in the car; both died in the blast. The Tehreek-e-Taliban Pakistan claimed the attack in a
statement, its first in the capital since it called off its ceasefire last month.

The interior minister said the bomber had been heading for "an important target". Islamabad police put the city on
red alert and banned public gatherings for two weeks.
""",
    attack("2022-12-23", "PK", "PK-IS", "I-10", ["suicide_bombing"], "Suicide bomb", killed=1, kp=2, injured=6,
           perp="TTP", cert="claimed", raw="Tehreek-e-Taliban Pakistan"),
    event="I-10 suicide car bombing, Islamabad, 23 Dec 2022",
    note="Police are the victims and speakers; the two in the car are the attackers.",
    traps=[SPEAKER, CONTEXT])

add("w2-22", "indus", None,
    "Suicide attack on police truck guarding polio teams in Quetta kills three",
    "Our Correspondent | Quetta | Published December 1, 2022",
    "The overturned police truck near Baleli.",
    """
QUETTA: A suicide bomber rammed a police truck carrying officers assigned to protect polio vaccinators on the
outskirts of the city on Wednesday morning, killing three people and injuring 23, most of them policemen, officials
said.

The truck was on its way to the Baleli area, where a vaccination drive had just begun.

The banned Tehreek-e-Taliban Pakistan claimed the bombing, two days after the group announced the end of its truce
with the government. Balochistan's home minister said the attackers would not stop the campaign.
""",
    attack("2022-11-30", "PK", "PK-BA", "Baleli", ["suicide_bombing"], "Suicide bomb", killed=3, injured=23,
           perp="TTP", cert="claimed", raw="Tehreek-e-Taliban Pakistan"),
    event="Suicide bombing of a police truck escorting polio teams, Baleli, Quetta, 30 Nov 2022",
    note="Police are the victims. Date: 'Wednesday' under a 1 Dec byline.",
    traps=[SPEAKER], section="Balochistan")

add("w2-23", "indus", "2022-02-04",
    "Attacks on Noshki and Panjgur camps repulsed, ISPR says; four soldiers martyred",
    "Staff Reporter | Rawalpindi",
    "Security personnel outside the FC camp in Noshki.",
    """
RAWALPINDI: Security forces beat back two attacks on Frontier Corps camps in Noshki and Panjgur that began on
Wednesday night, the military's media wing said, killing 13 attackers, nine of them in Noshki and four in Panjgur.

Four soldiers were martyred in the fighting, the ISPR said. Clearance operations in Panjgur lasted into Friday.

The banned Balochistan Liberation Army claimed the attacks and said its fighters had killed more than 100 soldiers, a
figure the military dismissed as propaganda. The interior minister said the attackers had been in contact with
handlers in Afghanistan and India.

Last week 10 soldiers were martyred in an attack on a post in Kech district.
""",
    attack("2022-02-02", "PK", "PK-BA", "Noshki", ["armed_assault"], "Armed clash", killed=4, kp=13,
           perp="BLA", cert="claimed", raw="Balochistan Liberation Army"),
    event="BLA attacks on FC camps in Noshki and Panjgur, 2 Feb 2022",
    note="The claim's 100 soldiers and Kech's 10 are not the toll; the interior minister's 'handlers in "
         "Afghanistan and India' is not a perpetrator (the BLA claim is).",
    traps=[CONTEXT, SPEAKER], section="Balochistan")

add("w2-24", "dispatch", None,
    "Turbat: the third attack in a week",
    "Durand Dispatch  |  Mar 27, 2024",
    "The entrance of the naval air station in Turbat.",
    """
Late on Monday night gunmen tried to break into PNS Siddique, the naval air station in Turbat. The ISPR says the
attack was repulsed and all four attackers were killed; one Frontier Corps soldier died. The Majeed Brigade of the
Balochistan Liberation Army claimed it.

This was the third attack of its kind in a week. On 20 March eight attackers were killed at the Gwadar Port
Authority complex, and on Tuesday, hours after Turbat, a suicide bomber killed five Chinese engineers and their
Pakistani driver near Besham, more than a thousand kilometres away.

Beijing has asked Islamabad, again, to protect its 20,000 or so citizens in the country.
""",
    attack("2024-03-25", "PK", "PK-BA", "Turbat", ["armed_assault"], "Armed clash", killed=1, kp=4,
           perp="BLA", cert="claimed", raw="Majeed Brigade of the Balochistan Liberation Army"),
    event="Attack on the PNS Siddique naval air station, Turbat, night of 25 Mar 2024",
    note="Gwadar (8 attackers) and Besham (5 + 1) are other attacks of the week; 20,000 citizens is a count. "
         "Date: 'Monday night' under a Mar 27 byline = 25 Mar.",
    traps=[CONTEXT, FOREIGN], keys=["besham"])

add("w2-25", "meridian", "2023-08-13",
    "Pakistan says attack on Chinese convoy in Gwadar foiled, two militants killed",
    "By Meridian staff | August 13, 2023 7:20 PM GMT+5",
    "A road into Gwadar in a file photo.",
    """
ISLAMABAD, Aug 13 - Militants attacked a convoy carrying Chinese engineers in the southwestern port city of Gwadar on
Sunday, Pakistan's military said, adding that two attackers were killed and that no Chinese or soldiers were hurt.

The Balochistan Liberation Army said it had carried out the attack and claimed that four Chinese nationals and nine
soldiers were killed. The military denied this, and China's consulate in Karachi said none of its citizens were
harmed.

The convoy of 23 Chinese engineers was travelling from the airport to the port. China has invested billions of
dollars in Gwadar under the China-Pakistan Economic Corridor.
""",
    attack("2023-08-13", "PK", "PK-BA", "Gwadar", ["armed_assault"], "Armed clash", kp=2,
           perp="BLA", cert="claimed", raw="Balochistan Liberation Army"),
    event="BLA attack on a Chinese engineers' convoy, Gwadar, 13 Aug 2023",
    note="The claim's 4 Chinese and 9 soldiers are denied figures: killed null; 23 engineers is a count. "
         "Foreigners attacked, the state speaks.",
    traps=[CONTEXT, FOREIGN],
    credits="Reporting by Islamabad bureau; Additional reporting by Beijing newsroom; Editing by the Asia desk")

add("w2-26", "sarhad", None,
    "18 FC soldiers martyred in Mangochar attack, 12 khwarij killed: ISPR",
    "Sarhad TV Quetta | 1 February 2025",
    "Soldiers' coffins at a funeral prayer in Quetta.",
    """
Eighteen soldiers of the Frontier Corps were martyred when militants attacked a post in the Mangochar area of Kalat
district on Friday night, the ISPR said on Saturday. Twelve attackers were killed.

The ISPR called the attackers "khwarij of Fitna al-Hindustan", the term the state now uses for Baloch separatist
groups it says are backed by India. In a separate operation in Harnai, 11 more militants were killed.

The Balochistan Liberation Army claimed the attack on Mangochar. The prime minister said those behind the attack
would "pay a heavy price". At his year-end briefing in December the military's spokesman said 383 officers and
soldiers had been martyred in 2024 and 925 terrorists killed.
""",
    attack("2025-01-31", "PK", "PK-BA", "Mangochar", ["armed_assault"], "Armed clash", killed=18, kp=12,
           perp="BLA", cert="claimed", raw="Balochistan Liberation Army"),
    event="BLA attack on an FC post in Mangochar, Kalat, night of 31 Jan 2025",
    note="'khwarij of Fitna al-Hindustan' is the ISPR's word for the BLA (claimed); India is the state's "
         "allegation, not the perpetrator. Harnai (11) is a separate operation; 383 and 925 are last year's "
         "totals. Date: 'Friday night' under a 1 Feb byline = 31 Jan.",
    traps=[KHAWARIJ, CONTEXT, SPEAKER])

add("w2-27", "indus", "2025-03-17",
    "Five killed as convoy hit near Noshki; BLA claim of 90 dead rejected",
    "Our Correspondent | Noshki",
    "The damaged bus on the RCD highway near Noshki.",
    """
NOSHKI: Three Frontier Corps personnel and two civilians were killed and 10 others injured when a suicide bomber rammed
an explosives-laden car into a bus carrying FC personnel on the RCD highway near Noshki on Sunday, after which
gunmen fired on the convoy, officials said.

The Balochistan Liberation Army claimed the attack and said 90 soldiers had been killed. Government spokesman
Shahid Rind called the claim "a lie".

The attack came five days after the same group seized the Jaffar Express in Bolan, where 26 hostages died.
""",
    attack("2025-03-16", "PK", "PK-BA", "Noshki", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=5,
           injured=10, perp="BLA", cert="claimed", raw="Balochistan Liberation Army"),
    event="Suicide attack on an FC convoy near Noshki, 16 Mar 2025",
    note="Five (3 + 2, the sum written in the headline); the claim's 90 and Jaffar's 26 are not the toll.",
    traps=[CONTEXT, SPEAKER], section="Balochistan", keys=["jaffar"])

add("w2-28", "kohsar", None,
    "Seven barbers from Punjab shot dead while they slept near Gwadar",
    "Kohsar Pakistan desk | 9 May 2024",
    "Police outside the house in Surbandar where the men lived.",
    """
Gunmen burst into a house in Surbandar, a fishing town near Gwadar in Pakistan's Balochistan province, early on
Thursday and shot dead seven barbers who had come from Punjab to work, police said. One man was wounded.

No group said it carried out the killings. Pakistani officials have blamed Baloch separatists for a string of attacks
on workers from Punjab; last month gunmen took nine men off a bus near Noshki and killed them.
""",
    attack("2024-05-09", "PK", "PK-BA", "Surbandar", ["armed_assault"], "Attack", killed=7, injured=1),
    event="Killing of seven barbers from Punjab, Surbandar near Gwadar, 9 May 2024",
    note="Unclaimed; the general blame of separatists for earlier attacks is not an attribution of this one. "
         "Noshki (9) is background.",
    traps=[CONTEXT])

add("w2-29", "meridian", None,
    "Islamic State claims two bombings that killed 30 on eve of Pakistan vote",
    "By Meridian staff | February 8, 2024 | Updated",
    "Security officials at the election office in Khanozai, Pishin.",
    """
QUETTA, Pakistan, Feb 8 - Islamic State claimed responsibility for two bombings outside candidates' offices in
Balochistan that killed 30 people on Wednesday, the eve of Pakistan's general election.

The first blast, outside the office of an independent candidate in the Khanozai area of Pishin district, killed 18
people. About an hour later a bomb on a motorcycle exploded outside the office of the Jamiat Ulema-e-Islam party in
Qila Saifullah, killing 12. More than 40 people were wounded in the two attacks.

Nearly 130 million people were registered to vote on Thursday. Authorities suspended mobile phone services across the
country for the day, citing security.
""",
    attack("2024-02-07", "PK", "PK-BA", "Khanozai", ["bombing"], "Remote explosive/landmine/IED", killed=30,
           perp="IS", cert="claimed", raw="Islamic State"),
    event="Election office bombings in Pishin and Qila Saifullah, 7 Feb 2024",
    note="Two bombings (18 + 12): score.py sums killed over events, the gold is the total the text gives (30). "
         "130 million voters is a count. Date: 'Wednesday' in a Feb 8 dateline = 7 Feb.",
    traps=[CONTEXT],
    credits="Reporting by Quetta stringer; Writing by the Islamabad desk; Editing by the Asia desk")

add("w2-30", "dispatch", "2024-09-23",
    "A bomb on the road to Malam Jabba",
    "Durand Dispatch  |  Sep 23, 2024",
    "The police vehicle damaged in the blast near Malam Jabba.",
    """
On Sunday, a convoy carrying ambassadors and diplomats from 11 countries, on a trip organised by the Swat chamber of
commerce, was driving up to Malam Jabba when a roadside bomb exploded beside the police escort. One policeman was
killed and four were injured. The diplomats were unhurt and were driven back to Islamabad.

The Khyber Pakhtunkhwa government called it an attack on Pakistan's image, and the provincial police chief said the
bomb had been set off by remote control. Nobody has claimed it.

Swat was the Pakistani Taliban's stronghold until 2009; the question now asked in Mingora is whether the valley is
going back.
""",
    attack("2024-09-22", "PK", "PK-KP", "Malam Jabba", ["bombing"], "Remote explosive/landmine/IED", killed=1,
           injured=4),
    event="Roadside bomb on a diplomats' convoy escort, Malam Jabba, Swat, 22 Sep 2024",
    note="Foreigners attacked where the provincial authorities speak; unclaimed (the Pakistani Taliban are "
         "background): perpetrator null. 11 countries is a count.",
    traps=[FOREIGN, SPEAKER, CONTEXT])

add("w2-31", "indus", "2024-11-06",
    "Guard shoots, injures two Chinese nationals at Karachi factory",
    "Staff Reporter | Karachi",
    "Police outside the textile mill in Karachi.",
    """
KARACHI: A private security guard opened fire on two Chinese nationals at a textile mill in Karachi on Tuesday,
injuring both, police said. The guard was arrested at the scene.

Police said the guard had quarrelled with the two men over his duties a few days earlier and that the shooting
was not a terrorist attack. The Sindh home minister said the foreigners' security had been tightened.

Last month two Chinese engineers were killed in a suicide bombing near Karachi airport, claimed by the Balochistan
Liberation Army. Some 20,000 Chinese citizens work in Pakistan.
""",
    attack("2024-11-05", "PK", "PK-SD", "Karachi", ["armed_assault"], "Attack", injured=2,
           raw="a private security guard (personal dispute)"),
    event="Shooting of two Chinese nationals by a security guard, Karachi, 5 Nov 2024",
    note="Foreigners shot; the police and the province speak. The shooter is an individual: no group "
         "perpetrator. The BLA claim is for the airport bombing (background).",
    traps=[FOREIGN, SPEAKER, CONTEXT], section="Sindh", keys=["karachi-airport"])

add("w2-32", "sarhad", "2022-05-15",
    "Two Sikh traders shot dead in Peshawar",
    "Sarhad TV Peshawar | 15 May 2022",
    "Members of the Sikh community at the funeral in Peshawar.",
    """
Two Sikh shopkeepers were shot dead by gunmen on a motorcycle in the Sarband area of Peshawar on Sunday morning,
police said. The men, Kuljeet Singh and Ranjeet Singh, sold spices in the Bata Tal bazaar.

The Islamic State group claimed the killings through its Amaq news agency.

The city's Sikh community, about 15,000 people, has been targeted before: a Sikh healer was shot dead in his clinic
in September. Chief Minister Mahmood Khan ordered the arrest of the killers.
""",
    attack("2022-05-15", "PK", "PK-KP", "Sarband", ["armed_assault"], "Attack", killed=2, perp="IS",
           cert="claimed", raw="Islamic State group"),
    event="Killing of two Sikh traders in Sarband, Peshawar, 15 May 2022",
    note="15,000 is the community's size; the September killing is background.",
    traps=[CONTEXT])

add("w2-33", "indus", None,
    "Five killed as suicide bomber strikes mosque in Hangu police station",
    "Our Correspondent | Hangu | Published September 30, 2023",
    "The collapsed roof of the mosque in Doaba.",
    """
HANGU: A suicide bomber blew himself up in a mosque inside the Doaba police station during Friday prayers, bringing
down the roof and killing five people, officials said. Twelve others were injured.

A second attacker was shot dead at the gate of the police station before he could enter, police said. The banned
Tehreek-e-Taliban Pakistan denied any role.

The attack came hours after a bombing at an Eid Milad procession in Mastung killed 60 people.
""",
    attack("2023-09-29", "PK", "PK-KP", "Doaba", ["suicide_bombing"], "Suicide bomb", killed=5, kp=2,
           injured=12),
    event="Doaba police station mosque bombing, Hangu, 29 Sep 2023",
    note="The TTP denies; no claim: perpetrator null. Mastung (60) is the same day's other attack. Date: 'Friday' "
         "under a 30 Sep byline = 29 Sep.",
    traps=[BLAME, CONTEXT, SPEAKER], section="Khyber Pakhtunkhwa", keys=["mastung"])

add("w2-34", "kohsar", "2025-01-10",
    "Gunmen abduct 16 atomic energy workers in Lakki Marwat",
    "Kohsar Pakistan desk",
    "A burnt vehicle on the road in Kabul Khel.",
    """
Armed men seized 16 employees of the Pakistan Atomic Energy Commission on Thursday as they were driven to work at a
uranium mine in the Kabul Khel area of Lakki Marwat district, police in Khyber Pakhtunkhwa said. The attackers set
their vehicle on fire.

Eight of the workers were freed by security forces within hours. No group claimed the abduction; an armed group with
ties to the Pakistani Taliban is active in the area.
""",
    attack("2025-01-09", "PK", "PK-KP", "Kabul Khel", ["kidnapping"], "Abduction/forced disappearance"),
    event="Abduction of 16 Atomic Energy Commission workers, Lakki Marwat, 9 Jan 2025",
    note="Nobody killed: 16 and 8 are the abducted and freed. No claim; 'a group with ties to the Pakistani "
         "Taliban is active' is not an attribution. 'Kabul Khel' is a place in Pakistan, not Kabul.",
    traps=[CONTEXT])

add("w2-35", "meridian", "2021-01-04",
    "Islamic State claims killing of 11 Hazara coal miners in Pakistan",
    "By Meridian staff | January 4, 2021 9:02 AM GMT+5",
    "Hazara mourners sit beside coffins on a road in Quetta.",
    """
QUETTA, Pakistan, Jan 4 - Gunmen abducted 11 coal miners from the Shia Hazara community from their quarters near a mine
in the Mach area of Balochistan province early on Sunday, took them into the hills and shot them dead, officials said.

Islamic State claimed responsibility. Hundreds of Hazaras blocked a highway in Quetta with the coffins and said they
would not bury the men until Prime Minister Imran Khan came to meet them.

Hazaras in Quetta have been hit by dozens of attacks over two decades; in 2019 a bombing at a vegetable market killed
20 people.
""",
    attack("2021-01-03", "PK", "PK-BA", "Mach", ["armed_assault"], "Attack", killed=11, perp="IS",
           cert="claimed", raw="Islamic State"),
    event="Killing of 11 Hazara coal miners at Mach, Bolan, 3 Jan 2021",
    note="The 2019 toll (20) is background; 'dozens of attacks' is a series. Judgement call: abducted then "
         "shot is coded as the killing (Attack, armed_assault), not as an abduction.",
    traps=[CONTEXT])

add("w2-36", "indus", "2024-01-17",
    "Iranian strike kills two children in Panjgur, Pakistan warns of consequences",
    "Staff Reporter | Islamabad",
    "The foreign office building in Islamabad.",
    """
ISLAMABAD: Two children were killed and three girls injured when Iran struck a village near Panjgur in Balochistan on
Tuesday night, the Foreign Office said, condemning an "unprovoked violation" of Pakistan's airspace.

Iranian state media said missiles and drones had hit two bases of the Jaish al-Adl militant group. Pakistan recalled
its ambassador from Tehran and told Iran's envoy, who was visiting his country, not to return.

The Foreign Office spokesperson said Pakistan "reserves the right to respond".
""",
    attack("2024-01-16", "PK", "PK-BA", "Panjgur", ["airstrike"], "Air/drone strike", killed=2, injured=3,
           perp="OTHER:iran", cert="claimed", raw="Iran"),
    event="Iranian missile and drone strike near Panjgur, 16 Jan 2024",
    note="A foreign state's strike where the local government speaks: perpetrator Iran (not in actors.csv); "
         "Jaish al-Adl is the target.",
    traps=[STRIKE, SPEAKER], section="Balochistan")

add("w2-37", "kohsar", None,
    "Seven bus passengers from Punjab killed after gunmen check their identity cards in Barkhan",
    "Kohsar Pakistan desk | 19 February 2025",
    "The highway through Barkhan district.",
    """
Gunmen stopped a Punjab-bound passenger bus on the highway in Balochistan's Barkhan district on Tuesday night,
checked the identity cards of the passengers and shot seven men from Punjab dead, the deputy commissioner said.

No group claimed responsibility at first. In August gunmen killed 23 passengers in a similar attack in neighbouring
Musakhel district. Rights groups say both Baloch civilians and workers from Punjab are paying for the conflict.
""",
    attack("2025-02-18", "PK", "PK-BA", "Barkhan", ["armed_assault"], "Attack", killed=7),
    event="Killing of seven Punjabi bus passengers, Barkhan, 18 Feb 2025",
    note="Unclaimed; Musakhel (23) is background. Date: byline 19 Feb, 'Tuesday night' = 18 Feb.",
    traps=[CONTEXT], keys=["musakhel"])

add("w2-38", "sarhad", "2024-11-20",
    "12 soldiers martyred as suicide bomber hits Mali Khel checkpost in Bannu",
    "Sarhad TV Bannu | 20 November 2024",
    "Security forces on the road near Mali Khel.",
    """
Twelve soldiers were martyred when a suicide bomber drove an explosives-laden vehicle into a joint checkpost of the
army and the Frontier Constabulary in the Mali Khel area of Bannu on Tuesday, the ISPR said.

Six khwarij were killed by the soldiers in the fighting that followed, the ISPR said. A faction of the Hafiz Gul
Bahadur group claimed responsibility.

The Khyber Pakhtunkhwa government announced compensation for the soldiers' families. The Hafiz Gul Bahadur group's
fighters have been blamed for several attacks on checkposts in Bannu and North Waziristan this year.
""",
    attack("2024-11-19", "PK", "PK-KP", "Mali Khel", ["suicide_bombing"], "Suicide bomb", killed=12, kp=6,
           perp="OTHER:hafiz gul bahadur group", cert="claimed", raw="a faction of the Hafiz Gul Bahadur group"),
    event="Suicide car bombing of the Mali Khel checkpost, Bannu, 19 Nov 2024",
    note="'khwarij' is the ISPR's word for the attackers (killed); the claim names the Hafiz Gul Bahadur group.",
    traps=[KHAWARIJ])

add("w2-39", "indus", None,
    "Gunmen kill 21 miners in Duki coalfield attack",
    "Our Correspondent | Quetta | Published October 12, 2024",
    "Relatives collect bodies at the hospital in Duki.",
    """
QUETTA: Armed men attacked a cluster of small coal mines in Duki district late on Thursday night, firing rockets and
grenades at the miners' quarters and killing 21 workers, officials said on Friday. Seven others were injured.

The attackers also set fire to mining machinery. Three of the dead were Afghans, the deputy commissioner said.

No group claimed the attack. Duki has hundreds of small mines that employ thousands of workers from across the
province.
""",
    attack("2024-10-10", "PK", "PK-BA", "Duki", ["armed_assault"], "Attack", killed=21, injured=7),
    event="Attack on coal miners in Duki, night of 10/11 Oct 2024",
    note="Unclaimed. Judgement call on the date: 'late on Thursday night' = 10 Oct (some reports date it the "
         "11th). Three Afghans are a part of the toll.",
    traps=[CONTEXT], section="Balochistan")

add("w2-40", "dispatch", None,
    "Ratta Kulachi: a police school under siege",
    "Durand Dispatch  |  Oct 12, 2025",
    "The wall of the Police Training School after the attack.",
    """
On Friday night a truck loaded with explosives blew open the gate of the Police Training School in Ratta Kulachi, on
the edge of Dera Ismail Khan, and attackers ran in. It took police and commandos until Saturday afternoon to clear the
compound. Seven policemen were killed and 13 wounded; all six attackers died.

About 200 trainees and staff were inside when the siege began, and most were brought out through a back wall. The
provincial police blamed "Fitna al-Khawarij", the government's name for the Tehreek-e-Taliban Pakistan.

It was a bad week for the province. Two days earlier, 11 soldiers had been killed in an ambush in Orakzai.
""",
    attack("2025-10-10", "PK", "PK-KP", "Ratta Kulachi", ["suicide_bombing", "armed_assault"], "Suicide bomb",
           killed=7, kp=6, injured=13, perp="TTP", cert="attributed", raw="Fitna al-Khawarij (the TTP)"),
    event="Attack on the Police Training School, Ratta Kulachi, Dera Ismail Khan, 10 Oct 2025",
    note="Police attribute to 'Fitna al-Khawarij', glossed as the TTP: attributed. 200 inside and Orakzai's 11 are "
         "context. Date: byline Oct 12, 'Friday night' = 10 Oct.",
    traps=[KHAWARIJ, CONTEXT, SPEAKER])

add("w2-41", "meridian", "2021-08-21",
    "Suicide bomber targets Chinese convoy in Gwadar, two children killed",
    "By Meridian staff | August 21, 2021 1:12 AM GMT+5",
    "Security officials at the East Bay Expressway in Gwadar.",
    """
QUETTA, Pakistan, Aug 20 - A suicide bomber struck a vehicle carrying Chinese nationals on Gwadar's East Bay
Expressway on Friday, killing two children who were playing by the road and wounding a Chinese man, officials said.

The Balochistan Liberation Army said one of its members had carried out the attack. It was the second attack on
Chinese citizens in Pakistan in five weeks, after a bus bombing in northern Pakistan in July killed nine Chinese
engineers and four Pakistanis.
""",
    attack("2021-08-20", "PK", "PK-BA", "Gwadar", ["suicide_bombing"], "Suicide bomb", killed=2,
           perp="BLA", cert="claimed", raw="Balochistan Liberation Army"),
    event="Suicide bombing of a Chinese convoy on the East Bay Expressway, Gwadar, 20 Aug 2021",
    note="The Dasu bus (9 + 4) is background.",
    traps=[FOREIGN, CONTEXT])

add("w2-42", "sarhad", None,
    "Four FC personnel martyred in suicide attack on Quetta checkpost",
    "Sarhad TV Quetta | 5 September 2021",
    "Ambulances at the checkpost on Mastung Road.",
    """
A suicide bomber on a motorcycle struck a Frontier Corps checkpost on Mastung Road on the outskirts of Quetta on
Sunday, martyring four FC personnel and injuring 20 people, most of them FC men, police said.

The banned Tehreek-e-Taliban Pakistan claimed the attack. It comes three weeks after the Afghan Taliban took Kabul,
and officials have warned that Pakistani militants sheltering in Afghanistan could step up attacks.
""",
    attack("2021-09-05", "PK", "PK-BA", "Quetta", ["suicide_bombing"], "Suicide bomb", killed=4, injured=20,
           perp="TTP", cert="claimed", raw="Tehreek-e-Taliban Pakistan"),
    event="Suicide bombing of an FC checkpost on Mastung Road, Quetta, 5 Sep 2021",
    note="The Afghan Taliban are background (not the perpetrator). Date from the byline: Sunday = 5 Sep.",
    traps=[CONTEXT])

add("w2-43", "indus", "2022-11-17",
    "Six policemen martyred in Lakki Marwat ambush",
    "Our Correspondent | Lakki Marwat",
    "Policemen carry the coffin of a colleague in Lakki Marwat.",
    """
LAKKI MARWAT: Six policemen were martyred when militants ambushed a police van on patrol in the Shahab Khel area on
Wednesday morning, police said.

The attackers opened fire from both sides of the road and escaped with the policemen's weapons. The banned
Tehreek-e-Taliban Pakistan claimed the attack. Its ceasefire with the government, agreed in June, has been breaking
down for weeks.
""",
    attack("2022-11-16", "PK", "PK-KP", "Shahab Khel", ["armed_assault"], "Armed clash", killed=6,
           perp="TTP", cert="claimed", raw="Tehreek-e-Taliban Pakistan"),
    event="Ambush of a police van in Shahab Khel, Lakki Marwat, 16 Nov 2022",
    note="Police are victims and speakers; the June ceasefire is background.",
    traps=[SPEAKER], section="Khyber Pakhtunkhwa")

add("w2-44", "kohsar", "2024-04-13",
    "Gunmen kill 11 near Noshki after pulling men off a bus",
    "Kohsar Pakistan desk",
    "The N-40 highway near Noshki.",
    """
Armed men stopped a bus on the N-40 highway near Noshki in Balochistan on Friday night, took nine passengers off and
shot them dead after checking their identity cards, officials said. Two more people were killed when the gunmen
fired on a car nearby, bringing the toll to 11.

The passengers were on their way from Quetta to Taftan on the Iranian border. No group claimed the attack.
""",
    attack("2024-04-12", "PK", "PK-BA", "Noshki", ["armed_assault"], "Attack", killed=11),
    event="Killing of bus and car passengers on the N-40 near Noshki, 12 Apr 2024",
    note="Nine + two = 11 (written).",
    traps=[CHROME])


# ---------------------------------------------------------------- not attacks
add("w2-45", "kohsar", "2025-09-04",
    "Kunar earthquake: death toll passes 2,200 as aid struggles to reach mountain villages",
    "Kohsar news desk",
    "Villagers dig through a collapsed house in Kunar.",
    """
The death toll from the earthquake that struck eastern Afghanistan late on Sunday night has passed 2,200, the Taliban
said on Thursday, with more than 3,600 people injured, most of them in Kunar province.

The magnitude 6.0 quake hit near midnight, when families were asleep in mud-brick houses on steep slopes. Landslides
blocked the roads into several valleys, and the Taliban's defence ministry flew commandos in by helicopter.

Women trapped under the rubble waited longer for help, rescuers told Kohsar, because of rules that limit contact
between men and women who are not related. Aid agencies say their funding for Afghanistan has been cut by half this
year.
""",
    other("Natural disaster"),
    event="Kunar earthquake, 31 Aug 2025",
    note="A disaster: no attack. The helicopter commandos are rescuers.",
    traps=[CONTEXT])

add("w2-46", "sarhad", None,
    "19 dead as fuel tanker explodes near Salang tunnel",
    "Sarhad TV Afghanistan Desk | 19 December 2022",
    "Burnt-out vehicles near the southern mouth of the Salang tunnel.",
    """
A fuel tanker overturned and caught fire near the Salang tunnel north of Kabul on Sunday night, setting off an
explosion that killed at least 19 people and injured 32, Taliban officials in Parwan province said.

Several cars and a bus were trapped behind the tanker. The officials said the fire was an accident and that the
tunnel, the main road between Kabul and the north, was closed for hours.
""",
    other("Man-made disaster"),
    event="Fuel tanker fire near the Salang tunnel, Parwan, 18 Dec 2022",
    note="An accident with an 'explosion': no attack.",
    traps=[CONTEXT])

add("w2-47", "indus", "2022-01-09",
    "23 tourists dead as snowstorm traps thousands of cars in Murree",
    "Staff Reporter | Rawalpindi",
    "Cars buried in snow on the road to Murree.",
    """
RAWALPINDI: At least 23 people, among them children, died after a heavy snowstorm trapped thousands of vehicles on the
roads into the hill resort of Murree on Friday night and Saturday, officials said.

Most died of cold or were suffocated in their cars as snow piled up around them. Army troops and the Frontier Corps
were called in to clear the roads. The government declared Murree a disaster area.

More than 100,000 vehicles had entered the town in the days before the storm, the Punjab government said.
""",
    other("Natural disaster"),
    event="Murree snowstorm deaths, 7-8 Jan 2022",
    note="A disaster; troops are rescuers; 100,000 vehicles is a count.",
    traps=[CONTEXT], section="Punjab")

add("w2-48", "meridian", "2023-05-10",
    "Protesters storm army buildings after Imran Khan's arrest",
    "By Meridian staff | May 10, 2023 8:30 PM GMT+5",
    "Smoke rises from the Lahore corps commander's residence.",
    """
ISLAMABAD, May 10 - Supporters of former Prime Minister Imran Khan broke into army buildings and set fire to the
residence of a senior commander in Lahore after paramilitary forces arrested him at a court in Islamabad on Tuesday,
and clashes went on across Pakistan on Wednesday.

Crowds forced open a gate of the army headquarters in Rawalpindi. Police fired tear gas and rubber bullets, and at
least eight people had been killed in the clashes by Wednesday evening, hospital officials said.

The government called in the army to restore order in Punjab and Khyber Pakhtunkhwa and suspended mobile internet.
The military called the violence a "black chapter".
""",
    other("Violent demonstration"),
    event="9 May 2023 riots after Imran Khan's arrest",
    note="Riots and arson by protesters: Violent demonstration, not an attack (judgement call).",
    traps=[SPEAKER])

add("w2-49", "dispatch", "2025-11-08",
    "Istanbul: no deal, but the guns stay quiet",
    "Durand Dispatch  |  Nov 8, 2025",
    "Delegations at the talks in Istanbul.",
    """
The third round of talks between Pakistan and the Taliban in Istanbul ended on Friday without an agreement, Pakistan's
defence minister Khawaja Asif said. Islamabad wanted a written promise that the Taliban would act against the
Tehreek-e-Taliban Pakistan; Kabul said it could not be held responsible for Pakistan's security.

The ceasefire agreed in Doha last month still holds, both sides say. It ended a week of border fighting in October
in which Pakistan said 23 of its soldiers were killed and claimed it had killed more than 200 Taliban fighters.

Turkey and Qatar, the mediators, say they will keep talking to both.
""",
    other("Diplomatic event"),
    event="Pakistan-Afghanistan talks in Istanbul end without agreement, 7 Nov 2025",
    note="Talks; the October fighting (23, 200) is background.",
    traps=[CONTEXT])

add("w2-50", "indus", "2024-10-14",
    "Pashtun jirga in Khyber ends with demands to the state",
    "Our Correspondent | Jamrud",
    "Participants of the jirga at the venue in Jamrud.",
    """
JAMRUD: A three-day Pashtun national jirga in Khyber district ended on Sunday with a declaration demanding that the
state remove militants from the tribal districts and give the government two months to respond.

Tens of thousands of people attended the gathering, which was called by the Pashtun Tahaffuz Movement days after the
federal government banned the movement. The provincial government allowed it to go ahead after talks with the
organisers.

Speakers said thousands of Pashtuns had been killed in two decades of militancy and military operations. The jirga
ended peacefully.
""",
    other("Peaceful protest"),
    event="Pashtun Qaumi Jirga, Jamrud, Khyber, 11-13 Oct 2024",
    note="A peaceful gathering; the militancy's toll is background.",
    traps=[CONTEXT], section="Khyber Pakhtunkhwa")


def record(a):
    """The jsonl record of one article; the chrome's random choices are seeded by the id, so a rebuild is stable."""
    return {"id": a["id"], "style": a["site"], "text": render(a["site"], a, random.Random(a["id"])),
            "published": a["published"], "gold": a["gold"],
            "origin": {"event": a["event"], "note": a["note"], "traps": a["traps"]}}


def main():
    rows = [record(a) for a in ARTICLES]
    write_set(OUT, rows, expected=50)
    trapped = sum(any(t != CHROME for t in r["origin"]["traps"]) for r in rows)
    print(f"wrote {len(rows)} records: {sum(r['published'] is None for r in rows)} with published null, "
          f"{sum(not r['gold']['is_attack'] for r in rows)} non-attacks, {trapped} with a trap in the body")


if __name__ == "__main__":
    main()
