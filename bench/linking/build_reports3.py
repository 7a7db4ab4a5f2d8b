"""Build reports3.jsonl: the third, blind linking twin (see README.md). Team-written, in our own words.

18 real attacks and state operations in Afghanistan and Pakistan (Apr 2022 - Mar 2025) that neither the first nor
the second twin holds, each told by 3 to 6 reports. Written to stress what the first two do not:

- a short wire in Dari, Pashto, Urdu or Arabic beside the English reports of eleven of them (the linker has to
  join across languages; Afghan datelines in the solar calendar, Pakistani ones in the Gregorian);
- tolls that rise from outlet to outlet (5 -> 14 -> 18 in Herat, 9 -> 12 -> 18 in Bannu), a place named by its
  district in one report and by its town or landmark in another (Nowshera / Akora Khattak, South Waziristan /
  Makeen, Khost and Paktika / Sepera and Barmal, Kabul / Sherpur), dates given only as a weekday against a dateline;
- hard negatives: the two Mazar-i-Sharif minibus bombings four weeks apart with the same toll, two Kabul bombings of
  government sites ten days apart, two Dasht-e-Barchi bombings twelve days apart, two Kabul attacks on foreigners
  ten days apart, two Pakistani air strikes on Barmal nine months apart, each reported as retaliation for an attack
  in Waziristan that its reports name, and retrospectives that list several attacks of the set (gold: the one they
  tell first and most).

Each record carries `incident` (gold), `event`, `style`, `lang` (en, fa for Dari, ps, ur, ar) and the fields a
user's export would carry (`publisher`, `title`, `published`, `text`). Run `python bench/linking/build_reports3.py`
after an edit; `python bench/link_twin.py --set reports3.jsonl` scores the linker on it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITE = "Oxus & Indus Daily"  # the made-up site whose pages (style `web`) carry chrome
WIRE = "Continental Press Service"  # the made-up agency of the English wires



@dataclass(frozen=True)
class Report:
    id: str
    incident: str
    style: str
    lang: str
    publisher: str
    published: str | None
    title: str
    paragraphs: list[str]
    also: list[str] = field(default_factory=list)


EVENTS: dict[str, str] = {}
TICKER: dict[str, str] = {}  # the line an attack gets in the "Breaking" ticker and "Also read" links of other pages
REPORTS: list[Report] = []


def attack(key: str, event: str, ticker: str) -> None:
    EVENTS[key] = event
    TICKER[key] = ticker


def report(key: str, style: str, publisher: str, published: str | None, title: str, text: str, *,
           lang: str = "en", also: tuple[str, ...] = ()) -> None:
    """One report of attack `key`; `also` names other attacks whose headlines a web page's chrome shows."""
    n = sum(1 for r in REPORTS if r.incident == key) + 1
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    REPORTS.append(Report(f"{key}-{n}", key, style, lang, publisher, published, title, paragraphs, list(also)))


def page(r: Report) -> str:
    """The text a reader's copy of the page gives: chrome around the story for `web`, the story alone otherwise."""
    if r.style != "web":
        return "\n\n".join(r.paragraphs)
    lines = [SITE, "Menu  Home  Pakistan  Afghanistan  Region  Opinion  Videos  Log in",
             f"BREAKING: {TICKER[r.also[0]]}", r.title, "Web Desk | Updated a few hours ago",
             "Listen to this article", "Photo: file", "Photo: file", r.paragraphs[0]]
    for i, paragraph in enumerate(r.paragraphs[1:]):
        if i == 0 and len(r.also) > 1:  # an inline link to another story between the first paragraphs
            lines.append(f"Also read: {TICKER[r.also[1]]}")
        lines.append(paragraph)
    lines += ["Comments (0)", "More from Region", *(TICKER[k] for k in r.also)]
    lines += ["Sign up for our evening newsletter", f"(c) {SITE}. Reproduction without permission prohibited."]
    return "\n".join(lines)


# ------------------------------------------------------- N01 Mazar-i-Sharif, two minibuses, 28 Apr 2022
attack("N01", "Bombings of two minibuses carrying Shia passengers, Mazar-i-Sharif, 28 Apr 2022",
       "Two minibus blasts kill nine in Mazar-i-Sharif")
report("N01", "wire", WIRE, "2022-04-28", "Blasts on two minibuses kill nine in northern Afghanistan", """
MAZAR-I-SHARIF, Afghanistan, April 28 - Bombs hidden in two minibuses exploded minutes apart in Mazar-i-Sharif on
Thursday afternoon, killing nine passengers and wounding 13, the provincial police said. The buses were carrying people
home from work in the last week of Ramadan.""")
report("N01", "local_af", "Balkh Weekly", "2022-04-29", "Islamic State says it bombed Shia commuters", """
MAZAR-I-SHARIF - Islamic State's Khorasan branch said on Friday that its men planted the bombs that tore through two
passenger minibuses in the city on Thursday. Police said most of the nine dead were Shia Hazaras travelling to the
west of the city; the wounded were taken to the regional hospital.""")
report("N01", "web", SITE, "2022-04-29", "Fear on Mazar's minibuses after twin blasts", """
MAZAR-I-SHARIF - Drivers on the city's western routes said few passengers came out on Friday, a day after two
minibuses were blown up within minutes of each other, killing nine people.

The Taliban said they had arrested suspects.""", also=("N02",))
report("N01", "undated", "Hazara Voices Blog", None, "Two buses, nine lives", """
Two minibuses packed with Shia passengers on their way home before iftar were blown up in Mazar-i-Sharif. Nine
people died, among them a schoolteacher and two brothers who sold bread.""")

# ------------------------------------------------------- N02 Khalifa Sahib mosque, Kabul, 29 Apr 2022
attack("N02", "Bombing of the Khalifa Sahib Sufi mosque after Friday prayers, west Kabul, 29 Apr 2022",
       "Kabul Sufi mosque blast: mosque elder says more than 50 dead")
report("N02", "wire", WIRE, "2022-04-29", "Explosion at Kabul mosque after Friday prayers", """
KABUL, April 29 - An explosion ripped through a mosque in the west of Kabul after Friday prayers, killing at least 10
worshippers, a Taliban spokesman said, a day after bombs on two minibuses killed nine people in Mazar-i-Sharif. No
group said it carried out the attack.""")
report("N02", "wire", "Kohsar News Agency", "2022-04-29", "انفجار در مسجد خلیفه صاحب کابل", """
کابل، ۹ ثور - در انفجاری در مسجد خلیفه صاحب در غرب شهر کابل پس از نماز جمعه دست‌کم ده نمازگزار کشته و
شماری دیگر زخمی شدند. ذبیح‌الله مجاهد، سخنگوی طالبان، این حمله را محکوم کرد. تا کنون هیچ گروهی
مسئولیت این انفجار را بر عهده نگرفته است.""", lang="fa")
report("N02", "local_af", "Kabul Evening Post", "2022-04-30", "Mosque elder says Friday blast killed more than 50", """
KABUL - The head of the Khalifa Sahib mosque said on Saturday that more than 50 people were killed when the bomb went
off as Sufi worshippers gathered for a zikr after Friday prayers, far more than the ten the Taliban have counted.
Many of the dead were buried on Friday night before they could be counted, he said.""")
report("N02", "undated", "Hazara Voices Blog", None, "The zikr that ended in fire", """
At the Khalifa Sahib mosque in west Kabul, Sufi worshippers had stayed on after the Friday prayer to chant together
when the bomb went off. The elders say dozens were buried that night.""")

# ------------------------------------------------------- N03 Mazar-i-Sharif, three minibuses, 25 May 2022
attack("N03", "Bombings of three minibuses carrying Shia passengers, Mazar-i-Sharif, 25 May 2022",
       "Three minibuses bombed in Mazar-i-Sharif, nine killed")
report("N03", "wire", WIRE, "2022-05-25", "Bombs on three minibuses kill nine in Mazar-i-Sharif", """
MAZAR-I-SHARIF, Afghanistan, May 25 - Bombs exploded on three minibuses in different parts of Mazar-i-Sharif on
Wednesday evening, killing nine people and wounding 15, a police spokesman said. The same day a bomb in a Kabul
mosque killed several worshippers.""")
report("N03", "local_af", "Balkh Weekly", "2022-05-26", "Islamic State claims Wednesday's minibus bombings", """
MAZAR-I-SHARIF - Islamic State's Khorasan branch claimed Wednesday's bombings of three minibuses that carried Shia
passengers across the city. Police said the bombs had been planted inside the vehicles; nine people died.""")
report("N03", "retro", "The Long Form Quarterly", "2022-06-20", "Mazar's Shia commuters ride in fear", """
On 25 May, bombs went off on three minibuses in Mazar-i-Sharif within half an hour, killing nine people, all of
them passengers on routes that serve the city's Shia neighbourhoods. It was the second such attack in a month: on
28 April two minibuses had been blown up in the same city, also killing nine. Islamic State claimed both.

Drivers now search every bag before they set off.""")
report("N03", "undated", "Regional Security Digest", None, "Three buses in one evening", """
Islamic State bombed three minibuses carrying Shia passengers across Mazar-i-Sharif in a single evening. Nine
people were killed and 15 wounded.""")

# ------------------------------------------------------- N04 Drone strike on al-Zawahiri, Sherpur, Kabul, 31 Jul 2022
attack("N04", "US drone strike that killed al-Qaeda leader Ayman al-Zawahiri, Sherpur, Kabul, 31 Jul 2022",
       "US drone strike kills al-Qaeda's Zawahiri in Kabul")
report("N04", "wire", WIRE, "2022-08-02", "US kills al-Qaeda leader Zawahiri in Kabul", """
WASHINGTON, Aug 1 - The United States killed al-Qaeda leader Ayman al-Zawahiri with a drone strike on a house in
Kabul on Sunday, President Joe Biden said on Monday. Two missiles hit a balcony where Zawahiri was standing; no
members of his family were hurt, officials said.""")
report("N04", "wire", "Al-Mashriq News", "2022-08-02", "مقتل زعيم القاعدة أيمن الظواهري بغارة أمريكية في كابول", """
واشنطن، 2 أغسطس - أعلن الرئيس الأمريكي جو بايدن أن الولايات المتحدة قتلت زعيم تنظيم القاعدة أيمن الظواهري
في غارة بطائرة مسيّرة على منزل في كابول يوم الأحد. وقال مسؤولون أمريكيون إن صاروخين أصابا شرفة المنزل ولم
يُصب أحد من أفراد عائلته. ونددت حركة طالبان بالغارة ووصفتها بأنها انتهاك لاتفاق الدوحة.""", lang="ar")
report("N04", "local_af", "Kabul Evening Post", "2022-08-02", "Taliban confirm strike on Sherpur house", """
KABUL - The Taliban's spokesman confirmed that a drone struck a house in the Sherpur district of the capital early on
Sunday and called it a breach of the Doha agreement. US officials said the house belonged to an aide of
Sirajuddin Haqqani, the interior minister. The Taliban did not say who was killed.""")
report("N04", "retro", "The Long Form Quarterly", "2023-07-31", "A year after the balcony strike", """
A year ago today, on 31 July 2022, two American missiles hit the balcony of a villa in Sherpur and killed Ayman
al-Zawahiri, al-Qaeda's leader since 2011. The Taliban still say they do not know whether he died.""")
report("N04", "undated", "Regional Security Digest", None, "The house in Sherpur", """
The villa in Kabul's Sherpur neighbourhood where a US drone killed al-Qaeda's leader Ayman al-Zawahiri stands
empty, its balcony boarded up.""")

# ------------------------------------------------------- N05 Gazargah mosque, Herat, 2 Sep 2022 (rising toll)
attack("N05", "Suicide bombing of the Gazargah mosque that killed cleric Mujib Rahman Ansari, Herat, 2 Sep 2022",
       "Pro-Taliban cleric Ansari among 18 killed in Herat mosque bombing")
report("N05", "wire", WIRE, "2022-09-02", "Blast kills prominent pro-Taliban cleric in Herat", """
HERAT, Afghanistan, Sept 2 - A suicide bomber killed Mujib Rahman Ansari, a cleric known for his fierce support of
the Taliban, and at least five other people at a mosque in the western city of Herat during Friday prayers, local
officials said.""")
report("N05", "wire", "Kohsar News Agency", "2022-09-02", "کشته شدن مولوی مجیب‌الرحمن انصاری در انفجار هرات", """
هرات، ۱۱ سنبله - یک مهاجم انتحاری روز جمعه در مسجد گذرگاه در شهر هرات خود را منفجر کرد و مولوی مجیب‌الرحمن
انصاری، روحانی سرشناس نزدیک به طالبان، را همراه با سیزده نمازگزار دیگر کشت. مقام‌های محلی می‌گویند بیش از
بیست تن زخمی شده‌اند.""", lang="fa")
report("N05", "local_af", "Herat Daily Mirror", "2022-09-03", "Gazargah bombing toll reaches 18", """
HERAT - The number of people killed in Friday's suicide bombing at the Gazargah mosque rose to 18 on Saturday, the
provincial health department said, with more than 20 wounded. Worshippers said the bomber walked up to Ansari in
the front row. Taliban leaders attended his funeral.""")
report("N05", "web", SITE, "2022-09-03", "Who was Mujib Rahman Ansari?", """
HERAT - Mujib Rahman Ansari, who was killed with 17 others by a suicide bomber at the mosque he led in Herat on
Friday, had said in a sermon that anyone who spoke against the Taliban government should be beheaded.

Thousands of men followed his coffin through the city on Saturday.""", also=("N04", "N01"))
report("N05", "undated", "Hazara Voices Blog", None, "The preacher of Gazargah", """
Mujib Rahman Ansari, the hardline preacher of Herat's Gazargah mosque, was killed when a suicide bomber walked up to him
in front of his congregation.""")

# ------------------------------------------------------- N06 Pakistan embassy, Kabul, 2 Dec 2022
attack("N06", "Shooting at Pakistan's head of mission in the embassy compound, Kabul, 2 Dec 2022",
       "Pakistan's envoy escapes attack at Kabul embassy")
report("N06", "wire", WIRE, "2022-12-02", "Gunman fires at Pakistan's envoy in Kabul", """
ISLAMABAD, Dec 2 - A gunman opened fire on Pakistan's embassy in Kabul on Friday, targeting the head of mission,
Ubaid-ur-Rehman Nizamani, who was unhurt, Pakistan's foreign office said. A security guard who shielded him was
seriously wounded.""")
report("N06", "wire", "Daily Rahbar", "2022-12-02", "کابل میں پاکستانی سفارت خانے پر فائرنگ", """
اسلام آباد (2 دسمبر) - کابل میں پاکستانی سفارت خانے کے احاطے میں جمعہ کے روز فائرنگ سے ایک سکیورٹی گارڈ
شدید زخمی ہو گیا۔ دفتر خارجہ کے مطابق حملے کا نشانہ ناظم الامور عبید الرحمان نظامانی تھے جو محفوظ رہے۔
وزیر اعظم نے حملے کی مذمت کی۔""", lang="ur")
report("N06", "local_af", "Kabul Evening Post", "2022-12-04", "IS says it attacked Pakistani mission", """
KABUL - Islamic State's Khorasan branch said it was behind Friday's shooting at the Pakistani embassy, in which shots
were fired at the chargé d'affaires from a building across the street. The Taliban said they had arrested a
suspect.""")
report("N06", "undated", "Regional Security Digest", None, "Attack on Pakistan's mission", """
Shots fired from a building next to Pakistan's embassy in Kabul missed the head of mission, Ubaid-ur-Rehman
Nizamani, but badly wounded the guard who threw himself in front of him.""")

# ------------------------------------------------------- N07 Hotel in Shahr-e-Naw, Kabul, 12 Dec 2022
attack("N07", "Armed assault on a hotel used by Chinese guests, Shahr-e-Naw, Kabul, 12 Dec 2022",
       "Gunmen storm Kabul hotel used by Chinese businessmen")
report("N07", "wire", WIRE, "2022-12-12", "Gunmen attack Kabul hotel popular with Chinese", """
KABUL, Dec 12 - Gunmen stormed a hotel in central Kabul popular with Chinese business people on Monday, setting
off explosions and a long gunfight, witnesses said. The Taliban said all three attackers were killed and two foreign
guests were hurt jumping from windows.""")
report("N07", "local_af", "Kabul Evening Post", "2022-12-13", "Islamic State claims Shahr-e-Naw hotel attack", """
KABUL - Islamic State's Khorasan branch claimed Monday's attack on the Kabul Longan hotel in Shahr-e-Naw, saying it
had targeted Chinese guests. A hospital run by an Italian charity said it received about 20 wounded and three dead.
Beijing said five of its citizens were injured.""")
report("N07", "web", SITE, "2022-12-13", "China tells its citizens to leave Afghanistan after hotel attack", """
KABUL - China urged its citizens to leave Afghanistan as soon as possible after Monday's attack on a hotel in the
capital's Shahr-e-Naw area, in which five Chinese guests were injured.

The attackers were killed after a siege of several hours.""", also=("N06", "N03"))
report("N07", "retro", "The Long Form Quarterly", "2022-12-28", "Kabul's December of attacks on foreigners", """
The attack of 12 December on a hotel in Shahr-e-Naw, where gunmen hunted Chinese guests from room to room, was the
worst of the month, but not the first: on 2 December a gunman had fired on Pakistan's head of mission inside his
embassy's compound. Islamic State claimed both, and said foreign missions would stay its targets.""")
report("N07", "undated", "Hazara Voices Blog", None, "Out of the window", """
Chinese guests of the Kabul Longan hotel jumped from upper windows when gunmen went from floor to floor setting
fires; the three attackers were killed.""")

# ------------------------------------------------------- N08 Military airport gate, Kabul, 1 Jan 2023
attack("N08", "Explosion at the gate of Kabul's military airport, 1 Jan 2023",
       "Blast at Kabul military airport gate on New Year's Day")
report("N08", "wire", WIRE, "2023-01-01", "Blast outside Kabul military airport", """
KABUL, Jan 1 - An explosion outside the gate of Kabul's military airport on Sunday morning killed and wounded a
number of people, the Taliban's interior ministry spokesman said, without giving figures.""")
report("N08", "local_af", "Kabul Evening Post", "2023-01-02", "Questions after airport checkpoint blast", """
KABUL - Residents near the military airport said Sunday's explosion went off among people queuing at the checkpoint
outside its gate. The Taliban did not give a toll; unofficial counts put the dead at about ten.""")
report("N08", "undated", "Regional Security Digest", None, "Airport checkpoint bombing", """
An explosion among people waiting at the checkpoint of Kabul's military airport killed several of them; the Taliban
did not publish a toll.""")

# ------------------------------------------------------- N09 Foreign ministry, Kabul, 11 Jan 2023
attack("N09", "Suicide bombing outside the foreign ministry, Kabul, 11 Jan 2023",
       "Suicide bomber kills five outside Afghan foreign ministry")
report("N09", "wire", WIRE, "2023-01-11", "Suicide bomber strikes outside Afghan foreign ministry", """
KABUL, Jan 11 - A suicide bomber blew himself up outside the foreign ministry in Kabul on Wednesday afternoon,
killing at least five civilians, the city's police spokesman said, ten days after a blast at the gate of the
military airport.""")
report("N09", "local_af", "Kabul Evening Post", "2023-01-12", "IS claims ministry bombing, says 20 killed", """
KABUL - Islamic State said its bomber killed 20 people, ministry employees among them, when he set off his
explosives outside the foreign ministry as staff were leaving on Wednesday. The Taliban put the toll at five.""")
report("N09", "wire", "Kohsar News Agency", "2023-01-11", "انفجار انتحاری در نزدیکی وزارت امور خارجه", """
کابل، ۲۱ جدی - یک مهاجم انتحاری بعد از ظهر روز چهارشنبه در نزدیکی وزارت امور خارجه در شهر کابل خود را منفجر
کرد. خالد زدران، سخنگوی فرماندهی امنیه کابل، گفت که دست‌کم پنج غیرنظامی در این رویداد کشته شده‌اند.""", lang="fa")
report("N09", "web", SITE, "2023-01-12", "UN condemns Kabul ministry attack", """
KABUL - The United Nations condemned Wednesday's suicide bombing outside Afghanistan's foreign ministry and said
civilians walking past the gate were among the dead.""", also=("N08", "N07"))

# ------------------------------------------------------- N10 Karachi Police Office, 17 Feb 2023
attack("N10", "TTP assault on the Karachi Police Office, Shahrah-e-Faisal, Karachi, 17 Feb 2023",
       "Karachi police headquarters siege ends, four killed")
report("N10", "wire", WIRE, "2023-02-17", "Militants storm Karachi police headquarters", """
KARACHI, Pakistan, Feb 17 - Gunmen wearing suicide vests stormed the police chief's office in Karachi on Friday
evening, killing at least two people, officials said, as commandos fought them floor by floor.""")
report("N10", "wire", "Daily Rahbar", "2023-02-18", "کراچی پولیس آفس پر حملہ، چار افراد جاں بحق", """
کراچی (17 فروری) - شارع فیصل پر واقع کراچی پولیس آفس پر جمعہ کی شام دہشت گردوں کے حملے میں دو پولیس
اہلکاروں، رینجرز کے ایک جوان اور ایک خاکروب سمیت چار افراد جاں بحق ہو گئے۔ سکیورٹی فورسز کی کارروائی میں
تینوں حملہ آور مارے گئے۔ کالعدم تحریک طالبان پاکستان نے حملے کی ذمہ داری قبول کر لی۔""", lang="ur")
report("N10", "local_pk", "Sindh Chronicle", "2023-02-18", "KPO attack: how the four-hour siege ended", """
KARACHI: Three attackers who entered the Karachi Police Office on Shahrah-e-Faisal through its back gate were killed
after a four-hour fight on Friday night, one of them blowing himself up on the fourth floor. Two policemen, a Rangers
soldier and a sanitary worker were killed and 18 people wounded. The TTP claimed the attack.""")
report("N10", "web", SITE, "2023-02-18", "Karachi police chief's office attack: what we know", """
KARACHI - The three militants who attacked the city police headquarters on Friday evening had come in a car left on
Shahrah-e-Faisal, police said. Four people were killed before commandos cleared the building.""",
       also=("N09", "N06"))
report("N10", "retro", "The Long Form Quarterly", "2023-08-20", "Pakistan's police on the front line", """
On 17 February, three TTP fighters fought their way into the Karachi Police Office and held it for hours before
they were killed; four people died with them. Six months on, the building is ringed with concrete.""")

# ------------------------------------------------------- N11 Mir Ali post, North Waziristan, 16 Mar 2024
attack("N11", "Suicide and gun attack on an army post in Mir Ali, North Waziristan, 16 Mar 2024",
       "Seven soldiers martyred in Mir Ali attack")
report("N11", "wire", WIRE, "2024-03-16", "Militants attack army post in northwest Pakistan", """
PESHAWAR, Pakistan, March 16 - A suicide bomber drove a truck packed with explosives into an army post in North
Waziristan before dawn on Saturday and gunmen then attacked it, killing five soldiers, security officials said.""")
report("N11", "local_pk", "Frontier Ledger", "2024-03-17", "Lt Col, captain among seven martyred in Mir Ali", """
MIR ALI: A lieutenant colonel and a captain were among seven soldiers martyred in Saturday's attack on a security post
in Mir Ali, ISPR said; all six attackers were killed. A group linked to the Hafiz Gul Bahadur faction claimed it.
The president attended the funerals and said the blood of the martyrs would be avenged.""")
report("N11", "web", SITE, "2024-03-17", "Zardari vows response after Mir Ali attack", """
MIR ALI - President Asif Ali Zardari attended the funeral prayers of the soldiers killed in Saturday's attack in
North Waziristan and said Pakistan would respond to those behind it, wherever they were.

Officials blamed militants based across the border in Afghanistan.""", also=("N10", "N09"))
report("N11", "undated", "Regional Security Digest", None, "A truck bomb at the Mir Ali post", """
Six attackers, one of them driving a truck filled with explosives, hit the security post at Mir Ali in North
Waziristan; seven soldiers, two of them officers, were killed.""")

# ------------------------------------------------------- N12 Pakistani strikes in Khost and Paktika, 18 Mar 2024
attack("N12", "Pakistani air strikes in Sepera (Khost) and Barmal (Paktika), 18 Mar 2024",
       "Taliban say Pakistani strikes killed eight women and children")
report("N12", "wire", WIRE, "2024-03-18", "Pakistan strikes inside Afghanistan, Taliban say 8 killed", """
KABUL, March 18 - Pakistani aircraft bombed homes in two Afghan border provinces, Khost and Paktika, early on Monday,
killing eight women and children, the Taliban's spokesman said. Pakistan said it had targeted militants two days
after seven soldiers were killed in North Waziristan.""")
report("N12", "wire", "Spin Ghar Radio", "2024-03-18", "په خوست او پکتیکا کې د پاکستان هوايي بريدونه", """
خوست، ۱۸ مارچ - د اسلامي امارت ویاند ذبیح الله مجاهد وویل چې د دوشنبې په سهار د پاکستان الوتکو د خوست
ولایت په سپېره ولسوالۍ او د پکتیکا ولایت په برمل ولسوالۍ کې پر کورونو بریدونه کړي دي. د هغه په وینا، په دې
بریدونو کې پنځه ښځې او درې ماشومان وژل شوي دي.""", lang="ps")
report("N12", "local_pk", "Frontier Ledger", "2024-03-19", "FO says strikes in Afghanistan hit Gul Bahadur group", """
ISLAMABAD: The Foreign Office said on Monday that Pakistan had carried out intelligence-based anti-terrorist
operations in the border regions inside Afghanistan, aimed at the Hafiz Gul Bahadur group, which it blamed for the
Mir Ali attack. Afghan forces fired on border posts in Kurram in response, officials said.""")
report("N12", "undated", "Regional Security Digest", None, "Strikes on Sepera and Barmal", """
The Taliban say the Pakistani jets that struck houses in Sepera, in Khost, and in Barmal, in Paktika, killed five
women and three children; Pakistan says it hit fighters of the Hafiz Gul Bahadur group.""")

# ------------------------------------------------------- N13 Makeen post, South Waziristan, 21 Dec 2024
attack("N13", "TTP attack on a security post at Makeen, South Waziristan, 21 Dec 2024",
       "16 soldiers martyred in attack on South Waziristan post")
report("N13", "wire", WIRE, "2024-12-21", "Militants kill 16 soldiers in northwest Pakistan", """
PESHAWAR, Pakistan, Dec 21 - Militants attacked a security post in South Waziristan overnight, killing 16 soldiers,
the military said on Saturday. Eight attackers were killed. The Pakistani Taliban claimed the attack.""")
report("N13", "local_pk", "Frontier Ledger", "2024-12-22", "Makeen post attack: soldiers' funerals held", """
WANA: Funeral prayers were held on Saturday for the 16 soldiers martyred when khwarij attacked their post at Makeen
in the night from Friday to Saturday, ISPR said. Eight attackers were killed in the fight.""")
report("N13", "wire", "Daily Rahbar", "2024-12-21", "جنوبی وزیرستان میں چیک پوسٹ پر حملہ، 16 جوان شہید", """
راولپنڈی (21 دسمبر) - آئی ایس پی آر کے مطابق جنوبی وزیرستان کے علاقے مکین میں سکیورٹی فورسز کی چیک پوسٹ پر
خوارج کے حملے میں 16 جوان شہید ہو گئے، جبکہ جوابی کارروائی میں آٹھ حملہ آور مارے گئے۔""", lang="ur")
report("N13", "undated", "Regional Security Digest", None, "Sixteen soldiers at one post", """
Sixteen Pakistani soldiers were killed when TTP fighters overran their post at Makeen; the army says eight
attackers died.""")

# ------------------------------------------------------- N14 Pakistani strikes on Barmal, Paktika, 24 Dec 2024
attack("N14", "Pakistani air strikes on Barmal district, Paktika, 24 Dec 2024",
       "Taliban say 46 killed in Pakistani strikes on Paktika")
report("N14", "wire", WIRE, "2024-12-25", "Taliban say Pakistani air strikes killed 46", """
KABUL, Dec 25 - Pakistani air strikes on the Barmal district of Paktika province on Tuesday night killed 46 people,
most of them women and children, the Taliban's defence ministry said on Wednesday. Pakistani security officials said
the jets hit Pakistani Taliban hideouts, days after 16 soldiers were killed in South Waziristan.""")
report("N14", "wire", "Kohsar News Agency", "2024-12-25", "بمباران ولسوالی برمل پکتیکا از سوی پاکستان", """
کابل - وزارت دفاع ملی امارت اسلامی گفت که هواپیماهای پاکستانی شب سه‌شنبه ولسوالی برمل ولایت پکتیکا را بمباران
کردند و ۴۶ تن که بیشترشان زن و کودک بودند، کشته شدند. این وزارت گفت که قربانیان پناهجویان وزیرستانی بودند
و این حمله بی‌پاسخ نخواهد ماند.""", lang="fa")
report("N14", "local_af", "Paktia Mountain News", "2024-12-26", "Barmal buries its dead", """
SHARANA - Villagers in Barmal buried the dead of Tuesday night's bombing on Wednesday; most were families who had
fled Waziristan. The defence ministry's spokesman said the Islamic Emirate would defend its territory.""")
report("N14", "web", SITE, "2024-12-26", "Kabul summons Pakistani envoy over Paktika strikes", """
KABUL - The Taliban's foreign ministry summoned Pakistan's envoy on Wednesday over the air strikes in Paktika that
it said killed 46 civilians. Pakistan has not confirmed the strikes.""", also=("N13", "N12"))
report("N14", "retro", "The Long Form Quarterly", "2025-01-15", "Pakistan's air war on the border", """
The strikes of 24 December on Barmal, which the Taliban say killed 46 people, were the second time in a year that
Pakistani jets hit the district. In March, strikes on Barmal and on Khost's Sepera district killed five women and
three children, the Taliban said, two days after the Mir Ali attack; this time they came three days after the
attack at Makeen. Each time Pakistan said it was hitting militants' hideouts.""")

# ------------------------------------------------------- N15 Darul Uloom Haqqania, Akora Khattak, 28 Feb 2025
attack("N15", "Suicide bombing at Darul Uloom Haqqania that killed Hamid-ul-Haq Haqqani, Akora Khattak, Nowshera, "
       "28 Feb 2025", "Maulana Hamid-ul-Haq among eight killed in Akora Khattak blast")
report("N15", "wire", WIRE, "2025-02-28", "Blast at Pakistani seminary kills cleric", """
PESHAWAR, Pakistan, Feb 28 - A suicide bomber struck a mosque in the Nowshera district after Friday prayers, killing
at least five people including Hamid-ul-Haq Haqqani, the head of a faction of the Jamiat Ulema-e-Islam, police
said.""")
report("N15", "wire", "Daily Rahbar", "2025-02-28", "دارالعلوم حقانیہ میں دھماکا، مولانا حامد الحق جاں بحق", """
نوشہرہ (28 فروری) - اکوڑہ خٹک میں دارالعلوم حقانیہ کی مسجد میں نماز جمعہ کے بعد خودکش دھماکے میں جمعیت
علمائے اسلام (س) کے سربراہ مولانا حامد الحق حقانی سمیت چھ افراد جاں بحق اور بیس سے زائد زخمی ہو گئے۔ پولیس
کے مطابق حملہ آور کا نشانہ مولانا حامد الحق تھے۔""", lang="ur")
report("N15", "local_pk", "Frontier Ledger", "2025-03-01", "Akora Khattak toll rises to eight", """
AKORA KHATTAK: The toll from Friday's suicide bombing at Darul Uloom Haqqania rose to eight on Saturday. The provincial
police chief said the bomber had targeted Maulana Hamid-ul-Haq, son of the late Maulana Sami-ul-Haq. No group claimed
the attack.""")
report("N15", "web", SITE, "2025-03-01", "Thousands attend funeral of Maulana Hamid-ul-Haq", """
AKORA KHATTAK - Thousands of people attended the funeral of Maulana Hamid-ul-Haq Haqqani at the seminary his
grandfather founded, a day after a suicide bomber killed him and seven others there.""", also=("N13", "N10"))
report("N15", "undated", "Regional Security Digest", None, "The seminary of the Taliban's teachers", """
Darul Uloom Haqqania, where many Afghan Taliban leaders studied, lost Maulana Hamid-ul-Haq, the son of
Sami-ul-Haq, when a bomber blew himself up near him after the Friday prayer.""")

# ------------------------------------------------------- N16 Bannu cantonment, 4 Mar 2025 (rising toll)
attack("N16", "Suicide car bombings and assault on the Bannu cantonment, 4 Mar 2025",
       "Bannu cantonment attack: 18 dead, 16 attackers killed")
report("N16", "wire", WIRE, "2025-03-04", "Suicide car bombs hit army base in northwest Pakistan", """
PESHAWAR, Pakistan, March 4 - Two suicide bombers rammed cars packed with explosives into the wall of an army
cantonment in Bannu as people broke their Ramadan fast on Tuesday, killing at least nine people, police said.
Gunmen then tried to enter the base.""")
report("N16", "local_pk", "Frontier Ledger", "2025-03-05", "Bannu attack: toll climbs to 12, mosque wall collapses", """
BANNU: At least 12 people, most of them civilians at a mosque and houses next to the cantonment wall, were killed in
Tuesday's attack, officials said, and 30 were wounded. ISPR said the khwarij were killed before they could enter.""")
report("N16", "web", SITE, "2025-03-05", "Bannu cantonment attack: 18 dead, ISPR says attackers included Afghans", """
BANNU - Thirteen civilians and five soldiers were killed in Tuesday's attack on the Bannu cantonment, the military
said, and all 16 attackers died. It said some of them were Afghan nationals.""", also=("N15", "N13"))
report("N16", "retro", "The Long Form Quarterly", "2025-03-10", "A week of bombs in Khyber Pakhtunkhwa", """
On 4 March two car bombs blew holes in the wall of the Bannu cantonment at iftar and killed 18 people, most of them
civilians in the houses around it. Four days earlier, on 28 February, a suicide bomber had killed Maulana Hamid-ul-Haq
and seven others at his seminary in Akora Khattak, and in December 16 soldiers died at a single post in South
Waziristan. The province has not had a quiet week since.""")
report("N16", "undated", "Regional Security Digest", None, "Iftar at the cantonment wall", """
Families who live against the wall of the Bannu cantonment were breaking their fast when two car bombs went off at
the wall; a mosque and several houses fell in.""")

# ------------------------------------------------------- N17 Sports club, Dasht-e-Barchi, Kabul, 26 Oct 2023
attack("N17", "Bombing of a sports club in Dasht-e-Barchi, Kabul, 26 Oct 2023",
       "Four killed in blast at Dasht-e-Barchi sports club")
report("N17", "wire", WIRE, "2023-10-26", "Blast at sports club in west Kabul kills four", """
KABUL, Oct 26 - An explosion tore through a sports club in the mostly Shia Hazara Dasht-e-Barchi area of western
Kabul on Thursday evening, killing four people and wounding seven, the city's police spokesman said.""")
report("N17", "local_af", "Kabul Evening Post", "2023-10-27", "IS claims attack on Dasht-e-Barchi wrestling club", """
KABUL - Islamic State's Khorasan branch claimed Thursday's bombing of a wrestling and boxing club in Dasht-e-Barchi,
where young men were training. Relatives said two of the dead were teenagers.""")
report("N17", "undated", "Hazara Voices Blog", None, "The club where boys trained", """
The bomb that went off in a Dasht-e-Barchi sports club killed young Hazara wrestlers in the middle of their
training; four of them never came home.""")

# ------------------------------------------------------- N18 Minibus, Dasht-e-Barchi, Kabul, 7 Nov 2023
attack("N18", "Bombing of a minibus in Dasht-e-Barchi, Kabul, 7 Nov 2023",
       "Minibus bomb kills seven in west Kabul")
report("N18", "wire", WIRE, "2023-11-07", "Bomb on minibus kills seven in Kabul's Shia district", """
KABUL, Nov 7 - A bomb on a minibus in the Dasht-e-Barchi district of western Kabul killed seven people and wounded
20 on Tuesday evening, police said, less than two weeks after a blast at a sports club in the same area.""")
report("N18", "wire", "Kohsar News Agency", "2023-11-07", "انفجار در یک مینی‌بوس در دشت برچی کابل", """
کابل، ۱۶ عقرب - در انفجار یک مینی‌بوس مسافربری در دشت برچی در غرب شهر کابل هفت تن کشته و بیست تن دیگر
زخمی شدند. فرماندهی امنیه کابل گفت که تحقیقات آغاز شده است.""", lang="fa")
report("N18", "undated", "Regional Security Digest", None, "Commuters bombed in west Kabul", """
Islamic State bombed a minibus carrying Hazara commuters home in Dasht-e-Barchi, killing seven of them.""")


def main() -> None:
    assert len(EVENTS) == 18, len(EVENTS)
    counts = Counter(r.incident for r in REPORTS)
    assert set(counts) == set(EVENTS) and all(3 <= n <= 6 for n in counts.values()), counts
    assert all(r.style == "undated" or r.published for r in REPORTS)
    assert all(k in TICKER for r in REPORTS for k in r.also) and all(r.also for r in REPORTS if r.style == "web")
    first_day = {k: min(str(r.published) for r in REPORTS if r.incident == k and r.published) for k in EVENTS}
    assert all(first_day[k] <= str(r.published) for r in REPORTS for k in r.also), "a page links a later attack"
    with (HERE / "reports3.jsonl").open("w", encoding="utf-8") as fh:
        for r in REPORTS:
            row = {"id": r.id, "incident": r.incident, "style": r.style, "lang": r.lang, "publisher": r.publisher,
                   "title": r.title, "published": r.published, "text": page(r), "event": EVENTS[r.incident]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_style = dict(Counter(r.style for r in REPORTS))
    by_lang = dict(Counter(r.lang for r in REPORTS))
    print(f"wrote {len(REPORTS)} reports about {len(EVENTS)} attacks; by style {by_style}; by language {by_lang}")


if __name__ == "__main__":
    main()
