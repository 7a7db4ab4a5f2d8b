"""The claims ledger: who claims what about an attack, graded, flagged, and never merged.

Public functions (keyword-only, take a session, never commit):
- ledger, list_claims                       read the ledger of an incident / the store
- set_source_reliability, set_claim_credibility, set_claim_flags, add_claim,
  record_assessment, apply_flag_rules(_many) analysts' changes
- ach_matrix, add_hypothesis, seed_hypotheses, add_item, seed_items, rate
                                            analysis of competing hypotheses
- import_bulletin, reconcile                claimed versus verified
"""

from tasdiq.claims.ach import AchMatrix, ach_matrix, add_hypothesis, add_item, rate, seed_hypotheses, seed_items
from tasdiq.claims.bulletin import BulletinImport, import_bulletin
from tasdiq.claims.edits import (
    add_claim,
    apply_flag_rules,
    apply_flag_rules_many,
    record_assessment,
    set_claim_credibility,
    set_claim_flags,
    set_source_reliability,
)
from tasdiq.claims.ledger import Ledger, LedgerClaim, ledger, list_claims
from tasdiq.claims.reconcile import Reconciliation, reconcile

__all__ = [
    "AchMatrix",
    "BulletinImport",
    "Ledger",
    "LedgerClaim",
    "Reconciliation",
    "ach_matrix",
    "add_claim",
    "add_hypothesis",
    "add_item",
    "apply_flag_rules",
    "apply_flag_rules_many",
    "import_bulletin",
    "ledger",
    "list_claims",
    "rate",
    "reconcile",
    "record_assessment",
    "seed_hypotheses",
    "seed_items",
    "set_claim_credibility",
    "set_claim_flags",
    "set_source_reliability",
]
