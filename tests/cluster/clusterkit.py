"""Paths and kustomize rendering shared by the cluster tests.

kustomize is required: tests/cluster/install_tools.sh installs it (the Makefile runs it first);
a missing kustomize fails these tests rather than skipping them.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "k8s"
GOBIN = ROOT / ".venv" / "gobin"


def kustomize_bin() -> str:
    found = os.environ.get("KUSTOMIZE") or shutil.which("kustomize", path=f"{GOBIN}{os.pathsep}{os.environ.get('PATH', '')}")
    if not found:
        pytest.fail("kustomize not found: run tests/cluster/install_tools.sh (installs it into .venv/gobin)")
    return found


@functools.cache
def render(target: str) -> tuple[dict, ...]:
    """kustomize build of a directory (absolute, or relative to the repo root)."""
    out = subprocess.run(
        [kustomize_bin(), "build", str(ROOT / target)], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, f"kustomize build {target} failed:\n{out.stderr}"
    return tuple(d for d in yaml.safe_load_all(out.stdout) if d)
