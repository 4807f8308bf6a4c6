"""Immutable, versioned index snapshots in object storage, and hybrid search over them.

Layout under an index root URL (``file://`` or ``s3://``)::

    <collection>/versions/<version>/chunks.jsonl     one chunk per line (text + lineage)
    <collection>/versions/<version>/embeddings.npy   float32 (n_chunks, 384), L2-normalised
    <collection>/versions/<version>/MANIFEST.json    written last: its presence commits the version
    <collection>/LATEST                              {"version": ...} of the newest published version

The version id is content-addressed (documents' hashes + chunking + embedding model), so the
same corpus always yields the same version and re-publishing it is a no-op.
"""

from vellum.index.manifest import DocumentEntry, Manifest, IndexError_, ManifestMissing
from vellum.index.layout import IndexLayout
from vellum.index.snapshot import IndexSnapshot
from vellum.index.publish import publish_version, PublishResult
from vellum.index.search import HybridSearcher, SearchHit

__all__ = [
    "DocumentEntry",
    "HybridSearcher",
    "IndexError_",
    "IndexLayout",
    "IndexSnapshot",
    "Manifest",
    "ManifestMissing",
    "PublishResult",
    "SearchHit",
    "publish_version",
]
