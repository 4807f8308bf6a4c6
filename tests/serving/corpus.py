"""A tiny three-document corpus with distinct topics, published as a real index version."""

from __future__ import annotations

import hashlib
from pathlib import Path

from vellum.embedding import default_encoder
from vellum.embedding.minilm import MODEL_ID
from vellum.index import DocumentEntry, IndexLayout, publish_version
from vellum.storage import open_url

COLLECTION = "test"

#: file name -> pages (1-based order)
PAGES: dict[str, list[str]] = {
    "volcano-guide.pdf": [
        "Volcanoes form where magma from the mantle reaches the surface of the Earth. "
        "Stratovolcanoes are steep cones built from alternating layers of ash and lava. "
        "Shield volcanoes have gentle slopes because their fluid lava travels far before it cools.",
        "Basaltic lava erupts at temperatures between 1,100 and 1,200 °C and flows easily. "
        "Rhyolitic lava is far more viscous and erupts at roughly 800 °C. "
        "A lava tube forms when the surface of a flow crusts over while molten rock keeps moving beneath it.",
    ],
    "baking-handbook.pdf": [
        "A sourdough starter is a culture of wild yeast and lactic acid bacteria. "
        "Feed the starter twice a day with equal weights of rye flour and water. "
        "A healthy starter doubles in volume within six hours of a feeding.",
        "Preheat the Dutch oven for 45 minutes before the loaf goes in. "
        "Bake the loaf at 230 °C for 20 minutes with the lid on, then 25 minutes uncovered. "
        "Let the bread cool on a wire rack for at least one hour before slicing it.",
    ],
    "router-manual.pdf": [
        "The web administration interface of the NX-7 router listens on port 8443 over HTTPS. "
        "The default administrator account is called admin and must be renamed at first login. "
        "Firmware updates are signed and verified before installation.",
        "To restore factory settings, hold the recessed reset button for 15 seconds until the status light blinks amber. "
        "All port forwarding rules, wireless networks and passwords are erased by a factory reset. "
        "The router reboots twice during the procedure.",
    ],
}


def publish_corpus(root: Path, pages: dict[str, list[str]] = PAGES, embedding_model: str = MODEL_ID) -> str:
    """Publish ``pages`` under ``root``, their vectors labelled as ``embedding_model``'s; return the
    version's storage URI."""
    documents, chunks, texts = [], [], []
    for name, page_texts in pages.items():
        sha = hashlib.sha256(name.encode() + "".join(page_texts).encode()).hexdigest()
        doc_id = f"doc-{sha[:16]}"
        for page, text in enumerate(page_texts, start=1):
            chunk_id = "chk-" + hashlib.sha256(f"{doc_id}{page}{text}".encode()).hexdigest()[:20]
            chunks.append({"chunk_id": chunk_id, "doc_id": doc_id, "page": page, "ordinal": 0, "text": text})
            texts.append(text)
        documents.append(
            DocumentEntry(
                doc_id=doc_id,
                content_sha256=sha,
                sources=(f"drops/{name}",),
                title=name.removesuffix(".pdf"),
                page_count=len(page_texts),
                chunk_count=len(page_texts),
            )
        )
    root_url = "file://" + str(root)
    layout = IndexLayout(COLLECTION)
    result = publish_version(
        open_url(root_url),
        layout,
        documents=documents,
        chunks=chunks,
        embeddings=default_encoder().encode(texts),
        embedding_model=embedding_model,
        chunking={"chunk_tokens": 200, "overlap_tokens": 24},
        parent_version=None,
    )
    return layout.version_url(root_url, result.version)
