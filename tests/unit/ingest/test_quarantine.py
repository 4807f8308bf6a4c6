"""Every bad file kind is quarantined with a reason, listed, and never stops the good files."""

from __future__ import annotations

import json

import pytest

from tests.support.ingest import run_ingest
from tests.support.pdfs import bad_pdfs, manual
from vellum.index import IndexLayout, IndexSnapshot
from vellum.ledger import Ledger
from vellum.storage import open_url

COLLECTION = "docs"
BAD = bad_pdfs()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """One run over a good manual plus one file of every bad kind, then an unchanged re-run."""
    from tests.unit.ingest.conftest import Folders  # module scope: no function fixtures here

    folders = Folders(tmp_path_factory.mktemp("quarantine"))
    folders.drop("good.pdf", manual(1))
    for name, (data, _) in BAD.items():
        folders.drop(f"bad/{name}", data)
    first = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    second = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    return folders, first, second


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_quarantined_with_its_reason(ingested, name):
    folders, first, _ = ingested
    expected = BAD[name][1]
    (entry,) = [r for r in first["rejected"] if r["key"] == f"bad/{name}"]
    assert entry["reason"] == expected and entry["detail"]
    quarantined = entry["quarantined_at"].removeprefix("file://")
    assert quarantined.startswith(str(folders.index / COLLECTION / "quarantine") + "/")
    with open(quarantined, "rb") as handle:
        assert handle.read() == BAD[name][0]
    with open(f"{quarantined}.reason.json") as handle:
        reason = json.load(handle)
    assert reason["reason"] == expected and reason["source"] == f"bad/{name}"
    record = Ledger.load(open_url(folders.index_url), IndexLayout(COLLECTION)).sources[f"bad/{name}"]
    assert record.status == "rejected" and record.reason == expected and record.index_version is None


def test_good_file_is_indexed_despite_the_bad_ones(ingested):
    folders, first, _ = ingested
    assert first["created"] and first["documents"] == 1 and first["chunks"] > 0
    snapshot = IndexSnapshot.load(first["version_uri"])
    assert [d.sources for d in snapshot.manifest.documents] == [("good.pdf",)]


def test_rejected_files_are_not_retried_while_unchanged(ingested):
    _, first, second = ingested
    assert second["rejected"] == [] and second["parsed_keys"] == []
    assert not second["created"] and second["version"] == first["version"]


def test_a_fixed_file_is_taken_on_the_next_run(folders, encoder):
    folders.drop("doc.pdf", BAD["truncated.pdf"][0])
    first = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    assert [r["reason"] for r in first["rejected"]] == ["corrupt"] and first["documents"] == 0
    folders.drop("doc.pdf", manual(2))
    fixed = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    assert fixed["rejected"] == [] and fixed["documents"] == 1 and fixed["chunks_embedded"] > 0


def test_same_bad_bytes_twice_in_one_run_are_parsed_once(folders, monkeypatch):
    import vellum.documents

    calls = []
    real = vellum.documents.parse_pdf
    monkeypatch.setattr(vellum.documents, "parse_pdf", lambda data, source: calls.append(source) or real(data, source))
    folders.drop("x.pdf", BAD["encrypted.pdf"][0])
    folders.drop("y.pdf", BAD["encrypted.pdf"][0])
    summary = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    assert [r["key"] for r in summary["rejected"]] == ["x.pdf", "y.pdf"] and calls == ["x.pdf"]
