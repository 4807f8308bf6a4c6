"""Dense scoring for the predictor: the query batch times the index matrix, in ONNX Runtime.

Why not numpy: OpenBLAS re-packs the whole 50k x 384 matrix on every call, so a batch of 2-16
queries cost 10-17 ms (bench/serve/RESULTS.md), several times a single query. ONNX Runtime packs a
constant MatMul weight once, when the session is created, and then reads the packed copy: a batch of
8 costs ~5 ms, of 16 ~8 ms, a single query what numpy's matrix-vector product costs. The price is
the packed copy, one more matrix's worth of memory.

Two threads by default, which park when idle: a lone question (concurrency 1) is a matrix-vector
product bound by reading the matrix, and while one thread reads it the other core idles; two
threads take it from ~4.2 to ~2.7 ms at 50k chunks, and under load, where batches are larger and
both cores busy anyway, the same work is only split, not added to (bench/serve/RESULTS.md,
twenty-first round).

The matrix reaches ONNX Runtime as an in-memory external initializer: it is never copied into the
model's protobuf (which could not hold more than 2 GiB, i.e. ~1.4M chunks, and would cost two
more transient copies at load). The serving environment only: the pipelines never score batches.
"""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper

_WEIGHT = "index"


class PackedScorer:
    """``scorer(queries)`` = ``queries @ matrix.T`` (shape queries x rows), float32."""

    def __init__(self, matrix: np.ndarray, *, threads: int = 1) -> None:
        """``threads``: ONNX intra-op threads of the product; idle ones park (never spin)."""
        rows, dim = matrix.shape
        # matrix.T is a view, no copy, when the snapshot holds the matrix column-major
        self._by_dimension = np.ascontiguousarray(matrix.T, dtype=np.float32)
        weight = TensorProto(name=_WEIGHT, data_type=TensorProto.FLOAT, dims=[dim, rows])
        weight.data_location = TensorProto.EXTERNAL
        weight.external_data.add(key="location", value="supplied-in-memory")
        graph = helper.make_graph(
            [helper.make_node("MatMul", ["queries", _WEIGHT], ["scores"])],
            "dense_scores",
            [helper.make_tensor_value_info("queries", TensorProto.FLOAT, ["batch", dim])],
            [helper.make_tensor_value_info("scores", TensorProto.FLOAT, ["batch", rows])],
            [weight],
        )
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.inter_op_num_threads = 1
        # ONNX Runtime reads the array in place: both must live as long as the session
        self._weight = ort.OrtValue.ortvalue_from_numpy(self._by_dimension)
        options.add_external_initializers([_WEIGHT], [self._weight])
        self._session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])

    def __call__(self, queries: np.ndarray) -> np.ndarray:
        return self._session.run(None, {"queries": np.asarray(queries, dtype=np.float32)})[0]


def dense_scorer(matrix: np.ndarray, *, threads: int = 1) -> PackedScorer | None:
    """A PackedScorer for ``matrix``; None for an empty index (nothing to score)."""
    return PackedScorer(matrix, threads=threads) if len(matrix) else None
