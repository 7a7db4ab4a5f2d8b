"""Build case_blind_eval.jsonl: short wire snippets in CASE 2021's style, written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/case_blind/build_case_blind.py` after an edit.
Each record: id, style ("case"), text, published, gold (category and is_attack as in the CASE dev file),
origin (the real event).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from set_io import case_is_attack, write_set  # noqa: E402

R = []


def add(category, event, text, published=None):
    is_attack = case_is_attack(category)
    R.append({"id": f"cb-{len(R) + 1:02d}", "style": "case", "text": " ".join(text.split()), "published": published,
              "gold": {"category": category, "is_attack": is_attack}, "origin": {"event": event}})


# ---------------------------------------------------------------- protests
add("Peaceful protest", "Quetta Hazara sit-in with the coffins of the Machh miners, January 2021", """
Members of the Hazara community continued their sit-in on the Western Bypass in Quetta for a fifth day on
Wednesday, sitting beside the coffins of the coal miners and saying they would not bury them until the prime
minister came to meet them.""")
add("Peaceful protest", "Gwadar 'Haq Do Tehreek' sit-in and women's rally, November 2021", """
Thousands of women marched through Gwadar on Monday in support of the month-long sit-in led by Maulana Hidayat
ur Rehman, chanting against illegal trawling and the many checkposts in the port city.""")
add("Peaceful protest", "Nationwide traders' strike against electricity bills, Pakistan, 2 September 2023", """
Traders across Pakistan pulled down their shutters on Saturday in a strike called against inflated electricity
bills and fuel prices, with markets closed in Lahore, Karachi and Peshawar.""")
add("Peaceful protest", "Indian farmers' protest camps at Delhi's borders, 2020-21", """
Tens of thousands of farmers camped on highways at the edges of New Delhi for another week, demanding that the
government repeal three agricultural laws they say will leave them at the mercy of private buyers.""")
add("Peaceful protest", "PTM jirga in Khyber district, October 2024", """
The Pashtun Tahaffuz Movement opened its three-day jirga in Khyber district on Friday, where tribal elders and
activists gathered to discuss the presence of militants and soldiers in their areas.""")

add("Protest with intervention", "Islamabad police use water cannon on the Baloch long march, December 2023", """
Police in Islamabad used water cannon and detained more than 200 people, among them women, as marchers from
Balochistan tried to reach the press club late on Wednesday to demand an end to enforced disappearances.""")
add("Protest with intervention", "Taliban disperse a women's march in Kabul, 13 August 2022", """
Taliban fighters fired into the air and beat women who were marching outside the education ministry in Kabul on
Saturday, chasing some of them into nearby shops, witnesses said.""")
add("Protest with intervention", "PTI 'Azadi march' met with tear gas, 25 May 2022", """
Police fired tear gas at supporters of former prime minister Imran Khan in Lahore and on the roads into
Islamabad on Wednesday as they tried to remove containers blocking their march on the capital.""")
add("Protest with intervention", "Hong Kong police and the anti-extradition protests, 2019", """
Hong Kong police fired tear gas and rubber bullets at demonstrators outside the Legislative Council on
Wednesday, clearing the roads the protesters had occupied since the morning.""")

add("Excessive force against protesters", "Kharqamar checkpost, North Waziristan, 26 May 2019", """
At least three people were killed when soldiers at the Kharqamar checkpost opened fire on a crowd of Pashtun
Tahaffuz Movement supporters in North Waziristan on Sunday, according to the movement's leaders.""")
add("Excessive force against protesters", "Taliban fire on protesters in Herat, 7 September 2021", """
Two people were shot dead in Herat on Tuesday when Taliban gunmen fired on protesters who had gathered outside
the governor's office, a doctor at the city hospital said.""")
add("Excessive force against protesters", "'Bloody Friday' in Zahedan, Iran, 30 September 2022", """
Iranian security forces opened fire on worshippers protesting after Friday prayers in Zahedan, killing dozens of
people, rights groups said.""")
add("Excessive force against protesters", "Myanmar security forces fire on anti-coup protesters, March 2021", """
Security forces in Myanmar shot dead at least 38 protesters across the country on Wednesday, the United Nations
envoy said, the bloodiest day since the coup.""")

add("Violent demonstration", "TLP protests after Saad Rizvi's arrest, April 2021", """
Supporters of the Tehreek-e-Labbaik Pakistan blocked highways and clashed with police in Lahore on Tuesday,
setting vehicles on fire and pelting officers with stones after their leader was arrested.""")
add("Violent demonstration", "9 May 2023 riots after Imran Khan's arrest", """
Enraged supporters of Imran Khan stormed the residence of the Lahore corps commander on Tuesday evening and set
part of it ablaze, hours after the former prime minister was taken into custody.""")
add("Violent demonstration", "Kenya finance bill protests, 25 June 2024", """
Protesters in Nairobi broke into the parliament complex on Tuesday and set part of the building on fire, as
anger over proposed tax rises spilled onto the streets.""")
add("Violent demonstration", "Azad Kashmir protests over electricity prices, May 2024", """
Demonstrators demanding cheaper flour and electricity threw stones at police in Muzaffarabad and Mirpur on
Saturday and set fire to several vehicles; a police officer was killed in the clashes.""")

add("Mob violence", "Lynching of Priyantha Kumara in Sialkot, 3 December 2021", """
A mob in Sialkot beat to death the Sri Lankan manager of a garment factory on Friday and set his body on fire
after he was accused of blasphemy, police said.""")
add("Mob violence", "Jaranwala church burnings, 16 August 2023", """
A crowd ransacked and set fire to several churches and dozens of Christian homes in Jaranwala on Wednesday after
two Christian men were accused of desecrating the Koran, forcing families to flee into the fields.""")
add("Mob violence", "Tourist lynched in Madyan, Swat, June 2024", """
A mob in Madyan in Swat dragged a visitor accused of desecration out of the police station where he was held,
killed him and burned his body on Thursday night.""")

# ---------------------------------------------------------------- agreements, diplomacy, arrests, groups
add("Agreement", "US-Taliban agreement signed in Doha, 29 February 2020", """
The United States and the Taliban signed a deal in Doha on Saturday under which foreign troops are to leave
Afghanistan within 14 months if the insurgents keep their commitments.""")
add("Agreement", "Government-TLP agreement ending the march, October 2021", """
The government and the banned Tehreek-e-Labbaik Pakistan reached an agreement late on Sunday, ending the group's
march on Islamabad; the terms were not made public.""")
add("Agreement", "TTP-Pakistan indefinite ceasefire, June 2022", """
The Pakistani Taliban announced an indefinite extension of their ceasefire with the government on Thursday after
talks in Kabul mediated by the Afghan Taliban.""")
add("Agreement", "Afghanistan-Pakistan ceasefire agreed in Doha, October 2025", """
Pakistan and Afghanistan agreed on an immediate ceasefire at talks in Doha mediated by Qatar and Turkey, the
Qatari foreign ministry said on Sunday, after a week of deadly border fighting.""")

add("Diplomatic event", "Trilateral China-Pakistan-Afghanistan foreign ministers' meeting, Beijing, May 2025", """
The foreign ministers of China, Pakistan and Afghanistan met in Beijing on Wednesday and agreed to extend the
China-Pakistan Economic Corridor to Afghanistan, China's foreign ministry said.""")
add("Diplomatic event", "Moscow format consultations on Afghanistan, October 2021", """
Russia hosted a Taliban delegation and envoys from nine other countries in Moscow on Wednesday for talks on
Afghanistan's future, calling on the new rulers to form an inclusive government.""")
add("Diplomatic event", "Pakistan-Afghanistan talks in Istanbul, October-November 2025", """
Pakistani and Afghan delegations held a second round of talks in Istanbul on Saturday, with Turkish officials
shuttling between the two sides, a Pakistani official said.""")

add("Arrests", "Arrest of Imran Khan at the Islamabad High Court, 9 May 2023", """
Paramilitary Rangers arrested former prime minister Imran Khan inside the Islamabad High Court premises on
Tuesday in a corruption case, his party said.""")
add("Arrests", "Arrest of education activist Matiullah Wesa, Kabul, March 2023", """
The Taliban arrested Matiullah Wesa, who campaigns for girls' education, in Kabul on Monday, his brother said;
the authorities gave no reason.""")
add("Arrests", "Arrest of MNA Ali Wazir in Peshawar, December 2020", """
Police in Peshawar arrested lawmaker Ali Wazir of the Pashtun Tahaffuz Movement on Wednesday over a speech he
made in Karachi, party officials said.""")

add("Change to group/activity", "TTP ends its ceasefire with the government, 28 November 2022", """
The Pakistani Taliban called off their ceasefire with the government on Monday and told their fighters to carry
out attacks across the country.""")
add("Change to group/activity", "Jamaat-ul-Ahrar rejoins the TTP, August 2020", """
Two breakaway factions, Jamaat-ul-Ahrar and Hizb-ul-Ahrar, announced on Monday that they had rejoined the
Tehreek-e-Taliban Pakistan and pledged allegiance to its chief Noor Wali Mehsud.""")
add("Change to group/activity", "ISKP names Shahab al-Muhajir its new leader, 2020", """
The Islamic State's Khorasan branch has named a new leader, Shahab al-Muhajir, replacing a commander arrested by
Afghan forces in April, the group said in a statement.""")

add("Disrupted weapons use", "Pakistan says it shot down Indian drones, 8 May 2025", """
Pakistan's military said it had brought down 25 Indian drones over several cities overnight, including Lahore and
Rawalpindi, using technical and weapons systems.""")
add("Disrupted weapons use", "Iranian drones and missiles intercepted over Israel, 13-14 April 2024", """
Nearly all of the more than 300 drones and missiles launched by Iran overnight were intercepted by Israel and its
allies before they reached Israeli territory, the army said.""")
add("Disrupted weapons use", "Second World War bomb removed from Plymouth, February 2024", """
Army bomb disposal experts carried an unexploded Second World War bomb found in a Plymouth garden through the
streets and detonated it at sea on Friday, after thousands of residents were evacuated.""")

add("Headquarters or base established", "China opens its base in Djibouti, August 2017", """
China formally opened its first overseas military base in Djibouti on Tuesday, with a flag-raising ceremony
attended by naval officers.""")
add("Headquarters or base established", "ISKP base in Achin, Nangarhar, 2015", """
Fighters loyal to the Islamic State set up their headquarters in the Mamand valley of Achin district in
Nangarhar, local elders said, turning a village school into their base.""")

add("Looting/property destruction", "Mazari statue destroyed in Bamiyan, August 2021", """
A statue of the Hazara leader Abdul Ali Mazari in Bamiyan was blown up days after the Taliban took control of the
province, photos shared online showed.""")
add("Looting/property destruction", "Girls' schools torched in Diamer, August 2018", """
Unidentified men set fire to a dozen schools, most of them for girls, overnight in Diamer district of
Gilgit-Baltistan; no one was hurt as the buildings were empty.""")
add("Looting/property destruction", "Looting in KwaZulu-Natal, July 2021", """
Crowds looted shopping centres and warehouses in Durban for a third day on Tuesday, carrying away food,
appliances and alcohol as police struggled to contain the unrest.""")

# ---------------------------------------------------------------- territory
add("Non-violent transfer of territory", "US forces leave Bagram air base, July 2021", """
The last American troops left Bagram airfield on Friday, handing the base over to the Afghan National Security
and Defence Forces, officials said.""")
add("Non-violent transfer of territory", "Jalalabad handed over without a fight, 15 August 2021", """
The Taliban took control of Jalalabad on Sunday without a fight after the governor surrendered the city on the
advice of tribal elders.""")
add("Non-violent transfer of territory", "Lachin town handed to Azerbaijan, August 2022", """
Azerbaijani troops entered the town of Lachin on Friday after Armenian residents left under the terms of the
truce that ended the 2020 war.""")

add("Government regains territory", "Iraqi forces retake Mosul, July 2017", """
Iraq's prime minister arrived in Mosul on Sunday to congratulate the armed forces on recapturing the city from
Islamic State after nine months of fighting.""")
add("Government regains territory", "Afghan forces retake Kunduz city, October 2015", """
Afghan forces backed by US air power retook the centre of Kunduz from the Taliban on Thursday, three days after
the insurgents overran the city.""")
add("Government regains territory", "Pakistan army takes Miranshah in Zarb-e-Azb, 2014", """
Pakistani troops took full control of Miranshah, the main town of North Waziristan, the army said on Monday,
after clearing it of militants in its ground offensive.""")
add("Government regains territory", "Ukraine retakes Kherson, 11 November 2022", """
Ukrainian soldiers entered the city of Kherson on Friday to cheering residents, after Russia pulled its forces
back across the Dnipro river.""")

add("Non-state actor overtakes territory", "Taliban capture Kunduz city, 8 August 2021", """
The Taliban seized the city of Kunduz on Sunday, including the governor's compound and the police headquarters,
the biggest prize of their offensive so far.""")
add("Non-state actor overtakes territory", "Taliban seize the Spin Boldak crossing, July 2021", """
Taliban fighters captured the Spin Boldak border crossing with Pakistan on Wednesday and raised their flag over
the gate.""")
add("Non-state actor overtakes territory", "M23 takes Goma, January 2025", """
M23 rebels said on Monday they had taken the eastern Congolese city of Goma, after government soldiers and their
allies fled.""")

# ---------------------------------------------------------------- crime, disasters
add("Organized crime", "FIA arrests human smugglers after the Greek boat disaster, June 2023", """
Pakistan's Federal Investigation Agency arrested ten suspected human smugglers linked to the boat that sank off
Greece, as the government promised to break up the trafficking networks.""")
add("Organized crime", "Lyari gang war, Karachi", """
Members of two rival gangs fought running battles in Karachi's Lyari neighbourhood over control of the drug trade
and extortion, residents said.""")
add("Organized crime", "Culiacanazo, Sinaloa cartel, October 2019", """
Sinaloa cartel gunmen blocked roads and set vehicles on fire across Culiacan on Thursday, forcing soldiers to
release Ovidio Guzman, a son of the jailed drug lord.""")

add("Natural disaster", "Herat earthquakes, 7 October 2023", """
Two strong earthquakes struck western Afghanistan on Saturday, flattening villages in Zindajan district of Herat
and killing more than 1,000 people, officials said.""")
add("Natural disaster", "Pakistan floods, August 2022", """
Monsoon floods have killed more than 1,100 people in Pakistan since June and washed away homes, roads and crops,
the disaster management authority said on Monday.""")
add("Natural disaster", "Paktika earthquake, 22 June 2022", """
A magnitude 5.9 earthquake in eastern Afghanistan killed about 1,000 people, most of them in Paktika province,
where mud houses collapsed on sleeping families.""")

add("Man-made disaster", "Baldia factory fire, Karachi, September 2012", """
A fire tore through a garment factory in Karachi's Baldia Town on Tuesday night, killing more than 250 workers
trapped behind locked exits.""")
add("Man-made disaster", "Ahmedpur East oil tanker fire, 25 June 2017", """
An overturned oil tanker exploded near Ahmedpur East on Sunday as people gathered to collect the spilling fuel,
killing more than 140 people.""")
add("Man-made disaster", "PIA flight 8303 crash, Karachi, 22 May 2020", """
A Pakistan International Airlines plane from Lahore crashed into homes near Karachi airport on Friday while
trying to land, killing 97 people on board.""")
add("Man-made disaster", "Beirut port explosion, 4 August 2020", """
A huge blast at Beirut's port on Tuesday, blamed on ammonium nitrate stored for years in a warehouse, killed more
than 100 people and wounded thousands.""")
add("Man-made disaster", "Salang tunnel fuel tanker fire, December 2022", """
At least 19 people died when a fuel tanker caught fire inside the Salang tunnel north of Kabul on Saturday,
officials said.""")

# ---------------------------------------------------------------- claims and attacks
add("Attribution of responsibility", "Islamic State claims the Kabul airport bombing, August 2021", """
Islamic State claimed responsibility on Thursday for the suicide bombing outside Kabul airport, saying through its
Amaq news agency that one of its fighters carried it out.""")
add("Attribution of responsibility", "BLA claims the Jaffar Express hijacking, March 2025", """
The Baloch Liberation Army said on Tuesday it had seized the Jaffar Express in Bolan and was holding its
passengers, in a statement sent to reporters.""")
add("Attribution of responsibility", "TTP claims the Bannu cantonment attack, March 2025", """
A faction allied with the Pakistani Taliban, Jaish al-Fursan, claimed the attack on the Bannu cantonment in a
message to journalists on Wednesday.""")

add("Suicide bomb", "Peshawar police lines mosque bombing, 30 January 2023", """
A suicide bomber blew himself up during afternoon prayers in a mosque inside the police lines in Peshawar on
Monday, killing at least 59 people, most of them policemen.""")
add("Remote explosive/landmine/IED", "Sticky bomb on a minibus in Dasht-e-Barchi, Kabul, 2022", """
A magnetic bomb stuck to a minibus exploded in Kabul's Dasht-e-Barchi area on Saturday, killing four passengers,
police said.""")
add("Air/drone strike", "US drone strike kills Ayman al-Zawahiri, Kabul, 31 July 2022", """
A US drone strike killed al Qaeda leader Ayman al-Zawahiri on the balcony of a house in Kabul, President Biden
said on Monday.""")
add("Shelling/artillery/missile attack", "Chaman border shelling, December 2022", """
At least six civilians were killed in Chaman on Sunday when Afghan border forces fired mortar shells into the
town, Pakistan's military said.""")
add("Grenade", "Grenade attack on the Sunday market in Srinagar, November 2024", """
A grenade thrown at a crowded Sunday market in Srinagar wounded a dozen shoppers, police in Kashmir said.""")
add("Armed clash", "Torkham border clash, September 2023", """
Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Wednesday, leaving the main trade
route between the two countries closed.""")
add("Attack", "Machh coal miners killed, 3 January 2021", """
Gunmen stormed a coal miners' camp in Machh, Balochistan, before dawn on Sunday, tied up eleven Hazara miners and
shot them dead.""")
add("Abduction/forced disappearance", "Judge Shakirullah Marwat abducted, Dera Ismail Khan, October 2024", """
Gunmen stopped a civil judge's car on the road in Tank district and took him away, police said on Saturday.""")
add("Chemical weapon", "Sarin attack in Ghouta, 21 August 2013", """
UN inspectors confirmed that sarin was used in the attack on the Ghouta suburbs of Damascus in August that killed
hundreds of people.""")
add("Armed clash", "Taliban and NRF fighting in Panjshir, September 2021", """
Taliban fighters and forces of the National Resistance Front fought in several districts of Panjshir on Thursday,
with both sides saying they had inflicted heavy losses.""")

if __name__ == "__main__":
    write_set(HERE / "case_blind_eval.jsonl", R, expected=75)
