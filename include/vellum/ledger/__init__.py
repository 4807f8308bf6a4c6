"""What was ingested: source key -> fingerprint -> content hash -> document -> chunks -> version."""

from vellum.ledger.ledger import ChangePlan, Ledger, SourceRecord, is_candidate, plan_changes

__all__ = ["ChangePlan", "Ledger", "SourceRecord", "is_candidate", "plan_changes"]
