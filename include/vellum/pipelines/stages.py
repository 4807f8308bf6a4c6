"""The four ingestion stages as plain functions over files: plan+parse, chunk, embed, publish.

KFP components (``components.py``) are thin typed wrappers around these, so the logic is tested
without KFP and the same code runs in ``kfp.local`` and in a cluster pod. Stages exchange JSON /
``.npz`` files (KFP artifacts); nothing is published until the last stage, and that stage
commits atomically (see ``vellum.index.publish``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

from vellum.chunking import ChunkingConfig, chunk_pages, document_id
from vellum.embedding.minilm import DIMENSION
from vellum.embedding.splade import MODEL_ID as TERM_MODEL
from vellum.index import DocumentEntry, IndexLayout, IndexSnapshot, Manifest, publish_version
from vellum.index.layout import CHUNKS, read_latest_version
from vellum.index.publish import adopt_committed, read_manifest, version_id
from vellum.index.terms import TermWeights
from vellum.ledger import Ledger, SourceRecord, plan_changes
from vellum.storage import ObjectInfo, ObjectStore, open_url

log = logging.getLogger("vellum.ingest")

#: Page kinds that carry no answers: not chunked, not embedded (saves model work, see issue 4).
SKIPPED_PAGE_KINDS = frozenset({"toc", "index", "blank"})


def _write_json(path: str | Path, data: dict) -> None:
    Path(path).write_text(json.dumps(data, indent=1, sort_keys=True))


def _read_json(path: str | Path) -> dict:
    return json.loads(Path(path).read_text())


def _latest_manifest(index: ObjectStore, layout: IndexLayout) -> Manifest | None:
    """The manifest LATEST points at (planning needs only the document list, not embeddings)."""
    version = read_latest_version(index, layout)
    if version is None:
        return None
    manifest = read_manifest(index, layout, version)
    if manifest is None:
        log.warning("LATEST points at %s but it has no manifest; starting a fresh index", version)
    return manifest


def _parent_snapshot(index: ObjectStore, layout: IndexLayout) -> IndexSnapshot | None:
    """The whole version LATEST points at, embeddings included (for reusing unchanged documents)."""
    manifest = _latest_manifest(index, layout)
    return IndexSnapshot.load(index.url(layout.version_prefix(manifest.version))) if manifest else None


def _quarantine(index: ObjectStore, layout: IndexLayout, info: ObjectInfo, data: bytes, rejection: dict) -> str:
    """Copy a rejected file aside with a JSON reason, so nothing is lost and it can be fixed."""
    digest = hashlib.sha256(data).hexdigest()[:12]
    key = f"{layout.quarantine_prefix()}/{digest}-{info.name}"
    index.write_bytes(key, data)
    index.write_text(f"{key}.reason.json", json.dumps({**rejection, "source": info.key}, indent=1))
    return index.url(key)


def _missing_from_index(
    listing: list[ObjectInfo], unchanged: tuple[str, ...], ledger: Ledger, known: dict
) -> list[ObjectInfo]:
    """Sources the ledger calls indexed whose content the current version lacks.

    That happens when the ledger is ahead of the index (LATEST moved back, a version was
    removed by hand): trusting the ledger would drop those documents silently forever, so they
    are processed again.
    """
    keep = set(unchanged)
    return [
        info
        for info in listing
        if info.key in keep
        and ledger.sources[info.key].status == "indexed"
        and ledger.sources[info.key].content_sha256 not in known
    ]


class _ParseRun:
    """Reads each planned source once and sorts it: known content, parsed, or quarantined."""

    def __init__(self, index: ObjectStore, layout: IndexLayout, known: dict, force: bool) -> None:
        self.index, self.layout, self.known, self.force = index, layout, known, force
        self.parsed: dict[str, dict] = {}  # content sha -> parsed document
        self.records: dict[str, dict] = {}  # source key -> ledger record
        self.rejected: list[dict] = []
        self._rejections: dict[str, dict] = {}  # content sha -> rejection, for duplicates in one run

    def add(self, info: ObjectInfo, data: bytes) -> None:
        sha = hashlib.sha256(data).hexdigest()
        base = {"key": info.key, "fingerprint": info.fingerprint, "size": info.size, "content_sha256": sha}
        if sha in self.parsed or (sha in self.known and not self.force):
            log.info("%s: content already known (%s); not parsed again", info.key, document_id(sha))
            self.records[info.key] = {**base, "status": "indexed", "doc_id": document_id(sha)}
        elif sha in self._rejections:
            self._reject(info, base, self._rejections[sha], quarantined_at=None)
        else:
            self._parse(info, data, base)

    def _parse(self, info: ObjectInfo, data: bytes, base: dict) -> None:
        from vellum.documents import DocumentRejected, parse_pdf

        try:
            doc = parse_pdf(data, source=info.key)
        except DocumentRejected as exc:
            rejection = exc.to_dict()
            self._rejections[base["content_sha256"]] = rejection
            self._reject(info, base, rejection, _quarantine(self.index, self.layout, info, data, rejection))
            return
        sha = base["content_sha256"]
        self.parsed[sha] = {
            "doc_id": document_id(sha),
            "content_sha256": sha,
            "title": doc.title,
            "page_count": doc.page_count,
            "pages": [{"number": p.number, "text": p.text, "kind": p.kind} for p in doc.pages],
        }
        self.records[info.key] = {**base, "status": "indexed", "doc_id": document_id(sha)}
        log.info("%s: parsed %d page(s)", info.key, doc.page_count)

    def _reject(self, info: ObjectInfo, base: dict, rejection: dict, quarantined_at: str | None) -> None:
        where = quarantined_at or "(same bytes as another rejected file in this run)"
        log.warning("%s: rejected (%s: %s); quarantined at %s", info.key, rejection["reason"], rejection["detail"], where)
        self.rejected.append(
            {"key": info.key, "reason": rejection["reason"], "detail": rejection["detail"], "quarantined_at": where}
        )
        self.records[info.key] = {**base, "status": "rejected", "reason": rejection["reason"]}


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
    source, index = open_url(source_url), open_url(index_url)
    layout = IndexLayout(collection)
    ledger = Ledger.load(index, layout)
    listing = list(source.list())
    plan = plan_changes(listing, ledger, force=force, batch=batch, settled_before=time.time() - settle_seconds)
    parent = _latest_manifest(index, layout)
    known = parent.document_by_hash() if parent else {}
    healed = _missing_from_index(listing, plan.unchanged, ledger, known)
    log.info(
        "plan: %d new/changed, %d unchanged (%d missing from the index), %d deleted source(s); parent version %s",
        len(plan.new_or_changed), len(plan.unchanged), len(healed), len(plan.deleted),
        parent.version if parent else None,
    )
    run = _ParseRun(index, layout, known, force)
    for info in [*plan.new_or_changed, *healed]:
        run.add(info, source.read_bytes(info.key))
    result = {
        "collection": collection,
        "source_url": source_url,
        "index_url": index_url,
        "parent_version": parent.version if parent else None,
        "force": force,
        "parsed": list(run.parsed.values()),
        "records": run.records,
        "unchanged": sorted(set(plan.unchanged) - set(run.records)),
        "deleted": list(plan.deleted),
        "rejected": run.rejected,
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


def _encode(texts: list[str]) -> np.ndarray:
    """Embed ``texts``; an empty list never loads the model (an unchanged re-run stays fast)."""
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    from vellum.embedding import default_encoder

    return default_encoder().encode(texts)


def _term_weights(texts: list[str]) -> TermWeights:
    """SPLADE weights of ``texts``; an empty list never loads the model."""
    if not texts:
        return TermWeights.from_rows([])
    from vellum.embedding.splade import default_splade

    return TermWeights.from_rows(default_splade().encode_documents(texts))


def embed_chunks(*, chunks_path: str, out_path: str) -> int:
    """Embed the new chunks with the offline MiniLM encoder and weigh their terms with SPLADE;
    writes one ``.npz``: ``embeddings`` and the ``terms_*`` arrays of ``TermWeights``."""
    chunks = _read_json(chunks_path)["chunks"]
    texts = [c["text"] for c in chunks]
    started = time.monotonic()
    vectors = _encode(texts)
    embedded = time.monotonic()
    terms = _term_weights(texts)
    with open(out_path, "wb") as handle:
        np.savez(handle, embeddings=vectors, terms_indptr=terms.indptr, terms_ids=terms.ids, terms_weights=terms.weights)
    log.info(
        "embedded %d chunk(s) in %.1f s, weighed their terms in %.1f s",
        len(chunks), embedded - started, time.monotonic() - embedded,
    )
    return len(chunks)


def _load_embedded(path: str) -> tuple[np.ndarray, TermWeights]:
    with np.load(path, allow_pickle=False) as npz:
        return npz["embeddings"], TermWeights(npz["terms_indptr"], npz["terms_ids"], npz["terms_weights"])


def _same_recipe(parent: IndexSnapshot, chunking: dict, model: str) -> bool:
    return parent.manifest.chunking == chunking and parent.manifest.embedding_model == model


def _next_records(ledger: Ledger, parsed: dict) -> dict[str, SourceRecord]:
    """The ledger's still-present sources, updated by this run: what the new version is made of."""
    deleted = set(parsed["deleted"])
    records = {k: v for k, v in ledger.sources.items() if k not in deleted}
    records.update({k: SourceRecord(**v) for k, v in parsed["records"].items()})
    return records


def _sources_by_content(records: dict[str, SourceRecord]) -> dict[str, list[str]]:
    """content sha -> the source keys holding those bytes (one document, many names)."""
    sources: dict[str, list[str]] = {}
    for key, record in sorted(records.items()):
        if record.status == "indexed":
            sources.setdefault(record.content_sha256, []).append(key)
    return sources


def _reusable_parent(index: ObjectStore, layout: IndexLayout, chunking: dict, keep: set[str]) -> IndexSnapshot | None:
    """The parent version whose embeddings the new one reuses, or None if nothing is reusable.

    Mixing vectors from two recipes (chunk sizes, model) in one index would make scores
    incomparable, so a recipe change with documents to carry over is an error, not a guess.
    """
    from vellum.embedding.minilm import MODEL_ID

    parent = _parent_snapshot(index, layout) if keep else None
    if parent is None or _same_recipe(parent, chunking, MODEL_ID):
        return parent
    if keep & set(parent.manifest.document_by_hash()):
        raise ValueError(
            f"the chunking/embedding recipe differs from version {parent.version}; "
            "its embeddings cannot be reused: re-run with force=True to re-index everything"
        )
    return None


def _new_entries(new_docs: dict[str, dict], chunked: dict, sources: dict[str, list[str]]) -> list[DocumentEntry]:
    per_doc: dict[str, int] = {}
    for chunk in chunked["chunks"]:
        per_doc[chunk["doc_id"]] = per_doc.get(chunk["doc_id"], 0) + 1
    return [
        DocumentEntry(
            doc_id=doc["doc_id"],
            content_sha256=sha,
            sources=tuple(sources[sha]),
            title=doc["title"],
            page_count=doc["page_count"],
            chunk_count=per_doc.get(doc["doc_id"], 0),
            skipped_pages=tuple(chunked["skipped_pages"].get(doc["doc_id"], [])),
        )
        for sha, doc in new_docs.items()
        if sha in sources
    ]


def _assemble(
    parent: IndexSnapshot | None,
    keep: set[str],
    chunked: dict,
    new_vectors: np.ndarray,
    new_terms: TermWeights,
    sources: dict,
):
    """Parent rows of kept documents (byte-identical vectors and term weights) followed by this
    run's chunks. A parent without term weights of this model (published before they existed,
    or by another term model) has its kept chunks weighed here, so every chunk of the new
    version has weights of one model."""
    chunks: list[dict] = list(chunked["chunks"])
    vectors = [new_vectors.reshape(len(chunks), DIMENSION)]
    term_rows = new_terms.rows(range(len(new_terms)))
    entries: list[DocumentEntry] = []
    reused = 0
    if parent is not None:
        by_hash = parent.manifest.document_by_hash()
        kept = keep & set(by_hash)
        keep_ids = {document_id(h) for h in kept}
        rows = [i for i, c in enumerate(parent.chunks) if c["doc_id"] in keep_ids]
        chunks = [parent.chunks[i] for i in rows] + chunks
        vectors.insert(0, parent.embeddings[rows])
        if parent.terms is not None and parent.manifest.term_model == TERM_MODEL:
            term_rows = parent.terms.rows(rows) + term_rows
        else:
            log.info("version %s has no %s term weights: weighing its %d kept chunk(s)", parent.version, TERM_MODEL, len(rows))
            kept_terms = _term_weights([parent.chunks[i]["text"] for i in rows])
            term_rows = kept_terms.rows(range(len(kept_terms))) + term_rows
        reused = len(rows)
        entries = [DocumentEntry(**{**asdict(by_hash[h]), "sources": tuple(sources[h])}) for h in sorted(kept)]
    return chunks, np.concatenate(vectors), TermWeights.from_rows(term_rows), entries, reused


def _forget_missing(records: dict[str, SourceRecord], sources: dict[str, list[str]], entries: list) -> None:
    """Drop ledger records whose content made it into no version, so the next run retries them.

    Planning re-parses such content (see ``_missing_from_index``); this guards the window where
    the parent changed between planning and publishing (a concurrent run).
    """
    present = {e.content_sha256 for e in entries}
    for sha in set(sources) - present:
        log.warning("content %s is in neither this run nor the parent; will be retried", sha[:12])
        for key in sources[sha]:
            records.pop(key, None)


def _chunk_ids(index: ObjectStore, layout: IndexLayout, version: str, ledger: Ledger) -> dict[str, list[str]]:
    """doc id -> chunk ids of a committed version (read from its chunks, unless the ledger has them)."""
    if ledger.index_version == version:
        return ledger.chunk_ids
    text = index.read_text(layout.version_key(version, CHUNKS))
    return _group_ids(json.loads(line) for line in text.splitlines() if line)


def _group_ids(chunks) -> dict[str, list[str]]:
    ids: dict[str, list[str]] = {}
    for chunk in chunks:
        ids.setdefault(chunk["doc_id"], []).append(chunk["chunk_id"])
    return ids


def _update_ledger(index, layout, ledger: Ledger, records: dict[str, SourceRecord], version: str, chunk_ids) -> None:
    """Rewrite the ledger after the commit (never before: see ``vellum.ledger``); skip a no-op."""
    sources = {
        k: SourceRecord(**{**asdict(r), "index_version": version if r.status == "indexed" else None})
        for k, r in records.items()
    }
    if ledger.index_version == version and ledger.sources == sources and ledger.chunk_ids == chunk_ids:
        return
    ledger.index_version, ledger.sources, ledger.chunk_ids = version, sources, chunk_ids
    ledger.save(index, layout)


def publish(*, parsed_path: str, chunks_path: str, embeddings_path: str, out_path: str) -> dict:
    """Merge new chunks with the parent's reusable ones, commit the version, update the ledger.

    The target version id is known before anything is loaded (it depends only on the live
    content hashes and the recipe), so an unchanged corpus, or a re-run after a crash that
    happened after the commit, adopts the committed version without touching any embeddings.
    """
    from vellum.embedding.minilm import MODEL_ID

    parsed, chunked = _read_json(parsed_path), _read_json(chunks_path)
    index = open_url(parsed["index_url"])
    layout = IndexLayout(parsed["collection"])
    ledger = Ledger.load(index, layout)
    records = _next_records(ledger, parsed)
    sources = _sources_by_content(records)
    target = version_id(sources, MODEL_ID, chunked["chunking"], TERM_MODEL)
    result = adopt_committed(index, layout, target)
    reused = 0
    if result is None:
        new_docs = {d["content_sha256"]: d for d in parsed["parsed"]}
        keep = set(sources) - set(new_docs)
        parent = _reusable_parent(index, layout, chunked["chunking"], keep)
        new_vectors, new_terms = _load_embedded(embeddings_path)
        chunks, matrix, terms, entries, reused = _assemble(parent, keep, chunked, new_vectors, new_terms, sources)
        entries += _new_entries(new_docs, chunked, sources)
        _forget_missing(records, sources, entries)
        result = publish_version(
            index,
            layout,
            documents=entries,
            chunks=chunks,
            embeddings=matrix,
            embedding_model=MODEL_ID,
            chunking=chunked["chunking"],
            parent_version=parsed["parent_version"],
            terms=terms,
            term_model=TERM_MODEL,
        )
        chunk_ids = _group_ids(chunks)
    else:
        chunk_ids = _chunk_ids(index, layout, result.version, ledger)
    _update_ledger(index, layout, ledger, records, result.version, chunk_ids)
    summary = {
        "collection": parsed["collection"],
        "version": result.version,
        "version_uri": layout.version_url(index.root_url, result.version),
        "created": result.created,
        "parent_version": parsed["parent_version"],
        "documents": len(result.manifest.documents),
        "chunks": result.manifest.chunk_count,
        "chunks_embedded": len(chunked["chunks"]),
        "chunks_reused": reused,
        "deleted_sources": parsed["deleted"],
        "rejected": parsed["rejected"],
    }
    _write_json(out_path, summary)
    log.info("run summary: %s", json.dumps(summary, sort_keys=True))
    return summary
