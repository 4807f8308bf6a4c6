"""Cap the threads of numpy's BLAS in the predictor process.

Why: OpenBLAS worker threads busy-wait for the next call for a long while after each one
(~2^28 cycles by default). In a predictor that multiplies a small batch every few milliseconds
they never sleep, and on a small host they take the cores the encoder and KServe's event loop
need: at concurrency 1 the server spent more CPU per request than wall time (bench/serve/RESULTS.md).
One thread did the batch's matrix product in a few milliseconds and left the other cores alone.
The batch product now runs in ONNX Runtime (vellum.serving.scoring); numpy's products that remain
(answer sentences against the question, a search called without precomputed scores) keep the cap.

numpy exposes no setting for this at run time, so the call goes to the OpenBLAS library numpy
itself loaded (the same thing threadpoolctl does); with another BLAS nothing is changed.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np

#: (library file pattern, setter symbol) of the OpenBLAS builds numpy wheels bundle
_OPENBLAS = (
    ("libscipy_openblas64_*.so", "scipy_openblas_set_num_threads64_"),
    ("libscipy_openblas*.so", "scipy_openblas_set_num_threads"),
    ("libopenblas*.so*", "openblas_set_num_threads"),
)


def limit_blas_threads(threads: int) -> bool:
    """Set numpy's OpenBLAS thread count; False if numpy does not bundle an OpenBLAS we know."""
    libs = Path(np.__file__).parent.parent / "numpy.libs"
    for pattern, symbol in _OPENBLAS:
        for path in sorted(libs.glob(pattern)):
            setter = getattr(ctypes.CDLL(str(path)), symbol, None)
            if setter is not None:
                setter(ctypes.c_int(threads))
                return True
    return False
