"""Run the publish stage in a process that SIGKILLs itself just before writing a given key.

Test-only: production code has no crash hooks. The kill is real (no cleanup, no ``finally``),
which is what a pod eviction or an OOM kill does to a publish.

    python -m tests.support.crash <key suffix> <parsed> <chunks> <embeddings> <summary>
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from vellum.pipelines import stages

REPO = Path(__file__).resolve().parents[2]


def _crashing_open_url(suffix: str):
    real_open_url = stages.open_url

    def open_url(url: str):
        store = real_open_url(url)
        real_write = store.write_bytes

        def write_bytes(key: str, data: bytes) -> None:
            if key.endswith(suffix):
                os.kill(os.getpid(), signal.SIGKILL)
            real_write(key, data)

        store.write_bytes = write_bytes
        return store

    return open_url


def publish_and_die(suffix: str, parsed: str, chunks: str, embeddings: str, summary: str, env: dict | None = None) -> int:
    """Run the child; returns its exit code (``-SIGKILL`` when it died where it should)."""
    argv = [sys.executable, "-m", "tests.support.crash", suffix, parsed, chunks, embeddings, summary]
    return subprocess.run(argv, cwd=REPO, env={**os.environ, **(env or {})}, timeout=300).returncode


def main(argv: list[str]) -> None:
    suffix, parsed, chunks, embeddings, summary = argv
    stages.open_url = _crashing_open_url(suffix)
    stages.publish(parsed_path=parsed, chunks_path=chunks, embeddings_path=embeddings, out_path=summary)


if __name__ == "__main__":
    main(sys.argv[1:])
