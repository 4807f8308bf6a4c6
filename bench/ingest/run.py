"""Ingestion benchmark: Vellum vs llama-index IngestionPipeline on >= 1,000 real manual pages.

    .venv/pipelines/bin/python bench/ingest/run.py [--questions 200] [--skip-baseline]

Everything runs in one go, each measurement in its own process (cold start, own peak RSS):
Vellum full / unchanged / 5%-changed, the floor (parse + embed Vellum's chunks alone), the
baseline the same three ways, KFP's per-process overhead once (kfp.local on a no-op run), and
retrieval quality before/after the page-kind cut. Results: printed, ``bench/ingest/RESULTS.md``,
raw JSON in ``var/bench/ingest/results.json``. Work files live under ``var/bench/ingest``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

WORK = REPO / "var" / "bench" / "ingest"
CHANGED_FRACTION = 0.05


def child_env() -> dict[str, str]:
    """Bytecode cached under the bench's work folder: a built image has compiled bytecode, and a
    shell with PYTHONDONTWRITEBYTECODE would otherwise recompile ~1,000 modules (5 s) per process."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    return env


def child(mode: str, **args) -> dict:
    """Run one measurement in a fresh interpreter; its last stdout line is the JSON result."""
    out = subprocess.run(
        [sys.executable, str(HERE / "workers.py"), mode, json.dumps(args)],
        cwd=REPO, check=True, stdout=subprocess.PIPE, text=True, env=child_env(),
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"  {mode}: {result.get('seconds', result.get('parse_seconds', ''))} s", flush=True)
    return result


def kfp_noop(source: Path, index: Path) -> float:
    """Wall time of ``run_local`` (4 components, one process each) on a corpus with nothing to do."""
    with tempfile.TemporaryDirectory(dir=WORK) as scratch:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "vellum.pipelines.run_local", "--source-url", f"file://{source}",
             "--index-url", f"file://{index}", "--collection", "bench", "--pipeline-root", f"{scratch}/kfp",
             "--summary-out", f"{scratch}/summary.json"],
            cwd=scratch, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env(),
        )
        elapsed = time.perf_counter() - started
        assert not json.loads(Path(f"{scratch}/summary.json").read_text())["created"]
    return elapsed


def changed_files(pages: dict[str, int]) -> list[str]:
    """ceil(5%) of the files, spread over the sorted list (deterministic)."""
    names = sorted(pages)
    count = math.ceil(len(names) * CHANGED_FRACTION)
    step = len(names) // count
    return [names[i * step + step // 2] for i in range(count)]


def measure(questions: int, skip_baseline: bool, separate_floor: bool) -> dict:
    pages = corpus.build(WORK / "corpus")
    run_dir = WORK / "run"
    shutil.rmtree(run_dir, ignore_errors=True)
    source = run_dir / "source"
    shutil.copytree(WORK / "corpus", source, ignore=shutil.ignore_patterns(".complete"))
    index, persist = run_dir / "vellum-index", run_dir / "baseline-store"
    total_pages = sum(pages.values())
    print(f"corpus: {len(pages)} files, {total_pages} pages; machine: {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    results: dict = {"files": len(pages), "pages": total_pages, "cores": os.cpu_count(),
                     "load_before": os.getloadavg()}
    child("warm")
    results["vellum_full"] = child("vellum", source=str(source), index=str(index), scratch=str(run_dir / "v-full"))
    version = results["vellum_full"]["summary"]["version"]
    version_dir = index / "bench" / "versions" / version
    results["vellum_unchanged"] = child("vellum", source=str(source), index=str(index), scratch=str(run_dir / "v-noop"))
    results["kfp_noop_seconds"] = kfp_noop(source, index)
    results["floor"] = child("floor", source=str(source), version_dir=str(version_dir), embed=separate_floor)
    if not separate_floor:
        results["floor"].update(embed_seconds=results["vellum_full"]["timings"]["embed"],
                                chunks=results["vellum_full"]["summary"]["chunks_embedded"])
    results["floor"]["seconds"] = results["floor"]["parse_seconds"] + results["floor"]["embed_seconds"]
    results["floor"]["embed_measured"] = "separate process" if separate_floor else "Vellum's embed stage"
    if not skip_baseline:
        results["baseline_full"] = child("baseline", source=str(source), persist=str(persist))
        results["baseline_unchanged"] = child("baseline", source=str(source), persist=str(persist))
    results["changed"] = changed_files(pages)
    results["changed_pages"] = sum(pages[name] for name in results["changed"])
    for name in results["changed"]:
        corpus.drop_middle_page(source / name)
    results["vellum_changed"] = child("vellum", source=str(source), index=str(index), scratch=str(run_dir / "v-changed"))
    if not skip_baseline:
        results["baseline_changed"] = child("baseline", source=str(source), persist=str(persist))
    results["quality"] = child("quality", parsed=str(run_dir / "v-full" / "parsed.json"), version_dir=str(version_dir),
                               questions=questions, questions_out=str(WORK / "questions.jsonl"))
    results["load_after"] = os.getloadavg()
    return results


def _rate(count: float, seconds: float) -> str:
    return f"{count / seconds:.1f}"


def report(r: dict) -> str:
    full, floor = r["vellum_full"], r["floor"]
    chunks = full["summary"]["chunks_embedded"]
    lines = [
        f"Corpus: {r['files']} PDFs, {r['pages']} pages (Debian `r-doc-pdf`: the R manuals + 20-page slices "
        f"of the R reference manual). Machine: {r['cores']} cores shared with other jobs "
        f"(1-min load {r['load_before'][0]:.1f} before, {r['load_after'][0]:.1f} after): absolute numbers "
        "are noisy, the ratios are what to compare.",
        "",
        "| run | seconds | pages/s | chunks/s | chunks embedded | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|",
        f"| Vellum full | {full['seconds']:.1f} | {_rate(r['pages'], full['seconds'])} | {_rate(chunks, full['seconds'])} "
        f"| {chunks} | {full['peak_rss_mib']:.0f} |",
        f"| floor (parse {floor['parse_seconds']:.1f} s + embed {floor['embed_seconds']:.1f} s, {floor['embed_measured']}) | {floor['seconds']:.1f} "
        f"| {_rate(r['pages'], floor['seconds'])} | {_rate(floor['chunks'], floor['seconds'])} | {floor['chunks']} "
        f"| {floor['peak_rss_mib']:.0f} (parse) |",
    ]
    if "baseline_full" in r:
        b = r["baseline_full"]
        lines.append(f"| llama-index IngestionPipeline full | {b['seconds']:.1f} | {_rate(r['pages'], b['seconds'])} "
                     f"| {_rate(b['chunks_embedded'], b['seconds'])} | {b['chunks_embedded']} | {b['peak_rss_mib']:.0f} |")
    for name, label in (("unchanged", "unchanged re-run"), ("changed", f"{len(r['changed'])} files changed")):
        v = r[f"vellum_{name}"]
        lines.append(f"| Vellum {label} | {v['seconds']:.1f} | | | {v['summary']['chunks_embedded']} | {v['peak_rss_mib']:.0f} |")
        if f"baseline_{name}" in r:
            b = r[f"baseline_{name}"]
            lines.append(f"| baseline {label} | {b['seconds']:.1f} | | | {b['chunks_embedded']} | {b['peak_rss_mib']:.0f} |")
    overhead = full["seconds"] / floor["seconds"] - 1
    lines += [
        "",
        "| ratio | Vellum | target | baseline |",
        "|---|---:|---:|---:|",
        f"| full run / floor - 1 (overhead) | {overhead:+.1%} | <= 10% | "
        + (f"{r['baseline_full']['seconds'] / floor['seconds'] - 1:+.1%} |" if "baseline_full" in r else "n/a |"),
    ]
    for name, target in (("unchanged", "< 5%"), ("changed", "< 15%")):
        base = (f"{r[f'baseline_{name}']['seconds'] / r['baseline_full']['seconds']:.1%}"
                if "baseline_full" in r else "n/a")
        lines.append(f"| {name} run / full run | {r[f'vellum_{name}']['seconds'] / full['seconds']:.1%} | {target} | {base} |")
    if "baseline_full" in r:
        lines.append(f"| speed vs baseline (baseline time / Vellum time) | {r['baseline_full']['seconds'] / full['seconds']:.2f}x | >= 1 | |")
    t = full["timings"]
    q = r["quality"]
    lines += [
        "",
        f"Vellum full run by stage: plan+parse {t['plan_parse']:.1f} s, chunk {t['chunk']:.1f} s, "
        f"embed {t['embed']:.1f} s, publish {t['publish']:.1f} s. Changed files: {', '.join(r['changed'])} "
        f"({r['changed_pages']} pages; one middle page removed from each).",
        f"KFP (`kfp.local`, 4 components, one process each) on the same no-op run: {r['kfp_noop_seconds']:.1f} s "
        f"vs {r['vellum_unchanged']['seconds']:.1f} s in-process: that is KFP's fixed per-run cost.",
        "",
        f"Retrieval quality, {q['questions']} generated questions with gold pages (HybridSearcher, k=5):",
        "",
        "| index | chunks | hit@1 | hit@5 |",
        "|---|---:|---:|---:|",
        f"| before: every page embedded (TOC/index/blank too) | {q['before_all_pages']['chunks']} "
        f"| {q['before_all_pages']['hit@1']:.3f} | {q['before_all_pages']['hit@5']:.3f} |",
        f"| after: TOC/index/blank pages skipped (Vellum) | {q['after_cut']['chunks']} "
        f"| {q['after_cut']['hit@1']:.3f} | {q['after_cut']['hit@5']:.3f} |",
        "",
        f"The cut saves {q['skipped_chunks']} chunks ({q['skipped_embed_seconds']:.1f} s of embedding here).",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument("--separate-floor", action="store_true",
                        help="embed Vellum's chunks again in their own process for the floor (one more long pass)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    results = measure(args.questions, args.skip_baseline, args.separate_floor)
    (WORK / "results.json").write_text(json.dumps(results, indent=1))
    text = report(results)
    print(text)
    (HERE / "RESULTS.md").write_text(
        "# Ingestion benchmark results\n\nCommand (from the repository root, one run measures everything):\n\n"
        "    .venv/pipelines/bin/python bench/ingest/run.py\n\n" + text + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
