"""The ingestion pipeline definition (KFP v2 DSL) and its compiler entry point.

``python -m vellum.pipelines.ingest_pipeline`` rewrites the checked-in compiled YAML; a test
fails when the YAML and this code disagree.
"""


from pathlib import Path

from kfp import compiler, dsl

from vellum.pipelines.components import chunk_documents, embed_chunks, parse_documents, publish_index

COMPILED = Path(__file__).parent / "compiled" / "ingest_pipeline.yaml"


@dsl.pipeline(name="vellum-ingest", description="Parse PDFs, chunk, embed and publish an immutable index version")
def ingest_pipeline(
    source_url: str,
    index_url: str,
    collection: str = "default",
    source_fingerprints: str = "{}",
    force: bool = False,
    chunk_tokens: int = 200,
    overlap_tokens: int = 24,
) -> str:
    parse = parse_documents(
        source_url=source_url,
        index_url=index_url,
        collection=collection,
        source_fingerprints=source_fingerprints,
        force=force,
    )
    # Planning reads the ledger and publishing writes it: their results depend on state outside
    # the parameters, so they must never be served from KFP's cache.
    parse.set_caching_options(False)
    chunk = chunk_documents(parsed=parse.outputs["parsed"], chunk_tokens=chunk_tokens, overlap_tokens=overlap_tokens)
    embed = embed_chunks(chunks=chunk.outputs["chunks"])
    publish = publish_index(
        parsed=parse.outputs["parsed"], chunks=chunk.outputs["chunks"], embeddings=embed.outputs["embeddings"]
    )
    publish.set_caching_options(False)
    return publish.outputs["Output"]


def compile_pipeline(path: Path = COMPILED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    compiler.Compiler().compile(ingest_pipeline, str(path))
    return path


if __name__ == "__main__":
    print(compile_pipeline())
