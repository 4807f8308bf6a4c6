"""The real predictor process over HTTP: readiness, v1, v2, OpenAI (JSON + SSE), filters, metrics."""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import httpx
import pytest

from conftest import MODEL
from corpus import COLLECTION

PREDICT = f"/v1/models/{MODEL}:predict"
INFER = f"/v2/models/{MODEL}/infer"
CHAT = "/v1/chat/completions"


def post(predictor, path: str, body, **kwargs) -> httpx.Response:
    return httpx.post(predictor.url + path, json=body, timeout=30, **kwargs)


def test_503_until_the_index_is_committed_then_200(start_predictor, index_uri, tmp_path):
    """The predictor may start before ingestion commits its index: it polls, answering 503."""
    source = Path(index_uri.removeprefix("file://"))
    target = tmp_path / "test" / "versions" / source.name
    server = start_predictor("file://" + str(target), "--load-timeout", "120", wait=False)
    server.wait_until(503)
    assert post(server, PREDICT, {"instances": ["anything"]}).status_code == 503
    assert httpx.get(f"{server.url}/v2/models/{MODEL}/ready", timeout=5).status_code == 503
    # Publish the way the index does: data files first, the manifest (the commit) last.
    target.mkdir(parents=True)
    for name in ("chunks.jsonl", "embeddings.npy", "MANIFEST.json"):
        shutil.copy(source / name, target / name)
    server.wait_until(200)
    assert httpx.get(f"{server.url}/v2/models/{MODEL}/ready", timeout=5).status_code == 200
    assert post(server, PREDICT, {"instances": ["How do I reset the router?"]}).status_code == 200


def test_missing_index_ends_the_process(start_predictor, tmp_path):
    server = start_predictor("file://" + str(tmp_path / "nothing"), wait=False)
    assert server.process.wait(60) == 3
    assert "model_load_failed" in server.log()


def test_v1_object_string_and_top_level_forms(predictor):
    response = post(
        predictor,
        PREDICT,
        {"instances": [{"question": "At what temperature should the loaf be baked?", "top_k": 3}, "How do I reset the router?"]},
    )
    assert response.status_code == 200, response.text
    bake, reset = response.json()["predictions"]
    assert "230 °C" in bake["answer"] and bake["found"] is True
    assert len(bake["citations"]) == 3
    pages = [(c["document"], c["page"]) for c in bake["citations"]]
    assert len(set(pages)) == len(pages)  # one citation per page
    assert {int(n) for n in re.findall(r"\[(\d+)\]", bake["answer"])} <= set(range(1, len(pages) + 1))
    top = bake["citations"][0]
    assert (top["document"], top["page"], top["n"]) == ("baking-handbook.pdf", 2, 1)
    assert set(top) >= {"document", "doc_id", "page", "chunk_id", "score", "similarity"}
    assert bake["index_version"].startswith("v-") and bake["collection"] == "test"
    assert "15 seconds" in reset["answer"]
    assert (reset["citations"][0]["document"], reset["citations"][0]["page"]) == ("router-manual.pdf", 2)

    single = post(predictor, PREDICT, {"question": "Which port does the admin interface listen on?"}).json()
    assert "8443" in single["predictions"][0]["answer"]


def test_honest_no_answer(predictor):
    prediction = post(predictor, PREDICT, {"instances": ["Who won the football world cup in 1954?"]}).json()[
        "predictions"
    ][0]
    assert prediction["found"] is False
    assert "could not find" in prediction["answer"]
    assert prediction["citations"]  # the nearest passages are still shown


def test_document_filter(predictor):
    question = "What temperature is involved?"
    for document, expected in (("volcano-guide.pdf", "volcano-guide.pdf"), ("baking-handbook.pdf", "baking-handbook.pdf")):
        prediction = post(predictor, PREDICT, {"instances": [{"question": question, "documents": [document]}]}).json()[
            "predictions"
        ][0]
        assert {c["document"] for c in prediction["citations"]} == {expected}
    by_id = post(predictor, PREDICT, {"instances": [{"question": question}]}).json()["predictions"][0]
    doc_id = next(c["doc_id"] for c in by_id["citations"] if c["document"] == "router-manual.pdf")
    filtered = post(predictor, PREDICT, {"instances": [{"question": question, "documents": [doc_id]}]}).json()
    assert {c["doc_id"] for c in filtered["predictions"][0]["citations"]} == {doc_id}


@pytest.mark.parametrize("path", [PREDICT, CHAT])
def test_collection_is_honoured_or_refused(predictor, path):
    """A predictor serves one collection: naming it is fine, naming another is a clear 400."""

    def ask(collection: str):
        if path == CHAT:
            body = {"model": MODEL, "messages": [{"role": "user", "content": "Which port?"}], "collection": collection}
        else:
            body = {"instances": [{"question": "Which port?", "collection": collection}]}
        return post(predictor, path, body)

    assert ask(COLLECTION).status_code == 200
    refused = ask("other-collection")
    assert refused.status_code == 400, refused.text
    assert f'serves collection "{COLLECTION}", not "other-collection"' in refused.json()["error"]


def test_v2_bytes_in_json_string_out(predictor):
    body = {
        "inputs": [
            {"name": "question", "datatype": "BYTES", "shape": [2], "data": ["How hot is basaltic lava?", "How often is the starter fed?"]},
            {"name": "top_k", "datatype": "INT32", "shape": [1], "data": [2]},
        ]
    }
    response = post(predictor, INFER, body)
    assert response.status_code == 200, response.text
    out = response.json()["outputs"][0]
    assert (out["name"], out["datatype"], out["shape"]) == ("answer", "BYTES", [2])
    lava, starter = (json.loads(x) for x in out["data"])
    assert "1,100 and 1,200 °C" in lava["answer"]
    assert len(lava["citations"]) == 2 and lava["citations"][0]["document"] == "volcano-guide.pdf"
    assert "twice a day" in starter["answer"]


def test_openai_chat_json(predictor):
    body = {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": "be brief"},
            {"role": "user", "content": "What is a shield volcano?"},
            {"role": "assistant", "content": "..."},
            {"role": "user", "content": "Which port does the NX-7 admin interface use?"},
        ],
    }
    response = post(predictor, CHAT, body)
    assert response.status_code == 200, response.text
    data = response.json()
    content = data["choices"][0]["message"]["content"]
    assert data["object"] == "chat.completion" and data["choices"][0]["finish_reason"] == "stop"
    assert "8443" in content and "Sources:" in content and "router-manual.pdf, page 1" in content
    assert data["citations"][0]["document"] == "router-manual.pdf"
    # KServe's OpenAI prefix works too
    assert post(predictor, "/openai" + CHAT, body).status_code == 200


def test_openai_chat_streams_sse_events(predictor):
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "How long should bread cool?"}]}
    with httpx.stream("POST", predictor.url + CHAT, json=body, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line[len("data: "):] for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert len(chunks) > 5
    assert chunks[0]["citations"][0]["document"] == "baking-handbook.pdf"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert "one hour" in text and "Sources:" in text
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


@pytest.mark.parametrize(
    "path, body",
    [
        (PREDICT, {"instances": [{"question": ""}]}),
        (PREDICT, {"instances": [{"question": "   "}]}),
        (PREDICT, {"instances": [{"question": 42}]}),
        (PREDICT, {"instances": [{"query": "no question field"}]}),
        (PREDICT, {"instances": []}),
        (PREDICT, {"instances": "not a list"}),
        (PREDICT, {"instances": [17]}),
        (PREDICT, {"nothing": "here"}),
        (PREDICT, ["a", "list"]),
        (PREDICT, {"instances": [{"question": "ok?", "top_k": 0}]}),
        (PREDICT, {"instances": [{"question": "ok?", "top_k": "5"}]}),
        (PREDICT, {"instances": [{"question": "ok?", "top_k": True}]}),
        (PREDICT, {"instances": [{"question": "ok?", "documents": "a.pdf"}]}),
        (PREDICT, {"instances": [{"question": "x" * 4001}]}),
        (INFER, {"inputs": [{"name": "question", "datatype": "INT32", "shape": [1], "data": [1]}]}),
        (INFER, {"inputs": [{"name": "prompt", "datatype": "BYTES", "shape": [1], "data": ["hi"]}]}),
        (INFER, {"inputs": [{"name": "question", "datatype": "BYTES", "shape": [1], "data": [""]}]}),
        (INFER, {"inputs": "nope"}),
        (INFER, {"wrong": []}),
        (CHAT, {"model": MODEL, "messages": []}),
        (CHAT, {"model": MODEL, "messages": [{"role": "system", "content": "no user"}]}),
        (CHAT, {"model": MODEL, "messages": [{"role": "user", "content": 5}]}),
        (CHAT, {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], "stream": "yes"}),
        (CHAT, {"model": 7, "messages": [{"role": "user", "content": "hi"}]}),
        (CHAT, "just a string"),
    ],
)
def test_malformed_input_is_400_with_a_message(predictor, path, body):
    response = post(predictor, path, body)
    assert response.status_code == 400, response.text
    assert response.json()["error"]


@pytest.mark.parametrize("path", [PREDICT, INFER, CHAT])
def test_non_json_body_is_400(predictor, path):
    response = httpx.post(
        predictor.url + path, content=b"{not json", headers={"content-type": "application/json"}, timeout=10
    )
    assert response.status_code == 400, response.text
    assert response.json()["error"]


def test_non_json_content_type_is_400(predictor):
    response = httpx.post(predictor.url + PREDICT, content=b"question?", headers={"content-type": "text/plain"}, timeout=10)
    assert response.status_code == 400, response.text


def test_unknown_model_is_404(predictor):
    response = post(predictor, CHAT, {"model": "other", "messages": [{"role": "user", "content": "hi"}]})
    assert response.status_code == 404


def test_request_id_is_echoed_and_logged(predictor):
    response = post(predictor, PREDICT, {"instances": ["What is a lava tube?"]}, headers={"X-Request-Id": "req-test-4711"})
    assert response.headers["x-request-id"] == "req-test-4711"
    # The middleware logs the request line after the last byte is sent: it may trail the response.
    deadline = time.monotonic() + 10
    while True:
        lines = [json.loads(line) for line in predictor.log().splitlines() if line.startswith("{")]
        mine = [line for line in lines if line["request_id"] == "req-test-4711"]
        if {line["event"] for line in mine} >= {"answered", "request"} or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert {line["event"] for line in mine} >= {"answered", "request"}
    assert any(line.get("status") == 200 and line.get("endpoint") == "/v1/models/{model_name}:predict" for line in mine)


def test_prometheus_metrics(predictor, index_uri):
    post(predictor, PREDICT, {"instances": ["What is a lava tube?"]})
    text = httpx.get(predictor.url + "/metrics", timeout=10).text
    version = index_uri.rsplit("/", 1)[-1]
    assert f'vellum_index_version_info{{collection="test",version="{version}"}} 1.0' in text
    assert 'vellum_requests_total{endpoint="/v1/models/{model_name}:predict",method="POST",status="200"}' in text
    assert 'vellum_request_seconds_bucket{endpoint="/v1/models/{model_name}:predict"' in text
    assert 'vellum_retrieval_seconds_count{stage="embed"}' in text
    assert 'vellum_retrieval_seconds_count{stage="search"}' in text
    assert "request_predict_seconds" in text  # KServe's own series are still there
