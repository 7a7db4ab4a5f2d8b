"""The nouns of Tasdiq, each declared once.

Every entity is a plain dataclass. `tasdiq.store.schema` derives the SQL tables from these
declarations (field types, `Optional`, and the `meta` below), the API schemas are derived
from them in `tasdiq.web`, and `tests/test_schema.py` fails when the Alembic migrations no
longer match. Nothing here knows SQL: the metadata states intent (unique, indexed,
references) and the store decides how.

Conventions:
- `id` is the surrogate key the store assigns; `None` until the row is written.
- times are timezone-aware UTC `datetime`s; calendar dates with a precision are `date` plus
  a `*_precision` field, because "March 2023" is not the first of March.
- counts are low/best/high triples; `None` means unknown, never zero.
- free-form structured values (spans, flags, metadata) are JSON dicts or lists.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from tasdiq.model.enums import AttackType, Certainty, ClaimKind, ClaimOrigin, DatePrecision, IncidentStatus, LinkState

JSON = dict[str, Any]


def meta(
    default: Any = None,
    *,
    index: bool = False,
    unique: bool = False,
    references: str | None = None,
    on_delete: str | None = None,
    max_length: int | None = None,
    factory: Any = None,
    personal: bool = False,
) -> Any:
    """A dataclass field with storage intent attached.

    `personal` marks details of victims, witnesses or analysts that are withheld from
    viewers and from exports unless a role allows them.
    """
    info = {
        "index": index,
        "unique": unique,
        "references": references,
        "on_delete": on_delete,
        "max_length": max_length,
        "personal": personal,
    }
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=info)
    return dataclasses.field(default=default, metadata=info)


@dataclass(kw_only=True, eq=False)
class Entity:
    """Base of every stored noun."""

    __tablename__: ClassVar[str]
    # Groups of fields that must be unique together, e.g. (("sha256", "locator"),).
    __unique_together__: ClassVar[tuple[tuple[str, ...], ...]] = ()
    # Entities whose writes are not audited (the audit entries themselves, session state).
    __audited__: ClassVar[bool] = True

    id: int | None = None


@dataclass(kw_only=True, eq=False)
class Original(Entity):
    """A file as received, byte for byte, in the content-addressed object store."""

    __tablename__ = "originals"

    sha256: str = meta("", unique=True, max_length=64)
    size: int = 0
    media_type: str = meta("application/octet-stream", max_length=200)
    name: str = meta("", max_length=1000)
    format: str = meta("", max_length=40)
    received_at: dt.datetime | None = None
    received_by: str | None = meta(None, max_length=200)


@dataclass(kw_only=True, eq=False)
class Source(Entity):
    """One report as received. Never edited; a correction is a new Source pointing back."""

    __tablename__ = "sources"
    __unique_together__ = (("sha256", "locator"),)

    sha256: str = meta("", index=True, max_length=64)
    locator: str = meta("", max_length=200)
    kind: str = meta("news", max_length=40)
    title: str | None = None
    author: str | None = meta(None, personal=True)
    publisher: str | None = meta(None, index=True, max_length=300)
    url: str | None = None
    published: dt.datetime | None = meta(None, index=True)
    published_precision: str | None = meta(None, max_length=10)
    retrieved: dt.datetime | None = None
    language: str | None = meta(None, max_length=20)
    text: str = ""
    # SHA-256 of the normalised text: copies of one wire story share it (syndication).
    text_sha256: str = meta("", index=True, max_length=64)
    reliability: str = meta("F", max_length=1)
    supersedes_id: int | None = meta(None, references="sources.id")
    extra: JSON = meta(factory=dict)
    ingested_at: dt.datetime | None = None
    extracted_at: dt.datetime | None = meta(None, index=True)
    # The component versions that produced the source's mentions, whole, as a JSON object.
    extractor_version: str | None = None


@dataclass(kw_only=True, eq=False)
class Evidence(Entity):
    """A media file (image, video, document) kept as evidence, with its fingerprints."""

    __tablename__ = "evidence"

    sha256: str = meta("", unique=True, max_length=64)
    kind: str = meta("other", max_length=20)
    media_type: str = meta("application/octet-stream", max_length=200)
    name: str = meta("", max_length=1000)
    source_id: int | None = meta(None, references="sources.id", index=True)
    first_seen: dt.datetime | None = meta(None, index=True)
    captured_at: dt.datetime | None = None
    device: str | None = meta(None, personal=True)
    gps_lat: float | None = meta(None, personal=True)
    gps_lon: float | None = meta(None, personal=True)
    width: int | None = None
    height: int | None = None
    duration_s: float | None = None
    codec: str | None = meta(None, max_length=100)
    pdq: str | None = meta(None, index=True, max_length=64)
    pdq_quality: int | None = None
    metadata_json: JSON = meta(factory=dict)
    graphic: bool = False
    note: str | None = None
    analysed_at: dt.datetime | None = None
    analysis_error: str | None = None


@dataclass(kw_only=True, eq=False)
class MediaHash(Entity):
    """One perceptual hash of an image or of a video frame (with its time)."""

    __tablename__ = "media_hashes"
    __audited__ = False  # derived data, recomputable from the original

    evidence_id: int = meta(0, references="evidence.id", on_delete="CASCADE", index=True)
    algorithm: str = meta("pdq", max_length=20)
    hash_hex: str = meta("", index=True, max_length=64)
    quality: int | None = None
    t_start: float | None = None
    t_end: float | None = None


@dataclass(kw_only=True, eq=False)
class DerivedObject(Entity):
    """A working copy made from an original (thumbnail, keyframe); originals stay untouched."""

    __tablename__ = "derived_objects"
    __audited__ = False

    evidence_id: int = meta(0, references="evidence.id", on_delete="CASCADE", index=True)
    role: str = meta("thumbnail", max_length=20)
    sha256: str = meta("", max_length=64)
    media_type: str = meta("image/jpeg", max_length=100)
    t: float | None = None


@dataclass(kw_only=True, eq=False)
class Mention(Entity):
    """One attack as one Source tells it; every value keeps the span it came from."""

    __tablename__ = "mentions"

    source_id: int = meta(0, references="sources.id", on_delete="CASCADE", index=True)
    # Stable within a source across re-extraction (ordinal of the event in the text), so
    # an analyst's link decision can be re-applied to the new mention.
    ordinal: int = 0
    attack_type: AttackType = meta(AttackType.OTHER, max_length=40)
    acled_sub_event_type: str | None = meta(None, max_length=80)
    suicide: bool = False
    date: dt.date | None = meta(None, index=True)
    date_precision: DatePrecision = meta(DatePrecision.UNKNOWN, max_length=10)
    place_name: str | None = None
    country: str | None = meta(None, max_length=2)
    admin1: str | None = meta(None, index=True, max_length=10)
    admin2: str | None = meta(None, max_length=200)
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    perpetrators_killed_low: int | None = None
    perpetrators_killed_best: int | None = None
    perpetrators_killed_high: int | None = None
    kidnapped_best: int | None = None
    perpetrator: str | None = meta(None, index=True, max_length=200)
    perpetrator_certainty: Certainty = meta(Certainty.UNKNOWN, max_length=20)
    targets: list[str] = meta(factory=list)
    victims_named: list[str] = meta(factory=list, personal=True)
    spans: JSON = meta(factory=dict)
    components: JSON = meta(factory=dict)
    confidence: float | None = None
    created_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class Incident(Entity):
    """The attack itself. Its figures are derived from its mentions by written rules."""

    __tablename__ = "incidents"

    title: str = ""
    attack_type: AttackType = meta(AttackType.OTHER, index=True, max_length=40)
    suicide: bool = False
    date: dt.date | None = meta(None, index=True)
    date_precision: DatePrecision = meta(DatePrecision.UNKNOWN, max_length=10)
    place_name: str | None = None
    country: str | None = meta(None, index=True, max_length=2)
    admin1: str | None = meta(None, index=True, max_length=10)
    admin2: str | None = meta(None, max_length=200)
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    killed_low: int | None = None
    # Indexed: the map draws the deadliest first (ORDER BY killed_best DESC, id DESC).
    killed_best: int | None = meta(None, index=True)
    killed_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    targets: list[str] = meta(factory=list)
    perpetrator_summary: str | None = meta(None, index=True, max_length=300)
    status: IncidentStatus = meta(IncidentStatus.REPORTED, index=True, max_length=20)
    explanation: JSON = meta(factory=dict)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class IncidentMention(Entity):
    """A link between a mention and an incident: a machine suggestion or an analyst's call."""

    __tablename__ = "incident_mentions"
    __unique_together__ = (("incident_id", "mention_id"),)

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    mention_id: int = meta(0, references="mentions.id", on_delete="CASCADE", index=True)
    state: LinkState = meta(LinkState.SUGGESTED, max_length=20)
    score: float | None = None
    decided_by: str | None = meta(None, max_length=200)
    decided_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class LinkDecision(Entity):
    """An analyst's confirm / reject / split / merge, keyed by what survives re-extraction.

    Mentions are replaced when a source is re-extracted; (source_id, ordinal) is stable, so
    re-linking re-applies these decisions instead of forgetting them.
    """

    __tablename__ = "link_decisions"

    source_id: int = meta(0, references="sources.id", index=True)
    ordinal: int = 0
    incident_id: int = meta(0, references="incidents.id", index=True)
    decision: str = meta("confirm", max_length=20)
    analyst: str = meta("", max_length=200)
    at: dt.datetime | None = None
    note: str | None = None


@dataclass(kw_only=True, eq=False)
class Claim(Entity):
    """An assertion about who did an attack or what it caused. Never merged away."""

    __tablename__ = "claims"

    incident_id: int | None = meta(None, references="incidents.id", on_delete="SET NULL", index=True)
    mention_id: int | None = meta(None, references="mentions.id", on_delete="CASCADE", index=True)
    source_id: int | None = meta(None, references="sources.id", index=True)
    kind: ClaimKind = meta(ClaimKind.RESPONSIBILITY, index=True, max_length=20)
    claimant: str | None = meta(None, max_length=300)
    subject: str | None = meta(None, index=True, max_length=300)
    channel: str | None = meta(None, max_length=200)
    span_start: int | None = None
    span_end: int | None = None
    quote: str | None = None
    killed_claimed: int | None = None
    injured_claimed: int | None = None
    released_by_party: bool = False
    possible_coercion: bool = False
    unverifiable: bool = False
    credibility: int | None = None  # 1 confirmed ... 6 cannot be judged
    origin: ClaimOrigin = meta(ClaimOrigin.EXTRACTED, max_length=20)
    persons: list[str] = meta(factory=list, personal=True)
    created_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class BulletinClaim(Entity):
    """One attack as a group's own claims bulletin lists it, for claimed-versus-verified."""

    __tablename__ = "bulletin_claims"

    claimant: str = meta("", index=True, max_length=200)
    channel: str | None = meta(None, max_length=200)
    bulletin_date: dt.date | None = None
    date: dt.date | None = meta(None, index=True)
    place: str | None = None
    admin1: str | None = meta(None, index=True, max_length=10)
    target: str | None = meta(None, max_length=200)
    claimed_killed: int | None = None
    claimed_injured: int | None = None
    note: str | None = None
    import_sha256: str | None = meta(None, index=True, max_length=64)
    row: int = 0


@dataclass(kw_only=True, eq=False)
class Assessment(Entity):
    """An analyst's own judgement of who did it, recorded beside the claims, not over them."""

    __tablename__ = "assessments"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    perpetrator: str | None = meta(None, max_length=200)
    confidence: str = meta("low", max_length=20)
    rationale: str = ""
    evidence_refs: list[str] = meta(factory=list)
    analyst: str = meta("", max_length=200, personal=True)
    at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class Hypothesis(Entity):
    """A row of an incident's matrix of competing hypotheses."""

    __tablename__ = "hypotheses"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    label: str = ""
    actor: str | None = meta(None, max_length=200)


@dataclass(kw_only=True, eq=False)
class AchItem(Entity):
    """A column of the matrix: one item of evidence or argument, with its weight."""

    __tablename__ = "ach_items"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    description: str = ""
    claim_id: int | None = meta(None, references="claims.id", on_delete="SET NULL")
    source_id: int | None = meta(None, references="sources.id")
    evidence_id: int | None = meta(None, references="evidence.id")
    weight: float = 1.0
    credibility: int | None = None


@dataclass(kw_only=True, eq=False)
class AchRatingEntry(Entity):
    """One cell: how consistent an item is with a hypothesis."""

    __tablename__ = "ach_ratings"
    __unique_together__ = (("hypothesis_id", "item_id"),)

    hypothesis_id: int = meta(0, references="hypotheses.id", on_delete="CASCADE", index=True)
    item_id: int = meta(0, references="ach_items.id", on_delete="CASCADE", index=True)
    rating: str = meta("neutral", max_length=20)
    analyst: str = meta("", max_length=200)


@dataclass(kw_only=True, eq=False)
class EvidenceLink(Entity):
    """What a piece of evidence shows about an incident (frame or time range, note)."""

    __tablename__ = "evidence_links"
    __unique_together__ = (("evidence_id", "incident_id"),)

    evidence_id: int = meta(0, references="evidence.id", on_delete="CASCADE", index=True)
    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    note: str | None = None
    t_start: float | None = None
    t_end: float | None = None
    recycled: bool = False
    recycled_note: str | None = None
    analyst: str | None = meta(None, max_length=200)
    at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class Verification(Entity):
    """One check on an incident or a piece of evidence, with its stated criterion."""

    __tablename__ = "verifications"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    evidence_id: int | None = meta(None, references="evidence.id")
    check: str = meta("geolocated", max_length=40)
    result: str = meta("inconclusive", max_length=20)
    criteria: str = ""
    value: str | None = None
    precision_m: float | None = None
    note: str | None = None
    analyst: str = meta("", max_length=200, personal=True)
    at: dt.datetime | None = None
    reviewer: str | None = meta(None, max_length=200, personal=True)
    reviewed_at: dt.datetime | None = None
    automatic: bool = False


@dataclass(kw_only=True, eq=False)
class WorkItem(Entity):
    """Who works on an incident and how far they are; one row per incident once anyone acts."""

    __tablename__ = "work_items"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", unique=True)
    status: str = meta("unclaimed", index=True, max_length=20)
    assignee: str | None = meta(None, index=True, max_length=100, personal=True)
    updated_by: str = meta("", max_length=200, personal=True)
    updated_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class Comment(Entity):
    """An analyst's note on an incident, for colleagues (never part of the data exported)."""

    __tablename__ = "comments"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    author: str = meta("", max_length=200, personal=True)
    body: str = ""
    at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class Correction(Entity):
    """An analyst's value for one derived field of an incident, with the reason.

    The machine's value is kept beside it (as text, as both were shown); while the
    correction stands, the incident carries the analyst's value, and re-deriving the
    incident's figures (re-linking) puts it back. Both values are in the audit chain.
    """

    __tablename__ = "corrections"

    incident_id: int = meta(0, references="incidents.id", on_delete="CASCADE", index=True)
    field: str = meta("", max_length=40)
    machine_value: str | None = None
    value: str | None = None
    reason: str = ""
    analyst: str = meta("", max_length=200, personal=True)
    at: dt.datetime | None = None
    withdrawn: bool = False


@dataclass(kw_only=True, eq=False)
class SavedSearch(Entity):
    """An analyst's search kept by name; new sources and incidents that match reach the inbox."""

    __tablename__ = "saved_searches"

    owner: str = meta("", index=True, max_length=100, personal=True)
    name: str = meta("", max_length=200)
    query: JSON = meta(factory=dict)  # {"q": ..., and the search filters}
    created_at: dt.datetime | None = None
    # The newest source and incident already looked at: an alert is only ever for what came after.
    seen_source_id: int = 0
    seen_incident_id: int = 0


@dataclass(kw_only=True, eq=False)
class InboxItem(Entity):
    """One new match of a saved search, waiting in its owner's inbox."""

    __tablename__ = "inbox_items"

    owner: str = meta("", index=True, max_length=100, personal=True)
    saved_search_id: int = meta(0, references="saved_searches.id", on_delete="CASCADE", index=True)
    kind: str = meta("source", max_length=20)
    ref_id: int = 0
    title: str = ""
    at: dt.datetime | None = None
    read: bool = False


@dataclass(kw_only=True, eq=False)
class Webhook(Entity):
    """Where a user's new matches are also POSTed, signed (docs/web.md, Webhooks).

    Off unless an admin lists the URL's host in TASDIQ_WEBHOOK_HOSTS: nothing leaves the
    machine unless someone chose to send it there. No saved search: every search of the owner.
    """

    __tablename__ = "webhooks"

    owner: str = meta("", index=True, max_length=100, personal=True)
    saved_search_id: int | None = meta(None, references="saved_searches.id", on_delete="CASCADE", index=True)
    url: str = meta("", max_length=2000)
    active: bool = True
    created_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class WebhookSecret(Entity):
    """A webhook's signing key, apart from the hook: the audit chain is history people read,
    and a key written into it would let any reader forge the hook's signature."""

    __tablename__ = "webhook_secrets"
    __audited__ = False

    webhook_id: int = meta(0, references="webhooks.id", on_delete="CASCADE", unique=True)
    secret: str = meta("", max_length=128)


@dataclass(kw_only=True, eq=False)
class WebhookDelivery(Entity):
    """One signed POST of new matches: the exact body, and what became of each attempt."""

    __tablename__ = "webhook_deliveries"

    webhook_id: int = meta(0, references="webhooks.id", on_delete="CASCADE", index=True)
    body: str = ""  # the UTF-8 JSON signed and sent, byte for byte on every attempt
    status: str = meta("pending", index=True, max_length=20)  # pending, delivered, failed
    attempts: int = 0
    http_status: int | None = None
    last_error: str | None = None
    created_at: dt.datetime | None = None
    next_attempt_at: dt.datetime | None = meta(None, index=True)
    delivered_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class Actor(Entity):
    """Armed group, state force, media outlet or person, with aliases and validity."""

    __tablename__ = "actors"

    key: str = meta("", unique=True, max_length=100)
    name: str = ""
    kind: str = meta("armed_group", max_length=40)
    parent_key: str | None = meta(None, max_length=100)
    aliases: list[str] = meta(factory=list)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


@dataclass(kw_only=True, eq=False)
class Place(Entity):
    """A gazetteer entry added in this store (the shipped gazetteer is reference data)."""

    __tablename__ = "places"

    name: str = ""
    kind: str = meta("city", max_length=40)
    country: str = meta("", max_length=2)
    admin1: str | None = meta(None, max_length=10)
    admin2: str | None = meta(None, max_length=200)
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    names: list[str] = meta(factory=list)


@dataclass(kw_only=True, eq=False)
class User(Entity):
    __tablename__ = "users"

    username: str = meta("", unique=True, max_length=100)
    password_hash: str = ""
    role: str = meta("viewer", max_length=20)
    active: bool = True
    created_at: dt.datetime | None = None
    # Bumped by logging out, a role change or deactivation: session cookies carry the epoch
    # they were issued under, and one from an earlier epoch is no longer a session.
    session_epoch: int = 0


@dataclass(kw_only=True, eq=False)
class ApiToken(Entity):
    __tablename__ = "api_tokens"

    user_id: int = meta(0, references="users.id", on_delete="CASCADE", index=True)
    name: str = ""
    token_sha256: str = meta("", unique=True, max_length=64)
    created_at: dt.datetime | None = None
    last_used: dt.datetime | None = None
    revoked: bool = False
    # After this moment the token no longer signs anyone in (None: issued before tokens expired).
    expires_at: dt.datetime | None = None


@dataclass(kw_only=True, eq=False)
class AuditEntry(Entity):
    """One write to the store. `hash` covers this entry and `prev_hash`, forming a chain."""

    __tablename__ = "audit_entries"
    __audited__ = False

    at: dt.datetime | None = None
    actor: str = meta("", max_length=200)
    action: str = meta("", max_length=20)
    entity: str = meta("", index=True, max_length=60)
    entity_id: str = meta("", index=True, max_length=100)
    before: JSON | None = None
    after: JSON | None = None
    prev_hash: str = meta("", max_length=64)
    hash: str = meta("", unique=True, max_length=64)


@dataclass(kw_only=True, eq=False)
class Capture(Entity):
    """One capture of a web page: what the server answered, when, and the originals kept.

    A page that answered with an error or could not be reached is a Capture without a
    source ("404 at T"), never an empty report. A changed page is a new Source whose
    `supersedes_id` points at the previous version.
    """

    __tablename__ = "captures"

    url: str = meta("", index=True, max_length=2000)
    final_url: str | None = None
    http_status: int | None = None
    outcome: str = meta("captured", index=True, max_length=20)
    problem: str | None = None
    captured_at: dt.datetime | None = meta(None, index=True)
    captured_by: str | None = meta(None, max_length=200)
    source_id: int | None = meta(None, references="sources.id", index=True)
    html_sha256: str | None = meta(None, max_length=64)
    warc_sha256: str | None = meta(None, max_length=64)
    screenshot_sha256: str | None = meta(None, max_length=64)
    pdf_sha256: str | None = meta(None, max_length=64)
    headers: JSON = meta(factory=dict)


@dataclass(kw_only=True, eq=False)
class Job(Entity):
    """Background work queued by the web app (pipeline after an upload, a capture).

    Workers started by `tasdiq serve` claim a queued job by a conditional update, so two
    workers never run one job; a job whose worker died is taken again when its lease ends.
    Operational state, not evidence: not in the audit chain.
    """

    __tablename__ = "jobs"
    __audited__ = False

    kind: str = meta("pipeline", max_length=20)
    status: str = meta("queued", index=True, max_length=20)
    payload: JSON = meta(factory=dict)
    progress: str | None = None
    result: JSON = meta(factory=dict)
    error: str | None = None
    attempts: int = 0
    created_by: str | None = meta(None, max_length=200)
    created_at: dt.datetime | None = meta(None, index=True)
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    lease_until: dt.datetime | None = None


ENTITIES: tuple[type[Entity], ...] = (
    Original,
    Source,
    Evidence,
    MediaHash,
    DerivedObject,
    Mention,
    Incident,
    IncidentMention,
    LinkDecision,
    Claim,
    BulletinClaim,
    Assessment,
    Hypothesis,
    AchItem,
    AchRatingEntry,
    EvidenceLink,
    Verification,
    WorkItem,
    Comment,
    Correction,
    SavedSearch,
    InboxItem,
    Webhook,
    WebhookSecret,
    WebhookDelivery,
    Actor,
    Place,
    User,
    ApiToken,
    AuditEntry,
    Capture,
    Job,
)
