"""The rollout policy against the real embedded backend: predictor processes (serving env)
behind the real Go sidecar, evaluated over HTTP on the sample corpus's eval set.

Covers: first rollout, gate pass -> canary split through the sidecar -> promote, gate fail ->
rollback with the previous version still answering, readiness failure -> rollback.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from vellum.client import ask
from vellum.evaluation import load_questions, score_url
from vellum.rollout.local import LocalServing, LocalServingConfig, free_port
from vellum.rollout.policy import RolloutFailed, RolloutPolicy, run_rollout

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
PIIPROXY = REPO / "bin" / "piiproxy"
SERVING_PYTHON = REPO / ".venv" / "serving" / "bin" / "python"
pytestmark = pytest.mark.skipif(
    not (PIIPROXY.exists() and SERVING_PYTHON.exists()), reason="run through `make test` (builds the sidecar)"
)



def build_version(root: Path, collection: str, pdfs: list[Path], chunk_tokens: int = 200) -> tuple[str, str]:
    """Ingest ``pdfs`` with the real stages; returns (version, version URI)."""
    from vellum.pipelines import stages

    drops = root / f"drops-{collection}"
    drops.mkdir()
    for pdf in pdfs:
        shutil.copy2(pdf, drops / pdf.name)
    work = root / f"work-{collection}"
    work.mkdir()
    index_url = f"file://{root / 'indexes'}"
    stages.plan_and_parse(source_url=f"file://{drops}", index_url=index_url, collection=collection, force=False,
                          out_path=str(work / "parsed.json"), settle_seconds=0)
    stages.chunk_documents(parsed_path=str(work / "parsed.json"), chunk_tokens=chunk_tokens, overlap_tokens=24,
                           out_path=str(work / "chunks.json"))
    stages.embed_chunks(chunks_path=str(work / "chunks.json"), out_path=str(work / "embeddings.npy"))
    summary = stages.publish(parsed_path=str(work / "parsed.json"), chunks_path=str(work / "chunks.json"),
                             embeddings_path=str(work / "embeddings.npy"), out_path=str(work / "summary.json"))
    return summary["version"], summary["version_uri"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("rollout")
    pdfs = sorted((SAMPLES / "pdfs").glob("*.pdf"))
    versions = {
        "full": build_version(root, "full", pdfs),
        "partial": build_version(root, "partial", pdfs[:1]),
        "rechunked": build_version(root, "rechunked", pdfs, chunk_tokens=160),
    }
    backend = LocalServing(
        LocalServingConfig(state_dir=root / "serving", serving_python=str(SERVING_PYTHON), piiproxy_bin=str(PIIPROXY),
                           sidecar_port=free_port())
    )
    yield backend, versions, load_questions(SAMPLES / "eval" / "questions.jsonl")
    backend.stop()


def test_rollout_lifecycle(world):
    backend, versions, questions = world
    policy = RolloutPolicy(canary_percent=50, canary_seconds=3, canary_min_requests=4, ready_timeout_s=240)
    evaluate = lambda url: score_url(questions, url)  # noqa: E731
    public = backend.config.sidecar_url

    # First rollout: nothing serving, gated on answering without errors.
    first = run_rollout(backend, *versions["full"], policy=policy, evaluate=evaluate)
    assert first.outcome == "promoted" and first.candidate_metrics["hit@5"] >= 0.9
    assert ask(public, questions[0].question)["index_version"] == versions["full"][0]

    # Worse candidate (one manual of three): gate fails, previous version keeps answering.
    with pytest.raises(RolloutFailed, match="evaluation gate failed.*serving: " + versions["full"][0]):
        run_rollout(backend, *versions["partial"], policy=policy, evaluate=evaluate)
    assert backend.stable().version == versions["full"][0]
    assert ask(public, questions[0].question)["index_version"] == versions["full"][0]
    assert backend.load_state().candidate is None

    # Broken candidate (no committed manifest at that URI): readiness fails, rollback.
    broken = versions["full"][1].rsplit("/", 1)[0] + "/v-0000000000000000"
    with pytest.raises(RolloutFailed, match="never became ready"):
        run_rollout(backend, "v-0000000000000000", broken, policy=policy, evaluate=evaluate)
    assert ask(public, questions[0].question)["index_version"] == versions["full"][0]

    # A re-chunked candidate of about equal quality (within a configured 5-point tolerance):
    # passes the gate, the sidecar splits real traffic, then it is promoted.
    # Request ids make the split deterministic: the sidecar routes a client's id by its hash, and
    # these four land on both sides of 50% (without ids each request rolls a die, and all of a
    # dozen landing on one side happens once in 2,048 runs).
    def drive() -> None:
        for i, q in enumerate(questions[:4]):
            ask(public, q.question, request_id=f"rollout-test-{i}")

    tolerant = RolloutPolicy(**{**policy.__dict__, "tolerance": 0.05})
    report = run_rollout(backend, *versions["rechunked"], policy=tolerant, evaluate=evaluate, drive_traffic=drive)
    assert report.outcome == "promoted", report.reason
    assert report.canary["canary_requests"] > 0 and report.canary["stable_requests"] > 0
    assert report.canary["canary_error_rate"] == 0.0
    assert ask(public, questions[0].question)["index_version"] == versions["rechunked"][0]
    assert [h["version"] for h in backend.history()] == [versions["full"][0], versions["rechunked"][0]]
