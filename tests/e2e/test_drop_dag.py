"""End to end on the embedded default, through Airflow: drop PDFs -> cited answers.

Runs the real ``vellum_drop`` DAG with ``airflow dags test`` (SQLite metadata DB, the deferrable
sensor's trigger, the KFP pipeline on kfp.local in the pipelines env, the KServe predictor in
the serving env, the Go sidecar in front), then asks questions with known answers through the
sidecar. A second drop (one new manual, one corrupt file) must roll out a new version,
quarantine the bad file without stopping the run, and keep the first version in the history.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from vellum.client import ask
from vellum.rollout.local import free_port
from vellum_airflow.embedded import REPO, airflow, embedded_env, run_dag, stop_local_serving

pytestmark = pytest.mark.e2e
SAMPLES = REPO / "samples"



@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    home = tmp_path_factory.mktemp("vellum-home")
    env = embedded_env(home, collection="e2e", port=free_port())
    env["VELLUM_ROLLOUT_POLICY"] = json.dumps({"canary_seconds": 4, "canary_percent": 50})
    airflow(env, "db", "migrate", capture=True)
    (home / "drops").mkdir()
    # The collection's own evaluation set: the rollout gate scores every candidate on it.
    eval_set = home / "indexes" / "e2e" / "eval" / "questions.jsonl"
    eval_set.parent.mkdir(parents=True)
    shutil.copy2(SAMPLES / "eval" / "questions.jsonl", eval_set)
    yield home, env
    stop_local_serving(env)


def eval_questions() -> list[dict]:
    lines = (SAMPLES / "eval" / "questions.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line]


def serving_state(home: Path) -> dict:
    return json.loads((home / "serving" / "vellum-rag.json").read_text())


def served_version(home: Path) -> str:
    return serving_state(home)["stable"]["version"]


def test_drop_becomes_cited_answers(embedded):
    home, env = embedded
    first, second = sorted((SAMPLES / "pdfs").glob("*.pdf"))[:2], sorted((SAMPLES / "pdfs").glob("*.pdf"))[2:]
    for pdf in first:
        shutil.copy2(pdf, home / "drops" / pdf.name)
    assert run_dag(env, "vellum_drop", home / "logs" / "run1.log"), (home / "logs" / "run1.log").read_text()[-5000:]
    url = f"http://127.0.0.1:{env['VELLUM_PORT']}"
    version_1 = served_version(home)

    dropped = {p.name for p in first}
    questions = [q for q in eval_questions() if q["document"] in dropped]
    hits = 0
    for q in questions:
        prediction = ask(url, q["question"])
        top = prediction["citations"][0]
        assert prediction["index_version"] == version_1
        hits += (top["document"], top["page"]) == (q["document"], q["page"])
    # Known-answer questions: the top citation names the right PDF and page.
    assert hits >= 3 and hits / len(questions) >= 0.7, f"top-1 {hits}/{len(questions)}"

    # Second drop: one more manual and a corrupt file; the run goes on and rolls out v2.
    for pdf in second:
        shutil.copy2(pdf, home / "drops" / pdf.name)
    (home / "drops" / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    log2 = home / "logs" / "run2.log"
    assert run_dag(env, "vellum_drop", log2), log2.read_text()[-5000:]
    assert "REJECTED broken.pdf" in log2.read_text()
    log_text = log2.read_text()
    assert "PROMOTED" in log_text and "canary" in log_text
    version_2 = served_version(home)
    assert version_2 != version_1
    assert [h["version"] for h in serving_state(home)["history"]] == [version_1, version_2]
    report = json.loads((home / "indexes" / "e2e" / "evaluations" / f"{version_2}.json").read_text())
    assert report["outcome"] == "promoted" and report["canary"]["canary_requests"] > 0
    quarantine = list((home / "indexes" / "e2e" / "quarantine").glob("*broken.pdf.reason.json"))
    assert quarantine and json.loads(quarantine[0].read_text())["source"] == "broken.pdf"

    # The new manual answers too, from the new version.
    new_questions = [q for q in eval_questions() if q["document"] == second[0].name]
    ranks = []
    for q in new_questions:
        prediction = ask(url, q["question"])
        assert prediction["index_version"] == version_2
        cited = [(c["document"], c["page"]) for c in prediction["citations"]]
        ranks.append(cited.index((q["document"], q["page"])) if (q["document"], q["page"]) in cited else None)
    top1 = sum(r == 0 for r in ranks) / len(ranks)
    top5 = sum(r is not None for r in ranks) / len(ranks)
    assert top1 >= 0.7 and top5 >= 0.9, f"new manual: top-1 {top1:.2f}, top-5 {top5:.2f}"
