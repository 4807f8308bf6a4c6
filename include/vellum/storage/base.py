"""The storage interface and URL helpers shared by the file and S3 back ends."""

from __future__ import annotations

import abc
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlparse


class StorageError(RuntimeError):
    """A storage operation failed; the message names the URL so logs are actionable."""


@dataclass(frozen=True)
class ObjectInfo:
    """One listed object.

    ``fingerprint`` is cheap to obtain from a listing (ETag for S3, size+mtime for files) and
    changes whenever the bytes may have changed; it is what the drop sensor compares.
    """

    key: str
    size: int
    fingerprint: str
    modified: float

    @property
    def name(self) -> str:
        return self.key.rsplit("/", 1)[-1]


class ObjectStore(abc.ABC):
    """A flat key space under one root URL. Keys use ``/`` and never start with it."""

    def __init__(self, root_url: str) -> None:
        self.root_url = root_url.rstrip("/")

    def url(self, key: str) -> str:
        return join_url(self.root_url, key)

    @abc.abstractmethod
    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        """All objects whose key starts with ``prefix``, in key order."""

    @abc.abstractmethod
    def read_bytes(self, key: str) -> bytes: ...

    @abc.abstractmethod
    def write_bytes(self, key: str, data: bytes) -> None:
        """Write one object atomically: a reader sees the old bytes or the new, never a mix."""

    @abc.abstractmethod
    def exists(self, key: str) -> bool: ...

    @abc.abstractmethod
    def delete(self, key: str) -> None:
        """Delete if present (no error when already gone)."""

    def read_text(self, key: str) -> str:
        return self.read_bytes(key).decode("utf-8")

    def write_text(self, key: str, text: str) -> None:
        self.write_bytes(key, text.encode("utf-8"))


def split_url(url: str) -> tuple[str, str]:
    """``s3://b/p`` -> ("s3", "b/p"); ``file:///a/b`` or ``/a/b`` -> ("file", "/a/b")."""
    parsed = urlparse(url)
    if parsed.scheme in ("", "file"):
        return "file", parsed.path if parsed.scheme else url
    if parsed.scheme == "s3":
        if not parsed.netloc:
            raise StorageError(f"{url!r}: an s3:// URL needs a bucket")
        return "s3", f"{parsed.netloc}{parsed.path}"
    raise StorageError(f"{url!r}: unsupported scheme {parsed.scheme!r} (use file:// or s3://)")


def join_url(root: str, *parts: str) -> str:
    """Join URL path segments with single slashes."""
    out = root.rstrip("/")
    for part in parts:
        part = part.strip("/")
        if part:
            out = f"{out}/{part}"
    return out
