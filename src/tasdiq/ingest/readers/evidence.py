"""Images, video, audio and other binaries: kept as evidence, typed by their bytes."""

from __future__ import annotations

from .records import EvidenceRecord, Limits
from .sniffing import match_signature


def read_evidence(name: str, data: bytes, limits: Limits) -> EvidenceRecord:
    signature = match_signature(data)
    if signature is None:
        return EvidenceRecord(media_type="application/octet-stream", kind="other")
    return EvidenceRecord(media_type=signature.media_type, kind=signature.kind)
