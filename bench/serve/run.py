"""Serving benchmark (issue 5): floor vs Vellum over KServe HTTP vs a llama-index peer.

    .venv/serving/bin/python bench/serve/run.py [--chunks 50000] [--requests 1000] [--peer-requests 60] [--only vellum]

Builds (and caches under var/bench/serve/) an index of synthetic chunks, then measures:
- floor: one query embedding at batch 1 + exact numpy top-k, in-process
- embedder throughput at batch 16, in-process
- Vellum (python -m vellum.serving, extractive answers) p50/p99 over HTTP at concurrency
  1/16/64, throughput as a share of the embedder's batch-16 throughput, server CPU per request,
  peak RSS, and the share of answers that needed the sentence-similarity pass (from its /metrics)
- peer: llama-index VectorStoreIndex + SimpleVectorStore behind FastAPI, same embedder
- scale curve: exact top-k over 10k/100k/1M random vectors
The load generator is bench/serve/loadgen (Go, built here with the installed toolchain), the same
for Vellum and the peer: it costs tens of microseconds of CPU per request, so on 2 cores it takes
almost nothing from the server it measures. Every request asks a different question (no
repeated question can be answered from a warm cache).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

from vellum.index import IndexSnapshot
from vellum.rollout.local import free_port

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
WORDS = """pump valve impeller seal bearing motor controller broker queue partition replica segment
template build deploy cache config port timeout retry threshold pressure temperature flow voltage
firmware router interface password backup restore schedule volume disk memory thread latency
sensor alarm gauge filter pipe flange coupling shaft grease coolant battery charger inverter
cluster node leader follower consumer producer offset topic message index shard snapshot""".split()
VERBS = "check replace inspect configure restart drain flush raise lower rotate calibrate verify".split()


def sentence(rng: random.Random) -> str:
    a, b, c = rng.sample(WORDS, 3)
    return f"{rng.choice(VERBS).capitalize()} the {a} {b} every {rng.randint(2, 9000)} hours when the {c} reads {rng.randint(1, 500)} units."


def build_index(n: int) -> str:
    from vellum.embedding import default_encoder
    from vellum.embedding.minilm import MODEL_ID
    from vellum.embedding.splade import MODEL_ID as TERM_MODEL
    from vellum.embedding.splade import default_splade
    from vellum.index import DocumentEntry, IndexLayout, publish_version
    from vellum.index.terms import TermWeights
    from vellum.index.layout import read_latest_version
    from vellum.storage import open_url

    # one folder per embedding model: an index of another model's vectors is not this one's
    root = ROOT / "var" / "bench" / "serve" / f"chunks-{n}-{hashlib.sha256(MODEL_ID.encode()).hexdigest()[:8]}"
    layout = IndexLayout("bench")
    store = open_url(f"file://{root}")
    version = read_latest_version(store, layout)
    if version:
        return layout.version_url(f"file://{root}", version)
    rng = random.Random(n)
    per_doc = 500
    chunks, documents = [], []
    for d in range(0, n, per_doc):
        doc_id = f"doc-{d // per_doc:05d}"
        count = min(per_doc, n - d)
        for i in range(count):
            text = " ".join(sentence(rng) for _ in range(4))
            chunks.append({"chunk_id": f"chk-{d + i:07d}", "doc_id": doc_id, "page": i // 5 + 1, "ordinal": i % 5, "text": text})
        documents.append(DocumentEntry(doc_id, hashlib.sha256(doc_id.encode()).hexdigest(), (f"{doc_id}.pdf",), doc_id, count // 5 + 1, count))
    encoder = default_encoder()
    started = time.time()
    vectors = []
    for i in range(0, n, 1024):
        vectors.append(encoder.encode([c["text"] for c in chunks[i : i + 1024]]))
        print(f"  embedded {min(i + 1024, n)}/{n} ({time.time() - started:.0f} s)", flush=True)
    started = time.time()
    terms = TermWeights.from_rows(default_splade().encode_documents([c["text"] for c in chunks]))
    print(f"  weighed the terms of {n} chunks ({time.time() - started:.0f} s)", flush=True)
    result = publish_version(
        store, layout, documents=documents, chunks=chunks, embeddings=np.concatenate(vectors),
        embedding_model=MODEL_ID, chunking={"bench": n}, parent_version=None, terms=terms, term_model=TERM_MODEL,
    )
    return layout.version_url(f"file://{root}", result.version)


#: Every synthetic chunk says "every N hours when the X reads N units": questions about those
#: words would make BM25 score every chunk, which no real manual does, so the templates ask
#: with the content words (components, verbs) the way people do.
QUESTION_TEMPLATES = (
    "How often should I {verb} the {a} {b}?",
    "When should I {verb} the {a} {b}?",
    "What is the interval to {verb} the {a} {b}?",
    "Do I need to {verb} the {a} {b} regularly?",
    "How do I {verb} the {a} {b} on the {c}?",
    "Which {a} {b} must I {verb} first?",
)


def questions(k: int) -> list[str]:
    """``k`` distinct maintenance questions about the synthetic chunks' vocabulary."""
    rng = random.Random(7)
    seen: dict[str, None] = {}
    while len(seen) < k:
        a, b, c = rng.sample(WORDS, 3)
        seen[rng.choice(QUESTION_TEMPLATES).format(verb=rng.choice(VERBS), a=a, b=b, c=c)] = None
    return list(seen)


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p / 100 * len(values)))]


def reference_encoders() -> dict:
    """The embedder the references are measured with, in both thread settings the predictor can
    run it with: one intra-op thread (the predictor's default) and ONNX Runtime's default (one per
    core). References take the better of the two, so no setting makes the bar lower."""
    from vellum.embedding.minilm import MiniLMEncoder

    # os.cpu_count() rather than 0: 0 would defer to VELLUM_EMBED_THREADS, which may be set to
    # choose the server's setting and must not move the bar
    encoders = {"1 thread": MiniLMEncoder(threads=1), "ORT default": MiniLMEncoder(threads=os.cpu_count())}
    for encoder in encoders.values():
        encoder.encode(["warm up"] * 16)
    return encoders


def floor(matrix: np.ndarray, qs: list[str], encoders: dict) -> dict:
    """One query embedded at batch 1 + exact top-5 over the index, in-process: p50/p99 (ms) of
    the faster thread setting."""
    best = None
    for encoder in encoders.values():
        times = []
        for q in qs:
            t = time.perf_counter()
            scores = matrix @ encoder.encode([q])[0]
            top = np.argpartition(-scores, 5)[:5]
            top[np.argsort(-scores[top])]
            times.append((time.perf_counter() - t) * 1000)
        if best is None or statistics.median(times) < best["p50"]:
            best = {"p50": statistics.median(times), "p99": pct(times, 99)}
    return best


def embedder_rate(encoders: dict, qs: list[str], reps: int = 12) -> dict:
    """Queries embedded per second at batch 16, in-process, per thread setting, and the CPU
    each query took (ms, all threads of this process: spinning ONNX threads count too)."""
    out = {}
    for name, encoder in encoders.items():
        t, cpu = time.perf_counter(), time.process_time()
        for r in range(reps):
            encoder.encode(qs[r * 16 : (r + 1) * 16])
        out[name] = reps * 16 / (time.perf_counter() - t)
        out[f"{name} CPU ms"] = (time.process_time() - cpu) * 1000 / (reps * 16)
    return out


def references(matrix: np.ndarray, encoders: dict, qs: list[str]) -> dict:
    """The bars, measured in-process while the server idles: the floor's p50 (ms) and the
    embedder's batch-16 rate per thread setting (q/s)."""
    return {"floor p50 ms": floor(matrix, qs[:40], encoders)["p50"], **embedder_rate(encoders, qs)}


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def start(command: list[str], ready_url: str, env: dict | None = None) -> subprocess.Popen:
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    deadline = time.time() + 600
    while time.time() < deadline:
        try:
            if httpx.get(ready_url, timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        if proc.poll() is not None:
            raise RuntimeError(f"{command} exited {proc.returncode}")
        time.sleep(0.25)
    raise TimeoutError(command)


def build_loadgen(folder: Path) -> Path:
    binary = folder / "loadgen"
    subprocess.run(["go", "build", "-o", str(binary), "."], cwd=Path(__file__).parent / "loadgen", check=True)
    return binary


def load(loadgen: Path, url: str, bodies: list[dict], concurrency: int, folder: Path) -> dict:
    """POST each body once from ``concurrency`` connections; p50/p99 (ms) and requests/s."""
    path = folder / "bodies.jsonl"
    path.write_text("".join(json.dumps(b) + "\n" for b in bodies))
    out = subprocess.run(
        [str(loadgen), "-url", url, "-bodies", str(path), "-n", str(len(bodies)), "-c", str(concurrency)],
        check=True, capture_output=True, text=True,
    )
    result = json.loads(out.stdout)
    return {"p50": result["p50_ms"], "p99": result["p99_ms"], "rps": result["rps"]}


def vellum_body(question: str) -> dict:
    return {"instances": [{"question": question}]}


def peer_body(question: str) -> dict:
    return {"question": question}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and its threads so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_server(name, command, ready, url, make_body, qs, loadgen, env=None, metrics_url=None, reference=None) -> dict:
    """Warm up, then each concurrency level on its own slice of ``qs`` (no question asked twice).

    ``reference()`` (floor and embedder rates, see ``references``) runs right before and right
    after each level, while the server idles: the host's load drifts within minutes, so a ratio is
    taken against the references measured around the same level, not at the start of the run.
    """
    levels = (1, 16, 64)
    per_level = (len(qs) - 20) // len(levels)
    proc = start(command, ready, env)
    out: dict = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            load(loadgen, url, [make_body(q) for q in qs[:20]], 4, Path(folder))
            for i, c in enumerate(levels):
                batch = qs[20 + i * per_level : 20 + (i + 1) * per_level]
                around = [reference()] if reference else []
                before = cpu_seconds(proc.pid)
                out[c] = load(loadgen, url, [make_body(q) for q in batch], c, Path(folder))
                out[c]["cpu_ms"] = (cpu_seconds(proc.pid) - before) * 1000 / len(batch)
                if reference:
                    around.append(reference())
                    out[c]["around"] = {k: statistics.mean(r[k] for r in around) for k in around[0]}
        out["rss_mb"] = peak_rss_mb(proc.pid)
        if metrics_url:
            out["similarity"] = similarity_share(httpx.get(metrics_url).text)
    finally:
        proc.terminate()
        proc.wait(30)
    for c in levels:
        line = (f"{name} c={c}: p50 {out[c]['p50']:.1f} ms p99 {out[c]['p99']:.1f} ms {out[c]['rps']:.1f} rps, "
                f"{out[c]['cpu_ms']:.1f} ms server CPU/request")
        if reference:
            line += "; around it: " + ", ".join(f"{k} {v:.1f}" for k, v in out[c]["around"].items())
        print(line, flush=True)
    print(f"{name}: peak RSS {out['rss_mb']:.0f} MB", flush=True)
    return out


def similarity_share(metrics_text: str) -> float:
    """Share of extractive answers that took the sentence-similarity encoder pass."""
    counts = {
        used: float(value)
        for used, value in re.findall(r'vellum_answer_similarity_total\{used="(\w+)"\} ([0-9.e+]+)', metrics_text)
    }
    total = sum(counts.values())
    return counts.get("true", 0.0) / total if total else float("nan")


def scale_curve() -> dict:
    """Exact top-5 over random 384-dim vectors: p50 ms for one query alone, and per query when 16
    are scored in one matrix product (what the predictor does under load), both the way the
    predictor scores: a column-major matrix (as snapshots hold it) in ONNX Runtime's packed MatMul
    (vellum.serving.scoring), one thread."""
    from vellum.serving.blas import limit_blas_threads
    from vellum.serving.scoring import PackedScorer

    limit_blas_threads(1)
    rng = np.random.default_rng(0)
    out = {}
    for n in (10_000, 100_000, 1_000_000):
        m = np.asfortranarray(rng.standard_normal((n, 384), dtype=np.float32))
        scorer = PackedScorer(m)
        queries = rng.standard_normal((16, 384), dtype=np.float32)
        single, batched = [], []
        for _ in range(10):
            t = time.perf_counter()
            s = scorer(queries[:1])[0]
            top = np.argpartition(-s, 5)[:5]
            top[np.argsort(-s[top])]
            single.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            scores = scorer(queries)
            top = np.argpartition(-scores, 5, axis=1)[:, :5]
            np.take_along_axis(scores, top, axis=1)
            batched.append((time.perf_counter() - t) * 1000 / len(queries))
        out[n] = (statistics.median(single), statistics.median(batched))
        del m, scorer
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=1000, help="per concurrency level, each a new question")
    parser.add_argument("--peer-requests", type=int, default=60, help="the peer takes ~0.5 s per query at 50k")
    parser.add_argument("--vellum-only", action="store_true", help="floor and Vellum only (no peer, no scale curve)")
    args = parser.parse_args()
    uri = build_index(args.chunks)
    qs = questions(20 + 3 * max(args.requests, args.peer_requests))
    encoders = reference_encoders()
    matrix = IndexSnapshot.load(uri).embeddings
    with tempfile.TemporaryDirectory() as folder:
        loadgen = build_loadgen(Path(folder))
        port = free_port()
        v = measure_server(
            "vellum",
            [PY, "-m", "vellum.serving", "--storage-uri", uri, "--http_port", str(port)],
            f"http://127.0.0.1:{port}/v1/models/vellum-rag",
            f"http://127.0.0.1:{port}/v1/models/vellum-rag:predict",
            vellum_body, qs[: 20 + 3 * args.requests], loadgen, metrics_url=f"http://127.0.0.1:{port}/metrics",
            reference=lambda: references(matrix, encoders, qs[:192]),
        )
        print(f"answers that needed the sentence-similarity pass: {v['similarity']:.0%}", flush=True)
        for c in (1, 16, 64):
            around = v[c]["around"]
            embedder = max(around["1 thread"], around["ORT default"])
            embed_cpu = min(around["1 thread CPU ms"], around["ORT default CPU ms"])
            print(f"ratio c={c}: vellum p50 / floor p50 {v[c]['p50'] / around['floor p50 ms']:.2f}x; vellum rps / "
                  f"best embedder batch-16 q/s {v[c]['rps'] / embedder:.2f}x (both bars measured around this level); "
                  f"per CPU-second: embedder's CPU per query / server CPU per request {embed_cpu / v[c]['cpu_ms']:.2f}x",
                  flush=True)
        if args.vellum_only:
            return
        port = free_port()
        p = measure_server(
            "llama-index peer",
            [PY, "-m", "uvicorn", "--app-dir", str(Path(__file__).parent), "peer_app:app", "--port", str(port), "--log-level", "warning"],
            f"http://127.0.0.1:{port}/ready", f"http://127.0.0.1:{port}/query", peer_body,
            qs[: 20 + 3 * args.peer_requests], loadgen, env={"PEER_INDEX_DIR": uri.removeprefix("file://")},
        )
    for c in (1, 16, 64):
        print(f"ratio c={c}: vellum/peer p50 {v[c]['p50'] / p[c]['p50']:.3f}x, rps {v[c]['rps'] / p[c]['rps']:.1f}x")
    curve = scale_curve()
    print("exact top-5 scale curve, p50 ms per query alone / in a batch of 16: "
          + ", ".join(f"{n:,}: {one:.1f} / {batched:.1f}" for n, (one, batched) in curve.items()))


if __name__ == "__main__":
    main()
