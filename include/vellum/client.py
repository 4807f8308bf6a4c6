"""A dependency-free client for Vellum's predictor (through the sidecar or directly).

Used by the demo, the end-to-end tests and anyone scripting against a deployment; it speaks
the KServe v1 protocol that every Vellum predictor serves.
"""

from __future__ import annotations

import json
import urllib.request


def ask(base_url: str, question: str, *, model: str = "vellum-rag", top_k: int = 5, timeout: float = 30) -> dict:
    """One question -> ``{"answer", "citations": [...], "index_version", ...}``."""
    body = json.dumps({"instances": [{"question": question, "top_k": top_k}]}).encode()
    request = urllib.request.Request(
        f"{base_url.rstrip('/')}/v1/models/{model}:predict", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())["predictions"][0]
