"""The whole stage chain with s3:// source and index on SeaweedFS, and the KFP pipeline once."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys

import pytest

from tests.support.crash import publish_and_die
from tests.support.ingest import prepare_publish, run_ingest
from tests.support.pdfs import bad_pdfs, manual
from vellum.index import IndexLayout, IndexSnapshot, ManifestMissing
from vellum.index.layout import read_latest_version
from vellum.ledger import Ledger
from vellum.storage import open_url

COLLECTION = "docs"
LAYOUT = IndexLayout(COLLECTION)


def _ingest(buckets, **kwargs) -> dict:
    return run_ingest(buckets.source_url, buckets.index_url, COLLECTION, **kwargs)


def test_incremental_ingest_on_s3(buckets, encoder):
    buckets.drop("a.pdf", manual(1))
    buckets.drop("b.pdf", manual(2))
    buckets.drop("copy/a.pdf", manual(1))
    encrypted, _ = bad_pdfs()["encrypted.pdf"]
    buckets.drop("locked.pdf", encrypted)

    first = _ingest(buckets)
    assert first["created"] and first["documents"] == 2 and first["version_uri"].startswith("s3://")
    assert first["chunks_embedded"] == first["chunks"] == len(encoder.texts)
    ledger = Ledger.load(open_url(buckets.index_url), LAYOUT)
    assert ledger.sources["a.pdf"].fingerprint == hashlib.md5(manual(1)).hexdigest()  # ETag
    (rejected,) = first["rejected"]
    assert rejected["reason"] == "encrypted" and rejected["quarantined_at"].startswith(f"s3://{buckets.index_bucket}/")
    quarantine = buckets.index_keys(f"{COLLECTION}/quarantine/")
    assert len(quarantine) == 2 and any(k.endswith(".reason.json") for k in quarantine)

    encoder.reset()
    unchanged = _ingest(buckets)
    assert not unchanged["created"] and encoder.calls == 0 and unchanged["rejected"] == []

    buckets.drop("b.pdf", manual(3))
    buckets.remove("copy/a.pdf")
    changed = _ingest(buckets)
    snapshot = IndexSnapshot.load(changed["version_uri"])
    assert changed["created"] and changed["parsed_keys"] == ["b.pdf"]
    assert changed["chunks_embedded"] == len(encoder.texts) and changed["chunks_reused"] > 0
    assert sorted(d.sources for d in snapshot.manifest.documents) == [("a.pdf",), ("b.pdf",)]
    assert read_latest_version(open_url(buckets.index_url), LAYOUT) == changed["version"]


def test_kill_mid_publish_on_s3_keeps_the_previous_version(buckets, tmp_path):
    buckets.drop("a.pdf", manual(1))
    v1 = _ingest(buckets)["version"]
    buckets.drop("b.pdf", manual(2))
    paths = prepare_publish(buckets.source_url, buckets.index_url, COLLECTION, tmp_path)
    assert publish_and_die("MANIFEST.json", *paths, env=buckets.server.env) == -signal.SIGKILL

    index = open_url(buckets.index_url)
    assert read_latest_version(index, LAYOUT) == v1
    versions = {k.split("/")[3] for k in buckets.index_keys(f"{COLLECTION}/versions/")}
    (partial,) = versions - {v1}
    assert not index.exists(LAYOUT.version_key(partial, "MANIFEST.json"))
    assert index.exists(LAYOUT.version_key(partial, "embeddings.npy"))
    with pytest.raises(ManifestMissing):
        IndexSnapshot.load(LAYOUT.version_url(buckets.index_url, partial))

    rerun = _ingest(buckets)
    assert rerun["created"] and rerun["version"] == partial == read_latest_version(index, LAYOUT)
    assert not _ingest(buckets)["created"]


def test_kfp_pipeline_runs_end_to_end_on_s3(buckets, tmp_path):
    """``run_local`` (kfp.local, one process per component) is what the Airflow operator runs."""
    buckets.drop("a.pdf", manual(1))
    buckets.drop("not-a-pdf.pdf", bad_pdfs()["not-really.pdf"][0])
    summary_path = tmp_path / "summary.json"
    # What the drop sensor hands over: the settled objects and their ETags (a reconcile without
    # a batch would rightly leave objects younger than the settle window for a later run).
    batch = {info.key: info.fingerprint for info in open_url(buckets.source_url).list()}
    argv = [
        sys.executable, "-m", "vellum.pipelines.run_local", "--source-url", buckets.source_url,
        "--index-url", buckets.index_url, "--collection", COLLECTION, "--source-fingerprints", json.dumps(batch),
        "--pipeline-root", str(tmp_path / "kfp"), "--summary-out", str(summary_path),
    ]
    subprocess.run(argv, cwd=tmp_path, env={**os.environ, **buckets.server.env}, check=True, timeout=600,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    summary = json.loads(summary_path.read_text())
    assert summary["created"] and summary["documents"] == 1
    assert [r["reason"] for r in summary["rejected"]] == ["not_a_pdf"]
    snapshot = IndexSnapshot.load(summary["version_uri"])
    assert snapshot.manifest.chunk_count == len(snapshot.chunks) == summary["chunks"] > 0
