"""API response models derived from the model dataclasses: one declaration per noun.

`out_model(Incident)` reads the dataclass fields and their annotations and builds the
pydantic model FastAPI publishes in the OpenAPI description. Fields marked `personal=True`
become nullable: for a role that may not see them they are sent as null ("withheld"),
never dropped, so a client's schema does not change with the caller's role.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, create_model

from tasdiq.model import (
    ENTITIES,
    AchItem,
    AchRatingEntry,
    AuditEntry,
    Claim,
    Entity,
    Evidence,
    Hypothesis,
    Incident,
    IncidentMention,
    Mention,
    Source,
    Verification,
)
from tasdiq.model.enums import Role


def personal_fields(entity: type[Entity]) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(entity) if f.metadata.get("personal"))


def out_model(
    entity: type[Entity], *, name: str | None = None, exclude: frozenset[str] = frozenset()
) -> type[BaseModel]:
    hints = typing.get_type_hints(entity)
    personal = personal_fields(entity)
    fields: dict[str, Any] = {}
    for f in dataclasses.fields(entity):
        if f.name in exclude:
            continue
        annotation = hints[f.name]
        fields[f.name] = (annotation | None, None) if f.name in personal else (annotation, ...)
    model: type[BaseModel] = create_model(
        name or f"{entity.__name__}Out", __config__=ConfigDict(from_attributes=True), **fields
    )
    return model


def to_dict(obj: Entity, *, role: Role, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The entity's fields as a dict, personal ones withheld (None) unless `role` allows."""
    withheld = personal_fields(type(obj)) if not role.allows(Role.ANALYST) else frozenset()
    return {
        f.name: (None if f.name in withheld else getattr(obj, f.name))
        for f in dataclasses.fields(obj)
        if f.name not in exclude
    }


def page_model(item: type[BaseModel], name: str) -> type[BaseModel]:
    model: type[BaseModel] = create_model(
        name, total=(int, ...), limit=(int, ...), offset=(int, ...), items=(list[item], ...)  # type: ignore[valid-type]
    )
    return model


PERSONAL_BY_TABLE: dict[str, frozenset[str]] = {e.__tablename__: personal_fields(e) for e in ENTITIES}
INCIDENT_LIST_EXCLUDE = frozenset({"explanation"})
SOURCE_LIST_EXCLUDE = frozenset({"text", "extra"})

IncidentOut = out_model(Incident)
IncidentSummaryOut = out_model(Incident, name="IncidentSummaryOut", exclude=INCIDENT_LIST_EXCLUDE)
MentionOut = out_model(Mention)
SourceOut = out_model(Source)
SourceSummaryOut = out_model(Source, name="SourceSummaryOut", exclude=SOURCE_LIST_EXCLUDE)
ClaimOut = out_model(Claim)
VerificationOut = out_model(Verification)
LinkOut = out_model(IncidentMention, name="LinkOut")
EvidenceOut = out_model(Evidence)
HypothesisOut = out_model(Hypothesis)
AchItemOut = out_model(AchItem)
AchRatingOut = out_model(AchRatingEntry, name="AchRatingOut")
AuditEntryOut = out_model(AuditEntry)

IncidentPage = page_model(IncidentSummaryOut, "IncidentPage")
MentionPage = page_model(MentionOut, "MentionPage")
SourcePage = page_model(SourceSummaryOut, "SourcePage")
ClaimPage = page_model(ClaimOut, "ClaimPage")
VerificationPage = page_model(VerificationOut, "VerificationPage")
