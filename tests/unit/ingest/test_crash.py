"""Kill -9 in the middle of publishing: the previous version stays current, nothing partial is
loadable, and a re-run completes the version exactly once."""

from __future__ import annotations

import signal

import pytest

from tests.support.crash import publish_and_die
from tests.support.ingest import prepare_publish, run_ingest
from tests.support.pdfs import manual
from vellum.index import IndexLayout, IndexSnapshot, ManifestMissing
from vellum.index.layout import read_latest_version
from vellum.ledger import Ledger
from vellum.storage import open_url

COLLECTION = "docs"
LAYOUT = IndexLayout(COLLECTION)


def _latest(folders) -> str:
    return read_latest_version(open_url(folders.index_url), LAYOUT)


def _versions(folders) -> dict[str, bool]:
    """version -> has a manifest."""
    root = folders.index / COLLECTION / "versions"
    return {d.name: (d / "MANIFEST.json").exists() for d in root.iterdir()}


@pytest.fixture
def interrupted(folders, tmp_path):
    """v1 committed; then a publish adding c.pdf is killed just before its manifest is written."""
    folders.drop("a.pdf", manual(1))
    folders.drop("b.pdf", manual(2))
    v1 = run_ingest(folders.source_url, folders.index_url, COLLECTION)["version"]
    folders.drop("c.pdf", manual(3))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    paths = prepare_publish(folders.source_url, folders.index_url, COLLECTION, scratch)
    code = publish_and_die("MANIFEST.json", *paths)
    assert code == -signal.SIGKILL
    return v1


def test_previous_version_stays_latest_and_the_partial_one_is_not_loadable(folders, interrupted):
    assert _latest(folders) == interrupted
    versions = _versions(folders)
    (partial,) = [v for v, committed in versions.items() if not committed]
    assert (folders.index / COLLECTION / "versions" / partial / "embeddings.npy").exists()  # data was written
    for version, committed in versions.items():
        if not committed:
            with pytest.raises(ManifestMissing):
                IndexSnapshot.load(LAYOUT.version_url(folders.index_url, version))
    ledger = Ledger.load(open_url(folders.index_url), LAYOUT)
    assert ledger.index_version == interrupted and "c.pdf" not in ledger.sources


def test_rerun_after_the_kill_commits_the_version_exactly_once(folders, interrupted, encoder):
    (partial,) = [v for v, committed in _versions(folders).items() if not committed]
    rerun = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    assert rerun["created"] and rerun["version"] == partial == _latest(folders)
    assert all(_versions(folders).values()) and len(_versions(folders)) == 2
    assert IndexSnapshot.load(rerun["version_uri"]).manifest.documents[-1].sources
    again = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    assert not again["created"] and again["version"] == partial


def test_kill_between_commit_and_latest_is_completed_by_the_rerun(folders, tmp_path):
    folders.drop("a.pdf", manual(1))
    v1 = run_ingest(folders.source_url, folders.index_url, COLLECTION)["version"]
    folders.drop("b.pdf", manual(2))
    paths = prepare_publish(folders.source_url, folders.index_url, COLLECTION, tmp_path)
    assert publish_and_die("LATEST", *paths) == -signal.SIGKILL
    assert _latest(folders) == v1 and all(_versions(folders).values())

    rerun = run_ingest(folders.source_url, folders.index_url, COLLECTION)
    assert not rerun["created"] and _latest(folders) == rerun["version"] != v1
    assert len(_versions(folders)) == 2
    assert Ledger.load(open_url(folders.index_url), LAYOUT).sources["b.pdf"].index_version == rerun["version"]
