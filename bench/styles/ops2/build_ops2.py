"""Build ops2_eval.jsonl: 40 team-written operations press releases, written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/ops2/build_ops2.py` after an edit.
Same record layout and gold conventions as `../ops/build_ops.py`: the operating force is the actor,
the group it went after is a target, militants it killed are `killed_perpetrators`, arrests `captured`.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The gold helpers are the ops set's own, so both sets code operations one way.
sys.path.insert(0, str(HERE.parent / "ops"))
from build_ops import g, na, op  # noqa: E402

SEC, AIR = ["security_operation"], ["airstrike"]
R = []


def add(rid, style, published, text, gold, event, note=""):
    R.append({"id": rid, "style": style, "text": "\n".join(" ".join(p.split()) for p in text.strip().split("\n\n")),
              "published": published, "gold": gold, "origin": {"event": event, "note": note}})


# ------------------------------------------------------------ isaf: ISAF / IJC releases, 2009-2013
add("o2-isaf-01", "isaf", "2010-02-13", """
2010-02-CA-019
KABUL, Afghanistan (Feb. 13, 2010)

Afghan National Security Forces and ISAF troops began Operation Moshtarak in the early hours of this morning
in central Helmand province. Helicopters landed combined units in and around Marjah, in Nad Ali district, to
remove the Taliban from one of their last strongholds in the province.

Moshtarak means "together" in Dari. Afghan and ISAF commanders planned the operation jointly and the Afghan
government will lead the work of bringing services to the area once it is secure. Residents were told weeks in
advance to stay in their homes.""",
    op("2010-02-13", "AF", "AF-HEL", "Nad Ali", SEC, "Armed clash", "NATO", "ISAF troops", ["TALIBAN"]),
    "Start of Operation Moshtarak, Marjah, Helmand, 13 Feb 2010", "Launch of a clearing offensive; no figures")

add("o2-isaf-02", "isaf", None, """
2010-02-CA-027
KABUL, Afghanistan (Feb. 14, 2010)

Two rockets fired by a coalition High Mobility Artillery Rocket System struck a compound in Nad Ali district,
Helmand province, today, missing their intended target by about 300 metres. Twelve civilians in the compound
were killed. The system was aimed at insurgents firing on Afghan and ISAF troops during Operation Moshtarak.

General Stanley McChrystal, the ISAF commander, has suspended use of the system pending a review and apologised
to President Karzai for the loss of innocent lives.""",
    op("2010-02-14", "AF", "AF-HEL", "Nad Ali", ["indirect_fire"], "Shelling/artillery/missile attack", "NATO",
       "coalition High Mobility Artillery Rocket System", ["TALIBAN"], killed=12),
    "HIMARS rockets that killed 12 civilians in Marjah, 14 Feb 2010", "Target 'insurgents' read as the Taliban")

add("o2-isaf-03", "isaf", None, """
KABUL, Afghanistan (Feb. 22, 2010) - ISAF regrets that a number of Afghan civilians were killed yesterday when
coalition aircraft fired on a convoy of three vehicles in Uruzgan province. The ground force believed the vehicles
were carrying insurgents moving to attack them. After the strike, the force found women and children among the
dead and took the wounded to medical facilities. Afghan officials say 27 civilians were killed. The ISAF
commander has ordered an investigation.""",
    op("2010-02-21", "AF", "AF-URU", None, AIR, "Air/drone strike", "NATO", "coalition aircraft", [], killed=27),
    "Air strike on minibuses in Uruzgan, 21 Feb 2010", "Toll as the Afghan government gave it")

add("o2-isaf-04", "isaf", None, """
2011-08-CA-012
KABUL, Afghanistan (Aug. 10, 2011)

Coalition forces killed the Taliban insurgents responsible for the Aug. 6 downing of a CH-47 Chinook helicopter
in Wardak province, in which 30 U.S. service members, seven Afghan commandos and an Afghan interpreter died.

After an exhaustive manhunt, coalition forces located the Taliban leader Mullah Mohibullah and the insurgent who
fired the shot as they tried to flee the area. An F-16 struck them in Chak district, Wardak province, on Monday
night, killing both men and several of their associates.""",
    op("2011-08-08", "AF", "AF-WAR", "Chak", AIR, "Air/drone strike", "NATO", "coalition forces", ["TALIBAN"]),
    "Air strike in Chak that killed the Taliban blamed for the Extortion 17 shoot-down, 8 Aug 2011",
    "The 30/7/1 dead of the shoot-down are background (Aug. 6); 'several' is no count")

add("o2-isaf-05", "isaf", "2011-04-17", """
ISAF confirms death of senior al-Qaeda leader in Kunar

KABUL, Afghanistan - ISAF confirmed today that a precision air strike on April 13 killed Abu Hafs al-Najdi, also
known as Abdul Ghani, in Dangam district, Kunar province. He was al-Qaeda's senior leader in Kunar and organised
suicide attacks against Afghan civilians and security forces. A local Taliban associate died in the same strike.""",
    op("2011-04-13", "AF", "AF-KNR", "Dangam", AIR, "Air/drone strike", "NATO", "ISAF", ["AQ"]),
    "Air strike that killed Abu Hafs al-Najdi, Kunar, 13 Apr 2011", "Announcement date simplified")

add("o2-isaf-06", "isaf", None, """
2012-09-CA-016
KABUL, Afghanistan (Sept. 15, 2012)

About 15 insurgents attacked the eastern perimeter of Camp Bastion in Helmand province last night. Dressed in
U.S. Army uniforms and armed with automatic rifles, rocket-propelled grenades and suicide vests, they breached
the fence and destroyed six Harrier jets. Two ISAF service members were killed and nine were wounded.

Coalition forces killed 14 of the insurgents and wounded and detained one. A Taliban spokesman claimed the attack.""",
    g("2012-09-14", "AF", "AF-HEL", "Camp Bastion", ["armed_assault", "suicide_bombing"], "Suicide bomb",
      killed=2, kp=14, injured=9, perp="TALIBAN", cert="claimed", raw="A Taliban spokesman claimed"),
    "Taliban raid on Camp Bastion, night of 14 Sep 2012", "An attack on the force, told by the force")

add("o2-isaf-07", "isaf", None, """
ISAF Joint Command Morning Operational Update March 3, 2011
ISAF Joint Command - Afghanistan 2011-03-S-012 For Immediate Release

KABUL, Afghanistan (March 3, 2011) - An Afghan and coalition security force detained a Taliban leader and two
suspected insurgents in Khan Abad district, Kunduz province, yesterday. The leader supplied the Taliban in the
district with weapons and arranged the movement of fighters from Pakistan.

In Helmand province, a combined force killed two armed insurgents in Nahr-e Saraj district yesterday after they
fired on the force from a compound.

In Paktiya province, a combined force found a weapons cache in Zurmat district containing 40 mortar rounds.""",
    op("2011-03-02", "AF", "AF-KDZ", "Khan Abad", SEC, "Arrests", "NATO", "Afghan and coalition security force",
       ["TALIBAN"], captured=3),
    "IJC morning update, 3 Mar 2011: several operations", "Typical of IJC's daily updates; the operations are "
    "illustrative. Gold codes the lead one (Kunduz)")

add("o2-isaf-08", "isaf", None, """
KABUL, Afghanistan (Oct. 1, 2011) - Afghan and coalition forces captured Haji Mali Khan, a senior commander of the
Haqqani network, during an operation in Jani Khel district, Paktiya province, on Tuesday. Mali Khan is the uncle
of Sirajuddin Haqqani and ran the network's fighters, money and supplies in the area. He was detained with his
bodyguard and several other insurgents without a shot being fired.""",
    op("2011-09-27", "AF", "AF-PIA", "Jani Khel", SEC, "Arrests", "NATO", "Afghan and coalition forces",
       ["HAQQANI"]),
    "Capture of Haji Mali Khan, Paktiya, Sep 2011", "Day of the capture simplified to the Tuesday before the release")

add("o2-isaf-09", "isaf", "2009-09-04", """
KABUL, Afghanistan (Sept. 4, 2009) - An ISAF air strike early this morning destroyed two fuel tankers that
Taliban insurgents had hijacked on the road from Tajikistan. The tankers were stuck in the Kunduz river near the
village of Omar Khel in Chahar Dara district, Kunduz province. A large number of insurgents were killed. ISAF is
aware of reports that civilians were among the dead and has sent a team to assess.""",
    op("2009-09-04", "AF", "AF-KDZ", "Chahar Dara", AIR, "Air/drone strike", "NATO", "ISAF", ["TALIBAN"]),
    "Kunduz tanker air strike, 4 Sep 2009", "No figure in the release")

add("o2-isaf-10", "isaf", "2011-03-02", """
KABUL, Afghanistan - ISAF helicopters engaged a group of people in Darah-ye Pech district, Kunar province,
yesterday after the base at Asadabad had come under rocket fire. Nine boys who were collecting firewood on the
mountainside were killed. General David Petraeus apologised to the Afghan people and said the mistake should
never have happened.""",
    op("2011-03-01", "AF", "AF-KNR", "Darah-ye Pech", AIR, "Air/drone strike", "NATO", "ISAF helicopters", [],
       killed=9),
    "Helicopter strike that killed nine boys in Kunar, 1 Mar 2011", "The rocket fire on the base is background")

add("o2-isaf-11", "isaf", "2011-05-08", """
KABUL, Afghanistan - Afghan National Security Forces, supported by ISAF, repelled coordinated attacks by
insurgents on government buildings in Kandahar City yesterday. Insurgents fired rockets and rifles at the
governor's compound and the intelligence headquarters and several suicide bombers blew themselves up. The fighting
lasted into the night. The Taliban said the attacks were part of their spring offensive.""",
    g("2011-05-07", "AF", "AF-KAN", "Kandahar", ["armed_assault", "suicide_bombing"], "Suicide bomb",
      perp="TALIBAN", cert="claimed", raw="The Taliban said the attacks were part of their spring offensive"),
    "Taliban attacks on government buildings in Kandahar City, 7 May 2011", "No figures given")

add("o2-isaf-12", "isaf", None, """
KABUL, Afghanistan (Sept. 16, 2012) - An ISAF air strike in Alingar district, Laghman province, early this
morning killed several civilians. The aircraft struck what the ground force believed to be a group of insurgents.
Local officials say eight women and girls who were gathering firewood died. ISAF has opened an investigation.""",
    op("2012-09-16", "AF", "AF-LAG", "Alingar", AIR, "Air/drone strike", "NATO", "ISAF", [], killed=8),
    "Air strike that killed eight women and girls in Alingar, 16 Sep 2012", "Toll as local officials gave it")

add("o2-isaf-13", "isaf", None, """
ISAF Joint Command - Afghanistan
2012-06-S-031
KABUL, Afghanistan (June 12)

In Regional Command (East), an Afghan and coalition security force killed a Taliban leader and two of his fighters
in Andar district, Ghazni province, last night. The leader planned roadside bomb attacks on the main highway.

In Regional Command (South), a combined force detained a Taliban weapons facilitator in Maiwand district,
Kandahar province.""",
    op("2012-06-11", "AF", "AF-GHA", "Andar", SEC, "Armed clash", "NATO", "Afghan and coalition security force",
       ["TALIBAN"], kp=None),
    "RC(East) update, June 2012", "Illustrative of IJC updates of the month. Dateline has no year: it comes from the "
    "release number. Lead operation coded; three killed not written as one number")

add("o2-isaf-14", "isaf", "2011-10-20", """
Combined force captures IMU facilitator in Takhar

KABUL, Afghanistan - An Afghan and coalition security force captured an Islamic Movement of Uzbekistan facilitator
in Taloqan district, Takhar province, today. The facilitator moved foreign fighters and weapons into northern
Afghanistan for the IMU. The force also detained two suspected insurgents.""",
    op("2011-10-20", "AF", "AF-TAK", "Taloqan", SEC, "Arrests", "NATO", "Afghan and coalition security force",
       ["IMU"], captured=3),
    "IMU facilitator captured in Takhar, Oct 2011", "Illustrative of IJC releases on the IMU in Takhar that year")

add("o2-isaf-15", "isaf", None, """
KABUL, Afghanistan (March 16, 2012) - An ISAF helicopter crashed into a house on the outskirts of Kabul this
morning, killing twelve Turkish soldiers on board and two civilians on the ground. There was no enemy activity in
the area and the cause is under investigation.""",
    na("Man-made disaster"),
    "Crash of a Turkish Sikorsky in Kabul, 16 Mar 2012", "An accident, not an attack")

# ------------------------------------------------------------ rs: Resolute Support / US DoD on Afghanistan
add("o2-rs-01", "rs", "2016-08-12", """
WASHINGTON, Aug. 12, 2016 - The leader of the Islamic State's Khorasan Province, Hafiz Saeed Khan, was killed in a
U.S. air strike in Kot district, Nangarhar province, on July 26, a Pentagon spokesman said today. Khan had led
ISIS-K since it was founded and had recruited fighters from the Pakistani Taliban.""",
    op("2016-07-26", "AF", "AF-NAN", "Kot", AIR, "Air/drone strike", "US", "U.S. air strike", ["ISKP"]),
    "US strike that killed Hafiz Saeed Khan, Nangarhar, 26 Jul 2016")

add("o2-rs-02", "rs", "2017-05-07", """
KABUL, Afghanistan (May 7, 2017) - U.S. Forces-Afghanistan confirmed that Abdul Hasib, the emir of ISIS-K, was
killed in a joint raid by Afghan and U.S. special operations forces in the Mohmand Valley of Achin district,
Nangarhar province, on April 27. About 35 ISIS-K fighters, including several senior leaders, were killed in the
three-hour firefight. Two U.S. Army Rangers were killed in the raid.""",
    op("2017-04-27", "AF", "AF-NAN", "Achin", SEC, "Armed clash", "US", "U.S. Forces-Afghanistan", ["ISKP"],
       kp=35, killed=2),
    "Raid that killed Abdul Hasib, Achin, 27 Apr 2017")

add("o2-rs-03", "rs", None, """
KABUL, Afghanistan (Oct. 5, 2015) - General John Campbell, commander of Resolute Support, said today that Afghan
forces in Kunduz city had asked for air support after coming under fire from the Taliban, and that a U.S. air
strike on Saturday struck the Doctors Without Borders hospital by mistake. The aid group says 22 people, twelve of
its staff and ten patients, were killed. "We would never intentionally target a protected medical facility,"
Campbell said.""",
    op("2015-10-03", "AF", "AF-KDZ", "Kunduz", AIR, "Air/drone strike", "US", "U.S. air strike", [], killed=22),
    "US AC-130 strike on the MSF hospital in Kunduz, 3 Oct 2015")

add("o2-rs-04", "rs", None, """
KABUL, Afghanistan (Dec. 2, 2018) - Resolute Support confirmed that the Taliban's shadow governor for Helmand,
Mullah Abdul Manan, was killed in a U.S. air strike in Nawa-i-Barakzayi district on Saturday. Manan directed the
Taliban's attacks on Lashkar Gah and the checkpoints around it.""",
    op("2018-12-01", "AF", "AF-HEL", "Nawa-i-Barakzayi", AIR, "Air/drone strike", "US", "U.S. air strike",
       ["TALIBAN"]),
    "US strike that killed the Taliban's Helmand shadow governor, 1 Dec 2018", "District as we remember it")

add("o2-rs-05", "rs", "2020-03-04", """
U.S. forces conducted an air strike today against Taliban fighters in Nahr-e Saraj district, Helmand province, who
were actively attacking a checkpoint of the Afghan National Defense and Security Forces, a spokesman for U.S.
Forces-Afghanistan said. It was a defensive strike to disrupt the attack. The spokesman called on the Taliban to
stop needless attacks and uphold their commitments under the agreement signed in Doha on Saturday.""",
    op("2020-03-04", "AF", "AF-HEL", "Nahr-e Saraj", AIR, "Air/drone strike", "US", "U.S. forces", ["TALIBAN"]),
    "First US strike on the Taliban after the Doha agreement, Helmand, 4 Mar 2020",
    "Lead event is the strike; the Taliban's attack on the checkpoint is the reason for it")

add("o2-rs-06", "rs", "2018-04-09", """
KABUL, Afghanistan - Qari Hekmat, the ISIS-K commander in northern Afghanistan, was killed in a U.S. air strike in
Darzab district, Jowzjan province, on Thursday, Resolute Support said today. Hekmat had left the Taliban to join
ISIS-K and his fighters were accused of killing civilians in Darzab and Qush Tepa.""",
    op("2018-04-05", "AF", "AF-JOW", "Darzab", AIR, "Air/drone strike", "US", "U.S. air strike", ["ISKP"]),
    "US strike that killed Qari Hekmat, Jowzjan, 5 Apr 2018")

# ------------------------------------------------------------ mod: Afghan MoD / MoI / NDS, 2015-2021
add("o2-mod-01", "mod", None, """
KABUL, 2 April 2018 - The Ministry of Defence said today that Afghan Air Force helicopters struck a Taliban
gathering at a religious school in Dasht-e-Archi district, Kunduz province, killing 21 Taliban fighters, among
them members of the Quetta Shura who were planning attacks on Kunduz city. The ministry denied reports that
civilians were among the dead; residents say dozens of boys at a graduation ceremony were killed.""",
    op("2018-04-02", "AF", "AF-KDZ", "Dasht-e-Archi", AIR, "Air/drone strike", "AFG_GOV", "Afghan Air Force",
       ["TALIBAN"], kp=21),
    "Afghan Air Force strike on a madrasa in Dasht-e-Archi, 2 Apr 2018", "The ministry's figure of Taliban dead")

add("o2-mod-02", "mod", "2020-10-25", """
The National Directorate of Security said that Abu Muhsin al-Masri, a senior al-Qaeda leader on the FBI's most
wanted list, was killed in a special operation in Andar district of Ghazni province. Al-Masri was al-Qaeda's
number two in the Indian subcontinent, the directorate said.""",
    op(None, "AF", "AF-GHA", "Andar", SEC, "Armed clash", "AFG_GOV", "National Directorate of Security", ["AQ"]),
    "NDS operation that killed Abu Muhsin al-Masri, Ghazni, Oct 2020", "No day of the operation in the text")

add("o2-mod-03", "mod", "2020-04-04", """
KABUL, 4 April 2020 - The National Directorate of Security arrested Aslam Farooqi, the leader of the Islamic
State Khorasan Province, in a complex operation in Kandahar province today, along with 19 other members of the
group. Farooqi, a Pakistani from Orakzai, had led ISKP since last year.""",
    op("2020-04-04", "AF", "AF-KAN", "Kandahar", SEC, "Arrests", "AFG_GOV", "National Directorate of Security",
       ["ISKP"], captured=20),
    "Arrest of ISKP leader Aslam Farooqi, Kandahar, Apr 2020")

add("o2-mod-04", "mod", None, """
KABUL, 21 January 2018 - Gunmen stormed the Intercontinental Hotel in Kabul last night and fought security forces
for more than twelve hours, Interior Ministry spokesman Najib Danish said. Eighteen people were killed, fourteen of
them foreigners, and the attackers were all killed by special forces. The Taliban claimed responsibility.""",
    g("2018-01-20", "AF", "AF-KAB", "Intercontinental Hotel", ["armed_assault"], "Armed clash", killed=18,
      perp="TALIBAN", cert="claimed", raw="The Taliban claimed responsibility"),
    "Intercontinental Hotel attack, Kabul, night of 20 Jan 2018", "Early Interior Ministry toll")

add("o2-mod-05", "mod", "2020-10-14", """
The Ministry of Defence said that more than 200 Taliban fighters had been killed in Helmand province over the past
four days in operations and air strikes by the Afghan forces, after the Taliban launched attacks around Lashkar Gah.
The ministry said the Afghan forces also cleared the Nad Ali road.""",
    op(None, "AF", "AF-HEL", "Lashkar Gah", SEC, "Armed clash", "AFG_GOV", "Afghan forces", ["TALIBAN"]),
    "Afghan operations around Lashkar Gah, Oct 2020", "A four-day total: no date, no count")

add("o2-mod-06", "mod", None, """
LASHKAR GAH, Feb. 10, 2015 - Mullah Abdul Rauf Khadim, a former Taliban commander who had started recruiting for
the Islamic State in southern Afghanistan, was killed in a drone strike in Kajaki district on Monday, the deputy
governor of Helmand said. Five of his men died with him. The deputy governor said the strike was carried out by
NATO forces.""",
    op("2015-02-09", "AF", "AF-HEL", "Kajaki", AIR, "Air/drone strike", "NATO", "NATO forces", ["ISKP"],
       cert="attributed"),
    "Drone strike that killed Abdul Rauf Khadim, Helmand, 9 Feb 2015", "Attributed by a provincial official")

add("o2-mod-07", "mod", "2021-06-20", """
The Ministry of Defence said that in the past 24 hours the Afghan National Defense and Security Forces conducted
operations in Kandahar, Faryab, Balkh, Zabul and Laghman provinces, killing 181 Taliban fighters and wounding 53.
The forces also defused 24 roadside bombs, the ministry said.""",
    op(None, "AF", "AF-KAN", None, SEC, "Armed clash", "AFG_GOV", "Afghan National Defense and Security Forces",
       ["TALIBAN"], kp=181),
    "MoD daily figures, June 2021", "Illustrative of the ministry's daily statements; several provinces, the first "
    "named is coded")

# ------------------------------------------------------------ ispr: ISPR, 2009-2025
add("o2-ispr-01", "ispr", "2009-10-17", """
RAWALPINDI, October 17, 2009: Security forces launched operation Rah-e-Nijat against the Tehrik-i-Taliban Pakistan
in South Waziristan Agency today. Troops are advancing on three axes from Jandola, Razmak and Shakai. The
terrorists had used the area as a base for suicide attacks across the country.""",
    op("2009-10-17", "PK", "PK-KP", "South Waziristan", SEC, "Armed clash", "PAK_GOV", "Security forces", ["TTP"]),
    "Start of Rah-e-Nijat, South Waziristan, 17 Oct 2009")

add("o2-ispr-02", "ispr", "2014-06-15", """
On the directions of the government, the Armed Forces of Pakistan have launched a comprehensive operation against
foreign and local terrorists hiding in sanctuaries in North Waziristan Agency. The operation has been named
Zarb-e-Azb. Terrorists had waged war against the state and disrupted normal life, and used the area to plan
attacks such as the one on Jinnah International Airport in Karachi a week ago.""",
    op("2014-06-15", "PK", "PK-KP", "North Waziristan", SEC, "Armed clash", "PAK_GOV", "Armed Forces of Pakistan",
       []),
    "Launch of Zarb-e-Azb, North Waziristan, 15 Jun 2014", "The Karachi airport attack is background")

add("o2-ispr-03", "ispr", None, """
PESHAWAR, 16 December 2014: Seven terrorists wearing suicide vests entered the Army Public School on Warsak Road
today and opened fire on students and teachers. 141 people were martyred, 132 of them children. All seven
terrorists were killed by the Special Service Group. The Tehrik-i-Taliban Pakistan claimed the attack.""",
    g("2014-12-16", "PK", "PK-KP", "Peshawar", ["armed_assault", "suicide_bombing"], "Suicide bomb", killed=141,
      kp=7, perp="TTP", cert="claimed", raw="The Tehrik-i-Taliban Pakistan claimed the attack"),
    "Army Public School massacre, Peshawar, 16 Dec 2014")

add("o2-ispr-04", "ispr", "2017-07-16", """
Security forces have launched operation Khyber-4 in the Rajgal valley of Khyber Agency to clear the area of
terrorists. The valley had become a staging ground for Daesh, which was trying to gain a foothold in Pakistan from
across the border. Pakistan Air Force jets and artillery are supporting the ground troops.""",
    op("2017-07-16", "PK", "PK-KP", "Rajgal", SEC, "Armed clash", "PAK_GOV", "Security forces", ["ISKP"]),
    "Start of Khyber-4, Rajgal valley, 16 Jul 2017", "Daesh is the target, never the perpetrator")

add("o2-ispr-05", "ispr", None, """
PESHAWAR, 18 September 2015: Terrorists attacked the Pakistan Air Force camp at Badaber this morning, entering from
two directions and reaching the mosque where airmen were at prayer. 29 people were martyred, among them a captain of
the army. Quick reaction forces killed all 13 terrorists, the ISPR Director General said. The Tehrik-i-Taliban
Pakistan claimed the attack.""",
    g("2015-09-18", "PK", "PK-KP", "Badaber", ["armed_assault"], "Armed clash", killed=29, kp=13, perp="TTP",
      cert="claimed", raw="The Tehrik-i-Taliban Pakistan claimed the attack"),
    "Attack on PAF camp Badaber, 18 Sep 2015")

add("o2-ispr-06", "ispr", None, """
RAWALPINDI, 27 April 2025: On the night of 25/26 April, security forces detected a group of khwarij trying to
infiltrate across the Pakistan-Afghanistan border in the Hassan Khel area of North Waziristan. The troops engaged
them and 54 khwarij were sent to hell. A large cache of weapons and explosives was recovered. Security forces are
determined to wipe out the menace of Indian-sponsored terrorism.""",
    op("2025-04-25", "PK", "PK-KP", "Hassan Khel", SEC, "Armed clash", "PAK_GOV", "security forces", ["TTP"], kp=54),
    "Hassan Khel infiltration, North Waziristan, night of 25/26 Apr 2025")

add("o2-ispr-07", "ispr", "2025-03-05", """
Yesterday evening khwarij rammed two explosive-laden vehicles into the perimeter wall of Bannu Cantonment and then
tried to enter. Five soldiers embraced shahadat and 13 civilians were martyred when the blasts brought down a
mosque and houses nearby. All 16 khwarij, including four suicide bombers, were sent to hell by the troops. The
attack was directed by khwarij leaders hiding in Afghanistan.""",
    g("2025-03-04", "PK", "PK-KP", "Bannu", ["suicide_bombing", "armed_assault"], "Suicide bomb", kp=16,
      raw="khwarij"),
    "Bannu cantonment attack, 4 Mar 2025", "Killed 5 + 13 is a sum: not one number in the text. Perpetrator left "
    "unnamed as the release leaves it")

# ------------------------------------------------------------ us: US DoD / officials; Pakistan on US strikes
add("o2-us-01", "us", "2011-05-02", """
WASHINGTON, May 2, 2011 - U.S. special operations forces killed Osama bin Laden early this morning, Pakistan time,
in a raid on a compound in Abbottabad, Pakistan, the Defense Department said. Bin Laden resisted and was shot. No
Americans were hurt. One of the helicopters was damaged in a hard landing and destroyed by the team.""",
    op("2011-05-02", "PK", "PK-KP", "Abbottabad", SEC, "Armed clash", "US", "U.S. special operations forces", ["AQ"]),
    "Abbottabad raid, 2 May 2011")

add("o2-us-02", "us", "2009-07-02", """
CAMP LEATHERNECK, Afghanistan - About 4,000 U.S. Marines and 650 Afghan soldiers and police moved into the
Helmand River valley early today in Operation Khanjar, the largest Marine operation since Fallujah. The Marines aim
to clear the Taliban out of Nawa and Garmsir districts before the August elections.""",
    op("2009-07-02", "AF", "AF-HEL", "Nawa", SEC, "Armed clash", "US", "U.S. Marines", ["TALIBAN"]),
    "Start of Operation Khanjar, Helmand, 2 Jul 2009")

add("o2-us-03", "us", None, """
ISLAMABAD, Aug. 7, 2009 - Interior Minister Rehman Malik said Baitullah Mehsud, the leader of the Tehrik-i-Taliban
Pakistan, was killed with his wife in a U.S. drone strike on his father-in-law's house in Zanghara, South
Waziristan, on Wednesday. Malik said the government was seeking final confirmation.""",
    op("2009-08-05", "PK", "PK-KP", "South Waziristan", AIR, "Air/drone strike", "US", "U.S. drone strike", ["TTP"],
       cert="attributed"),
    "Drone strike that killed Baitullah Mehsud, 5 Aug 2009")

add("o2-us-04", "us", None, """
ISLAMABAD, Nov. 2, 2013 - The Foreign Office condemned the U.S. drone strike that killed the Tehrik-i-Taliban
Pakistan chief Hakimullah Mehsud yesterday in Dande Darpa Khel near Miranshah, North Waziristan, calling it an
attack on the peace process. Four other militants, including two of his guards, were killed.""",
    op("2013-11-01", "PK", "PK-KP", "Miranshah", AIR, "Air/drone strike", "US", "U.S. drone strike", ["TTP"], kp=None,
       cert="attributed"),
    "Drone strike that killed Hakimullah Mehsud, 1 Nov 2013", "Four others + Hakimullah: no single figure for all")

add("o2-us-05", "us", None, """
WASHINGTON, June 5, 2012 - Al-Qaeda's second in command, Abu Yahya al-Libi, was killed in a U.S. drone strike in
Mir Ali, North Waziristan, on Monday, a senior U.S. official said today. The official called his death a major blow
to the group.""",
    op("2012-06-04", "PK", "PK-KP", "Mir Ali", AIR, "Air/drone strike", "US", "U.S. drone strike", ["AQ"]),
    "Drone strike that killed Abu Yahya al-Libi, 4 Jun 2012")


def main() -> None:
    assert len(R) == 40 and len({r["id"] for r in R}) == 40, len(R)
    with open(HERE / "ops2_eval.jsonl", "w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(R)} records, {sum(r['published'] is None for r in R)} with published null")


if __name__ == "__main__":
    main()
