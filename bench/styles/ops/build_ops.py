"""Build ops_eval.jsonl: team-written operations press releases, written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/ops/build_ops.py` after an edit.
Each record: id, style, text, published, gold (dev fields + category + is_attack, and for operations
`captured` and `target_groups` as in the ISAF dev gold), origin (the real event, coding notes).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

NON_ATTACK = dict(date=None, country=None, admin1=None, place=None, attack_types=[], killed=None,
                  killed_perpetrators=None, injured=None, perpetrator=None, perpetrator_certainty=None,
                  perpetrator_raw="", captured=None, target_groups=[], is_attack=False)


def g(date, country, admin1, place, types, category, killed=None, kp=None, injured=None,
      perp=None, cert=None, raw="", captured=None, targets=()):
    return dict(date=date, country=country, admin1=admin1, place=place, attack_types=types, killed=killed,
                killed_perpetrators=kp, injured=injured, perpetrator=perp, perpetrator_certainty=cert,
                perpetrator_raw=raw, captured=captured, target_groups=list(targets), category=category,
                is_attack=True)


def op(date, country, admin1, place, types, category, force, raw, targets, kp=None, killed=None,
       injured=None, captured=None, cert="claimed"):
    """A state force's operation: the operating force is the actor ('claimed' in its own release,
    'attributed' when another party, e.g. the government whose territory was struck, names it)."""
    return g(date, country, admin1, place, types, category, killed=killed, kp=kp, injured=injured, perp=force,
             cert=cert, raw=raw, captured=captured, targets=targets)


def na(category):
    return dict(NON_ATTACK, category=category)


R = []


def add(rid, style, published, text, gold, event, note=""):
    R.append({"id": rid, "style": style, "text": " ".join(text.split()), "published": published,
              "gold": gold, "origin": {"event": event, "note": note}})


# ------------------------------------------------- mod: Afghan MoD / MoI / spokesman (Islamic Emirate era)
add("op-mod-01", "mod", None, """
KABUL, 4 October 2021 - Spokesman of the Islamic Emirate Zabihullah Mujahid said that last night special units of
the Islamic Emirate conducted a decisive operation against a hideout of the khawarij in the north of Kabul city.
The hideout was completely destroyed and all the members of the group present inside were killed. Mujahid said the
operation followed the cowardly blast at the entrance of the Eid Gah mosque on Sunday, and that no mujahid was
harmed in the raid.""",
    op("2021-10-03", "AF", "AF-KAB", "Kabul", ["security_operation"], "Armed clash", "TALIBAN", "khawarij",
       ["ISKP"]),
    "Taliban raid on an ISKP cell in north Kabul the night after the Eid Gah mosque blast, 3/4 Oct 2021",
    "Taliban 'khawarij' = ISKP (target). No count of the dead ('all the members'). Eid Gah blast is background")

add("op-mod-02", "mod", "2021-09-25", """
HERAT: The deputy governor of Herat for the Islamic Emirate, Mawlawi Shir Ahmad Muhajir, told reporters that
security forces had freed a businessman and his son who were abducted this morning in the city. He said the
mujahideen surrounded the kidnappers near the Herat Bazaar and in the exchange of fire one mujahid was wounded and
four kidnappers were killed. The bodies of the kidnappers were later hung in the main squares of the city as a lesson
for others, the official said.""",
    op("2021-09-25", "AF", "AF-HER", "Herat", ["security_operation"], "Armed clash", "TALIBAN", "kidnappers",
       ["OTHER:kidnappers"], kp=4, injured=1),
    "Herat: Taliban killed four alleged kidnappers and displayed their bodies, 25 Sep 2021",
    "Operation against criminals; the wounded mujahid is the operating side (injured=1)")

add("op-mod-03", "mod", None, """
Ministry of National Defence, Islamic Emirate of Afghanistan. Press release, 16 May 2022. Mujahideen of the
Ministry of Defence launched a clearing operation yesterday in the Andarab district of Baghlan province against
remnants of the armed opposition who had been harassing villagers. According to the ministry, 18 rebels of the
so-called resistance front were killed, 4 were arrested and a large amount of weapons was seized. Two mujahideen
were martyred and three wounded. The ministry said that the situation in Andarab is now normal.""",
    op("2022-05-15", "AF", "AF-BGL", "Andarab", ["security_operation"], "Armed clash", "TALIBAN",
       "so-called resistance front", ["NRF"], kp=18, killed=2, injured=3, captured=4),
    "Taliban operations against NRF fighters in Andarab, Baghlan, mid-May 2022 (ministry's figures)",
    "Casualties of the operating force go to killed/injured, the targeted rebels to killed_perpetrators")

add("op-mod-04", "mod", "2022-08-02", """
KABUL: The Islamic Emirate's spokesman said on Tuesday that an air strike was carried out on Sunday on a residential
house in the Sherpur area of Kabul city. After investigation, the security and intelligence bodies found that the
attack was carried out by American drones. The Islamic Emirate strongly condemns this attack on any pretext and
calls it a clear violation of international principles and the Doha agreement. The spokesman did not say who was in
the house.""",
    op("2022-07-31", "AF", "AF-KAB", "Sherpur", ["airstrike"], "Air/drone strike", "US", "American drones", ["AQ"],
       cert="attributed"),
    "US drone strike in Sherpur, Kabul, that killed Ayman al-Zawahiri, 31 Jul 2022 (Taliban statement)",
    "Speaker Taliban, actor US; attribution by the Taliban ('attributed' is also right)")

add("op-mod-05", "mod", None, """
KABUL, August 18, 2022 - Ministry of Interior spokesman Abdul Nafi Takor said security forces killed Mawlawi Mahdi
Mujahid, the former commander who had rebelled in Balkhab, on Wednesday in the Kohsan area of Herat province as he
tried to cross into Iran. The spokesman said Mahdi had been fleeing since the Islamic Emirate regained control of
Balkhab district of Sar-e Pul province in June, and that his men had been disarmed.""",
    op("2022-08-17", "AF", "AF-HER", "Kohsan", ["security_operation"], "Armed clash", "TALIBAN",
       "former commander who had rebelled", ["OTHER:mahdi mujahid"], kp=1),
    "Killing of Mawlawi Mahdi Mujahid near the Iran border, Herat, 17 Aug 2022",
    "Wednesday in a Thursday 18 Aug dateline -> 17 Aug; Balkhab (Sar-e Pul) is background")

add("op-mod-06", "mod", "2023-02-27", """
Kabul - Special forces of the Islamic Emirate conducted two operations against khawarij hideouts in Kabul and
Nimroz over the past days, the spokesman of the Islamic Emirate said on Monday. In the Kabul operation two senior
members of the group, who had planned attacks on the Russian and Pakistani embassies and on the foreign ministry,
were killed. In Nimroz, several members of the group were arrested. The khawarij are the enemies of Islam and of
Afghanistan, the statement said.""",
    op("2023-02-26", "AF", "AF-KAB", "Kabul", ["security_operation"], "Armed clash", "TALIBAN", "khawarij",
       ["ISKP"], kp=2),
    "Taliban operations against ISKP in Kabul and Nimroz, late Feb 2023 (Qari Fateh raid)",
    "Date is vague in the text ('over the past days'); the Kabul raid is the first-told event. Embassy attacks "
    "are background")

add("op-mod-07", "mod", None, """
KABUL, 18 March 2024: Zabihullah Mujahid, spokesman of the Islamic Emirate, said that at around 3 am today
Pakistani aircraft bombed civilian homes in the Barmal district of Paktika province and the Sepera district of Khost
province. Five women and three children were killed, he said. The Islamic Emirate strongly condemns these attacks and
calls them a violation of Afghanistan's territory. Mujahid said that the person Pakistan claimed to be targeting,
Abdullah Shah, is in Pakistan.""",
    op("2024-03-18", "AF", "AF-PKA", "Barmal", ["airstrike"], "Air/drone strike", "PAK_GOV", "Pakistani aircraft",
       ["OTHER:hafiz gul bahadur group"], killed=8, cert="attributed"),
    "Pakistani air strikes in Paktika and Khost, 18 Mar 2024 (Taliban statement)",
    "killed = 5 women + 3 children (a sum; 8 is not written, unscored)")

add("op-mod-08", "mod", "2024-03-18", """
KABUL: The Ministry of National Defence of the Islamic Emirate said on Monday that its border forces responded
with heavy weapons to Pakistani military posts along the Durand Line after Pakistani aircraft bombed homes in Khost
and Paktika this morning. The ministry said the forces targeted Pakistani military centres in the Dand-e-Patan
district of Paktia and other areas of Khost. It did not give casualty figures, and said Afghanistan has the right to
defend its territory.""",
    op("2024-03-18", "AF", "AF-PIA", "Dand-e-Patan", ["indirect_fire"], "Shelling/artillery/missile attack",
       "TALIBAN", "border forces", ["PAK_GOV"]),
    "Taliban retaliatory fire on Pakistani posts after the 18 Mar 2024 air strikes",
    "The air strikes are the background; the release's event is the Taliban's fire, actor TALIBAN")

add("op-mod-09", "mod", None, """
KABUL, 29 December 2024 - The Ministry of National Defence of the Islamic Emirate said in a statement that several
points beyond the hypothetical line, which were centres and hideouts of malicious elements and their supporters from
where attacks in Afghanistan were organised, were targeted yesterday in retaliation. The statement did not name
Pakistan. The ministry said the action was a response to the bombing of civilians in Barmal district of Paktika
province on Tuesday night, in which 46 people were martyred.""",
    op("2024-12-28", "PK", None, None, ["indirect_fire"], "Shelling/artillery/missile attack", "TALIBAN",
       "the Ministry of National Defence", ["PAK_GOV"]),
    "Taliban 'retaliatory' strikes across the Durand Line, 28 Dec 2024 (after the Barmal strikes of 24 Dec)",
    "'yesterday' in a 29 Dec release -> 28 Dec. The 46 of Barmal are another event's toll (not this event's). "
    "Place only 'beyond the hypothetical line' (Pakistan, unnamed: admin1 null)")

add("op-mod-10", "mod", "2025-10-12", """
KABUL: The spokesman of the Islamic Emirate, Zabihullah Mujahid, told a press conference on Sunday that forces of
the Islamic Emirate carried out retaliatory operations against Pakistani security forces along the Durand Line last
night in response to Pakistan's violations of Afghan airspace and its bombing in Kabul and Paktika. He said 58
Pakistani soldiers were killed and about 30 wounded, 25 Pakistani posts were captured, and 9 Taliban fighters were
martyred. The operations were halted at midnight at the request of Qatar and Saudi Arabia, he said.""",
    op("2025-10-11", "AF", None, None, ["armed_assault"], "Armed clash", "TALIBAN", "forces of the Islamic Emirate",
       ["PAK_GOV"], killed=58, injured=30, kp=9),
    "Afghan-Pakistani border fighting, night of 11/12 Oct 2025 (Taliban figures)",
    "Victims are the attacked soldiers (58); the attacking side's own dead (9) go to killed_perpetrators. "
    "Border line: admin1 null")

add("op-mod-11", "mod", None, """
KABUL, 12 May 2024 - Abdul Mateen Qani, spokesman of the Ministry of Interior, said flash floods caused by heavy
rain on Friday killed 315 people and injured more than 1,600 in Baghlan province, while thousands of houses were
destroyed. Rescue teams of the ministry and the Ministry of Defence have been sent to the districts of Burka, Nahrin
and Baghlan-e-Markazi. Floods also hit Takhar, Badakhshan and Ghor, he said.""",
    na("Natural disaster"),
    "Baghlan flash floods, 10 May 2024", "Non-attack with ministry, rescue teams and a toll")

add("op-mod-12", "mod", "2024-09-03", """
KABUL: Khalid Zadran, spokesman of the Kabul police chief of the Islamic Emirate, said on Tuesday that a suicide
bomber blew himself up yesterday in the Qala-e-Bakhtiar area on the southern outskirts of the city, killing six
civilians and wounding 13, including a woman. Zadran said the attacker was stopped before reaching his target. Daesh
later claimed responsibility in a statement, saying it targeted employees of the prosecutor's office.""",
    g("2024-09-02", "AF", "AF-KAB", "Qala-e-Bakhtiar", ["suicide_bombing"], "Suicide bomb", killed=6, injured=13,
      perp="ISKP", cert="claimed", raw="Daesh"),
    "Qala-e-Bakhtiar suicide bombing, Kabul, 2 Sep 2024 (police statement; ISKP claimed)",
    "An attack reported by the authorities: the police spokesman is the speaker, not the perpetrator")

add("op-mod-13", "mod", "2023-06-08", """
FAIZABAD: The police spokesman for Badakhshan province, Abdul Marouf Rasikh, said that an explosion struck the Nabawi
mosque in Faizabad city on Thursday during the funeral prayers for Nisar Ahmad Ahmadi, the deputy governor, who was
killed in a car bombing on Tuesday. He said 11 people were killed and more than 30 wounded, among them the former
police chief of Baghlan, Safiullah Samim. He blamed the khawarij for both blasts.""",
    g("2023-06-08", "AF", "AF-BDS", "Faizabad", ["bombing"], "Remote explosive/landmine/IED", killed=11, injured=30,
      perp="ISKP", cert="attributed", raw="khawarij"),
    "Faizabad mosque funeral bombing, Badakhshan, 8 Jun 2023 (ISKP claimed in reality)",
    "Taliban 'khawarij' = ISKP, attributed. The Taliban officials are the victims. The Tuesday car bombing is "
    "background. 'more than 30': low 30")

add("op-mod-14", "mod", None, """
KABUL, 27 April 2023 - The Ministry of Interior Affairs said today that its intelligence and special forces have
arrested 17 members of the khawarij network in Kabul, Nangarhar and Kunduz over the past two weeks. The ministry said
that the detained men were planning attacks on mosques and on foreign diplomatic missions, and that suicide vests,
explosives and weapons were recovered from their houses. Investigations continue, the ministry added.""",
    op(None, "AF", "AF-KAB", "Kabul", ["security_operation"], "Arrests", "TALIBAN", "khawarij network",
       ["ISKP"], captured=17),
    "Taliban MoI arrests of ISKP suspects in several provinces, spring 2023 (figures simplified)",
    "Arrest roundup over 'the past two weeks': no day to code (date null)")

add("op-mod-15", "mod", "2022-04-22", """
KABUL: The Islamic Emirate's intelligence directorate said on Friday that it had arrested the mastermind of the
bombing of the Seh Dokan mosque in Mazar-i-Sharif, in which 31 worshippers were martyred on Thursday. A spokesman
said the arrested man was a member of Daesh and had been detained in Balkh province with two others. The directorate
said the group had been planning further attacks in the north.""",
    op("2022-04-22", "AF", "AF-BAL", "Balkh", ["security_operation"], "Arrests", "TALIBAN",
       "intelligence directorate", ["ISKP"], captured=3),
    "Taliban GDI said it arrested the organiser of the Mazar-i-Sharif mosque bombing, Apr 2022",
    "The 31 killed belong to the mosque bombing (another event, background): this event has no victims. "
    "captured = 1 + 2")

# ------------------------------------------------- ispr: Pakistan ISPR (operations and attacks on forces)
add("op-ispr-01", "ispr", None, """
RAWALPINDI, 23 March 2025: On the night of 22/23 March, security forces detected the movement of a group of khwarij
trying to infiltrate across the Pakistan-Afghanistan border in the general area of Ghulam Khan, North Waziristan
District. Own troops effectively engaged them and, after an intense fire exchange, 16 khwarij were sent to hell.
Weapons, ammunition and explosives were recovered. Pakistan has consistently asked the Interim Afghan Government to
ensure effective border management on its side.""",
    op("2025-03-22", "PK", "PK-KP", "Ghulam Khan", ["security_operation"], "Armed clash", "PAK_GOV", "khwarij",
       ["TTP"], kp=16),
    "Ghulam Khan infiltration attempt, North Waziristan, night of 22/23 Mar 2025",
    "ISPR 'khwarij' = TTP-aligned militants (the target). The Afghan government is not an actor here")

add("op-ispr-02", "ispr", "2025-01-25", """
RAWALPINDI, January 25: Security forces conducted three separate engagements in Khyber Pakhtunkhwa on the night of
24/25 January. In an intelligence-based operation in Lakki Marwat District, 18 khwarij were sent to hell. In a
second operation in Karak District, eight khwarij were killed, and in Khyber District four more khwarij were
neutralised. In total 30 khwarij were killed. Sanitisation operations are being conducted to eliminate any other
khwarij found in the area.""",
    op("2025-01-24", "PK", "PK-KP", "Lakki Marwat", ["security_operation"], "Armed clash", "PAK_GOV", "khwarij",
       ["TTP"], kp=30),
    "ISPR: 30 militants killed in three operations in KP, night of 24/25 Jan 2025",
    "Series total 30 is the sum over three operations; the first-told place is Lakki Marwat")

add("op-ispr-03", "ispr", None, """
RAWALPINDI, 13 September 2025: On 10 to 13 September, security forces conducted multiple operations in Khyber
Pakhtunkhwa on the reported presence of khwarij of the Indian proxy Fitna al Khwarij. In Bajaur District 22 khwarij
were sent to hell, while in an intense exchange of fire in South Waziristan 13 more khwarij were killed. During the
engagement in South Waziristan, twelve brave sons of soil, having fought gallantly, embraced shahadat.""",
    op("2025-09-10", "PK", "PK-KP", "Bajaur", ["security_operation"], "Armed clash", "PAK_GOV",
       "Fitna al Khwarij", ["TTP"], kp=35, killed=12),
    "ISPR: 35 militants killed in Bajaur and South Waziristan, 12 soldiers killed, 10-13 Sep 2025",
    "Soldiers killed in the operation are victims (12); militants 22 + 13 (a sum)")

add("op-ispr-04", "ispr", "2025-10-08", """
RAWALPINDI, October 8: On the night of 7/8 October, security forces conducted an intelligence-based operation in
Orakzai District on the reported presence of khwarij belonging to the Indian proxy Fitna al Khwarij. During the
conduct of the operation, own troops effectively engaged the khwarij' location and 19 khwarij were sent to hell.
During the intense exchange of fire, eleven brave soldiers, including Lieutenant Colonel Junaid Arif, who was leading
his troops from the front, and his second-in-command Major Tayyab Rahat, embraced shahadat.""",
    op("2025-10-07", "PK", "PK-KP", "Orakzai", ["security_operation"], "Armed clash", "PAK_GOV",
       "Fitna al Khwarij", ["TTP"], kp=19, killed=11),
    "Orakzai operation in which 11 soldiers and 19 militants were killed, night of 7/8 Oct 2025",
    "TTP claimed an ambush in reality; the release codes it as an IBO: the gold codes the text")

add("op-ispr-05", "ispr", None, """
RAWALPINDI, 12 July 2023: In the early hours of today, a group of terrorists attacked the Zhob Garrison in
Balochistan. The duty troops engaged the terrorists, who were stopped at the perimeter and confined to a small area
near the garrison. In the ensuing exchange of fire, three terrorists were sent to hell, while four brave soldiers
embraced shahadat. A clearance operation is continuing in the area to eliminate the remaining terrorists.""",
    g("2023-07-12", "PK", "PK-BA", "Zhob", ["armed_assault"], "Armed clash", killed=4, kp=3, raw="terrorists"),
    "Zhob garrison attack, 12 Jul 2023 (early ISPR figures; the toll later rose to 9 soldiers)",
    "An attack on the forces: perpetrator null (generic label)")

add("op-ispr-06", "ispr", None, """
RAWALPINDI, 4 November 2023: Early this morning, nine heavily armed terrorists attempted to attack the Pakistan Air
Force Training Air Base at Mianwali. The attack was foiled by the timely and effective response of the troops. Three
terrorists were killed while trying to enter the base and the remaining three were cornered. Some damage was caused
to three grounded aircraft and a fuel bowser during the attack. A combing operation is being conducted. The
successful response ensured that no damage was done to operational assets of the PAF.""",
    g("2023-11-04", "PK", "PK-PB", "Mianwali", ["armed_assault"], "Armed clash", kp=3, raw="terrorists"),
    "Attack on PAF base Mianwali, 4 Nov 2023 (TJP claimed in reality; early figures, later all nine killed)",
    "Counts given are inconsistent as in early releases: kp = 3 killed so far")

add("op-ispr-07", "ispr", "2025-06-28", """
RAWALPINDI, June 28: A vehicle-borne suicide bomber of the Indian-sponsored khwarij rammed his explosive-laden
vehicle into a security forces convoy today in the Khadi area of Mir Ali, North Waziristan District. Thirteen soldiers
embraced shahadat while three civilians were injured. The troops responded and during a follow-up operation in the
area, 14 khwarij involved in the planning of this attack were sent to hell.""",
    g("2025-06-28", "PK", "PK-KP", "Mir Ali", ["suicide_bombing", "security_operation"], "Suicide bomb",
      killed=13, injured=3, kp=14, perp="TTP", cert="attributed", raw="Indian-sponsored khwarij"),
    "Mir Ali convoy car bombing, 28 Jun 2025 (Hafiz Gul Bahadur group claimed in reality)",
    "ISPR 'khwarij' read as TTP-aligned (attributed); scorer cannot see TTP named (no_false_attribution "
    "penalises naming it)")

add("op-ispr-08", "ispr", None, """
RAWALPINDI, 21 May 2025: Today, the Indian proxies of Fitna al Hindustan carried out a cowardly attack on a school
bus carrying children in Khuzdar, Balochistan. An explosive device hit the bus on the road near the cantonment,
martyring three innocent children and injuring many other children. The planners and perpetrators of this heinous
attack will be hunted down and brought to justice, ISPR said.""",
    g("2025-05-21", "PK", "PK-BA", "Khuzdar", ["bombing"], "Remote explosive/landmine/IED", killed=3,
      raw="Fitna al Hindustan"),
    "Khuzdar army public school bus bombing, 21 May 2025 (early figure of 3 children)",
    "Fitna al Hindustan is the state's label for Baloch groups, no single actor: null")

add("op-ispr-09", "ispr", "2024-12-21", """
RAWALPINDI, December 21: Last night, khwarij attacked a security forces check post in Makeen, South Waziristan,
with a large number of fighters. Own troops responded effectively and eight khwarij were sent to hell. During the
intense exchange of fire, sixteen soldiers embraced shahadat. Earlier this month, security forces had killed 13
khwarij in an operation in the same area, and 22 soldiers were martyred in separate attacks in the province in
November.""",
    g("2024-12-20", "PK", "PK-KP", "Makeen", ["armed_assault"], "Armed clash", killed=16, kp=8, perp="TTP",
      cert="attributed", raw="khwarij"),
    "Makeen checkpost attack, night of 20/21 Dec 2024",
    "Background: earlier operation (13) and November's total (22) are not this attack's figures")

add("op-ispr-10", "ispr", None, """
RAWALPINDI, 20 March 2024: In an intelligence-based operation yesterday in the Datta Khel area of North Waziristan
District, security forces killed eight terrorists including the high-value target commander Jan Mohammad alias
Bilal. Weapons and ammunition were recovered. The operation was launched after the attack on a post in Mir Ali on
16 March, in which seven soldiers embraced shahadat.""",
    op("2024-03-19", "PK", "PK-KP", "Datta Khel", ["security_operation"], "Armed clash", "PAK_GOV", "terrorists",
       ["OTHER:terrorists"], kp=8),
    "Datta Khel IBO after the Mir Ali post attack, Mar 2024 (details simplified)",
    "The 7 soldiers of 16 March belong to another event (background)")

add("op-ispr-11", "ispr", "2025-08-16", """
RAWALPINDI, August 16: On the directions of the Chief of Army Staff, army troops, along with helicopters, have been
deployed for rescue and relief work in Buner, Swat, Shangla and Bajaur after cloudbursts and flash floods struck the
region yesterday. More than 300 people have lost their lives in Khyber Pakhtunkhwa, according to the provincial
disaster management authority. Troops have evacuated over 3,000 stranded people so far.""",
    na("Natural disaster"),
    "Buner and KP flash floods, 15 Aug 2025", "Non-attack: army deployment, helicopters and a toll")

add("op-ispr-12", "ispr", None, """
RAWALPINDI, 30 January 2024: On the night of 29/30 January, terrorists of Fitna al Hindustan tried to attack
installations of the security forces in Mach and Kolpur in Bolan District. Troops responded and after an exchange of
fire that lasted many hours, nine terrorists were sent to hell. Two civilians and one soldier lost their lives. The
proscribed Baloch Liberation Army later issued a claim, but the attacks were repulsed, the ISPR said.""",
    g("2024-01-29", "PK", "PK-BA", "Mach", ["armed_assault"], "Armed clash", killed=3, kp=9, perp="BLA",
      cert="claimed", raw="Baloch Liberation Army; Fitna al Hindustan"),
    "BLA attack on Mach and Kolpur, Bolan, night of 29/30 Jan 2024 (ISPR figures simplified)",
    "killed = 2 civilians + 1 soldier (a sum)")

add("op-ispr-13", "ispr", "2024-04-02", """
RAWALPINDI, April 2: Security forces conducted an intelligence-based operation yesterday in the Tirah valley of
Khyber District on the reported presence of terrorists. During the operation two terrorists were killed and three
were apprehended after an exchange of fire. The terrorists were involved in the kidnapping and killing of members of
the public and in attacks on security forces. A large quantity of arms was recovered.""",
    op("2024-04-01", "PK", "PK-KP", "Tirah", ["security_operation"], "Armed clash", "PAK_GOV", "terrorists",
       ["OTHER:terrorists"], kp=2, captured=3),
    "Tirah valley IBO, Khyber, spring 2024 (illustrative of many such releases; date simplified)")

add("op-ispr-14", "ispr", None, """
RAWALPINDI, 7 September 2023: In the early hours of 6 September, a large number of terrorists equipped with modern
weapons attacked two military posts in Chitral District from across the border, where they had gathered in the
Gawardesh, Pitigal, Bargomatal and Batash areas of Afghanistan's Nuristan and Kunar provinces. The troops responded
and 12 terrorists were killed. Four soldiers embraced shahadat. Pakistan expects the Interim Afghan Government to
fulfil its obligations and deny the use of its soil to terrorists.""",
    g("2023-09-06", "PK", "PK-KP", "Chitral", ["armed_assault"], "Armed clash", killed=4, kp=12, raw="terrorists"),
    "Chitral border posts attack, 6 Sep 2023 (TTP claimed in reality)",
    "Where the attackers gathered (Nuristan, Kunar) is not the place of the attack")

add("op-ispr-15", "ispr", "2023-12-12", """
RAWALPINDI, December 12: Early this morning, six terrorists attacked a security forces post in Daraban, Dera Ismail
Khan. The attempt to enter the post was foiled, after which the terrorists rammed an explosive-laden vehicle into the
post, followed by a suicide bombing, causing a building to collapse. As a result 23 soldiers embraced shahadat. All
six terrorists were killed. Tehreek-e-Jihad Pakistan, a newly formed group, claimed responsibility.""",
    g("2023-12-12", "PK", "PK-KP", "Daraban", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=23,
      kp=6, perp="TJP", cert="claimed", raw="Tehreek-e-Jihad Pakistan"),
    "Daraban police station attack, Dera Ismail Khan, 12 Dec 2023")

# ------------------------------------------------- us: CENTCOM / US DoD / USFOR-A / Resolute Support
add("op-us-01", "us", None, """
TAMPA, Fla. (Aug. 27, 2021) - U.S. military forces conducted an over-the-horizon counterterrorism operation today
against an ISIS-K planner. The unmanned airstrike occurred in the Nangahar Province of Afghanistan. Initial
indications are that we killed the target. We know of no civilian casualties, said Navy Capt. Bill Urban, spokesman
for U.S. Central Command.""",
    op("2021-08-27", "AF", "AF-NAN", "Nangahar", ["airstrike"], "Air/drone strike", "US", "U.S. military forces",
       ["ISKP"], kp=1),
    "CENTCOM statement on the drone strike in Nangarhar, 27 Aug 2021",
    "'killed the target' -> 1 militant (not written as a number, unscored)")

add("op-us-02", "us", "2021-08-29", """
U.S. Central Command statement, Aug. 29, 2021: U.S. military forces conducted a self-defense unmanned
over-the-horizon airstrike today on a vehicle in Kabul, eliminating an imminent ISIS-K threat to Hamad Karzai
International airport. We are confident we successfully hit the target. Significant secondary explosions from the
vehicle indicated the presence of a substantial amount of explosive material. We are assessing the possibilities of
civilian casualties, though we know that ISIS-K has killed civilians at the airport gate on Thursday.""",
    op("2021-08-29", "AF", "AF-KAB", "Kabul", ["airstrike"], "Air/drone strike", "US", "U.S. military forces",
       ["ISKP"]),
    "Kabul drone strike of 29 Aug 2021 (first CENTCOM statement)",
    "The airport gate bombing is background. No toll given")

add("op-us-03", "us", None, """
WASHINGTON (Sept. 17, 2021) - The commander of U.S. Central Command, Marine Gen. Frank McKenzie, said today that the
Aug. 29 drone strike in Kabul was a tragic mistake. As many as ten civilians, including up to seven children, were
killed, and the driver of the targeted white Toyota Corolla, Zemari Ahmadi, was an aid worker with no connection to
ISIS-K. McKenzie said he was now convinced that the vehicle and those who died were not a threat, and offered his
profound condolences.""",
    op("2021-08-29", "AF", "AF-KAB", "Kabul", ["airstrike"], "Air/drone strike", "US", "U.S. Central Command",
       [], killed=10),
    "Pentagon acknowledgement of the 29 Aug 2021 Kabul strike, 17 Sep 2021",
    "Date is the strike's (29 Aug), not the dateline; ISIS-K is named only as not connected")

add("op-us-04", "us", "2021-08-26", """
WASHINGTON - Gen. Frank McKenzie, commander of U.S. Central Command, told reporters at the Pentagon on Thursday that
two suicide bombers followed by ISIS gunmen attacked crowds and U.S. troops at the Abbey Gate of Hamid Karzai
International Airport and near the Baron Hotel. Twelve U.S. service members were killed and 15 wounded, he said,
adding that a number of Afghan civilians were also killed. McKenzie said the U.S. believed the attack was carried
out by ISIS-K and that the military would go after those responsible.""",
    g("2021-08-26", "AF", "AF-KAB", "Abbey Gate", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=12,
      injured=15, perp="ISKP", cert="attributed", raw="ISIS-K"),
    "Abbey Gate bombing, Kabul airport, 26 Aug 2021 (early Pentagon figures, 12 later 13)",
    "Speaker is the US; the victims include US troops: naming US is the worst error")

add("op-us-05", "us", "2021-08-30", """
WASHINGTON - Five rockets were fired at Hamid Karzai International Airport early Monday, a U.S. official said. The
airport's counter-rocket, artillery and mortar system intercepted as many as five rockets, and there were no U.S.
casualties, said Navy Capt. Bill Urban of U.S. Central Command. Islamic State later claimed the attack, which it said
was carried out with six Katyusha rockets fired from a vehicle in the Salim Karwan neighbourhood.""",
    g("2021-08-30", "AF", "AF-KAB", "Kabul", ["indirect_fire"], "Shelling/artillery/missile attack", perp="ISKP",
      cert="claimed", raw="Islamic State"),
    "Rocket attack on Kabul airport, 30 Aug 2021 (ISKP claimed)",
    "'no U.S. casualties' is no toll; the CENTCOM spokesman is the speaker")

add("op-us-06", "us", None, """
KABUL, Afghanistan (April 13, 2017) - At 7:32 p.m. local time today, U.S. Forces-Afghanistan conducted a strike on
an ISIS-Khorasan tunnel complex in Achin district, Nangarhar province, as part of ongoing efforts to defeat ISIS-K in
2017. The strike used a GBU-43 munition. The strike was designed to minimize the risk to Afghan and U.S. forces
conducting clearing operations in the area while maximizing the destruction of ISIS-K fighters and facilities. U.S.
forces took every precaution to avoid civilian casualties with this strike.""",
    op("2017-04-13", "AF", "AF-NAN", "Achin", ["airstrike"], "Air/drone strike", "US",
       "U.S. Forces-Afghanistan", ["ISKP"]),
    "GBU-43 (MOAB) strike on an ISKP tunnel complex, Achin, 13 Apr 2017", "No toll in the release")

add("op-us-07", "us", "2019-09-19", """
KABUL - U.S. forces conducted a drone strike against Daesh (ISIS-K) fighters in Nangarhar on Wednesday night, a
spokesman for U.S. Forces-Afghanistan, Col. Sonny Leggett, said on Thursday. He said the U.S. was working with local
officials to determine the facts. Provincial council members said the strike hit farm workers resting at a camp
after harvesting pine nuts in Wazir Tangi of Khogyani district, killing at least 30 and wounding 40.""",
    op("2019-09-18", "AF", "AF-NAN", "Wazir Tangi", ["airstrike"], "Air/drone strike", "US", "U.S. forces",
       ["ISKP"], killed=30, injured=40),
    "US drone strike on pine-nut workers in Khogyani, Nangarhar, night of 18 Sep 2019",
    "Victims counted as killed (civilians); the targeted group is ISKP, not the perpetrator")

add("op-us-08", "us", "2018-06-15", """
KABUL - U.S. Forces-Afghanistan spokesman Lt. Col. Martin O'Donnell confirmed that U.S. forces conducted a
counterterrorism strike on June 13 in Kunar province, near the border with Pakistan, which targeted a senior leader
of a designated terrorist organization. Afghan officials said the strike killed Mullah Fazlullah, the leader of the
Pakistani Taliban, in Marawara district. The strike came as the Afghan government's ceasefire with the Afghan Taliban
for Eid was under way.""",
    op("2018-06-13", "AF", "AF-KNR", "Marawara", ["airstrike"], "Air/drone strike", "US", "U.S. forces", ["TTP"],
       kp=1),
    "US strike that killed TTP leader Mullah Fazlullah, Kunar, 13 Jun 2018",
    "The Afghan Taliban are named in a background ceasefire; TTP is the target")

add("op-us-09", "us", "2016-05-23", """
WASHINGTON - Pentagon Press Secretary Peter Cook said on Saturday that the U.S. military conducted an airstrike that
targeted Taliban leader Mullah Akhtar Mohammad Mansour in a remote area of the Afghanistan-Pakistan border region.
On Monday, officials confirmed that Mansour was killed while travelling in a car in Ahmad Wal, in Pakistan's
Balochistan province, along with the driver. Cook said Mansour had been an obstacle to peace talks.""",
    op("2016-05-21", "PK", "PK-BA", "Ahmad Wal", ["airstrike"], "Air/drone strike", "US", "U.S. military",
       ["TALIBAN"], kp=2),
    "US drone strike that killed Taliban leader Akhtar Mansour, Balochistan, 21 May 2016",
    "'on Saturday' in a Monday story -> 21 May; the Taliban are the target, not the perpetrator")

add("op-us-10", "us", "2020-01-28", """
WASHINGTON - A U.S. Air Force E-11A communications aircraft crashed on Monday in the Deh Yak district of Ghazni
province, a spokesman for U.S. Forces-Afghanistan said. The spokesman said there was no indication the aircraft was
brought down by enemy fire, and that the cause of the crash was under investigation. The Taliban claimed to have
shot the plane down, a claim the U.S. military rejected. Two officers on board were later confirmed dead.""",
    na("Man-made disaster"),
    "E-11A crash in Deh Yak, Ghazni, 27 Jan 2020",
    "Non-attack per the reporting force; a Taliban claim is rejected. Man-made disaster (crash)")

add("op-us-11", "us", "2020-02-29", """
DOHA, Qatar - The United States and the Taliban signed an agreement on Saturday that sets out a path for the
withdrawal of U.S. and coalition forces from Afghanistan within 14 months, Secretary of Defense Mark Esper said in a
statement. In exchange the Taliban committed not to allow al-Qaida or other groups to use Afghan soil to threaten
the United States. Esper said U.S. forces would retain the right to defend themselves and their Afghan partners if
attacked.""",
    na("Agreement"),
    "US-Taliban agreement signed in Doha, 29 Feb 2020", "Non-attack with 'forces', 'attacked', al-Qaida")

add("op-us-12", "us", "2019-12-11", """
KABUL, Afghanistan (Dec. 11, 2019) - Resolute Support statement: Insurgents attacked Bagram Airfield this morning with
a vehicle-borne improvised explosive device near a medical facility under construction outside the base, then
attempted to enter the airfield. Afghan and Resolute Support forces repelled the attack. Two Afghan civilians were
killed and more than 70 were injured. No U.S. or coalition forces were killed. The Taliban claimed responsibility for
the attack.""",
    g("2019-12-11", "AF", "AF-PAR", "Bagram", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=2,
      injured=70, perp="TALIBAN", cert="claimed", raw="The Taliban"),
    "Attack on Bagram Airfield, 11 Dec 2019 (RS statement; Taliban claimed)",
    "'vehicle-borne IED' then assault; 'more than 70' injured -> low 70")

add("op-us-13", "us", "2019-10-08", """
KABUL - Asim Umar, the leader of al-Qaeda in the Indian Subcontinent, was killed in a joint U.S.-Afghan raid on a
Taliban compound in the Musa Qala district of Helmand province on Sept. 23, the Afghan National Directorate of
Security said on Tuesday. The NDS said six other members of the group, mostly Pakistanis, were also killed. A U.S.
military spokesman said U.S. forces had supported the operation but gave no details.""",
    op("2019-09-23", "AF", "AF-HEL", "Musa Qala", ["security_operation"], "Armed clash", "AFG_GOV",
       "the Afghan National Directorate of Security", ["AQIS", "TALIBAN"], kp=7),
    "Joint raid in Musa Qala that killed AQIS leader Asim Umar, 23 Sep 2019",
    "Actor AFG_GOV (the announcing NDS; US supporting). kp = 1 + 6 (a sum)")

add("op-us-14", "us", None, """
KABUL, Afghanistan (Aug. 1, 2022) - A senior administration official said today that a precision U.S. counterterrorism
operation over the weekend in Kabul killed al-Qaida leader Ayman al-Zawahiri on the balcony of a safe house. Two
Hellfire missiles were fired from a drone at 6:18 a.m. local time on Sunday. No civilians were harmed and no
members of Zawahiri's family were hurt, the official said. Senior Haqqani Taliban figures were aware of his presence
in the area, according to the official.""",
    op("2022-07-31", "AF", "AF-KAB", "Kabul", ["airstrike"], "Air/drone strike", "US",
       "precision U.S. counterterrorism operation", ["AQ"], kp=1),
    "US drone strike that killed al-Zawahiri, Kabul, 31 Jul 2022",
    "'Sunday' in a Monday 1 Aug dateline -> 31 Jul. The Haqqanis are hosts, not perpetrators")

add("op-us-15", "us", "2021-08-08", """
KABUL - U.S. Air Force B-52 bombers and AC-130 gunships have carried out strikes against Taliban positions around
Lashkar Gah, Kandahar and Herat in support of Afghan forces over the past week, a Pentagon spokesman said on Sunday.
The Afghan Ministry of Defence said that 572 Taliban fighters were killed in the previous 24 hours across the country,
a figure the Taliban dismissed. Afghan commandos have been fighting street by street in Lashkar Gah, the capital of
Helmand.""",
    op("2021-08-08", "AF", "AF-HEL", "Lashkar Gah", ["airstrike"], "Air/drone strike", "US",
       "U.S. Air Force B-52 bombers", ["TALIBAN"]),
    "US air strikes in support of Afghan forces, early Aug 2021 (figures simplified)",
    "572 is a nationwide 24-hour total (a series figure, not this event's toll): kp null")

# ------------------------------------------------- ctd: Pakistani CTD and police press releases
add("op-ctd-01", "ctd", "2023-01-31", """
PESHAWAR: Inspector General of Police Khyber Pakhtunkhwa Moazzam Jah Ansari told a press conference on Tuesday that
the suicide bomber who struck the mosque inside Police Lines on Monday had entered in police uniform, on a
motorcycle. The death toll has risen to 100, most of them policemen, and 225 were injured. The IGP said the
Counter Terrorism Department was investigating the network behind the attack, and that the police would not be
deterred.""",
    g("2023-01-30", "PK", "PK-KP", "Police Lines", ["suicide_bombing"], "Suicide bomb", killed=100, injured=225),
    "Peshawar Police Lines mosque bombing, 30 Jan 2023 (police press conference)",
    "The police are the victims and the speaker: naming police/PAK_GOV as perpetrator is the worst error")

add("op-ctd-02", "ctd", None, """
KARACHI, February 18, 2023 - Sindh police said that the attack on the Karachi Police Office last evening ended after
a four-hour operation by police, Rangers and army commandos. All three attackers were killed; one blew himself up on
the fourth floor. Two policemen, a Rangers soldier and a sanitary worker were killed and 18 people injured. The
banned Tehreek-e-Taliban Pakistan claimed responsibility for the assault.""",
    g("2023-02-17", "PK", "PK-SD", "Karachi", ["armed_assault", "suicide_bombing"], "Attack", killed=4, kp=3,
      injured=18, perp="TTP", cert="claimed", raw="Tehreek-e-Taliban Pakistan"),
    "Karachi Police Office attack, 17 Feb 2023",
    "killed = 2 + 1 + 1 (a sum)")

add("op-ctd-03", "ctd", "2022-05-19", """
KARACHI: The Counter Terrorism Department of Sindh police said on Thursday it had arrested a key facilitator of the
suicide attack at the Confucius Institute of Karachi University in an intelligence-based operation in the Gulistan-e-
Jauhar area. The woman bomber of the Baloch Liberation Army's Majeed Brigade killed three Chinese teachers and their
Pakistani driver on April 26. The arrested man had provided shelter and logistics, CTD officials said.""",
    op("2022-05-19", "PK", "PK-SD", "Gulistan-e-Jauhar", ["security_operation"], "Arrests", "PAK_GOV",
       "Counter Terrorism Department", ["BLA"], captured=1),
    "CTD Sindh arrest of a facilitator of the Karachi University bombing, May 2022 (details simplified)",
    "The 26 April bombing (4 killed) is background: this event is the arrest")

add("op-ctd-04", "ctd", None, """
LAHORE, 24 June 2021: Punjab Inspector General of Police Inam Ghani said yesterday's car bombing in Johar Town had
killed three people, including a policeman, and injured 24. He said the Counter Terrorism Department had traced the
handlers of the vehicle and arrested several suspects, including the man who parked the car. The blast took place
near the residence of Hafiz Saeed, the chief of the banned Jamaat-ud-Dawa.""",
    g("2021-06-23", "PK", "PK-PB", "Johar Town", ["bombing"], "Remote explosive/landmine/IED", killed=3,
      injured=24),
    "Johar Town car bombing, Lahore, 23 Jun 2021",
    "Hafiz Saeed's house is the target area; no perpetrator named (the state blamed India later)")

add("op-ctd-05", "ctd", "2023-01-04", """
KHANEWAL: Two officers of an intelligence agency, including a director, were shot dead on Tuesday evening when a
gunman opened fire on them at a roadside restaurant on the Khanewal bypass, police said. The Counter Terrorism
Department registered a case and said the attacker escaped on a motorcycle. The banned Tehreek-e-Taliban Pakistan
claimed responsibility. CTD Punjab said it had arrested 12 suspects in raids across the province last week in
unrelated cases.""",
    g("2023-01-03", "PK", "PK-PB", "Khanewal", ["assassination"], "Attack", killed=2, perp="TTP",
      cert="claimed", raw="Tehreek-e-Taliban Pakistan"),
    "Killing of two ISI officers at a Khanewal restaurant, 3 Jan 2023",
    "The 12 arrests are unrelated (background)")

add("op-ctd-06", "ctd", "2023-07-31", """
KHAR: The death toll of Sunday's suicide bombing at a Jamiat Ulema-e-Islam-F workers' convention in Bajaur has risen
to 54, the Khyber Pakhtunkhwa police said on Monday, with nearly 200 wounded. Additional IG CTD Shaukat Abbas told
reporters that early investigation pointed to Daesh, and the Islamic State group later claimed the bombing through its
Amaq agency. The CTD said 18 suspects had been detained in raids.""",
    g("2023-07-30", "PK", "PK-KP", "Bajaur", ["suicide_bombing"], "Suicide bomb", killed=54, injured=200,
      perp="ISKP", cert="claimed", raw="Islamic State group"),
    "Bajaur JUI-F convention bombing, Khar, 30 Jul 2023 (toll at the time)",
    "The 18 detained are a follow-up operation (not the first event)")

add("op-ctd-07", "ctd", None, """
QUETTA, 9 November 2024 - Balochistan police said a suicide bomber blew himself up on the platform of the Quetta
railway station this morning as passengers, among them soldiers, waited for the Jaffar Express to Peshawar. SSP
Operations Muhammad Baloch said 26 people were killed and 62 injured. The Baloch Liberation Army claimed the
bombing. CTD teams collected evidence at the site.""",
    g("2024-11-09", "PK", "PK-BA", "Quetta", ["suicide_bombing"], "Suicide bomb", killed=26, injured=62,
      perp="BLA", cert="claimed", raw="The Baloch Liberation Army"),
    "Quetta railway station bombing, 9 Nov 2024")

add("op-ctd-08", "ctd", "2024-10-07", """
KARACHI: A vehicle packed with explosives blew up near a convoy carrying Chinese engineers outside Jinnah
International Airport late on Sunday, killing two Chinese nationals and injuring 10 people, Sindh Home Minister Zia
Lanjar said. The separatist Baloch Liberation Army claimed the attack. Sindh CTD chief Azad Khan said the bomber had
been identified, and that the department had earlier arrested suspects planning attacks on foreigners.""",
    g("2024-10-06", "PK", "PK-SD", "Karachi", ["suicide_bombing"], "Suicide bomb", killed=2, injured=10,
      perp="BLA", cert="claimed", raw="Baloch Liberation Army"),
    "Karachi airport bombing of a Chinese convoy, 6 Oct 2024",
    "'late on Sunday' in a Monday story -> 6 Oct")

add("op-ctd-09", "ctd", None, """
DERA ISMAIL KHAN, 15 October 2024: The Counter Terrorism Department said four terrorists were killed in an
intelligence-based operation in the Kulachi area last night. A CTD spokesman said the terrorists opened fire when
the team approached their hideout, and were killed in the exchange of fire while two others escaped. Weapons and hand
grenades were recovered. The men were wanted in attacks on police in the district, in which 11 policemen had lost
their lives this year.""",
    op("2024-10-14", "PK", "PK-KP", "Kulachi", ["security_operation"], "Armed clash", "PAK_GOV",
       "Counter Terrorism Department", ["OTHER:terrorists"], kp=4),
    "CTD IBO in Kulachi, Dera Ismail Khan, Oct 2024 (typical release; details simplified)",
    "11 policemen this year is a cumulative figure (background)")

add("op-ctd-10", "ctd", "2024-03-27", """
ISLAMABAD: The Chinese engineers killed in Tuesday's suicide attack in Shangla were travelling from Islamabad to the
Dasu hydropower project when a bomber rammed an explosive-laden car into their vehicle near Besham, police said.
Five Chinese nationals and their Pakistani driver were killed. Regional police chief Muhammad Ali Gandapur said a
special CTD team had been formed, and that no group had yet claimed the attack. In 2021, nine Chinese workers were
among 13 killed in a bus bombing on the same route.""",
    g("2024-03-26", "PK", "PK-KP", "Besham", ["suicide_bombing"], "Suicide bomb", killed=6),
    "Besham suicide attack on Chinese engineers, 26 Mar 2024",
    "killed = 5 + 1 (a sum); the 2021 Dasu toll (13) is background")

add("op-ctd-11", "ctd", "2025-03-06", """
ISLAMABAD: Pakistani security agencies arrested Mohammad Sharifullah, alias Jafar, an Islamic State Khorasan commander
wanted for the August 2021 bombing at Kabul airport's Abbey Gate, in an intelligence-based operation near the
Pakistan-Afghanistan border, officials said on Wednesday. He was handed over to the United States. The Abbey Gate
bombing killed 13 U.S. troops and about 170 Afghans.""",
    op("2025-03-05", "PK", None, None, ["security_operation"], "Arrests", "PAK_GOV",
       "Pakistani security agencies", ["ISKP"], captured=1),
    "Arrest of ISKP commander Sharifullah, announced Mar 2025 (date simplified to the announcement)",
    "Abbey Gate tolls (13, 170) are background; no province named")

add("op-ctd-12", "ctd", "2023-09-30", """
MASTUNG: Balochistan police said on Saturday that the death toll from Friday's suicide bombing near a procession for
Eid Milad-un-Nabi in Mastung had risen to 60, with more than 70 injured. Deputy Superintendent of Police Nawaz
Gishkori was among the dead. Interim interior minister Sarfraz Bugti said the bomber had been identified. No group
claimed the attack, and the Pakistani Taliban denied any role.""",
    g("2023-09-29", "PK", "PK-BA", "Mastung", ["suicide_bombing"], "Suicide bomb", killed=60, injured=70,
      raw=""),
    "Mastung Eid Milad procession bombing, 29 Sep 2023",
    "TTP named only in a denial: perpetrator null")

add("op-ctd-13", "ctd", None, """
LAHORE, 8 January 2024 - The Counter Terrorism Department Punjab said it conducted 143 intelligence-based operations
across the province during the past week, arresting 29 suspected terrorists, including members of Daesh and the
Tehreek-e-Taliban Pakistan. Explosives, detonators, fuse wire and literature of banned organisations were recovered.
The suspects were planning to target important installations in Lahore, Rawalpindi and Multan, the CTD said.""",
    op(None, "PK", "PK-PB", "Punjab", ["security_operation"], "Arrests", "PAK_GOV",
       "Counter Terrorism Department Punjab", ["ISKP", "TTP"], captured=29),
    "CTD Punjab weekly roundup (typical of weekly releases; figures illustrative)",
    "A weekly roundup: 143 operations and 29 arrests are totals; no day to code (date null)")

add("op-ctd-14", "ctd", "2025-11-11", """
ISLAMABAD: A suicide bomber blew himself up outside the district and sessions court in the G-11 sector of the capital
on Tuesday afternoon, killing 12 people and wounding 27, Interior Minister Mohsin Naqvi said. The bomber had waited
near the gate for some minutes before detonating his vest next to a police vehicle. A faction of the Pakistani
Taliban, Jamaat-ul-Ahrar, claimed the bombing, but the group later withdrew the claim.""",
    g("2025-11-11", "PK", "PK-IS", "Islamabad", ["suicide_bombing"], "Suicide bomb", killed=12, injured=27,
      perp="JUA", cert="claimed", raw="Jamaat-ul-Ahrar"),
    "Islamabad district court suicide bombing, 11 Nov 2025",
    "Claim then withdrawal: the claim is kept (judgement call)")

add("op-ctd-15", "ctd", "2024-07-04", """
KARACHI: Police said they had arrested three members of an inter-provincial gang of car lifters in an operation in
the Korangi area, and recovered eleven stolen vehicles and pistols. The gang sold the cars in Balochistan after
changing their chassis numbers, SSP Korangi said. A case has been registered against the suspects, who had been
active for two years.""",
    na("Organized crime"),
    "Karachi police arrest of a car-theft gang (typical police release; illustrative)",
    "Non-attack: an arrest in a crime case (Organized crime)")


def main():
    ids = [r["id"] for r in R]
    assert len(ids) == len(set(ids)) == 60, len(ids)
    with open(HERE / "ops_eval.jsonl", "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nulls = sum(r["published"] is None for r in R)
    non = sum(not r["gold"]["is_attack"] for r in R)
    print(f"wrote {len(R)} records ({nulls} with published null, {non} non-attacks)")


if __name__ == "__main__":
    main()
