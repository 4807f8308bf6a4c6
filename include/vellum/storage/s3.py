"""``s3://`` storage through boto3 (AWS, MinIO, SeaweedFS, any S3-compatible server).

The endpoint and credentials come from the standard AWS environment (``AWS_ENDPOINT_URL``,
``AWS_ACCESS_KEY_ID``...) or from an explicit ``client_kwargs`` (what the Airflow hook passes),
so no endpoint is ever a literal in code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from vellum.storage.base import ObjectInfo, ObjectStore, StorageError


class S3Store(ObjectStore):
    """Keys live under ``s3://bucket/prefix/``. A single PUT is atomic in S3."""

    def __init__(self, root_url: str, bucket: str, prefix: str, client: Any) -> None:
        super().__init__(root_url)
        self.bucket = bucket
        self.prefix = prefix.strip("/")
        self.client = client

    def _key(self, key: str) -> str:
        return f"{self.prefix}/{key}" if self.prefix else key

    def _relative(self, full_key: str) -> str:
        return full_key[len(self.prefix) + 1 :] if self.prefix else full_key

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=self._key(prefix)):
                for item in page.get("Contents", []):
                    if item["Key"].endswith("/"):
                        continue  # "folder" placeholder objects
                    yield ObjectInfo(
                        key=self._relative(item["Key"]),
                        size=int(item["Size"]),
                        fingerprint=item["ETag"].strip('"'),
                        modified=item["LastModified"].timestamp(),
                    )
        except self.client.exceptions.NoSuchBucket as exc:
            raise StorageError(f"{self.root_url}: bucket {self.bucket!r} does not exist") from exc

    def read_bytes(self, key: str) -> bytes:
        try:
            return self.client.get_object(Bucket=self.bucket, Key=self._key(key))["Body"].read()
        except self.client.exceptions.NoSuchKey as exc:
            raise StorageError(f"{self.url(key)} does not exist") from exc

    def write_bytes(self, key: str, data: bytes) -> None:
        self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data)

    def exists(self, key: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._key(key))
        except self.client.exceptions.ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def delete(self, key: str) -> None:
        self.client.delete_object(Bucket=self.bucket, Key=self._key(key))
