"""``file://`` storage: a folder on the local disk."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from vellum.storage.base import ObjectInfo, ObjectStore, StorageError


class LocalStore(ObjectStore):
    """Keys map to files under ``root``; writes go through a temp file and ``os.replace``."""

    def __init__(self, root_url: str, root: Path) -> None:
        super().__init__(root_url)
        self.root = root

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if path != self.root.resolve() and self.root.resolve() not in path.parents:
            raise StorageError(f"{key!r} escapes {self.root_url}")
        return path

    def list(self, prefix: str = "") -> Iterator[ObjectInfo]:
        if not self.root.is_dir():
            return
        # Sorted by key across folders, as S3 lists: "a/b.pdf" comes after "a.pdf", not before.
        paths = sorted(
            (path.relative_to(self.root).as_posix(), path)
            for path in self.root.rglob("*")
            if path.is_file()
        )
        for key, path in paths:
            if not key.startswith(prefix):
                continue
            try:
                stat = path.stat()
            except FileNotFoundError:  # deleted between listing and stat
                continue
            yield ObjectInfo(
                key=key,
                size=stat.st_size,
                fingerprint=f"{stat.st_size}-{stat.st_mtime_ns}",
                modified=stat.st_mtime,
            )

    def read_bytes(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(f"{self.url(key)} does not exist") from exc

    def write_bytes(self, key: str, data: bytes) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
