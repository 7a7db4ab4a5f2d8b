"""Build isaf_blind_eval.jsonl: 60 team-written ISAF / IJC press releases, 2009-2014, written blind (README.md).

Source of truth for the texts and the gold; run `python bench/styles/isaf_blind/build_isaf_blind.py` after an edit.
The gold has the fields of the ISAF dev file (date, country, admin1, place, isaf_event_type, killed, captured,
airstrike, target_groups) and follows the coding rules written in README.md; `style` and `origin` are extra and
ignored by the extractor and the scorer.
"""
import datetime
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from set_io import write_set  # noqa: E402

LS = "\u2028"  # the line separator scraped ISAF pages carry between header lines and paragraphs
R = []


def gold(date, admin1, types, killed=0, captured=0, air=False, targets=()):
    """One event per release, as the ISAF dev gold: `killed` is who died in the event (README), 0 when none."""
    return {"date": date, "country": "AF", "admin1": admin1, "place": None, "isaf_event_type": list(types),
            "killed": killed, "captured": captured, "airstrike": air, "target_groups": list(targets)}


def add(rid, style, published, text, g, event, note="", sep="\n"):
    """Paragraphs (blank-line separated in the source) are joined by `sep`; lines inside one are joined by spaces."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    R.append({"id": rid, "style": style, "text": sep.join(paragraphs), "published": published, "gold": g,
              "origin": {"event": event, "note": note}})


ILLUSTRATIVE = ("Illustrative: a composite of IJC's routine releases on this campaign in this district and "
                "year (real campaign and places; the leader is not named, the day and figures are ours)")

# ---------------------------------------------------------------- 2009
add("ib-01", "civcas", None, """
KABUL, Afghanistan (May 7, 2009) - A joint team of Afghan and U.S. officers is investigating reports that civilians
died during fighting in Bala Baluk district, Farah province, on Monday evening.

Afghan police and soldiers, with U.S. forces in support, fought a large group of Taliban fighters near the villages of
Granai and Gerani for several hours. The ground force called in aircraft, which struck compounds from which the
insurgents were firing. Afghan officials have said that 140 villagers were killed in the strikes. ISAF has not
confirmed that figure and says the Taliban forced families to stay in the compounds.""",
    gold("2009-05-04", "AF-FRA", ["airstrike", "civiliancasualty"], killed=140, air=True, targets=["TALIBAN"]),
    "Granai air strikes, Bala Baluk, Farah, 4 May 2009",
    "Toll as Afghan officials first gave it; the U.S. inquiry later gave a lower figure")

add("ib-02", "attack", None, """
ISAF Joint Command - Afghanistan

2009-10-CA-004

KABUL, Afghanistan (Oct. 4, 2009) - Eight ISAF service members and two Afghan soldiers were killed yesterday when a
large force of insurgents attacked two remote outposts in Kamdesh district, Nuristan province.

The attackers, tribal militia and Taliban fighters, fired on Combat Outpost Keating and a nearby observation post from
a mosque and the high ground around the valley. Coalition aircraft and helicopters supported the defenders through the
day. ISAF estimates that a large number of insurgents died in the fighting. The outposts were due to close shortly as
part of a plan to move forces to populated areas.""",
    gold("2009-10-03", "AF-NUR", ["insurgentattack"], killed=10, air=True, targets=["TALIBAN"]),
    "Attack on COP Keating, Kamdesh, Nuristan, 3 Oct 2009",
    "killed = the defenders (8 + 2, no single figure); insurgent dead unnumbered. Afghan toll as we remember the "
    "first reports")

# ---------------------------------------------------------------- operations: composites, and real ib-17, -21, -24
add("ib-03", "digest", None, """
ISAF Joint Command Morning Operational Update, April 12, 2011

ISAF Joint Command - Afghanistan 2011-04-S-041 For Immediate Release

KABUL, Afghanistan (April 12, 2011) - An Afghan and coalition security force detained a Taliban leader and two
suspected insurgents in Zharay district, Kandahar province, yesterday. The leader is believed to direct a cell of
fighters who plant roadside bombs along Highway 1 and to move weapons from Pakistan.

In Khost province, a combined force detained a Haqqani network facilitator in Sabari district yesterday. He bought
weapons and explosives for the network's fighters in the district.

In Helmand province, Afghan National Army soldiers and coalition forces found a weapons cache in Nahr-e Saraj district
yesterday. It held 12 rocket-propelled grenades, 150 kilograms of homemade explosive and four pressure plates. The
force destroyed the cache.""",
    gold("2011-04-11", "AF-KAN", ["detention"], captured=3, targets=["TALIBAN"]),
    "IJC morning update of operations in Kandahar, Khost and Helmand, spring 2011",
    ILLUSTRATIVE + ". Digest: the gold codes the lead item (Zharay), README")

add("ib-04", "release", None, """
2011-06-S-083

KABUL, Afghanistan (June 18, 2011)

An Afghan and coalition security force detained four suspected insurgents, among them a senior Haqqani network leader,
during an operation in Tani district, Khost province, yesterday.

The leader ran a group of fighters who attacked Afghan and coalition outposts in Tani and Gurbuz districts and
arranged for suicide bombers to cross from Pakistan. The security force went to a compound in the village after
intelligence tips from residents. No shots were fired and no civilians were harmed.""",
    gold("2011-06-17", "AF-KHO", ["detention"], captured=4, targets=["HAQQANI"]),
    "Haqqani network detentions in Tani, Khost, 2011", ILLUSTRATIVE)

add("ib-05", "release", None, """
Combined force kills two insurgents, detains one in Nad-e Ali

KABUL, Afghanistan (Sept. 9, 2010) - An Afghan and coalition security force killed two armed insurgents and detained
another last night in Nad-e Ali district, Helmand province, while searching for a Taliban commander who runs
improvised explosive device attacks in the district.

When the security force reached the compound, two men came out carrying automatic rifles and moved into firing
positions. The force engaged them, killing both. One more suspected insurgent was detained after questioning at the
scene. The force found rifles and grenades in the compound.""",
    gold("2010-09-08", "AF-HEL", ["captureandkill"], killed=2, captured=1, targets=["TALIBAN"]),
    "Taliban IED-cell raids in Nad-e Ali, Helmand, 2010", ILLUSTRATIVE + ". 'last night' = the day before")

add("ib-06", "release", None, """
ISAF Joint Command - Afghanistan

2012-05-S-027

KABUL, Afghanistan (May 14, 2012) - Afghan and coalition forces detained a Taliban leader in Baraki Barak district,
Logar province, today. He commanded a group of about 15 fighters and planned attacks against Afghan National Police
checkpoints on the main road to Kabul. Two other suspected insurgents were detained with him.""",
    gold("2012-05-14", "AF-LOG", ["detention"], captured=3, targets=["TALIBAN"]),
    "Taliban arrests in Baraki Barak, Logar, 2012", ILLUSTRATIVE + ". captured = the leader + two (3 not written)")

add("ib-07", "release", None, """
IMU leader among five detained in Kunduz

KABUL, Afghanistan (Oct. 23, 2010) - An Afghan and coalition security force detained a senior leader of the Islamic
Movement of Uzbekistan and four suspected insurgents overnight in Chahar Darah district, Kunduz province.

The leader moved foreign fighters from Pakistan into northern Afghanistan and supplied Taliban and IMU cells in Kunduz
and Takhar provinces with money and weapons. The security force questioned the residents of the compound and released
two women and several children at the scene.""",
    gold("2010-10-22", "AF-KDZ", ["detention"], captured=5, targets=["IMU"]),
    "IMU detentions in Chahar Darah, Kunduz, 2010", ILLUSTRATIVE + ". 'overnight' = the day before the dateline")

add("ib-08", "release", "2011-11-21", """
Afghan-led force detains IMU facilitator in Takhar

KABUL, Afghanistan - An Afghan-led security force detained an Islamic Movement of Uzbekistan facilitator in Taloqan
district, Takhar province, on Sunday. The man bought weapons and moved them to IMU fighters in Takhar, Kunduz and
Baghlan. He had also helped to plan attacks on coalition forces in the north. Afghan troops led the operation with
coalition advisers in support.""",
    gold("2011-11-20", "AF-TAK", ["detention"], captured=1, targets=["IMU"]),
    "IMU arrests in Taloqan, Takhar, 2011",
    ILLUSTRATIVE + ". Published date given; 'on Sunday' is the Sunday before the Monday release")

add("ib-09", "release", None, """
BAGRAM AIRFIELD, Afghanistan (Aug. 3, 2011) - A coalition air weapons team killed four insurgents who were burying a
roadside
bomb on a road in Zurmat district, Paktiya province, yesterday.

Coalition forces watched the group for more than an hour as they dug in the road near the village before the aircraft
engaged them. A combined patrol later found the bomb, a yellow palm-oil jug filled with homemade explosive, and a
command wire leading to a nearby field. The men belonged to a Haqqani network cell that has targeted Afghan police
patrols in the district.""",
    gold("2011-08-02", "AF-PIA", ["insurgentskilled", "airstrike"], killed=4, air=True, targets=["HAQQANI"]),
    "Strikes on IED emplacers in Zurmat, Paktiya, 2011", ILLUSTRATIVE)

add("ib-10", "release", None, """
2011-02-S-055

KABUL, Afghanistan (Feb. 20, 2011)

Afghan and coalition forces found a large weapons cache in Sayed Abad district, Wardak province, yesterday.

The cache contained 30 mortar rounds, 12 107mm rockets, 200 kilograms of ammonium nitrate, six anti-personnel mines
and more than 5,000 rounds of ammunition, hidden in a dry well near a village. No insurgents were found at the site
and nobody was hurt. The force destroyed the munitions in a controlled detonation.""",
    gold("2011-02-19", "AF-WAR", ["cache"]),
    "Weapons caches found in Sayed Abad, Wardak, 2011", ILLUSTRATIVE + ". A cache find: no one killed or detained")

add("ib-11", "release", None, """
KABUL, Afghanistan (Nov. 2, 2011) - An Afghan and coalition security force detained a Hezb-e Islami Gulbuddin
commander in Tagab district, Kapisa province, today.

The commander is accused of leading attacks with small arms and rocket-propelled grenades against French and Afghan
troops in the Tagab valley and of paying villagers to hide explosives. The security force searched three compounds and
found a rifle and bomb-making materials.""",
    gold("2011-11-02", "AF-KAP", ["detention"], captured=1, targets=["HIG"]),
    "HIG arrests in Tagab, Kapisa, 2011", ILLUSTRATIVE)

add("ib-12", "release", None, """
ISAF confirms Lashkar-e-Taiba leader killed in Kunar

2011-09-S-019

BAGRAM AIRFIELD, Afghanistan (Sept. 12, 2011) - ISAF confirmed that a precision air strike yesterday in Watahpur
district,
Kunar province, killed a senior Lashkar-e-Taiba leader and one of his associates.

The leader trained foreign and local fighters in the Pech valley and arranged attacks on Afghan and coalition bases in
the province. After the strike, a ground force assessed the site and found no civilians had been harmed.""",
    gold("2011-09-11", "AF-KNR", ["airstrike", "insurgentskilled"], killed=2, air=True, targets=["LET"]),
    "Strikes on Lashkar-e-Taiba leaders in Kunar's Pech valley, 2011",
    ILLUSTRATIVE + ". killed = the leader + one associate (2 not written)")

add("ib-13", "release", None, """
KABUL, Afghanistan (Jan. 8, 2012) - Afghan commandos, advised by coalition special forces, killed five insurgents and
detained two others in an operation in Andar district, Ghazni province, on Saturday.

The commandos were searching for a Taliban leader who organises attacks on schools and on the district centre when
insurgents opened fire from a treeline. Five of them were killed in the exchange of fire. The force found two
machine guns and a number of grenades. This was an Afghan-led operation.""",
    gold("2012-01-07", "AF-GHA", ["captureandkill"], killed=5, captured=2, targets=["TALIBAN"]),
    "Afghan-led raids in Andar, Ghazni, 2012", ILLUSTRATIVE)

add("ib-14", "release", None, """
KABUL, Afghanistan (Dec. 15, 2011) - An Afghan and coalition security force detained a number of suspected insurgents
in Sherzad district, Nangarhar province, today during an operation to find a Taliban facilitator who makes
improvised explosive devices for attacks in Sherzad and Khogyani districts. The facilitator was among those
detained.""",
    gold("2011-12-15", "AF-NAN", ["detention"], captured=None, targets=["TALIBAN"]),
    "Taliban IED facilitators detained in Sherzad, Nangarhar, 2011",
    ILLUSTRATIVE + ". 'a number of' is no count: captured null")

add("ib-15", "digest", None, """
ISAF Joint Command Morning Operational Update March 26, 2012

KABUL, Afghanistan (March 26, 2012) - In Zabul province, an Afghan and coalition security force killed three
insurgents in Shah Joy district last night. The insurgents fired on the force from a compound as it moved to arrest a
Taliban leader who controls fighters on Highway 1.

In Paktika province, a combined force detained two suspected insurgents in Sar Hawza district yesterday.

In Kandahar province, an Afghan-led force found 40 kilograms of opium and a motorcycle rigged with explosives in
Panjwai district yesterday. The force destroyed both.""",
    gold("2012-03-25", "AF-ZAB", ["insurgentskilled"], killed=3, targets=["TALIBAN"]),
    "IJC morning update, Zabul, Paktika and Kandahar, March 2012",
    ILLUSTRATIVE + ". Digest: the gold codes the lead item (Shah Joy, last night = the 25th)")

add("ib-16", "release", None, """
2010-11-S-014

KABUL, Afghanistan (Nov. 4, 2010) - An Afghan and coalition security force detained a Haqqani network leader
responsible for rocket attacks on Forward Operating Base Orgun-E in Barmal district, Paktika province, on Wednesday.

The leader also moved fighters and weapons across the border. Three other suspected insurgents were detained after
initial questioning at the scene. The force found two rockets and a launch rail hidden under straw.""",
    gold("2010-11-03", "AF-PKA", ["detention"], captured=4, targets=["HAQQANI"]),
    "Haqqani network arrests in Barmal, Paktika, 2010", ILLUSTRATIVE + ". captured = leader + three (4 not written)")

add("ib-17", "civcas", None, """
KABUL, Afghanistan (Feb. 10, 2012) - ISAF regrets the deaths of eight young Afghan men and boys in an air strike in
Najrab district, Kapisa province, on Wednesday. Coalition aircraft engaged a group the ground force believed to be
insurgents moving towards its position. Afghan officials say the dead were shepherds from a nearby village, the oldest
of them 18, who had lit a fire to keep warm. ISAF and Afghan officials have begun a joint investigation.""",
    gold("2012-02-08", "AF-KAP", ["airstrike", "civiliancasualty"], killed=8, air=True),
    "Najrab air strike that killed eight young shepherds, Kapisa, 8 Feb 2012", "As we remember the reports")

add("ib-18", "release", None, """
ISAF Joint Command - Afghanistan

2012-10-S-031

KABUL, Afghanistan (Oct. 14, 2012)

An Afghan and coalition security force killed several insurgents and detained six others during an operation in
Baghlan-e Jadid district, Baghlan province, yesterday. The force was searching for a Taliban leader who controls
fighters in the district and organises attacks on the Kabul-Kunduz highway. During the search, insurgents attacked the
force with machine guns; the force returned fire and called in an air weapons team.""",
    gold("2012-10-13", "AF-BGL", ["captureandkill"], killed=None, captured=6, air=True, targets=["TALIBAN"]),
    "Taliban operations in Baghlan-e Jadid, Baghlan, 2012",
    ILLUSTRATIVE + ". 'several' killed is no count: killed null")

add("ib-19", "release", None, """
KABUL, Afghanistan (Feb. 12, 2011) - An Afghan and coalition security force detained an Islamic Movement of Uzbekistan
leader and two of his associates in Chahar Bolak district, Balkh province, on Friday night. The leader planned
attacks in Balkh and Jowzjan provinces and ran a network that brought foreign fighters into the north.""",
    gold("2011-02-11", "AF-BAL", ["detention"], captured=3, targets=["IMU"]),
    "IMU arrests in Chahar Bolak, Balkh, 2011",
    ILLUSTRATIVE + ". 'Friday night' = the Friday (the night began that day)")

add("ib-20", "release", None, """
KABUL, Afghanistan (June 3, 2012) - Afghan and coalition forces killed the Taliban shadow district chief for Qaysar,
Faryab province, and detained two other insurgents in an operation in the district yesterday. The shadow district
chief directed attacks on Afghan Local Police posts and collected taxes from farmers for the Taliban.""",
    gold("2012-06-02", "AF-FYB", ["captureandkill"], killed=1, captured=2, targets=["TALIBAN"]),
    "Taliban shadow officials targeted in Qaysar, Faryab, 2012", ILLUSTRATIVE)

add("ib-21", "civcas", None, """
ISAF Joint Command - Afghanistan

2014-06-CA-012

KABUL, Afghanistan (June 10, 2014)

Five ISAF service members and an Afghan National Army soldier were killed yesterday evening in Arghandab district,
Zabul province, when a coalition aircraft dropped a bomb on their position during a fight with insurgents. The team
had come under fire at the end of an operation to disrupt Taliban activity before the election run-off. Friendly fire
is the likely cause, and ISAF has opened an investigation.""",
    gold("2014-06-09", "AF-ZAB", ["airstrike"], killed=6, air=True, targets=["TALIBAN"]),
    "B-1 bomb that killed five U.S. soldiers and an Afghan soldier, Arghandab, Zabul, 9 Jun 2014",
    "Friendly fire in an operation; killed = 5 + 1 (6 not written)")

add("ib-22", "digest", None, """
ISAF Operations in Eastern, Southern and Northern Afghanistan

KABUL, Afghanistan (Aug. 19, 2012)

Regional Command (East): An Afghan and coalition security force detained a Haqqani network leader and one other
suspected insurgent in Sabari district, Khost province, yesterday. The leader plans suicide attacks against Afghan
security forces in Khost city.

Regional Command (South): In Maiwand district, Kandahar province, a combined force found a cache of 60 kilograms of
homemade explosive and 15 pressure plates yesterday.

Regional Command (North): A combined force killed two armed insurgents in Dasht-e Archi district, Kunduz province,
last night.""",
    gold("2012-08-18", "AF-KHO", ["detention"], captured=2, targets=["HAQQANI"]),
    "IJC regional round-up of August 2012 (Khost, Kandahar, Kunduz)",
    ILLUSTRATIVE + ". Digest by regional command: the gold codes the first item (Sabari)")

add("ib-23", "release", None, """
KABUL, Afghanistan (March 30, 2011) - A coalition air weapons team killed a Taliban leader and an associate in Shindand
district, Herat province, yesterday, after confirming that no civilians were nearby. The leader commanded about 20
fighters and was responsible for attacks on coalition convoys on the Herat-Kandahar road.""",
    gold("2011-03-29", "AF-HER", ["airstrike", "insurgentskilled"], killed=2, air=True, targets=["TALIBAN"]),
    "Strikes on Taliban leaders in Shindand, Herat, 2011",
    ILLUSTRATIVE + ". killed = leader + associate (2 not written)")

add("ib-24", "release", "2013-10-11", """
U.S. forces detain senior Pakistani Taliban commander

KABUL, Afghanistan - U.S. forces detained Latif Mehsud, a senior commander of Tehrik-e Taliban Pakistan, in a
military operation in Logar province last week, a U.S. official said today. Mehsud, a deputy of the group's leader
Hakimullah Mehsud, was travelling in a convoy with Afghan officials when he was taken. He is in U.S. custody. The
Afghan government has protested that it was not consulted.""",
    gold(None, "AF-LOG", ["detention"], captured=1, targets=["TTP"]),
    "Seizure of Latif Mehsud by U.S. forces in Logar, early October 2013",
    "'last week' gives no day: date null. Published date given")

add("ib-25", "digest", None, """
ISAF Joint Command - Afghanistan

2011-09-S-044

ISAF Joint Command Morning Operational Update, Sept. 24, 2011

KABUL, Afghanistan (Sept. 24, 2011) - A combined force detained a Taliban leader and one other suspected insurgent in
Pul-e Alam district, Logar province, yesterday. The leader collected money for the Taliban in the district and moved
fighters between Logar and Wardak provinces.

In Helmand province, an Afghan and coalition security force killed one insurgent and detained three others in
Sangin district yesterday.

In Wardak province, a combined force found a cache of rifles and grenades in Nerkh district.""",
    gold("2011-09-23", "AF-LOG", ["detention"], captured=2, targets=["TALIBAN"]),
    "IJC morning update, Logar, Helmand and Wardak, September 2011",
    ILLUSTRATIVE + ". Digest: the gold codes the lead item (Pul-e Alam). Paragraphs joined by U+2028 as scraped "
    "ISAF pages are", sep=LS)

add("ib-26", "release", None, """
Afghan-led force kills two, detains three in Sangin

CAMP LEATHERNECK, Afghanistan (April 16, 2012) - An Afghan-led, coalition-supported security force killed two
insurgents and
detained three others in Sangin district, Helmand province, on Saturday. The force went after a Taliban leader who
runs bomb-making cells in the upper Sangin valley. The two insurgents were killed after they fired on the force.""",
    gold("2012-04-14", "AF-HEL", ["captureandkill"], killed=2, captured=3, targets=["TALIBAN"]),
    "Afghan-led raids in Sangin, Helmand, 2012", ILLUSTRATIVE)

add("ib-27", "release", None, """
KABUL, Afghanistan (July 9, 2012) - A combined force detained two suspected Haqqani network insurgents in Sayed Karam
district, Paktiya province, yesterday. The force was looking for a Haqqani leader who brings suicide bombers into
Paktiya. Both detainees are suspected of helping him. No shots were fired.""",
    gold("2012-07-08", "AF-PIA", ["detention"], captured=2, targets=["HAQQANI"]),
    "Haqqani network arrests in Sayed Karam, Paktiya, 2012", ILLUSTRATIVE)

add("ib-28", "release", None, """
2012-02-S-008

KABUL, Afghanistan (Feb. 3)

An Afghan and coalition security force detained a Taliban leader and three suspected insurgents in Arghandab district,
Kandahar province, today. The leader planned and carried out roadside bomb attacks against Afghan and coalition forces
in the district. The force also seized a cache of 20 anti-tank mines.""",
    gold("2012-02-03", "AF-KAN", ["detention"], captured=4, targets=["TALIBAN"]),
    "Taliban arrests in Arghandab, Kandahar, 2012",
    ILLUSTRATIVE + ". Dateline without year: the year is in the release number")

add("ib-29", "release", None, """
KABUL, Afghanistan (Oct. 30, 2012) - Afghan and coalition forces detained a Hezb-e Islami Gulbuddin commander in
Alingar district, Laghman province, yesterday. The commander is accused of organising attacks on the Afghan National
Police in the district and of helping HIG and Taliban fighters move through the area.""",
    gold("2012-10-29", "AF-LAG", ["detention"], captured=1, targets=["HIG"]),
    "HIG arrests in Alingar, Laghman, 2012", ILLUSTRATIVE)

add("ib-30", "release", None, """
KABUL, Afghanistan (June 27, 2011) - Afghan and coalition forces killed a number of insurgents during an operation in
Nerkh district, Wardak province, overnight. The insurgents attacked the force with rocket-propelled grenades as it
approached a compound where a Taliban leader was believed to be hiding. The force called in an air weapons team,
which engaged the firing positions. Two suspected insurgents were detained.""",
    gold("2011-06-26", "AF-WAR", ["captureandkill"], killed=None, captured=2, air=True, targets=["TALIBAN"]),
    "Taliban operations in Nerkh, Wardak, 2011",
    ILLUSTRATIVE + ". 'a number of' killed: null; 'overnight' = the day before")

# ---------------------------------------------------------------- 2010 real events
add("ib-31", "civcas", None, """
KABUL, Afghanistan (April 4, 2010) - A joint investigation has found that international forces were responsible for the
deaths of three women during an operation in Gardez district, Paktiya province, on Feb. 12.

The force had gone to a compound in the village of Khataba at night looking for an insurgent. Two men of the family,
one of them a police officer, came out armed to defend the house and were shot. The three women died in the same
operation. In all five people were killed. ISAF's first statement did not give an accurate account, and ISAF regrets
the loss of life.""",
    gold("2010-02-12", "AF-PIA", ["civiliancasualty"], killed=5),
    "Khataba night raid, Gardez, Paktiya, 12 Feb 2010 (ISAF's admission of April 2010)",
    "Date in the body; the dateline is the statement's")

add("ib-32", "attack", None, """
KABUL, Afghanistan (May 18, 2010) - Five U.S. service members and one Canadian service member were killed this morning
when a suicide bomber drove a car packed with explosives into an ISAF convoy on Darulaman Road in western Kabul.
Afghan officials say at least twelve Afghan civilians, many of them passengers on a city bus, also died and dozens
were wounded. Hezb-e Islami said it carried out the attack.""",
    gold("2010-05-18", "AF-KAB", ["insurgentattack"], killed=18, targets=["HIG"]),
    "Suicide car bomb on an ISAF convoy, Darulaman Road, Kabul, 18 May 2010",
    "killed = 6 ISAF + 12 civilians (18 not written)")

add("ib-33", "attack", None, """
KABUL, Afghanistan (June 10, 2010) - Four ISAF service members died yesterday when their helicopter was brought down
by insurgent fire in Sangin district, Helmand province. The aircraft, a medical evacuation helicopter, was going to
pick up wounded troops. A Taliban spokesman said its fighters had shot it down. ISAF is investigating.""",
    gold("2010-06-09", "AF-HEL", ["insurgentattack"], killed=4, targets=["TALIBAN"]),
    "Pave Hawk helicopter shot down in Sangin, Helmand, 9 Jun 2010", "As we remember the early reports")

add("ib-34", "attack", None, """
KABUL, Afghanistan (Aug. 7, 2010) - ISAF condemns the killing of ten members of a medical team in Kuran wa Munjan
district, Badakhshan province, on Thursday. The team, six Americans, a Briton, a German and two Afghans, had spent weeks
running an eye clinic in remote villages of Nuristan and were returning to Kabul. Gunmen stopped their vehicles, robbed
them and shot them. The Taliban claimed responsibility.""",
    gold("2010-08-05", "AF-BDS", ["insurgentattack"], killed=10, targets=["TALIBAN"]),
    "Killing of the International Assistance Mission eye-care team, Badakhshan, 5 Aug 2010",
    "An attack told by ISAF. Bodies were found on 6 Aug; we date the killing to Thursday 5 Aug")

add("ib-35", "civcas", None, """
2010-09-CA-002

KABUL, Afghanistan (Sept. 2, 2010) - Coalition aircraft carried out a precision strike on a convoy of vehicles in
Rustaq district, Takhar province, today, killing a senior member of the Islamic Movement of Uzbekistan, Mohammad Amin,
whom ISAF believes to be the Taliban's deputy shadow governor for Takhar. Initial reports say at least eight insurgents
died in the strike.

Afghan officials and a candidate in this month's parliamentary election say the dead were election campaign workers.
ISAF is reviewing the strike.""",
    gold("2010-09-02", "AF-TAK", ["airstrike", "insurgentskilled"], killed=8, air=True, targets=["IMU"]),
    "Takhar air strike that killed Zabet Amanullah and campaign workers, Rustaq, 2 Sep 2010",
    "ISAF's own account; the dispute is told, the count is ISAF's 'at least eight'")

add("ib-36", "release", None, """
KABUL, Afghanistan (Sept. 16, 2010) - Afghan and ISAF forces yesterday began a large operation to clear Taliban fighters
from Zharay and Arghandab districts, west and north of Kandahar city. The operation, called Dragon Strike, is part of
the
wider effort named Hamkari to bring security to Kandahar. Afghan soldiers and police are working beside U.S. and other
coalition troops, and district governors have been consulted on every stage.""",
    gold("2010-09-15", "AF-KAN", ["clearingoperation"], targets=["TALIBAN"]),
    "Start of Operation Dragon Strike, Kandahar, mid-September 2010",
    "Launch of a clearing operation, no figures. Start day simplified")

add("ib-37", "attack", None, """
KANDAHAR AIRFIELD, Afghanistan (Dec. 13, 2010) - Six ISAF service members were killed yesterday when a suicide bomber
drove a minivan
filled with explosives into a joint Afghan and coalition outpost in Zharay district, Kandahar province. The blast
brought down part of the building. Several Afghan soldiers were wounded. The Taliban claimed the attack.""",
    gold("2010-12-12", "AF-KAN", ["insurgentattack"], killed=6, targets=["TALIBAN"]),
    "Suicide vehicle bomb at the Sangsar outpost, Zharay, Kandahar, 12 Dec 2010")

# ---------------------------------------------------------------- 2011 real events
add("ib-38", "attack", None, """
ISAF Joint Command - Afghanistan

2011-04-CA-031

KABUL, Afghanistan (April 27, 2011) - Eight ISAF service members and a civilian contractor were killed today when an
Afghan military pilot opened fire in a building of the Afghan Air Force at Kabul International Airport. The attacker was
also killed. ISAF and the Afghan Ministry of Defence are investigating.""",
    gold("2011-04-27", "AF-KAB", ["insiderattack"], killed=9),
    "Insider attack at Kabul airport, 27 Apr 2011",
    "killed = 8 + 1 (the attacker not counted, README). The Taliban's claim left out of the text")

add("ib-39", "civcas", None, """
KABUL, Afghanistan (May 30, 2011) - The commander of Regional Command (Southwest) has apologised for the deaths of
fourteen civilians in an air strike in Nawzad district, Helmand province, on Saturday.

Insurgents attacked a Marine patrol from a compound and continued to fire after the Marines called for help. An aircraft
struck the compound. Afghan officials say that women and children living there were among the dead. The Marines did
not know civilians were inside.""",
    gold("2011-05-28", "AF-HEL", ["airstrike", "civiliancasualty"], killed=14, air=True),
    "Nawzad air strike, Helmand, 28 May 2011", "Toll as the Afghan officials and the apology gave it")

add("ib-40", "attack", None, """
KABUL, Afghanistan (June 29, 2011) - An ISAF helicopter supported Afghan police last night as they ended an attack by
insurgents on the Inter-Continental Hotel in Kabul. Suicide bombers and gunmen entered the hotel late in the evening
and fought the police for several hours. The helicopter fired on insurgents on the roof, killing three of them. Afghan
officials say at least ten civilians and police officers were killed. The Taliban claimed responsibility.""",
    gold("2011-06-28", "AF-KAB", ["insurgentattack"], killed=10, air=True, targets=["TALIBAN"]),
    "Attack on the Inter-Continental Hotel, Kabul, night of 28 Jun 2011",
    "killed = the victims (the attackers the helicopter killed are not counted, README)")

add("ib-41", "attack", None, """
KABUL, Afghanistan (Aug. 6, 2011) - An ISAF CH-47 helicopter crashed early this morning in Sayed Abad district, Wardak
province, killing all 38 people on board: 30 U.S. service members, seven Afghan commandos and an Afghan interpreter.
The helicopter was carrying troops to support a ground force fighting insurgents in the Tangi valley. Insurgents were
active in the area, and the Taliban say they shot the aircraft down.""",
    gold("2011-08-06", "AF-WAR", ["insurgentattack"], killed=38, targets=["TALIBAN"]),
    "Chinook (Extortion 17) shot down in the Tangi valley, Wardak, 6 Aug 2011")

add("ib-42", "attack", None, """
2011-09-CA-011

KABUL, Afghanistan (Sept. 11, 2011)

A suicide bomber detonated a truck filled with explosives outside Combat Outpost Sayed Abad in Wardak province
yesterday, killing five Afghans and wounding 77 coalition service members. The blast damaged the walls of the outpost
and shops nearby. None of the coalition wounds are life-threatening. The Taliban claimed the attack.""",
    gold("2011-09-10", "AF-WAR", ["insurgentattack"], killed=5, targets=["TALIBAN"]),
    "Truck bomb at COP Sayed Abad, Wardak, 10 Sep 2011")

add("ib-43", "attack", None, """
KABUL, Afghanistan (Sept. 14, 2011) - Afghan security forces, with ISAF support, ended an attack today on the U.S.
Embassy, the ISAF headquarters and other buildings in central Kabul, after insurgents held a tall building under
construction near Abdul Haq square for about 20 hours. The attack began yesterday afternoon. Several Afghan police
officers and civilians were killed. ISAF believes the Haqqani network was behind the attack.""",
    gold("2011-09-13", "AF-KAB", ["insurgentattack"], killed=None, targets=["HAQQANI"]),
    "Attack on the U.S. Embassy and ISAF headquarters, Kabul, 13-14 Sep 2011",
    "Date = the day the attack began ('yesterday afternoon'). 'Several' killed: null")

add("ib-44", "attack", None, """
KABUL, Afghanistan (Oct. 30, 2011) - Three Australian soldiers and an Afghan interpreter were killed yesterday when a
member of the Afghan National Army opened fire on them at a patrol base in Shah Wali Kot district, Kandahar province.
Seven other Australian soldiers were wounded. Other ISAF troops shot the attacker, who was wounded.""",
    gold("2011-10-29", "AF-KAN", ["insiderattack"], killed=4),
    "Insider attack on Australian troops, Shah Wali Kot, Kandahar, 29 Oct 2011", "killed = 3 + 1 (4 not written)")

add("ib-45", "attack", None, """
KABUL, Afghanistan (Dec. 7, 2011) - ISAF condemns yesterday's suicide bombing of a crowd of Shia worshippers at the
Abul Fazl shrine in Kabul, which killed at least 55 people, among them women and children marking Ashura. A smaller
bomb exploded in Mazar-e Sharif the same day. A spokesman for Lashkar-e-Jhangvi, a Pakistani group, said it was
responsible.""",
    gold("2011-12-06", "AF-KAB", ["insurgentattack"], killed=55, targets=["LEJ"]),
    "Ashura bombing at the Abul Fazl shrine, Kabul, 6 Dec 2011",
    "The Mazar blast is a second, smaller event; gold codes the Kabul one")

# ---------------------------------------------------------------- 2012 real events
add("ib-46", "attack", None, """
KABUL, Afghanistan (Jan. 20, 2012) - Four French ISAF soldiers were killed and 15 wounded this morning when a man in an
Afghan army uniform fired on them at a base in Tagab district, Kapisa province. The soldiers were unarmed and were
training Afghan troops. The attacker was arrested.""",
    gold("2012-01-20", "AF-KAP", ["insiderattack"], killed=4, captured=1),
    "Insider attack on French troops at Gwan, Tagab, Kapisa, 20 Jan 2012", "captured = the attacker held")

add("ib-47", "attack", None, """
KABUL, Afghanistan (Feb. 26, 2012) - Two ISAF officers, a lieutenant colonel and a major, were shot dead yesterday
inside
the Ministry of Interior in Kabul. Their attacker has not been identified. The ISAF commander has withdrawn all ISAF
advisers from Afghan ministries in Kabul as a precaution. The shooting came during protests over the burning of Korans
at Bagram Airfield.""",
    gold("2012-02-25", "AF-KAB", ["insiderattack"], killed=2),
    "Shooting of two U.S. officers in the Interior Ministry, Kabul, 25 Feb 2012")

add("ib-48", "civcas", None, """
KABUL, Afghanistan (March 11, 2012) - A coalition service member is in custody after Afghan civilians were killed and
wounded in two villages of Panjwai district, Kandahar province, early this morning. The soldier left his base on foot
before dawn. Afghan officials say 16 villagers, nine of them children, died. ISAF deeply regrets the incident and has
opened an investigation with the Afghan government.""",
    gold("2012-03-11", "AF-KAN", ["civiliancasualty"], killed=16, captured=1),
    "Panjwai killings by a U.S. soldier, Kandahar, 11 Mar 2012", "captured = the soldier taken into custody")

add("ib-49", "attack", None, """
2012-03-CA-044

KABUL, Afghanistan (March 26, 2012) - Two ISAF soldiers were shot dead today by a member of the Afghan National Army at
the entrance of the main base in Lashkar Gah, Helmand province. The attacker was killed by return fire.""",
    gold("2012-03-26", "AF-HEL", ["insiderattack"], killed=2),
    "Insider attack on British soldiers, Lashkar Gah, Helmand, 26 Mar 2012", "killed = the two soldiers")

add("ib-50", "civcas", None, """
KABUL, Afghanistan (June 8, 2012) - The ISAF commander, General John Allen, has apologised for the deaths of
civilians in
an air strike in Baraki Barak district, Logar province, on Wednesday. An Afghan and coalition force was trying to
arrest a Taliban leader when insurgents fired from a house. The force called in an air strike. Afghan officials say
18 civilians, among them women and children, were killed.""",
    gold("2012-06-06", "AF-LOG", ["airstrike", "civiliancasualty"], killed=18, air=True, targets=["TALIBAN"]),
    "Air strike that killed civilians in Baraki Barak, Logar, 6 Jun 2012")

add("ib-51", "attack", None, """
KABUL, Afghanistan (Aug. 11, 2012) - Three U.S. Marines were killed last night when an Afghan youth who worked at a
police compound opened fire inside their base in Garmsir district, Helmand province. A fourth service member was
wounded. The attacker was detained.""",
    gold("2012-08-10", "AF-HEL", ["insiderattack"], killed=3, captured=1),
    "Insider attack at FOB Delhi, Garmsir, Helmand, 10 Aug 2012")

add("ib-52", "release", None, """
ISAF confirms death of Pakistani Taliban leader Mullah Dadullah

KABUL, Afghanistan (Aug. 26, 2012) - ISAF has confirmed that a precision air strike in Shigal district, Kunar province,
on Friday killed Mullah Dadullah, the leader of Tehrik-e Taliban Pakistan in Bajaur Agency, along with his deputy and a
dozen of his fighters. Dadullah led attacks across the border on Afghan and Pakistani forces.""",
    gold("2012-08-24", "AF-KNR", ["airstrike", "insurgentskilled"], killed=14, air=True, targets=["TTP"]),
    "Air strike that killed Mullah Dadullah (TTP Bajaur), Kunar, 24 Aug 2012",
    "killed = Dadullah + deputy + a dozen (14 not written)")

add("ib-53", "attack", None, """
KABUL, Afghanistan (Aug. 30, 2012) - Three Australian soldiers were killed and two wounded yesterday evening when a man
in an Afghan army uniform fired on them at a small patrol base north of Tarin Kot, Uruzgan province. The attacker
escaped and an Afghan and coalition search is under way.""",
    gold("2012-08-29", "AF-URU", ["insiderattack"], killed=3),
    "Insider attack on Australian troops at a patrol base, Uruzgan, 29 Aug 2012")

add("ib-54", "attack", None, """
KABUL, Afghanistan (Sept. 16, 2012) - Four ISAF soldiers were killed early this morning at a checkpoint in Mizan
district, Zabul province, when Afghan policemen they were working with turned their weapons on them. One of the
attackers was killed by return fire. It is the second such attack this weekend.""",
    gold("2012-09-16", "AF-ZAB", ["insiderattack"], killed=4),
    "Insider attack on U.S. soldiers, Mizan, Zabul, 16 Sep 2012")

add("ib-55", "attack", None, """
KABUL, Afghanistan (Sept. 18, 2012) - ISAF condemns this morning's suicide car bombing of a minibus carrying foreign
aviation workers to Kabul International Airport, which killed twelve people. Hezb-e Islami said a woman carried out the
attack in revenge for a film that insulted the Prophet.""",
    gold("2012-09-18", "AF-KAB", ["insurgentattack"], killed=12, targets=["HIG"]),
    "Suicide bombing of a minibus on the Kabul airport road, 18 Sep 2012")

# ---------------------------------------------------------------- 2013-2014 real events
add("ib-56", "civcas", None, """
KABUL, Afghanistan (Feb. 14, 2013) - ISAF is aware of reports that civilians died in an air strike requested by Afghan
forces in Shigal district, Kunar province, late yesterday. An Afghan-led operation was under way against a Taliban
commander. Provincial officials say ten civilians, five of them children, were killed, together with a number of
insurgents. ISAF and Afghan authorities are investigating.""",
    gold("2013-02-13", "AF-KNR", ["airstrike", "civiliancasualty"], killed=10, air=True, targets=["TALIBAN"]),
    "Shigal air strike, Kunar, 13 Feb 2013", "killed = the civilians counted; insurgent dead unnumbered")

add("ib-57", "attack", None, """
KABUL, Afghanistan (April 7, 2013) - Five Americans, three soldiers and two civilians, and an Afghan doctor were killed
yesterday when a suicide bomber attacked their convoy in Qalat, Zabul province. The team was on its way to give books
to a school. Among the dead was a young U.S. diplomat. The Taliban claimed the attack.""",
    gold("2013-04-06", "AF-ZAB", ["insurgentattack"], killed=6, targets=["TALIBAN"]),
    "Qalat bombing that killed Anne Smedinghoff, Zabul, 6 Apr 2013", "killed = 5 + 1 (6 not written)")

add("ib-58", "attack", None, """
2013-05-CA-029

KABUL, Afghanistan (May 16, 2013) - A suicide bomber rammed a car filled with explosives into an ISAF convoy in eastern
Kabul this morning. Six ISAF personnel, two soldiers and four civilian contractors, and nine Afghans were killed.
Hezb-e Islami claimed the attack.""",
    gold("2013-05-16", "AF-KAB", ["insurgentattack"], killed=15, targets=["HIG"]),
    "Suicide car bomb on an ISAF convoy, Kabul, 16 May 2013", "killed = 6 + 9 (15 not written)")

add("ib-59", "attack", "2013-06-19", """
Four service members killed in rocket attack on Bagram Airfield

KABUL, Afghanistan - Four ISAF service members were killed yesterday when insurgents fired rockets at Bagram Airfield,
Parwan province. The attack came on the day the Afghan National Security Forces formally took the lead for security
across the country. The Taliban said its fighters fired the rockets.""",
    gold("2013-06-18", "AF-PAR", ["insurgentattack"], killed=4, targets=["TALIBAN"]),
    "Rocket attack on Bagram, Parwan, 18 Jun 2013", "Published date given, no dateline date")

add("ib-60", "attack", "2014-08-05", """
KABUL, Afghanistan - A man wearing an Afghan army uniform opened fire at the Marshal Fahim National Defence University
in Kabul today, killing a U.S. Army major general and wounding about 15 ISAF and Afghan personnel, among them a
German brigadier general. Afghan soldiers killed the attacker. ISAF and Afghan officials are investigating.""",
    gold("2014-08-05", "AF-KAB", ["insiderattack"], killed=1),
    "Insider attack at Camp Qargha that killed Maj. Gen. Harold Greene, Kabul, 5 Aug 2014",
    "Published date given. killed = the general (1 not written as a number)")


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def check(rec: dict) -> None:
    """A weekday the lead paragraph names must be the gold date's: the gold follows the text."""
    first = next(p for p in rec["text"].replace(LS, "\n").split("\n") if len(p) > 80).lower()
    named = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", first)]
    date = rec["gold"]["date"]
    if named and date:
        actual = WEEKDAYS[datetime.date.fromisoformat(date).weekday()]
        assert actual in named, (rec["id"], named, actual)


def main() -> None:
    for rec in R:
        check(rec)
    write_set(HERE / "isaf_blind_eval.jsonl", R, expected=60)

if __name__ == "__main__":
    main()
