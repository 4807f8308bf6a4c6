"""The generative backend path against a stub LLM server: prompt, streaming, 502 and 504."""

from __future__ import annotations

import json

import httpx
import pytest

from conftest import MODEL, free_port
from stub_llm import REPLY, TOKENS, StubLLM

PREDICT = f"/v1/models/{MODEL}:predict"
CHAT = "/v1/chat/completions"


@pytest.fixture(scope="module")
def stub():
    with StubLLM(free_port()) as server:
        yield server


@pytest.fixture(scope="module")
def openai_predictor(start_predictor, index_uri, stub):
    return start_predictor(index_uri, "--llm-url", stub.url, "--llm-model", "stub-model", "--llm-timeout", "2")


def test_answer_comes_from_the_backend_with_citations(openai_predictor, stub):
    response = httpx.post(
        openai_predictor.url + PREDICT,
        json={"instances": [{"question": "At what temperature is the loaf baked?", "top_k": 2}]},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    prediction = response.json()["predictions"][0]
    assert prediction["answer"] == REPLY and prediction["mode"] == "generative"
    assert prediction["citations"][0]["document"] == "baking-handbook.pdf"
    sent = stub.received[-1]
    assert sent["model"] == "stub-model" and sent["stream"] is False
    prompt = sent["messages"][-1]["content"]
    assert "[1] (baking-handbook.pdf, page 2)" in prompt and "Bake the loaf at 230 °C" in prompt
    assert prompt.rstrip().endswith("Question: At what temperature is the loaf baked?")


def test_backend_tokens_stream_through_sse(openai_predictor):
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "How hot is the oven?"}]}
    with httpx.stream("POST", openai_predictor.url + CHAT, json=body, timeout=30) as response:
        assert response.status_code == 200
        events = [line[6:] for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    deltas = [c["choices"][0]["delta"].get("content") for c in chunks]
    assert deltas[1 : 1 + len(TOKENS)] == TOKENS  # one SSE event per backend token
    assert chunks[0]["citations"] and "Sources:" in deltas[-2]


def test_slow_backend_is_504(openai_predictor):
    for body, path in (
        ({"instances": ["Bake it SLOWLY?"]}, PREDICT),
        ({"model": MODEL, "messages": [{"role": "user", "content": "Bake it SLOWLY?"}]}, CHAT),
        ({"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "Bake it SLOWLY?"}]}, CHAT),
    ):
        response = httpx.post(openai_predictor.url + path, json=body, timeout=30)
        assert response.status_code == 504, response.text
        assert "did not answer in time" in response.json()["error"]


def test_backend_down_is_502(start_predictor, index_uri):
    dead = f"http://127.0.0.1:{free_port()}"
    predictor = start_predictor(index_uri, "--llm-url", dead)
    for body, path in (
        ({"instances": ["How hot is the oven?"]}, PREDICT),
        ({"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "How hot is the oven?"}]}, CHAT),
    ):
        response = httpx.post(predictor.url + path, json=body, timeout=30)
        assert response.status_code == 502, response.text
        assert "unavailable" in response.json()["error"]


def test_ollama_api(start_predictor, index_uri, stub):
    predictor = start_predictor(index_uri, "--llm-url", stub.url, "--llm-api", "ollama", "--llm-model", "llama3.2")
    response = httpx.post(predictor.url + PREDICT, json={"instances": ["How hot is the oven?"]}, timeout=30)
    assert response.json()["predictions"][0]["answer"] == REPLY
    assert stub.received[-1]["model"] == "llama3.2" and stub.received[-1]["stream"] is False
    body = {"model": MODEL, "stream": True, "messages": [{"role": "user", "content": "How hot is the oven?"}]}
    with httpx.stream("POST", predictor.url + CHAT, json=body, timeout=30) as stream:
        events = [line[6:] for line in stream.iter_lines() if line.startswith("data: ")]
    text = "".join(json.loads(e)["choices"][0]["delta"].get("content", "") for e in events[:-1])
    assert text.startswith(REPLY)
