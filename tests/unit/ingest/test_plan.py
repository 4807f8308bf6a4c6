"""plan_changes on its own: what a run (or the drop sensor) takes, leaves, and deletes."""

from __future__ import annotations

import pytest

from vellum.index import IndexLayout
from vellum.ledger import Ledger, SourceRecord, is_candidate, plan_changes
from vellum.storage import ObjectInfo, open_url


def info(key: str, fingerprint: str = "fp1", size: int = 100, modified: float = 1000.0) -> ObjectInfo:
    return ObjectInfo(key=key, size=size, fingerprint=fingerprint, modified=modified)


def ledger_with(*records: tuple[str, str]) -> Ledger:
    ledger = Ledger(collection="docs")
    for key, fingerprint in records:
        ledger.sources[key] = SourceRecord(key, fingerprint, 100, "sha-" + key, "indexed", doc_id="d")
    return ledger


@pytest.mark.parametrize(
    "key,size,taken",
    [
        ("a.pdf", 10, True),
        ("dir/B.PDF", 10, True),
        ("a.pdf.tmp", 10, False),
        ("a.pdf.part", 10, False),
        ("a.pdf.crdownload", 10, False),
        (".a.pdf", 10, False),
        ("notes.txt", 10, False),
        ("a.pdf", 0, False),
    ],
)
def test_candidates_are_settled_pdfs_only(key, size, taken):
    assert is_candidate(info(key, size=size)) is taken
    plan = plan_changes([info(key, size=size)], Ledger(collection="docs"))
    assert [i.key for i in plan.new_or_changed] == ([key] if taken else [])


def test_new_changed_unchanged_and_deleted():
    listing = [info("new.pdf"), info("same.pdf", "fp1"), info("moved.pdf", "fp2")]
    plan = plan_changes(listing, ledger_with(("same.pdf", "fp1"), ("moved.pdf", "fp1"), ("gone.pdf", "fp1")))
    assert [i.key for i in plan.new_or_changed] == ["moved.pdf", "new.pdf"]
    assert plan.unchanged == ("same.pdf",) and plan.deleted == ("gone.pdf",)
    assert not plan.is_empty


def test_nothing_to_do_is_an_empty_plan():
    plan = plan_changes([info("a.pdf")], ledger_with(("a.pdf", "fp1")))
    assert plan.is_empty and plan.unchanged == ("a.pdf",)


def test_force_takes_every_present_source():
    plan = plan_changes([info("a.pdf")], ledger_with(("a.pdf", "fp1")), force=True)
    assert [i.key for i in plan.new_or_changed] == ["a.pdf"]


def test_batch_limits_work_and_skips_a_fingerprint_that_moved_again():
    listing = [info("a.pdf", "fp-now"), info("b.pdf", "fp-b"), info("c.pdf", "fp-c")]
    plan = plan_changes(listing, Ledger(collection="docs"), batch={"a.pdf": "fp-seen", "b.pdf": "fp-b"})
    assert [i.key for i in plan.new_or_changed] == ["b.pdf"]


def test_objects_younger_than_the_settle_time_wait():
    listing = [info("old.pdf", modified=100.0), info("fresh.pdf", modified=200.0)]
    plan = plan_changes(listing, Ledger(collection="docs"), settled_before=150.0)
    assert [i.key for i in plan.new_or_changed] == ["old.pdf"]
    assert [i.key for i in plan_changes(listing, Ledger(collection="docs")).new_or_changed] == ["fresh.pdf", "old.pdf"]


def test_a_source_rewritten_in_place_is_not_deleted_while_empty():
    """Size 0 or a fresh write is "not ready", not "gone": its chunks stay until it settles."""
    ledger = ledger_with(("a.pdf", "fp1"), ("b.pdf", "fp1"))
    listing = [info("a.pdf", "fp0", size=0), info("b.pdf", "fp2", modified=500.0)]
    plan = plan_changes(listing, ledger, settled_before=100.0)
    assert plan.deleted == () and plan.new_or_changed == ()


def test_ledger_round_trips_through_storage(tmp_path):
    store, layout = open_url(f"file://{tmp_path}"), IndexLayout("docs")
    assert Ledger.load(store, layout).sources == {}
    ledger = ledger_with(("a.pdf", "fp1"))
    ledger.chunk_ids = {"d": ["c1", "c2"]}
    ledger.index_version = "v-1"
    ledger.save(store, layout)
    loaded = Ledger.load(store, layout)
    assert (loaded.sources, loaded.chunk_ids, loaded.index_version) == (ledger.sources, ledger.chunk_ids, "v-1")
