"""Where a request's CPU goes: each stage of Vellum's answer path, in-process, as CPU time per
question at batch 16, next to what KServe's own v1 request handling costs (a no-op model behind
the same ModelServer, loaded by the same Go load generator as run.py).

    .venv/serving/bin/python bench/serve/profile.py [--chunks 50000] [--batches 20]

CPU time (not wall time) because the host is shared: other jobs stretch wall time by 2-10x but
barely change the CPU a stage needs. The sum bounds throughput: with the encoder on one core and
everything else on the other, requests/s <= 1 / max(embed, rest) per core.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path


from vellum.rollout.local import free_port

sys.path.insert(0, str(Path(__file__).parent))

from run import PY, build_index, build_loadgen, cpu_seconds, load, questions, start, vellum_body  # noqa: E402

NOOP_SERVER = """
import sys
import kserve
from kserve import ModelServer


class Noop(kserve.Model):
    async def predict(self, payload, headers=None, response_headers=None):
        return {"predictions": [{"answer": "", "citations": []}]}


model = Noop("vellum-rag")
model.ready = True
server = ModelServer(http_port=int(sys.argv[1]), workers=1, enable_grpc=False)
server.register_model(model)
server.start([])
"""


def stage_costs(uri: str, qs: list[str], batches: int) -> dict[str, float]:
    """CPU ms per question of each stage, the median over ``batches`` batches of 16."""
    from vellum.serving.answer import candidates, extractive_answer, similarity_shortlist
    from vellum.serving.blas import limit_blas_threads
    from vellum.serving.model import RagModel
    from vellum.serving.questions import Question

    limit_blas_threads(1)  # as the predictor runs it; and thread CPU time then sees all of it
    model = RagModel("profile", uri)
    model.load()
    costs: dict[str, list[float]] = {"embed": [], "dense score": [], "splade read": [], "search": [], "answer": []}
    for b in range(batches):
        batch = [Question(q) for q in qs[b * 16 : (b + 1) * 16]]
        t = time.thread_time()
        vectors = model.encoder.encode([q.text for q in batch])
        t, costs["embed"] = _lap(t, costs["embed"], len(batch))
        dense = model.searcher.dense_scores(vectors)
        t, costs["dense score"] = _lap(t, costs["dense score"], len(batch))
        read = model.searcher.read_questions([q.text for q in batch]) or [None] * len(batch)
        t, costs["splade read"] = _lap(t, costs["splade read"], len(batch))
        hits = [model.searcher.search(q.text, v, dense=d, splade=r) for q, v, d, r in zip(batch, vectors, dense, read)]
        t, costs["search"] = _lap(t, costs["search"], len(batch))
        for q, h in zip(batch, hits):
            pool = candidates(h)
            similarity_shortlist(q.text, pool, model.idf, model.indexed)
            extractive_answer(q.text, h, pool, model.idf)
        t, costs["answer"] = _lap(t, costs["answer"], len(batch))
    return {stage: statistics.median(values) for stage, values in costs.items()}


def _lap(started: float, values: list[float], n: int) -> tuple[float, list[float]]:
    now = time.thread_time()
    return now, [*values, (now - started) * 1000 / n]


def envelope_cost(qs: list[str], requests: int) -> float:
    """Server CPU ms per request of a no-op model behind KServe's ModelServer, at c=16."""
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "noop.py"
        script.write_text(NOOP_SERVER)
        loadgen = build_loadgen(Path(folder))
        proc = start([PY, str(script), str(port)], f"http://127.0.0.1:{port}/v1/models/vellum-rag")
        try:
            url = f"http://127.0.0.1:{port}/v1/models/vellum-rag:predict"
            load(loadgen, url, [vellum_body(q) for q in qs[:50]], 4, Path(folder))
            before = cpu_seconds(proc.pid)
            result = load(loadgen, url, [vellum_body(q) for q in qs[50 : 50 + requests]], 16, Path(folder))
            cpu = (cpu_seconds(proc.pid) - before) * 1000 / requests
        finally:
            proc.terminate()
            proc.wait(30)
    print(f"no-op model behind KServe at c=16: {result['rps']:.0f} rps, p50 {result['p50']:.1f} ms", flush=True)
    return cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=50_000)
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    uri = build_index(args.chunks)
    qs = questions(max(16 * args.batches, 2050))
    costs = stage_costs(uri, qs, args.batches)
    costs["KServe v1 envelope (no-op model)"] = envelope_cost(qs, 2000)
    rest = sum(v for k, v in costs.items() if k != "embed")
    for stage, ms in costs.items():
        print(f"{stage:>34}: {ms:.2f} ms CPU per question")
    print(f"{'all but the embedding':>34}: {rest:.2f} ms; embedding share of the total "
          f"{costs['embed'] / (costs['embed'] + rest):.2f}")


if __name__ == "__main__":
    main()
