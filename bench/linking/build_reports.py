"""Build reports.jsonl: the linking dev twin (see README.md). Team-written, in our own words.

20 real attacks in Afghanistan and Pakistan (2021-2025), each told by 3 to 5 reports in different outlet styles:
`wire` (2-3 sentence agency brief), `local` (local paper, officials quoted), `web` (a site's page with its chrome:
menu, caption twice, related headlines of OTHER attacks of this set with their tolls), `retro` (a later article that
recalls the attack with its date) and `undated` (no publication date and no date in the text). Tolls differ between
outlets as they do (early and revised figures). Each record carries `incident`, the attack it belongs to (gold).
Run `python bench/linking/build_reports.py` after an edit; `python bench/link_twin.py` scores the linker on it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Made-up outlets; the publisher is what the linker sees of an outlet.
PUBLISHERS = {"wire": "Globe Wire", "local_pk": "The Margalla Ledger", "local_af": "Kabul Line",
              "web": "South Asia Monitor", "retro": "The Long Read Review", "undated": "Regional Digest"}

# The headline each attack gets in other pages' "related stories" (the chrome of the `web` style).
HEADLINES = {}
INCIDENTS = {}
REPORTS = []


def incident(key, event, headline):
    INCIDENTS[key] = event
    HEADLINES[key] = headline


def rep(key, style, published, title, text, publisher=None, caption=None, related=()):
    n = sum(1 for r in REPORTS if r["incident"] == key) + 1
    body = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    REPORTS.append({"id": f"{key}-{n}", "incident": key, "style": style, "published": published, "title": title,
                    "publisher": publisher or PUBLISHERS[style], "body": body, "caption": caption,
                    "related": list(related)})


def render(r):
    if r["style"] != "web":
        return "\n\n".join(r["body"])
    lines = ["South Asia Monitor", "Home | Afghanistan | Pakistan | India | Security | Opinion | Podcasts",
             "Search", r["title"], "By SAM Desk", "Share: Facebook | X | WhatsApp | Email"]
    if r["caption"]:
        lines += [r["caption"], r["caption"]]
    lines += [*r["body"][:1], "Advertisement", *r["body"][1:]]
    lines += ["Related stories"] + [HEADLINES[k] for k in r["related"]]
    lines += ["Support independent journalism in South Asia. Become a member.",
              "We use cookies to personalise content. Accept | Settings", "© South Asia Monitor"]
    return "\n".join(lines)


# ---------------------------------------------------------------- L01 Abbey Gate, Kabul, 26 Aug 2021
incident("L01", "Abbey Gate suicide bombing, Kabul airport, 26 Aug 2021",
         "Kabul airport suicide bombing kills 13 US troops and scores of Afghans")
rep("L01", "wire", "2021-08-26", "Blasts outside Kabul airport kill dozens", """
KABUL, Aug 26 - Two explosions struck crowds outside Kabul airport on Thursday, killing at least 60 Afghans and 12
U.S. service members, officials said, as thousands tried to board evacuation flights. Islamic State claimed the
attack.""")
rep("L01", "local_af", "2021-08-27", "Toll from airport attack rises", """
KABUL - The number of people killed in Thursday's suicide bombing at the Abbey Gate of Kabul airport has risen to more
than 100, health workers said on Friday. Hospitals across the city were overwhelmed with wounded.

The Islamic State Khorasan group said one of its bombers had carried out the attack. The Taliban, who control the
city, said the area was under the responsibility of U.S. forces.""", publisher="Kabul Line")
rep("L01", "web", "2021-08-28", "Airport bombing: 170 Afghans, 13 US troops dead", """
KABUL - At least 170 Afghans and 13 U.S. service members were killed in Thursday's suicide attack at Kabul
airport's Abbey Gate, officials said on Saturday.

The bomber struck a crowd waiting beside a canal outside the gate. ISIS-K claimed the bombing.""",
    caption="Crowds outside Abbey Gate of Hamid Karzai International Airport.", related=("L09", "L02"))
rep("L01", "retro", "2022-08-26", "A year after Abbey Gate, families still wait for answers", """
One year ago today, on August 26, 2021, a suicide bomber walked into the crowd at the Abbey Gate of Kabul airport and
detonated his vest, killing some 170 Afghans and 13 American service members. Families of the Afghan victims say no one
has contacted them about compensation. The Islamic State's regional branch claimed the attack.""")
rep("L01", "undated", None, "Kabul airport attack", """
A suicide bomber struck crowds gathered at the Abbey Gate of Kabul's airport during the evacuation, killing 13 U.S.
troops and scores of Afghans. ISIS-K claimed responsibility.""")

# ---------------------------------------------------------------- L02 Kunduz mosque, 8 Oct 2021
incident("L02", "Gozar-e-Sayed Abad Shia mosque bombing, Kunduz, 8 Oct 2021",
         "Suicide bombing at Kunduz Shia mosque kills at least 55")
rep("L02", "wire", "2021-10-08", "Blast at Kunduz mosque kills dozens", """
KUNDUZ, Afghanistan, Oct 8 - A suicide bomber struck a Shi'ite mosque in the northern city of Kunduz during Friday
prayers, killing at least 46 people, a health official said. Islamic State claimed the attack.""")
rep("L02", "local_af", "2021-10-09", "Kunduz mosque attack toll reaches 55", """
KUNDUZ - A Taliban official in Kunduz said on Saturday that 55 worshippers were killed and 143 wounded in Friday's
suicide bombing at the Gozar-e-Sayed Abad mosque in Kunduz city.

The Islamic State Khorasan said the bomber was a Uyghur. Residents buried the dead in a mass grave.""",
    publisher="Amu Review")
rep("L02", "web", "2021-10-09", "Kunduz: Islamic State claims deadly attack on Shia mosque", """
KUNDUZ - Islamic State claimed the suicide bombing on Friday of the Gozar-e-Sayed Abad Shia mosque in Kunduz, in
which dozens were killed.

Local residents said more than 300 people were praying in the mosque when the bomber struck.""",
    caption="Relatives of the victims at the mosque in Kunduz.", related=("L03", "L04"))
rep("L02", "retro", "2022-04-25", "Shia Afghans fear more attacks", """
Shia Afghans say they feel unprotected. On October 8 last year, an Islamic State suicide bomber killed more than 50
worshippers at a Shia mosque in Kunduz; a week later, another attack killed 47 at a mosque in Kandahar.""")

# ---------------------------------------------------------------- L03 Kandahar mosque, 15 Oct 2021
incident("L03", "Bibi Fatima Shia mosque bombing, Kandahar, 15 Oct 2021",
         "Kandahar mosque bombing kills 47, Islamic State claims")
rep("L03", "wire", "2021-10-15", "Explosions hit Kandahar Shi'ite mosque", """
KANDAHAR, Oct 15 - Explosions tore through a Shi'ite mosque in the southern Afghan city of Kandahar during Friday
prayers, killing at least 32 people, a doctor said.""")
rep("L03", "local_af", "2021-10-16", "47 killed in Kandahar mosque attack", """
KANDAHAR - Taliban officials said on Saturday that 47 people were killed and more than 70 wounded when suicide
bombers attacked the Bibi Fatima mosque in Kandahar city during Friday prayers.

The Islamic State claimed responsibility, saying two of its members carried out the attack.""",
    publisher="Kabul Line")
rep("L03", "web", "2021-10-16", "Second Shia mosque attack in a week", """
KANDAHAR - Islamic State claimed the bombing of the Bibi Fatima mosque in Kandahar, the second attack on a Shia mosque
in Afghanistan in a week. At least 47 people were killed.

A week earlier the group killed 55 at a mosque in Kunduz.""",
    caption="Men inspect the damaged mosque in Kandahar.", related=("L02", "L01"))
rep("L03", "undated", None, "Kandahar mosque bombing", """
Suicide bombers struck the Bibi Fatima Shia mosque in Kandahar during Friday prayers, killing dozens of worshippers.
Islamic State claimed the bombing.""")

# ---------------------------------------------------------------- L04 Kabul military hospital, 2 Nov 2021
incident("L04", "Attack on the Sardar Daud Khan military hospital, Kabul, 2 Nov 2021",
         "Gunmen storm Kabul military hospital; at least 19 dead")
rep("L04", "wire", "2021-11-02", "Blasts, gunfire at Kabul military hospital", """
KABUL, Nov 2 - At least 19 people were killed and about 50 wounded when gunmen attacked the Sardar Mohammad Daud Khan
military hospital in Kabul after two explosions on Tuesday, a Taliban spokesman said.""")
rep("L04", "local_af", "2021-11-03", "Hospital attack: toll rises to 25", """
KABUL - Health officials said on Wednesday that 25 people were killed in Tuesday's attack on the 400-bed military
hospital in Kabul. Daesh claimed the attack.

Among the dead was Hamdullah Mokhlis, a senior Taliban commander, officials said.""", publisher="Amu Review")
rep("L04", "retro", "2022-11-02", "Kabul's military hospital rebuilt a year after attack", """
The military hospital in Kabul, where Islamic State gunmen and suicide bombers killed at least 25 people on November 2,
2021, has reopened its damaged wing, officials said.""")

# ---------------------------------------------------------------- L05 Peshawar Kocha Risaldar, 4 Mar 2022
incident("L05", "Kocha Risaldar Shia mosque bombing, Peshawar, 4 Mar 2022",
         "Peshawar Shia mosque suicide attack kills 63")
rep("L05", "wire", "2022-03-04", "Suicide blast at Peshawar mosque kills 30", """
PESHAWAR, Pakistan, March 4 - A suicide bomber attacked a Shi'ite mosque in the old city of Peshawar during Friday
prayers, killing at least 30 people and wounding more than 50, police said.""")
rep("L05", "local_pk", "2022-03-05", "Kocha Risaldar blast toll rises to 63", """
PESHAWAR: The death toll in Friday's suicide attack on the Jamia Masjid in Kocha Risaldar rose to 63 on Saturday,
Lady Reading Hospital said. The Islamic State's Khorasan branch claimed the attack.

The attacker shot dead a police guard at the gate before blowing himself up inside.""")
rep("L05", "web", "2022-03-05", "IS claims Peshawar mosque bombing", """
PESHAWAR - The Islamic State group claimed Friday's bombing of a Shia mosque in Peshawar that killed 56 people,
according to officials.

The attacker was an Afghan national, the group said.""",
    caption="Mourners at a funeral in Peshawar.", related=("L10", "L11"))
rep("L05", "undated", None, "Peshawar mosque attack", """
A suicide bomber killed dozens of Shia worshippers at a mosque in Kocha Risaldar, in the old city of Peshawar, after
shooting a policeman at the entrance. The Islamic State's Khorasan branch claimed it.""")

# ---------------------------------------------------------------- L06 Kabul school, 19 Apr 2022
incident("L06", "Abdul Rahim Shahid high school bombings, Kabul, 19 Apr 2022",
         "Six killed in explosions outside Kabul boys' school")
rep("L06", "wire", "2022-04-19", "Blasts at Kabul boys' school kill six", """
KABUL, April 19 - Explosions outside a boys' school in a Shi'ite Hazara area of western Kabul killed six people on
Tuesday, the Kabul police spokesman said.""")
rep("L06", "local_af", "2022-04-20", "Students among dead in Dasht-e-Barchi school blasts", """
KABUL - Three explosions near the Abdul Rahim Shahid high school in Dasht-e-Barchi killed six people and wounded 11
on Tuesday morning as students left class, police said. No group claimed the attack.""", publisher="Kabul Line")
rep("L06", "retro", "2022-10-01", "Dasht-e-Barchi: a neighbourhood under attack", """
Friday's bombing of the Kaaj education centre was not the first attack on students in Dasht-e-Barchi this year. In
April, three bombs outside the Abdul Rahim Shahid high school killed six people, most of them boys leaving class.""")

# ---------------------------------------------------------------- L07 Mazar-i-Sharif mosque, 21 Apr 2022
incident("L07", "Seh Dokan mosque bombing, Mazar-i-Sharif, 21 Apr 2022",
         "31 killed in bombing of Mazar-i-Sharif Shia mosque")
rep("L07", "wire", "2022-04-21", "Blast at Mazar-i-Sharif mosque kills 31", """
MAZAR-I-SHARIF, Afghanistan, April 21 - A bomb tore through a Shi'ite mosque in the northern city of Mazar-i-Sharif
during prayers on Thursday, killing 31 people and wounding 87, health officials said. Islamic State claimed it.""")
rep("L07", "local_af", "2022-04-22", "Funerals held for Seh Dokan victims", """
MAZAR-I-SHARIF - Families buried the dead of Thursday's explosion at the Seh Dokan mosque. Balkh police said the bomb
had been placed inside the prayer hall. The toll stood at 31 dead.""", publisher="Amu Review")
rep("L07", "web", "2022-04-22", "Islamic State claims Mazar mosque bombing", """
MAZAR-I-SHARIF - The Islamic State's Khorasan branch claimed the bombing of the Seh Dokan mosque, which killed at
least 31 worshippers on Thursday. Two days earlier, blasts at a Kabul school killed six.""",
    caption="The damaged prayer hall of the Seh Dokan mosque.", related=("L06", "L05"))
rep("L07", "undated", None, "Mazar mosque blast", """
A bomb exploded inside the Seh Dokan Shia mosque in Mazar-i-Sharif during the noon prayer, killing at least 31
people. The Islamic State claimed responsibility.""")

# ---------------------------------------------------------------- L08 Wazir Akbar Khan mosque, 23 Sep 2022
incident("L08", "Car bombing outside a mosque in Wazir Akbar Khan, Kabul, 23 Sep 2022",
         "Car bomb outside Kabul mosque kills seven")
rep("L08", "wire", "2022-09-23", "Car bomb near Kabul mosque kills seven", """
KABUL, Sept 23 - A car bomb exploded near a mosque in Kabul's diplomatic quarter after Friday prayers, killing seven
people and wounding 41, the Taliban-run interior ministry said.""")
rep("L08", "local_af", "2022-09-24", "Wazir Akbar Khan blast: no claim yet", """
KABUL - No group has claimed Friday's car bombing outside a mosque in the Wazir Akbar Khan area, which the interior
ministry said killed seven worshippers. Residents said the toll could be higher.""", publisher="Kabul Line")
rep("L08", "undated", None, "Kabul mosque car bomb", """
Explosives hidden in a parked car blew up as worshippers left a mosque in Kabul's Wazir Akbar Khan district after
Friday prayers, killing seven people.""")

# ---------------------------------------------------------------- L09 Kaaj education centre, 30 Sep 2022
incident("L09", "Kaaj education centre suicide bombing, Kabul, 30 Sep 2022",
         "UN: 53 killed in suicide bombing of Kabul education centre")
rep("L09", "wire", "2022-09-30", "Suicide bomber hits Kabul education centre", """
KABUL, Sept 30 - A suicide bomber struck an education centre in the Dasht-e-Barchi area of Kabul on Friday as students
sat a practice exam, killing 19 people and wounding 27, police said.""")
rep("L09", "local_af", "2022-10-01", "Kaaj centre victims mostly young women", """
KABUL - Most of the 25 people killed in Friday's attack on the Kaaj education centre in Dasht-e-Barchi were young
women preparing for university entrance exams, residents said.""", publisher="Amu Review")
rep("L09", "web", "2022-10-03", "UN raises Kaaj bombing toll to 53", """
KABUL - The United Nations said 53 people, 46 of them girls and young women, were killed and 110 injured in Friday's
suicide bombing at the Kaaj education centre.

No group has claimed the attack.""", caption="Students' desks inside the Kaaj centre.", related=("L06", "L08"))
rep("L09", "retro", "2023-09-30", "One year after Kaaj, survivors return to study", """
A year has passed since a suicide bomber killed 53 students at the Kaaj education centre in Kabul on 30 September
2022. Some of the survivors now study online, as Taliban rules bar women from universities.""")
rep("L09", "undated", None, "Kaaj education centre bombing", """
A suicide bomber blew himself up in a crowded classroom of the Kaaj education centre in Kabul's Dasht-e-Barchi,
killing dozens of students, most of them young women.""")

# ---------------------------------------------------------------- L10 Peshawar Police Lines, 30 Jan 2023
incident("L10", "Police Lines mosque suicide bombing, Peshawar, 30 Jan 2023",
         "Peshawar Police Lines mosque blast toll reaches 100")
rep("L10", "wire", "2023-01-30", "Suicide bombing at Pakistani police mosque kills 28", """
PESHAWAR, Pakistan, Jan 30 - A suicide bomber blew himself up in a mosque inside a police compound in Peshawar during
afternoon prayers on Monday, killing at least 28 people and wounding 150, officials said.""")
rep("L10", "local_pk", "2023-02-01", "Police Lines blast: toll reaches 100", """
PESHAWAR: The death toll in Monday's suicide bombing in the Police Lines mosque reached 100 on Wednesday. Inspector
General Moazzam Jah Ansari said the bomber wore a police uniform and passed through the checkpoints.

A TTP commander first claimed the attack but the group later distanced itself from it.""")
rep("L10", "web", "2023-01-31", "Peshawar mosque toll rises to 93", """
PESHAWAR - Rescuers pulled more bodies from the rubble of the mosque in Peshawar's Police Lines on Tuesday, raising
the toll to 93, most of them policemen.""",
    caption="Rescue workers at the collapsed mosque in Police Lines.", related=("L05", "L11"))
rep("L10", "retro", "2024-01-30", "Police Lines families mark a year since mosque bombing", """
Families of the policemen killed in the Police Lines mosque bombing in Peshawar gathered on Tuesday to mark the first
anniversary of the attack of 30 January 2023, in which more than 80 people died.""")

# ---------------------------------------------------------------- L11 Bajaur JUI-F convention, 30 Jul 2023
incident("L11", "Bajaur JUI-F convention suicide bombing, Khar, 30 Jul 2023",
         "Bajaur convention bombing toll rises to 63")
rep("L11", "wire", "2023-07-30", "Suicide blast at Pakistan political rally kills 35", """
KHAR, Pakistan, July 30 - A suicide bomber struck a gathering of the religious party Jamiat Ulema-e-Islam in the Bajaur
district on Sunday, killing at least 35 people, officials said.""")
rep("L11", "local_pk", "2023-07-31", "Daesh claims Bajaur attack as toll hits 54", """
KHAR: The Islamic State claimed Sunday's suicide bombing at the JUI-F workers' convention in Bajaur. The toll rose to 54
on Monday, with nearly 200 wounded.""", publisher="Frontier Pulse")
rep("L11", "web", "2023-08-01", "Bajaur blast toll rises to 63", """
BAJAUR - Officials said 63 people were killed in the suicide bombing at the JUI-F convention in Khar, Bajaur, as more
of the wounded died in hospital.""", caption="The tent of the JUI-F convention after the blast.",
    related=("L12", "L10"))
rep("L11", "undated", None, "Bajaur political rally bombing", """
An Islamic State suicide bomber blew himself up at a convention of Jamiat Ulema-e-Islam-F workers in Khar, Bajaur,
killing dozens of party members.""")

# ---------------------------------------------------------------- L12 Mastung, 29 Sep 2023
incident("L12", "Mastung Eid Milad procession suicide bombing, 29 Sep 2023",
         "Mastung procession bombing kills 60")
rep("L12", "wire", "2023-09-29", "Blast at Pakistan religious procession kills 52", """
QUETTA, Pakistan, Sept 29 - A suicide bomber struck a procession marking the Prophet Muhammad's birthday in Mastung
district of Balochistan on Friday, killing 52 people, officials said. A second blast hit a mosque in Hangu.""")
rep("L12", "local_pk", "2023-09-30", "Mastung toll rises to 60", """
MASTUNG: The death toll from Friday's suicide bombing near the Madina mosque in Mastung rose to 60. DSP Nawaz Gishkori
was among the dead. No group claimed the attack.""", publisher="Bolan Times")
rep("L12", "retro", "2024-09-29", "A year on, Mastung bombing case unsolved", """
A year after a suicide bomber killed some 60 people at an Eid Milad-un-Nabi procession in Mastung on 29 September 2023,
the police have made no arrests, relatives say.""")

# ---------------------------------------------------------------- L13 Hangu mosque, 29 Sep 2023
incident("L13", "Suicide bombing of a mosque in Doaba, Hangu, 29 Sep 2023",
         "Five killed in suicide attack on Hangu mosque")
rep("L13", "local_pk", "2023-09-30", "Hangu mosque attack kills five", """
HANGU: Two suicide bombers attacked a mosque inside the Doaba police station in Hangu during Friday prayers, killing
five people and injuring 12, police said. One bomber was shot at the gate.""", publisher="Frontier Pulse")
rep("L13", "wire", "2023-09-29", "Second blast hits mosque in northwest Pakistan", """
PESHAWAR, Sept 29 - Hours after the Mastung bombing, a blast at a mosque in Hangu district of Khyber Pakhtunkhwa
killed at least five people during Friday prayers, police said.""")
rep("L13", "undated", None, "Doaba mosque bombing", """
Suicide bombers targeted worshippers in the mosque of the Doaba police station in Hangu, killing five people, among
them policemen.""")

# ---------------------------------------------------------------- L14 Daraban, 12 Dec 2023
incident("L14", "Daraban post attack, Dera Ismail Khan, 12 Dec 2023",
         "23 soldiers killed as militants storm Daraban post")
rep("L14", "wire", "2023-12-12", "Militants kill 23 soldiers in northwest Pakistan", """
DERA ISMAIL KHAN, Pakistan, Dec 12 - Militants rammed an explosives-laden vehicle into a military post in Daraban
before dawn on Tuesday, killing 23 soldiers, the army said. Tehreek-e-Jihad Pakistan claimed the attack.""")
rep("L14", "local_pk", "2023-12-13", "Daraban attack: six attackers killed", """
DERA ISMAIL KHAN: The ISPR said all six attackers who stormed the Daraban post were killed. The suicide vehicle
caused the building to collapse, killing 23 soldiers.""")
rep("L14", "web", "2023-12-13", "TJP claims deadliest attack on army this year", """
DERA ISMAIL KHAN - The little-known Tehreek-e-Jihad Pakistan claimed the attack on a security post in Daraban that
killed 23 soldiers.""", caption="The collapsed building in Daraban.", related=("L15", "L12"))
rep("L14", "retro", "2024-06-10", "Pakistan's deadliest attacks on its army", """
The deadliest attack on Pakistani troops in recent years came on 12 December 2023, when militants of Tehreek-e-Jihad
Pakistan killed 23 soldiers at a post in Daraban, Dera Ismail Khan.""")

# ---------------------------------------------------------------- L15 Besham, 26 Mar 2024
incident("L15", "Besham suicide attack on Chinese engineers, 26 Mar 2024",
         "Five Chinese engineers killed in Besham suicide attack")
rep("L15", "wire", "2024-03-26", "Suicide bomber kills five Chinese in Pakistan", """
PESHAWAR, Pakistan, March 26 - A suicide bomber rammed a car into a vehicle carrying Chinese engineers near Besham
in Shangla district on Tuesday, killing five Chinese nationals and their Pakistani driver, police said.""")
rep("L15", "local_pk", "2024-03-27", "Dasu project engineers attacked near Besham", """
SHANGLA: The Chinese engineers killed on Tuesday were travelling from Islamabad to the Dasu dam. Police said the van
fell into a ravine. No group has claimed responsibility.""")
rep("L15", "retro", "2024-10-07", "Attacks on Chinese nationals in Pakistan", """
Sunday's bombing near Karachi airport follows the suicide attack of 26 March near Besham, in which five Chinese
engineers and their driver were killed.""")
rep("L15", "undated", None, "Besham attack", """
A suicide bomber drove an explosives-laden car into a van of Chinese engineers on the Karakoram Highway near Besham,
killing five Chinese and a Pakistani driver.""")

# ---------------------------------------------------------------- L16 Kandahar bank, 21 Mar 2024
incident("L16", "New Kabul Bank branch suicide bombing, Kandahar, 21 Mar 2024",
         "Kandahar bank bombing kills 21, ISKP claims")
rep("L16", "wire", "2024-03-21", "Suicide bombing at Kandahar bank", """
KANDAHAR, Afghanistan, March 21 - A suicide bomber struck people queuing outside a bank in Kandahar on Thursday,
killing three and wounding 12, a Taliban spokesman said.""")
rep("L16", "local_af", "2024-03-22", "Kandahar blast toll rises to 21", """
KANDAHAR - Doctors at Mirwais hospital said 21 people were killed and 50 wounded in Thursday's bombing at the New
Kabul Bank branch. Most of the victims were Taliban members collecting salaries. ISKP claimed the attack.""",
    publisher="Amu Review")
rep("L16", "web", "2024-03-22", "ISKP claims attack on Kandahar bank", """
KANDAHAR - Islamic State Khorasan Province claimed Thursday's suicide bombing outside a bank in Kandahar city, in which
at least 21 people were killed.""", caption="The bank branch in Kandahar after the attack.",
    related=("L17", "L19"))

# ---------------------------------------------------------------- L17 Bamyan, 17 May 2024
incident("L17", "Shooting of foreign tourists in Bamyan, 17 May 2024",
         "Three Spanish tourists among six killed in Bamyan")
rep("L17", "wire", "2024-05-17", "Gunmen kill foreign tourists in Afghanistan's Bamyan", """
KABUL, May 17 - Gunmen killed three Spanish tourists and three Afghans in the central Afghan province of Bamyan on
Friday, the Taliban-run interior ministry said.""")
rep("L17", "local_af", "2024-05-18", "ISKP claims Bamyan shooting; four arrested", """
BAMYAN - The Islamic State Khorasan Province claimed Friday's shooting in Bamyan market in which six people, three of
them Spanish tourists, were killed and seven wounded. The interior ministry said four suspects were arrested.""",
    publisher="Kabul Line")
rep("L17", "retro", "2025-05-17", "Bamyan tourism a year after the shooting", """
Tour operators in Bamyan say bookings have not recovered since 17 May 2024, when Islamic State gunmen shot dead three
Spanish visitors and three Afghans near the city's bazaar.""")
rep("L17", "undated", None, "Bamyan tourists shot", """
Gunmen opened fire on a group of foreign tourists in the bazaar of Bamyan city, killing three Spaniards and three
Afghans. ISKP claimed the attack.""")

# ---------------------------------------------------------------- L18 Quetta railway station, 9 Nov 2024
incident("L18", "Quetta railway station suicide bombing, 9 Nov 2024",
         "At least 26 killed in Quetta railway station bombing")
rep("L18", "wire", "2024-11-09", "Bombing at Pakistan railway station kills 24", """
QUETTA, Pakistan, Nov 9 - A suicide bomber blew himself up at the railway station in Quetta on Saturday, killing at
least 24 people, including soldiers, police said. The Baloch Liberation Army claimed the attack.""")
rep("L18", "local_pk", "2024-11-10", "Quetta station blast toll rises to 26", """
QUETTA: The toll from Saturday's suicide bombing on the platform of the Quetta railway station rose to 26, with 62
injured, hospital officials said. The BLA's Majeed Brigade claimed the attack.""", publisher="Bolan Times")
rep("L18", "web", "2024-11-10", "BLA claims Quetta station bombing", """
QUETTA - The Baloch Liberation Army claimed the suicide bombing at Quetta railway station that killed 26 people as
passengers waited for the Jaffar Express.""", caption="The platform at Quetta railway station.",
    related=("L20", "L15"))
rep("L18", "retro", "2025-03-12", "Jaffar Express has been a repeated target", """
The Jaffar Express, hijacked on Tuesday, has been a target before. On 9 November 2024, a BLA suicide bomber killed 26
people on the platform of Quetta railway station as passengers waited for the same train.""")

# ---------------------------------------------------------------- L19 Khalil Haqqani, 11 Dec 2024
incident("L19", "Suicide bombing that killed Khalil Haqqani, Kabul, 11 Dec 2024",
         "Taliban minister Khalil Haqqani killed in Kabul suicide bombing")
rep("L19", "wire", "2024-12-11", "Taliban refugees minister killed in Kabul blast", """
KABUL, Dec 11 - Khalil Haqqani, the Taliban's minister for refugees, was killed in a suicide bombing at his ministry in
Kabul on Wednesday, Taliban officials said. Islamic State claimed it.""")
rep("L19", "local_af", "2024-12-12", "Six killed in bombing at refugees ministry", """
KABUL - Six people including minister Khalil-ur-Rahman Haqqani were killed in Wednesday's suicide attack at the
Ministry of Refugees and Repatriation, an official said. The Islamic Emirate blamed the khawarij.""",
    publisher="Amu Review")
rep("L19", "web", "2024-12-12", "Who was Khalil Haqqani?", """
KABUL - Khalil Haqqani, killed on Wednesday in a suicide attack claimed by the Islamic State, was an uncle of the
interior minister Sirajuddin Haqqani. The United States had offered $5 million for information about him.""",
    caption="Khalil Haqqani at a meeting in Kabul in 2022.", related=("L16", "L17"))
rep("L19", "undated", None, "Refugees minister killed", """
A suicide bomber killed the Taliban's refugees minister Khalil Haqqani inside his ministry in Kabul. Islamic State
Khorasan claimed the bombing.""")

# ---------------------------------------------------------------- L20 Jaffar Express, 11 Mar 2025
incident("L20", "Jaffar Express hijacking, Bolan, 11-12 Mar 2025",
         "Jaffar Express siege ends; 26 hostages dead")
rep("L20", "wire", "2025-03-11", "Separatists hijack train in Pakistan", """
QUETTA, Pakistan, March 11 - Baloch separatists blew up a railway track and seized a train carrying some 400
passengers in the Bolan district on Tuesday, officials said. The Baloch Liberation Army claimed the attack.""")
rep("L20", "local_pk", "2025-03-13", "Jaffar Express operation over, says ISPR", """
QUETTA: The military said the operation to free the hostages of the Jaffar Express near Dhadar had ended, with all
33 attackers killed. DG ISPR said 26 hostages were killed, 18 of them soldiers.""", publisher="Bolan Times")
rep("L20", "web", "2025-03-13", "Jaffar Express: what we know", """
BOLAN - The BLA hijacked the Jaffar Express in a tunnel area near Dhadar on Tuesday. The military says 26 hostages and
33 attackers were killed before the siege ended on Wednesday.""", caption="The Jaffar Express in the Bolan pass.",
    related=("L18", "L14"))
rep("L20", "retro", "2025-09-01", "Six months after the Jaffar Express siege", """
Six months after the Baloch Liberation Army hijacked the Jaffar Express near Dhadar on 11 March 2025, the train runs
again, under armed escort. Twenty-six hostages were killed in the siege.""")


def main():
    assert len(INCIDENTS) == 20
    counts = {k: sum(1 for r in REPORTS if r["incident"] == k) for k in INCIDENTS}
    assert all(3 <= n <= 5 for n in counts.values()), counts
    with open(HERE / "reports.jsonl", "w", encoding="utf-8") as fh:
        for r in REPORTS:
            row = {"id": r["id"], "incident": r["incident"], "style": r["style"], "publisher": r["publisher"],
                   "title": r["title"], "published": r["published"], "text": render(r),
                   "event": INCIDENTS[r["incident"]]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    styles = {s: sum(1 for r in REPORTS if r["style"] == s) for s in PUBLISHERS}
    print(f"wrote {len(REPORTS)} reports about {len(INCIDENTS)} attacks; by style {styles}")


if __name__ == "__main__":
    main()
