"""Build case_blind3_eval.jsonl: 80 short wire snippets in CASE 2021's style, written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/case_blind3/build_case_blind3.py` after an edit.
Each record: id, style ("case"), text, published (null: CASE snippets carry none), gold (category and
is_attack as in the CASE dev file), origin (the real event, and a note where the gold is a judgement call).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from set_io import case_is_attack, write_set  # noqa: E402

R: list[dict[str, object]] = []


def add(category: str, event: str, text: str, note: str = "") -> None:
    is_attack = case_is_attack(category)
    origin = {"event": event, "note": note} if note else {"event": event}
    R.append({"id": f"cb3-{len(R) + 1:02d}", "style": "case", "text": " ".join(text.split()), "published": None,
              "gold": {"category": category, "is_attack": is_attack}, "origin": origin})


# ---------------------------------------------------------------- protests
add("Peaceful protest", "Jamaat-e-Islami sit-in against power tariffs, Liaquat Bagh, Rawalpindi, July 2024", """
RAWALPINDI, July 28 - Jamaat-e-Islami workers spent a third night camped on Murree Road outside Liaquat Bagh,
where party chief Hafiz Naeem ur Rehman told them the sit-in over electricity tariffs would go on until the
government brought the bills down.""")
add("Peaceful protest", "Chaman sit-in against the one-document (passport) regime at the border, from October 2023",
    """
Chaman traders, porters keep up border sit-in against passport rule as talks with Quetta stall""")
add("Peaceful protest", "Swat peace rally after the Charbagh school-van shooting, October 2022", """
Thousands of people filled Nishat Chowk in Mingora on Tuesday, a day after a gunman fired on a school van in
Charbagh and killed its driver, chanting for peace and vowing that militancy would not be allowed back into the
valley.""", note="an attack told as the protest's backdrop")
add("Peaceful protest", "Parachinar sit-in over the closed Thall-Parachinar road, December 2024", """
Cut off from Peshawar since the November ambush on a convoy that killed more than forty passengers, residents of
Kurram continued their sit-in outside the Parachinar press club, demanding that the road be
opened and medicines be flown in.""", note="an attack told as the protest's backdrop")
add("Peaceful protest", "Journalists protest the PECA amendments, Pakistan, January 2025", """
Journalists wearing black armbands walked out of the press galleries of parliament and rallied outside press
clubs in Islamabad, Lahore and Karachi this week against changes to the cybercrime law that they say will be
used to silence the media.""")

add("Protest with intervention", "Taliban use water cannon on women protesting the university ban, Herat, "
    "December 2022", """
Taliban security forces turned a water cannon on a few dozen women who had gathered in Herat on Thursday to
protest against the ban on university education for women, according to videos shared by the protesters.""")
add("Protest with intervention", "Taliban disperse the anti-Pakistan march in Kabul, 7 September 2021", """
KABUL, Sept 7 - Taliban gunmen fired into the air to scatter hundreds of men and women marching towards the
presidential palace with slogans against Pakistan, and several reporters covering the rally were held for
hours.""")
add("Protest with intervention", "Police tear gas on the PTI march to D-Chowk, Islamabad, 5 October 2024", """
Police fired volley after volley of tear gas at PTI supporters trying to reach D-Chowk in Islamabad on Saturday
and detained dozens, with shipping containers sealing the capital's main avenues.""")

add("Excessive force against protesters", "Abu Sayed shot dead by police in Rangpur, 16 July 2024", """
A student of Begum Rokeya University was shot dead by police in Rangpur on Tuesday as protests against quotas
in government jobs spread, one of at least six people killed across Bangladesh that day.""")
add("Excessive force against protesters", "Rangers fire on protesters in Muzaffarabad, 13 May 2024", """
Three people were killed when paramilitary Rangers leaving Muzaffarabad opened fire on protesters who blocked
their convoy, officials in Pakistan-administered Kashmir said, as a days-long strike over flour and power""")

add("Violent demonstration", "Gen Z protesters burn Nepal's parliament, 9 September 2025", """
KATHMANDU - Young protesters set fire to Nepal's parliament building and the homes of several politicians on
Tuesday, a day after police gunfire killed 19 of them, and Prime Minister K.P. Sharma Oli resigned.""",
    note="a deadly repression told as the backdrop of the riot")
add("Violent demonstration", "TLP march cleared at Muridke, 13 October 2025", """
A station house officer was killed and dozens of policemen were hurt when Tehreek-e-Labbaik supporters opened
fire and threw stones as police moved to clear their camp at Muridke, Punjab's police chief said on Monday.""",
    note="protesters who open fire on police clearing them: Violent demonstration, not Armed clash (judgement call)")
add("Violent demonstration", "Radio Pakistan Peshawar set on fire, 10 May 2023", """
Angered by Imran Khan's arrest, a crowd of his supporters forced their way into the Radio Pakistan building in
Peshawar, set its offices and the vehicles parked outside on fire and smashed the equipment.""")

add("Mob violence", "Nazir Masih attacked in Mujahid Colony, Sargodha, 25 May 2024", """
An elderly Christian man was beaten senseless by a crowd in Sargodha's Mujahid Colony on Saturday and his shoe
workshop and house were set alight after neighbours accused him of burning pages of the Koran; police
officers pulled him out.""")
add("Mob violence", "Lynching in Tulamba near Mian Channu, 12 February 2022", """
Villagers in Tulamba near Mian Channu stoned and beat to death a man accused of tearing pages of the Koran on
Saturday night and hung his body from a tree, police said.""")

# ---------------------------------------------------------------- agreements, diplomacy, arrests, groups
add("Agreement", "Kurram peace agreement signed by the grand jirga in Kohat, 1 January 2025", """
Elders of the rival tribes of Kurram signed a 14-point peace accord at a grand jirga in Kohat on Wednesday,
agreeing to surrender heavy weapons and demolish their bunkers so that the Thall-Parachinar road can reopen.""")
add("Agreement", "Pakistan-Saudi Arabia Strategic Mutual Defence Agreement, 17 September 2025", """
RIYADH - Pakistan and Saudi Arabia signed a mutual defence pact on Wednesday under which any aggression
against one of them will be treated as aggression against both, the two governments said.""")
add("Agreement", "Uzbekistan-Afghanistan-Pakistan railway framework agreement, Kabul, 17 July 2025", """
Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Kabul on Thursday for the feasibility study
of a railway that would run from Termez through Afghanistan to Peshawar.""")

add("Diplomatic event", "Amir Khan Muttaqi visits New Delhi, October 2025", """
Taliban foreign minister Amir Khan Muttaqi arrived in New Delhi on Thursday for a week-long visit, the first
by a senior minister of the Taliban administration since it returned to power in 2021.""")
add("Diplomatic event", "Ishaq Dar visits Kabul, 19 April 2025", """
Deputy Prime Minister Ishaq Dar met the acting Afghan prime minister, Mullah Hassan Akhund, in Kabul on Saturday
on the first visit by Pakistan's foreign minister since relations soured over""")

add("Arrests", "Arrest of Mahrang Baloch in Quetta, 22 March 2025", """
QUETTA - Police took Baloch Yakjehti Committee leader Mahrang Baloch and more than a dozen activists into custody
early on Saturday, hours after their sit-in outside the University of Balochistan was broken up.""")
add("Arrests", "Taliban detain Peter and Barbie Reynolds, Bamyan, February 2025", """
A British couple in their seventies who have run training projects in Afghanistan for almost two decades have
been detained by the Taliban together with an American friend, their family said.""")

add("Change to group/activity", "Hamas names Yahya Sinwar its leader, 6 August 2024", """
Hamas named Yahya Sinwar, its chief in Gaza and the planner of the October 7 attack, as its overall leader on
Tuesday, replacing Ismail Haniyeh, who was killed in Tehran last week.""",
    note="attacks and a killing told as background of a leadership change")
add("Change to group/activity", "Gohar Ali Khan elected PTI chairman, 2 December 2023", """
Barrister Gohar Ali Khan was elected unopposed as chairman of Pakistan Tehreek-e-Insaf in intra-party polls on
Saturday, standing in for the jailed Imran Khan, who was barred from contesting.""")

add("Disrupted weapons use", "US C-RAM intercepts rockets fired at Kabul airport, 30 August 2021", """
As many as five rockets fired at Kabul airport early on Monday were intercepted by a U.S. missile defence
system, a U.S. official said; the rockets had been launched from the back of a car.""")
add("Disrupted weapons use", "USS Carney shoots down Houthi missiles and drones, 19 October 2023", """
The destroyer USS Carney shot down three land-attack cruise missiles and several drones launched by the Houthis
in Yemen and heading north over the Red Sea, the Pentagon said on Thursday.""")
add("Other", "Taliban cut internet and phone networks across Afghanistan, 29 September 2025", """
Afghanistan was cut off from the internet on Monday evening after the Taliban ordered fibre-optic connections shut
down across the country, leaving banks, flights and mobile phones without service, a monitoring group said.""",
    note="a nationwide shutdown ordered by the de facto authorities: ACLED's 'Other' strategic development")

add("Headquarters or base established", "Turkey opens its military training base in Mogadishu, 30 September 2017",
    """
Turkey opened its largest overseas military training base in Mogadishu on Saturday, where it says some ten
thousand Somali soldiers will be trained.""")

add("Looting/property destruction", "Taliban burn musical instruments in Herat, July 2023", """
Officials of the Taliban's vice and virtue ministry in Herat piled up guitars, harmoniums, tablas and amplifiers
seized from wedding halls and set them on fire, saying music leads young people astray.""")
add("Looting/property destruction", "Minarets of an Ahmadi place of worship demolished in Karachi, February 2023",
    """
Men who forced their way into an Ahmadi place of worship in Karachi's Saddar broke down its minarets with
hammers, the community said, the latest of several such incidents in the city this year.""")

# ---------------------------------------------------------------- territory
add("Non-violent transfer of territory", "Kalbajar handed to Azerbaijan, 25 November 2020", """
Azerbaijani army units entered Kalbajar district on Wednesday, the second of three districts Armenia agreed to
return under the Moscow-brokered ceasefire, after ethnic Armenian villagers burned their homes and left.""",
    note="houses burned by their own owners as they leave: not property destruction by an actor")

add("Government regains territory", "Rwandan and Mozambican troops retake Mocimboa da Praia, 8 August 2021", """
Rwandan and Mozambican troops have recaptured the port town of Mocimboa da Praia, held by Islamic State-linked
insurgents for a year, Rwanda's army said on Sunday.""")
add("Government regains territory", "Russia retakes Sudzha in the Kursk region, March 2025", """
Russia's defence ministry said on Thursday its troops had retaken Sudzha, the largest town Ukrainian forces had
held in the Kursk region since their incursion last August.""")

add("Non-state actor overtakes territory", "Taliban take Zaranj, 6 August 2021", """
Taliban fighters overran Zaranj, the capital of Nimroz on the Iranian border, on Friday, the first provincial
capital to fall to the insurgents since foreign troops began to leave.""")
add("Non-state actor overtakes territory", "HTS-led rebels take Aleppo, 30 November 2024", """
Rebels led by Hayat Tahrir al-Sham swept into most of Aleppo on Saturday, taking government buildings and the
citadel after the army withdrew, a war monitor said.""")
add("Non-state actor overtakes territory", "Militants hold Zehri town, Khuzdar, January 2025", """
Armed men took control of the town of Zehri in Khuzdar district for several hours, occupying the levies
station, a bank and government offices, local officials said.""")

# ---------------------------------------------------------------- crime, disasters
add("Organized crime", "Crackdown on sugar and currency smuggling across the Afghan border, September 2023", """
Customs officers and the Frontier Corps seized trucks loaded with sugar bound for Afghanistan and detained
dozens of suspected smugglers and currency dealers in Peshawar and Quetta, as the caretaker government widened
its crackdown on smuggling.""")
add("Organized crime", "Heroin seized at Mundra port, Gujarat, September 2021", """
Indian customs officers found nearly three tonnes of heroin in two containers at Mundra port in Gujarat that had
been declared as talc stones shipped from Afghanistan, officials said.""")

add("Natural disaster", "Kunar earthquake, 31 August 2025", """
JALALABAD - Rescuers dug through collapsed mud-brick houses in Kunar's mountain villages on Monday after a
magnitude 6.0 quake struck near the Pakistani border late on Sunday, killing more than 800 people, the Taliban
administration said.""")
add("Natural disaster", "Buner cloudburst flash floods, 15 August 2025", """
Flash floods set off by a cloudburst swept through villages in Buner on Friday, killing scores of people and
washing away houses, shops and cars, rescue officials said.""")

add("Man-made disaster", "Sher Shah sewer-gas explosion, Karachi, 18 December 2021", """
KARACHI - At least 14 people were killed when a blast ripped through a bank building in Sher Shah on Saturday.
Police said gas that had built up in a sewage drain beneath the building was the likely cause and ruled out
sabotage.""", note="an accident told first as a blast")
add("Man-made disaster", "Bus fire near Nooriabad, Karachi-Hyderabad motorway, October 2022", """
Eighteen people, twelve of them children, burned to death when a bus carrying families returning home after the
floods caught fire on the motorway near Nooriabad, police said.""")
add("Man-made disaster", "Air India flight 171 crash, Ahmedabad, 12 June 2025", """
Air India jet bound for London crashes into medical college hostel moments after take-off from Ahmedabad; 241
on board killed""")

# ---------------------------------------------------------------- claims
add("Attribution of responsibility", "ISKP claims the JUI-F convention bombing in Bajaur, 31 July 2023", """
Islamic State's Khorasan branch said one of its fighters set off the explosives at Sunday's Jamiat Ulema-e-Islam
convention in Bajaur, in a claim posted on its Amaq channel on Monday.""")
add("Attribution of responsibility", "BLA claims the Quetta railway station bombing, 9 November 2024", """
The outlawed Baloch Liberation Army has claimed responsibility for Saturday's blast at Quetta railway station,
saying its Majeed Brigade had targeted army personnel waiting on the platform.""")

add("Sexual violence", "Lahore-Sialkot motorway gang rape, 9 September 2020", """
A woman was raped in front of her children by two men who pulled her from her car after it ran out of fuel on
the Lahore-Sialkot motorway late on Wednesday, police said.""")

# ---------------------------------------------------------------- armed clashes
add("Armed clash", "Hassan Khel infiltration, North Waziristan, April 2025 (ISPR wording)", """
RAWALPINDI, April 27 - Security forces intercepted a group of khwarij trying to infiltrate from Afghanistan in
the general area of Hassan Khel, North Waziristan, and in a precise engagement sent fifty-four of them to hell,
the ISPR said, describing them as members of the Indian-sponsored Fitna al Khawarij.""",
    note="a state's operation with fire exchanged: Armed clash, as ACLED codes it")
add("Armed clash", "Afghan-Pakistani border fighting, night of 11/12 October 2025 (Taliban MoD wording)", """
The Islamic Emirate's Ministry of National Defence said its forces had carried out successful retaliatory
operations against Pakistani security posts along the Durand Line overnight, after Pakistani violations of Afghan
airspace; Pakistan's army said 23 of its soldiers had embraced shahadat in the fighting.""")
add("Armed clash", "Iranian border guards and Taliban forces clash at Sasuli, 27 May 2023", """
Iranian border guards and Taliban forces traded fire on the frontier between Iran's Sistan-Baluchestan province
and Afghanistan's Nimroz on Saturday; two Iranian guards and one Taliban fighter were killed.""")
add("Armed clash", "Tribal fighting in Kurram after the convoy ambush, November 2024", """
Fighting between rival tribes in Kurram went on into Tuesday, with heavy weapons fired in Bagan,
Alizai and nearby villages, bringing to dozens the number of dead since Thursday's ambush on a convoy.""",
    note="an attack told as background of the clashes it set off")
add("Armed clash", "Attack on the Zhob garrison, 12 July 2023 (ISPR wording)", """
Nine soldiers embraced shahadat when heavily armed terrorists attacked the Zhob garrison early on Wednesday and
were engaged by troops on duty, the ISPR said; several of the attackers were killed in the exchange of fire.""",
    note="an attack on a garrison that became a firefight: Armed clash, not Attack (judgement call)")
add("Armed clash", "Taliban raid an ISKP hideout in Kabul after the Eid Gah mosque bombing, 4 October 2021", """
Zabihullah Mujahid said Islamic Emirate forces had raided a hideout of the Khawarij in the north of Kabul on
Sunday night, hours after the bombing at the Eid Gah mosque, and that the cell had been destroyed.""",
    note="a state's raid on ISKP ('Khawarij'); the mosque bombing is background")

# ---------------------------------------------------------------- air and drone strikes
add("Air/drone strike", "US drone strike in Kabul that killed Zemari Ahmadi's family, 29 August 2021", """
A U.S. drone strike on a car parked in a residential street of Kabul on Sunday killed ten members of one family,
seven of them children, relatives said; the Pentagon said it had hit a suspected suicide bomber.""")
add("Air/drone strike", "Pakistani air strikes in Khost and Paktika, 18 March 2024", """
Zabihullah Mujahid said Pakistani aircraft bombed civilian homes in Khost and Paktika before dawn on Monday,
killing eight people, all of them women and children, and warned of consequences.""")
add("Air/drone strike", "Israeli strike kills Hassan Nasrallah, Beirut, 27 September 2024", """
Israeli jets dropped dozens of bunker-busting bombs on Hezbollah's underground headquarters in Beirut's southern
suburbs on Friday, killing the group's leader, Hassan Nasrallah, the Israeli military said.""")
add("Air/drone strike", "Pakistan's 'Marg Bar Sarmachar' strikes in Sistan-Baluchestan, 18 January 2024", """
Pakistan said it had struck hideouts of Baloch separatist groups inside Iran's Sistan-Baluchestan province early
on Thursday with killer drones, rockets and loitering munitions, two days after Iranian missiles hit a village in
Panjgur.""", note="an earlier missile strike told as background")
add("Air/drone strike", "US drone strike on an ISKP planner in Nangarhar, 27 August 2021", """
US drone strike in Nangarhar kills Islamic State 'planner', Pentagon says, a day after airport bombing""")

# ---------------------------------------------------------------- suicide bombings
add("Suicide bomb", "Kunduz Shia mosque bombing, 8 October 2021", """
A bomber mingled with worshippers at Friday prayers in a Shia mosque in Kunduz before detonating his explosive
vest, killing dozens of people, a Taliban official said.""")
add("Suicide bomb", "Islamabad district judicial complex bombing, 11 November 2025", """
ISLAMABAD - Twelve people were killed on Tuesday when an attacker, who police said had waited outside the gate of
the district courts in G-11 for several minutes, blew himself up beside a police vehicle.""")
add("Suicide bomb", "Mastung Eid Milad-un-Nabi procession bombing, 29 September 2023", """
More than fifty people gathered for a procession marking the Prophet's birthday were killed in Mastung on Friday
when a bomber blew himself up near the car of a deputy superintendent of police.""")
add("Suicide bomb", "Kaaj education centre bombing, Kabul, 30 September 2022", """
The attacker, the police spokesman said, first shot the guards and then, once inside the hall where hundreds of
students, most of them Hazara girls, were sitting a practice exam in Dasht-e-Barchi, blew himself up.""")
add("Suicide bomb", "Kerman bombings at Qassem Soleimani's tomb, 3 January 2024", """
Two explosions tore through crowds marking the anniversary of Qassem Soleimani's killing near his tomb in Kerman
on Wednesday; Islamic State later said two of its members had detonated explosive belts.""")

# ---------------------------------------------------------------- shelling, rockets, missiles
add("Shelling/artillery/missile attack", "Russian missile strike on the Okhmatdyt children's hospital, Kyiv, "
    "8 July 2024", """
A Russian missile struck Ukraine's largest children's hospital in Kyiv on Monday during one of the heaviest
daytime barrages on the capital in months, Ukrainian officials said.""")
add("Shelling/artillery/missile attack", "Rocket strike on the Majdal Shams football pitch, 27 July 2024", """
Twelve children and teenagers were killed when a rocket hit a football pitch in Majdal Shams in the
Israeli-occupied Golan Heights on Saturday; Israel blamed Hezbollah, which denied firing it.""")
add("Shelling/artillery/missile attack", "Pakistani shelling of Poonch town, 7 May 2025", """
Pakistani troops shelled Poonch town across the Line of Control on Wednesday, killing at least twelve civilians
and damaging a gurdwara, Indian officials said, hours after India's missile strikes on Pakistan.""",
    note="strikes told as background of the shelling")

# ---------------------------------------------------------------- IEDs
add("Remote explosive/landmine/IED", "IED blast kills the assistant commissioner of Nawagai, Bajaur, 2 July 2025", """
The assistant commissioner of Nawagai and a tehsildar were among five people killed when a bomb planted by the
roadside went off as their vehicle passed in Bajaur on Wednesday, police said.""")
add("Remote explosive/landmine/IED", "Bombing near a girls' school in Mastung, 1 November 2024", """
At least seven people, five of them schoolchildren, were killed in Mastung on Friday when a bomb fitted to a
motorcycle went off near a police van parked outside a girls' school.""")
add("Remote explosive/landmine/IED", "Roadside bombs against Taliban vehicles in Jalalabad, 18 September 2021", """
Three blasts in Jalalabad on Saturday struck vehicles carrying Taliban fighters, killing at least two people,
witnesses said; no group said it was behind them.""")
add("Remote explosive/landmine/IED", "Jaffar Express derailed by a track bomb near Jacobabad, June 2025", """
Several coaches of the Quetta-bound Jaffar Express came off the rails near Jacobabad after an explosive device
planted on the track went off as the train passed, railway officials said.""")
add("Remote explosive/landmine/IED", "Bombs on two minibuses in Mazar-i-Sharif, 28 April 2022", """
Bombs hidden in two passenger minibuses went off minutes apart in Mazar-i-Sharif on Thursday, killing at least
nine people, most of them Shia Hazaras on their way home from work.""")

# ---------------------------------------------------------------- grenades
add("Grenade", "Grenade attack on the Thakurdwara temple, Amritsar, 15 March 2025", """
Two men on a motorcycle lobbed a grenade at a temple in Amritsar's Khandwala area in the early hours of
Saturday, damaging its front wall; no one was hurt, police said.""")
add("Grenade", "Grenade attack on the Awami League rally in Dhaka, 21 August 2004", """
Grenades hurled at an Awami League rally in Dhaka on Saturday killed at least a dozen people and wounded the
opposition leader, Sheikh Hasina, party officials said.""")

# ---------------------------------------------------------------- attacks
add("Attack", "Crocus City Hall attack, near Moscow, 22 March 2024", """
Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall outside Moscow on Friday evening and
then set the building alight, killing dozens of people.""")
add("Attack", "Passengers killed at Rarasham, Musakhel, 26 August 2024", """
Armed men stopped buses and trucks on the highway in Musakhel district of Balochistan early on Monday, checked
passengers' identity cards and shot dead twenty-three men from Punjab, the deputy commissioner said.""")
add("Attack", "Pahalgam attack at Baisaran meadow, 22 April 2025", """
Militants came out of the pine forest above Pahalgam on Tuesday afternoon and shot dead twenty-six men, most of
them tourists, in a meadow that can only be reached on foot or by pony.""")
add("Attack", "Bamyan shooting of foreign tourists, 17 May 2024", """
Three Spanish tourists and three Afghans were shot dead in Bamyan on Friday when gunmen opened fire on a group of
foreigners visiting the market, the Taliban's interior ministry said.""")

# ---------------------------------------------------------------- abductions
add("Abduction/forced disappearance", "Atomic Energy Commission workers kidnapped, Lakki Marwat, 9 January 2025", """
Gunmen stopped a vehicle carrying employees of the Atomic Energy Commission in the Qabul Khel area of Lakki Marwat
on Thursday and took more than a dozen of them away, police said.""")
add("Abduction/forced disappearance", "Kuriga school kidnapping, Kaduna state, 7 March 2024", """
Gunmen on motorbikes seized more than 280 pupils and teachers from a school in Kuriga, in Nigeria's Kaduna
state, on Thursday morning, residents said.""")
add("Abduction/forced disappearance", "Abduction of Mark Frerichs in Kabul, January 2020", """
US contractor missing in Kabul, believed held by Haqqani network""")

# ---------------------------------------------------------------- chemical weapons
add("Chemical weapon", "Chlorine attack on Douma, 7 April 2018", """
Chlorine released from a gas cylinder that fell onto a block of flats in Douma killed dozens of people on
Saturday, medics and rescue workers in the besieged town said.""")

if __name__ == "__main__":
    write_set(HERE / "case_blind3_eval.jsonl", R, expected=80)
