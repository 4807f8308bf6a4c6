"""Property: no byte-level damage to a valid PDF makes parse_pdf raise anything but a rejection."""

from __future__ import annotations

import random

import pytest

from vellum.documents import DocumentRejected, ParsedDocument, parse_pdf

from .factory import harbor_manual

MUTATIONS = 200


@pytest.fixture(scope="module")
def valid_pdf() -> bytes:
    return harbor_manual(body_pages=4)[0]


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    operation = rng.choice(["flip", "overwrite", "delete", "insert", "truncate", "duplicate"])
    at = rng.randrange(len(buf))
    size = rng.choice([1, 4, 64, 1024])
    if operation == "flip":
        for i in range(at, min(at + size, len(buf))):
            buf[i] ^= 1 << rng.randrange(8)
    elif operation == "overwrite":
        buf[at: at + size] = rng.randbytes(size)
    elif operation == "delete":
        del buf[at: at + size]
    elif operation == "insert":
        buf[at:at] = rng.choice([rng.randbytes(size), b"<<" * size, b"[" * size, b" 0 R" * size])
    elif operation == "truncate":
        del buf[at:]
    else:
        buf[at:at] = buf[rng.randrange(len(buf)):][:size * 16]
    return bytes(buf)


@pytest.mark.timeout(300)
def test_random_mutations_never_escape_as_raw_exceptions(valid_pdf):
    outcomes: dict[str, int] = {}
    for seed in range(MUTATIONS):
        rng = random.Random(seed)
        data = valid_pdf
        for _ in range(rng.randint(1, 4)):
            data = _mutate(data, rng)
        try:
            result = parse_pdf(data, f"mutant-{seed}.pdf")
        except DocumentRejected as rejected:
            outcomes[rejected.reason] = outcomes.get(rejected.reason, 0) + 1
        else:
            assert isinstance(result, ParsedDocument)
            assert [p.number for p in result.pages] == list(range(1, result.page_count + 1))
            outcomes["parsed"] = outcomes.get("parsed", 0) + 1
    print(outcomes)
    assert sum(outcomes.values()) == MUTATIONS
