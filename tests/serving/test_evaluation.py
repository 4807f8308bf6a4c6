"""vellum.evaluation: metrics on a hand-checked tiny set, and the CLI against the real predictor."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest

from conftest import MODEL
from vellum.evaluation import EvalQuestion, evaluate, gate, load_questions

QUESTIONS = [
    EvalQuestion("a", "qa", "manuals/pump.pdf", 3, ("412 kg",)),
    EvalQuestion("b", "qb", "pump.pdf", 6, ("4,000 operating hours",)),
    EvalQuestion("c", "qc", "queue.pdf", None, ()),
    EvalQuestion("d", "qd", "queue.pdf", 2, ("five times",)),
]
PREDICTIONS = {
    # rank 1; answer matches despite case, line break and a citation marker
    "qa": {"answer": "The skid WEIGHS 412\n kg. [1]", "citations": [{"document": "PUMP.pdf", "page": 3}]},
    # rank 3 (same document, wrong page first); "4,000 operating [2] hours" still matches
    "qb": {
        "answer": "every 4,000 operating [2] hours",
        "citations": [{"document": "pump.pdf", "page": 5}, {"document": "x.pdf", "page": 6}, {"document": "pump.pdf", "page": 6}],
    },
    # any page of the document counts; no answer check for this one
    "qc": {"answer": "", "citations": [{"document": "other.pdf", "page": 1}, {"document": "queue.pdf", "page": 9}]},
}


async def fake_predictor(question: str) -> dict:
    if question == "qd":
        raise RuntimeError("HTTP 502")
    return PREDICTIONS[question]


def test_metrics_on_a_tiny_set():
    report = asyncio.run(evaluate(QUESTIONS, fake_predictor))
    ranks = {r.id: r.rank for r in report.results}
    assert ranks == {"a": 1, "b": 3, "c": 2, "d": None}
    assert report.hit_at_1 == 0.25 and report.hit_at_5 == 0.75
    assert report.mrr == round((1 + 1 / 3 + 1 / 2 + 0) / 4, 4)
    assert report.answer_checked == 3 and report.answer_check_rate == round(2 / 3, 4)
    assert report.errors == 1
    assert gate(report, {"hit@5": 0.7}) == ["1 request(s) failed"]
    assert gate(report, {"hit@1": 0.5, "nonsense": 1})[:2] == [
        "hit@1 = 0.25 < required 0.5",
        "nonsense: not measured (known: answer_check_rate, hit@1, hit@5, mrr)",
    ]


def test_load_questions_names_the_bad_line(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "1", "question": "q?", "document": "a.pdf", "page": 2, "answer_contains": ["x"]}\n\n{"id": "2"}\n')
    with pytest.raises(ValueError, match=r"q.jsonl:3"):
        load_questions(path)
    path.write_text('{"id": "1", "question": "q?", "document": "a.pdf", "page": null}\n')
    assert load_questions(path) == [EvalQuestion("1", "q?", "a.pdf", None, ())]


def test_cli_against_the_predictor(predictor, tmp_path):
    questions = tmp_path / "eval.jsonl"
    rows = [
        {"id": "bake", "question": "At what temperature is the loaf baked?", "document": "baking-handbook.pdf", "page": 2, "answer_contains": ["230 °C"]},
        {"id": "port", "question": "Which port does the admin web interface use?", "document": "router-manual.pdf", "page": 1, "answer_contains": ["8443"]},
        {"id": "lava", "question": "How hot does basaltic lava get?", "document": "volcano-guide.pdf", "page": 2, "answer_contains": ["1,200 °C"]},
    ]
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "report.json"
    url = f"{predictor.url}/v1/models/{MODEL}:predict"
    command = [sys.executable, "-m", "vellum.evaluation", "--url", url, "--questions", str(questions), "--out", str(out)]
    done = subprocess.run([*command, "--require", "hit@1=1.0", "--require", "answer_check_rate=1.0"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    summary = json.loads(done.stdout)
    assert summary["hit@1"] == 1.0 and summary["answer_check_rate"] == 1.0 and summary["gate"]["passed"]
    assert {r["id"] for r in json.loads(out.read_text())["results"]} == {"bake", "port", "lava"}
    down = subprocess.run(
        [sys.executable, "-m", "vellum.evaluation", "--url", url.replace(MODEL, "nope"), "--questions", str(questions)],
        capture_output=True, text=True, timeout=120,
    )
    assert down.returncode == 1 and json.loads(down.stdout)["errors"] == 3
