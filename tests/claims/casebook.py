"""Small hand-built cases in the team's own words, shared by the claims, verify and exchange tests.

Every function adds rows through the ORM on the given session (so the audit chain sees them)
and flushes, so ids are known. The texts are short and invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy.orm import Session

from tasdiq.model import Claim, Incident, IncidentMention, Mention, Source
from tasdiq.model.enums import LinkState

T0 = dt.datetime(2023, 1, 31, 12, 0, tzinfo=dt.UTC)


def add_source(session: Session, *, publisher: str, text: str, kind: str = "news", **fields: Any) -> Source:
    digest = hashlib.sha256(text.encode()).hexdigest()
    source = Source(sha256=digest, text_sha256=digest, publisher=publisher, text=text, kind=kind,
                    published=fields.pop("published", T0), **fields)
    session.add(source)
    session.flush()
    return source


def add_incident(session: Session, **fields: Any) -> Incident:
    defaults: dict[str, Any] = {"title": "test incident", "country": "AF", "date_precision": "day",
                                "created_at": T0, "updated_at": T0}
    incident = Incident(**(defaults | fields))
    session.add(incident)
    session.flush()
    return incident


def add_mention(session: Session, *, incident: Incident, source: Source, state: str = "confirmed",
                **fields: Any) -> Mention:
    mention = Mention(source_id=source.id or 0, date=incident.date, admin1=incident.admin1, **fields)
    session.add(mention)
    session.flush()
    session.add(IncidentMention(incident_id=incident.id or 0, mention_id=mention.id or 0, state=LinkState(state)))
    session.flush()
    return mention


def add_claim(session: Session, *, mention: Mention | None = None, **fields: Any) -> Claim:
    if mention is not None:
        fields.setdefault("source_id", mention.source_id)
    claim = Claim(mention_id=mention.id if mention else None, **fields)
    session.add(claim)
    session.flush()
    return claim


MOSQUE_REPORT = (
    "A bomber blew himself up among worshippers at a mosque in the Peshawar police lines on Monday, "
    "killing at least 41 people, hospital staff said."
)
AMAQ_NOTICE = "The Amaq outlet said a fighter of the Khorasan province detonated a vest at the mosque, killing 60."
OFFICIAL_BRIEFING = "A provincial official told reporters the bombing bore the marks of the Haqqani network."


def peshawar_mosque(session: Session) -> Incident:
    """An ISKP claim and a counter-attribution to the Haqqani Network on one attack."""
    incident = add_incident(session, title="Mosque bombing in Peshawar police lines", country="PK",
                            admin1="PK-KP", place_name="Peshawar", date=dt.date(2023, 1, 30),
                            attack_type="suicide_bombing", killed_best=41, killed_low=41,
                            targets=["religious", "police"])
    news = add_source(session, publisher="Frontier Daily (test)", text=MOSQUE_REPORT)
    amaq = add_source(session, publisher="Amaq", text=AMAQ_NOTICE, kind="statement")
    official = add_source(session, publisher="Valley Wire (test)", text=OFFICIAL_BRIEFING)
    add_mention(session, incident=incident, source=news, killed_low=41, killed_best=41)
    m_amaq = add_mention(session, incident=incident, source=amaq, killed_best=60)
    m_official = add_mention(session, incident=incident, source=official)
    add_claim(session, mention=m_amaq, kind="responsibility", claimant="ISKP", subject="ISKP", channel="Amaq",
              quote="a fighter of the Khorasan province detonated a vest", span_start=16, span_end=70,
              killed_claimed=60)
    add_claim(session, mention=m_official, kind="attribution", claimant="provincial official",
              subject="Haqqani Network", quote="bore the marks of the Haqqani network", span_start=40, span_end=88)
    return incident


CONFESSION_REPORT = "State television aired a young man saying he had guided the bomber to the ministry gate."


def ministry_confession(session: Session) -> Incident:
    """A confession aired by the Taliban authorities' own television."""
    incident = add_incident(session, title="Bombing at a ministry in Kabul", admin1="AF-KAB", place_name="Kabul",
                            date=dt.date(2023, 1, 11), attack_type="suicide_bombing", killed_best=5,
                            targets=["government"])
    tv = add_source(session, publisher="Radio Television Afghanistan", text=CONFESSION_REPORT, kind="news")
    mention = add_mention(session, incident=incident, source=tv)
    add_claim(session, mention=mention, kind="confession", claimant="detained man", subject="ISKP",
              channel="Radio Television Afghanistan", quote="he had guided the bomber to the ministry gate",
              persons=["Name Withheld"])
    return incident
