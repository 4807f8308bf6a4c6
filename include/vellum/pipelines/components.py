"""KFP v2 components: typed, pure wrappers that call ``vellum.pipelines.stages``.

Imports live inside each function because KFP ships only the function's source to the pod.
The image (``VELLUM_PIPELINE_IMAGE``) is the ``pipelines`` environment with this package
installed; ``kfp.local.SubprocessRunner`` runs the same functions with the local interpreter.
"""


import os

from kfp import dsl
from kfp.dsl import Artifact, Input, Output

PIPELINE_IMAGE = os.environ.get("VELLUM_PIPELINE_IMAGE", "ghcr.io/vellum-rag/pipelines:0.1.0")


@dsl.component(base_image=PIPELINE_IMAGE, install_kfp_package=False)
def parse_documents(
    source_url: str,
    index_url: str,
    collection: str,
    source_fingerprints: str,
    force: bool,
    parsed: Output[Artifact],
) -> int:
    """List the source, diff it with the ledger, parse new content, quarantine bad files.

    ``source_fingerprints`` is the drop sensor's batch as a JSON object key -> fingerprint (S3
    ETag or size+mtime); ``{}`` reconciles the whole source. It is a parameter, not a side
    channel, because KFP's cache keys on parameters: content changes must show up here.
    """
    import json
    import logging

    from vellum.pipelines.stages import plan_and_parse

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    batch = json.loads(source_fingerprints) or None
    result = plan_and_parse(
        source_url=source_url,
        index_url=index_url,
        collection=collection,
        force=force,
        out_path=parsed.path,
        batch=batch,
    )
    return len(result["parsed"])


@dsl.component(base_image=PIPELINE_IMAGE, install_kfp_package=False)
def chunk_documents(parsed: Input[Artifact], chunk_tokens: int, overlap_tokens: int, chunks: Output[Artifact]) -> int:
    """Split body pages into chunks sized in the embedder's word pieces."""
    import logging

    from vellum.pipelines.stages import chunk_documents as chunk

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    return chunk(parsed_path=parsed.path, chunk_tokens=chunk_tokens, overlap_tokens=overlap_tokens, out_path=chunks.path)


@dsl.component(base_image=PIPELINE_IMAGE, install_kfp_package=False)
def embed_chunks(chunks: Input[Artifact], embeddings: Output[Artifact]) -> int:
    """Embed new chunks with the offline int8 ONNX MiniLM and weigh their terms with SPLADE."""
    import logging

    from vellum.pipelines.stages import embed_chunks as embed

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    return embed(chunks_path=chunks.path, out_path=embeddings.path)


@dsl.component(base_image=PIPELINE_IMAGE, install_kfp_package=False)
def publish_index(
    parsed: Input[Artifact], chunks: Input[Artifact], embeddings: Input[Artifact], summary: Output[Artifact]
) -> str:
    """Commit the new index version atomically and update the ledger; returns the version URI."""
    import logging

    from vellum.pipelines.stages import publish

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    result = publish(
        parsed_path=parsed.path, chunks_path=chunks.path, embeddings_path=embeddings.path, out_path=summary.path
    )
    return result["version_uri"]
