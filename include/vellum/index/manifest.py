"""The manifest that commits an index version: what is in it and how it was built."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


class IndexError_(RuntimeError):
    """An index version cannot be used (missing manifest, corrupt file, wrong model)."""


class ManifestMissing(IndexError_):
    """No committed version at this URI: it was never published or its publish never finished."""


FORMAT_VERSION = 1


@dataclass(frozen=True)
class DocumentEntry:
    doc_id: str
    content_sha256: str
    sources: tuple[str, ...]
    title: str | None
    page_count: int
    chunk_count: int
    skipped_pages: tuple[int, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> "DocumentEntry":
        return cls(
            doc_id=data["doc_id"],
            content_sha256=data["content_sha256"],
            sources=tuple(data["sources"]),
            title=data.get("title"),
            page_count=int(data["page_count"]),
            chunk_count=int(data["chunk_count"]),
            skipped_pages=tuple(data.get("skipped_pages", ())),
        )


@dataclass(frozen=True)
class Manifest:
    collection: str
    version: str
    parent_version: str | None
    created_at: str
    embedding_model: str
    embedding_dim: int
    chunking: dict
    documents: tuple[DocumentEntry, ...]
    chunk_count: int
    files: dict = field(default_factory=dict)  # name -> {"sha256", "bytes"}
    #: the model of ``terms.npz`` (``vellum.embedding.splade``), None in versions without one
    term_model: str | None = None
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        data = asdict(self)
        data["documents"] = [asdict(d) for d in self.documents]
        return json.dumps(data, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        if data.get("format_version") != FORMAT_VERSION:
            raise IndexError_(f"unsupported manifest format {data.get('format_version')!r}")
        data["documents"] = tuple(DocumentEntry.from_dict(d) for d in data["documents"])
        return cls(**data)

    def document_by_hash(self) -> dict[str, DocumentEntry]:
        return {d.content_sha256: d for d in self.documents}


def content_version(content_hashes: list[str], embedding_model: str, chunking: dict, term_model: str | None = None) -> str:
    """Content-addressed version id: same documents + same recipe -> same version. A recipe
    without term weights hashes as it did before they existed, so old ids stay valid."""
    recipe_fields = {"docs": sorted(set(content_hashes)), "model": embedding_model, "chunking": chunking}
    if term_model:
        recipe_fields["terms"] = term_model
    recipe = json.dumps(recipe_fields, sort_keys=True)
    return "v-" + hashlib.sha256(recipe.encode()).hexdigest()[:16]
