"""Immutable, versioned index snapshots in object storage, and hybrid search over them.

Layout under an index root URL (``file://`` or ``s3://``)::

    <collection>/versions/<version>/chunks.jsonl     one chunk per line (text + lineage)
    <collection>/versions/<version>/embeddings.npy   float32 (n_chunks, 384), L2-normalised
    <collection>/versions/<version>/terms.npz        SPLADE term weights per chunk (``terms``)
    <collection>/versions/<version>/MANIFEST.json    written last: its presence commits the version
    <collection>/LATEST                              {"version": ...} of the newest published version
    <collection>/LEDGER.json                         what was ingested (see ``vellum.ledger``)
    <collection>/quarantine/                         rejected files + a JSON reason each

The version id is content-addressed (documents' hashes + chunking + embedding model), so the
same corpus always yields the same version and re-publishing it is a no-op.

Names are re-exported lazily: this package is also imported in the Airflow environment,
which has no numpy, so nothing numeric may load until it is used.
"""

from importlib import import_module

_EXPORTS = {
    "IndexLayout": "layout",
    "DocumentEntry": "manifest",
    "IndexError_": "manifest",
    "Manifest": "manifest",
    "ManifestMissing": "manifest",
    "IndexSnapshot": "snapshot",
    "PublishResult": "publish",
    "publish_version": "publish",
    "HybridSearcher": "search",
    "SearchHit": "search",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    """Lazy re-exports (PEP 562): ``from vellum.index import IndexLayout`` must not load numpy."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_EXPORTS[name]}"), name)
