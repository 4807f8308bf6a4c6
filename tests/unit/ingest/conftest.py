"""Fixtures for the stage tests: a source folder, an index folder, a counting encoder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repo root: ``tests.support``

from tests.support.encoder import encoder  # noqa: E402,F401  (fixture)


class Folders:
    """A drop folder and an index root on local disk, addressed by file:// URLs."""

    def __init__(self, root: Path) -> None:
        self.source = root / "drops"
        self.index = root / "indexes"
        self.source.mkdir()
        self.source_url = f"file://{self.source}"
        self.index_url = f"file://{self.index}"

    def drop(self, name: str, data: bytes) -> Path:
        path = self.source / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path


@pytest.fixture
def folders(tmp_path) -> Folders:
    return Folders(tmp_path)
