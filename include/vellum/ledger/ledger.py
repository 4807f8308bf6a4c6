"""The ingestion ledger, stored next to the index as ``<collection>/LEDGER.json``.

Why in object storage and not the Airflow DB: the ledger must travel with the index it
describes (a KFP component in another pod updates it, a restored bucket keeps it), and a single
JSON PUT is atomic on S3 and on local disk. It is rewritten only *after* an index version is
committed, so a crash leaves a stale ledger, which the next run repairs: the same content maps
to the same content-addressed version, so nothing is ever embedded or published twice.

Cheap change detection uses the listing's fingerprint (S3 ETag, or file size+mtime); only a
source whose fingerprint changed is read and hashed again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

from vellum.index.layout import IndexLayout
from vellum.storage import ObjectInfo, ObjectStore

#: Names of files that are still being written by common uploaders; never ingested.
PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".filepart", ".download")


@dataclass(frozen=True)
class SourceRecord:
    """One source object as last ingested. ``fingerprint`` is the listing's cheap change signal;
    ``content_sha256`` identifies the bytes (and so the document) whatever the key or back end."""

    key: str
    fingerprint: str
    size: int
    content_sha256: str
    status: str  # "indexed" | "rejected"
    doc_id: str | None = None
    reason: str | None = None
    index_version: str | None = None


@dataclass
class Ledger:
    """The collection's ingestion state, consistent with (or one step behind) ``index_version``."""

    collection: str
    sources: dict[str, SourceRecord] = field(default_factory=dict)
    chunk_ids: dict[str, list[str]] = field(default_factory=dict)  # doc id -> chunk ids
    index_version: str | None = None
    updated_at: str | None = None

    @classmethod
    def load(cls, store: ObjectStore, layout: IndexLayout) -> "Ledger":
        if not store.exists(layout.ledger_key):
            return cls(collection=layout.collection)
        data = json.loads(store.read_text(layout.ledger_key))
        return cls(
            collection=data["collection"],
            sources={k: SourceRecord(**v) for k, v in data["sources"].items()},
            chunk_ids=data.get("chunk_ids", {}),
            index_version=data.get("index_version"),
            updated_at=data.get("updated_at"),
        )

    def save(self, store: ObjectStore, layout: IndexLayout) -> None:
        self.updated_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        data = {
            "collection": self.collection,
            "index_version": self.index_version,
            "updated_at": self.updated_at,
            "sources": {k: asdict(v) for k, v in sorted(self.sources.items())},
            "chunk_ids": dict(sorted(self.chunk_ids.items())),
        }
        store.write_text(layout.ledger_key, json.dumps(data, indent=1, sort_keys=True))


@dataclass(frozen=True)
class ChangePlan:
    """What a run must do, from a listing compared with the ledger."""

    new_or_changed: tuple[ObjectInfo, ...]
    unchanged: tuple[str, ...]
    deleted: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not self.new_or_changed and not self.deleted


def is_candidate(info: ObjectInfo) -> bool:
    """A PDF that is not a partial upload (by name) and not empty-so-far."""
    name = info.name.lower()
    return (
        name.endswith(".pdf")
        and not name.startswith(".")
        and not name.endswith(PARTIAL_SUFFIXES)
        and info.size > 0
    )


def plan_changes(
    listing: list[ObjectInfo],
    ledger: Ledger,
    *,
    force: bool = False,
    batch: dict[str, str] | None = None,
    settled_before: float | None = None,
) -> ChangePlan:
    """Compare the source listing with the ledger.

    ``force`` treats every present source as changed. ``batch`` (key -> fingerprint, what the
    drop sensor saw stable) limits new work to exactly those objects, and skips one whose
    fingerprint moved again since (the next sensor run takes it). Without a batch, objects
    modified after ``settled_before`` (epoch seconds) are left for a later run: they may still
    be being written.
    """
    current = {info.key: info for info in listing if is_candidate(info)}
    listed = {info.key for info in listing}
    changed, unchanged = [], []
    for key, info in sorted(current.items()):
        record = ledger.sources.get(key)
        if not force and record is not None and record.fingerprint == info.fingerprint:
            unchanged.append(key)
        elif batch is not None:
            if batch.get(key) == info.fingerprint:
                changed.append(info)
        elif settled_before is None or info.modified <= settled_before:
            changed.append(info)
    # Deleted means gone from the listing, not "no longer a candidate": a source being
    # rewritten in place (size 0 for a moment) keeps its chunks until its new bytes settle.
    deleted = sorted(set(ledger.sources) - listed)
    return ChangePlan(tuple(changed), tuple(unchanged), tuple(deleted))
