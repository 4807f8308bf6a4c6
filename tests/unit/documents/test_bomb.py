"""Decompression bombs are rejected with bounded memory, per stream and per document."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vellum.documents import DecompressionBomb, ParseLimits, parse_pdf

from .factory import deflate_bomb_pdf

MiB = 1 << 20

# Runs in a fresh interpreter so ru_maxrss (a high-water mark) measures only this parse.
_MEASURE = """
import json, resource, sys
sys.path.insert(0, {here!r})
from factory import deflate_bomb_pdf
from vellum.documents import DocumentRejected, parse_pdf
bomb = deflate_bomb_pdf({size})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    parse_pdf(bomb, "bomb.pdf")
    outcome = {{"reason": None}}
except DocumentRejected as rejected:
    outcome = rejected.to_dict()
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome.update(bomb_bytes=len(bomb), peak_growth_mib=(after - before) / 1024)
print(json.dumps(outcome))
"""


@pytest.mark.timeout(120)
def test_one_gib_bomb_is_rejected_with_bounded_memory():
    script = _MEASURE.format(here=str(Path(__file__).parent), size=1 << 30)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=110)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    print(outcome)
    assert outcome["reason"] == "decompression_bomb"
    assert outcome["bomb_bytes"] < 2 * MiB  # the file itself is small ...
    assert outcome["peak_growth_mib"] < 300  # ... and so is what parsing it costs


def test_many_streams_under_the_per_stream_cap_hit_the_total_cap():
    bomb = deflate_bomb_pdf(8 * MiB, pages=5)
    with pytest.raises(DecompressionBomb) as info:
        parse_pdf(bomb, "bomb.pdf", ParseLimits(max_decompressed_bytes_total=16 * MiB))
    assert info.value.reason == "decompression_bomb" and "total" in info.value.detail


def test_per_stream_cap_is_configurable():
    with pytest.raises(DecompressionBomb):
        parse_pdf(deflate_bomb_pdf(8 * MiB), "bomb.pdf", ParseLimits(max_decompressed_bytes_per_stream=4 * MiB))
