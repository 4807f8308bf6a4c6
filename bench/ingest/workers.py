"""One measurement per process, so each gets a cold start and its own peak RSS.

    python workers.py <mode> '<json args>'   ->  last stdout line: JSON result

Modes: vellum (the four stages in-process), floor (parse + embed Vellum's chunks, nothing
else), baseline (llama-index IngestionPipeline with docstore + vector store + cache, persisted
between runs), quality (hit@k with and without the page-kind cut).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def vellum(args: dict) -> dict:
    """The stage chain exactly as the KFP components call it, minus KFP's process per stage."""
    from vellum.pipelines import stages

    scratch = Path(args["scratch"])
    scratch.mkdir(parents=True, exist_ok=True)
    paths = {n: str(scratch / n) for n in ("parsed.json", "chunks.json", "embeddings.npy", "summary.json")}
    timings = {}
    started = time.perf_counter()
    plan = stages.plan_and_parse(
        source_url=f"file://{args['source']}", index_url=f"file://{args['index']}", collection="bench",
        force=False, out_path=paths["parsed.json"], settle_seconds=0,
    )
    timings["plan_parse"] = time.perf_counter() - started
    mark = time.perf_counter()
    stages.chunk_documents(parsed_path=paths["parsed.json"], chunk_tokens=args.get("chunk_tokens", 200),
                           overlap_tokens=args.get("overlap_tokens", 24), out_path=paths["chunks.json"])
    timings["chunk"] = time.perf_counter() - mark
    mark = time.perf_counter()
    stages.embed_chunks(chunks_path=paths["chunks.json"], out_path=paths["embeddings.npy"])
    timings["embed"] = time.perf_counter() - mark
    mark = time.perf_counter()
    summary = stages.publish(parsed_path=paths["parsed.json"], chunks_path=paths["chunks.json"],
                             embeddings_path=paths["embeddings.npy"], out_path=paths["summary.json"])
    timings["publish"] = time.perf_counter() - mark
    return {
        "seconds": time.perf_counter() - started,
        "timings": timings,
        "pages_parsed": sum(d["page_count"] for d in plan["parsed"]),
        "summary": summary,
    }


def floor(args: dict) -> dict:
    """What no ingestion can avoid: parsing every PDF once and embedding Vellum's chunks once.

    ``embed`` false measures the parse alone; the embedding floor is then the Vellum run's own
    embed stage, which does nothing but encode those chunks (and saves a second long pass).
    """
    from vellum.documents import parse_pdf

    started = time.perf_counter()
    pages = 0
    for path in sorted(Path(args["source"]).glob("*.pdf")):
        pages += parse_pdf(path.read_bytes(), source=path.name).page_count
    result = {"parse_seconds": time.perf_counter() - started, "pages": pages}
    if args.get("embed", True):
        from vellum.embedding import default_encoder

        chunks_file = Path(args["version_dir"]) / "chunks.jsonl"
        texts = [json.loads(line)["text"] for line in chunks_file.read_text().splitlines() if line]
        mark = time.perf_counter()
        default_encoder().encode(texts)
        result.update(embed_seconds=time.perf_counter() - mark, chunks=len(texts))
    return result


def warm(args: dict) -> dict:
    """Import everything once so bytecode is cached (as in a built image) before timing anything."""
    import kfp.local  # noqa: F401
    import llama_index.core.ingestion  # noqa: F401
    import llama_index.core.node_parser  # noqa: F401
    import llama_index.core.storage.docstore  # noqa: F401
    import llama_index.core.vector_stores  # noqa: F401

    import vellum.documents  # noqa: F401
    import vellum.embedding  # noqa: F401
    import vellum.index.search  # noqa: F401
    import vellum.pipelines.ingest_pipeline  # noqa: F401
    import vellum.pipelines.stages  # noqa: F401

    return {}


def _page_documents(source: Path):
    """What ``SimpleDirectoryReader(filename_as_id=True)`` yields for PDFs: one Document per page,
    id ``<file>_part_<n>``, text from pypdf."""
    from llama_index.core import Document
    from pypdf import PdfReader

    for path in sorted(source.glob("*.pdf")):
        for number, page in enumerate(PdfReader(path).pages):
            yield Document(text=page.extract_text() or "", id_=f"{path.name}_part_{number}",
                           metadata={"file_name": path.name, "page_label": str(number + 1)})


def baseline(args: dict) -> dict:
    """llama-index's recommended incremental setup: docstore + vector store (upserts) + cache."""
    from llama_index.core.ingestion import DocstoreStrategy, IngestionCache, IngestionPipeline
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.core.storage.docstore import SimpleDocumentStore
    from llama_index.core.vector_stores import SimpleVectorStore

    from vellum.embedding import VellumEmbedding

    persist = Path(args["persist"])
    started = time.perf_counter()
    documents = list(_page_documents(Path(args["source"])))
    vector_store = SimpleVectorStore.from_persist_dir(str(persist)) if persist.exists() else SimpleVectorStore()
    pipeline = IngestionPipeline(
        transformations=[SentenceSplitter(chunk_size=256, chunk_overlap=20), VellumEmbedding()],
        docstore=SimpleDocumentStore(),
        vector_store=vector_store,
        cache=IngestionCache(),
        docstore_strategy=DocstoreStrategy.UPSERTS,
    )
    if persist.exists():
        pipeline.load(str(persist))
    nodes = pipeline.run(documents=documents)
    pipeline.persist(str(persist))
    vector_store.persist(str(persist / "default__vector_store.json"))
    return {"seconds": time.perf_counter() - started, "pages": len(documents), "chunks_embedded": len(nodes)}


def quality(args: dict) -> dict:
    from quality import evaluate

    return evaluate(args)


MODES = {"vellum": vellum, "floor": floor, "baseline": baseline, "quality": quality, "warm": warm}

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    mode, raw = sys.argv[1], sys.argv[2]
    result = MODES[mode](json.loads(raw))
    result["peak_rss_mib"] = round(peak_rss_mib(), 1)
    print(json.dumps(result))
