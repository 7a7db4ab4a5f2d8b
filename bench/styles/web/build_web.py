"""Build web_eval.jsonl: team-written web news articles as a site serves them, written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/web/build_web.py` after an edit.
Each article is written as a body (headline, byline, caption, paragraphs) and rendered with the chrome of its
(made-up) site: menu, ticker, share bar, the caption twice (image alt text and caption), an advertisement or
donation line, "related stories" headlines of OTHER attacks with their own tolls, newsletter and cookie lines.
The chrome is generated here so that every page of a site carries the same chrome, as real sites do.
Each record: id, style (the site), text, published, gold (dev fields + category + is_attack), origin.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

NON_ATTACK = dict(date=None, country=None, admin1=None, place=None, attack_types=[], killed=None,
                  killed_perpetrators=None, injured=None, perpetrator=None, perpetrator_certainty=None,
                  perpetrator_raw="", is_attack=False)


def g(date, country, admin1, place, types, category, killed=None, kp=None, injured=None,
      perp=None, cert=None, raw=""):
    return dict(date=date, country=country, admin1=admin1, place=place, attack_types=types, killed=killed,
                killed_perpetrators=kp, injured=injured, perpetrator=perp, perpetrator_certainty=cert,
                perpetrator_raw=raw, category=category, is_attack=True)


def na(category):
    return dict(NON_ATTACK, category=category)


# Made-up sites; each has its own chrome. `ticker` and `ad` are optional.
SITES = {
    "ledger": dict(
        top=["Skip to content", "The Margalla Ledger",
             "Home  Pakistan  World  Business  Sport  Opinion  E-Paper  Videos", "Search"],
        share="Share this: Facebook | X | WhatsApp | Email | Copy link",
        ad="Advertisement",
        related="Related Stories",
        bottom=["Comments are closed on this story.",
                "Subscribe to our morning briefing and get the day's top stories in your inbox.",
                "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy. "
                "Accept",
                "© The Margalla Ledger. All rights reserved."]),
    "frontier": dict(
        top=["Frontier Pulse", "Latest | Peshawar | Tribal Districts | Pakistan | Afghanistan | Videos | Urdu",
             "Breaking"],
        ticker=True,
        share="Share  Tweet  WhatsApp",
        ad="- Advertisement -",
        related="You may also like",
        bottom=["Follow Frontier Pulse on WhatsApp for breaking news.", "About us | Contact | Privacy policy",
                "Copyright Frontier Pulse"]),
    "amu": dict(
        top=["Amu Review", "Afghanistan  Region  Women  Human Rights  Opinion  دری  پښتو", "Donate"],
        share="Share on Facebook  Share on X  Share on Telegram",
        ad="Amu Review is independent and funded by its readers. Support our reporters inside Afghanistan: "
           "donate today. Even $5 a month keeps our journalists safe.",
        related="Read more",
        bottom=["Sign up for our weekly newsletter", "Amu Review © All rights reserved", "Cookie settings"]),
    "kabulline": dict(
        top=["Kabul Line", "Home | Afghanistan | Politics | Security | Economy | Sports | Videos | Contact",
             "Latest News"],
        ticker=True,
        share="Share: Facebook Twitter LinkedIn",
        related="Related Posts",
        bottom=["Download the Kabul Line app", "Tags: Afghanistan, Security", "Kabul Line - All rights reserved"]),
    "globe": dict(
        top=["Globe Desk", "World  Asia  US  Europe  Business  Tech  Climate  Video", "Sign in  Subscribe"],
        share="Share  Save  Print",
        ad="ADVERTISEMENT",
        related="More on Asia",
        bottom=["Our standards: this site republishes agency copy. Corrections policy.",
                "This website uses cookies. Manage preferences | Accept all",
                "Most read: 1. Markets slide  2. Storm warning  3. Election results"]),
    "bolan": dict(
        top=["Bolan Times", "Quetta | Balochistan | Pakistan | International | Editorial | E-Paper"],
        share="Share this story: Facebook X WhatsApp",
        ad="Advertisement",
        related="Also read",
        bottom=["Bolan Times | Quetta", "We value your privacy. This site uses cookies. OK"]),
}

# Headlines of OTHER real attacks, each with its own toll, as 'related stories' and tickers carry them.
RELATED = {
    "peshawar-mosque-2022": "Suicide bomber kills 63 at Shia mosque in Peshawar",
    "bajaur-2023": "Bajaur convention blast toll rises to 63",
    "dasu-2021": "Nine Chinese among 13 killed in Dasu bus blast",
    "kabul-school-2022": "Six killed in blasts at Kabul boys' school",
    "quetta-station-2024": "At least 26 killed in Quetta railway station bombing",
    "kandahar-bank-2024": "ISKP claims Kandahar bank bombing that killed 21",
    "besham-2024": "Five Chinese engineers killed in Besham suicide attack",
    "daraban-2023": "23 soldiers martyred as militants storm Daraban post",
    "daikundi-2024": "Gunmen kill 14 in Daikundi, Islamic State claims",
    "barmal-2024": "Taliban say Pakistani air strikes killed 46 in Paktika",
    "bamyan-2024": "Three Spanish tourists among six killed in Bamyan shooting",
    "kunduz-bank-2025": "Blast at Kunduz bank branch kills five",
    "karachi-airport-2024": "Two Chinese nationals killed in blast near Karachi airport",
    "khalil-2024": "Taliban minister Khalil Haqqani killed in Kabul suicide bombing",
    "balkh-2023": "Balkh governor killed in suicide attack on his office",
    "mastung-2023": "Death toll in Mastung procession bombing climbs to 60",
    "jaffar-2025": "Jaffar Express siege ends; 26 hostages and 33 attackers dead",
    "kurram-2024": "42 killed as gunmen ambush passenger convoy in Kurram",
    "police-lines-2023": "Peshawar Police Lines mosque blast toll reaches 100",
    "abbey-gate-2021": "Kabul airport bombing kills 13 US troops and scores of Afghans",
    "russian-embassy-2022": "Two Russian embassy staff killed in Kabul suicide bombing",
    "musakhel-2024": "Gunmen kill 23 passengers after checking ID cards in Musakhel",
    "mir-ali-2025": "13 soldiers martyred in Mir Ali car bombing",
    "kaaj-2022": "UN says 53 killed in Kabul education centre bombing",
    "islamabad-court-2025": "12 killed in suicide blast outside Islamabad court",
    "floods-2024": "Flash floods kill more than 300 in Baghlan",
    "mazar-mosque-2022": "31 killed in blast at Mazar-i-Sharif Shia mosque",
    "bannu-2025": "18 killed as suicide bombers strike Bannu cantonment",
}


def render(site, a, rng):
    """The page text as a site serves it after text extraction (newlines kept)."""
    s = SITES[site]
    own = a["event_key"]
    pool = [k for k in RELATED if k != own]
    related = rng.sample(pool, 3)
    lines = list(s["top"])
    if s.get("ticker"):
        lines.append("Trending: " + RELATED[related[0]])
    lines += [a["headline"], a["byline"], s["share"]]
    if a.get("caption"):
        lines += [a["caption"], a["caption"]]
    paras = a["body"]
    cut = min(2, len(paras))
    lines += paras[:cut]
    if s.get("ad"):
        lines.append(s["ad"])
    lines += paras[cut:]
    lines.append(s["related"])
    lines += [RELATED[k] for k in related[1:] if k != own] if s.get("ticker") else [RELATED[k] for k in related]
    lines += s["bottom"]
    return "\n".join(lines)


A = []


def add(rid, site, published, headline, byline, caption, body, gold, event, note="", key=""):
    paras = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    A.append({"id": rid, "site": site, "published": published, "headline": headline, "byline": byline,
              "caption": caption, "body": paras, "gold": gold, "event": event, "note": note, "event_key": key})


# ---------------------------------------------------------------- articles
add("web-01", "amu", None,
    "Taliban refugees minister Khalil Haqqani killed in Kabul blast",
    "Amu Review staff | 11 December 2024",
    "Taliban fighters stand guard near the Ministry of Refugees in Kabul. Photo: Amu Review",
    """
KABUL - Khalil-ur-Rahman Haqqani, the Taliban's minister for refugees and repatriation and an uncle of interior
minister Sirajuddin Haqqani, was killed on Wednesday in a suicide bombing inside his ministry in Kabul, Taliban
officials said.

A Taliban spokesman first said the minister had been "martyred along with several of his colleagues". Later in the
day a Taliban official told Amu that six people, including the minister, had been killed and several others
wounded.

Zabihullah Mujahid, the Taliban's chief spokesman, blamed the khawarij for the attack. The Islamic State Khorasan
Province claimed responsibility in a statement on its Amaq channel on Wednesday night, saying one of its fighters had
detonated his vest at a gathering in the minister's office.

Haqqani was a senior figure of the Haqqani network. The United States had offered a reward of up to $5 million for
information about him and designated him a terrorist in 2011.

He is the most senior Taliban official killed since the group returned to power in August 2021. In March 2023 a
suicide bomber killed the Taliban governor of Balkh, and in August 2022 a cleric close to the group, Rahimullah
Haqqani, was killed in a blast at his madrasa in Kabul. Both attacks were also claimed by the Islamic State group.
""",
    g("2024-12-11", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], "Suicide bomb", killed=6, perp="ISKP",
      cert="claimed", raw="Islamic State Khorasan Province"),
    "Suicide bombing that killed Khalil Haqqani, Kabul, 11 Dec 2024",
    "Victim is a Haqqani/Taliban leader (naming HAQQANI or TALIBAN as perpetrator is the worst error); bounty "
    "$5 million and earlier attacks are background; vague early figure then 6", key="khalil-2024")

add("web-02", "ledger", None,
    "Bajaur convention bombing: death toll climbs to 54",
    "Our Correspondent | Published July 31, 2023 | Updated 10:42pm",
    "Rescue workers carry an injured man to a hospital in Khar after the blast.",
    """
KHAR: The death toll from Sunday's suicide bombing at a workers' convention of the Jamiat Ulema-e-Islam-Fazl (JUI-F)
in Bajaur rose to 54 on Monday, officials said, as more of the wounded died in hospitals in Peshawar and Timergara.

Initial reports on Sunday evening had put the number of dead at "at least 35". Bajaur district health officer said
that nearly 200 people were being treated for their injuries, many of them in critical condition.

The Islamic State group claimed the attack through its Amaq news agency on Monday, saying one of its fighters had
detonated an explosive vest in the crowd. Provincial police said the Daesh Khorasan chapter had been targeting JUI-F
leaders in Bajaur for months.

The JUI-F has come under attack before: the party says 15 of its local leaders were killed in Bajaur alone in the
past year. Police said around 400 workers had been sitting in the tent when the bomb went off.

JUI-F chief Maulana Fazlur Rehman condemned the attack and asked the government to take action against the
perpetrators.
""",
    g("2023-07-30", "PK", "PK-KP", "Bajaur", ["suicide_bombing"], "Suicide bomb", killed=54, injured=200,
      perp="ISKP", cert="claimed", raw="Islamic State group"),
    "Bajaur JUI-F convention bombing, Khar, 30 Jul 2023 (toll on the day after)",
    "Early 35 -> 54; 'nearly 200' injured (best 200); 15 leaders in a year and 400 in the tent are context numbers",
    key="bajaur-2023")

add("web-03", "kabulline", "2024-05-18",
    "Three Spanish tourists among six killed in Bamyan shooting",
    "By Kabul Line reporter - May 18, 2024",
    "The Buddha niches in Bamyan, a popular destination for foreign visitors.",
    """
BAMYAN - Gunmen opened fire on a group of foreign tourists and their Afghan companions in the market of Bamyan
city on Friday afternoon, killing three Spanish nationals and three Afghans, officials of the Islamic Emirate said.

Abdul Mateen Qani, spokesman for the Ministry of Interior, said four other foreigners and three Afghans were wounded,
among them a Norwegian, an Australian and a Lithuanian. He said four suspects had been arrested by the security
forces of Bamyan province.

On Saturday the Islamic State Khorasan Province claimed the attack, saying its fighters had targeted "citizens of
Christian countries".

The provincial authorities of Bamyan condemned the shooting, calling it an attack on the guests of Afghanistan.
Bamyan, home to the niches of the Buddha statues destroyed in 2001, had been receiving a growing number of foreign
tourists.
""",
    g("2024-05-17", "AF", "AF-BAM", "Bamyan", ["armed_assault"], "Attack", killed=6, injured=7, perp="ISKP",
      cert="claimed", raw="Islamic State Khorasan Province"),
    "Bamyan shooting of foreign tourists, 17 May 2024",
    "Foreigners shot in a province: the province's authorities and the Islamic Emirate are the speakers, not the "
    "attackers. killed = 3 + 3 (written once as 'six' in the headline), injured 4 + 3", key="bamyan-2024")

add("web-04", "globe", None,
    "UN says 53 killed in Kabul education centre bombing",
    "By Agency staff | October 3, 2022 4:15 PM UTC | Updated",
    "Relatives mourn at a cemetery in western Kabul.",
    """
KABUL, Oct 3 - The United Nations mission in Afghanistan said on Monday that 53 people, 46 of them girls and young
women, were killed and 110 injured in the suicide bombing at the Kaaj education centre in the Dasht-e-Barchi area of
Kabul on Friday.

The Taliban-run police had on Friday put the toll at 19 dead and 27 wounded, and later said 25 had been killed. The
bomber struck a hall where hundreds of students were sitting a practice university entrance exam.

No group has claimed responsibility. The Islamic State group, which regards Shi'ite Muslims as heretics, has carried
out several attacks on the Hazara community in Dasht-e-Barchi, including a bombing at the Sayed ul-Shuhada girls'
school in May 2021 that killed more than 85 people.

Women protested in Kabul and Herat over the weekend, and some were dispersed by Taliban fighters.
""",
    g("2022-09-30", "AF", "AF-KAB", "Dasht-e-Barchi", ["suicide_bombing"], "Suicide bomb", killed=53, injured=110),
    "Kaaj education centre bombing, Kabul, 30 Sep 2022",
    "Police 19 -> 25 -> UN 53 (latest). Sayed ul-Shuhada (85) is background; IS named only as a background actor",
    key="kaaj-2022")

add("web-05", "frontier", "2022-03-05",
    "Death toll from Peshawar mosque bombing rises to 63",
    "Staff Report  |  March 5, 2022",
    "Volunteers clean the prayer hall of the mosque in Kocha Risaldar.",
    """
PESHAWAR: The number of people killed in Friday's suicide attack on a Shia mosque in the Kocha Risaldar area of
Peshawar's old city has risen to 63, officials at Lady Reading Hospital said on Saturday. Around 196 people were
wounded.

On Friday, police had said that at least 30 worshippers were killed when an attacker opened fire on police guards at
the entrance and then blew himself up inside the packed hall.

The Islamic State Khorasan claimed the bombing on Friday evening, naming the bomber as an Afghan national. Capital
city police officer Ijaz Khan said one police constable was among the dead.

It was the deadliest attack in Peshawar since the Army Public School massacre of December 2014, in which militants
of the Tehreek-e-Taliban Pakistan killed more than 140 people, most of them children.
""",
    g("2022-03-04", "PK", "PK-KP", "Kocha Risaldar", ["suicide_bombing"], "Suicide bomb", killed=63, injured=196,
      perp="ISKP", cert="claimed", raw="Islamic State Khorasan"),
    "Kocha Risaldar Shia mosque bombing, Peshawar, 4 Mar 2022",
    "Early 30 -> 63. APS 2014 (TTP, 140+) is background", key="peshawar-mosque-2022")

add("web-06", "bolan", None,
    "Quetta railway station blast: 26 dead, BLA claims responsibility",
    "Bolan Times News Desk  |  November 9, 2024",
    "Passengers' luggage lies scattered on the platform after the explosion.",
    """
QUETTA: A suicide bomber blew himself up on a crowded platform of the Quetta railway station on Saturday morning,
minutes before the Jaffar Express was to leave for Peshawar, killing at least 26 people, including soldiers, and
wounding 62, police and hospital officials said.

Early reports from the scene spoke of "more than 20" dead. SSP Operations Muhammad Baloch said the bomber had mingled
with about 100 passengers on the platform.

The banned Baloch Liberation Army claimed responsibility, saying its Majeed Brigade had targeted an army unit
returning from a course. The government spokesman for Balochistan, Shahid Rind, condemned the attack.

The BLA has stepped up attacks this year. In August, its fighters killed more than 50 people in coordinated attacks
across the province.
""",
    g("2024-11-09", "PK", "PK-BA", "Quetta", ["suicide_bombing"], "Suicide bomb", killed=26, injured=62,
      perp="BLA", cert="claimed", raw="The banned Baloch Liberation Army"),
    "Quetta railway station bombing, 9 Nov 2024",
    "100 passengers and August's 50 are context numbers; a government spokesman condemns (speaker)",
    key="quetta-station-2024")

add("web-07", "amu", "2023-03-09",
    "Taliban governor of Balkh killed in suicide bombing in his office",
    "Amu Review | March 9, 2023",
    "The governor's compound in Mazar-i-Sharif. Photo: social media",
    """
MAZAR-I-SHARIF - Mohammad Dawood Muzammil, the Taliban-appointed governor of Balkh province, was killed on Thursday
when a suicide bomber blew himself up in his office in Mazar-i-Sharif, Taliban officials said.

Mohammad Asif Waziri, the spokesman of the Balkh police, said three people, including the governor, were killed and
four others wounded. Taliban spokesman Zabihullah Mujahid said the governor had been martyred in "an explosion of the
enemies of Islam" and blamed the khawarij.

Islamic State Khorasan claimed responsibility through its news outlet later in the day. Muzammil had earlier served
as the Taliban's governor of Nangarhar, where he led a campaign against the group that killed hundreds of its
suspected members in 2021 and 2022.

He is the highest-ranking Taliban official to be killed since the group took power. In October 2022, an explosion at
a mosque inside the interior ministry compound in Kabul killed four people.
""",
    g("2023-03-09", "AF", "AF-BAL", "Mazar-i-Sharif", ["suicide_bombing"], "Suicide bomb", killed=3, injured=4,
      perp="ISKP", cert="claimed", raw="Islamic State Khorasan"),
    "Suicide bombing that killed Balkh governor Mohammad Dawood Muzammil, 9 Mar 2023",
    "Victim is a Taliban official; Taliban 'khawarij' = ISKP; 'hundreds' and the Oct 2022 toll (4) are background",
    key="balkh-2023")

add("web-08", "globe", "2022-09-05",
    "Two Russian embassy staff among six killed in Kabul suicide bombing",
    "By Agency staff | September 5, 2022 11:02 AM UTC",
    "Taliban fighters stand guard near the Russian embassy in Kabul.",
    """
KABUL, Sept 5 - A suicide bomber blew himself up near the entrance of the Russian embassy in Kabul on Monday, killing
two embassy employees and four Afghans, the Russian foreign ministry and Taliban police said.

Six people were killed and around 10 wounded, according to the Kabul police spokesman, Khalid Zadran, who said
guards had shot the attacker before he reached the gate where people were waiting for consular services.

The Islamic State group claimed the attack in a statement. Russia is one of the few countries to keep an embassy open
in Kabul since the Taliban took over in August 2021.
""",
    g("2022-09-05", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], "Suicide bomb", killed=6, injured=10,
      perp="ISKP", cert="claimed", raw="The Islamic State group"),
    "Russian embassy suicide bombing, Kabul, 5 Sep 2022",
    "Foreign victims; Taliban police are the speaker", key="russian-embassy-2022")

add("web-09", "ledger", "2024-03-27",
    "Five Chinese engineers, driver killed in Besham suicide attack",
    "Umar Farooq | March 27, 2024",
    "Security officials inspect the wreckage of the vehicle near Besham.",
    """
ISLAMABAD: Five Chinese nationals and their Pakistani driver were killed on Tuesday when a suicide bomber rammed an
explosive-laden car into their convoy near Besham in Shangla district, police said. The engineers were travelling
from Islamabad to the Dasu hydropower project.

Regional police chief Muhammad Ali Gandapur said the vehicle fell into a ravine after the blast. No group has claimed
responsibility, and the Tehreek-e-Taliban Pakistan denied involvement in a statement.

It was the third major attack on Chinese interests in Pakistan this year. In July 2021, nine Chinese workers were
among 13 people killed when a bus carrying them to the same dam site was bombed in Dasu.

China asked Pakistan to hunt down the perpetrators. Some 30,000 Chinese nationals work in Pakistan, many on projects
of the China-Pakistan Economic Corridor.
""",
    g("2024-03-26", "PK", "PK-KP", "Besham", ["suicide_bombing"], "Suicide bomb", killed=6),
    "Besham suicide attack on Chinese engineers, 26 Mar 2024",
    "killed 5 + 1 (sum, unscored); TTP only denies; Dasu 2021 (13) and 30,000 are context", key="besham-2024")

add("web-10", "kabulline", None,
    "Kandahar bank blast: toll rises to 21",
    "Kabul Line | Thursday, March 21, 2024",
    "Relatives wait outside Mirwais hospital in Kandahar city.",
    """
KANDAHAR - A suicide bomber struck a crowd of people waiting to collect their salaries outside a branch of New Kabul
Bank in Kandahar city on Thursday morning.

Inamullah Samangani, a spokesman of the Islamic Emirate, first said three people had been killed and 12 wounded.
By evening, doctors at Mirwais regional hospital said 21 people had been killed and 50 wounded, most of them members
of the Islamic Emirate's security forces who had come to draw their pay.

The Islamic State Khorasan Province later claimed the attack, saying it had targeted "Taliban militia". Kandahar is
the seat of the Taliban's supreme leader and rarely sees attacks of this size.
""",
    g("2024-03-21", "AF", "AF-KAN", "Kandahar", ["suicide_bombing"], "Suicide bomb", killed=21, injured=50,
      perp="ISKP", cert="claimed", raw="The Islamic State Khorasan Province"),
    "New Kabul Bank branch bombing, Kandahar, 21 Mar 2024",
    "Victims are Taliban members; early 3/12 -> 21/50", key="kandahar-bank-2024")

add("web-11", "frontier", "2025-06-29",
    "Mir Ali car bombing: toll rises to 16 soldiers; Gul Bahadur group claims attack",
    "Frontier Pulse | 29 June 2025",
    "A damaged military vehicle at the site of the attack in Mir Ali. Photo: Frontier Pulse",
    """
MIR ALI: The number of soldiers killed in Saturday's suicide car bombing on a military convoy in the Khadi area of
Mir Ali, North Waziristan, has risen to 16, security officials said on Sunday. The military's media wing had said
on Saturday that 13 soldiers were martyred and that ten soldiers and 19 civilians were wounded.

The ISPR blamed "Indian-sponsored khwarij" for the attack. A suicide squad of the Hafiz Gul Bahadur group claimed
responsibility in a statement to journalists.

The attack came three months after security forces said they had killed 16 khwarij trying to cross the border at
Ghulam Khan. Local elders said curfew had been imposed in parts of the district.
""",
    g("2025-06-28", "PK", "PK-KP", "Mir Ali", ["suicide_bombing"], "Suicide bomb", killed=16, injured=29,
      perp="OTHER:hafiz gul bahadur group", cert="claimed", raw="Hafiz Gul Bahadur group; khwarij"),
    "Mir Ali convoy suicide car bombing, 28 Jun 2025",
    "13 -> 16; injured 10 + 19 (sum, unscored); Ghulam Khan's 16 khwarij is another event. HGB claim (unlisted "
    "actor, OTHER key)", key="mir-ali-2025")

add("web-12", "globe", "2023-09-30",
    "Pakistan procession bombing kills 60; no claim of responsibility",
    "From wire reports | Published September 30, 2023",
    "Mourners at a funeral in Mastung, Balochistan.",
    """
QUETTA, Pakistan (AP) - The death toll from a suicide bombing at a procession marking the birthday of the Prophet
Muhammad in Mastung district of Balochistan rose to 60 on Saturday, officials said. About 70 people were wounded.

The bomber blew himself up on Friday near a police vehicle escorting the procession, killing a deputy superintendent
of police, Nawaz Gishkori, among others. Local officials initially said 52 had died.

No one claimed responsibility. The Pakistani Taliban denied involvement. In 2018, a suicide bombing claimed by the
Islamic State group at an election rally in Mastung killed 128 people.
""",
    g("2023-09-29", "PK", "PK-BA", "Mastung", ["suicide_bombing"], "Suicide bomb", killed=60, injured=70),
    "Mastung Eid Milad procession bombing, 29 Sep 2023",
    "52 -> 60; TTP denies; the 2018 Mastung bombing (IS, 128) is background", key="mastung-2023")

add("web-13", "amu", None,
    "Pro-Taliban cleric Rahimullah Haqqani killed in Kabul madrasa blast",
    "Amu Review | 11 August 2022",
    "Sheikh Rahimullah Haqqani in a 2020 video. Screenshot",
    """
KABUL - Sheikh Rahimullah Haqqani, a prominent cleric close to the Taliban, was killed on Thursday in a suicide
bombing at his religious school in Kabul, Taliban officials said.

According to a Taliban intelligence official, the attacker had hidden explosives in a plastic leg and detonated them
when he reached the cleric's office. Several students and guards were also killed, the official said, without
giving a number.

Islamic State claimed the killing, saying Haqqani had been a "tyrant" who spoke against the group. The cleric, known
for his opposition to the Islamic State, had survived an earlier bomb attack on his seminary in Peshawar in 2020 that
killed eight students.
""",
    g("2022-08-11", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], "Suicide bomb", perp="ISKP", cert="claimed",
      raw="Islamic State"),
    "Suicide bombing that killed Sheikh Rahimullah Haqqani, Kabul, 11 Aug 2022",
    "Victim is a Taliban-aligned cleric; the 2020 Peshawar seminary toll (8) is background; no toll for this event")

add("web-14", "ledger", None,
    "12 killed as suicide bomber strikes outside Islamabad district court",
    "Staff Reporter | November 11, 2025 | 8:55pm",
    "Police cordon off the area outside the G-11 judicial complex.",
    """
ISLAMABAD: A suicide bomber blew himself up outside the district and sessions court in the G-11 sector on Tuesday
afternoon, killing 12 people and wounding 27, Interior Minister Mohsin Naqvi said.

The minister said the bomber waited outside the gate for some 10 to 15 minutes and, unable to get inside, detonated
his vest next to a police vehicle. Most of the dead were litigants and passers-by.

Jamaat-ul-Ahrar, a faction of the banned Tehreek-e-Taliban Pakistan, claimed the attack in a message, while the
TTP's main spokesman denied any role. Government ministers blamed "Afghan-based khwarij".

The bombing came a day after militants stormed a cadet college in Wana, South Waziristan. The capital had not seen a
suicide bombing since 2023, when a bomber killed a policeman in I-10.
""",
    g("2025-11-11", "PK", "PK-IS", "Islamabad", ["suicide_bombing"], "Suicide bomb", killed=12, injured=27,
      perp="JUA", cert="claimed", raw="Jamaat-ul-Ahrar"),
    "Islamabad district court suicide bombing, 11 Nov 2025",
    "JuA claims, TTP denies, the government blames 'khwarij': the claim holds. Wana is another event",
    key="islamabad-court-2025")

add("web-15", "kabulline", "2025-02-12",
    "Five killed in suicide attack on Kunduz bank branch",
    "By Kabul Line - February 12, 2025",
    "Security forces of the Islamic Emirate at the scene in Kunduz city.",
    """
KUNDUZ - A suicide bomber attacked a branch of Kabul Bank in Kunduz city on Tuesday morning as employees of the
government and security forces queued to collect their salaries.

Kunduz police spokesman Mawlawi Mohammad Zamani said five people were killed and seven wounded. Other sources at the
provincial hospital put the toll higher.

Islamic State Khorasan claimed the attack on its Amaq channel, saying it had killed 25 "Taliban militants". The
Islamic Emirate's spokesman Zabihullah Mujahid condemned the attack and said its perpetrators would be punished.
""",
    g("2025-02-11", "AF", "AF-KDZ", "Kunduz", ["suicide_bombing"], "Suicide bomb", killed=5, injured=7,
      perp="ISKP", cert="claimed", raw="Islamic State Khorasan"),
    "Kabul Bank branch suicide bombing, Kunduz, 11 Feb 2025",
    "The claimed 25 is a claimed figure, never the toll; the police spokesman is the speaker",
    key="kunduz-bank-2025")

add("web-16", "globe", None,
    "Kabul airport bombing: US and Afghan toll climbs",
    "By Agency staff | August 28, 2021 9:40 AM UTC",
    "People wait outside Abbey Gate of Hamid Karzai International Airport on Thursday, before the blast.",
    """
KABUL, Aug 28 - The number of Afghans killed in Thursday's suicide bombing at the gates of Kabul airport has risen to
at least 170, health officials said on Saturday, in addition to 13 U.S. service members who died.

On Thursday evening, the first figures from Afghan officials spoke of "at least 60" Afghan dead. The Pentagon said 18
U.S. personnel were wounded.

Islamic State's Afghan branch, ISIS-K, claimed the attack, in which a suicide bomber struck crowds at the Abbey Gate.
U.S. President Joe Biden vowed to hunt down those responsible.

More than 100,000 people have been flown out of Kabul since the Taliban took over the city on Aug. 15. A Taliban
spokesman condemned the bombing and said it happened in an area under U.S. control.
""",
    g("2021-08-26", "AF", "AF-KAB", "Abbey Gate", ["suicide_bombing"], "Suicide bomb", killed=183, injured=18,
      perp="ISKP", cert="claimed", raw="ISIS-K"),
    "Abbey Gate bombing, Kabul airport, 26 Aug 2021",
    "170 + 13 (sum, unscored); 100,000 evacuated is context; US and Taliban are speakers",
    key="abbey-gate-2021")

add("web-17", "frontier", None,
    "Kurram convoy attack: 42 passengers killed",
    "Frontier Pulse | Thursday, 21 November 2024",
    "Vehicles of the convoy stand on the road in Bagan, Lower Kurram.",
    """
PARACHINAR: Gunmen ambushed a convoy of passenger vans travelling from Parachinar to Peshawar under police escort in
the Bagan area of Lower Kurram on Thursday, killing 42 people, including women and children, officials said. About
20 others were wounded.

Initial reports from the district administration had said "dozens" were feared dead. Deputy commissioner Javedullah
Mehsud said the convoy of some 200 vehicles was attacked from both sides of the road.

No group claimed responsibility. Sectarian clashes in Kurram have killed more than 150 people since July, and an
attack on another convoy in October killed 15.

Khyber Pakhtunkhwa Chief Minister Ali Amin Gandapur ordered an inquiry.
""",
    g("2024-11-21", "PK", "PK-KP", "Bagan", ["armed_assault"], "Attack", killed=42, injured=20),
    "Kurram passenger convoy ambush, Bagan, 21 Nov 2024",
    "'dozens' -> 42; 200 vehicles, 150 since July and October's 15 are context", key="kurram-2024")

add("web-18", "bolan", "2025-03-13",
    "Jaffar Express siege over: 26 hostages dead, all 33 attackers killed, says ISPR",
    "Bolan Times | March 13, 2025",
    "Rescued passengers arrive at Mach railway station.",
    """
QUETTA: The military said on Wednesday evening that the siege of the Jaffar Express in Bolan was over, a day and a
half after BLA fighters blew up the track near Dhadar and took the passengers of the Quetta-Peshawar train hostage.

Director General ISPR Lt Gen Ahmed Sharif Chaudhry said 26 hostages had been killed, 18 of them soldiers, and that all
33 attackers were killed in the clearance operation. More than 350 passengers were rescued. About 440 passengers were
on board when the train was attacked on Tuesday.

The banned Baloch Liberation Army, which claimed the hijacking, said it had killed 214 hostages, a figure the
military rejected.
""",
    g("2025-03-11", "PK", "PK-BA", "Dhadar", ["kidnapping", "bombing", "security_operation"], "Armed clash",
      killed=26, kp=33, perp="BLA", cert="claimed", raw="The banned Baloch Liberation Army"),
    "Jaffar Express hijacking, Bolan, 11-12 Mar 2025",
    "BLA's claimed 214 is a claim; 350 rescued and 440 on board are context", key="jaffar-2025")

add("web-19", "amu", "2024-09-13",
    "Islamic State claims killing of 14 Hazaras in Daikundi",
    "Amu Review | 13 September 2024",
    "Relatives of the victims at a funeral in Daikundi.",
    """
DAIKUNDI - Gunmen killed 14 people and wounded six on Thursday evening as residents gathered to welcome pilgrims
returning from Karbala, on the border of Daikundi and Ghor provinces, Taliban officials said.

Mustafa Hashimi, the spokesman of the Taliban's Daikundi governor, said the attackers had opened fire on the crowd.
The Islamic State Khorasan Province claimed responsibility on Friday, saying it had targeted Shias.

Hazara rights groups say the community has suffered more than a dozen deadly attacks since 2021. The United Nations
said the group was behind most of the 700 civilian deaths recorded in the first year of Taliban rule.
""",
    g("2024-09-12", "AF", "AF-DAY", "Daikundi", ["armed_assault"], "Attack", killed=14, injured=6, perp="ISKP",
      cert="claimed", raw="The Islamic State Khorasan Province"),
    "ISKP shooting of Hazaras in Daikundi, 12 Sep 2024",
    "700 civilian deaths is a series total (background)", key="daikundi-2024")

add("web-20", "ledger", "2021-04-22",
    "Five killed in car bombing at Quetta's Serena hotel",
    "Syed Ali Shah | April 22, 2021",
    "The damaged car park of the Serena hotel in Quetta.",
    """
QUETTA: At least five people were killed and 12 injured when an explosives-laden car blew up in the parking area of
the Serena hotel in Quetta late on Wednesday, Balochistan Home Minister Ziaullah Langove said.

China's ambassador to Pakistan was staying at the hotel but was attending a meeting elsewhere at the time, officials
said. The Tehreek-e-Taliban Pakistan claimed responsibility, saying the blast was a suicide attack.

The hotel, which hosts many foreign delegations, has some 100 rooms. Last year 20 people were killed in attacks in
Quetta, according to police figures.
""",
    g("2021-04-21", "PK", "PK-BA", "Quetta", ["bombing"], "Remote explosive/landmine/IED", killed=5, injured=12,
      perp="TTP", cert="claimed", raw="The Tehreek-e-Taliban Pakistan"),
    "Quetta Serena hotel car bombing, 21 Apr 2021",
    "'late on Wednesday' in a Thursday story -> 21 Apr; only the claim calls it a suicide attack (coded as a car "
    "bomb; class explosive either way); 100 rooms and last year's 20 are context")

add("web-21", "globe", "2021-07-16",
    "Pakistan says bus blast that killed nine Chinese was a bomb",
    "By Agency staff | July 16, 2021",
    "A bus carrying workers lies in a ravine near Dasu. File photo",
    """
ISLAMABAD, July 16 - Pakistan said on Thursday that traces of explosives had been found at the site of Wednesday's
bus blast near Dasu in Upper Kohistan, confirming that the explosion that killed nine Chinese nationals was a bomb
attack.

On Wednesday, the foreign ministry had described the incident as a mechanical failure that caused a gas leak. In
all, 13 people were killed - the nine Chinese, two soldiers and two Pakistani civilians - and 28 were injured when
the bus carrying workers to the Dasu hydropower dam plunged into a ravine.

No group claimed responsibility. Prime Minister Imran Khan's office said "hostile intelligence agencies" would not be
allowed to sabotage the China-Pakistan Economic Corridor.
""",
    g("2021-07-14", "PK", "PK-KP", "Dasu", ["bombing"], "Remote explosive/landmine/IED", killed=13, injured=28),
    "Dasu bus bombing, Upper Kohistan, 14 Jul 2021",
    "Early 'mechanical failure' later a bomb; foreign victims", key="dasu-2021")

add("web-22", "kabulline", None,
    "Daesh attack on Kabul military hospital kills 25",
    "Kabul Line | November 3, 2021",
    "Smoke rises over the Sardar Mohammad Daud Khan hospital in Kabul.",
    """
KABUL - Gunmen stormed the Sardar Mohammad Daud Khan military hospital in Kabul on Tuesday after two explosions at its
entrance, officials of the Islamic Emirate said.

Spokesman Zabihullah Mujahid said on Tuesday that 19 people had been killed and about 50 wounded, and that all the
attackers were killed by special forces within 15 minutes. On Wednesday, a health official told Kabul Line that the
toll had risen to 25.

Among the dead was Hamdullah Mokhlis, the Islamic Emirate's commander of the Kabul military corps and a member of the
Haqqani network. Daesh claimed responsibility, saying five of its fighters had attacked the hospital.

The same hospital was attacked in 2017, when gunmen dressed as doctors killed more than 30 people.
""",
    g("2021-11-02", "AF", "AF-KAB", "Kabul", ["suicide_bombing", "armed_assault"], "Attack", killed=25, injured=50,
      perp="ISKP", cert="claimed", raw="Daesh"),
    "Attack on the Sardar Daud Khan military hospital, Kabul, 2 Nov 2021",
    "19 -> 25; a Haqqani commander is among the dead (victim); the 2017 attack (30) is background; Islamic Emirate "
    "is the speaker. Category Attack (complex assault; Suicide bomb is defensible)")

add("web-23", "frontier", "2025-03-05",
    "Bannu cantonment attack: 18 dead as suicide bombers ram gate",
    "Frontier Pulse | 5 March 2025",
    "The wall of a mosque near the cantonment collapsed in the blasts.",
    """
BANNU: Eighteen people, 13 civilians and five soldiers, were killed on Tuesday evening when two suicide bombers rammed
explosive-laden vehicles into the wall of the Bannu cantonment and gunmen tried to enter, the ISPR said on
Wednesday. All 16 attackers were killed by troops, the military said, calling them khwarij.

The blasts damaged a nearby mosque and houses. At least 32 people were injured, hospital officials said.

Jaish al-Fursan, a group linked to the Hafiz Gul Bahadur faction, claimed responsibility for the attack in a
message to journalists. The attack came as people were breaking their Ramadan fast.
""",
    g("2025-03-04", "PK", "PK-KP", "Bannu", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=18, kp=16,
      injured=32, perp="OTHER:jaish al fursan", cert="claimed", raw="Jaish al-Fursan; khwarij"),
    "Bannu cantonment attack, 4 Mar 2025", "Claim by an unlisted group (OTHER key)", key="bannu-2025")

add("web-24", "amu", None,
    "Gunman kills six worshippers at Sufi mosque in Baghlan",
    "Amu Review | 30 April 2024",
    "Worshippers at a mosque in Baghlan province. File photo",
    """
BAGHLAN - A gunman opened fire on worshippers at a Sufi mosque in the Nahrin district of Baghlan province on Monday
evening, killing six people, including the mosque's imam, and wounding one, the Taliban's interior ministry said.

Abdul Mateen Qani, the ministry's spokesman, said the attacker had entered the mosque during evening prayers and
that a search was under way. No group claimed the attack. A local source told Amu that the attacker fled on a
motorcycle.

Floods had killed more than 300 people in Baghlan the previous month, local officials have said.
""",
    g("2024-04-29", "AF", "AF-BGL", "Nahrin", ["armed_assault"], "Attack", killed=6, injured=1),
    "Shooting at a Sufi mosque in Nahrin, Baghlan, 29 Apr 2024",
    "Floods toll is context (and chronologically wrong as outlets sometimes are: it does not matter to the gold). "
    "Interior ministry is the speaker")

add("web-25", "globe", "2023-01-12",
    "Islamic State claims bombing outside Afghan foreign ministry",
    "By Agency staff | January 12, 2023",
    "Taliban fighters block a road leading to the foreign ministry in Kabul.",
    """
KABUL, Jan 12 - Islamic State claimed responsibility for a suicide bombing outside the Taliban-run foreign ministry in
Kabul on Wednesday, saying in a statement that it had killed 20 employees.

Kabul police spokesman Khalid Zadran said five civilians were killed and several wounded when the bomber was stopped
at a checkpoint near the ministry gate. The Taliban did not give any other figures.

The group has carried out dozens of attacks since the Taliban took power in 2021, including a bombing at Kabul's
military airport on Jan. 1.
""",
    g("2023-01-11", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], "Suicide bomb", killed=5, perp="ISKP",
      cert="claimed", raw="Islamic State"),
    "Suicide bombing outside the Taliban foreign ministry, Kabul, 11 Jan 2023",
    "The claim's 20 is a claimed figure; the police figure (5) is the toll")

add("web-26", "ledger", "2023-07-13",
    "Nine soldiers martyred in Zhob garrison attack",
    "Saleem Shahid | July 13, 2023",
    "A view of the Zhob cantonment. File photo",
    """
QUETTA: Nine soldiers were martyred when heavily armed militants attacked the Zhob garrison in the early hours of
Wednesday, the military's media wing said, revising its earlier toll of four. Five attackers were killed in a
clearance operation that lasted into the afternoon.

The newly emerged Tehreek-e-Jihad Pakistan claimed responsibility. Army chief Gen Asim Munir, who visited the
garrison, said the army had "serious concerns" over safe havens in Afghanistan.

In a separate attack on the same day in Sui, Dera Bugti, three soldiers were killed. Twelve soldiers had died in
attacks in Balochistan during the previous month, according to security officials.
""",
    g("2023-07-12", "PK", "PK-BA", "Zhob", ["armed_assault"], "Armed clash", killed=9, kp=5, perp="TJP",
      cert="claimed", raw="Tehreek-e-Jihad Pakistan"),
    "Zhob garrison attack, 12 Jul 2023",
    "4 -> 9. The Sui attack (3) is a second event: killed summed by score.py over events, so a correct second event "
    "gives 12 (gold counts Zhob only; a judgement call that the tuning engineer should know)")

add("web-27", "bolan", None,
    "Gwadar port authority complex attack foiled, eight attackers killed",
    "Bolan Times | 20 March 2024",
    "Security personnel outside the Gwadar Port Authority complex.",
    """
GWADAR: Eight militants who stormed the Gwadar Port Authority complex on Wednesday afternoon were killed by security
forces, the ISPR said. Two soldiers were martyred in the exchange of fire.

The attackers, armed with automatic weapons and hand grenades, tried to enter the complex, which houses offices of
government departments and is close to projects run by Chinese companies.

The banned Baloch Liberation Army's Majeed Brigade claimed the attack. The military called the attackers "terrorists
of Fitna al Hindustan".
""",
    g("2024-03-20", "PK", "PK-BA", "Gwadar", ["armed_assault"], "Armed clash", killed=2, kp=8, perp="BLA",
      cert="claimed", raw="Baloch Liberation Army's Majeed Brigade"),
    "Gwadar Port Authority complex attack, 20 Mar 2024")

add("web-28", "kabulline", "2022-09-03",
    "Prominent cleric Mujib-ur-Rahman Ansari among 18 killed in Herat mosque blast",
    "By Kabul Line - September 3, 2022",
    "Worshippers outside the Guzargah mosque in Herat.",
    """
HERAT - A powerful explosion during Friday prayers at the Guzargah mosque in Herat city killed 18 people, including
the prominent pro-Taliban cleric Mujib-ur-Rahman Ansari, and wounded 21, officials of the Islamic Emirate said.

A local official said a man had embraced the cleric and detonated explosives hidden under his clothes. Ansari had
called for those who opposed the Islamic Emirate to be beheaded.

No group claimed responsibility for the bombing. Zabihullah Mujahid, the Islamic Emirate's spokesman, said the
perpetrators would be punished.
""",
    g("2022-09-02", "AF", "AF-HER", "Guzargah", ["suicide_bombing"], "Suicide bomb", killed=18, injured=21),
    "Guzargah mosque bombing that killed Mujib-ur-Rahman Ansari, Herat, 2 Sep 2022",
    "Victim is a pro-Taliban cleric; no claim", key="")

add("web-29", "globe", "2021-10-16",
    "Islamic State claims bombing of Kandahar Shi'ite mosque",
    "From wire reports | October 16, 2021 | 6 min read",
    "Men inspect the inside of the Bibi Fatima mosque in Kandahar.",
    """
KANDAHAR, Afghanistan (AFP) - Islamic State claimed responsibility on Saturday for the suicide bombing of a Shi'ite
mosque in the southern Afghan city of Kandahar, in which at least 47 people were killed during Friday prayers.

A doctor at Mirwais hospital said on Friday that 32 bodies had been brought in; Taliban officials later put the toll
at 47 dead and more than 70 wounded. Two suicide bombers attacked the Bibi Fatima mosque, the group said.

It was the second attack on a Shi'ite mosque in a week. Last Friday, a suicide bomber killed more than 50 people at a
mosque in Kunduz.
""",
    g("2021-10-15", "AF", "AF-KAN", "Kandahar", ["suicide_bombing"], "Suicide bomb", killed=47, injured=70,
      perp="ISKP", cert="claimed", raw="Islamic State"),
    "Bibi Fatima Shia mosque bombing, Kandahar, 15 Oct 2021",
    "32 -> 47; Kunduz (50) a week earlier is background")

add("web-30", "amu", "2021-10-09",
    "Dozens killed in suicide bombing at Kunduz Shia mosque",
    "Amu Review | 9 October 2021",
    "The damaged interior of the Gozar-e-Sayed Abad mosque in Kunduz.",
    """
KUNDUZ - A suicide bomber blew himself up among worshippers during Friday prayers at the Gozar-e-Sayed Abad mosque of
the Shia community in Kunduz city, killing dozens.

Local residents and a health worker first said that at least 46 people had been killed. On Saturday a Taliban official
in Kunduz said the death toll had risen to 55, with 143 wounded.

The Islamic State Khorasan claimed the bombing, identifying the attacker as a Uyghur Muslim. The Taliban, who took
power in August, promised to protect Shia Afghans.
""",
    g("2021-10-08", "AF", "AF-KDZ", "Kunduz", ["suicide_bombing"], "Suicide bomb", killed=55, injured=143,
      perp="ISKP", cert="claimed", raw="The Islamic State Khorasan"),
    "Gozar-e-Sayed Abad Shia mosque bombing, Kunduz, 8 Oct 2021", "dozens -> 46 -> 55")

add("web-31", "frontier", None,
    "Maulana Hamidul Haq among eight killed in Darul Uloom Haqqania blast",
    "Frontier Pulse | Friday, 28 February 2025",
    "Students gather outside the main mosque of Darul Uloom Haqqania in Akora Khattak.",
    """
NOWSHERA: A suicide bomber struck the main mosque of the Darul Uloom Haqqania seminary in Akora Khattak after Friday
prayers, killing Maulana Hamidul Haq Haqqani, the head of his faction of the Jamiat Ulema-e-Islam, and seven other
people, police said. About 20 people were wounded.

Khyber Pakhtunkhwa police chief Zulfiqar Hameed said Maulana Hamidul Haq had been the target. Early reports had
spoken of five dead. The seminary, once run by his father Maulana Samiul Haq, is known as the "university of jihad"
because many Afghan Taliban leaders studied there.

No one claimed responsibility. The Afghan Taliban government condemned the attack. Maulana Samiul Haq was himself
stabbed to death at his home in Rawalpindi in 2018.
""",
    g("2025-02-28", "PK", "PK-KP", "Akora Khattak", ["suicide_bombing"], "Suicide bomb", killed=8, injured=20),
    "Darul Uloom Haqqania bombing, Akora Khattak, 28 Feb 2025",
    "5 -> 8 (1 + 7, 'seven other people': unscored sum); the Afghan Taliban only condemn; Samiul Haq 2018 background")

add("web-32", "globe", "2021-05-09",
    "Afghan government blames Taliban for Kabul school bombing; Taliban deny",
    "By Agency staff | May 9, 2021 2:10 PM UTC",
    "Schoolbooks and bags lie on the ground after the blasts in Dasht-e-Barchi.",
    """
KABUL, May 9 - The death toll from Saturday's bombing outside the Sayed ul-Shuhada girls' school in western Kabul rose
to 85 on Sunday, most of them schoolgirls, and 147 people were wounded, an interior ministry spokesman said.

A car bomb exploded in front of the school as students were leaving, followed by two more bombs, officials said.

President Ashraf Ghani's office blamed the Taliban. A Taliban spokesman, Zabihullah Mujahid, denied any involvement
and condemned the attack, saying the Islamic State group could be responsible. No group has claimed it.
""",
    g("2021-05-08", "AF", "AF-KAB", "Dasht-e-Barchi", ["bombing"], "Remote explosive/landmine/IED", killed=85,
      injured=147),
    "Sayed ul-Shuhada girls' school bombing, Kabul, 8 May 2021",
    "Blame and denial: perpetrator null (mutual blame, as blind2)")

add("web-33", "ledger", "2022-04-27",
    "Woman suicide bomber kills three Chinese teachers at Karachi University",
    "Imtiaz Ali | April 27, 2022",
    "CCTV still showing the moment of the explosion near the Confucius Institute van.",
    """
KARACHI: A woman suicide bomber blew herself up next to a van carrying staff of the Confucius Institute at the
University of Karachi on Tuesday afternoon, killing three Chinese teachers and their Pakistani driver, police said.
Four people were killed and four were injured, among them a Chinese national and a ranger guarding the van.

The Baloch Liberation Army said its Majeed Brigade carried out the attack, and named the bomber as Shari Baloch, a
science teacher and mother of two. It was the first time the group used a woman suicide bomber.

Sindh Chief Minister Murad Ali Shah visited the Chinese consulate to offer condolences.
""",
    g("2022-04-26", "PK", "PK-SD", "Karachi", ["suicide_bombing"], "Suicide bomb", killed=4, injured=4,
      perp="BLA", cert="claimed", raw="The Baloch Liberation Army"),
    "Karachi University Confucius Institute bombing, 26 Apr 2022", "Foreign victims")

add("web-34", "kabulline", None,
    "31 killed in explosion at Seh Dokan mosque in Mazar-i-Sharif",
    "Kabul Line | April 21, 2022",
    "Rescue workers carry a body from the Seh Dokan mosque.",
    """
MAZAR-I-SHARIF - An explosion tore through the Seh Dokan mosque of the Shia community in Mazar-i-Sharif during the
noon prayer on Thursday, killing 31 worshippers and wounding 87, Balkh health officials said.

Islamic State Khorasan claimed the bombing. The attack came two days after two blasts outside the Abdul Rahim Shahid
high school in Kabul killed six people.

Balkh police spokesman Asif Waziri said investigations were under way.
""",
    g("2022-04-21", "AF", "AF-BAL", "Mazar-i-Sharif", ["bombing"], "Remote explosive/landmine/IED", killed=31,
      injured=87, perp="ISKP", cert="claimed", raw="Islamic State Khorasan"),
    "Seh Dokan mosque bombing, Mazar-i-Sharif, 21 Apr 2022", "Kabul school (6) is background",
    key="mazar-mosque-2022")

add("web-35", "frontier", None,
    "17 dead in blasts at Kabal CTD police station; IG says no terrorism",
    "Frontier Pulse | Tuesday, 25 April 2023",
    "Rubble of the collapsed CTD building in Kabal, Swat.",
    """
SWAT: Two blasts at the Counter Terrorism Department police station in Kabal, Swat, on Monday night killed 17 people,
most of them policemen, and injured more than 50, officials said.

Initially officials said the building had been attacked. On Tuesday, Khyber Pakhtunkhwa Inspector General Akhtar
Hayat Khan said the blasts were caused by ammunition and explosives stored in the building that caught fire, possibly
because of an electrical short circuit, and that there was no evidence of a terrorist attack.

The building housed a large stock of explosives seized in operations over many years, police said.
""",
    na("Man-made disaster"),
    "Kabal CTD police station explosions, Swat, 24 Apr 2023",
    "Non-attack per the final account (stored ammunition), after an early 'attack' report")

add("web-36", "bolan", None,
    "Suicide bomber kills 15 after BNP rally in Quetta; Islamic State claims attack",
    "Bolan Times | September 3, 2025",
    "Party workers outside Shahwani stadium in Quetta.",
    """
QUETTA: A suicide bomber blew himself up in the parking area of Shahwani stadium as supporters of the Balochistan
National Party were leaving a rally on Tuesday night, killing 15 people and wounding about 30, officials said.

BNP chief Sardar Akhtar Mengal, who had addressed the rally, was unhurt. The Islamic State Khorasan claimed the
bombing on Wednesday.

The government spokesman of Balochistan said "Fitna al Hindustan" was trying to destabilise the province. The rally
marked the death anniversary of former chief minister Sardar Ataullah Mengal.
""",
    g("2025-09-02", "PK", "PK-BA", "Quetta", ["suicide_bombing"], "Suicide bomb", killed=15, injured=30,
      perp="ISKP", cert="claimed", raw="The Islamic State Khorasan"),
    "Suicide bombing after a BNP rally at Shahwani stadium, Quetta, 2 Sep 2025",
    "The provincial government blames 'Fitna al Hindustan' but the group's claim holds")

add("web-37", "amu", "2023-11-08",
    "Seven killed in bombing of minibus in Kabul's Dasht-e-Barchi",
    "Amu Review | 8 November 2023",
    "The burned minibus in Dasht-e-Barchi.",
    """
KABUL - A bomb attached to a minibus exploded in the Dasht-e-Barchi area of western Kabul on Tuesday evening, killing
seven passengers and wounding 20, Kabul police spokesman Khalid Zadran said.

Islamic State Khorasan claimed the attack, saying it targeted Shias. In October, bombings of minibuses and a sports
club in the area killed at least 10 people.

Hazara community elders said the Taliban had failed to protect the area despite the many checkpoints.
""",
    g("2023-11-07", "AF", "AF-KAB", "Dasht-e-Barchi", ["bombing"], "Remote explosive/landmine/IED", killed=7,
      injured=20, perp="ISKP", cert="claimed", raw="Islamic State Khorasan"),
    "Dasht-e-Barchi minibus bombing, Kabul, 7 Nov 2023", "October's 10 is background")

add("web-38", "globe", "2025-10-10",
    "Explosions in Kabul as Pakistan targets Pakistani Taliban chief, officials say",
    "By Agency staff | October 10, 2025",
    "A view of Kabul at night. File photo",
    """
KABUL/ISLAMABAD, Oct 10 - Two explosions were heard in Kabul late on Thursday. Pakistani security officials said
Pakistani jets had carried out strikes aimed at Noor Wali Mehsud, the leader of the Tehreek-e-Taliban Pakistan, who
they believed was in a vehicle in the city. Mehsud later released an audio message saying he was alive.

The Taliban's defence ministry accused Pakistan of violating Afghanistan's airspace and of bombing a market in
Paktika. Pakistan's military did not officially comment. No casualties were reported in Kabul.

Pakistan says the TTP has killed hundreds of soldiers from Afghan bases this year, a charge the Taliban deny.
""",
    g("2025-10-09", "AF", "AF-KAB", "Kabul", ["airstrike"], "Air/drone strike", perp="PAK_GOV", cert="attributed",
      raw="Pakistani jets"),
    "Pakistani strikes in Kabul targeting Noor Wali Mehsud, 9 Oct 2025",
    "Actor PAK_GOV; the TTP is the target; 'hundreds of soldiers' is context")

add("web-39", "ledger", "2024-11-27",
    "PTI protesters dispersed from Islamabad's D-Chowk in overnight operation",
    "Staff Reporter | November 27, 2024",
    "Tear gas smoke over the Blue Area in Islamabad.",
    """
ISLAMABAD: Police and Rangers cleared thousands of Pakistan Tehreek-e-Insaf supporters from D-Chowk and the Blue Area
overnight, using tear gas, after the party's march on the capital for the release of Imran Khan.

The interior minister said four Rangers personnel and a policeman had been killed when a vehicle ran into them
during the protest on Monday night. PTI leaders said several of their workers were shot dead, a claim the government
denied. Hundreds were arrested.

Bushra Bibi and Chief Minister Ali Amin Gandapur left the area before the operation.
""",
    na("Protest with intervention"),
    "PTI march on Islamabad dispersed, 26-27 Nov 2024",
    "Non-attack (protest and its dispersal), with deaths and 'shot dead' claims")

add("web-40", "kabulline", "2023-10-08",
    "Herat earthquakes: more than 2,000 killed, Islamic Emirate says",
    "Kabul Line - October 8, 2023",
    "Residents search the rubble of houses in Zinda Jan district.",
    """
HERAT - More than 2,000 people were killed and over 9,000 injured in a series of strong earthquakes that struck
Herat province on Saturday, a spokesman of the Islamic Emirate's disaster ministry said. Entire villages in the Zinda
Jan district were flattened.

The strongest of the tremors had a magnitude of 6.3, the US Geological Survey said. Rescue teams of the Ministry of
Defence were sent to the area.
""",
    na("Natural disaster"),
    "Herat earthquakes, 7 Oct 2023", "Non-attack; the Ministry of Defence and a toll appear")

add("web-41", "globe", "2025-10-19",
    "Afghanistan and Pakistan agree to immediate ceasefire in Doha talks",
    "By Agency staff | October 19, 2025",
    "Delegations at the talks in Doha. Handout",
    """
DOHA, Oct 19 - Afghanistan and Pakistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and
Turkey, Qatar's foreign ministry said on Sunday, following a week of border fighting that killed dozens of soldiers
and civilians.

The delegations were led by the two countries' defence ministers, Khawaja Asif and Mullah Mohammad Yaqoob. The sides
agreed to meet again in Istanbul to set up mechanisms to keep the truce.
""",
    na("Agreement"),
    "Doha ceasefire between Afghanistan and Pakistan, 19 Oct 2025", "Non-attack recalling fighting and a vague toll")

add("web-42", "amu", "2021-09-07",
    "Taliban fire in the air to disperse protest against Pakistan in Kabul",
    "Amu Review | 7 September 2021",
    "Women chant slogans outside the Pakistani embassy in Kabul.",
    """
KABUL - Taliban fighters fired into the air on Tuesday to disperse hundreds of people, many of them women, who had
marched to the Pakistani embassy in Kabul chanting against Pakistan's alleged interference in Panjshir.

Several journalists covering the protest were detained for hours. No one was reported injured in Kabul. In Herat, two
people were shot dead during a similar protest last week, according to a local doctor.
""",
    na("Protest with intervention"),
    "Kabul protest against Pakistan dispersed by Taliban gunfire, 7 Sep 2021",
    "Non-attack; Herat's 2 deaths last week are background")

add("web-43", "bolan", "2022-08-27",
    "Floods kill over 230 in Balochistan as rains continue",
    "Bolan Times | August 27, 2022",
    "Villagers wade through floodwater in Jaffarabad.",
    """
QUETTA: Monsoon rains and floods have killed more than 230 people in Balochistan since mid-June, the Provincial
Disaster Management Authority said on Saturday. Roads to Sindh and Punjab were cut and thousands of houses were
destroyed in Nasirabad and Jaffarabad.

Frontier Corps and army troops were carrying out relief operations. Nationwide, the floods have killed more than 1,000
people this year.
""",
    na("Natural disaster"), "Pakistan floods, Balochistan, Aug 2022", "Non-attack with troops and tolls")

add("web-44", "frontier", "2022-12-21",
    "Bannu CTD siege ends: 33 militants killed, two SSG soldiers martyred",
    "Frontier Pulse | 21 December 2022",
    "Soldiers take positions outside the CTD compound in Bannu cantonment.",
    """
BANNU: Security forces ended a three-day hostage siege at the Counter Terrorism Department compound in Bannu
cantonment on Tuesday, killing 33 militants, Defence Minister Khawaja Asif told the National Assembly.

On Sunday, detained members of the banned Tehreek-e-Taliban Pakistan held for interrogation had overpowered a guard,
snatched weapons and taken CTD staff hostage, demanding safe passage to Afghanistan. Two soldiers of the Special
Service Group were martyred in the operation and ten soldiers were injured; a CTD official had been killed on Sunday.

The minister said talks had failed. Seven militants surrendered and three were arrested.
""",
    g("2022-12-18", "PK", "PK-KP", "Bannu", ["kidnapping", "security_operation"], "Abduction/forced disappearance",
      killed=3, kp=33, injured=10, perp="TTP", cert="attributed", raw="banned Tehreek-e-Taliban Pakistan"),
    "Bannu CTD compound siege, 18-20 Dec 2022",
    "Hostage-taking by TTP detainees (attributed) ended by an operation; killed 2 + 1 (sum, unscored); "
    "category a judgement call (Armed clash is defensible)")

add("web-45", "bolan", None,
    "Khuzdar school bus attack: toll rises to eight as two more children die",
    "Bolan Times | Saturday, 24 May 2025",
    "The damaged school bus in Khuzdar.",
    """
KHUZDAR: Two more children wounded in Wednesday's bombing of a school bus near the Khuzdar cantonment died on
Saturday, bringing the death toll to eight, hospital officials said. The military had said on the day of the attack
that three children were martyred and many injured. About 40 students were on the bus.

No group claimed the attack. The military blamed "Indian proxies of Fitna al Hindustan", and the government said it
would respond. India rejected the allegation.
""",
    g("2025-05-21", "PK", "PK-BA", "Khuzdar", ["bombing"], "Remote explosive/landmine/IED", killed=8,
      raw="Fitna al Hindustan"),
    "Khuzdar army public school bus bombing, 21 May 2025",
    "3 -> 8 (latest); 40 on the bus is context; the state blames India (no group): null")

add("web-46", "kabulline", "2022-09-23",
    "Car bomb outside Kabul mosque kills seven after Friday prayers",
    "By Kabul Line - September 23, 2022",
    "Security forces of the Islamic Emirate at the site in Wazir Akbar Khan.",
    """
KABUL - A car bomb exploded near a mosque in Kabul's Wazir Akbar Khan area as worshippers were leaving Friday prayers,
killing seven people and wounding 41, the Ministry of Interior of the Islamic Emirate said.

Ministry spokesman Abdul Nafi Takor said the explosives had been placed in a car parked near the mosque's gate. The
neighbourhood houses several ministries and former embassies. No group has claimed the bombing.

Three weeks ago, a bombing at the Guzargah mosque in Herat killed 18 people.
""",
    g("2022-09-23", "AF", "AF-KAB", "Wazir Akbar Khan", ["bombing"], "Remote explosive/landmine/IED", killed=7,
      injured=41),
    "Wazir Akbar Khan mosque car bombing, Kabul, 23 Sep 2022", "Guzargah (18) is background")

add("web-47", "globe", "2021-07-16",
    "Reuters photographer Danish Siddiqui killed in Afghanistan clashes",
    "By Agency staff | July 16, 2021",
    "Danish Siddiqui at work in 2020. File photo",
    """
KABUL, July 16 - Danish Siddiqui, a Pulitzer Prize-winning photojournalist, was killed on Friday while covering
clashes between Afghan special forces and Taliban fighters near a border crossing in Spin Boldak, in the southern
province of Kandahar, an Afghan commander said.

Afghan special forces had been trying to retake the main market area of Spin Boldak when they came under fire. A
senior Afghan officer was also killed. A Taliban spokesman said the group was not aware of how the journalist had
died and expressed regret.

The Indian national had been embedded with the Afghan forces for several days.
""",
    g("2021-07-16", "AF", "AF-KAN", "Spin Boldak", ["armed_assault"], "Armed clash"),
    "Killing of photojournalist Danish Siddiqui in Spin Boldak clashes, 16 Jul 2021",
    "A foreigner killed in fighting; the Taliban deny knowledge: perpetrator null; no toll written as a number")

add("web-48", "amu", None,
    "Badakhshan deputy governor killed in car bombing",
    "Amu Review | 6 June 2023",
    "The wreckage of the deputy governor's vehicle in Faizabad. Photo: local sources",
    """
FAIZABAD - Nisar Ahmad Ahmadi, the Taliban's acting deputy governor of Badakhshan, was killed on Tuesday morning when
a car packed with explosives hit his vehicle in Faizabad city, the provincial police spokesman said. His driver was
also killed, and six passers-by were wounded.

The Islamic State Khorasan Province claimed the bombing. Ahmadi had served as the Taliban's police chief of Balkh
before his appointment.

Two days later, a bomb at a mosque in Faizabad during the funeral prayers for Ahmadi killed 11 people.
""",
    g("2023-06-06", "AF", "AF-BDS", "Faizabad", ["suicide_bombing"], "Suicide bomb", killed=2, injured=6,
      perp="ISKP", cert="claimed", raw="The Islamic State Khorasan Province"),
    "Car bombing that killed deputy governor Nisar Ahmad Ahmadi, Faizabad, 6 Jun 2023",
    "Victim a Taliban official; the funeral bombing (11) two days later is another event told as background. Type "
    "suicide car bomb ('car packed with explosives hit his vehicle'): class explosive either way")

add("web-49", "kabulline", None,
    "Six killed in explosions at Kabul high school",
    "Kabul Line | Tuesday, April 19, 2022",
    "Students' shoes and bags at the gate of the Abdul Rahim Shahid high school.",
    """
KABUL - Three explosions near the Abdul Rahim Shahid high school and an education centre in the Dasht-e-Barchi area of
western Kabul on Tuesday morning killed six people and wounded 11, most of them students, Kabul police spokesman
Khalid Zadran said.

The blasts went off as students were leaving the boys' school after morning classes. About 1,000 students attend
the school.

No group immediately claimed responsibility. Hazara leaders called on the Islamic Emirate to provide security for the
community.
""",
    g("2022-04-19", "AF", "AF-KAB", "Dasht-e-Barchi", ["bombing"], "Remote explosive/landmine/IED", killed=6,
      injured=11),
    "Abdul Rahim Shahid high school bombings, Kabul, 19 Apr 2022", "1,000 students is context",
    key="kabul-school-2022")

add("web-50", "amu", "2023-10-27",
    "Blast at Dasht-e-Barchi sports club kills four",
    "Amu Review | 27 October 2023",
    "The entrance of the boxing club in Dasht-e-Barchi.",
    """
KABUL - An explosion at a boxing club in the Dasht-e-Barchi area of Kabul on Thursday evening killed four people and
wounded seven, Taliban police said. The Islamic State Khorasan Province claimed the attack, saying it had targeted
Shias.

It was the latest in a series of attacks on the mainly Hazara neighbourhood. The group has claimed more than 20
attacks in Dasht-e-Barchi since 2021, killing hundreds.
""",
    g("2023-10-26", "AF", "AF-KAB", "Dasht-e-Barchi", ["bombing"], "Remote explosive/landmine/IED", killed=4,
      injured=7, perp="ISKP", cert="claimed", raw="The Islamic State Khorasan Province"),
    "Explosion at a Dasht-e-Barchi sports club, Kabul, 26 Oct 2023", "Series total (20 attacks) is background")

add("web-51", "ledger", "2022-09-29",
    "Chinese dentist killed, two injured in Karachi clinic shooting",
    "Imtiaz Ali | September 29, 2022",
    "Police officials outside the dental clinic in Saddar.",
    """
KARACHI: A gunman posing as a patient opened fire inside a dental clinic in Saddar on Wednesday, killing a
Pakistani-born dentist of Chinese descent and wounding a Chinese couple, police said.

Sindh police chief Ghulam Nabi Memon said the attacker entered the clinic and shot the three before escaping. The
little-known Sindhudesh Revolutionary Army claimed the attack in a statement.

Chinese nationals have been attacked in Karachi several times. In April, a woman suicide bomber killed three Chinese
teachers at Karachi University.
""",
    g("2022-09-28", "PK", "PK-SD", "Saddar", ["armed_assault"], "Attack", killed=1, injured=2,
      perp="OTHER:sindhudesh revolutionary army", cert="claimed", raw="Sindhudesh Revolutionary Army"),
    "Karachi dental clinic shooting, Saddar, 28 Sep 2022",
    "Foreigners shot in a province; the April attack (3) is background; the Sindh police chief is the speaker")

add("web-52", "globe", "2022-12-03",
    "Islamic State claims attack on Pakistani embassy in Kabul",
    "By Agency staff | December 3, 2022",
    "The Pakistani embassy in Kabul. File photo",
    """
ISLAMABAD, Dec 3 - Islamic State claimed responsibility for Friday's shooting at the Pakistani embassy in Kabul, in
which Pakistan said its head of mission had been targeted. The chargé d'affaires, Ubaid-ur-Rehman Nizamani, was
unhurt, but a Pakistani security guard who shielded him was seriously wounded.

The gunman fired from a nearby building while Nizamani was walking in the embassy compound, Pakistan's foreign
ministry said. Taliban police said they had arrested a suspect, a foreign national, and recovered two light weapons.

Pakistan summoned the Afghan charge d'affaires in Islamabad to protest.
""",
    g("2022-12-02", "AF", "AF-KAB", "Kabul", ["armed_assault"], "Attack", perp="ISKP", cert="claimed",
      raw="Islamic State"),
    "Shooting at the Pakistani embassy in Kabul, 2 Dec 2022",
    "Foreign diplomats targeted; one guard wounded (not written as a number); Taliban police are the speaker")

add("web-53", "kabulline", "2022-08-18",
    "Explosion at Kabul mosque kills 21, including cleric",
    "By Kabul Line - August 18, 2022",
    "Worshippers outside the Siddiquiya mosque in Khair Khana.",
    """
KABUL - An explosion during evening prayers at the Siddiquiya mosque in the Khair Khana area of northern Kabul on
Wednesday killed 21 people, including the mosque's imam Mawlawi Amir Mohammad Kabuli, and wounded 33, police said.

Police spokesman Khalid Zadran said an investigation had been launched. No group claimed responsibility. Last week, a
suicide bombing in Kabul killed the cleric Rahimullah Haqqani.
""",
    g("2022-08-17", "AF", "AF-KAB", "Khair Khana", ["bombing"], "Remote explosive/landmine/IED", killed=21,
      injured=33),
    "Khair Khana mosque bombing, Kabul, 17 Aug 2022", "Rahimullah Haqqani's killing is background")

add("web-54", "bolan", "2024-08-27",
    "Gunmen kill 23 passengers in Musakhel after checking identity cards",
    "Bolan Times | August 27, 2024",
    "Burnt trucks on the highway in Rarasham, Musakhel.",
    """
MUSAKHEL: Armed men blocked the highway in the Rarasham area of Musakhel district early on Monday, offloaded
passengers from buses and trucks, checked their identity cards and shot dead 23 people, most of them from Punjab,
Assistant Commissioner Najeeb Kakar said. They also set fire to 35 vehicles.

The banned Baloch Liberation Army claimed this and other attacks across the province on the same night. Officials
said more than 50 people, including 14 soldiers and policemen, were killed in the attacks in several districts, and
that 21 militants were killed in response.
""",
    g("2024-08-26", "PK", "PK-BA", "Musakhel", ["armed_assault", "arson"], "Attack", killed=23, perp="BLA",
      cert="claimed", raw="The banned Baloch Liberation Army"),
    "Musakhel highway killings (BLA 'Operation Herof'), 26 Aug 2024",
    "Province-wide totals (50, 14, 21) belong to the series; 35 vehicles is a count of vehicles",
    key="musakhel-2024")

add("web-55", "amu", "2021-01-17",
    "Two female Supreme Court judges shot dead in Kabul",
    "Amu Review | 17 January 2021",
    "The Supreme Court building in Kabul. File photo",
    """
KABUL - Gunmen shot dead two women judges of the Afghan Supreme Court on Sunday morning as they were being driven to
work in Kabul, a court spokesman said. Their driver was wounded.

Government officials blamed the Taliban, who have been accused of a wave of targeted killings of journalists,
activists and officials. A Taliban spokesman denied the group was involved. The court said more than 200 judges work
for it across the country.
""",
    g("2021-01-17", "AF", "AF-KAB", "Kabul", ["assassination"], "Attack", killed=2),
    "Killing of two Supreme Court judges, Kabul, 17 Jan 2021",
    "Blame and denial: perpetrator null; 200 judges is context")

add("web-56", "bolan", None,
    "Ten killed in suicide attack on FC headquarters in Quetta",
    "Bolan Times | Tuesday, 30 September 2025",
    "Smoke rises over the Zarghoon Road area of Quetta.",
    """
QUETTA: A suicide car bomber struck the gate of the Frontier Corps headquarters on Zarghoon Road in Quetta on
Tuesday, after which gunmen tried to enter the compound, officials said. Ten people were killed and 32 injured,
Balochistan Health Minister Bakht Muhammad Kakar said.

All four attackers were killed in the exchange of fire, the military's media wing said, calling them terrorists of
Fitna al Hindustan. No group claimed responsibility immediately.
""",
    g("2025-09-30", "PK", "PK-BA", "Quetta", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=10,
      kp=4, injured=32, raw="Fitna al Hindustan"),
    "Attack on the FC headquarters in Quetta, 30 Sep 2025",
    "'Frontier Corps' names PAK_GOV (the target): naming it is the worst error")

add("web-57", "ledger", "2022-12-12",
    "Six civilians killed as Afghan forces fire on Chaman",
    "Saleem Shahid | December 12, 2022",
    "Injured people are brought to the district hospital in Chaman.",
    """
CHAMAN: Afghan Border Forces opened unprovoked and indiscriminate fire with artillery and mortars on civilians in
Chaman on Sunday, killing six civilians and injuring 17, the ISPR said. Pakistani troops responded to the aggression,
the military said.

The Taliban's spokesman in Kandahar said the clash began over the construction of new posts by Pakistan. The Chaman
crossing was closed for trade.

Border clashes in the area killed a Pakistani soldier last month.
""",
    g("2022-12-11", "PK", "PK-BA", "Chaman", ["indirect_fire"], "Shelling/artillery/missile attack", killed=6,
      injured=17, perp="TALIBAN", cert="attributed", raw="Afghan Border Forces"),
    "Cross-border shelling on Chaman, 11 Dec 2022",
    "ISPR (speaker) attributes the fire to the Taliban's Afghan Border Forces")

add("web-58", "globe", None,
    "Explosion outside Kabul mosque kills several during memorial for Taliban spokesman's mother",
    "By Agency staff | October 3, 2021 3:33 PM UTC",
    "Taliban fighters outside the Eid Gah mosque in Kabul.",
    """
KABUL, Oct 3 - A bomb exploded at the entrance of the Eid Gah mosque in Kabul on Sunday as a memorial service was
being held for the mother of Taliban spokesman Zabihullah Mujahid, killing at least five civilians, a Taliban
official said.

Mujahid said on Twitter that the blast had killed "a number of civilians". Italian-run Emergency hospital said it had
received four wounded people.

No one immediately claimed responsibility. Islamic State has claimed several attacks on the Taliban since August.
""",
    g("2021-10-03", "AF", "AF-KAB", "Eid Gah", ["bombing"], "Remote explosive/landmine/IED", killed=5, injured=4),
    "Eid Gah mosque bombing, Kabul, 3 Oct 2021",
    "Taliban are the targets and the speakers; IS is background (no claim)")

add("web-59", "frontier", "2023-12-13",
    "Daraban attack: 23 soldiers martyred, TJP claims responsibility",
    "Frontier Pulse | 13 December 2023",
    "Rescue workers at the collapsed building in Daraban.",
    """
DERA ISMAIL KHAN: Twenty-three soldiers were martyred when six militants attacked a security forces post in Daraban
before dawn on Tuesday, ramming an explosive-laden vehicle into the building and then detonating a suicide vest,
the ISPR said. All six attackers were killed.

Tehreek-e-Jihad Pakistan claimed responsibility. The ISPR said the khwarij had tried to enter the post but were
foiled, after which the vehicle bomb brought the building down.

Pakistan summoned the Afghan charge d'affaires. The military says more than 500 soldiers and police have been killed
in attacks this year.
""",
    g("2023-12-12", "PK", "PK-KP", "Daraban", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=23,
      kp=6, perp="TJP", cert="claimed", raw="Tehreek-e-Jihad Pakistan"),
    "Daraban police station attack, Dera Ismail Khan, 12 Dec 2023",
    "Yearly total (500) is background", key="daraban-2023")

add("web-60", "frontier", None,
    "Police Lines mosque blast: death toll reaches 100",
    "Frontier Pulse | Wednesday, 1 February 2023",
    "Rescue workers search the rubble of the mosque in Police Lines, Peshawar.",
    """
PESHAWAR: The death toll from Monday's suicide bombing at the mosque inside the Police Lines compound rose to 100 on
Wednesday as rescuers pulled more bodies from the rubble of the collapsed prayer hall, officials said. Around 225
people were injured, most of them policemen.

On Monday evening officials had put the toll at 28; it rose to 59 by Monday night. Some 300 to 400 policemen were
in the mosque at the time of the blast.

Sarbakaf Mohmand, a commander of the Tehreek-e-Taliban Pakistan, first claimed the bombing, but the TTP's spokesman
later denied the group was involved. Police said the bomber had entered in a police uniform.
""",
    g("2023-01-30", "PK", "PK-KP", "Police Lines", ["suicide_bombing"], "Suicide bomb", killed=100, injured=225,
      raw="Tehreek-e-Taliban Pakistan (claim by a commander, denied)"),
    "Peshawar Police Lines mosque bombing, 30 Jan 2023",
    "28 -> 59 -> 100; a commander's claim denied by the group: perpetrator null (judgement call; TTP claimed is "
    "arguable). Police are the victims and speakers", key="police-lines-2023")


def main():
    ids = [a["id"] for a in A]
    assert len(ids) == len(set(ids)) == 60, len(ids)
    rows = []
    for a in A:
        rng = random.Random(a["id"])
        rows.append({"id": a["id"], "style": a["site"], "text": render(a["site"], a, rng),
                     "published": a["published"], "gold": a["gold"],
                     "origin": {"event": a["event"], "note": a["note"]}})
    with open(HERE / "web_eval.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nulls = sum(r["published"] is None for r in rows)
    non = sum(not r["gold"]["is_attack"] for r in rows)
    print(f"wrote {len(rows)} records ({nulls} with published null, {non} non-attacks)")


if __name__ == "__main__":
    main()
