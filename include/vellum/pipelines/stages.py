"""The four ingestion stages as plain functions over files: plan+parse, chunk, embed, publish.

KFP components (``components.py``) are thin typed wrappers around these, so the logic is tested
without KFP and the same code runs in ``kfp.local`` and in a cluster pod. Stages exchange JSON /
``.npy`` files (KFP artifacts); nothing is published until the last stage, and that stage
commits atomically (see ``vellum.index.publish``).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

from vellum.chunking import ChunkingConfig, chunk_pages, document_id
from vellum.index import DocumentEntry, IndexLayout, IndexSnapshot, ManifestMissing, publish_version
from vellum.index.publish import read_latest_version
from vellum.ledger import Ledger, SourceRecord, plan_changes
from vellum.storage import ObjectInfo, ObjectStore, open_url

log = logging.getLogger("vellum.ingest")

#: Page kinds that carry no answers: not chunked, not embedded (saves model work, see issue 4).
SKIPPED_PAGE_KINDS = frozenset({"toc", "index", "blank"})


def _write_json(path: str | Path, data: dict) -> None:
    Path(path).write_text(json.dumps(data, indent=1, sort_keys=True))


def _read_json(path: str | Path) -> dict:
    return json.loads(Path(path).read_text())


def _parent_snapshot(index: ObjectStore, layout: IndexLayout) -> IndexSnapshot | None:
    version = read_latest_version(index, layout)
    if version is None:
        return None
    uri = index.url(layout.version_prefix(version))
    try:
        return IndexSnapshot.load(uri)
    except ManifestMissing:
        log.warning("LATEST points at %s but it has no manifest; starting a fresh index", version)
        return None


def _quarantine(index: ObjectStore, layout: IndexLayout, info: ObjectInfo, data: bytes, rejection: dict) -> str:
    """Copy a rejected file aside with a JSON reason, so nothing is lost and it can be fixed."""
    digest = hashlib.sha256(data).hexdigest()[:12]
    key = f"{layout.quarantine_prefix()}/{digest}-{info.name}"
    index.write_bytes(key, data)
    index.write_text(f"{key}.reason.json", json.dumps({**rejection, "source": info.key}, indent=1))
    return index.url(key)


def plan_and_parse(
    *,
    source_url: str,
    index_url: str,
    collection: str,
    force: bool,
    out_path: str,
    batch: dict[str, str] | None = None,
    settle_seconds: float = 5.0,
) -> dict:
    """Find new/changed/deleted sources and parse the new content; quarantine bad files.

    ``batch`` is the sensor's key -> fingerprint list (only those are taken); without it the
    whole source is reconciled, skipping objects younger than ``settle_seconds``.
    """
    from vellum.documents import DocumentRejected, parse_pdf

    source, index = open_url(source_url), open_url(index_url)
    layout = IndexLayout(collection)
    ledger = Ledger.load(index, layout)
    plan = plan_changes(
        list(source.list()), ledger, force=force, batch=batch, settled_before=time.time() - settle_seconds
    )
    parent = _parent_snapshot(index, layout)
    known = parent.manifest.document_by_hash() if parent else {}
    log.info(
        "plan: %d new/changed, %d unchanged, %d deleted source(s); parent version %s",
        len(plan.new_or_changed), len(plan.unchanged), len(plan.deleted),
        parent.version if parent else None,
    )
    parsed: dict[str, dict] = {}
    records: dict[str, dict] = {}
    rejected: list[dict] = []
    for info in plan.new_or_changed:
        data = source.read_bytes(info.key)
        sha = hashlib.sha256(data).hexdigest()
        base = {"key": info.key, "fingerprint": info.fingerprint, "size": info.size, "content_sha256": sha}
        if sha in parsed or (sha in known and not force):
            log.info("%s: content already known (%s); not parsed again", info.key, document_id(sha))
            records[info.key] = {**base, "status": "indexed", "doc_id": document_id(sha)}
            continue
        try:
            doc = parse_pdf(data, source=info.key)
        except DocumentRejected as exc:
            where = _quarantine(index, layout, info, data, exc.to_dict())
            log.warning("%s: rejected (%s: %s); quarantined at %s", info.key, exc.reason, exc.detail, where)
            rejected.append({"key": info.key, "reason": exc.reason, "detail": exc.detail, "quarantined_at": where})
            records[info.key] = {**base, "status": "rejected", "reason": exc.reason}
            continue
        parsed[sha] = {
            "doc_id": document_id(sha),
            "content_sha256": sha,
            "title": doc.title,
            "page_count": doc.page_count,
            "pages": [{"number": p.number, "text": p.text, "kind": p.kind} for p in doc.pages],
        }
        records[info.key] = {**base, "status": "indexed", "doc_id": document_id(sha)}
        log.info("%s: parsed %d page(s)", info.key, doc.page_count)
    result = {
        "collection": collection,
        "source_url": source_url,
        "index_url": index_url,
        "parent_version": parent.version if parent else None,
        "force": force,
        "parsed": list(parsed.values()),
        "records": records,
        "unchanged": list(plan.unchanged),
        "deleted": list(plan.deleted),
        "rejected": rejected,
    }
    _write_json(out_path, result)
    return result


def chunk_documents(*, parsed_path: str, chunk_tokens: int, overlap_tokens: int, out_path: str) -> int:
    """Chunk the body pages of newly parsed documents."""
    config = ChunkingConfig(chunk_tokens=chunk_tokens, overlap_tokens=overlap_tokens)
    parsed = _read_json(parsed_path)
    chunks: list[dict] = []
    skipped: dict[str, list[int]] = {}
    for doc in parsed["parsed"]:
        body = [(p["number"], p["text"]) for p in doc["pages"] if p["kind"] not in SKIPPED_PAGE_KINDS]
        skipped[doc["doc_id"]] = [p["number"] for p in doc["pages"] if p["kind"] in SKIPPED_PAGE_KINDS]
        chunks.extend(c.to_dict() for c in chunk_pages(doc["doc_id"], body, config))
    _write_json(out_path, {"chunking": config.to_dict(), "chunks": chunks, "skipped_pages": skipped})
    log.info("chunked %d document(s) into %d chunk(s)", len(parsed["parsed"]), len(chunks))
    return len(chunks)


def embed_chunks(*, chunks_path: str, out_path: str) -> int:
    """Embed the new chunks with the offline MiniLM encoder; writes an ``.npy`` matrix."""
    from vellum.embedding import default_encoder

    chunks = _read_json(chunks_path)["chunks"]
    vectors = default_encoder().encode([c["text"] for c in chunks])
    with open(out_path, "wb") as handle:
        np.save(handle, vectors, allow_pickle=False)
    log.info("embedded %d chunk(s)", len(chunks))
    return len(chunks)


def _same_recipe(parent: IndexSnapshot, chunking: dict, model: str) -> bool:
    return parent.manifest.chunking == chunking and parent.manifest.embedding_model == model


def publish(*, parsed_path: str, chunks_path: str, embeddings_path: str, out_path: str) -> dict:
    """Merge new chunks with the parent's reusable ones, commit the version, update the ledger."""
    from vellum.embedding.minilm import MODEL_ID

    parsed, chunked = _read_json(parsed_path), _read_json(chunks_path)
    new_vectors = np.load(embeddings_path, allow_pickle=False)
    index = open_url(parsed["index_url"])
    layout = IndexLayout(parsed["collection"])
    ledger = Ledger.load(index, layout)
    parent = _parent_snapshot(index, layout)

    # Which sources make up the new version: the ledger's still-present ones, updated by this run.
    records = {k: v for k, v in ledger.sources.items() if k not in set(parsed["deleted"])}
    records.update({k: SourceRecord(**v) for k, v in parsed["records"].items()})
    live_hashes = {r.content_sha256 for r in records.values() if r.status == "indexed"}
    sources_of: dict[str, list[str]] = {}
    for key, record in sorted(records.items()):
        if record.status == "indexed":
            sources_of.setdefault(record.content_sha256, []).append(key)

    new_docs = {d["content_sha256"]: d for d in parsed["parsed"]}
    chunks: list[dict] = list(chunked["chunks"])
    vectors = [new_vectors] if len(chunks) else []
    entries: list[DocumentEntry] = []
    reused = 0
    if parent is not None and not _same_recipe(parent, chunked["chunking"], MODEL_ID):
        if (live_hashes - set(new_docs)) & set(parent.manifest.document_by_hash()):
            raise ValueError(
                f"the chunking/embedding recipe differs from version {parent.version}; "
                "its embeddings cannot be reused: re-run with force=True to re-index everything"
            )
        parent = None
    if parent is not None:
        keep_hashes = (live_hashes - set(new_docs)) & set(parent.manifest.document_by_hash())
        keep_ids = {document_id(h) for h in keep_hashes}
        rows = [i for i, c in enumerate(parent.chunks) if c["doc_id"] in keep_ids]
        chunks = [parent.chunks[i] for i in rows] + chunks
        vectors = [parent.embeddings[rows]] + vectors
        reused = len(rows)
        for sha in keep_hashes:
            old = parent.manifest.document_by_hash()[sha]
            entries.append(DocumentEntry(**{**asdict(old), "sources": tuple(sources_of[sha])}))
    per_doc: dict[str, int] = {}
    for c in chunked["chunks"]:
        per_doc[c["doc_id"]] = per_doc.get(c["doc_id"], 0) + 1
    for sha, doc in new_docs.items():
        if sha not in live_hashes:
            continue
        entries.append(
            DocumentEntry(
                doc_id=doc["doc_id"],
                content_sha256=sha,
                sources=tuple(sources_of[sha]),
                title=doc["title"],
                page_count=doc["page_count"],
                chunk_count=per_doc.get(doc["doc_id"], 0),
                skipped_pages=tuple(chunked["skipped_pages"].get(doc["doc_id"], [])),
            )
        )
    matrix = np.concatenate(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)
    result = publish_version(
        index,
        layout,
        documents=entries,
        chunks=chunks,
        embeddings=matrix,
        embedding_model=MODEL_ID,
        chunking=chunked["chunking"],
        parent_version=parsed["parent_version"],
    )
    ledger.index_version = result.version
    ledger.sources = {
        k: SourceRecord(**{**asdict(r), "index_version": result.version if r.status == "indexed" else None})
        for k, r in records.items()
    }
    ledger.chunk_ids = {}
    for c in chunks:
        ledger.chunk_ids.setdefault(c["doc_id"], []).append(c["chunk_id"])
    ledger.save(index, layout)
    summary = {
        "collection": parsed["collection"],
        "version": result.version,
        "version_uri": layout.version_url(index.root_url, result.version),
        "created": result.created,
        "parent_version": parsed["parent_version"],
        "documents": len(entries),
        "chunks": len(chunks),
        "chunks_embedded": len(chunked["chunks"]),
        "chunks_reused": reused,
        "deleted_sources": parsed["deleted"],
        "rejected": parsed["rejected"],
    }
    _write_json(out_path, summary)
    log.info("run summary: %s", json.dumps(summary, sort_keys=True))
    return summary
