"""The chat messages a generative backend receives: numbered passages, then the question.

Passages are numbered like the citations returned next to the answer, so an LLM that writes
``[2]`` points at the same chunk the client sees as the second citation.
"""

from __future__ import annotations

from vellum.index import SearchHit

SYSTEM = (
    "You answer questions about technical documents using only the numbered passages you are "
    "given. Quote numbers and units exactly as written. After each statement, cite the passage "
    "it comes from as [n]. If the passages do not contain the answer, say that the indexed "
    "documents do not answer the question; do not guess."
)


def build_messages(question: str, hits: list[SearchHit], source_of: dict[str, str]) -> list[dict]:
    passages = "\n\n".join(
        f"[{n}] ({source_of.get(h.chunk['doc_id'], h.chunk['doc_id'])}, page {h.chunk['page']})\n{h.chunk['text']}"
        for n, h in enumerate(hits, start=1)
    )
    user = f"Passages:\n\n{passages or '(none)'}\n\nQuestion: {question}"
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]
