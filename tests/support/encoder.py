"""Count what the real embedder is asked to do (the model still runs: no fake vectors)."""

from __future__ import annotations

import pytest

import vellum.embedding


class CountingEncoder:
    """Wraps the process's real encoder and records every text it embeds."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.texts: list[str] = []
        self.calls = 0

    def encode(self, texts: list[str]):
        self.calls += 1
        self.texts.extend(texts)
        return self.inner.encode(texts)

    def reset(self) -> None:
        self.texts.clear()
        self.calls = 0


@pytest.fixture
def encoder(monkeypatch) -> CountingEncoder:
    """Install a counting wrapper where the embed stage looks the encoder up."""
    counting = CountingEncoder(vellum.embedding.default_encoder())
    monkeypatch.setattr(vellum.embedding, "default_encoder", lambda: counting)
    return counting
