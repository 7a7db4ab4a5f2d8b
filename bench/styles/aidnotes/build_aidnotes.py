"""Build aidnotes_eval.jsonl: 40 terse aid-worker security notes, team-written blind (see README.md).

Source of truth for the texts and gold; run `python bench/styles/aidnotes/build_aidnotes.py` after an edit.
Each record: id, style, text, published, gold (dev fields + category + is_attack), origin (real event, note).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def g(date, country, admin1, place, types, category, killed=None, injured=None, perp=None, cert=None, raw="",
      kp=None):
    return dict(date=date, country=country, admin1=admin1, place=place, attack_types=types, killed=killed,
                killed_perpetrators=kp, injured=injured, perpetrator=perp, perpetrator_certainty=cert,
                perpetrator_raw=raw, category=category, is_attack=True)


R = []


def add(rid, published, text, gold, event, note=""):
    R.append({"id": rid, "style": "aidnote", "text": " ".join(text.split()), "published": published,
              "gold": gold, "origin": {"event": event, "note": note}})


SHOT = ["armed_assault"]
KIDNAP = ["kidnapping"]
BOMB = ["bombing"]
SUICIDE = ["suicide_bombing"]

add("an-01", None, """
13 Aug 2008, Logar province, Mohammad Agha district: a marked vehicle of an international NGO was stopped by armed
men on the main road. Three international staff and their national driver were shot dead. The Taliban claimed
responsibility, saying the women were foreign spies.""",
    g("2008-08-13", "AF", "AF-LOG", "Mohammad Agha", SHOT, "Attack", killed=4, perp="TALIBAN", cert="claimed",
      raw="Taliban"),
    "IRC staff killed in Logar, 13 Aug 2008", "'foreign spies' is the claimant's pretext, not a role")

add("an-02", "2010-08-07", """
A medical team of a faith-based INGO returning from an eye camp in Nuristan was ambushed in Kuran wa Munjan district,
Badakhshan province. Ten team members, eight internationals and two nationals, were killed; one national staff
survived. The Taliban claimed the killings and accused the team of proselytising.""",
    g("2010-08-05", "AF", "AF-BDS", "Kuran wa Munjan", SHOT, "Attack", killed=10, perp="TALIBAN",
      cert="claimed", raw="Taliban"),
    "IAM eye-camp team killed, Badakhshan, 5 Aug 2010", "date unscored in practice (published given)")

add("an-03", None, """
2 Feb 2009, Quetta, Balochistan: the head of a UN refugee agency sub-office was abducted by gunmen on his way to work.
His national driver was shot and killed during the abduction. A previously unknown group, the Baloch Liberation
United Front, later said it was holding him. He was released after two months.""",
    g("2009-02-02", "PK", "PK-BA", "Quetta", KIDNAP + SHOT, "Abduction/forced disappearance", killed=1,
      perp="OTHER:baloch liberation united front", cert="claimed", raw="Baloch Liberation United Front"),
    "John Solecki (UNHCR) abduction, Quetta, 2 Feb 2009", "driver killed; the abducted man is not killed")

add("an-04", "2009-10-28", """
Kabul city: before dawn, three attackers wearing police uniforms stormed a private guesthouse used by UN staff in
Shahr-e-Naw. Five UN international staff were killed along with two Afghan security personnel, and several others were
injured. The Taliban claimed the attack, saying it targeted the run-off election.""",
    g("2009-10-28", "AF", "AF-KAB", "Shahr-e-Naw", SHOT + SUICIDE, "Attack", perp="TALIBAN", cert="claimed",
      raw="Taliban", kp=3),
    "Bakhtar guesthouse attack, Kabul, 28 Oct 2009", "killed is a sum (5+2): unscored")

add("an-05", None, """
On 5 October 2009 a suicide bomber dressed in a security forces uniform entered the office of a UN food agency in
Islamabad and blew himself up in the reception area. Five staff were killed, including an Iraqi national, and six
were wounded. Tehrik-i-Taliban Pakistan said it carried out the bombing.""",
    g("2009-10-05", "PK", "PK-IS", "Islamabad", SUICIDE, "Suicide bomb", killed=5, injured=6, perp="TTP",
      cert="claimed", raw="Tehrik-i-Taliban Pakistan"),
    "WFP office bombing, Islamabad, 5 Oct 2009")

add("an-06", None, """
10 Mar 2010, Oghi, Mansehra district, Khyber Pakhtunkhwa: about ten armed men entered the office of an INGO running
earthquake relief projects, threw grenades and opened fire. Six national staff were killed and several injured. No
claim; the organisation suspended its programmes in the district.""",
    g("2010-03-10", "PK", "PK-KP", "Oghi", SHOT, "Attack", killed=6),
    "World Vision office attack, Oghi, 10 Mar 2010")

add("an-07", "2011-04-01", """
Mazar-i-Sharif, Balkh: a crowd protesting a Quran burning in the United States overran the UN mission compound after
Friday prayers. Seven international staff and guards were killed. Police said insurgents had mixed with the
protesters; no group claimed responsibility.""",
    g("2011-04-01", "AF", "AF-BAL", "Mazar-i-Sharif", SHOT, "Mob violence", killed=7),
    "UNAMA compound, Mazar-i-Sharif, 1 Apr 2011", "the United States is where the burning took place (background)")

add("an-08", None, """
18 Dec 2012, Karachi, Sindh: gunmen on motorbikes shot dead four female polio vaccinators working in separate
neighbourhoods of the city. The vaccination campaign was suspended. No group claimed responsibility.""",
    g("2012-12-18", "PK", "PK-SD", "Karachi", SHOT, "Attack", killed=4),
    "Polio vaccinators killed in Karachi, 18 Dec 2012")

add("an-09", None, """
1 Jan 2013, Swabi district, KP: unidentified gunmen fired on a van carrying staff of a local NGO home from a
community centre. Six female teachers and a male health technician were killed; the driver was injured. No claim.""",
    g("2013-01-01", "PK", "PK-KP", "Swabi", SHOT, "Attack", killed=7),
    "Swabi NGO workers killed, 1 Jan 2013", "'the driver was injured' has no number: injured unscored")

add("an-10", "2013-05-29", """
Jalalabad, Nangarhar: a suicide bomber blew himself up at the gate of the ICRC office and a second attacker entered
the compound, where he was killed by Afghan forces. One national guard was killed and a staff member was injured.
The Taliban denied involvement.""",
    g("2013-05-29", "AF", "AF-NAN", "Jalalabad", SUICIDE + SHOT, "Suicide bomb", killed=1),
    "ICRC Jalalabad office attack, 29 May 2013", "Taliban named only in a denial: perpetrator null")

add("an-11", None, """
2 June 2015, Zari district, Balkh province: gunmen entered a guesthouse of a Czech INGO at night and killed nine
staff members, all Afghans, including two women. No claim. Provincial authorities are investigating.""",
    g("2015-06-02", "AF", "AF-BAL", "Zari", SHOT, "Attack", killed=9),
    "People in Need guesthouse killings, Balkh, 2 Jun 2015", "provincial authorities are investigators")

add("an-12", None, """
3 Oct 2015, Kunduz city: a US AC-130 gunship repeatedly struck the MSF trauma hospital during the fighting for the
city. 42 people were killed, among them 14 staff, and dozens were injured. The US military later said the strike
was a mistake caused by human and equipment errors.""",
    g("2015-10-03", "AF", "AF-KDZ", "Kunduz", ["airstrike"], "Air/drone strike", killed=42, perp="US",
      cert="attributed", raw="US military"),
    "MSF Kunduz hospital strike, 3 Oct 2015")

add("an-13", "2017-02-08", """
Qush Tepa district, Jowzjan: six national staff of the ICRC delivering livestock fodder were shot dead by unknown
gunmen; two colleagues are missing, presumed abducted. No claim. Local officials suspect Daesh fighters active in
the area, but this is unconfirmed.""",
    g("2017-02-08", "AF", "AF-JOW", "Qush Tepa", SHOT, "Attack", killed=6),
    "ICRC staff killed in Jowzjan, 8 Feb 2017", "suspicion only, unconfirmed: perpetrator null")

add("an-14", None, """
11 Sep 2017, Mazar-i-Sharif, Balkh: an international physiotherapist working at an ICRC orthopaedic centre was shot
dead by a patient with a disability who had hidden a pistol in his wheelchair. The attacker was arrested.""",
    g("2017-09-11", "AF", "AF-BAL", "Mazar-i-Sharif", SHOT, "Attack", killed=1),
    "ICRC physiotherapist killed in Mazar, 11 Sep 2017")

add("an-15", None, """
Night of 20 May 2017, Kabul, Qala-e-Fatullah: armed men entered the guesthouse of a small INGO. A German woman and
an Afghan guard were killed and a Finnish woman was abducted. No claim.""",
    g("2017-05-20", "AF", "AF-KAB", "Qala-e-Fatullah", SHOT + KIDNAP, "Attack"),
    "Operation Mercy guesthouse attack, Kabul, 20 May 2017", "two killed, written as two persons: unscored")

add("an-16", "2018-01-24", """
Jalalabad, Nangarhar: a suicide car bomb at the gate of an INGO's office was followed by gunmen entering the compound.
Four staff were killed and dozens injured; the attackers were killed by security forces after a ten-hour siege.
Islamic State Khorasan claimed responsibility through its news agency.""",
    g("2018-01-24", "AF", "AF-NAN", "Jalalabad", SUICIDE + SHOT, "Suicide bomb", killed=4, perp="ISKP",
      cert="claimed", raw="Islamic State Khorasan"),
    "Save the Children office attack, Jalalabad, 24 Jan 2018")

add("an-17", None, """
24 Apr 2019, Chaman, Qila Abdullah district, Balochistan: a female polio worker was shot dead and another was
wounded when gunmen opened fire on their team during a house-to-house campaign. No claim.""",
    g("2019-04-24", "PK", "PK-BA", "Chaman", SHOT, "Attack", killed=1, injured=1),
    "Polio worker killed in Chaman, 24 Apr 2019")

add("an-18", None, """
12 May 2020, Kabul, Dasht-e-Barchi: three gunmen attacked the maternity wing of a government hospital supported by
MSF. 24 people were killed, including mothers, newborn babies and an MSF midwife. No group claimed the attack; the
Taliban denied any role.""",
    g("2020-05-12", "AF", "AF-KAB", "Dasht-e-Barchi", SHOT, "Attack", killed=24),
    "Dasht-e-Barchi maternity ward attack, 12 May 2020", "Taliban only in a denial: perpetrator null")

add("an-19", "2021-06-09", """
Baghlan-e-Markazi district, Baghlan: gunmen entered a demining camp of an international mine-clearance NGO at night
and opened fire on the deminers. Ten staff were killed and 16 injured. The government blamed the Taliban, who denied
it; Islamic State Khorasan later claimed responsibility.""",
    g("2021-06-08", "AF", "AF-BGL", "Baghlan-e-Markazi", SHOT, "Attack", killed=10, injured=16, perp="ISKP",
      cert="claimed", raw="Islamic State Khorasan"),
    "HALO Trust deminers killed, Baghlan, 8 Jun 2021", "blame, denial, claim: the claim decides")

add("an-20", None, """
30 Mar 2021, Jalalabad city, Nangarhar: three female polio vaccinators were shot dead in two separate attacks in
the city. No claim.""",
    g("2021-03-30", "AF", "AF-NAN", "Jalalabad", SHOT, "Attack", killed=3),
    "Polio vaccinators killed in Jalalabad, 30 Mar 2021")

add("an-21", None, """
8 Jan 2024, Mamund tehsil, Bajaur district, KP: an IED struck a police vehicle on its way to escort a polio
vaccination team. Five police officers were killed and more than 20 people injured. No claim.""",
    g("2024-01-08", "PK", "PK-KP", "Mamund", BOMB, "Remote explosive/landmine/IED", killed=5),
    "Bajaur polio-escort bombing, 8 Jan 2024")

add("an-22", None, """
20 Oct 2008, Kabul: a British-South African woman working for a small Christian charity teaching disabled people was
shot dead by two men on a motorbike while walking to work. The Taliban claimed the killing, saying she was
preaching Christianity.""",
    g("2008-10-20", "AF", "AF-KAB", "Kabul", SHOT, "Attack", killed=1, perp="TALIBAN", cert="claimed",
      raw="Taliban"),
    "Gayle Williams killed, Kabul, 20 Oct 2008")

add("an-23", "2008-08-27", """
Nangarhar province: a Japanese agricultural aid worker abducted on Tuesday with his Afghan driver was found dead the
next day after a gunfight between the kidnappers and police and villagers. The driver escaped. Two suspects were
arrested.""",
    g("2008-08-26", "AF", "AF-NAN", None, KIDNAP, "Abduction/forced disappearance"),
    "Kazuya Ito (Peshawar-kai) abduction and death, 26-27 Aug 2008", "killed one, written as a person: unscored")

add("an-24", None, """
26 Sep 2010, Dewagal valley, Kunar: a British national working for a development contractor was abducted together
with three Afghan staff when her convoy was stopped. The Afghan staff were later released. No claim.""",
    g("2010-09-26", "AF", "AF-KNR", "Dewagal", KIDNAP, "Abduction/forced disappearance", killed=0),
    "Linda Norgrove abduction, Kunar, 26 Sep 2010", "abducted, not killed (she died in a rescue later)")

add("an-25", None, """
22 May 2012, Yawan district, Badakhshan: two international staff of a Swiss INGO, a British and a Kenyan woman, and
two Afghan colleagues were kidnapped while travelling on horseback to a project site. All were freed in a
military operation on 1 June.""",
    g("2012-05-22", "AF", "AF-BDS", "Yawan", KIDNAP, "Abduction/forced disappearance", killed=0),
    "Medair staff abduction, Badakhshan, 22 May 2012", "kidnapped is not killed")

add("an-26", None, """
13 Aug 2011, Lahore, Punjab: an American development expert working for a USAID contractor was abducted from his home
by armed men who tricked the guards. Al-Qaeda later said it was holding him.""",
    g("2011-08-13", "PK", "PK-PB", "Lahore", KIDNAP, "Abduction/forced disappearance", killed=0, perp="AQ",
      cert="claimed", raw="Al-Qaeda"),
    "Warren Weinstein abduction, Lahore, 13 Aug 2011")

add("an-27", "2012-04-30", """
Quetta, Balochistan: the body of a British ICRC health programme manager, kidnapped near his office in January, was
found dumped in an orchard on the outskirts of the city. He had been beheaded. No group confirmed the killing.""",
    g("2012-04-29", "PK", "PK-BA", "Quetta", KIDNAP, "Abduction/forced disappearance"),
    "Khalil Dale killed, Quetta, body found 29 Apr 2012", "one killed, written as a person")

add("an-28", None, """
24 Jul 2014, Herat city: two Finnish women working for a Christian INGO were shot dead by two gunmen on a
motorbike while travelling in a taxi. No claim; police are investigating.""",
    g("2014-07-24", "AF", "AF-HER", "Herat", SHOT, "Attack"),
    "IAM staff killed in Herat, 24 Jul 2014", "two killed as 'two Finnish women': killed unscored")

add("an-29", None, """
26 Nov 2014, Quetta, Balochistan: gunmen on a motorcycle fired on a polio team on the outskirts of the city, killing
four members, three of them women, and injuring three. No claim.""",
    g("2014-11-26", "PK", "PK-BA", "Quetta", SHOT, "Attack", killed=4, injured=3),
    "Polio team killed in Quetta, 26 Nov 2014")

add("an-30", None, """
17 Jul 2012, Karachi, Sohrab Goth: a foreign WHO doctor and his driver were shot and wounded while in their car
after a polio vaccination campaign. Both survived. No claim.""",
    g("2012-07-17", "PK", "PK-SD", "Sohrab Goth", SHOT, "Attack", killed=0),
    "WHO doctor wounded in Karachi, 17 Jul 2012", "two wounded, written as persons: injured unscored")

add("an-31", "2016-01-13", """
Quetta, Satellite Town: a suicide bomber blew himself up near a polio vaccination centre as police gathered to
escort the teams. 15 people were killed, most of them police, and about 25 injured. Jundallah claimed
responsibility.""",
    g("2016-01-13", "PK", "PK-BA", "Satellite Town", SUICIDE, "Suicide bomb", killed=15, injured=25,
      perp="JUNDALLAH", cert="claimed", raw="Jundallah"),
    "Quetta polio centre bombing, 13 Jan 2016")

add("an-32", None, """
12 Nov 2008, Peshawar, University Town: an American director of an INGO's livelihood programme and his Pakistani
driver were shot dead in their car by gunmen who blocked the road. No claim.""",
    g("2008-11-12", "PK", "PK-KP", "University Town", SHOT, "Attack"),
    "Stephen Vance (CHF) killed, Peshawar, 12 Nov 2008")

add("an-33", None, """
29 Nov 2014, Kabul, Karte Seh: attackers stormed the compound of a small foreign NGO. A South African staff member,
his two teenage children and an Afghan were killed; one attacker blew himself up. The Taliban claimed the attack,
calling the NGO a centre for Christian preaching.""",
    g("2014-11-29", "AF", "AF-KAB", "Karte Seh", SHOT + SUICIDE, "Attack", perp="TALIBAN", cert="claimed",
      raw="Taliban"),
    "PAD compound attack, Kabul, 29 Nov 2014", "toll as a list of persons: unscored")

add("an-34", "2016-06-10", """
Kabul, Qala-e-Fatullah: an Indian national working for an international development agency was abducted near her
residence late on Thursday night. No claim; she was freed unharmed in July.""",
    g("2016-06-09", "AF", "AF-KAB", "Qala-e-Fatullah", KIDNAP, "Abduction/forced disappearance", killed=0),
    "Judith D'Souza (AKF) abduction, Kabul, 9 Jun 2016", "kidnapped, not killed")

add("an-35", None, """
8 May 2019, Kabul, Shahr-e-Naw: a car bomb exploded outside the office of a US-funded INGO and gunmen went inside,
fighting police for about six hours. Five people were killed and 24 wounded. The Taliban claimed the attack,
accusing the organisation of promoting Western culture.""",
    g("2019-05-08", "AF", "AF-KAB", "Shahr-e-Naw", BOMB + SHOT, "Attack", killed=5, injured=24, perp="TALIBAN",
      cert="claimed", raw="Taliban"),
    "Counterpart International office attack, Kabul, 8 May 2019")

add("an-36", None, """
24 Nov 2019, Kabul: an explosive device hit a clearly marked UN vehicle on the road to Jalalabad in the east of the
city. One international staff member was killed and five people were injured, including the national driver. No
claim. The Interior Ministry spokesman condemned the attack.""",
    g("2019-11-24", "AF", "AF-KAB", "Kabul", BOMB, "Remote explosive/landmine/IED", killed=1, injured=5),
    "UN vehicle attack, Kabul, 24 Nov 2019", "the Interior Ministry is a speaker, not an attacker")

add("an-37", "2021-07-30", """
Herat city: the UN compound came under attack by anti-government elements with RPGs and small arms fire during
fighting at the edge of the city. One Afghan police guard was killed and several injured. The UN mission said the
attack targeted the compound entrance.""",
    g("2021-07-30", "AF", "AF-HER", "Herat", SHOT, "Attack", killed=1),
    "UNAMA Herat compound attack, 30 Jul 2021", "'anti-government elements' is generic: perpetrator null")

add("an-38", None, """
22 Feb 2021, Ippi village near Mir Ali, North Waziristan, KP: four women working as vocational trainers for a local
NGO were shot dead when gunmen fired on their vehicle. The driver escaped unhurt. No claim.""",
    g("2021-02-22", "PK", "PK-KP", "Mir Ali", SHOT, "Attack", killed=4),
    "Sabawoon trainers killed near Mir Ali, 22 Feb 2021")

add("an-39", None, """
20 Mar 2014, Kabul: four teenage gunmen with pistols hidden in their shoes opened fire in the restaurant of the Serena
Hotel. Nine people were killed, among them a foreign election observer, and the attackers were shot dead by police.
The Taliban claimed responsibility.""",
    g("2014-03-20", "AF", "AF-KAB", "Kabul", SHOT, "Attack", killed=9, kp=4, perp="TALIBAN", cert="claimed",
      raw="Taliban"),
    "Serena Hotel attack, Kabul, 20 Mar 2014")

add("an-40", "2015-03-01", """
Uruzgan province: five national staff of an INGO abducted in early February on their way back to Tarinkot were
found dead. The provincial governor's spokesman said the bodies were recovered in Dehrawud district. No claim.""",
    g("2015-03-01", "AF", "AF-URU", "Dehrawud", KIDNAP + SHOT, "Abduction/forced disappearance", killed=5),
    "Save the Children staff killed in Uruzgan, found 1 Mar 2015", "governor's spokesman is a speaker")


def main():
    ids = [r["id"] for r in R]
    assert len(ids) == len(set(ids)) == 40, len(ids)
    with open(HERE / "aidnotes_eval.jsonl", "w", encoding="utf-8") as fh:
        for r in R:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nulls = sum(r["published"] is None for r in R)
    print(f"wrote {len(R)} records ({nulls} with published null)")


if __name__ == "__main__":
    main()
