"""Build styles_eval.jsonl: team-written demo texts in three report styles, with gold.

The texts below were written by the team, in our own words, about real, publicly reported
attacks and operations in Afghanistan and Pakistan, 2021-2025. Facts (dates, places, tolls,
claimants) follow public reporting as we remember it and may be simplified; the gold codes
what each text says. Nothing here is copied from any source or from ../shared.

Coding rules (see README.md): perpetrator is the actor the text itself holds responsible, as a key of
../shared/data/reference/actors.csv; a label outside that list ("khwarij", "Fitna al Hindustan",
"terrorists") leaves it null, with the words kept in perpetrator_raw. killed counts victims only
(soldiers, police, civilians); militants killed, including those killed in an operation, go to
killed_perpetrators. A date is the day the attack began ("night of 11/12" -> the 11th).

Run: python bench/styles/build_gold.py   (rewrites bench/styles/styles_eval.jsonl)
"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "styles_eval.jsonl"


def gold(date=None, country=None, admin1=None, place=None, types=(), killed=None, killed_perp=None,
         injured=None, perp=None, certainty=None, raw="", category=None, is_attack=True):
    return {"date": date, "country": country, "admin1": admin1, "place": place,
            "attack_types": list(types), "killed": killed, "killed_perpetrators": killed_perp,
            "injured": injured, "perpetrator": perp, "perpetrator_certainty": certainty,
            "perpetrator_raw": raw, "category": category, "is_attack": is_attack}


def none(category):
    return gold(category=category, is_attack=False)


R = []


def rec(id_, style, published, text, g, event):
    R.append({"id": id_, "style": style, "text": " ".join(text.split()), "published": published,
              "gold": g, "origin": {"dataset": "tasdiq team-written style demo (bench/styles), not a held-back set",
                                    "event": event}})


# ---------------------------------------------------------------- ISPR-style press releases
rec("st-ispr-01", "ispr", None, """RAWALPINDI, 16 March 2024: In the early hours of today, a group of six terrorists
tried to storm a security forces post in Mir Ali, North Waziristan District. Troops engaged them, after which the
terrorists drove an explosive laden vehicle into the post and carried out several suicide attacks, bringing down
part of a building. Seven sons of soil, including Lieutenant Colonel Syed Kashif Ali and Captain Muhammad Ahmed
Badar, embraced shahadat. All six terrorists were sent to hell. Sanitisation of the area is under way.""",
    gold("2024-03-16", "PK", "PK-KP", "Mir Ali", ["suicide_bombing", "armed_assault"], 7, 6, None,
         None, None, "terrorists (not named)", "Suicide bomb"),
    "Mir Ali post attack, North Waziristan, 16 Mar 2024")

rec("st-ispr-02", "ispr", None, """RAWALPINDI, 12 December 2023: In the early hours of 12 December, six terrorists
attacked a security forces post in Daraban, Dera Ismail Khan District. Their attempt to enter the post was foiled,
whereupon they rammed an explosive-laden vehicle into it, followed by a suicide bombing. The blasts brought down a
building, causing multiple casualties. 23 brave soldiers embraced shahadat. All six terrorists were killed in the
exchange of fire that followed.""",
    gold("2023-12-12", "PK", "PK-KP", "Daraban", ["suicide_bombing", "armed_assault"], 23, 6, None,
         None, None, "terrorists (not named)", "Suicide bomb"),
    "Daraban attack, Dera Ismail Khan, 12 Dec 2023")

rec("st-ispr-03", "ispr", None, """RAWALPINDI, 21 December 2024: In the early hours of 21 December, a group of
khwarij tried to raid a security forces check post in the general area of Makeen, South Waziristan District. Own
troops responded swiftly and eight khwarij were sent to hell. During the intense exchange of fire, 16 brave
soldiers, having fought gallantly, embraced shahadat. A sanitisation operation is being conducted to eliminate any
other khwarij in the area.""",
    gold("2024-12-21", "PK", "PK-KP", "Makeen", ["armed_assault"], 16, 8, None,
         None, None, "khwarij", "Armed clash"),
    "Makeen check post attack, South Waziristan, 21 Dec 2024")

rec("st-ispr-04", "ispr", None, """RAWALPINDI, 20 November 2024: Yesterday, khwarij attempted to attack a joint
check post of the security forces in the Mali Khel area of Bannu District. The attempt to enter the post was
thwarted, but the khwarij rammed an explosive-laden vehicle into its perimeter wall, damaging part of the structure.
Six khwarij were sent to hell. Ten soldiers of the Pakistan Army and two soldiers of the Frontier Corps embraced
shahadat. Fitna al Khwarij are operated by their handlers from across the border.""",
    gold("2024-11-19", "PK", "PK-KP", "Bannu", ["suicide_bombing", "armed_assault"], 12, 6, None,
         None, None, "Fitna al Khwarij", "Suicide bomb"),
    "Mali Khel check post attack, Bannu, 19 Nov 2024")

rec("st-ispr-05", "ispr", None, """RAWALPINDI, 5 March 2025: On the evening of 4 March, khwarij attempted to breach
the Bannu Cantonment by ramming two explosive-laden vehicles into its perimeter wall. The blasts damaged the wall
and nearby houses and partly destroyed a mosque. Troops engaged the attackers at the breach and all 16 khwarij,
including four Afghan nationals, were sent to hell. Five soldiers embraced shahadat, while 13 innocent civilians
were martyred and 32 injured.""",
    gold("2025-03-04", "PK", "PK-KP", "Bannu", ["suicide_bombing", "armed_assault"], 18, 16, 32,
         None, None, "khwarij", "Suicide bomb"),
    "Bannu Cantonment attack, 4 Mar 2025")

rec("st-ispr-06", "ispr", "2023-09-06", """RAWALPINDI, 6 September 2023: Early this morning, a large group of
terrorists equipped with modern weapons attacked two military posts in the Kalash and Ursoon areas of Chitral
District from across the border, where they had gathered in Afghanistan's Nuristan and Kunar provinces. Troops
responded effectively; 12 terrorists were killed and many injured. Four soldiers embraced shahadat during the
exchange of fire.""",
    gold("2023-09-06", "PK", "PK-KP", "Chitral", ["armed_assault"], 4, 12, None,
         None, None, "terrorists (not named)", "Armed clash"),
    "Chitral border posts attack, 6 Sep 2023")

rec("st-ispr-07", "ispr", None, """RAWALPINDI, 4 November 2023: In the early hours of today, terrorists attempted to
attack the PAF Training Air Base Mianwali. The attack was foiled by the timely response of the troops, and all nine
terrorists were sent to hell. Three already grounded aircraft and a fuel bowser were slightly damaged during the
attack. No loss of life was suffered by own troops.""",
    gold("2023-11-04", "PK", "PK-PB", "Mianwali", ["armed_assault"], 0, 9, None,
         None, None, "terrorists (not named)", "Armed clash"),
    "Mianwali air base attack, 4 Nov 2023")

rec("st-ispr-08", "ispr", None, """RAWALPINDI, 27 April 2025: On 26 April, security forces picked up the movement of
a group of khwarij trying to sneak across the Pakistan-Afghanistan border in the general area of Hassan Khel, North
Waziristan District. Troops engaged the infiltrators with precision and 54 khwarij were sent to hell; a large cache
of weapons, ammunition and explosives was recovered. The Interim Afghan Government is expected to deny the use of
its soil by Fitna al Khwarij.""",
    gold("2025-04-26", "PK", "PK-KP", "Hassan Khel", ["security_operation"], None, 54, None,
         None, None, "khwarij (the militants engaged)", "Armed clash"),
    "Infiltration bid at Hassan Khel, North Waziristan, Apr 2025")

rec("st-ispr-09", "ispr", None, """RAWALPINDI, 12 March 2025: On 11 March, terrorists blew up the railway track near
Dhadar in the Bolan area of Balochistan, stopped the Jaffar Express carrying over 400 passengers and took them
hostage. Security forces launched a clearance operation and concluded it this evening: all 33 terrorists were sent
to hell and the remaining passengers were freed. 21 passengers were martyred by the terrorists before the operation,
and four Frontier Corps soldiers embraced shahadat during it.""",
    gold("2025-03-11", "PK", "PK-BA", "Bolan", ["kidnapping", "armed_assault", "bombing"], 25, 33, None,
         None, None, "terrorists (not named)", "Abduction/forced disappearance"),
    "Jaffar Express hijacking, Bolan, 11 Mar 2025")

rec("st-ispr-10", "ispr", None, """RAWALPINDI, 12 October 2025: On the night of 11/12 October, the Afghan Taliban and
Indian-sponsored Fitna al Khwarij launched an unprovoked attack on Pakistani posts along the Pak-Afghan border,
using small arms and artillery. Our troops responded decisively in self-defence and destroyed a number of Taliban
posts, camps and training facilities. More than 200 Taliban and affiliated terrorists were neutralised. During the
clashes, 23 soldiers embraced shahadat and 29 were injured.""",
    gold("2025-10-11", "PK", None, None, ["armed_assault", "indirect_fire"], 23, 200, 29,
         "TALIBAN", "attributed", "Afghan Taliban and Fitna al Khwarij", "Armed clash"),
    "Pakistan-Afghanistan border clashes, 11-12 Oct 2025")

rec("st-ispr-11", "ispr", None, """RAWALPINDI, 22 August 2025: Field Marshal Syed Asim Munir, Chief of Army Staff,
met the visiting Chinese Foreign Minister Wang Yi at General Headquarters. They discussed the regional security
situation, progress on CPEC and the safety of Chinese nationals working in Pakistan, and agreed to deepen
counter-terrorism cooperation. The visiting dignitary praised the sacrifices of Pakistan's armed forces in the fight
against terrorism.""",
    none("Diplomatic event"),
    "COAS meets Chinese FM, Aug 2025 (not an attack)")

rec("st-ispr-12", "ispr", None, """RAWALPINDI, 21 May 2025: In a cowardly act, Indian proxies of Fitna al Hindustan
today targeted a school bus carrying children in Khuzdar with a vehicle-borne explosive device. Three children and
two adults were martyred and dozens of children were injured. The attack was planned by India and executed by its
proxies in Balochistan.""",
    gold("2025-05-21", "PK", "PK-BA", "Khuzdar", ["bombing"], 5, None, 24,
         None, None, "Fitna al Hindustan", "Remote explosive/landmine/IED"),
    "Khuzdar school bus bombing, 21 May 2025")

rec("st-ispr-13", "ispr", "2023-07-12", """RAWALPINDI, 12 July 2023: Early this morning, a group of terrorists
attacked the Zhob Garrison in Balochistan. Troops on duty engaged them and foiled the attempt to enter the
garrison; the terrorists, who had taken positions in an adjoining built-up area, are being dealt with. Nine soldiers
embraced shahadat in the exchange of fire.""",
    gold("2023-07-12", "PK", "PK-BA", "Zhob", ["armed_assault"], 9, None, None,
         None, None, "terrorists (not named)", "Armed clash"),
    "Zhob garrison attack, 12 Jul 2023")

rec("st-ispr-14", "ispr", None, """RAWALPINDI, 13 September 2025: On 12 September, security forces conducted an
intelligence based operation in Bajaur District on the reported presence of Indian-sponsored khwarij, and 22
khwarij were sent to hell. On the same day, in South Waziristan District, khwarij ambushed a security forces convoy;
in the exchange of fire 13 khwarij were killed, while 12 soldiers, having fought valiantly, embraced shahadat.""",
    gold("2025-09-12", "PK", "PK-KP", "Bajaur", ["security_operation", "armed_assault"], 12, 35, None,
         None, None, "khwarij", "Armed clash"),
    "Bajaur operation and South Waziristan ambush, Sep 2025")

rec("st-ispr-15", "ispr", None, """RAWALPINDI, 26 August 2024: Last night, terrorists carried out several heinous
attacks in Balochistan, targeting innocent civilians in Musakhel District and security posts elsewhere in the
province. Security forces and law enforcement agencies responded at once and sent 21 terrorists to hell. 14
soldiers and policemen embraced shahadat while thwarting the attacks.""",
    gold("2024-08-25", "PK", "PK-BA", "Musakhel", ["armed_assault"], 14, 21, None,
         None, None, "terrorists (not named)", "Attack"),
    "Coordinated attacks in Balochistan, 25-26 Aug 2024")

# ---------------------------------------------------------------- aid-security incident notes
rec("st-inso-01", "inso", None, """AFG-NE | Kunduz / Takhar - On 24 Feb 2022, unidentified gunmen shot dead 8 polio
vaccinators in separate attacks: 4 were killed in Kunduz province and 4 in Takhar province. The vaccination
campaign was suspended in both provinces. No claim.""",
    gold("2022-02-24", "AF", "AF-KDZ", "Kunduz", ["armed_assault"], 8, None, None,
         None, None, "", "Attack"),
    "Polio workers killed in Kunduz and Takhar, 24 Feb 2022")

rec("st-inso-02", "inso", "2024-01-10", """PAK-KP | Bajaur - On 8 Jan, in Mamund tehsil, Bajaur district, an RCIED
struck a police vehicle deployed for the security of a polio vaccination team, killing 5 police and injuring 22
others, incl. police. No claim.""",
    gold("2024-01-08", "PK", "PK-KP", "Bajaur", ["bombing"], 5, None, 22,
         None, None, "", "Remote explosive/landmine/IED"),
    "Bajaur polio escort bombing, 8 Jan 2024")

rec("st-inso-03", "inso", None, """AFG-C | Daykundi - On 12 Sep 2024, in a village on the Daykundi-Ghor boundary,
Daykundi province, armed men opened fire on residents gathered to welcome pilgrims returning from Karbala, killing
14 civilians and wounding 6. ISKP claimed via Amaq.""",
    gold("2024-09-12", "AF", "AF-DAY", "Daykundi", ["armed_assault"], 14, None, 6,
         "ISKP", "claimed", "ISKP", "Attack"),
    "Daykundi shooting of Hazara civilians, 12 Sep 2024")

rec("st-inso-04", "inso", None, """PAK-KP | Kurram - On 21 Nov 2024, near Mandori, Lower Kurram district, gunmen
ambushed a police-escorted convoy of passenger vehicles travelling from Parachinar to Peshawar, killing at least 42
civilians incl. women and children and injuring more than 20. No claim. Sectarian clashes followed in the
district.""",
    gold("2024-11-21", "PK", "PK-KP", "Kurram", ["armed_assault"], 42, None, 20,
         None, None, "", "Attack"),
    "Kurram convoy attack, 21 Nov 2024")

rec("st-inso-05", "inso", "2025-01-10", """PAK-KP | Lakki Marwat - On 9 Jan, in Qabul Khel area, Lakki Marwat
district, armed men stopped a vehicle and abducted 16 employees of the Pakistan Atomic Energy Commission working
at a mining site. 8 were recovered by police the same evening; the rest remain missing. No claim.""",
    gold("2025-01-09", "PK", "PK-KP", "Lakki Marwat", ["kidnapping"], None, None, None,
         None, None, "", "Abduction/forced disappearance"),
    "PAEC workers abducted in Lakki Marwat, 9 Jan 2025")

rec("st-inso-06", "inso", None, """AFG-C | Kabul - On 2 Sep 2024, at approx. 1030 hrs, in the Qala-e-Bakhtiar area
of Kabul city, a PBIED was detonated near a crowd; 6 civilians, incl. 1 woman, killed and 13 injured (DFA figures).
ISKP claimed.""",
    gold("2024-09-02", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], 6, None, 13,
         "ISKP", "claimed", "ISKP", "Suicide bomb"),
    "Qala-e-Bakhtiar suicide bombing, Kabul, 2 Sep 2024")

rec("st-inso-07", "inso", "2024-03-22", """AFG-S | Kandahar - On 21 Mar, around 0800 hrs, in Kandahar city, a
suicide bomber detonated outside a New Kabul Bank branch where DFA personnel were queuing to collect salaries.
Hospital sources reported 21 killed and about 50 injured; DFA initially gave 3 killed. ISKP claimed.""",
    gold("2024-03-21", "AF", "AF-KAN", "Kandahar", ["suicide_bombing"], 21, None, 50,
         "ISKP", "claimed", "ISKP", "Suicide bomb"),
    "Kandahar bank suicide bombing, 21 Mar 2024")

rec("st-inso-08", "inso", "2024-05-18", """AFG-C | Bamyan - On 17 May, in the bazaar of Bamyan city, Bamyan province,
gunmen opened fire on a group of foreign tourists and their Afghan companions, killing 3 Spanish nationals and 3
Afghans and injuring 7 others. DFA reported 4 suspects arrested. ISKP claimed on 18 May.""",
    gold("2024-05-17", "AF", "AF-BAM", "Bamyan", ["armed_assault"], 6, None, 7,
         "ISKP", "claimed", "ISKP", "Attack"),
    "Bamyan tourist shooting, 17 May 2024")

rec("st-inso-09", "inso", None, """PAK-BA | Quetta - On 9 Nov 2024, approx. 0900 hrs, a suicide bomber detonated on a
crowded platform at Quetta railway station as passengers, incl. a group of army personnel, waited for the
Peshawar-bound Jaffar Express. At least 26 killed (incl. soldiers) and 62 injured. BLA claimed.""",
    gold("2024-11-09", "PK", "PK-BA", "Quetta", ["suicide_bombing"], 26, None, 62,
         "BLA", "claimed", "BLA", "Suicide bomb"),
    "Quetta railway station bombing, 9 Nov 2024")

rec("st-inso-10", "inso", None, """AFG-W | Herat - On 7 Oct 2023, a magnitude 6.3 earthquake and strong aftershocks
struck Zinda Jan district, Herat province. DFA officials reported more than 2,000 deaths; entire villages were
destroyed. NGO movement to the area restricted due to landslides.""",
    none("Natural disaster"),
    "Herat earthquake, 7 Oct 2023 (not an attack)")

rec("st-inso-11", "inso", None, """PAK-GB | Diamer - On 3 May 2024, a Skardu-bound passenger bus skidded off the
Karakoram Highway and fell into a ravine in Diamer district, Gilgit-Baltistan; 20 passengers died and 21 were
injured. Road accident, no security dimension.""",
    none("Man-made disaster"),
    "Diamer bus accident, 3 May 2024 (not an attack)")

rec("st-inso-12", "inso", None, """PAK-BA | Mastung - On 29 Sep 2023, in Mastung town, Mastung district, a suicide
bomber detonated near a Mawlid procession gathering outside a mosque, killing at least 52 people incl. a DSP and
injuring more than 60. No claim; TTP denied involvement.""",
    gold("2023-09-29", "PK", "PK-BA", "Mastung", ["suicide_bombing"], 52, None, 60,
         None, None, "", "Suicide bomb"),
    "Mastung Mawlid procession bombing, 29 Sep 2023")

rec("st-inso-13", "inso", "2023-06-09", """AFG-NE | Badakhshan - On 8 Jun, in Faizabad city, Badakhshan province, an
IED exploded inside the Nabawi mosque during the funeral prayer for the acting deputy governor, who was killed with
his driver in a VBIED on 6 Jun. At least 11 killed and more than 30 injured. ISKP claimed.""",
    gold("2023-06-08", "AF", "AF-BDS", "Faizabad", ["bombing"], 11, None, 30,
         "ISKP", "claimed", "ISKP", "Remote explosive/landmine/IED"),
    "Faizabad funeral bombing, 8 Jun 2023")

rec("st-inso-14", "inso", None, """AFG-C | Kabul - On 11 Dec 2024, inside the compound of the Ministry of Refugees
and Repatriation, Kabul city, a suicide bomber killed the DFA Minister of Refugees, Khalil Rahman Haqqani, and at
least 4 others. ISKP claimed.""",
    gold("2024-12-11", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], 5, None, None,
         "ISKP", "claimed", "ISKP", "Suicide bomb"),
    "Killing of Khalil Haqqani, Kabul, 11 Dec 2024")

rec("st-inso-15", "inso", None, """AFG-C | Kabul - On 12 Dec 2022, in Shahr-e Naw, Kabul city, armed men attacked
the Kabul Longan Hotel, frequented by Chinese nationals. DFA forces killed the 3 attackers. 5 Chinese nationals
were injured; no other casualties reported. ISKP claimed.""",
    gold("2022-12-12", "AF", "AF-KAB", "Kabul", ["armed_assault"], 0, 3, 5,
         "ISKP", "claimed", "ISKP", "Attack"),
    "Kabul Longan Hotel attack, 12 Dec 2022")

# ---------------------------------------------------------------- wire-service briefs
rec("st-wire-01", "wire", "2021-08-26", """KABUL, Aug 26 (Reuters) - Two suicide bombers and gunmen attacked crowds of
Afghans massing outside Kabul airport on Thursday, killing at least 72 people, among them 13 U.S. service members,
U.S. and Afghan officials said. Islamic State claimed responsibility through its Amaq news agency.""",
    gold("2021-08-26", "AF", "AF-KAB", "Kabul", ["suicide_bombing", "armed_assault"], 72, None, None,
         "ISKP", "claimed", "Islamic State", "Suicide bomb"),
    "Kabul airport bombing, 26 Aug 2021")

rec("st-wire-02", "wire", "2021-10-08", """KUNDUZ, Afghanistan, Oct 8 (Reuters) - A suicide bomber blew himself up
among worshippers at a Shi'ite mosque in the northern Afghan city of Kunduz during Friday prayers, killing at least
46 people and wounding dozens, local officials said. Islamic State's regional affiliate claimed the attack.""",
    gold("2021-10-08", "AF", "AF-KDZ", "Kunduz", ["suicide_bombing"], 46, None, 24,
         "ISKP", "claimed", "Islamic State's regional affiliate", "Suicide bomb"),
    "Kunduz mosque bombing, 8 Oct 2021")

rec("st-wire-03", "wire", "2022-09-05", """KABUL, Sept 5 (Reuters) - Two employees of the Russian embassy in Kabul were
killed on Monday when a suicide bomber set off explosives near the entrance to the mission, Russia's foreign
ministry said. Afghan police said guards shot the attacker as he approached the gate; at least four Afghans waiting
outside were also killed. Islamic State claimed responsibility.""",
    gold("2022-09-05", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], 6, 1, None,
         "ISKP", "claimed", "Islamic State", "Suicide bomb"),
    "Russian embassy bombing, Kabul, 5 Sep 2022")

rec("st-wire-04", "wire", "2022-09-30", """KABUL, Sept 30 (Reuters) - A suicide bomber killed at least 19 people and
wounded 27 at an education centre in a mostly Hazara neighbourhood of western Kabul on Friday, as students sat a
practice university entrance exam, police said. No group immediately claimed responsibility. A spokesman for the
Taliban-run interior ministry said security forces were at the scene.""",
    gold("2022-09-30", "AF", "AF-KAB", "Kabul", ["suicide_bombing"], 19, None, 27,
         None, None, "", "Suicide bomb"),
    "Kaaj education centre bombing, Kabul, 30 Sep 2022")

rec("st-wire-05", "wire", "2023-01-30", """PESHAWAR, Pakistan, Jan 30 (Reuters) - A suicide bomber blew himself up
inside a mosque in a heavily guarded police compound in the northwestern city of Peshawar on Monday, killing at
least 59 people, most of them policemen, and wounding 157, officials said. A commander of Jamaat-ul-Ahrar, a faction
of the Pakistani Taliban, said the group was behind the blast, but the main Tehrik-e-Taliban Pakistan spokesman
distanced the group from it.""",
    gold("2023-01-30", "PK", "PK-KP", "Peshawar", ["suicide_bombing"], 59, None, 157,
         "JUA", "claimed", "Jamaat-ul-Ahrar commander", "Suicide bomb"),
    "Peshawar police lines mosque bombing, 30 Jan 2023")

rec("st-wire-06", "wire", "2023-07-31", """ISLAMABAD, July 31 (Reuters) - Islamic State claimed responsibility on
Monday for Sunday's suicide bombing at a political rally in Pakistan's Bajaur district, near the Afghan border,
which killed at least 54 people, police said. The blast tore through a gathering of Jamiat Ulema-e-Islam-Fazl
workers in Khar; nearly 200 were wounded.""",
    gold("2023-07-30", "PK", "PK-KP", "Bajaur", ["suicide_bombing"], 54, None, 200,
         "ISKP", "claimed", "Islamic State", "Suicide bomb"),
    "Bajaur JUI-F rally bombing, 30 Jul 2023")

rec("st-wire-07", "wire", "2024-03-26", """ISLAMABAD, March 26 (Reuters) - A suicide bomber rammed an explosives-laden
vehicle into a convoy carrying Chinese engineers in northwest Pakistan on Tuesday, killing five Chinese nationals and
their Pakistani driver, police said. The convoy was travelling from Islamabad to the Dasu hydropower project in
Khyber Pakhtunkhwa province when it was hit near Besham in Shangla district. No group immediately claimed the
attack, and the Pakistani Taliban denied involvement.""",
    gold("2024-03-26", "PK", "PK-KP", "Shangla", ["suicide_bombing"], 6, None, None,
         None, None, "", "Suicide bomb"),
    "Besham convoy bombing, Shangla, 26 Mar 2024")

rec("st-wire-08", "wire", "2024-10-07", """KARACHI, Oct 7 (Reuters) - Two Chinese nationals were killed and at least
10 people were wounded when a bomb hit their convoy near Karachi's international airport late on Sunday, Pakistan's
government and the Chinese embassy said. The Baloch Liberation Army, a separatist group, said it carried out the
attack, which targeted engineers working on Chinese-funded power projects.""",
    gold("2024-10-06", "PK", "PK-SD", "Karachi", ["bombing"], 2, None, 10,
         "BLA", "claimed", "Baloch Liberation Army", "Remote explosive/landmine/IED"),
    "Karachi airport convoy bombing, 6 Oct 2024")

rec("st-wire-09", "wire", "2022-04-21", """MAZAR-I-SHARIF, Afghanistan, April 21 (Reuters) - An explosion ripped
through a Shi'ite mosque in the northern Afghan city of Mazar-i-Sharif during midday prayers on Thursday, killing at
least 31 worshippers and wounding 87, a Taliban spokesman for the province said. Islamic State claimed
responsibility in a statement on its Telegram channel.""",
    gold("2022-04-21", "AF", "AF-BAL", "Mazar-i-Sharif", ["bombing"], 31, None, 87,
         "ISKP", "claimed", "Islamic State", "Remote explosive/landmine/IED"),
    "Mazar-i-Sharif mosque bombing, 21 Apr 2022")

rec("st-wire-10", "wire", "2023-03-09", """KABUL, March 9 (Reuters) - The Taliban governor of Afghanistan's northern
Balkh province was killed on Thursday when a suicide bomber blew himself up in his office in Mazar-i-Sharif, a
Taliban spokesman said. Mohammad Dawood Muzammil and two other people died in the blast, police said. Islamic State
claimed responsibility.""",
    gold("2023-03-09", "AF", "AF-BAL", "Mazar-i-Sharif", ["suicide_bombing"], 3, None, None,
         "ISKP", "claimed", "Islamic State", "Suicide bomb"),
    "Killing of Balkh governor, 9 Mar 2023")

rec("st-wire-11", "wire", "2024-12-25", """KABUL, Dec 25 (Reuters) - Pakistani air strikes on Tuesday night killed at
least 46 people, most of them women and children, in the Barmal district of Afghanistan's eastern Paktika
province, a spokesman for the Taliban government said, vowing to retaliate. A Pakistani security official said the
strikes targeted hideouts of the Pakistani Taliban, or TTP, near the border. The Pakistani army did not comment.""",
    gold("2024-12-24", "AF", "AF-PKA", "Barmal", ["airstrike"], 46, None, None,
         "PAK_GOV", "attributed", "Pakistani air strikes", "Air/drone strike"),
    "Pakistani air strikes in Barmal, Paktika, 24 Dec 2024")

rec("st-wire-12", "wire", "2022-08-29", """ISLAMABAD, Aug 29 (Reuters) - Floods triggered by record monsoon rains have
killed more than 1,100 people in Pakistan since June, the national disaster agency said on Monday, as the
government appealed for international aid. Swathes of Sindh and Balochistan provinces are under water.""",
    none("Natural disaster"),
    "Pakistan floods, Aug 2022 (not an attack)")

rec("st-wire-13", "wire", "2025-10-19", """DOHA, Oct 19 (Reuters) - Pakistan and Afghanistan agreed to an immediate
ceasefire after talks in Doha mediated by Qatar and Turkey, Qatar's foreign ministry said on Sunday, following more
than a week of border fighting that killed dozens. The two sides will meet again in Istanbul to work out the
details.""",
    none("Agreement"),
    "Doha ceasefire, 19 Oct 2025 (not an attack)")

rec("st-wire-14", "wire", "2025-02-13", """KABUL, Feb 13 (Reuters) - A suicide bomber killed five people and wounded
seven outside a bank branch in the northern Afghan city of Kunduz on Thursday, where people had gathered to collect
salaries, a Taliban spokesman said. Islamic State later claimed the attack.""",
    gold("2025-02-13", "AF", "AF-KDZ", "Kunduz", ["suicide_bombing"], 5, None, 7,
         "ISKP", "claimed", "Islamic State", "Suicide bomb"),
    "Kunduz bank bombing, 13 Feb 2025")

rec("st-wire-15", "wire", "2021-11-02", """KABUL, Nov 2 (Reuters) - At least 19 people were killed and about 50
wounded on Tuesday when gunmen stormed Afghanistan's largest military hospital in Kabul after two explosions at its
gate, Taliban officials said. Among the dead was Hamdullah Mokhlis, a senior Taliban commander. Taliban special
forces killed four of the attackers, and Islamic State claimed the assault.""",
    gold("2021-11-02", "AF", "AF-KAB", "Kabul", ["bombing", "armed_assault"], 19, 4, 50,
         "ISKP", "claimed", "Islamic State", "Attack"),
    "Kabul military hospital attack, 2 Nov 2021")


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = {}
    for r in R:
        by[r["style"]] = by.get(r["style"], 0) + 1
    print(f"wrote {len(R)} records to {OUT}: {by}")
