"""A small store for the web tests, built directly from model objects.

The texts are the team's own short reports, written for these tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass

from PIL import Image

from tasdiq.model import (
    AchItem,
    AchRatingEntry,
    BulletinClaim,
    Claim,
    Evidence,
    EvidenceLink,
    Hypothesis,
    Incident,
    IncidentMention,
    Mention,
    Original,
    Source,
    Verification,
)
from tasdiq.model.enums import Role
from tasdiq.store import Store
from tasdiq.web.accounts import create_user, issue_token

PASSWORD = "correct horse battery"
ROLES = [Role.VIEWER, Role.ANALYST, Role.REVIEWER, Role.ADMIN]
UTC = dt.UTC

MARKET_TEXT = (
    "KABUL, 3 March 2023 - A bomb hidden in a handcart exploded near the vegetable market in "
    "western Kabul on Friday morning, killing at least 7 people and wounding 15, a police "
    "spokesman said. Shopkeeper Nadir Ahmad was among the dead. No group has said it did it."
)
MARKET_TEXT_2 = (
    "Seven civilians died and about fifteen were hurt when an explosive device went off beside a "
    "busy vegetable market in Kabul's western districts on 3 March, hospital staff told reporters. "
    "A statement later attributed to the Khorasan branch of the Islamic State said its fighters "
    "planted the device and claimed 20 killed."
)
CHECKPOINT_TEXT = (
    "PESHAWAR, 9 April 2023 - Gunmen attacked a police checkpoint on the outskirts of Peshawar "
    "late on Sunday, killing two constables before escaping, officials said. The Pakistani "
    "Taliban (TTP) said in a message to journalists that its men carried out the attack."
)
HOSTILE_TITLE = '<script>alert("title")</script><b>bold claim</b>'
HOSTILE_TEXT = (
    'Report <script>window.pwned=1</script> with <img src=x onerror="window.pwned=2"> and a '
    '<a href="javascript:window.pwned=3">link</a> in the body.'
)


@dataclass
class Seeded:
    store: Store
    incident_ids: list[int]
    source_ids: list[int]
    suggested_link_id: int
    confirmed_link_id: int
    hostile_source_id: int
    verification_id: int
    evidence_id: int
    tokens: dict[Role, str]
    user_ids: dict[Role, int]
    hypothesis_ids: list[int]  # of the Kabul incident: "ISKP did it", "Another group did it"
    ach_item_id: int
    mention_ids: list[int]  # Kabul confirmed, Kabul suggested, Peshawar, hostile


def _span(text: str, words: str) -> list[int]:
    start = text.index(words)
    return [start, start + len(words)]


def _source(text: str, *, title: str, publisher: str, published: dt.datetime, url: str | None = None,
            author: str | None = None) -> Source:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Source(sha256=digest, kind="news", title=title, publisher=publisher, published=published, url=url,
                  author=author, language="en", text=text, text_sha256=digest, reliability="B",
                  ingested_at=dt.datetime.now(UTC))


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (180, 40, 40)).save(buf, format="PNG")
    return buf.getvalue()


def seed(store: Store) -> Seeded:
    tokens: dict[Role, str] = {}
    user_ids: dict[Role, int] = {}
    with store.session(actor="seed") as s:
        for role in ROLES:
            user = create_user(session=s, username=role.value, password=PASSWORD, role=role)
            tokens[role] = issue_token(session=s, user=user, name="tests")
            user_ids[role] = user.id or 0

        market = _source(MARKET_TEXT, title="Handcart bomb at Kabul vegetable market", publisher="Kabul Daily",
                         published=dt.datetime(2023, 3, 3, 9, tzinfo=UTC), url="https://news.example/kabul-market",
                         author="Reporter Zarif")
        market2 = _source(MARKET_TEXT_2, title="Seven dead in Kabul market blast", publisher="Wire Service",
                          published=dt.datetime(2023, 3, 3, 14, tzinfo=UTC))
        checkpoint = _source(CHECKPOINT_TEXT, title="Checkpoint attacked near Peshawar", publisher="Frontier Post",
                             published=dt.datetime(2023, 4, 9, 22, tzinfo=UTC))
        hostile = _source(HOSTILE_TEXT, title=HOSTILE_TITLE, publisher="<i>Evil</i> Press",
                          published=dt.datetime(2023, 5, 1, tzinfo=UTC), url="javascript:window.pwned=4")
        s.add_all([market, market2, checkpoint, hostile])
        s.add(Original(sha256=market.sha256, size=len(MARKET_TEXT.encode()), media_type="text/plain",
                       name="kabul-market.txt", format="text", received_at=dt.datetime.now(UTC)))
        store.objects.put(MARKET_TEXT.encode())
        s.flush()

        m1 = Mention(source_id=market.id or 0, ordinal=0, attack_type="bombing", date=dt.date(2023, 3, 3),
                     date_precision="day", place_name="Kabul", country="AF", admin1="AF-KAB", lat=34.52, lon=69.12,
                     geo_precision=2, killed_low=7,
                     killed_best=7, killed_high=7, injured_best=15, perpetrator=None, targets=["civilians"],
                     victims_named=["Nadir Ahmad"], confidence=0.9,
                     spans={"attack_type": _span(MARKET_TEXT, "bomb"), "killed": _span(MARKET_TEXT, "at least 7"),
                            "place": _span(MARKET_TEXT, "western Kabul")})
        m2 = Mention(source_id=market2.id or 0, ordinal=0, attack_type="bombing", date=dt.date(2023, 3, 3),
                     date_precision="day", place_name="Kabul", country="AF", admin1="AF-KAB", lat=34.52, lon=69.12,
                     geo_precision=2, killed_best=7,
                     injured_best=15, perpetrator="islamic_state_khorasan", perpetrator_certainty="claimed",
                     targets=["civilians"], confidence=0.4,
                     spans={"killed": _span(MARKET_TEXT_2, "Seven civilians died"),
                            "perpetrator": _span(MARKET_TEXT_2, "Khorasan branch of the Islamic State")})
        m3 = Mention(source_id=checkpoint.id or 0, ordinal=0, attack_type="armed_assault", date=dt.date(2023, 4, 9),
                     date_precision="day", place_name="Peshawar", country="PK", admin1="PK-KP", lat=34.01, lon=71.58,
                     geo_precision=2, killed_best=2,
                     perpetrator="ttp", perpetrator_certainty="claimed", targets=["police"], confidence=0.8,
                     spans={"attack_type": _span(CHECKPOINT_TEXT, "Gunmen attacked")})
        m4 = Mention(source_id=hostile.id or 0, ordinal=0, attack_type="other", confidence=0.2,
                     spans={"attack_type": [0, 6]})
        s.add_all([m1, m2, m3, m4])
        s.flush()

        kabul = Incident(title="Bombing at a Kabul vegetable market", attack_type="bombing", date=dt.date(2023, 3, 3),
                         date_precision="day", place_name="Kabul", country="AF", admin1="AF-KAB", lat=34.52,
                         lon=69.12, geo_precision=2, killed_low=7, killed_best=7, killed_high=20, injured_best=15,
                         targets=["civilians"], perpetrator_summary="claimed: islamic_state_khorasan",
                         status="corroborated", created_at=dt.datetime.now(UTC))
        pesh = Incident(title="Police checkpoint attacked near Peshawar", attack_type="armed_assault",
                        date=dt.date(2023, 4, 9), date_precision="day", place_name="Peshawar", country="PK",
                        admin1="PK-KP", lat=34.01, lon=71.58, geo_precision=2, killed_best=2, targets=["police"],
                        perpetrator_summary="claimed: ttp", status="reported", created_at=dt.datetime.now(UTC))
        odd = Incident(title=HOSTILE_TITLE, attack_type="other", date=dt.date(2023, 5, 1), country="AF",
                       admin1="AF-KAN", lat=31.61, lon=65.71, status="reported", created_at=dt.datetime.now(UTC))
        s.add_all([kabul, pesh, odd])
        s.flush()

        confirmed = IncidentMention(incident_id=kabul.id or 0, mention_id=m1.id or 0, state="confirmed", score=0.97,
                                    decided_by="analyst", decided_at=dt.datetime.now(UTC))
        suggested = IncidentMention(incident_id=kabul.id or 0, mention_id=m2.id or 0, state="suggested", score=0.81)
        s.add_all([confirmed, suggested,
                   IncidentMention(incident_id=pesh.id or 0, mention_id=m3.id or 0, state="confirmed", score=0.99),
                   IncidentMention(incident_id=odd.id or 0, mention_id=m4.id or 0, state="suggested", score=0.3)])

        s.add_all([
            Claim(incident_id=kabul.id, mention_id=m2.id, source_id=market2.id, kind="responsibility",
                  claimant="islamic_state_khorasan", subject="islamic_state_khorasan", channel="Amaq",
                  quote="its fighters planted the device", killed_claimed=20, released_by_party=True,
                  unverifiable=True),
            Claim(incident_id=pesh.id, mention_id=m3.id, source_id=checkpoint.id, kind="responsibility",
                  claimant="ttp", subject="ttp", channel="message to journalists", released_by_party=True),
        ])
        h1 = Hypothesis(incident_id=kabul.id or 0, label="ISKP did it", actor="islamic_state_khorasan")
        h2 = Hypothesis(incident_id=kabul.id or 0, label="Another group did it")
        item = AchItem(incident_id=kabul.id or 0, description="Amaq claim within hours", weight=1.0)
        s.add_all([h1, h2, item])
        s.flush()
        s.add_all([
            AchRatingEntry(hypothesis_id=h1.id or 0, item_id=item.id or 0, rating="consistent", analyst="analyst"),
            AchRatingEntry(hypothesis_id=h2.id or 0, item_id=item.id or 0, rating="inconsistent", analyst="analyst"),
        ])
        check = Verification(incident_id=kabul.id or 0, check="independent_sources", result="pass",
                             criteria="two unrelated outlets report the same place and toll", analyst="analyst",
                             at=dt.datetime.now(UTC))
        s.add(check)

        # ISKP's own bulletin: the Kabul bombing with a higher toll, and an attack nobody reported.
        s.add_all([
            BulletinClaim(claimant="islamic_state_khorasan", channel="Amaq", date=dt.date(2023, 3, 3),
                          admin1="AF-KAB", place="Kabul", target="civilians", claimed_killed=20, row=1),
            BulletinClaim(claimant="islamic_state_khorasan", channel="Amaq", date=dt.date(2023, 3, 10),
                          admin1="AF-NAN", place="Jalalabad", target="police", claimed_killed=5, row=2),
        ])
        png = _png()
        sha, _ = store.objects.put(png)
        evidence = Evidence(sha256=sha, kind="image", media_type="image/png", name="scene.png", source_id=market.id,
                            graphic=True, gps_lat=34.5, gps_lon=69.1, device="Phone X")
        s.add(evidence)
        s.flush()
        s.add(EvidenceLink(evidence_id=evidence.id or 0, incident_id=kabul.id or 0, note="aftermath photo"))
        s.flush()
        return Seeded(store=store, incident_ids=[kabul.id or 0, pesh.id or 0, odd.id or 0],
                      source_ids=[market.id or 0, market2.id or 0, checkpoint.id or 0, hostile.id or 0],
                      suggested_link_id=suggested.id or 0, confirmed_link_id=confirmed.id or 0,
                      hostile_source_id=hostile.id or 0, verification_id=check.id or 0,
                      evidence_id=evidence.id or 0, tokens=tokens, user_ids=user_ids,
                      hypothesis_ids=[h1.id or 0, h2.id or 0], ach_item_id=item.id or 0,
                      mention_ids=[m1.id or 0, m2.id or 0, m3.id or 0, m4.id or 0])
