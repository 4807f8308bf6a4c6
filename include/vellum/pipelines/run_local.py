"""Run the ingestion pipeline on this machine with ``kfp.local.SubprocessRunner``.

This is what the Airflow operator executes (as a subprocess in the ``pipelines`` environment)
in the embedded default. It prints nothing but logs; the run summary goes to ``--summary-out``
as JSON so the caller never has to parse logs.
"""

import argparse
import json
import logging
import shutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source-url", required=True)
    parser.add_argument("--index-url", required=True)
    parser.add_argument("--collection", default="default")
    parser.add_argument("--source-fingerprints", default="{}", help="JSON key -> fingerprint; {} = all")
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--chunk-tokens", type=int, default=200)
    parser.add_argument("--overlap-tokens", type=int, default=24)
    parser.add_argument("--pipeline-root", required=True, help="local folder for KFP artifacts")
    parser.add_argument("--summary-out", required=True)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    from kfp import local

    from vellum.pipelines.ingest_pipeline import ingest_pipeline

    root = Path(args.pipeline_root)
    root.mkdir(parents=True, exist_ok=True)
    local.init(runner=local.SubprocessRunner(use_venv=False), pipeline_root=str(root), raise_on_error=True)
    run = ingest_pipeline(
        source_url=args.source_url,
        index_url=args.index_url,
        collection=args.collection,
        source_fingerprints=args.source_fingerprints,
        force=args.force,
        chunk_tokens=args.chunk_tokens,
        overlap_tokens=args.overlap_tokens,
    )
    summary_files = sorted(root.glob("vellum-ingest-*/publish-index/summary"), key=lambda p: p.stat().st_mtime)
    summary = json.loads(summary_files[-1].read_text())
    if summary["version_uri"] != run.output:
        raise RuntimeError(f"summary {summary['version_uri']} disagrees with pipeline output {run.output}")
    Path(args.summary_out).write_text(json.dumps(summary, indent=1, sort_keys=True))
    # Artifacts are scratch space: the published index is the only durable output.
    for run_dir in root.glob("vellum-ingest-*"):
        shutil.rmtree(run_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
