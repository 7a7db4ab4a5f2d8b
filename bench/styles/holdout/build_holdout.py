"""Source of truth for bench/styles/holdout/holdout_eval.jsonl (blind hold-out, 60 records).

usage: python bench/styles/holdout/build_holdout.py
Texts are team-written, in our own words, about real public events 2021-2025; the gold codes
what each text says (see README.md here and ../README.md for the coding rules).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORIGIN = "team-written blind hold-out (bench/styles/holdout), written after the styles tuning"


def atk(date, admin1, place, types, category, killed=None, kp=None, injured=None,
        perp=None, cert=None, raw=""):
    return {"date": date, "country": admin1[:2], "admin1": admin1, "place": place,
            "attack_types": types, "killed": killed, "killed_perpetrators": kp, "injured": injured,
            "perpetrator": perp, "perpetrator_certainty": cert, "perpetrator_raw": raw,
            "category": category, "is_attack": True}


def non(category):
    return {"date": None, "country": None, "admin1": None, "place": None, "attack_types": [],
            "killed": None, "killed_perpetrators": None, "injured": None, "perpetrator": None,
            "perpetrator_certainty": None, "perpetrator_raw": "", "category": category,
            "is_attack": False}


IED, SB, CLASH, ATT = "Remote explosive/landmine/IED", "Suicide bomb", "Armed clash", "Attack"
AIR, ABD = "Air/drone strike", "Abduction/forced disappearance"
SHELL, GREN = "Shelling/artillery/missile attack", "Grenade"

R = []  # (id, published, text, gold, event note)

# ---------------------------------------------------------------- ISPR-style press releases
R += [
("ho-ispr-01", None,
 "RAWALPINDI, 26 March 2024: On the night of 25/26 March, terrorists tried to storm the naval air "
 "station PNS Siddique at Turbat in Kech District, Balochistan. Alert troops responded at once and "
 "all four terrorists were sent to hell before they could get inside the base. During the exchange of "
 "fire, one soldier embraced shahadat. A sanitisation operation is being carried out in the surrounding area.",
 atk("2024-03-25", "PK-BA", "Turbat", ["armed_assault"], CLASH, killed=1, kp=4, raw="terrorists"),
 "Attack on PNS Siddique naval air station, Turbat, March 2024"),
("ho-ispr-02", "2024-12-21",
 "RAWALPINDI, December 21: On the night of 20/21 December, khwarij attempted to attack a security "
 "forces post in the general area of Makeen, South Waziristan District. Own troops responded effectively "
 "and eight khwarij were sent to hell. During the intense exchange of fire, sixteen brave soldiers, "
 "having fought valiantly, embraced shahadat. A sanitisation operation is under way to eliminate any "
 "other khwarij found in the area.",
 atk("2024-12-20", "PK-KP", "Makeen", ["armed_assault"], CLASH, killed=16, kp=8, raw="khwarij"),
 "Attack on a check post in Makeen, South Waziristan, December 2024"),
("ho-ispr-03", None,
 "RAWALPINDI, 6 September 2023: Early this morning a large group of terrorists equipped with modern "
 "weapons attacked two military posts in the Kalash valley area of Chitral District, close to the "
 "Pak-Afghan border. The terrorists had gathered in Afghanistan's Kunar and Nuristan provinces. Troops "
 "repulsed the attack and 12 terrorists were killed, while four soldiers embraced shahadat. Pakistan "
 "expects the Interim Afghan Government to fulfil its obligations and deny the use of its soil to terrorists.",
 atk("2023-09-06", "PK-KP", "Chitral", ["armed_assault"], CLASH, killed=4, kp=12, raw="terrorists"),
 "Cross-border attack on posts in Chitral, September 2023"),
("ho-ispr-04", None,
 "RAWALPINDI, 8 August 2025: On the night of 7/8 August, security forces picked up the movement of a "
 "group of khwarij trying to infiltrate across the Pakistan-Afghanistan border in the Sambaza area of "
 "Zhob District, Balochistan. Troops engaged them with precise fire and 33 Indian-sponsored khwarij were "
 "sent to hell. A large cache of weapons, ammunition and explosives was recovered.",
 atk("2025-08-07", "PK-BA", "Zhob", ["security_operation"], CLASH, kp=33, raw="Indian-sponsored khwarij"),
 "Foiled infiltration, Sambaza, Zhob, August 2025"),
("ho-ispr-05", "2025-10-08",
 "RAWALPINDI, 8 October: On the night of 7/8 October, security forces conducted an intelligence-based "
 "operation in Orakzai District on the reported presence of khwarij belonging to the Indian proxy Fitna "
 "al Khwarij. Own troops engaged the khwarij location effectively and 19 khwarij were sent to hell. During "
 "the intense exchange of fire, eleven soldiers, including Lieutenant Colonel Junaid Arif and his "
 "second-in-command Major Tayyab Rahat, embraced shahadat.",
 atk("2025-10-07", "PK-KP", "Orakzai", ["security_operation"], CLASH, killed=11, kp=19, raw="Fitna al Khwarij"),
 "IBO in Orakzai, October 2025"),
("ho-ispr-06", None,
 "RAWALPINDI, 1 February 2025: On the night of 31 January/1 February, terrorists of Fitna al Hindustan "
 "tried to set up a roadblock on the highway in the Mangochar area of Kalat District to disrupt public "
 "life. Security forces responded swiftly and 12 terrorists were neutralised. In the ensuing exchange of "
 "fire, eighteen soldiers of the Frontier Corps laid down their lives. In a separate IBO in Harnai District, "
 "eleven more terrorists were sent to hell.",
 atk("2025-01-31", "PK-BA", "Kalat", ["armed_assault", "security_operation"], CLASH, killed=18, kp=23,
     raw="terrorists of Fitna al Hindustan"),
 "Mangochar (Kalat) roadblock attack and Harnai IBO, Jan/Feb 2025; two events"),
("ho-ispr-07", "2025-03-16",
 "RAWALPINDI, 16 March: Terrorists of Fitna al Hindustan targeted a convoy of security forces on the N-40 "
 "highway near Noshki this afternoon with a vehicle-borne IED, followed by gunfire. Three soldiers and two "
 "civilians embraced shahadat, while several others were injured and shifted to hospital. The area is "
 "being cleared.",
 atk("2025-03-16", "PK-BA", "Noshki", ["bombing", "armed_assault"], IED, killed=5,
     raw="terrorists of Fitna al Hindustan"),
 "Convoy attack near Noshki, March 2025 (ISPR account; toll is a sum)"),
("ho-ispr-08", None,
 "RAWALPINDI, 21 May 2025: In a cowardly act, Indian-sponsored terrorists of Fitna al Hindustan struck a "
 "school bus carrying children in Khuzdar this morning with an improvised explosive device. Four people, "
 "three of them children, were martyred and 38 others were injured, many of them critically. The "
 "planners and perpetrators of this heinous act will be hunted down.",
 atk("2025-05-21", "PK-BA", "Khuzdar", ["bombing"], IED, killed=4, injured=38,
     raw="Indian-sponsored terrorists of Fitna al Hindustan"),
 "Khuzdar school bus bombing, May 2025 (early toll)"),
("ho-ispr-09", "2025-04-27",
 "RAWALPINDI, April 27: Security forces detected a group of khwarij trying to sneak across the "
 "Pakistan-Afghanistan border in the general area of Hassan Khel, North Waziristan District, on the "
 "nights of 25/26 and 26/27 April. Acting promptly, troops engaged them and 54 khwarij were sent to hell, "
 "the largest number ever killed in a single engagement.",
 atk("2025-04-25", "PK-KP", "North Waziristan", ["security_operation"], CLASH, kp=54, raw="khwarij"),
 "Foiled infiltration, Hassan Khel, North Waziristan, April 2025"),
("ho-ispr-10", None,
 "RAWALPINDI, 13 September 2025: On the night of 12/13 September, security forces conducted an IBO in "
 "Bajaur District on the reported presence of khwarij, and 22 khwarij were neutralised. In a separate "
 "engagement in South Waziristan District, 13 khwarij were sent to hell, while twelve soldiers, fighting "
 "gallantly, embraced shahadat. In all, 35 khwarij were killed.",
 atk("2025-09-12", "PK-KP", "Bajaur", ["security_operation"], CLASH, killed=12, kp=35, raw="khwarij"),
 "Bajaur IBO and South Waziristan engagement, September 2025; two events"),
("ho-ispr-11", "2023-12-12",
 "RAWALPINDI, December 12: Six terrorists attacked a security forces post in Daraban, Dera Ismail Khan, "
 "in the early hours of today. Their attempt to enter the post was foiled, after which they rammed an "
 "explosive-laden vehicle into it and a suicide bomber blew himself up. The blast brought down a building "
 "and 23 soldiers embraced shahadat. All six terrorists were sent to hell.",
 atk("2023-12-12", "PK-KP", "Daraban", ["suicide_bombing", "armed_assault"], SB, killed=23, kp=6, raw="terrorists"),
 "Daraban police-station post attack, Dera Ismail Khan, December 2023"),
("ho-ispr-12", "2023-11-03",
 "RAWALPINDI, Nov 3: Terrorists ambushed two vehicles of security forces moving from Pasni to Ormara in "
 "Gwadar District today. Fourteen soldiers embraced shahadat. A sanitisation operation is under way and "
 "the perpetrators of this heinous act will be brought to justice.",
 atk("2023-11-03", "PK-BA", "Pasni", ["armed_assault"], CLASH, killed=14, raw="terrorists"),
 "Pasni-Ormara convoy ambush, Gwadar, November 2023"),
("ho-ispr-13", None,
 "RAWALPINDI, 4 November 2023: In the early hours of today, a group of nine terrorists attempted to "
 "attack the PAF Training Air Base Mianwali. The attack was foiled thanks to a swift and effective "
 "response, and all nine terrorists were sent to hell. Some damage was caused to three aircraft that were "
 "already grounded; there was no loss of life among personnel.",
 atk("2023-11-04", "PK-PB", "Mianwali", ["armed_assault"], CLASH, killed=0, kp=9, raw="terrorists"),
 "Attack on PAF base Mianwali, November 2023"),
("ho-ispr-14", "2022-12-20",
 "RAWALPINDI, Dec 20: Security forces today concluded the operation at the CTD compound in Bannu "
 "Cantonment, where terrorists held in custody had snatched weapons and taken staff hostage on 18 "
 "December. All 33 terrorists were killed. Two soldiers embraced shahadat and ten, including three "
 "officers, were injured.",
 atk("2022-12-18", "PK-KP", "Bannu", ["kidnapping", "security_operation"], CLASH, killed=2, kp=33, injured=10,
     raw="terrorists"),
 "Bannu CTD compound hostage siege, December 2022 (date = day the hostage-taking began)"),
("ho-ispr-15", None,
 "RAWALPINDI, 26 March 2024: A suicide bomber rammed an explosive-laden vehicle into a convoy of Chinese "
 "engineers travelling from Islamabad to the Dasu hydropower project camp near Besham, Shangla District, "
 "today. Six people, five Chinese nationals and their Pakistani driver, lost their lives.",
 atk("2024-03-26", "PK-KP", "Besham", ["suicide_bombing"], SB, killed=6, raw=""),
 "Besham suicide attack on Chinese engineers, March 2024"),
("ho-ispr-16", None,
 "RAWALPINDI, 12 October 2025: On the night of 11/12 October, the Afghan Taliban and Fitna al Khwarij "
 "launched an unprovoked attack on Pakistani posts along the border, including at Angoor Adda, Bajaur, "
 "Kurram and Dir in Khyber Pakhtunkhwa. Pakistan Army troops responded decisively and more than 200 "
 "Taliban and affiliated terrorists were killed. 23 soldiers embraced shahadat and 29 were injured.",
 atk("2025-10-11", "PK-KP", "Angoor Adda", ["armed_assault"], CLASH, killed=23, kp=200, injured=29,
     perp="TALIBAN", cert="attributed", raw="Afghan Taliban and Fitna al Khwarij"),
 "Afghan Taliban border attacks, October 2025 (ISPR figures)"),
("ho-ispr-17", "2023-05-15",
 "RAWALPINDI, May 15: In the early hours of today, terrorists attacked the Frontier Corps camp at "
 "Muslim Bagh, Qila Saifullah District. Troops engaged them and the clearance operation continued through "
 "the morning; all six terrorists have been killed. Two soldiers embraced shahadat.",
 atk("2023-05-15", "PK-BA", "Muslim Bagh", ["armed_assault"], CLASH, killed=2, kp=6, raw="terrorists"),
 "Attack on FC camp, Muslim Bagh, May 2023"),
("ho-ispr-18", None,
 "RAWALPINDI, 3 February 2022: Terrorists attempted to attack two Frontier Corps camps, in Panjgur and "
 "Noshki, on the evening of 2 February. Both attacks were repulsed. At Noshki nine terrorists were killed, "
 "while at Panjgur four terrorists were killed in the ongoing clearance operation. One soldier embraced "
 "shahadat at Noshki and three at Panjgur.",
 atk("2022-02-02", "PK-BA", "Panjgur", ["armed_assault"], CLASH, killed=4, kp=13, raw="terrorists"),
 "Panjgur and Noshki FC camp attacks, February 2022 (early ISPR figures); two events"),
("ho-ispr-19", None,
 "RAWALPINDI, 27 August 2022: Army troops continue rescue and relief work in the flood-hit areas of Swat, "
 "Dera Ismail Khan, Rajanpur and Naseerabad. Army aviation helicopters flew 30 sorties today and evacuated "
 "250 stranded people, including tourists from Kalam. The Chief of Army Staff directed formations to "
 "employ all resources for the relief of the affected population.",
 non("Natural disaster"),
 "Army flood relief, August 2022 (non-attack)"),
("ho-ispr-20", "2024-10-28",
 "RAWALPINDI, October 28: Security forces are providing security to polio teams in North Waziristan and "
 "South Waziristan districts during the seven-day nationwide anti-polio campaign that began today, which "
 "aims to vaccinate more than 45 million children. Troops have been deployed along routes and at "
 "vaccination points, and the first day passed off peacefully.",
 non("Other"),
 "Polio campaign security, October 2024 (non-attack)"),
]

# ---------------------------------------------------------------- INSO-style incident notes
R += [
("ho-inso-01", "2021-09-19",
 "On 18 Sep, in Jalalabad city, Nangarhar province, three separate IEDs detonated against DfA patrol "
 "vehicles. 3 killed, approx. 20 injured incl. children. ISKP claimed the following day.",
 atk("2021-09-18", "AF-NAN", "Jalalabad", ["bombing"], IED, killed=3, injured=20,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "IED attacks on Taliban vehicles, Jalalabad, September 2021"),
("ho-inso-02", None,
 "On 13 Feb 2025, in Kunduz city, Kunduz province, a PBIED detonated at the entrance of a Kabul Bank "
 "branch as DfA employees queued to collect salaries. 5 killed, 7 injured. ISKP claimed on 14 Feb.",
 atk("2025-02-13", "AF-KDZ", "Kunduz", ["suicide_bombing"], SB, killed=5, injured=7,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Suicide bombing at Kabul Bank branch, Kunduz, February 2025"),
("ho-inso-03", "2022-09-03",
 "On 2 Sep, in Guzargah area, Herat city, Herat province, a PBIED detonated inside a mosque during Friday "
 "prayers. At least 18 killed incl. prominent pro-DfA cleric Mujib ur Rahman Ansari; approx. 23 injured. "
 "No claim as of reporting.",
 atk("2022-09-02", "AF-HER", "Herat", ["suicide_bombing"], SB, killed=18, injured=23),
 "Guzargah mosque bombing, Herat, September 2022"),
("ho-inso-04", None,
 "On 6 Jun 2023, in Faizabad city, Badakhshan province, a VBIED targeted the vehicle of the DfA acting "
 "deputy provincial governor; he and his driver were killed and 6 others injured. On 8 Jun, a PBIED "
 "detonated at his memorial service inside a mosque in the same city, killing 11 and injuring approx. 30. "
 "ISKP claimed both incidents.",
 atk("2023-06-06", "AF-BDS", "Faizabad", ["bombing", "suicide_bombing"], IED, killed=13, injured=36,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Badakhshan deputy governor car bomb and funeral bombing, June 2023; two events, tolls are sums"),
("ho-inso-05", "2024-04-30",
 "On 29 Apr, in Guzara district, Herat province, an unidentified gunman entered a Shia mosque during "
 "evening prayers and opened fire. 6 civilians killed incl. the imam, 1 injured. Perpetrator fled; no claim.",
 atk("2024-04-29", "AF-HER", "Guzara", ["armed_assault"], ATT, killed=6, injured=1),
 "Shooting at Shia mosque, Guzara, Herat, April 2024"),
("ho-inso-06", "2024-05-18",
 "On 17 May, in Bamyan city, Bamyan province, gunmen opened fire on a group of foreign tourists and their "
 "Afghan companions in the main bazaar. 6 killed (3 Spanish nationals, 3 Afghans), 7 injured incl. 4 "
 "foreigners. DfA detained 4 suspects. ISKP claimed on 18 May.",
 atk("2024-05-17", "AF-BAM", "Bamyan", ["armed_assault"], ATT, killed=6, injured=7,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Bamyan tourist shooting, May 2024"),
("ho-inso-07", None,
 "On 12 Sep 2024, near the boundary between Daykundi and Ghor provinces, NSAG members opened fire on residents "
 "who had gathered to welcome back pilgrims returning from Karbala. 14 civilians killed, 6 injured. "
 "ISKP claimed.",
 atk("2024-09-12", "AF-DAY", "Daykundi", ["armed_assault"], ATT, killed=14, injured=6,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Shooting of Hazara civilians, Daykundi-Ghor, September 2024"),
("ho-inso-08", None,
 "On 16 Apr 2022, pre-dawn airstrikes hit villages in Spera district, Khost province, and the Shultan "
 "area of Chawkay district, Kunar province. Local sources reported approx. 40 civilians killed in Khost "
 "and 5 in Kunar, mostly women and children. The DfA condemned the strikes and attributed them to the "
 "Pakistani army; Pakistani officials neither confirmed nor denied.",
 atk("2022-04-16", "AF-KHO", "Spera", ["airstrike"], AIR, killed=45, perp="PAK_GOV", cert="attributed",
     raw="Pakistani army"),
 "Airstrikes in Khost and Kunar, April 2022; two places, toll is a sum"),
("ho-inso-09", "2024-12-25",
 "On 24 Dec, late at night, airstrikes hit several locations in Barmal district, Paktika province, incl. "
 "Laman village. DfA MoD said 46 killed, mostly women and children, and blamed the Pakistani army. "
 "Pakistani security sources said the strikes targeted TTP hideouts.",
 atk("2024-12-24", "AF-PKA", "Barmal", ["airstrike"], AIR, killed=46, perp="PAK_GOV", cert="attributed",
     raw="Pakistani army"),
 "Airstrikes in Barmal, Paktika, December 2024"),
("ho-inso-10", None,
 "On 21 Mar 2024, in Kandahar city, Kandahar province, a PBIED detonated outside a New Kabul Bank branch "
 "where DfA staff were collecting salaries. 21 killed, approx. 50 injured (hospital sources). ISKP claimed.",
 atk("2024-03-21", "AF-KAN", "Kandahar", ["suicide_bombing"], SB, killed=21, injured=50,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Suicide bombing at New Kabul Bank, Kandahar, March 2024"),
("ho-inso-11", "2023-03-10",
 "On 9 Mar, in Mazar-e Sharif city, Balkh province, a PBIED detonated on the second floor of the "
 "provincial governor's office. 3 killed incl. the DfA governor of Balkh; several injured. ISKP claimed.",
 atk("2023-03-09", "AF-BAL", "Mazar-e Sharif", ["suicide_bombing"], SB, killed=3,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Killing of Balkh governor Muzammil, March 2023"),
("ho-inso-12", "2022-06-19",
 "On 18 Jun, in Karte Parwan, Kabul city, NSAG members attacked a Sikh gurdwara with small arms. 1 Sikh "
 "worshipper and 1 DfA security member killed, 7 injured. DfA forces killed 3 attackers after a clearance "
 "lasting several hours. ISKP claimed.",
 atk("2022-06-18", "AF-KAB", "Kabul", ["armed_assault"], ATT, killed=2, kp=3, injured=7,
     perp="ISKP", cert="claimed", raw="ISKP"),
 "Karte Parwan gurdwara attack, Kabul, June 2022; killed is a sum"),
("ho-inso-13", None,
 "On 21 Nov 2024, in the Bagan/Ochat area of Lower Kurram, Kurram district, Khyber Pakhtunkhwa, armed men "
 "ambushed a passenger convoy travelling from Parachinar to Peshawar under police escort. 42 killed incl. "
 "women and children, approx. 20 injured. No claim.",
 atk("2024-11-21", "PK-KP", "Kurram", ["armed_assault"], ATT, killed=42, injured=20),
 "Kurram convoy attack, November 2024"),
("ho-inso-14", "2023-12-03",
 "On 2 Dec, on the KKH near Chilas, Diamer district, Gilgit-Baltistan, unidentified gunmen fired on a "
 "passenger bus travelling from Gilgit to Rawalpindi. 9 killed incl. 2 security personnel, approx. 25 "
 "injured. No claim.",
 atk("2023-12-02", "PK-GB", "Chilas", ["armed_assault"], ATT, killed=9, injured=25),
 "Attack on passenger bus near Chilas, December 2023"),
("ho-inso-15", None,
 "On 9 Jan 2025, near Qabul Khel, Lakki Marwat district, KP, NSAG members stopped a vehicle carrying "
 "contract workers of the Pakistan Atomic Energy Commission and abducted approx. 16 of them. 8 were "
 "recovered by security forces the same day; the rest remained missing at time of reporting. No claim.",
 atk("2025-01-09", "PK-KP", "Lakki Marwat", ["kidnapping"], ABD),
 "Abduction of PAEC workers, Lakki Marwat, January 2025"),
("ho-inso-16", None,
 "On 8 Aug 2022, in Matta tehsil, Swat district, KP, suspected TTP (Pakistani Taliban) members exchanged fire "
 "with police and took a police DSP and an army officer captive; the DSP was injured. Both were released on 9 Aug "
 "after mediation by a local jirga.",
 atk("2022-08-08", "PK-KP", "Matta", ["kidnapping"], ABD, injured=1,
     perp="TTP", cert="suspected", raw="suspected TTP members"),
 "DSP and army officer held by TTP, Matta, Swat, August 2022"),
("ho-inso-17", "2022-05-16",
 "On 15 May, in Sarband, Peshawar district, KP, two unidentified men on a motorcycle shot dead 2 Sikh "
 "traders at their spice shop. ISKP claimed via Amaq on 16 May.",
 atk("2022-05-15", "PK-KP", "Peshawar", ["assassination"], ATT, killed=2, perp="ISKP", cert="claimed", raw="ISKP"),
 "Targeted killing of two Sikh traders, Peshawar, May 2022"),
("ho-inso-18", None,
 "On 7 Feb 2024, a day before the general election, hand grenades were thrown at the election offices of "
 "two political parties in Turbat, Kech district, Balochistan; no casualties reported. Same day, a separate "
 "grenade attack on a candidate's office in Kharan district caused material damage only. No claim.",
 atk("2024-02-07", "PK-BA", "Turbat", ["bombing"], GREN, killed=0, injured=0),
 "Pre-election grenade attacks on party offices, Balochistan, February 2024; two events"),
("ho-inso-19", "2024-03-21",
 "On 20 Mar, in Harnai district, Balochistan, a methane gas explosion occurred inside a coal mine, trapping "
 "miners. 12 killed; rescue teams recovered the bodies after approx. 12 hrs. Assessed as an industrial "
 "accident; no security dimension.",
 non("Man-made disaster"),
 "Coal mine gas explosion, Harnai, March 2024 (non-attack)"),
("ho-inso-20", None,
 "Between 15 Nov and 16 Dec 2021, in Gwadar city, Balochistan, a sit-in led by the Haq Do Tehreek "
 "movement protested against illegal trawling, excessive checkpoints and water and power shortages. "
 "Thousands attended, incl. women. The sit-in ended peacefully after talks with the provincial government.",
 non("Peaceful protest"),
 "Haq Do Tehreek sit-in, Gwadar, Nov-Dec 2021 (non-attack)"),
]

# ---------------------------------------------------------------- wire briefs
R += [
("ho-wire-01", "2022-11-30",
 "QUETTA, Pakistan, Nov 30 (AP) — A suicide bomber blew himself up near a truck carrying police officers "
 "who were on their way to protect polio workers on the outskirts of Quetta on Wednesday, killing four "
 "people, including a police officer and a child, and wounding 23 others. The Pakistani Taliban claimed "
 "responsibility for the bombing.",
 atk("2022-11-30", "PK-BA", "Quetta", ["suicide_bombing"], SB, killed=4, injured=23, perp="TTP", cert="claimed",
     raw="Pakistani Taliban"),
 "Suicide bombing of police escort for polio teams, Baleli, Quetta, November 2022"),
("ho-wire-02", None,
 "MASTUNG, Pakistan (AP) — A bomb attached to a motorcycle exploded near a girls' school in Mastung district "
 "in southwestern Balochistan province on Friday, Nov. 1, 2024, killing seven people, including five "
 "schoolchildren and a police officer. Two of the wounded later succumbed to their injuries, raising the "
 "death toll to nine. Officials said the bomb targeted a police van escorting polio workers. No group "
 "immediately claimed responsibility.",
 atk("2024-11-01", "PK-BA", "Mastung", ["bombing"], IED, killed=9),
 "Mastung bombing near girls' school, November 2024"),
("ho-wire-03", "2021-06-23",
 "LAHORE, June 23 (Reuters) - A car bomb exploded outside the home of Hafiz Saeed, founder of the banned "
 "Lashkar-e-Taiba, in the Johar Town area of Lahore on Wednesday, killing three people and wounding 24, "
 "police said. Saeed, who is serving a prison sentence, was not at home. No group has claimed the blast.",
 atk("2021-06-23", "PK-PB", "Lahore", ["bombing"], IED, killed=3, injured=24),
 "Johar Town car bombing, Lahore, June 2021 (LeT is the target's group, not the perpetrator)"),
("ho-wire-04", "2022-05-13",
 "KARACHI, May 12 (Reuters) - A bomb planted on a motorbike went off near a police van in Karachi's busy "
 "Saddar market late on Thursday, killing one person and wounding at least 10, police said. A little-known "
 "separatist group, the Sindhudesh Revolutionary Army, claimed the attack.",
 atk("2022-05-12", "PK-SD", "Karachi", ["bombing"], IED, killed=1, injured=10,
     perp="OTHER:sindhudesh revolutionary army", cert="claimed", raw="Sindhudesh Revolutionary Army"),
 "Saddar bombing, Karachi, May 2022"),
("ho-wire-05", "2024-04-19",
 "KARACHI, April 19 (Reuters) - A suicide bomber and a gunman attacked a van carrying five Japanese "
 "nationals in Karachi's Landhi industrial area on Friday, police said. The Japanese escaped unhurt. Both "
 "attackers were killed, one when his explosive vest went off and the other shot by guards. Three people, "
 "including a security guard, were wounded.",
 atk("2024-04-19", "PK-SD", "Karachi", ["suicide_bombing", "armed_assault"], SB, killed=0, kp=2, injured=3),
 "Attack on Japanese nationals' van, Landhi, Karachi, April 2024"),
("ho-wire-06", None,
 "KARACHI, Pakistan, Nov. 5, 2024 (AP) — A private security guard opened fire on Chinese nationals at a "
 "textile factory in Karachi on Tuesday, wounding two of them, police said. The guard was arrested at the "
 "scene, and police said the shooting followed a quarrel. Sindh's home minister ordered an inquiry.",
 atk("2024-11-05", "PK-SD", "Karachi", ["armed_assault"], ATT, killed=0, injured=2),
 "Guard shoots two Chinese nationals, Karachi, November 2024 (injured only)"),
("ho-wire-07", None,
 "CHAMAN, Pakistan (AP) — Afghan Taliban border forces fired artillery and mortar shells into a civilian "
 "area of the Pakistani border town of Chaman on Sunday, Dec. 11, 2022, killing six civilians and wounding "
 "17, the Pakistani military said. The two sides later exchanged fire along the crossing.",
 atk("2022-12-11", "PK-BA", "Chaman", ["indirect_fire"], SHELL, killed=6, injured=17, perp="TALIBAN",
     cert="attributed", raw="Afghan Taliban border forces"),
 "Cross-border shelling of Chaman, December 2022"),
("ho-wire-08", "2024-02-07",
 "QUETTA, Pakistan, Feb 7 (Reuters) - Two bombs exploded outside the offices of election candidates in "
 "Balochistan province on Wednesday, a day before national elections, killing at least 28 people. The first "
 "blast, outside an independent candidate's office in the Khanozai area of Pishin district, killed 18; the "
 "second, at a Jamiat Ulema-e-Islam office in Qila Saifullah, killed 10. Islamic State later claimed both attacks.",
 atk("2024-02-07", "PK-BA", "Pishin", ["bombing"], IED, killed=28, perp="ISKP", cert="claimed", raw="Islamic State"),
 "Election-eve bombings in Pishin and Qila Saifullah, February 2024; two events"),
("ho-wire-09", "2024-05-09",
 "GWADAR, Pakistan, May 9 (AFP) - Gunmen burst into a workers' residence in the Surbandar area of Gwadar "
 "before dawn on Thursday and shot dead seven labourers from Punjab as they slept, police said. One man was "
 "wounded. No group immediately claimed the killings, but Baloch separatists have repeatedly targeted "
 "workers from other provinces.",
 atk("2024-05-09", "PK-BA", "Surbandar", ["armed_assault"], ATT, killed=7, injured=1),
 "Killing of seven labourers, Surbandar, Gwadar, May 2024"),
("ho-wire-10", None,
 "QUETTA, Pakistan, Oct. 11, 2024 (Reuters) - Gunmen armed with rockets and grenades attacked a cluster of "
 "small private coal mines in Duki district of Balochistan late on Thursday, killing 20 miners and wounding seven, "
 "officials said. No one has claimed responsibility.",
 atk("2024-10-10", "PK-BA", "Duki", ["armed_assault"], ATT, killed=20, injured=7),
 "Attack on Duki coal mines, October 2024"),
("ho-wire-11", "2025-03-05",
 "PESHAWAR, Pakistan, March 5 (Reuters) - Militants rammed two explosives-laden vehicles into the wall of "
 "the Bannu cantonment in northwest Pakistan late on Tuesday and then tried to storm it, killing 18 people, "
 "five soldiers and 13 civilians, the military said. Sixteen attackers, including the suicide bombers, were "
 "killed. A group called Jaish al-Fursan claimed responsibility.",
 atk("2025-03-04", "PK-KP", "Bannu", ["suicide_bombing", "armed_assault"], SB, killed=18, kp=16,
     perp="OTHER:jaish al fursan", cert="claimed", raw="Jaish al-Fursan"),
 "Bannu cantonment attack, March 2025"),
("ho-wire-12", None,
 "ISLAMABAD (AP) — A suicide bomber blew himself up outside a district court complex in Pakistan's capital "
 "on Tuesday, Nov. 11, 2025, killing 12 people and wounding 27, officials said. No group immediately "
 "claimed responsibility, but officials blamed militants operating from Afghanistan.",
 atk("2025-11-11", "PK-IS", "Islamabad", ["suicide_bombing"], SB, killed=12, injured=27, raw=""),
 "Suicide bombing at Islamabad district courts, November 2025"),
("ho-wire-13", None,
 "NOWSHERA, Pakistan, Feb 28, 2025 (AFP) - A suicide bomber struck the Darul Uloom Haqqania seminary in "
 "Akora Khattak after Friday prayers, killing six people, among them its deputy head Hamid ul Haq Haqqani, "
 "police said. About 20 people were wounded. The seminary in Khyber Pakhtunkhwa has educated many leaders "
 "of the Afghan Taliban. No group has claimed the attack.",
 atk("2025-02-28", "PK-KP", "Akora Khattak", ["suicide_bombing"], SB, killed=6, injured=20),
 "Suicide bombing at Darul Uloom Haqqania, Akora Khattak, February 2025"),
("ho-wire-14", "2023-01-15",
 "KABUL, Jan 15 (Reuters) - Gunmen shot dead former Afghan lawmaker Mursal Nabizada and one of her "
 "bodyguards at her home in Kabul early on Sunday, police said. Her brother and another guard were wounded. "
 "No group has claimed the killing.",
 atk("2023-01-15", "AF-KAB", "Kabul", ["assassination"], ATT, killed=2, injured=2),
 "Killing of former MP Mursal Nabizada, Kabul, January 2023; tolls are sums"),
("ho-wire-15", None,
 "KABUL, Sept 5, 2022 (Reuters) - A suicide bomber blew himself up near the entrance of the Russian embassy "
 "in Kabul on Monday, killing six people, including two embassy employees, as Afghans queued outside for "
 "visas. Islamic State claimed responsibility.",
 atk("2022-09-05", "AF-KAB", "Kabul", ["suicide_bombing"], SB, killed=6,
     perp="ISKP", cert="claimed", raw="Islamic State"),
 "Suicide bombing at Russian embassy, Kabul, September 2022"),
("ho-wire-16", "2025-10-18",
 "KABUL, Oct 18 (AFP) - Three local cricketers were among eight people killed in a Pakistani air strike on "
 "Urgun district in eastern Paktika province late on Friday, the Afghanistan Cricket Board said. The Taliban "
 "government blamed the Pakistani army and the board withdrew from a tri-series in Pakistan.",
 atk("2025-10-17", "AF-PKA", "Urgun", ["airstrike"], AIR, killed=8, perp="PAK_GOV", cert="attributed",
     raw="Pakistani army"),
 "Airstrike in Urgun, Paktika, October 2025"),
("ho-wire-17", "2024-05-11",
 "KABUL, May 11 (Reuters) - Flash floods triggered by heavy rain swept through villages in Afghanistan's "
 "northern Baghlan province on Friday, killing more than 300 people and destroying over 1,000 homes, the "
 "U.N. food agency said. Taliban officials said rescue efforts were hampered by blocked roads.",
 non("Natural disaster"),
 "Baghlan flash floods, May 2024 (non-attack)"),
("ho-wire-18", None,
 "KABUL, April 19, 2025 (Reuters) - Pakistan's foreign minister Ishaq Dar met officials of the Taliban "
 "administration in Kabul on Saturday to discuss trade, transit and the return of Afghan refugees. The two "
 "sides agreed to ease delays for cargo trucks at the Torkham crossing, while Islamabad again raised attacks "
 "it blames on the TTP.",
 non("Diplomatic event"),
 "Ishaq Dar trade visit to Kabul, April 2025 (non-attack)"),
("ho-wire-19", "2023-10-23",
 "CHENNAI, India, Oct 23 (AP) — Afghanistan stunned Pakistan by eight wickets at the Cricket World Cup on "
 "Monday, chasing down 283 with an over to spare. Ibrahim Zadran top-scored with 87 and Rahmanullah Gurbaz "
 "blasted 65 as the Afghan batsmen attacked the Pakistani bowling from the start.",
 non("Other"),
 "Afghanistan beat Pakistan, Cricket World Cup, October 2023 (non-attack)"),
("ho-wire-20", None,
 "ISLAMABAD, May 7, 2025 (Reuters) - Pakistan's Supreme Court on Wednesday restored military trials of "
 "civilians accused of attacking army installations during the riots of May 9, 2023, overturning an earlier "
 "ruling by a smaller bench. Rights groups criticised the decision.",
 non("Other"),
 "Supreme Court ruling on military trials, May 2025 (non-attack)"),
]


def main():
    out = HERE / "holdout_eval.jsonl"
    ids = set()
    with out.open("w", encoding="utf-8") as fh:
        for rid, published, text, gold, event in R:
            assert rid not in ids, rid
            ids.add(rid)
            style = rid.split("-")[1]
            rec = {"id": rid, "style": style, "text": text, "published": published, "gold": gold,
                   "origin": {"dataset": ORIGIN, "event": event}}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n_null = sum(1 for r in R if r[1] is None)
    print(f"wrote {out} ({len(R)} records, {n_null} with published null)")


if __name__ == "__main__":
    main()
