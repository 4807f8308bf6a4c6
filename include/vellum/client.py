"""A dependency-free client for Vellum's predictor (through the sidecar or directly).

Used by the demo, the end-to-end tests and anyone scripting against a deployment; it speaks
the KServe v1 protocol that every Vellum predictor serves.
"""

from __future__ import annotations

import json
import urllib.request


def ask(
    base_url: str,
    question: str,
    *,
    model: str = "vellum-rag",
    top_k: int = 5,
    timeout: float = 30,
    request_id: str | None = None,
) -> dict:
    """One question -> ``{"answer", "citations": [...], "index_version", ...}``.

    ``request_id`` is sent as ``X-Request-Id``: the sidecar logs it, forwards it, and during a
    canary routes by its hash, so a retry with the same id reaches the same predictor version.
    """
    body = json.dumps({"instances": [{"question": question, "top_k": top_k}]}).encode()
    headers = {"Content-Type": "application/json"}
    if request_id:
        headers["X-Request-Id"] = request_id
    request = urllib.request.Request(f"{base_url.rstrip('/')}/v1/models/{model}:predict", data=body, headers=headers)
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())["predictions"][0]
