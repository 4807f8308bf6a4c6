"""Peer baseline: llama-index VectorStoreIndex + SimpleVectorStore behind a minimal FastAPI route,
using the same embedder (VellumEmbedding). Run: uvicorn-served by bench/serve/run.py."""

from __future__ import annotations

import json
import os

import numpy as np
from fastapi import FastAPI, Request
from llama_index.core import StorageContext, VectorStoreIndex
from llama_index.core.schema import TextNode
from llama_index.core.vector_stores import SimpleVectorStore

from vellum.embedding import VellumEmbedding

folder = os.environ["PEER_INDEX_DIR"]
chunks = [json.loads(line) for line in open(os.path.join(folder, "chunks.jsonl"))]
vectors = np.load(os.path.join(folder, "embeddings.npy"))
nodes = [TextNode(id_=c["chunk_id"], text=c["text"], embedding=v.tolist()) for c, v in zip(chunks, vectors)]
embed = VellumEmbedding()
index = VectorStoreIndex(nodes, storage_context=StorageContext.from_defaults(vector_store=SimpleVectorStore()), embed_model=embed)
retriever = index.as_retriever(similarity_top_k=5)
app = FastAPI()


@app.post("/query")
async def query(request: Request):
    body = await request.json()
    found = await retriever.aretrieve(body["question"])
    return {"hits": [{"id": n.node.node_id, "score": n.score} for n in found]}


@app.get("/ready")
async def ready():
    return {"ready": True}
