"""Build blind2_eval.jsonl: the third team-written style set, written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/blind2/build_blind2.py` after an edit.
Each record: id, style, text, published, gold (dev fields + category + is_attack), origin (real event, notes).
"""
import json
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


R = []


def add(rid, style, published, text, gold, event, note=""):
    R.append({"id": rid, "style": style, "text": " ".join(text.split()), "published": published,
              "gold": gold, "origin": {"event": event, "note": note}})


# ---------------------------------------------------------------- ispr: military press releases (PK ISPR, AF MoD/MoI)
add("b2-ispr-01", "ispr", None, """
RAWALPINDI, 16 March 2024: In the early hours of today, a group of six khwarij tried to force their way into a security
forces post in the general area of Mir Ali, North Waziristan District. Own troops blocked the entry, after which the
khwarij rammed an explosive-laden vehicle into the post and a suicide bomber blew himself up, bringing down part of a
building. In the ensuing exchange of fire all six khwarij were sent to hell. Seven brave sons of soil, including
Lieutenant Colonel Syed Kashif Ali and Captain Muhammad Ahmed Badar, who were leading the troops, embraced shahadat.
A sanitisation operation is being conducted to eliminate any other khwarij present in the area.""",
    g("2024-03-16", "PK", "PK-KP", "Mir Ali", ["suicide_bombing", "armed_assault"], "Suicide bomb",
      killed=7, kp=6, raw="khwarij"),
    "Mir Ali post attack, 16 Mar 2024 (claimed in reality by a Hafiz Gul Bahadur faction; the release names no group)")

add("b2-ispr-02", "ispr", "2025-04-27", """
RAWALPINDI, April 27: On the night of 25/26 April, security forces picked up the movement of a group of khwarij
attempting to infiltrate through the Pakistan-Afghanistan border in the general area of Hassan Khel, North Waziristan
District. Own troops effectively engaged the infiltrators and, after an intense exchange of fire, 54 khwarij were sent
to hell. A large cache of weapons, ammunition and explosives was recovered. The khwarij were being directed by their
foreign masters to carry out high-profile terrorist activities inside Pakistan. Pakistan expects the Interim Afghan
Government to deny the use of its soil to Fitna al Khwarij.""",
    g("2025-04-25", "PK", "PK-KP", "Hassan Khel", ["security_operation"], "Armed clash", kp=54,
      raw="khwarij; Fitna al Khwarij"),
    "Hassan Khel infiltration, night of 25/26 Apr 2025",
    "'Interim Afghan Government' folds to the AFG_GOV alias 'afghan government': naming it is a false attribution")

add("b2-ispr-03", "ispr", None, """
RAWALPINDI, 21 December 2024: Last night, around 30 khwarij attempted to attack a security forces post in the general
area of Makeen, South Waziristan District. Own troops responded effectively and in the ensuing fire exchange eight
khwarij were sent to hell. During the intense exchange of fire, sixteen brave soldiers, having fought gallantly,
embraced shahadat. A sanitisation operation is in progress and the perpetrators of this heinous act will be brought
to justice.""",
    g("2024-12-20", "PK", "PK-KP", "Makeen", ["armed_assault"], "Armed clash", killed=16, kp=8, raw="khwarij"),
    "Makeen checkpost attack, night of 20/21 Dec 2024 (TTP claimed in reality; not in this text)",
    "'last night' in a 21 Dec release -> 20 Dec")

add("b2-ispr-04", "ispr", None, """
KABUL - The Ministry of National Defence of the Islamic Emirate of Afghanistan strongly condemns the aerial bombardment
carried out by Pakistani military aircraft on the night of Tuesday, 24 December 2024, on four locations in the Barmal
district of Paktika province. Those targeted were civilians, most of them Waziristani refugees who had fled to
Afghanistan. According to initial information, 46 people, most of them women and children, were martyred and six
others wounded. The Islamic Emirate considers this barbaric act a clear violation of international principles and of
Afghanistan's sovereignty, and will not leave it unanswered.""",
    g("2024-12-24", "AF", "AF-PKA", "Barmal", ["airstrike"], "Air/drone strike", killed=46, injured=6,
      perp="PAK_GOV", cert="attributed", raw="Pakistani military aircraft"),
    "Pakistani air strikes in Barmal, Paktika, 24 Dec 2024 (Taliban MoD statement)",
    "'Islamic Emirate' (TALIBAN) is the speaker/victim side: naming it as perpetrator is the worst error")

add("b2-ispr-05", "ispr", "2023-02-27", """
KABUL: Zabihullah Mujahid, spokesman of the Islamic Emirate, said on Monday that special forces of the Islamic Emirate
carried out an operation late last night on a Daesh hideout in the Khair Khana area of Kabul city. He said Qari Fateh,
a senior Daesh commander behind recent attacks on diplomatic missions and the foreign ministry in Kabul, was killed in
the raid together with another member of the group, and that weapons and equipment were seized. In a separate
operation in Nimroz province several members of the group were detained, the spokesman added.""",
    g("2023-02-26", "AF", "AF-KAB", "Khair Khana", ["security_operation"], "Armed clash", kp=2),
    "Taliban raid that killed ISKP commander Qari Fateh, Kabul, late Feb 2023 (details simplified)",
    "Operation by the de facto state: perpetrator null; Daesh is the target, not the attacker")

add("b2-ispr-06", "ispr", None, """
RAWALPINDI, 26 August 2024: On the night of 25/26 August, terrorists attempted to create chaos by carrying out
several heinous acts in Balochistan, mainly targeting innocent civilians in Musakhel, Qalat and Lasbela districts.
Security forces and law enforcement agencies responded swiftly and launched sanitisation operations, in which 21
terrorists were sent to hell. During the clearance operations, fourteen soldiers and law enforcement personnel, who
fought valiantly, embraced shahadat. These attacks were a planned attempt by inimical forces and their abettors to
disrupt the development of Balochistan, and the instigators will be brought to justice.""",
    g("2024-08-25", "PK", "PK-BA", "Musakhel", ["armed_assault", "security_operation"], "Armed clash",
      killed=14, kp=21, raw="terrorists"),
    "BLA 'Operation Herof' coordinated attacks, night of 25/26 Aug 2024 (ISPR framing)",
    "Multi-place text: first-told place Musakhel; civilian deaths are not counted in this text, so killed = 14")

add("b2-ispr-07", "ispr", "2023-10-13", """
KABUL: The Ministry of Interior Affairs of the Islamic Emirate says an explosion struck the Imam Zaman mosque of the
Shia community in Pul-e-Khumri city, the centre of Baghlan province, during Friday prayers today. Ministry spokesman
Abdul Mateen Qani said seven worshippers were martyred and 15 others injured. Initial findings show that a suicide
bomber entered the mosque and detonated his explosives among the worshippers. The ministry strongly condemns the
crime and says investigations are under way to find and punish those behind it.""",
    g("2023-10-13", "AF", "AF-BGL", "Pul-e-Khumri", ["suicide_bombing"], "Suicide bomb", killed=7, injured=15),
    "Pul-e-Khumri Shia mosque bombing, 13 Oct 2023 (ISKP claimed later; not in this text)")

add("b2-ispr-08", "ispr", "2022-09-14", """
KABUL: Enayatullah Khwarazmi, spokesman for the Ministry of National Defence, said in a statement on Wednesday that
mujahideen of the Islamic Emirate had carried out a clearance operation in Panjshir province over the past day,
killing 40 fighters of the so-called National Resistance Front, including several of their commanders, and capturing
others along with their weapons. He said the rebels had been harassing local people and attacking public facilities,
and that the operation would continue until the area was fully secured.""",
    g("2022-09-13", "AF", "AF-PAN", "Panjshir", ["security_operation"], "Armed clash", kp=40),
    "Taliban operation in Panjshir against the NRF, Sept 2022 (Taliban claimed ~40 NRF killed)",
    "Operation by the de facto state: perpetrator null; NRF is the target")

add("b2-ispr-09", "ispr", None, """
RAWALPINDI, 12 March 2025: On 11 March, terrorists blew up the railway track near Dhadar in Bolan and took hostage the
passengers of the Jaffar Express travelling from Quetta to Peshawar. Security forces immediately cordoned off the area
and launched a clearance operation in difficult mountainous terrain, in which all 33 terrorists were sent to hell and
the remaining hostages were rescued. Before the operation, the terrorists had martyred 21 hostages; four FC personnel
also embraced shahadat during the operation. Throughout the incident the terrorists remained in contact with their
facilitators and handlers in Afghanistan.""",
    g("2025-03-11", "PK", "PK-BA", "Dhadar", ["kidnapping", "bombing", "security_operation"], "Armed clash",
      killed=25, kp=33, raw="terrorists"),
    "Jaffar Express hijacking, Bolan, 11-12 Mar 2025 (BLA claimed in reality; DG ISPR early figures)",
    "killed = 21 hostages + 4 FC (a sum, unscored by score.py). Category is a judgement call (Abduction is defensible)")

add("b2-ispr-10", "ispr", "2022-08-02", """
RAWALPINDI, August 2: An Army Aviation helicopter on flood relief operations in Lasbela, Balochistan, lost contact
with air traffic control on the evening of 1 August. Its wreckage has been found this morning at Musa Goth, Windar.
All six on board, including Lieutenant General Sarfraz Ali, Commander 12 Corps, embraced shahadat. According to the
initial investigation the crash was caused by bad weather. The nation pays tribute to the officers and soldiers who
laid down their lives while helping flood-affected people.""",
    na("Man-made disaster"),
    "Lasbela army helicopter crash, 1 Aug 2022", "Non-attack with 'embraced shahadat' and a toll")

add("b2-ispr-11", "ispr", "2024-01-14", """
KABUL - Mawlawi Mohammad Yaqoob Mujahid, Minister of National Defence of the Islamic Emirate, received the
Ambassador of the People's Republic of China, Zhao Xing, at the ministry on Sunday. According to the ministry, the
two sides discussed bilateral relations, security cooperation, the protection of Chinese investments and workers in
Afghanistan, and joint efforts against Daesh and other threats in the region. The minister assured the ambassador
that the Islamic Emirate would not allow anyone to use Afghan soil against neighbouring countries.""",
    na("Diplomatic event"),
    "Meeting of the Taliban defence minister with the Chinese ambassador (such meetings in 2023-24; date illustrative)",
    "Non-attack naming Daesh and 'attacks'")

add("b2-ispr-12", "ispr", None, """
RAWALPINDI, 3 February 2022: On the night of 2 February, terrorists attempted to attack two security forces camps in
Panjgur and Noshki, Balochistan. In Panjgur the attack was repulsed; four terrorists were killed while one soldier
embraced shahadat, and a clearance operation is continuing in the area. In Noshki nine terrorists were killed in the
exchange of fire and four soldiers were injured. The terrorists were in contact with their handlers abroad.""",
    g("2022-02-02", "PK", "PK-BA", "Panjgur", ["armed_assault"], "Armed clash", killed=1, kp=13, injured=4,
      raw="terrorists"),
    "Panjgur and Noshki FC camp attacks, 2 Feb 2022 (BLA claimed in reality; early ISPR figures)",
    "Two events: first-told place Panjgur; tolls summed (killed_perpetrators 4 + 9)")

add("b2-ispr-13", "ispr", "2025-06-28", """
RAWALPINDI, June 28: Today, an explosive-laden vehicle driven by a suicide bomber of the Indian-sponsored khwarij was
rammed into a security forces vehicle that was part of a convoy in the Khadi area of Mir Ali, North Waziristan.
Thirteen brave soldiers embraced shahadat in the cowardly attack, while ten soldiers and nineteen civilians, including
women and children, were injured. The area is being sanitised and those responsible will be brought to justice.""",
    g("2025-06-28", "PK", "PK-KP", "Mir Ali", ["suicide_bombing"], "Suicide bomb", killed=13, injured=29,
      raw="Indian-sponsored khwarij"),
    "Mir Ali convoy suicide car bombing, 28 Jun 2025",
    "injured = 10 + 19 (a sum, unscored by score.py)")

add("b2-ispr-14", "ispr", None, """
RAWALPINDI, 26 March 2024: Last night, terrorists attempted to attack PNS Siddiq, a naval air station in Turbat, Kech
District. Security forces responded promptly and the attack was repulsed. In the exchange of fire four terrorists were
sent to hell, while one soldier of the Frontier Corps, who fought gallantly, embraced shahadat. A sanitisation
operation is being carried out in the surrounding area.""",
    g("2024-03-25", "PK", "PK-BA", "Turbat", ["armed_assault"], "Armed clash", killed=1, kp=4, raw="terrorists"),
    "Attack on PNS Siddiq naval air station, Turbat, night of 25/26 Mar 2024 (BLA claimed in reality)",
    "'last night' in a 26 Mar release -> 25 Mar; 'Frontier Corps' names PAK_GOV (the victim side)")

add("b2-ispr-15", "ispr", None, """
KABUL, 1 August 2022 - Statement of the spokesman of the Islamic Emirate of Afghanistan: On 31 July 2022 an aerial
strike was carried out on a residential house in the Sherpur area of Kabul city. The security and intelligence bodies
of the Islamic Emirate investigated the incident and their initial findings show that the attack was carried out by
drones of the United States. The Islamic Emirate strongly condemns this attack, on any pretext, as a clear violation of
international principles and of the Doha Agreement, and warns that such actions repeat the failed experiences of the
past twenty years.""",
    g("2022-07-31", "AF", "AF-KAB", "Sherpur", ["airstrike"], "Air/drone strike", perp="US", cert="attributed",
      raw="drones of the United States"),
    "US drone strike that killed Ayman al-Zawahiri, Sherpur, Kabul, 31 Jul 2022 (Taliban statement)")

# ---------------------------------------------------------------- inso: aid-security incident notes
add("b2-inso-01", "inso", None, """
KUNDUZ / Kunduz City (PD1). On 11 Feb 2025, approx. 0835 hrs, a PBIED detonated at the entrance of a private bank
branch in Kunduz city while DfA personnel and civil servants were queuing to collect salaries. DfA police reported 5
killed (incl. 1 bank guard) and 7 injured; local sources suggest a higher toll. No claim at time of reporting.
Assessment: bank premises on salary days remain an exposed target; avoid queues.""",
    g("2025-02-11", "AF", "AF-KDZ", "Kunduz", ["suicide_bombing"], "Suicide bomb", killed=5, injured=7),
    "Kabul Bank branch suicide bombing, Kunduz, 11 Feb 2025")

add("b2-inso-02", "inso", "2022-11-30", """
SAMANGAN / Aybak City. On 30 Nov, approx. 1300 hrs, an IED detonated inside the Jahadia madrasa in Aybak city shortly
after midday prayers. 10 killed, mostly students (incl. children), and several injured. Unconfirmed whether the device
was carried in or pre-placed. No claim.""",
    g("2022-11-30", "AF", "AF-SAM", "Aybak", ["bombing"], "Remote explosive/landmine/IED", killed=10),
    "Aybak (Samangan) madrasa bombing, 30 Nov 2022")

add("b2-inso-03", "inso", None, """
NANGARHAR / Jalalabad City. On 18 Sep 2021, three IEDs targeted DfA vehicles at separate locations in Jalalabad city
within approx. one hour, incl. one RCIED against a patrol vehicle near the police district HQ. Approx. 3 killed (incl.
DfA members and civilians) and approx. 20 injured, incl. children. ISKP claimed on 19 Sep. Further IED activity
against DfA patrols in Jalalabad is likely.""",
    g("2021-09-18", "AF", "AF-NAN", "Jalalabad", ["bombing"], "Remote explosive/landmine/IED", killed=3,
      injured=20, perp="ISKP", cert="claimed", raw="ISKP"),
    "Jalalabad IED attacks on Taliban vehicles, 18 Sep 2021")

add("b2-inso-04", "inso", "2022-11-30", """
BALOCHISTAN / Quetta District, Baleli. On 30 Nov, a PBIED rammed a police truck carrying LEA personnel on their way to
escort a polio vaccination team on the outskirts of Quetta. 4 killed (incl. 1 LEA member and 1 child) and approx. 23
injured, mostly LEA. TTP claimed. Vaccination activities in the district suspended for the day.""",
    g("2022-11-30", "PK", "PK-BA", "Baleli", ["suicide_bombing"], "Suicide bomb", killed=4, injured=23,
      perp="TTP", cert="claimed", raw="TTP"),
    "Baleli (Quetta) suicide bombing of a polio-escort police truck, 30 Nov 2022 (toll simplified)")

add("b2-inso-05", "inso", None, """
KP / Hangu District, Doaba. On 29 Sep 2023, during Friday prayers, two PBIEDs attempted to enter a mosque inside the
Doaba PS compound. LEA engaged one attacker at the gate; the second detonated inside, causing the roof to collapse.
5 killed, approx. 12 injured (incl. LEA). No claim. Same day, a separate PBIED attack hit a religious procession in
Mastung (Balochistan).""",
    g("2023-09-29", "PK", "PK-KP", "Doaba", ["suicide_bombing"], "Suicide bomb", killed=5, injured=12),
    "Doaba police-station mosque bombing, Hangu, 29 Sep 2023",
    "Second (Mastung) event is mentioned without a toll; first-told place Doaba")

add("b2-inso-06", "inso", "2024-03-26", """
KP / Shangla District, Besham. On 26 Mar, on the KKH near Besham, a VBIED rammed a vehicle carrying Chinese nationals
from Islamabad to the Dasu hydropower project; the vehicle fell into a ravine. 6 killed (5 Chinese nationals, 1
Pakistani driver). No claim; TTP publicly denied involvement. Movement of foreign nationals on the KKH restricted
pending review.""",
    g("2024-03-26", "PK", "PK-KP", "Besham", ["suicide_bombing"], "Suicide bomb", killed=6),
    "Besham suicide car bombing of Chinese engineers, 26 Mar 2024",
    "TTP is named only to deny: perpetrator null")

add("b2-inso-07", "inso", None, """
KP / Tank - DI Khan road, Bagwal area. On 27 Apr 2024, approx. 25-30 armed men intercepted the vehicle of a district
and sessions judge travelling from Tank to DI Khan, abducted him and set the vehicle on fire; the driver was released.
Abductors demanded release of detained relatives. No claim. Judge recovered unharmed on 28 Apr.""",
    g("2024-04-27", "PK", "PK-KP", "Bagwal", ["kidnapping", "arson"], "Abduction/forced disappearance",
      raw="armed men"),
    "Abduction of judge Shakirullah Marwat near Tank, 27 Apr 2024",
    "arson of the vehicle is part of the text, so it is in attack_types")

add("b2-inso-08", "inso", "2022-06-18", """
KABUL / PD3, Karte Parwan. On 18 Jun, approx. 0630 hrs, NSAG attacked the Karte Parwan gurdwara with SAF and hand
grenades; a VBIED detonated near the gate as DfA forces responded. Clash lasted approx. 3 hrs. 2 killed (1 Sikh
worshipper, 1 DfA member), 7 injured; 3 attackers killed. ISKP claimed, citing remarks about the Prophet.""",
    g("2022-06-18", "AF", "AF-KAB", "Karte Parwan", ["armed_assault", "bombing"], "Attack", killed=2, kp=3,
      injured=7, perp="ISKP", cert="claimed", raw="ISKP"),
    "Karte Parwan gurdwara attack, Kabul, 18 Jun 2022",
    "Category Attack (on a place of worship) rather than Armed clash: judgement call")

add("b2-inso-09", "inso", "2024-05-11", """
BAGHLAN / Burka, Nahrin and Baghlan-e-Markazi Districts. On 10 May, heavy rainfall caused flash floods across
northern districts, with Burka district worst affected. DfA officials reported approx. 315 killed and more than 1,600
injured (provisional); houses, bridges and livestock lost. Not a security incident. Humanitarian access impeded on
the Pul-e-Khumri - Burka road.""",
    na("Natural disaster"), "Baghlan flash floods, 10 May 2024")

add("b2-inso-10", "inso", "2024-12-18", """
GHAZNI / Kabul - Kandahar Highway. On 18 Dec, two major RTAs on the Kabul - Kandahar highway: a passenger bus
collided with a fuel tanker in Ghazni province and a second bus hit a truck further north in Maidan Wardak. DfA
reported approx. 52 killed and 65 injured in total. Not a security incident; avoid night travel on this stretch.""",
    na("Man-made disaster"), "Two bus crashes on the Kabul-Kandahar highway, 18 Dec 2024")

add("b2-inso-11", "inso", None, """
BALOCHISTAN / Sibi District, Sibi town (Jail Road). On 8 Mar 2022, a PBIED on foot detonated near LEA personnel
winding up security arrangements approx. 30 min after the presidential motorcade left the closing ceremony of the
annual Sibi Mela. 6 killed (all Frontier Constabulary) and approx. 22 injured, incl. police and civilians. No claim
at time of reporting.""",
    g("2022-03-08", "PK", "PK-BA", "Sibi", ["suicide_bombing"], "Suicide bomb", killed=6, injured=22),
    "Sibi Jail Road suicide bombing after the Sibi Mela, 8 Mar 2022",
    "'Frontier Constabulary' is the victim; not an actors.csv alias")

add("b2-inso-12", "inso", None, """
KP / Bannu District, Mali Khel. On 19 Nov 2024, late evening, a VBIED rammed the perimeter wall of a joint SF checkpost
after attackers failed to enter, followed by NSAG SAF. 12 SF killed (10 army, 2 FC) and 6 attackers killed. Hafiz Gul
Bahadur group claimed. Heightened SF activity and road closures expected in Bannu and Lakki Marwat.""",
    g("2024-11-19", "PK", "PK-KP", "Mali Khel", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=12,
      kp=6, perp="OTHER:hafiz gul bahadur group", cert="claimed", raw="Hafiz Gul Bahadur group"),
    "Mali Khel joint checkpost attack, Bannu, 19 Nov 2024",
    "Claimant not in actors.csv: naming it (correctly) counts as a false attribution in score.py (ceiling < 1)")

add("b2-inso-13", "inso", None, """
KABUL / PD13 (Dasht-e-Barchi). On 7 Nov 2023, approx. 1730 hrs, an IED attached to a minibus detonated in
Dasht-e-Barchi. 7 killed and 20 injured (DfA figures), all civilians. ISKP claimed the same evening. Second attack
in Hazara-majority areas of west Kabul since late Oct.""",
    g("2023-11-07", "AF", "AF-KAB", "Dasht-e-Barchi", ["bombing"], "Remote explosive/landmine/IED", killed=7,
      injured=20, perp="ISKP", cert="claimed", raw="ISKP"),
    "Dasht-e-Barchi minibus bombing, Kabul, 7 Nov 2023")

add("b2-inso-14", "inso", "2024-08-23", """
PUNJAB / Rahim Yar Khan District, Machka (riverine Kacha area). On 22 Aug, an organised criminal gang (dacoits)
attacked two police vehicles, one broken down on a muddy track, with RPGs and SAF. 12 LEA killed (incl. 1 DOW) and
approx. 7 injured. Not NSAG-related; criminal gangs in the Kacha area routinely engage in KFR. Joint Punjab-Sindh police
operation announced.""",
    g("2024-08-22", "PK", "PK-PB", "Machka", ["armed_assault"], "Armed clash", killed=12, injured=7,
      raw="dacoits"),
    "Dacoit rocket attack on police vans at Machka, Rahim Yar Khan, 22 Aug 2024")

add("b2-inso-15", "inso", None, """
NANGARHAR / Momand Dara District, Torkham. On 3 Mar 2025, night, exchange of SAF and mortar fire between DfA border
forces and PK SF at the Torkham crossing after a dispute over construction of a border post. 1 DfA member killed;
PK sources report approx. 3 SF injured. Each side blamed the other. Crossing closed since 21 Feb; long queues of cargo
trucks on both sides.""",
    g("2025-03-03", "AF", "AF-NAN", "Torkham", ["armed_assault", "indirect_fire"], "Armed clash", killed=1,
      injured=3),
    "Afghan-Pakistani border clash at Torkham, 3 Mar 2025 (tolls simplified)", "Mutual blame: perpetrator null")

# ---------------------------------------------------------------- wire: Reuters / AP / AFP briefs
add("b2-wire-01", "wire", "2024-03-18", """
KABUL/ISLAMABAD, March 18 (Reuters) - Pakistani aircraft struck targets inside Afghanistan early on Monday, killing
eight people, all of them women and children, the Taliban administration's chief spokesman said, two days after
militants killed seven soldiers in an attack on an army post in Pakistan. Zabihullah Mujahid said the strikes hit
homes in the Sepera district of Khost province and the Barmal district of Paktika province at about 3 a.m. Pakistan's
foreign office said it had carried out intelligence-based anti-terrorist operations in the border regions.
Afghanistan's defence ministry said its forces responded by targeting Pakistani military posts along the border with
heavy weapons.""",
    g("2024-03-18", "AF", "AF-KHO", "Sepera", ["airstrike", "indirect_fire"], "Air/drone strike", killed=8,
      perp="PAK_GOV", cert="attributed", raw="Pakistani aircraft"),
    "Pakistani air strikes in Khost and Paktika, 18 Mar 2024, and Afghan cross-border fire",
    "The 16 Mar attack on the army post (7 soldiers) is background, not a reported event: killed = 8")

add("b2-wire-02", "wire", "2021-07-14", """
ISLAMABAD (AP) - An explosion sent a bus carrying Chinese engineers and Pakistani workers to a dam construction site
plunging into a ravine in northwestern Pakistan on Wednesday, killing 13 people including nine Chinese nationals,
officials said. The bus was heading to the Dasu hydropower project in Upper Kohistan district of Khyber Pakhtunkhwa
province. Pakistan's foreign ministry first blamed a mechanical failure that caused a gas leak, but China's foreign
ministry called it a bomb attack and urged Pakistan to punish those responsible. No one claimed responsibility.""",
    g("2021-07-14", "PK", "PK-KP", "Dasu", ["bombing"], "Remote explosive/landmine/IED", killed=13),
    "Dasu bus bombing, Upper Kohistan, 14 Jul 2021")

add("b2-wire-03", "wire", None, """
KABUL, Sept 30, 2022 (AFP) - A suicide bomber blew himself up at a study centre in a mainly Hazara neighbourhood of
west Kabul on Friday, killing at least 19 people and wounding 27 others, police said. Hundreds of
students were sitting a
practice university entrance exam at the Kaaj education centre in Dasht-e-Barchi when the attacker struck, a witness
said. No group immediately claimed the attack, but the Islamic State group has repeatedly targeted the Shiite Hazara
minority in the area.""",
    g("2022-09-30", "AF", "AF-KAB", "Dasht-e-Barchi", ["suicide_bombing"], "Suicide bomb", killed=19, injured=27),
    "Kaaj education centre bombing, Kabul, 30 Sep 2022 (early police toll)",
    "Islamic State is named only as a past attacker of the area: perpetrator null")

add("b2-wire-04", "wire", "2024-11-09", """
QUETTA, Pakistan, Nov 9 (Reuters) - A suicide bomber struck the main railway station in Quetta, capital of Pakistan's
southwestern Balochistan province, on Saturday, killing at least 24 people and wounding 46 others, most of them soldiers
waiting for a train, officials said. The blast tore through a crowded platform shortly before the departure of the
Jaffar Express to Peshawar. The separatist Baloch Liberation Army claimed responsibility, saying it had targeted an
army unit.""",
    g("2024-11-09", "PK", "PK-BA", "Quetta", ["suicide_bombing"], "Suicide bomb", killed=24, injured=46,
      perp="BLA", cert="claimed", raw="Baloch Liberation Army"),
    "Quetta railway station suicide bombing, 9 Nov 2024 (early toll)")

add("b2-wire-05", "wire", None, """
BANNU, Pakistan (AP) - Two suicide bombers rammed explosive-laden vehicles into the wall of a military compound in
northwestern Pakistan on Tuesday, March 4, 2025, and gunmen then tried to storm it, killing 18 people, including 13
civilians, officials said. Troops killed all 16 attackers in a battle that lasted into the night, the military said.
The blasts damaged a nearby mosque and houses, and 32 people were wounded. Jaish al-Fursan, a group loyal to militant
commander Hafiz Gul Bahadur, claimed responsibility.""",
    g("2025-03-04", "PK", "PK-KP", "Bannu", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=18, kp=16,
      injured=32, perp="OTHER:jaish al fursan", cert="claimed", raw="Jaish al-Fursan"),
    "Bannu Cantonment attack, 4 Mar 2025 (injured figure simplified)",
    "Claimant not in actors.csv (ceiling < 1 as in the hold-out)")

add("b2-wire-06", "wire", "2021-08-29", """
KABUL, Aug 29 (Reuters) - A U.S. drone strike destroyed a vehicle in a residential area near Kabul airport on Sunday,
with U.S. forces saying it had targeted a suicide car bomber from Islamic State's Afghan branch who posed an imminent
threat to the evacuation. Relatives said the strike on a house in the Khwaja Burgha neighbourhood killed 10 members of
one family, including seven children. A U.S. Central Command spokesman said secondary explosions suggested a large
amount of explosive material and that the military was assessing the possibility of civilian casualties.""",
    g("2021-08-29", "AF", "AF-KAB", "Khwaja Burgha", ["airstrike"], "Air/drone strike", killed=10, perp="US",
      cert="claimed", raw="U.S. forces"),
    "US drone strike in Kabul that killed Zemari Ahmadi's family, 29 Aug 2021",
    "Islamic State is the alleged target, not the perpetrator")

add("b2-wire-07", "wire", None, """
HERAT, Afghanistan (AP) - An explosion tore through a crowded mosque in western Afghanistan during Friday prayers on
Sept. 2, 2022, killing 18 people, among them Mujib Rahman Ansari, a prominent cleric known for his outspoken support
of the Taliban, officials said. Ambulances carried another 21 wounded from the Guzargah mosque in Herat city to
hospitals. Local officials said a suicide bomber detonated his explosives as the cleric arrived. No group immediately
claimed responsibility.""",
    g("2022-09-02", "AF", "AF-HER", "Guzargah", ["suicide_bombing"], "Suicide bomb", killed=18, injured=21),
    "Guzargah mosque bombing, Herat, 2 Sep 2022", "Taliban named only as the cleric's allies")

add("b2-wire-08", "wire", None, """
PESHAWAR, Pakistan (AP) - A suicide bomber opened fire on police guarding a Shiite mosque in the old city of Peshawar
and then blew himself up among worshippers during Friday prayers on March 4, 2022, killing at least 56 people and
wounding 194 others, officials said. The attacker shot a policeman at the gate of the Kocha
Risaldar mosque before running
inside. The Islamic State group claimed responsibility in a statement carried by its Aamaq news agency.""",
    g("2022-03-04", "PK", "PK-KP", "Peshawar", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=56,
      injured=194, perp="ISKP", cert="claimed", raw="Islamic State group"),
    "Kocha Risaldar Shia mosque bombing, Peshawar, 4 Mar 2022 (early toll)")

add("b2-wire-09", "wire", "2025-01-09", """
PESHAWAR, Pakistan, Jan 9 (Reuters) - Gunmen abducted 16 employees of Pakistan's Atomic Energy Commission travelling to
a mining site in the northwestern district of Lakki Marwat on Thursday, police said. The attackers stopped the
workers' vehicle in the Qabul Khel area and took them away at gunpoint; security forces later recovered eight of them.
No group claimed responsibility, though the Pakistani Taliban are active in the area.""",
    g("2025-01-09", "PK", "PK-KP", "Qabul Khel", ["kidnapping"], "Abduction/forced disappearance", raw="gunmen"),
    "Abduction of Atomic Energy Commission workers, Lakki Marwat, 9 Jan 2025",
    "Pakistani Taliban named only as active in the area: perpetrator null")

add("b2-wire-10", "wire", "2025-08-20", """
KABUL, Aug 20 (Reuters) - The foreign ministers of China, Pakistan and Afghanistan met in Kabul on Wednesday and agreed
to deepen cooperation on trade and security and to extend the China-Pakistan Economic Corridor into Afghanistan,
Pakistan's foreign office said. Pakistan's Ishaq Dar and China's Wang Yi held talks with the Taliban administration's
acting foreign minister, Amir Khan Muttaqi, as Islamabad again urged Kabul to act against militants it blames for
attacks inside Pakistan.""",
    na("Diplomatic event"), "China-Pakistan-Afghanistan trilateral foreign ministers' meeting, Kabul, 20 Aug 2025")

add("b2-wire-11", "wire", "2025-09-01", """
JALALABAD, Afghanistan, Sept 1 (Reuters) - A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday,
killing at least 800 people and injuring 2,800 in Kunar province, a Taliban government spokesman said, as rescuers
struggled to reach remote mountain villages. Mud-brick homes collapsed in several districts and landslides blocked
roads into the worst-hit valleys.""",
    na("Natural disaster"), "Kunar earthquake, 31 Aug 2025 (early toll)")

add("b2-wire-12", "wire", None, """
QUETTA, Pakistan, Nov 1, 2024 (AFP) - A bomb attached to a motorcycle exploded near a girls' school in Mastung in
Pakistan's Balochistan province on Friday, killing seven people, including five schoolchildren and a policeman,
officials said. The remotely detonated device targeted a police van passing the Civil Hospital Chowk, and 22 people
were wounded, most of them children. No group immediately claimed the attack.""",
    g("2024-11-01", "PK", "PK-BA", "Mastung", ["bombing"], "Remote explosive/landmine/IED", killed=7, injured=22),
    "Mastung Civil Hospital Chowk bombing, 1 Nov 2024 (early toll)")

add("b2-wire-13", "wire", "2025-02-28", """
PESHAWAR, Feb 28 (Reuters) - A suicide bomber struck a prominent seminary in northwest Pakistan during Friday prayers,
killing at least six people including its deputy head, cleric Hamid ul Haq Haqqani, police said. Twenty others were
wounded at the Darul Uloom Haqqania in Akora Khattak, Nowshera district, a madrasa known as 'the university of jihad'
where many Afghan Taliban leaders studied. No group immediately claimed responsibility.""",
    g("2025-02-28", "PK", "PK-KP", "Akora Khattak", ["suicide_bombing"], "Suicide bomb", killed=6, injured=20),
    "Darul Uloom Haqqania suicide bombing, Akora Khattak, 28 Feb 2025",
    "Afghan Taliban named only as alumni: perpetrator null")

add("b2-wire-14", "wire", None, """
KARACHI, Pakistan (AP) - A suicide bomber in a vehicle attacked a convoy carrying Chinese engineers outside Karachi's
international airport late on Sunday, Oct. 6, 2024, killing two Chinese nationals and wounding 10 other people,
officials said. The engineers worked at a power project at Port Qasim. The separatist Baloch Liberation Army claimed
responsibility, saying it had targeted a high-level convoy of Chinese investors.""",
    g("2024-10-06", "PK", "PK-SD", "Karachi", ["suicide_bombing"], "Suicide bomb", killed=2, injured=10,
      perp="BLA", cert="claimed", raw="Baloch Liberation Army"),
    "Karachi airport suicide car bombing of a Chinese convoy, 6 Oct 2024")

add("b2-wire-15", "wire", "2025-07-11", """
QUETTA, July 11 (Reuters) - Gunmen stopped two passenger buses on a highway in Pakistan's southwestern Balochistan
province late on Thursday, checked the identity cards of those on board and shot dead nine men from Punjab province,
officials said. The attack took place near Sur-Dakai on the border of Zhob and Loralai districts. The provincial
government blamed 'Fitna al Hindustan', its term for Baloch separatists, and the Balochistan Liberation Front later
claimed responsibility.""",
    g("2025-07-10", "PK", "PK-BA", "Sur-Dakai", ["armed_assault"], "Attack", killed=9, perp="BLF", cert="claimed",
      raw="Balochistan Liberation Front"),
    "Killing of nine bus passengers near Sur-Dakai (Zhob/Loralai), 10 Jul 2025",
    "'Punjab' is the victims' origin, not the place")

# ---------------------------------------------------------------- local: Dawn / Express Tribune / TOLOnews / Pajhwok
add("b2-local-01", "local", "2023-12-13", """
DERA ISMAIL KHAN: At least 23 soldiers were martyred and several others injured when militants rammed an
explosives-laden vehicle into a security forces post in Daraban tehsil early on Tuesday, followed by an assault by
gunmen, the military's media wing said. Initial reports had put the death toll at 16, but it rose through the day as
bodies were pulled from the rubble of a collapsed building. The ISPR said all six attackers were killed. Tehreek-e-
Jihad Pakistan (TJP), a little-known group that officials describe as a front for the banned TTP, claimed
responsibility; the TTP did not comment. A police official told Dawn the soldiers had been housed in a school
building being used as a temporary camp.""",
    g("2023-12-12", "PK", "PK-KP", "Daraban", ["suicide_bombing", "armed_assault"], "Suicide bomb", killed=23,
      kp=6, perp="TJP", cert="claimed", raw="Tehreek-e-Jihad Pakistan (TJP)"),
    "Daraban (DI Khan) attack on a security post, 12 Dec 2023", "Toll revised 16 -> 23; TJP claim, TTP named too")

add("b2-local-02", "local", None, """
QUETTA: The death toll from Friday's suicide bombing near a mosque in Mastung rose to 60 on Saturday as more of the
wounded died in hospitals, officials said. The bomber blew himself up next to the vehicle of DSP Nawaz Gishkori, who
was on duty at a procession marking Eid Milad-un-Nabi in the town on September 29, 2023; the DSP was among the dead.
Officials had initially put the toll at 52. Dozens of injured are still under treatment in Quetta. No group has
claimed the attack, and the banned Tehreek-e-Taliban Pakistan said it was not involved.""",
    g("2023-09-29", "PK", "PK-BA", "Mastung", ["suicide_bombing"], "Suicide bomb", killed=60),
    "Mastung Mawlid procession suicide bombing, 29 Sep 2023", "TTP denial: perpetrator null; toll 52 -> 60")

add("b2-local-03", "local", None, """
MAZAR-I-SHARIF (Pajhwok): At least 31 people were killed and 87 others wounded when a bomb went off inside a Shia
mosque in the Seh Dokan area of Mazar-i-Sharif, the capital of northern Balkh province, during noon prayers on
Thursday (April 21, 2022), officials said. Balkh police spokesman Mohammad Asif Waziri had earlier put the toll at 12
dead. A health official said many of the wounded were in critical condition. The Islamic State-Khorasan group claimed
responsibility through its Amaq agency.""",
    g("2022-04-21", "AF", "AF-BAL", "Seh Dokan", ["bombing"], "Remote explosive/landmine/IED", killed=31,
      injured=87, perp="ISKP", cert="claimed", raw="Islamic State-Khorasan group"),
    "Seh Dokan mosque bombing, Mazar-i-Sharif, 21 Apr 2022", "Toll revised 12 -> 31")

add("b2-local-04", "local", None, """
QUETTA: Five people were killed and 12 injured when an explosives-laden car blew up in the parking area of the Serena
Hotel on Wednesday night (April 21, 2021), police said. The toll was revised from four after one of
the injured died in hospital early
on Thursday. Balochistan Home Minister Ziaullah Langove said the car had been packed with explosives and parked near
the entrance. China's ambassador, who was visiting Quetta, was not at the hotel at the time. The banned Tehreek-i-
Taliban Pakistan claimed responsibility.""",
    g("2021-04-21", "PK", "PK-BA", "Quetta", ["bombing"], "Remote explosive/landmine/IED", killed=5, injured=12,
      perp="TTP", cert="claimed", raw="Tehreek-i-Taliban Pakistan"),
    "Serena Hotel car bombing, Quetta, 21 Apr 2021 (toll simplified)", "Toll revised 4 -> 5")

add("b2-local-05", "local", None, """
QUETTA: At least 28 people were killed and more than 30 injured in two bomb blasts outside election offices in
Balochistan on Wednesday, a day before the February 8, 2024 general elections. The first blast struck the office of
independent candidate Asfandyar Khan Kakar in Khanozai, Pishin district, killing 18 people; about an hour later a bomb
planted on a motorcycle went off outside the JUI-F office in Qila Saifullah, killing ten. By evening provincial
information minister Jan Achakzai said the toll had risen to 30. The Islamic State group claimed both attacks. The
Election Commission said polling would go ahead as scheduled.""",
    g("2024-02-07", "PK", "PK-BA", "Khanozai", ["bombing"], "Remote explosive/landmine/IED", killed=30,
      perp="ISKP", cert="claimed", raw="Islamic State group"),
    "Pishin and Qila Saifullah election-office bombings, 7 Feb 2024",
    "Date needs 'Wednesday, a day before February 8, 2024'; toll summed and revised 28 -> 30")

add("b2-local-06", "local", "2024-09-23", """
MINGORA: A policeman was martyred and four others were injured on Sunday when a roadside bomb struck a police van
escorting a convoy of foreign diplomats near Shergarh on the way to Malam Jabba in Swat. The envoys, from 11 countries,
were travelling at the invitation of the Swat chamber of commerce and all returned safely to Islamabad, the district
police officer said. The vehicle leading the convoy took the blast, he said. No group has claimed responsibility.""",
    g("2024-09-22", "PK", "PK-KP", "Shergarh", ["bombing"], "Remote explosive/landmine/IED", killed=1, injured=4),
    "IED on the diplomats' convoy escort near Malam Jabba, Swat, 22 Sep 2024")

add("b2-local-07", "local", None, """
QUETTA: Armed men abducted 11 coal miners of the Hazara community from their quarters near a coalfield in Mach, Bolan
district, in the early hours of Sunday, January 3, 2021, took them to nearby hills and shot them dead, Levies officials
said. Some of the victims had been blindfolded and had their hands tied. The Islamic State group claimed
responsibility for the killings. Hundreds of Hazara mourners blocked the Western Bypass in Quetta with the coffins,
refusing to bury the dead until the prime minister visited.""",
    g("2021-01-03", "PK", "PK-BA", "Mach", ["kidnapping", "execution"], "Attack", killed=11, perp="ISKP",
      cert="claimed", raw="Islamic State group"),
    "Mach massacre of Hazara coal miners, 3 Jan 2021", "The sit-in is context, not the event")

add("b2-local-08", "local", "2025-10-18", """
KABUL: The Afghanistan Cricket Board (ACB) said eight people, including three local club cricketers, were killed in
airstrikes by the Pakistani army on Urgun district of Paktika province late on Friday, despite a temporary truce
between the two countries. The cricketers, Kabeer, Sibghatullah and Haroon, had travelled from Sharana to Urgun for a
friendly match and were struck on their way home. The ACB said Afghanistan would withdraw from a tri-nation T20 series
with Pakistan and Sri Lanka planned for November. Pakistan said it had targeted hideouts of militants of the Hafiz Gul
Bahadur group in the border area.""",
    g("2025-10-17", "AF", "AF-PKA", "Urgun", ["airstrike"], "Air/drone strike", killed=8, perp="PAK_GOV",
      cert="attributed", raw="Pakistani army"),
    "Pakistani air strikes in Urgun, Paktika, that killed three club cricketers, 17 Oct 2025")

add("b2-local-09", "local", "2025-01-02", """
KOHAT: The two warring sides in Kurram signed a peace agreement on Wednesday after weeks of talks mediated by a grand
jirga, paving the way for the reopening of the Thall-Parachinar road. Under the 14-point accord both sides must
dismantle private bunkers and surrender heavy weapons to the government within a month, the provincial government
spokesman said. The violence began after a passenger convoy was attacked near Bagan on November 21, killing more than
40 people and triggering sectarian clashes that left over 130 dead.""",
    na("Agreement"), "Kurram peace agreement signed at Kohat, 1 Jan 2025",
    "Non-attack that recalls an attack and a toll")

add("b2-local-10", "local", "2021-12-05", """
GWADAR: Thousands of fishermen, women and residents continued their sit-in near the Gwadar port road for a third week
on Sunday under the banner of the 'Gwadar Ko Haq Do' movement led by Maulana Hidayat ur Rehman of the Jamaat-e-Islami.
The protesters demand an end to illegal trawling by deep-sea trawlers, the removal of unnecessary security checkposts
and access to clean water and electricity. The protest has remained peaceful and organisers said it would continue
until the government met their demands in writing.""",
    na("Peaceful protest"), "'Gwadar Ko Haq Do' sit-in, Nov-Dec 2021")

add("b2-local-11", "local", None, """
KABUL: Clashes broke out on Saturday morning (May 27, 2023) between Islamic Emirate border forces and Iranian border
guards in Kang district of Nimroz province, officials said. Ministry of Interior spokesman Abdul Nafi Takor said one
member of the Islamic Emirate forces and one Iranian guard were killed, and blamed the Iranian side for opening fire
first. Iranian state media said two Iranian border guards had been killed and accused the Taliban forces of starting
the clash. The fighting comes amid a dispute over Iran's share of the Helmand River's water.""",
    g("2023-05-27", "AF", "AF-NIM", "Kang", ["armed_assault"], "Armed clash", killed=2),
    "Taliban-Iran border clash, Kang (Nimroz), 27 May 2023",
    "Mutual blame: perpetrator null; killed = 1 + 1 per the Afghan account (also the Iranian figure of two)")

add("b2-local-12", "local", "2022-06-26", """
SAR-E-PUL (Pajhwok): Islamic Emirate forces have taken control of Balkhab district after an operation against fighters
loyal to Mawlawi Mahdi Mujahid, a former commander who rebelled against the government, the Ministry of Defence said
on Sunday. Ministry spokesman Enayatullah Khwarazmi said the district centre and surrounding villages had been cleared
and that Mahdi had fled with a small number of his men. Residents said hundreds of families had fled to the mountains
and neighbouring districts, and rights groups have voiced concern over reports of abuses against civilians.""",
    g("2022-06-26", "AF", "AF-SAR", "Balkhab", ["security_operation"], "Government regains territory"),
    "Taliban operation against Mawlawi Mahdi in Balkhab, Sar-e Pol, June 2022", "Date approximate (not scored)")

add("b2-local-13", "local", None, """
PESHAWAR: Two Sikh traders were shot dead by unidentified motorcyclists in the Sarband area on the outskirts of the
city on Sunday (May 15, 2022), police said. Ranjit Singh and Kuljeet Singh, who sold spices at shops in the Bata Tal
bazaar, were attacked while sitting at their shops. The Islamic State's Khorasan branch later claimed the killings.
Members of the Sikh community staged a protest and demanded protection, and the chief minister sought a report from
the police.""",
    g("2022-05-15", "PK", "PK-KP", "Sarband", ["assassination"], "Attack", killed=2, perp="ISKP", cert="claimed",
      raw="Islamic State's Khorasan branch"),
    "Killing of two Sikh traders in Sarband, Peshawar, 15 May 2022")

add("b2-local-14", "local", None, """
PESHAWAR: The death toll from Monday's suicide bombing in the mosque inside the Police Lines rose to 100 on Wednesday
as more bodies were pulled from the rubble, the capital city police officer said. The bomber blew himself up among
hundreds of worshippers, most of them policemen, during Zuhr prayers on January 30, 2023, bringing down the roof of the
mosque. Officials had initially put the toll at 28 and then at 59. Sarbakaf Mohmand, a commander of the Jamaat-ul-
Ahrar faction, claimed the attack as revenge for the killing of Omar Khalid Khorasani, but a TTP spokesman distanced
the group from the bombing, saying attacks on mosques were against its policy.""",
    g("2023-01-30", "PK", "PK-KP", "Police Lines", ["suicide_bombing"], "Suicide bomb", killed=100, perp="JUA",
      cert="claimed", raw="Jamaat-ul-Ahrar"),
    "Peshawar Police Lines mosque bombing, 30 Jan 2023", "Claim (JuA) and denial (TTP); toll 28 -> 59 -> 100")

add("b2-local-15", "local", "2022-12-12", """
KABUL: Gunmen stormed a hotel popular with Chinese business visitors in Kabul's Shahr-e-Naw area on Monday afternoon,
setting off explosions and exchanging fire with Islamic Emirate forces for several hours. Kabul security spokesman
Khalid Zadran said all three attackers were killed and two foreign guests were injured when they jumped from hotel
windows to escape; he said no civilians had been killed. The Islamic State Khorasan group later claimed the attack.
China's foreign ministry urged its citizens to leave Afghanistan as soon as possible.""",
    g("2022-12-12", "AF", "AF-KAB", "Shahr-e-Naw", ["armed_assault", "bombing"], "Attack", killed=0, kp=3,
      injured=2, perp="ISKP", cert="claimed", raw="Islamic State Khorasan group"),
    "Attack on the Kabul Longan hotel, 12 Dec 2022", "'no civilians had been killed': killed 0 (unscored)")


def main():
    ids = [r["id"] for r in R]
    assert len(ids) == len(set(ids)) == 60, len(ids)
    with open(HERE / "blind2_eval.jsonl", "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nulls = sum(r["published"] is None for r in R)
    non = sum(not r["gold"]["is_attack"] for r in R)
    print(f"wrote {len(R)} records ({nulls} with published null, {non} non-attacks)")


if __name__ == "__main__":
    main()
