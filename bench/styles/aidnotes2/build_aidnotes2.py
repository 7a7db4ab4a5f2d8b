"""Build aidnotes2_eval.jsonl: 50 aid-worker security notes written blind for issue 11 (see README.md).

This file is the source of truth for the texts and their gold; after an edit run
`python bench/styles/aidnotes2/build_aidnotes2.py`. Every record carries id, style, text, published,
gold (the dev fields plus category and is_attack) and origin (the real event and the coding choice).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from set_io import write_set

OUT = Path(__file__).resolve().parent / "aidnotes2_eval.jsonl"
EXPECTED = 50

ARMED = ["armed_assault"]
ABDUCT = ["kidnapping"]
IED = ["bombing"]
SVBIED = ["suicide_bombing"]
AIR = ["airstrike"]
DETAIN = ["security_operation"]


def attack(date, admin1, place, types, category, *, killed=None, injured=None, actor=None, certainty=None,
           raw="", militants_killed=None):
    """Gold of a note that reports an attack (or a security operation, which is an event too)."""
    return {"date": date, "country": admin1[:2] if admin1 else None, "admin1": admin1, "place": place,
            "attack_types": types, "killed": killed, "killed_perpetrators": militants_killed, "injured": injured,
            "perpetrator": actor, "perpetrator_certainty": certainty, "perpetrator_raw": raw,
            "category": category, "is_attack": True}


def not_attack(category, *, is_attack=False):
    """Gold of a note that reports no attack: the scorer checks only category and detection."""
    return {"date": None, "country": None, "admin1": None, "place": None, "attack_types": [], "killed": None,
            "killed_perpetrators": None, "injured": None, "perpetrator": None, "perpetrator_certainty": None,
            "perpetrator_raw": "", "category": category, "is_attack": is_attack}


NOTES = []


def note(rid, published, text, gold, event, why=""):
    NOTES.append({"id": rid, "style": "aidnote", "text": " ".join(text.split()), "published": published,
                  "gold": gold, "origin": {"event": event, "note": why}})


# --- attacks on aid workers, health care and the UN -------------------------------------------------------

note("a2-01", None, """
17/01/2014 - Kabul, Wazir Akbar Khan. A suicide bomber detonated at the gate of a Lebanese restaurant
frequented by expatriates; two gunmen then entered and fired on diners. 21 killed, four UN staff among them.
Taliban claimed.""",
     attack("2014-01-17", "AF-KAB", "Wazir Akbar Khan", SVBIED + ARMED, "Suicide bomb", killed=21,
            actor="TALIBAN", certainty="claimed", raw="Taliban"),
     "Taverna du Liban attack, Kabul, 17 Jan 2014")

note("a2-02", None, """
4 Dec 2019, Jalalabad city, Nangarhar: vehicle of a Japanese medical NGO ambushed by unknown gunmen on the way to
the office. The NGO's head, a Japanese doctor, was killed together with the five Afghans in the car (driver and
guards): six dead. No claim; the Taliban denied involvement.""",
     attack("2019-12-04", "AF-NAN", "Jalalabad", ARMED, "Attack", killed=6),
     "Dr Tetsu Nakamura (PMS) killed, Jalalabad, 4 Dec 2019", "Taliban only in a denial: perpetrator null")

note("a2-03", None, """
23.10.2010 Herat city. Complex attack on the UN compound: car bomb at the main gate, then attackers in burqas
tried to get in and were engaged by guards and police. All attackers killed; no UN staff hurt. Taliban claimed.""",
     attack("2010-10-23", "AF-HER", "Herat", IED + ARMED, "Attack", actor="TALIBAN", certainty="claimed",
            raw="Taliban"),
     "UN compound attack, Herat, 23 Oct 2010", "attackers' toll written without a number")

note("a2-04", "2013-05-25", """
Kabul, Shahr-e-Naw: late on Friday a suicide car bomb blew open the gate of the guesthouse of an
intergovernmental migration agency and gunmen fought their way inside. Staff sheltered in a safe room until
Afghan special forces ended the siege hours later; there were casualties among staff and police. The Taliban
claimed the attack.""",
     attack("2013-05-24", "AF-KAB", "Shahr-e-Naw", SVBIED + ARMED, "Suicide bomb", actor="TALIBAN",
            certainty="claimed", raw="Taliban"),
     "IOM guesthouse attack, Kabul, 24 May 2013", "'on Friday' against a Saturday publication")

note("a2-05", "2016-04-29", """
Jalalabad, Nangarhar: an Australian woman who ran a local NGO supporting women artisans was abducted from her
office on Thursday by armed men wearing security forces uniforms. No claim. Released in August, after about
four months in captivity.""",
     attack("2016-04-28", "AF-NAN", "Jalalabad", ABDUCT, "Abduction/forced disappearance", killed=0),
     "Kerry Jane Wilson (Zardozi) abduction, Jalalabad, 28 Apr 2016",
     "the uniforms are a disguise: no state actor; kidnapping, not killed")

note("a2-06", None, """
2 June 2014 - Zindajan district, Herat. INGO country director (Indian national, refugee education programme)
kidnapped by AOG while visiting a school for returnee children. Released Feb 2015 after eight months.""",
     attack("2014-06-02", "AF-HER", "Zindajan", ABDUCT, "Abduction/forced disappearance", killed=0),
     "Fr Alexis Prem Kumar (JRS) abduction, Herat, 2 Jun 2014", "'AOG' is generic: perpetrator null")

note("a2-07", "2016-12-20", """
Mazar-i-Sharif - Kunduz road. An ICRC international staff member, a Spanish national, was abducted by armed
men who stopped his vehicle on the road. The ICRC appealed for his safe release.""",
     attack("2016-12-19", None, None, ABDUCT, "Abduction/forced disappearance", killed=0),
     "ICRC Spanish staff member abducted, Mazar-Kunduz road, Dec 2016",
     "the road crosses Balkh, Samangan and Kunduz: admin1 null (unscored)")

note("a2-08", None, """
Aug 2015, Kabul, Qala-e-Fatullah. German female staff of a German government development agency pulled from her
car by two armed men and abducted. Freed unharmed in October. No group made a claim public.""",
     attack(None, "AF-KAB", "Kabul", ABDUCT, "Abduction/forced disappearance", killed=0),
     "GIZ staff member abducted, Kabul, 17 Aug 2015",
     "month only: date null (unscored); the year was first written 2016 by mistake, fixed after a fact check")

note("a2-09", None, """
24/02/2022 Kunduz and Takhar provinces: 8 polio vaccinators, four of them women, shot dead by unidentified gunmen
in separate attacks during the house-to-house campaign. The de facto authorities said they had opened an
investigation.""",
     attack("2022-02-24", "AF-KDZ", "Kunduz", ARMED, "Attack", killed=8),
     "Polio workers killed in Kunduz and Takhar, 24 Feb 2022",
     "two provinces: the first named is coded; the authorities are investigators, not perpetrators")

note("a2-10", None, """
28 March 2014, Kabul: a suicide car bomb went off outside the guesthouse of a US agricultural NGO and gunmen
tried to storm the building. A child passing in the street was killed; the attackers all died. Taliban claimed
responsibility.""",
     attack("2014-03-28", "AF-KAB", "Kabul", SVBIED + ARMED, "Suicide bomb", actor="TALIBAN", certainty="claimed",
            raw="Taliban"),
     "Roots of Peace guesthouse attack, Kabul, 28 Mar 2014", "toll written as a person: killed unscored")

note("a2-11", None, """
24-Apr-2014, Kabul: an Afghan police officer assigned to guard a US-run charity hospital opened fire on foreign
staff and visitors at its gate. 3 killed (a US paediatrician and two visitors, a father and his son) and 1 US
nurse injured. The gunman was wounded and detained.""",
     attack("2014-04-24", "AF-KAB", "Kabul", ARMED, "Attack", killed=3, injured=1),
     "CURE International Hospital shooting, Kabul, 24 Apr 2014",
     "an insider acting alone: neither the police nor the government is the perpetrator")

note("a2-12", "2016-09-06", """
Kabul, Shahr-e-Naw: on Monday night a vehicle bomb exploded at the gate of an INGO's compound and gunmen went in.
Afghan special forces ended the siege the next morning and brought the staff out. All attackers were
killed.""",
     attack("2016-09-05", "AF-KAB", "Shahr-e-Naw", IED + ARMED, "Attack"),
     "CARE International compound attack, Kabul, 5 Sep 2016")

note("a2-13", None, """
26 Feb 2010, central Kabul: suicide attackers struck two guesthouses used by foreigners, among them doctors of an
Indian government medical mission. At least 16 killed. The Taliban claimed the attacks.""",
     attack("2010-02-26", "AF-KAB", "Kabul", SVBIED, "Suicide bomb", killed=16, actor="TALIBAN",
            certainty="claimed", raw="Taliban"),
     "Kabul guesthouse attacks (Indian doctors), 26 Feb 2010",
     "the note tells of suicide attackers only: no armed assault coded (gold fixed after the blind run)")

note("a2-14", None, """
29 August 2021, Kabul, Khwaja Burgha: a US drone strike on a car parked in a family compound killed 10 civilians,
among them an electrical engineer employed by a US-based NGO and seven children. The US military first said it
had struck an ISIS-K cell; it later called the strike a tragic mistake.""",
     attack("2021-08-29", "AF-KAB", "Khwaja Burgha", AIR, "Air/drone strike", killed=10, actor="US",
            certainty="attributed", raw="US military"),
     "US drone strike killing Zemari Ahmadi (NEI), Kabul, 29 Aug 2021",
     "ISIS-K is the wrongly supposed target, not a perpetrator")

note("a2-15", "2017-03-08", """
Kabul, Wazir Akbar Khan: gunmen dressed as medical staff entered the Sardar Daud Khan military hospital after a
suicide bomber blew himself up at a gate, and fought through the wards for hours. Officials put the dead at
more than 30, patients, doctors and nurses among them. The Islamic State claimed responsibility.""",
     attack("2017-03-08", "AF-KAB", "Wazir Akbar Khan", SVBIED + ARMED, "Suicide bomb", actor="ISKP",
            certainty="claimed", raw="Islamic State"),
     "Sardar Daud Khan hospital attack, Kabul, 8 Mar 2017", "'more than 30': killed unscored")

note("a2-16", None, """
2 Nov 2021 - Kabul: a suicide bomber blew himself up at the entrance of the 400-bed military hospital and a
second blast followed before gunmen went in. At least 19 killed and about 50 injured, per the authorities; a
senior Taliban commander was among the dead. ISKP claimed.""",
     attack("2021-11-02", "AF-KAB", "Kabul", SVBIED + ARMED, "Suicide bomb", killed=19, injured=50, actor="ISKP",
            certainty="claimed", raw="ISKP"),
     "Sardar Daud Khan hospital attack, Kabul, 2 Nov 2021",
     "the Taliban commander is a victim; 'about 50' coded as the best figure")

note("a2-17", "2011-06-26", """
Logar province, Azra district: on Saturday a suicide bomber drove an explosives-laden vehicle into the district
hospital. Dozens of patients, visitors and health staff were killed. The Taliban denied involvement.""",
     attack("2011-06-25", "AF-LOG", "Azra", SVBIED, "Suicide bomb"),
     "Azra district hospital bombing, Logar, 25 Jun 2011", "'dozens': killed unscored; denial only")

note("a2-18", None, """
19.09.2019, Qalat, Zabul: a suicide truck bomb exploded beside the NDS office and wrecked the provincial hospital
next door. At least 20 killed and nearly 100 wounded, many of them patients and hospital staff. The Taliban
claimed it, saying the intelligence office was the target.""",
     attack("2019-09-19", "AF-ZAB", "Qalat", SVBIED, "Suicide bomb", killed=20, actor="TALIBAN", certainty="claimed",
            raw="Taliban"),
     "Qalat hospital truck bombing, Zabul, 19 Sep 2019", "the NDS is the claimed target, not the attacker")

note("a2-19", "2008-02-26", """
Mansehra district, NWFP: armed men stormed the office of a British child-rights INGO on Monday morning, throwing
grenades and firing on staff. 4 NS killed.""",
     attack("2008-02-25", "PK-KP", "Mansehra", ARMED, "Attack", killed=4),
     "Plan International office attack, Mansehra, 25 Feb 2008")

note("a2-20", None, """
19 Jan 2012, Multan, Punjab: two international staff of a German INGO running flood-recovery projects, a German
and an Italian, abducted from their residence by armed men. The German was released in October 2014.""",
     attack("2012-01-19", "PK-PB", "Multan", ABDUCT, "Abduction/forced disappearance", killed=0),
     "Welthungerhilfe staff (Muehlenbeck, Lo Porto) abducted, Multan, 19 Jan 2012")

note("a2-21", None, """
20 Apr 2016, Karachi, Orangi Town: gunmen on motorcycles shot dead seven policemen deployed to protect polio
vaccination teams, in two attacks minutes apart. The vaccinators were unhurt.""",
     attack("2016-04-20", "PK-SD", "Orangi Town", ARMED, "Attack", killed=7),
     "Polio-escort police killed, Orangi Town, Karachi, 20 Apr 2016")

note("a2-22", "2018-01-19", """
Quetta, Shalkot area: 2 polio vaccinators, a mother and her daughter, were shot dead by men on a motorbike on
Thursday while vaccinating children door to door. No claim.""",
     attack("2018-01-18", "PK-BA", "Quetta", ARMED, "Attack", killed=2),
     "Polio workers (mother and daughter) killed, Quetta, 18 Jan 2018")

note("a2-23", None, """
21 January 2014, Karachi (Qayyumabad): three members of a polio vaccination team were shot dead by gunmen on
motorcycles. No group claimed the killings.""",
     attack("2014-01-21", "PK-SD", "Karachi", ARMED, "Attack", killed=3),
     "Polio workers killed, Qayyumabad, Karachi, 21 Jan 2014")

note("a2-24", "2009-06-10", """
Peshawar, NWFP: attackers shot their way past the guards of the Pearl Continental hotel late on Tuesday and a
truck bomb exploded by the building. A UNHCR international staff member and a UNICEF staff member were among the
dead; several other UN staff were wounded.""",
     attack("2009-06-09", "PK-KP", "Peshawar", IED + ARMED, "Attack"),
     "Pearl Continental hotel bombing, Peshawar, 9 Jun 2009",
     "no total toll written: killed unscored; the note does not say suicide (gold fixed after the blind run)")

note("a2-25", None, """
13 Mar 2013 - Karachi: the director of a well-known local NGO working on sanitation and housing in Orangi was
shot dead by gunmen on a motorbike while driving home from the office. 1 killed. No claim.""",
     attack("2013-03-13", "PK-SD", "Karachi", ARMED, "Attack", killed=1),
     "Perween Rahman (Orangi Pilot Project) killed, Karachi, 13 Mar 2013")

note("a2-26", "2016-08-08", """
Quetta, Balochistan: a suicide bomber blew himself up in the emergency department of the Civil Hospital as
lawyers and staff gathered around the body of the bar association president, shot dead earlier in the day. At
least 70 killed. Jamaat-ul-Ahrar claimed responsibility.""",
     attack("2016-08-08", "PK-BA", "Quetta", SVBIED, "Suicide bomb", killed=70, actor="JUA", certainty="claimed",
            raw="Jamaat-ul-Ahrar"),
     "Quetta Civil Hospital bombing, 8 Aug 2016",
     "the earlier shooting of the bar president is the lure, told as background (his death not in the 70)")

note("a2-27", "2018-01-28", """
Kabul, Sidarat Square: yesterday an ambulance packed with explosives passed a police checkpoint and blew up near
the old interior ministry building. 103 killed, 235 wounded; the city's hospitals were overwhelmed. Taliban
claimed. Misuse of an ambulance.""",
     attack("2018-01-27", "AF-KAB", "Sidarat Square", IED, "Remote explosive/landmine/IED", killed=103, injured=235,
            actor="TALIBAN", certainty="claimed", raw="Taliban"),
     "Kabul ambulance bombing, 27 Jan 2018",
     "the police and ministry are place words, not actors; the note does not say suicide"
     " (gold fixed after the blind run)")

note("a2-28", None, """
Nov 2008, Kabul: French national working for a small French NGO abducted by armed men in the city. Released
about a month later. No group claimed the kidnapping.""",
     attack(None, "AF-KAB", "Kabul", ABDUCT, "Abduction/forced disappearance", killed=0),
     "Dany Egreteau abduction, Kabul, Nov 2008", "month only: date null")

# --- the events the brief names, retold (they are also in bench/styles/aidnotes, in other words) ---------

note("a2-29", None, """
2015-10-03 - Kunduz city. MSF trauma centre hit repeatedly in air strikes by US forces between about 02:00 and
03:00, although its coordinates had been shared with the parties. First count: 22 killed (12 MSF staff and 10
patients, three of them children), 37 injured.""",
     attack("2015-10-03", "AF-KDZ", "Kunduz", AIR, "Air/drone strike", killed=22, injured=37, actor="US",
            certainty="attributed", raw="US forces"),
     "MSF Kunduz trauma centre strike, 3 Oct 2015", "early MSF figures, as the note gives them")

note("a2-30", "2018-01-25", """
Jalalabad, Nangarhar: yesterday morning a car bomb at the gate of a child-rights INGO's office was followed by
gunmen who fought security forces inside for about ten hours. Four staff of the INGO are among the dead; the
toll is not final. Daesh claimed.""",
     attack("2018-01-24", "AF-NAN", "Jalalabad", IED + ARMED, "Attack", actor="ISKP", certainty="claimed",
            raw="Daesh"),
     "Save the Children office attack, Jalalabad, 24 Jan 2018",
     "'among the dead' with the toll open: killed unscored; Daesh is IS, scored as ISKP; a car bomb"
     " and gunmen as in a2-12 (gold fixed after the blind run: it said Suicide bomb)")

note("a2-31", None, """
8 June 2021, night, Baghlan province: demining INGO's camp attacked by armed men. 10 NS deminers
killed, 16 injured. IS-K claimed.""",
     attack("2021-06-08", "AF-BGL", None, ARMED, "Attack", killed=10, injured=16, actor="ISKP", certainty="claimed",
            raw="IS-K"),
     "HALO Trust deminers killed, Baghlan, 8 Jun 2021")

note("a2-32", "2024-01-09", """
Bajaur, KP - Mamund tehsil: roadside IED hit a police vehicle going to escort a polio vaccination team yesterday.
5 police killed, more than twenty injured. No claim.""",
     attack("2024-01-08", "PK-KP", "Mamund", IED, "Remote explosive/landmine/IED", killed=5),
     "Bajaur polio-escort bombing, 8 Jan 2024", "'more than twenty': injured unscored")

note("a2-33", None, """
30-03-2021 Jalalabad: 3 female polio vaccinators shot dead, in two separate incidents in the city. No
claim.""",
     attack("2021-03-30", "AF-NAN", "Jalalabad", ARMED, "Attack", killed=3),
     "Polio vaccinators killed in Jalalabad, 30 Mar 2021")

note("a2-34", "2017-02-09", """
Jowzjan province, Qush Tepa district: six ICRC national staff carrying relief supplies to snow-hit villages were
killed by unidentified armed men yesterday; two colleagues remain unaccounted for. The ICRC suspended its
movements in the country.""",
     attack("2017-02-08", "AF-JOW", "Qush Tepa", ARMED, "Attack", killed=6),
     "ICRC staff killed in Jowzjan, 8 Feb 2017")

note("a2-35", None, """
12 May 2020 - Kabul, Dasht-e-Barchi: three attackers entered the maternity wing run by MSF in the government
hospital and shot mothers, newborns and staff. 24 killed, among them 16 mothers and an MSF midwife. No group
claimed it.""",
     attack("2020-05-12", "AF-KAB", "Dasht-e-Barchi", ARMED, "Attack", killed=24),
     "Dasht-e-Barchi maternity ward attack, Kabul, 12 May 2020")

# --- a security operation against an NGO ------------------------------------------------------------------

note("a2-36", None, """
Sep 2023, Ghor province: the de facto authorities detained 18 staff of a Christian INGO, one of them a foreign
national, accusing them of spreading Christianity. The organisation denied the charge. No one was hurt.""",
     attack(None, "AF-GHO", "Ghor", DETAIN, "Arrests", actor="TALIBAN", certainty="attributed",
            raw="de facto authorities"),
     "IAM staff detained in Ghor, Sep 2023",
     "a detention by the authorities is a security operation (as in ops/ops2): the force is the actor")

# --- not attacks: disasters, crashes, decisions, a mob ------------------------------------------------------

note("a2-37", None, """
22 Jun 2022, ~01:30: a magnitude 5.9 earthquake struck Gayan and Barmal districts of Paktika. More than 1,000
killed and thousands of houses destroyed. Aid agencies sent teams. Not a security incident.""",
     not_attack("Natural disaster"),
     "Paktika earthquake, 22 Jun 2022")

note("a2-38", "2023-10-08", """
Herat province, Zindajan district: a series of strong earthquakes on Saturday flattened whole villages. More than
1,000 people were reported killed. Aid agencies sent mobile health teams.""",
     not_attack("Natural disaster"),
     "Herat earthquakes, 7 Oct 2023")

note("a2-39", "2025-09-01", """
Kunar province: a magnitude 6.0 earthquake late on Sunday night, centred near Jalalabad, destroyed villages in
Nurgal and Chawkay districts. More than 800 dead according to the de facto authorities; roads blocked by
landslides slowed humanitarian access.""",
     not_attack("Natural disaster"),
     "Kunar earthquake, 31 Aug 2025", "the authorities give the toll: not an actor of anything")

note("a2-40", None, """
2 May 2014, Argo district, Badakhshan: after days of rain a hillside collapsed onto a village; a second slide
buried villagers who had come to dig. Hundreds feared dead. Relief agencies sent teams from Faizabad.""",
     not_attack("Natural disaster"),
     "Ab-e-Barik landslide, Argo, Badakhshan, 2 May 2014")

note("a2-41", None, """
8 Feb 2010, Salang pass, Parwan: a series of avalanches buried vehicles near the southern entrance of the tunnel.
More than 160 dead; hundreds of travellers trapped overnight. Road closed for days.""",
     not_attack("Natural disaster"),
     "Salang avalanches, 8-9 Feb 2010")

note("a2-42", None, """
Late Aug 2022, Sindh: monsoon floods put much of Dadu and neighbouring districts under water; the national death
toll passed 1,000. Relief operations hampered by cut roads. No security incident.""",
     not_attack("Natural disaster"),
     "Pakistan floods, Aug 2022")

note("a2-43", "2025-08-20", """
Herat province, Guzara district, Herat-Kabul highway: a bus carrying Afghans just deported from Iran collided with
a truck and a motorcycle and caught fire. 79 killed, 19 of them children. Road traffic accident, not an attack.""",
     not_attack("Man-made disaster"),
     "Herat returnee bus crash, 19 Aug 2025")

note("a2-44", None, """
26 October 2015: a magnitude 7.5 earthquake centred in Jurm district, Badakhshan, shook north-east Afghanistan
and northern Pakistan; more than 300 killed across both countries, most of them in KP.
Aid agencies assessing damage.""",
     not_attack("Natural disaster"),
     "Hindu Kush earthquake, 26 Oct 2015")

note("a2-45", "2015-06-12", """
Islamabad: police sealed the country office of an international child-rights INGO yesterday and the interior
ministry gave its foreign staff 15 days to leave, accusing the organisation of anti-state activities. No
arrests.""",
     not_attack("Other"),
     "Save the Children office sealed, Islamabad, 11 Jun 2015", "an administrative act: no event")

note("a2-46", "2022-12-25", """
Kabul: the Ministry of Economy of the de facto authorities yesterday ordered all national and international NGOs
to stop their female employees from working until further notice, citing complaints about dress. Several INGOs
suspended programmes.""",
     not_attack("Other"),
     "Taliban ban on women working for NGOs, 24 Dec 2022", "a decree, not an attack")

note("a2-47", "2019-04-11", """
The Taliban said they had withdrawn their security guarantees for the ICRC and suspended the activities of the
WHO in areas under their control, accusing the latter of suspicious vaccination work. No incident reported.""",
     not_attack("Change to group/activity"),
     "Taliban withdraw guarantees for ICRC and WHO, Apr 2019", "an armed group's change of policy")

note("a2-48", "2012-06-17", """
North Waziristan: the local Taliban commander Hafiz Gul Bahadur banned polio vaccination in the agency as long as
US drone strikes continue, calling the campaign a cover for spying.""",
     not_attack("Change to group/activity"),
     "Gul Bahadur polio ban, North Waziristan, Jun 2012", "a ban announced, no violence")

note("a2-49", None, """
22 Apr 2019, Peshawar (Mashokhel): after rumours that children had fallen ill from polio drops, a crowd set fire
to part of a basic health unit. No casualties.""",
     not_attack("Mob violence", is_attack=None),
     "Mashokhel health unit set on fire, Peshawar, 22 Apr 2019",
     "mob violence: detection unscored (is_attack null), as case_blind codes it")

note("a2-50", None, """
17 May 2010: an Antonov passenger plane of a private Afghan airline flying from Kunduz to Kabul went missing near
the Salang pass; the wreckage was found on a mountainside days later with no survivors. Several foreigners were among
the passengers.""",
     not_attack("Man-made disaster"),
     "Pamir Airways crash near the Salang pass, 17 May 2010")


def main() -> None:
    write_set(OUT, NOTES, expected=EXPECTED)
    print(f"{sum(bool(r['gold']['is_attack']) for r in NOTES)} attacks")


if __name__ == "__main__":
    main()
