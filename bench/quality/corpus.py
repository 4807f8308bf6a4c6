"""The quality bench's corpus, ingested with the real stages and cached between runs.

parse_pdf -> body pages only (as ``vellum.pipelines.stages`` does) -> chunk_pages with the
MiniLM tokenizer -> MiniLMEncoder and SPLADE -> an in-memory IndexSnapshot. Parsed pages, chunk
embeddings and term weights are cached under var/bench/quality/cache, keyed by the PDF bytes and
the parser's source code, and by the chunk texts, so changing only search code re-runs in seconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from vellum.chunking import ChunkingConfig, chunk_pages, document_id
from vellum.documents import parse_pdf
from vellum.embedding import default_encoder
from vellum.embedding.minilm import DIMENSION, MODEL_ID
from vellum.embedding.splade import DOC_TERMS, default_splade
from vellum.embedding.splade import MODEL_ID as TERM_MODEL
from vellum.index import DocumentEntry, IndexSnapshot, Manifest
from vellum.index.terms import TermWeights
from vellum.pipelines.stages import SKIPPED_PAGE_KINDS

ROOT = Path(__file__).resolve().parents[2]
PDFS = ROOT / "var" / "bench" / "quality" / "pdfs"
#: the splits asked of manuals never tuned on, each of its own manuals (corpus.sh copies them)
UNSEEN_SPLITS = ("unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", "unseen7", "unseen8", "unseen9", "unseen10")
#: question file -> the directory of its manuals: one collection (one index) each; the tuned
#: one holds the dev and held-out splits
COLLECTIONS = {"questions.jsonl": PDFS, **{f"questions_{s}.jsonl": PDFS.parent / s for s in UNSEEN_SPLITS}}
SPLITS = ("dev", "heldout", *UNSEEN_SPLITS)
CACHE = ROOT / "var" / "bench" / "quality" / "cache"
HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Question:
    id: str
    split: str
    question: str
    document: str
    page: int
    answer_contains: tuple[str, ...]


def questions(name: str = "questions.jsonl") -> list[Question]:
    rows = [json.loads(line) for line in (HERE / name).read_text().splitlines() if line]
    return [Question(**{**r, "answer_contains": tuple(r["answer_contains"])}) for r in rows]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _parser_version() -> str:
    """Hash of vellum.documents' source: a parser change must not reuse stale parsed pages."""
    import vellum.documents

    sources = sorted(Path(vellum.documents.__file__).parent.glob("*.py"))
    return _sha(b"".join(p.read_bytes() for p in sources))[:8]


def parsed_pages(path: Path) -> dict:
    """``{"sha": ..., "pages": [{"number", "text", "kind"}]}`` for one PDF (cached: ~30 s for gri)."""
    data = path.read_bytes()
    sha = _sha(data)
    cached = CACHE / "parsed" / f"{path.stem}-{sha[:16]}-{_parser_version()}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    doc = parse_pdf(data, path.name)
    out = {"sha": sha, "pages": [{"number": p.number, "text": p.text, "kind": p.kind} for p in doc.pages]}
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(out))
    return out


def embed_cached(texts: list[str], label: str) -> np.ndarray:
    key = _sha("\x00".join([MODEL_ID, *texts]).encode())[:16]  # another model's vectors are not these
    cached = CACHE / f"emb-{label}-{key}.npy"
    if cached.exists():
        return np.load(cached)
    vectors = default_encoder().encode(texts)
    cached.parent.mkdir(parents=True, exist_ok=True)
    np.save(cached, vectors)
    return vectors


def terms_cached(texts: list[str], label: str) -> TermWeights:
    key = _sha("\x00".join(texts).encode())[:16]
    cached = CACHE / f"terms-{label}-{DOC_TERMS}-{key}.npz"
    if cached.exists():
        return TermWeights.from_bytes(cached.read_bytes(), len(texts))
    terms = TermWeights.from_rows(default_splade().encode_documents(texts))
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_bytes(terms.to_bytes())
    return terms


def build_snapshot(config: ChunkingConfig = ChunkingConfig(), pdfs: Path = PDFS) -> IndexSnapshot:
    """All PDFs in ``pdfs`` as one collection (the manuals are each other's distractors)."""
    chunks: list[dict] = []
    documents = []
    vectors = []  # per manual, so adding a manual re-embeds only that one
    term_rows = []
    for path in sorted(pdfs.glob("*.pdf")):
        parsed = parsed_pages(path)
        doc_id = document_id(parsed["sha"])
        body = [(p["number"], p["text"]) for p in parsed["pages"] if p["kind"] not in SKIPPED_PAGE_KINDS]
        doc_chunks = [c.to_dict() for c in chunk_pages(doc_id, body, config)]
        chunks.extend(doc_chunks)
        label = f"{path.stem}-{config.chunk_tokens}-{config.overlap_tokens}"
        vectors.append(embed_cached([c["text"] for c in doc_chunks], label))
        manual_terms = terms_cached([c["text"] for c in doc_chunks], label)
        term_rows += manual_terms.rows(range(len(manual_terms)))
        documents.append(
            DocumentEntry(doc_id, parsed["sha"], (path.name,), path.stem, len(parsed["pages"]), len(doc_chunks))
        )
    manifest = Manifest(
        collection="bench-quality",
        version=f"bench-{config.chunk_tokens}",
        parent_version=None,
        created_at="",
        embedding_model=MODEL_ID,
        embedding_dim=DIMENSION,
        chunking=config.to_dict(),
        documents=tuple(documents),
        chunk_count=len(chunks),
        term_model=TERM_MODEL,
    )
    embeddings = np.concatenate(vectors) if vectors else np.zeros((0, DIMENSION), dtype=np.float32)
    terms = TermWeights.from_rows(term_rows)
    return IndexSnapshot(manifest=manifest, chunks=chunks, embeddings=embeddings, uri="memory://bench-quality", terms=terms)


def raw_pages(path: Path) -> list[tuple[int, str]]:
    """pypdf's text per page, uncleaned: what llama-index's default PDF reader gives the peer."""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return [(n, page.extract_text() or "") for n, page in enumerate(pypdf.PdfReader(path).pages, start=1)]
