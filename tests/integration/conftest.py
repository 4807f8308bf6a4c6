"""Integration fixtures: a real SeaweedFS S3 server (one per session) and per-test buckets."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repo root: ``tests.support``

from tests.support.encoder import encoder  # noqa: E402,F401  (fixtures)
from tests.support.seaweed import s3_env, seaweed_s3  # noqa: E402,F401


class Buckets:
    """A source bucket and an index bucket, addressed by s3:// URLs with a prefix each."""

    def __init__(self, server) -> None:
        self.server = server
        self.client = server.client()
        self.source_bucket = server.create_bucket()
        self.index_bucket = server.create_bucket()
        self.source_url = f"s3://{self.source_bucket}/drops"
        self.index_url = f"s3://{self.index_bucket}/indexes"

    def drop(self, name: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.source_bucket, Key=f"drops/{name}", Body=data)

    def remove(self, name: str) -> None:
        self.client.delete_object(Bucket=self.source_bucket, Key=f"drops/{name}")

    def index_keys(self, prefix: str = "") -> list[str]:
        paginator = self.client.get_paginator("list_objects_v2")
        return [o["Key"] for page in paginator.paginate(Bucket=self.index_bucket, Prefix=f"indexes/{prefix}")
                for o in page.get("Contents", [])]


@pytest.fixture
def buckets(s3_env) -> Buckets:
    return Buckets(s3_env)


def pytest_collection_modifyitems(items):
    for item in items:
        if "integration" in str(item.fspath):
            item.add_marker(pytest.mark.s3)
