"""Run the four ingestion stages in-process, the way the KFP pipeline chains them."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from vellum.pipelines import stages


def prepare_publish(
    source_url: str, index_url: str, collection: str, scratch: str | Path, **kwargs
) -> tuple[str, str, str, str]:
    """Run the first three stages into ``scratch``; returns the publish stage's four paths."""
    parsed, chunks, vectors, summary = (str(Path(scratch) / n) for n in ("parsed", "chunks", "emb.npy", "sum"))
    stages.plan_and_parse(
        source_url=source_url, index_url=index_url, collection=collection, force=kwargs.get("force", False),
        out_path=parsed, batch=kwargs.get("batch"), settle_seconds=kwargs.get("settle_seconds", 0.0),
    )
    stages.chunk_documents(
        parsed_path=parsed, chunk_tokens=kwargs.get("chunk_tokens", 200),
        overlap_tokens=kwargs.get("overlap_tokens", 24), out_path=chunks,
    )
    stages.embed_chunks(chunks_path=chunks, out_path=vectors)
    return parsed, chunks, vectors, summary


def run_ingest(
    source_url: str, index_url: str, collection: str = "docs", *, workdir: str | Path | None = None, **kwargs
) -> dict:
    """plan_and_parse -> chunk_documents -> embed_chunks -> publish; returns the run summary.

    ``kwargs``: batch, force, settle_seconds (default 0), chunk_tokens, overlap_tokens. The
    summary gains ``parsed_keys`` (sources this run parsed), which tests use to check what was
    (not) re-processed.
    """
    with tempfile.TemporaryDirectory(prefix="vellum-run-", dir=workdir) as scratch:
        parsed, chunks, vectors, summary = prepare_publish(source_url, index_url, collection, scratch, **kwargs)
        result = stages.publish(parsed_path=parsed, chunks_path=chunks, embeddings_path=vectors, out_path=summary)
        assert json.loads(Path(summary).read_text()) == result
        plan = json.loads(Path(parsed).read_text())
    parsed_shas = {d["content_sha256"] for d in plan["parsed"]}
    result["parsed_keys"] = sorted(k for k, r in plan["records"].items() if r["content_sha256"] in parsed_shas)
    return result
