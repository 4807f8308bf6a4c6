"""Turn a URL into the right :class:`ObjectStore`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vellum.storage.base import ObjectStore, split_url


def open_url(url: str, *, s3_client: Any | None = None) -> ObjectStore:
    """Open ``url`` as a store rooted there.

    ``s3_client`` lets a caller that owns credentials (the Airflow hook) hand in a configured
    boto3 client; otherwise boto3 reads the standard AWS environment.
    """
    scheme, rest = split_url(url)
    if scheme == "file":
        from vellum.storage.local import LocalStore

        return LocalStore(f"file://{rest}", Path(rest))
    from vellum.storage.s3 import S3Store

    bucket, _, prefix = rest.partition("/")
    if s3_client is None:
        import boto3

        s3_client = boto3.client("s3")
    return S3Store(url, bucket, prefix, s3_client)
