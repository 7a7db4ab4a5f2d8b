"""Build reports2.jsonl: the second, blind linking twin (see README.md). Team-written, in our own words.

13 real attacks in Afghanistan and Pakistan (2021-2024) that the first twin does not hold, each told by 3 to 5
reports: `wire`, `local_af` / `local_pk`, `web` (another site's page than the first twin's, with its own chrome:
a "Most read" box of OTHER attacks of this set with their tolls), `retro` and `undated`. It was written to test
what the first twin does not: two attacks on the same day in the same province (Zhob and Sui, 12 Jul 2023;
Musakhel and Bela, 26 Aug 2024), two attacks two days apart in one town (Faizabad, 6 and 8 Jun 2023), and
reports that tell two attacks (the funeral bombing recalls the bombing it mourned; a wire names the other
attack of the day). Each record carries `incident`, the attack it mostly tells (gold).
Run `python bench/linking/build_reports2.py` after an edit; `python bench/link_twin.py --set reports2.jsonl`
scores the linker on it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

INCIDENTS = {}
MOST_READ = {}  # the line each attack gets in other pages' "Most read" box
REPORTS = []


def attack(key, event, most_read):
    INCIDENTS[key] = event
    MOST_READ[key] = most_read


def report(key, style, publisher, published, title, text, most_read=()):
    n = sum(1 for r in REPORTS if r["incident"] == key) + 1
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    REPORTS.append({"id": f"{key}-{n}", "incident": key, "style": style, "publisher": publisher,
                    "published": published, "title": title, "paragraphs": paragraphs, "most_read": list(most_read)})


def page(r):
    """A news site's page as a reader's copy-paste would give it: chrome around the story."""
    if r["style"] != "web":
        return "\n\n".join(r["paragraphs"])
    lines = ["Skip to content", "Indus Observer Online", "Latest | Balochistan | KP | Afghanistan | Sports | E-paper",
             f"Trending: {MOST_READ[r['most_read'][0]]}", r["title"], "Staff Reporter | 3 min read"]
    lines += r["paragraphs"]
    lines += ["Most read"] + [f"{i}. {MOST_READ[k]}" for i, k in enumerate(r["most_read"], 1)]
    lines += ["Get the morning briefing in your inbox. Subscribe", "Indus Observer Online. All rights reserved."]
    return "\n".join(lines)


# ------------------------------------------------ M01 Sayed ul-Shuhada school, Dasht-e-Barchi, Kabul, 8 May 2021
attack("M01", "Bombing of the Sayed ul-Shuhada girls' school, Dasht-e-Barchi, Kabul, 8 May 2021",
       "Kabul girls' school bombing toll passes 80")
report("M01", "wire", "Meridian News Agency", "2021-05-08", "Blast near Kabul school kills at least 25", """
KABUL, May 8 - A bomb went off near a school in a mainly Shi'ite district in the west of Kabul on Saturday, killing at
least 25 people, many of them pupils, an interior ministry spokesman said. Nobody claimed responsibility.""")
report("M01", "local_af", "Hindukush Herald", "2021-05-09", "Dasht-e-Barchi school attack: 55 dead", """
KABUL - The toll from Saturday's explosions at the gate of the Sayed ul-Shuhada girls' school in Dasht-e-Barchi rose to
55 on Sunday, the interior ministry said, with more than 150 wounded. A car bomb went off as the girls came out of
class, and two more bombs exploded as people ran to help.

The government blamed the Taliban. A Taliban spokesman denied that the group was involved.""")
report("M01", "web", "Indus Observer Online", "2021-05-11", "Kabul buries its schoolgirls", """
KABUL - Families buried their daughters on a hillside in west Kabul after the bombing of the Sayed ul-Shuhada school
on Saturday, in which more than 80 people were killed, most of them girls aged between 11 and 15.""",
       most_read=("M04", "M02"))
report("M01", "retro", "The Weekend Essay", "2022-05-08", "A year on, the girls of Sayed ul-Shuhada go back", """
On 8 May 2021 three bombs exploded at the gate of the Sayed ul-Shuhada school in Dasht-e-Barchi, killing 85 people,
most of them schoolgirls. A year later, the surviving girls above the sixth grade cannot attend class at all.""")
report("M01", "undated", "Diaspora Notes", None, "Remembering Sayed ul-Shuhada", """
In Dasht-e-Barchi, families still visit the graves of the schoolgirls killed when bombs went off at the gate of the
Sayed ul-Shuhada school as classes ended. About 90 people died.""")

# ------------------------------------------------ M02 Dasu bus, Upper Kohistan, 14 Jul 2021
attack("M02", "Bombing of a bus of Chinese engineers of the Dasu dam, Upper Kohistan, 14 Jul 2021",
       "Nine Chinese among 13 dead in Dasu bus blast")
report("M02", "wire", "Meridian News Agency", "2021-07-14", "Bus carrying Chinese engineers falls into ravine", """
ISLAMABAD, July 14 - A bus taking Chinese engineers to the Dasu hydropower site in northern Pakistan plunged into a
ravine after an explosion on Wednesday, killing 12 people, nine of them Chinese, officials said. Pakistan's foreign
office blamed a gas leak; China called it a bombing.""")
report("M02", "local_pk", "The Highland Courier", "2021-07-15", "Dasu blast toll rises to 13", """
DASU: The toll from Wednesday's blast on a coach carrying staff of the Dasu dam project in Upper Kohistan rose to 13 on
Thursday: nine Chinese engineers, two Frontier Corps soldiers and two Pakistani workers. Officials said investigators
had found traces of explosives in the wreckage on the Karakoram Highway.""")
report("M02", "retro", "Meridian News Agency", "2021-08-12", "Pakistan says suicide bomber hit Chinese workers' bus", """
ISLAMABAD, Aug 12 - Pakistan's foreign minister said on Thursday that a suicide bomber drove a car packed with
explosives into the bus carrying Chinese workers in Upper Kohistan on 14 July, killing 13, and blamed the Pakistani
Taliban.""")
report("M02", "undated", "Diaspora Notes", None, "Chinese engineers killed on Karakoram Highway", """
Nine Chinese engineers died when the bus taking them to the Dasu dam site was blown up on the Karakoram Highway in
Kohistan.""")

# ------------------------------------------------ M03 Karachi University, 26 Apr 2022
attack("M03", "Suicide bombing of the Confucius Institute van, University of Karachi, 26 Apr 2022",
       "Three Chinese teachers killed in Karachi University blast")
report("M03", "wire", "Meridian News Agency", "2022-04-26", "Woman bomber kills Chinese teachers in Karachi", """
KARACHI, April 26 - A woman suicide bomber blew herself up beside a van at the University of Karachi on Tuesday,
killing three Chinese teachers and their Pakistani driver, police said. The Baloch Liberation Army claimed the
attack.""")
report("M03", "local_pk", "Sindh Evening Star", "2022-04-27", "BLA names Karachi University bomber", """
KARACHI: Confucius Institute director Huang Guiping and teachers Ding Mufang and Chen Sai were among four people killed
when a bomber in a burqa set off her explosives next to their van near the institute on Tuesday. The driver, Khalid,
also died.

The BLA's Majeed Brigade named the bomber as Shari Baloch, a schoolteacher and mother of two.""")
report("M03", "web", "Indus Observer Online", "2022-04-27", "China demands punishment after Karachi attack", """
KARACHI - China called on Pakistan to punish those behind the suicide bombing at the University of Karachi that killed
three Chinese teachers of the Confucius Institute and their driver.""", most_read=("M01", "M02"))
report("M03", "retro", "The Weekend Essay", "2024-04-20", "Two years on, Karachi's Confucius Institute is still shut", """
The Confucius Institute at the University of Karachi has not reopened since 26 April 2022, when a woman from the
Baloch Liberation Army blew herself up beside its van, killing three Chinese teachers and their driver.""")

# ------------------------------------------------ M04 Russian embassy, Kabul, 5 Sep 2022
attack("M04", "Suicide bombing at the Russian embassy's consular gate, Kabul, 5 Sep 2022",
       "Two Russian embassy staff killed in Kabul suicide attack")
report("M04", "wire", "Meridian News Agency", "2022-09-05", "Suicide bomber kills two Russian embassy staff", """
KABUL, Sept 5 - A suicide bomber killed two staff members of the Russian embassy in Kabul on Monday near the entrance
of its consular section, where Afghans were waiting for visas, Russia's foreign ministry said. Afghan police said at
least four Afghans were also killed.""")
report("M04", "local_af", "Hindukush Herald", "2022-09-06", "Islamic State claims Russian embassy attack", """
KABUL - Islamic State Khorasan claimed Monday's suicide bombing at the gate of the Russian embassy on Darulaman Road,
in which an embassy diplomat, a guard and four Afghan civilians were killed. Police said guards shot the bomber as he
approached, and his explosives went off.""")
report("M04", "undated", "Diaspora Notes", None, "Attack on a foreign mission", """
The bombing outside the Russian embassy in Kabul, which killed two of its staff, was the first attack on a foreign
mission since the Taliban took power. Islamic State said it was behind it.""")

# ------------------------------------------------ M05 Balkh governor, Mazar-i-Sharif, 9 Mar 2023
attack("M05", "Suicide bombing that killed Balkh governor Mohammad Dawood Muzammil, Mazar-i-Sharif, 9 Mar 2023",
       "Balkh governor killed in blast at his office")
report("M05", "wire", "Meridian News Agency", "2023-03-09", "Taliban governor killed in Mazar-i-Sharif explosion", """
MAZAR-I-SHARIF, Afghanistan, March 9 - The Taliban governor of northern Balkh province, Mohammad Dawood Muzammil, was
killed in an explosion at his office on Thursday, a police spokesman said. Two other people died.""")
report("M05", "local_af", "Hindukush Herald", "2023-03-10", "IS claims killing of Balkh governor", """
MAZAR-I-SHARIF - Islamic State claimed the suicide bombing that killed Balkh governor Dawood Muzammil inside the
provincial governor's compound on Thursday. Officials said three people, including the governor, were killed.""")
report("M05", "web", "Indus Observer Online", "2023-03-10", "Who was Dawood Muzammil?", """
MAZAR-I-SHARIF - Muzammil, who led the Taliban's fight against Islamic State in Nangarhar before he was named governor
of Balkh, was killed on Thursday when a bomber blew himself up in his office. Islamic State claimed the attack.""",
       most_read=("M04", "M06"))
report("M05", "undated", "Diaspora Notes", None, "A governor killed at his desk", """
A suicide bomber got into the office of the Balkh governor in Mazar-i-Sharif and killed him; the Taliban had made
Muzammil governor after his campaign against Islamic State in the east.""")

# ------------------------------------------------ M06 Badakhshan deputy governor, Faizabad, 6 Jun 2023
attack("M06", "Car bombing that killed Badakhshan deputy governor Nisar Ahmad Ahmadi, Faizabad, 6 Jun 2023",
       "Badakhshan deputy governor killed in car bombing")
report("M06", "wire", "Meridian News Agency", "2023-06-06", "Car bomb kills Afghan deputy governor", """
FAIZABAD, Afghanistan, June 6 - A car bomb killed the deputy governor of northeastern Badakhshan province, Nisar Ahmad
Ahmadi, and his driver in the provincial capital Faizabad on Tuesday, a Taliban spokesman said. Six people were
wounded.""")
report("M06", "local_af", "Pamir Daily", "2023-06-07", "IS claims Faizabad car bombing", """
FAIZABAD - Islamic State claimed Tuesday's bombing in Faizabad, in which a car packed with explosives was driven into the
vehicle of Badakhshan's acting deputy governor Nisar Ahmad Ahmadi, killing him and his driver.""")
report("M06", "undated", "Diaspora Notes", None, "Deputy governor of Badakhshan killed", """
Nisar Ahmad Ahmadi, the Taliban's deputy governor of Badakhshan, was killed with his driver when a suicide car bomber
rammed his vehicle in Faizabad.""")

# ------------------------------------------------ M07 Funeral bombing, Nabawi mosque, Faizabad, 8 Jun 2023
attack("M07", "Suicide bombing of the memorial for the deputy governor, Nabawi mosque, Faizabad, 8 Jun 2023",
       "Blast at Faizabad mosque kills 11 mourners")
report("M07", "wire", "Meridian News Agency", "2023-06-08", "Blast hits memorial for slain Afghan official", """
FAIZABAD, June 8 - An explosion tore through a mosque in Faizabad on Thursday during a memorial for Badakhshan's deputy
governor, who was killed in a car bombing two days earlier, killing at least 11 people, officials said.""")
report("M07", "local_af", "Pamir Daily", "2023-06-09", "Former police chief among dead in Nabawi mosque attack", """
FAIZABAD - Islamic State claimed the suicide bombing at the Nabawi mosque in Faizabad on Thursday, which killed 11 people
including Safiullah Samim, a former Taliban police chief of Baghlan, during prayers for deputy governor Nisar Ahmad
Ahmadi. More than 30 people were wounded.

Ahmadi was killed on Tuesday when a car bomb hit his vehicle.""")
report("M07", "web", "Indus Observer Online", "2023-06-09", "Mourners targeted in Badakhshan", """
FAIZABAD - A suicide bomber struck mourners at the Nabawi mosque in Faizabad on Thursday, killing 11, in the second
attack in the city in three days.""", most_read=("M05", "M06", "M04"))
report("M07", "undated", "Diaspora Notes", None, "Bombing at a memorial service", """
A bomber attacked the crowd at Faizabad's Nabawi mosque during prayers for the Badakhshan deputy governor, killing the
former police chief Safiullah Samim and others.""")

# ------------------------------------------------ M08 Zhob garrison, 12 Jul 2023
attack("M08", "Militant assault on the Zhob garrison, 12 Jul 2023", "Nine soldiers martyred in Zhob garrison attack")
report("M08", "wire", "Meridian News Agency", "2023-07-12", "Militants storm army base in southwest Pakistan", """
QUETTA, Pakistan, July 12 - Militants attacked an army garrison in Zhob in southwestern Pakistan before dawn on
Wednesday, killing four soldiers, the military said. Three attackers were killed.""")
report("M08", "local_pk", "Balochistan Daily Mail", "2023-07-13", "Zhob cantonment attack: toll rises to nine", """
ZHOB: The number of soldiers martyred in Wednesday's attack on the Zhob cantonment rose to nine, ISPR said, after the
last attacker was killed in a clearance operation. Tehreek-e-Jihad Pakistan claimed the assault.""")
report("M08", "web", "Indus Observer Online", "2023-07-13", "Army chief visits Zhob after garrison attack", """
ZHOB - The army chief visited the Zhob garrison on Thursday, a day after militants stormed it and killed nine
soldiers. The military said the attackers had come from Afghanistan.""", most_read=("M09", "M07"))

# ------------------------------------------------ M09 Sui, Dera Bugti, 12 Jul 2023
attack("M09", "Gunfight with militants in Sui, Dera Bugti, 12 Jul 2023", "Three soldiers martyred in Sui exchange of fire")
report("M09", "local_pk", "Balochistan Daily Mail", "2023-07-12", "Three soldiers martyred in Sui", """
DERA BUGTI: Three soldiers were martyred in an exchange of fire with terrorists in the Sui area of Dera Bugti district on
Wednesday, ISPR said. Troops were searching a hideout when the militants opened fire.""")
report("M09", "wire", "Meridian News Agency", "2023-07-13", "Three more Pakistani soldiers killed in Balochistan", """
QUETTA, July 13 - Three Pakistani soldiers were killed in a gunbattle with militants in Sui, a gas town in Balochistan's
Dera Bugti district, the army said, hours after a separate attack on a garrison in Zhob in the same province.""")
report("M09", "undated", "Diaspora Notes", None, "Soldiers killed near Sui gas field", """
Soldiers searching for militants near the Sui gas field in Dera Bugti came under fire; three of them were killed.""")

# ------------------------------------------------ M10 Musakhel highway killings, 26 Aug 2024
attack("M10", "Killing of passengers on the highway at Rarasham, Musakhel, 26 Aug 2024",
       "23 passengers shot dead on Musakhel highway")
report("M10", "wire", "Meridian News Agency", "2024-08-26", "Gunmen kill 23 travellers in Pakistan's Balochistan", """
QUETTA, Pakistan, Aug 26 - Gunmen stopped trucks and buses on a highway in Balochistan's Musakhel district, checked the
passengers' identity cards and shot dead 23 men from Punjab, officials said on Monday. The Baloch Liberation Army
claimed it as one of several attacks it carried out across the province overnight.""")
report("M10", "local_pk", "Balochistan Daily Mail", "2024-08-27", "Musakhel massacre: victims' bodies sent home", """
MUSAKHEL: Armed men blocked the highway at Rarasham late on Sunday night, made passengers get off buses and trucks and
killed 23 of them after checking their identity cards, the deputy commissioner said. They set fire to 35 vehicles
before leaving.""")
report("M10", "web", "Indus Observer Online", "2024-08-27", "Punjab mourns labourers killed in Musakhel", """
MUSAKHEL - Funerals were held in southern Punjab for the labourers and drivers among the 23 men pulled off vehicles and
shot in Musakhel, Balochistan, on Monday.""", most_read=("M11", "M13", "M08"))
report("M10", "retro", "The Weekend Essay", "2025-01-15", "On Balochistan's highways, drivers travel by day", """
Truck drivers on the N-70 now stop before dusk. On 26 August 2024, separatist gunmen at Rarasham in Musakhel pulled 23
travellers off buses and trucks and shot them, one of the deadliest of many such killings.""")

# ------------------------------------------------ M11 Bela camp attack, Lasbela, 26 Aug 2024
attack("M11", "BLA assault on the army camp at Bela, Lasbela, 26 Aug 2024", "Attackers storm army camp in Bela")
report("M11", "wire", "Meridian News Agency", "2024-08-26", "Militants storm army camp in Balochistan", """
KARACHI, Aug 26 - Militants including suicide bombers stormed an army camp in Bela, in Balochistan's Lasbela district,
on Monday, the military said, hours after gunmen killed 23 passengers on a highway in Musakhel. The military said 14
soldiers and police were killed across the province and 21 militants died.""")
report("M11", "local_pk", "Sindh Evening Star", "2024-08-27", "Bela camp attack repulsed, says ISPR", """
BELA: Security forces killed all the attackers who stormed the camp in Bela after an hours-long fight, ISPR said on
Tuesday. The attackers rammed the gate with a vehicle packed with explosives. The BLA's Majeed Brigade claimed the
attack.""")
report("M11", "undated", "Diaspora Notes", None, "Siege at the Bela camp", """
BLA fighters drove an explosives-laden vehicle into the gate of the army camp at Bela and fought soldiers inside for
hours before they were killed.""")

# ------------------------------------------------ M12 Foreign ministry, Kabul, 27 Mar 2023
attack("M12", "Suicide bombing near the foreign ministry at Malik Asghar square, Kabul, 27 Mar 2023",
       "Suicide bomber kills six near Afghan foreign ministry")
report("M12", "wire", "Meridian News Agency", "2023-03-27", "Suicide bomber strikes near Afghan foreign ministry", """
KABUL, March 27 - A suicide bomber blew himself up near the Afghan foreign ministry in central Kabul on Monday, killing
six civilians, police said. Guards shot him before he reached a checkpoint.""")
report("M12", "local_af", "Hindukush Herald", "2023-03-28", "Islamic State claims Malik Asghar bombing", """
KABUL - Islamic State claimed Monday's suicide bombing at Malik Asghar square near the foreign ministry. A hospital run
by an Italian charity said it had received 10 bodies; the Taliban put the toll at six.""")
report("M12", "web", "Indus Observer Online", "2023-03-28", "Kabul blast during Ramadan", """
KABUL - Six people were killed when a suicide bomber set off his explosives near the foreign ministry in Kabul on Monday,
the Taliban said, in the first big attack in the city during Ramadan.""", most_read=("M05", "M01"))
report("M12", "undated", "Diaspora Notes", None, "Bomber stopped short of ministry checkpoint", """
The bomber who struck near the foreign ministry in Kabul was shot before reaching the checkpoint, the Taliban said; six
people died.""")

# ------------------------------------------------ M13 Kurram convoy, 21 Nov 2024
attack("M13", "Ambush of a passenger convoy near Ochat, Lower Kurram, 21 Nov 2024",
       "Kurram convoy attack toll reaches 42")
report("M13", "wire", "Meridian News Agency", "2024-11-21", "Gunmen fire on passenger convoy in northwest Pakistan", """
PESHAWAR, Pakistan, Nov 21 - Gunmen opened fire on a convoy of passenger vehicles in the northwestern Kurram district on
Thursday, killing at least 38 people, most of them Shi'ite Muslims, police said.""")
report("M13", "local_pk", "The Highland Courier", "2024-11-22", "Kurram convoy toll rises to 42", """
PARACHINAR: The toll from Thursday's ambush on a convoy travelling from Parachinar to Peshawar near Ochat in Lower
Kurram rose to 42, including women and children, officials said. Shops stayed shut in Parachinar in mourning.""")
report("M13", "retro", "The Weekend Essay", "2024-12-20", "Parachinar cut off for a month", """
The road to Parachinar has been closed since 21 November, when gunmen killed more than 40 passengers of a convoy in
Lower Kurram, setting off clashes between tribes that killed over 130 more.""")
report("M13", "undated", "Diaspora Notes", None, "Waiting for the bodies in Parachinar", """
Families waited outside Parachinar's hospital for the bodies of relatives killed when gunmen ambushed the passenger
convoy in Lower Kurram.""")


def main():
    assert len(INCIDENTS) == 13
    counts = {k: sum(1 for r in REPORTS if r["incident"] == k) for k in INCIDENTS}
    assert all(3 <= n <= 5 for n in counts.values()), counts
    with open(HERE / "reports2.jsonl", "w", encoding="utf-8") as fh:
        for r in REPORTS:
            row = {"id": r["id"], "incident": r["incident"], "style": r["style"], "publisher": r["publisher"],
                   "title": r["title"], "published": r["published"], "text": page(r), "event": INCIDENTS[r["incident"]]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    styles = {}
    for r in REPORTS:
        styles[r["style"]] = styles.get(r["style"], 0) + 1
    print(f"wrote {len(REPORTS)} reports about {len(INCIDENTS)} attacks; by style {styles}")


if __name__ == "__main__":
    main()
