"""Object storage addressed by URL: ``file:///abs/path`` or ``s3://bucket/prefix``.

Everything that Vellum persists (drops, quarantine, index versions, pointers) goes through
:func:`open_url`, so the same code runs on a laptop folder and on S3/MinIO/SeaweedFS.
"""

from vellum.storage.base import ObjectInfo, ObjectStore, StorageError, join_url, split_url
from vellum.storage.factory import open_url

__all__ = ["ObjectInfo", "ObjectStore", "StorageError", "join_url", "open_url", "split_url"]
