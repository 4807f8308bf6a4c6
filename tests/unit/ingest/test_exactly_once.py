"""Exactly once per content, incremental reuse, deletions: the stage chain on file:// storage.

The real MiniLM model embeds; the ``encoder`` fixture only counts what it is asked to embed.
"""

from __future__ import annotations

import json
import os
import time

import pytest

from tests.support.ingest import run_ingest
from tests.support.pdfs import manual
from vellum.index import IndexLayout, IndexSnapshot
from vellum.index.layout import read_latest_version
from vellum.ledger import Ledger
from vellum.storage import open_url

COLLECTION = "docs"


def _snapshot(folders, version: str) -> IndexSnapshot:
    return IndexSnapshot.load(IndexLayout(COLLECTION).version_url(folders.index_url, version))


def _vectors_by_chunk(snapshot: IndexSnapshot) -> dict[str, bytes]:
    return {c["chunk_id"]: snapshot.embeddings[i].tobytes() for i, c in enumerate(snapshot.chunks)}


def _ledger(folders) -> Ledger:
    return Ledger.load(open_url(folders.index_url), IndexLayout(COLLECTION))


def _ingest(folders, **kwargs) -> dict:
    return run_ingest(folders.source_url, folders.index_url, COLLECTION, **kwargs)


@pytest.fixture
def three_docs(folders, encoder):
    """Three distinct manuals, ingested once; the encoder counter starts from zero afterwards."""
    for seed, name in enumerate(("a.pdf", "b.pdf", "sub/c.pdf"), start=1):
        folders.drop(name, manual(seed))
    first = _ingest(folders)
    encoder.reset()
    return first


def test_first_run_embeds_every_chunk_once_and_commits_latest(folders, encoder):
    for seed, name in enumerate(("a.pdf", "b.pdf"), start=1):
        folders.drop(name, manual(seed))
    summary = _ingest(folders)
    assert summary["created"] and summary["documents"] == 2
    assert summary["chunks_embedded"] == summary["chunks"] == len(encoder.texts) > 0
    assert read_latest_version(open_url(folders.index_url), IndexLayout(COLLECTION)) == summary["version"]
    snapshot = _snapshot(folders, summary["version"])
    assert len({c["chunk_id"] for c in snapshot.chunks}) == summary["chunks"]
    assert {r.status for r in _ledger(folders).sources.values()} == {"indexed"}


def test_same_bytes_under_two_names_in_one_run_are_embedded_once(folders, encoder):
    folders.drop("a.pdf", manual(1))
    folders.drop("copy-of-a.pdf", manual(1))
    summary = _ingest(folders)
    assert summary["documents"] == 1
    assert summary["chunks_embedded"] == summary["chunks"] == len(encoder.texts)
    (doc,) = _snapshot(folders, summary["version"]).manifest.documents
    assert doc.sources == ("a.pdf", "copy-of-a.pdf")


def test_same_bytes_dropped_again_later_are_not_embedded_again(folders, three_docs, encoder):
    folders.drop("again/a-renamed.pdf", manual(1))
    folders.drop("a.pdf", manual(1))  # same bytes rewritten: new mtime, same content
    summary = _ingest(folders)
    assert encoder.calls == 0 and summary["chunks_embedded"] == 0
    assert summary["chunks_reused"] == summary["chunks"] == three_docs["chunks"]
    documents = {d.doc_id: d for d in _snapshot(folders, summary["version"]).manifest.documents}
    assert len(documents) == 3
    assert ("a.pdf", "again/a-renamed.pdf") in [d.sources for d in documents.values()]


def test_changed_file_is_reprocessed_once_and_its_old_chunks_are_gone(folders, three_docs, encoder):
    before = _snapshot(folders, three_docs["version"])
    old_b = {c["chunk_id"] for c in before.chunks if c["doc_id"] == _doc_of(before, "b.pdf")}
    folders.drop("b.pdf", manual(22))

    summary = _ingest(folders)
    after = _snapshot(folders, summary["version"])
    new_b = _doc_of(after, "b.pdf")
    assert summary["created"] and summary["parsed_keys"] == ["b.pdf"]
    assert summary["chunks_embedded"] == len(encoder.texts) == sum(c["doc_id"] == new_b for c in after.chunks)
    assert not old_b & {c["chunk_id"] for c in after.chunks}
    reused = {k: v for k, v in _vectors_by_chunk(before).items() if k not in old_b}
    assert {k: _vectors_by_chunk(after)[k] for k in reused} == reused  # byte-identical reuse
    assert summary["chunks_reused"] == len(reused)

    encoder.reset()
    again = _ingest(folders)
    assert not again["created"] and again["version"] == summary["version"] and encoder.calls == 0


def test_deleted_file_leaves_the_next_version_on_reconcile(folders, three_docs, encoder):
    before = _snapshot(folders, three_docs["version"])
    gone = _doc_of(before, "sub/c.pdf")
    (folders.source / "sub/c.pdf").unlink()

    summary = _ingest(folders, batch=None)
    after = _snapshot(folders, summary["version"])
    assert summary["created"] and summary["deleted_sources"] == ["sub/c.pdf"]
    assert gone not in {c["doc_id"] for c in after.chunks} and summary["documents"] == 2
    assert encoder.calls == 0
    assert "sub/c.pdf" not in _ledger(folders).sources and gone not in _ledger(folders).chunk_ids


def test_deleting_one_of_two_names_keeps_the_document(folders, encoder):
    folders.drop("a.pdf", manual(1))
    folders.drop("a-copy.pdf", manual(1))
    first = _ingest(folders)
    (folders.source / "a.pdf").unlink()
    summary = _ingest(folders)
    (doc,) = _snapshot(folders, summary["version"]).manifest.documents
    assert doc.sources == ("a-copy.pdf",) and summary["chunks"] == first["chunks"]
    assert summary["chunks_embedded"] == 0


def test_unchanged_rerun_publishes_nothing_and_is_fast(folders, three_docs, encoder):
    index = folders.index
    ledger_path = index / COLLECTION / "LEDGER.json"
    latest_path = index / COLLECTION / "LATEST"
    stamps = (ledger_path.stat().st_mtime_ns, latest_path.stat().st_mtime_ns)
    started = time.perf_counter()
    summary = _ingest(folders)
    elapsed = time.perf_counter() - started
    assert not summary["created"] and summary["version"] == three_docs["version"]
    assert summary["chunks_embedded"] == 0 and encoder.calls == 0 and summary["parsed_keys"] == []
    assert (ledger_path.stat().st_mtime_ns, latest_path.stat().st_mtime_ns) == stamps  # nothing rewritten
    assert len(os.listdir(index / COLLECTION / "versions")) == 1
    assert elapsed < 2.0, f"an unchanged re-run took {elapsed:.2f}s"


def test_batch_takes_only_what_the_sensor_saw_settled(folders, three_docs, encoder):
    folders.drop("d.pdf", manual(4))
    folders.drop("e.pdf", manual(5))
    listing = {i.key: i.fingerprint for i in open_url(folders.source_url).list()}
    summary = _ingest(folders, batch={"d.pdf": listing["d.pdf"], "e.pdf": "an-older-fingerprint"})
    assert summary["parsed_keys"] == ["d.pdf"]
    assert "e.pdf" not in _ledger(folders).sources  # left for the next sensor run


def test_ledger_ahead_of_index_is_repaired_not_trusted(folders, three_docs, encoder):
    """LATEST moved back (a manual rollback): the ledger's extra document is processed again."""
    folders.drop("d.pdf", manual(4))
    newer = _ingest(folders)
    latest = folders.index / COLLECTION / "LATEST"
    latest.write_text(json.dumps({"version": three_docs["version"]}))
    encoder.reset()

    summary = _ingest(folders)
    assert summary["version"] == newer["version"] and summary["parsed_keys"] == ["d.pdf"]
    assert _doc_of(_snapshot(folders, summary["version"]), "d.pdf")


def test_recipe_change_needs_force_and_force_reembeds_everything(folders, three_docs, encoder):
    folders.drop("d.pdf", manual(4))
    with pytest.raises(ValueError, match="force=True"):
        _ingest(folders, chunk_tokens=120)
    encoder.reset()
    summary = _ingest(folders, chunk_tokens=120, force=True)
    assert summary["created"] and summary["documents"] == 4 and summary["chunks_reused"] == 0
    assert summary["chunks_embedded"] == summary["chunks"] == len(encoder.texts)


def _doc_of(snapshot: IndexSnapshot, source: str) -> str:
    (doc_id,) = [d.doc_id for d in snapshot.manifest.documents if source in d.sources]
    return doc_id


def _terms_by_chunk(snapshot: IndexSnapshot) -> dict[str, tuple[bytes, bytes]]:
    rows = snapshot.terms.rows(range(len(snapshot.chunks)))
    return {c["chunk_id"]: (ids.tobytes(), weights.tobytes()) for c, (ids, weights) in zip(snapshot.chunks, rows)}


def test_every_chunk_has_term_weights_and_a_new_version_copies_the_kept_ones(folders, three_docs, encoder):
    from vellum.embedding.splade import DOC_TERMS, MODEL_ID

    before = _snapshot(folders, three_docs["version"])
    assert before.manifest.term_model == MODEL_ID and len(before.terms) == len(before.chunks)
    assert all(0 < len(ids) <= DOC_TERMS for ids, _ in before.terms.rows(range(len(before.chunks))))
    folders.drop("b.pdf", manual(22))
    after = _snapshot(folders, _ingest(folders)["version"])
    kept = {k: v for k, v in _terms_by_chunk(before).items() if k in {c["chunk_id"] for c in after.chunks}}
    assert kept and {k: _terms_by_chunk(after)[k] for k in kept} == kept  # byte-identical reuse


def test_a_parent_without_term_weights_has_its_kept_chunks_weighed(folders, three_docs):
    """A version published before term weights existed: the next one weighs its kept chunks."""
    from vellum.index import publish_version

    old = _snapshot(folders, three_docs["version"])
    layout = IndexLayout(COLLECTION)
    legacy = publish_version(
        open_url(folders.index_url), layout, documents=list(old.manifest.documents), chunks=old.chunks,
        embeddings=old.embeddings, embedding_model=old.manifest.embedding_model, chunking=old.manifest.chunking,
        parent_version=None,
    )
    assert legacy.created and _snapshot(folders, legacy.version).terms is None
    folders.drop("d.pdf", manual(4))
    summary = _ingest(folders)
    after = _snapshot(folders, summary["version"])
    assert summary["chunks_reused"] == len(old.chunks) and len(after.terms) == len(after.chunks)
    assert {k: _terms_by_chunk(after)[k] for k in _terms_by_chunk(old)} == _terms_by_chunk(old)
