"""What was ingested: source key -> fingerprint -> content hash -> document -> chunks -> version."""

from vellum.ledger.ledger import Ledger, SourceRecord, plan_changes, ChangePlan

__all__ = ["ChangePlan", "Ledger", "SourceRecord", "plan_changes"]
