"""``make demo``: the whole Vellum flow on one machine, on the bundled sample PDFs.

1. a fresh embedded home (``var/``): SQLite Airflow, a drop folder, an index folder;
2. the sample PDFs are dropped into the folder;
3. Airflow runs the ``vellum_drop`` DAG: the deferrable sensor sees the PDFs settle, the KFP
   pipeline (kfp.local) parses/chunks/embeds/publishes an index version, and the rollout task
   starts the KServe predictor behind the Go PII sidecar;
4. the sample question is asked through the sidecar and the cited answer is printed.

The predictor and sidecar keep running afterwards so you can query them; ``make stop`` ends
them. ``make airflow-ui`` opens the same Airflow (same SQLite DB) in a browser.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "plugins"))

from vellum.client import ask  # noqa: E402
from vellum_airflow.embedded import airflow, embedded_env, run_dag, stop_local_serving  # noqa: E402

HOME = Path(os.environ.get("VELLUM_HOME", REPO / "var")).resolve()
SAMPLES = REPO / "samples"
#: KFP executor chatter that says nothing about our data.
KFP_NOISE = ("Looking for component", "Loading KFP component", "Got executor_input", "Wrote executor output")


def is_progress(line: str) -> bool:
    """Lines of the Airflow run worth showing live; everything goes to the log file anyway."""
    if "[pipeline]" in line:
        return ("INFO]: " in line or "WARNING]: " in line or "ERROR]: " in line) and not any(
            noise in line for noise in KFP_NOISE
        )
    return "vellum_airflow." in line or "DagRun Finished" in line or "Task failed" in line


def step(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def run_drop_dag(env: dict[str, str]) -> None:
    log_path = HOME / "logs" / "demo-airflow.log"

    def show(line: str) -> None:
        if is_progress(line):
            print("   ", _compact(line), flush=True)

    if not run_dag(env, "vellum_drop", log_path, on_line=show):
        sys.exit(f"the vellum_drop DAG run failed; full log: {log_path}")


def _compact(line: str) -> str:
    """Airflow's structured log line -> just the message."""
    line = line.rstrip()
    match = re.match(r"\S+Z \[\w+\s*\] (.*?)\s+\[[\w.]+\].*$", line)
    text = match.group(1) if match else line
    text = re.sub(r"^\[pipeline\]\s+\[KFP Executor [^\]]*? (\w+)\]: ", r"  pipeline \1: ", text)
    return text[:200]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stop", action="store_true", help="stop the predictor and sidecar")
    parser.add_argument("--ui", action="store_true", help="run the Airflow UI (airflow standalone) on this home")
    args = parser.parse_args()
    env = embedded_env(HOME)
    port = int(env["VELLUM_PORT"])
    if args.stop:
        stop_local_serving(env)
        print("stopped the predictor and the sidecar")
        return 0
    if args.ui:
        env["AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS"] = "True"
        print("Airflow UI on http://localhost:8080 (Ctrl-C to stop)")
        os.execve(str(Path(sys.executable).with_name("airflow")), ["airflow", "standalone"], env)

    started = time.monotonic()
    step(f"preparing a fresh embedded home in {HOME}")
    if (HOME / "serving").exists():
        stop_local_serving(env)
    for sub in ("airflow", "drops", "indexes", "serving", "kfp-local", "logs"):
        shutil.rmtree(HOME / sub, ignore_errors=True)
    airflow(env, "db", "migrate", capture=True)
    print("    Airflow metadata DB (SQLite) ready at", HOME / "airflow" / "airflow.db")

    step("dropping the sample PDFs into " + env["VELLUM_SOURCE_URL"])
    (HOME / "drops").mkdir(parents=True)
    for pdf in sorted((SAMPLES / "pdfs").glob("*.pdf")):
        shutil.copy2(pdf, HOME / "drops" / pdf.name)
        print("   ", pdf.name)

    eval_key = HOME / "indexes" / env["VELLUM_COLLECTION"] / "eval" / "questions.jsonl"
    eval_key.parent.mkdir(parents=True)
    shutil.copy2(SAMPLES / "eval" / "questions.jsonl", eval_key)
    print("    evaluation set for the rollout gate:", eval_key)

    step("running the vellum_drop DAG in Airflow: sensor -> KFP ingestion pipeline -> rollout")
    run_drop_dag(env)

    questions = [json.loads(line) for line in (SAMPLES / "eval" / "questions.jsonl").read_text().splitlines() if line]
    demo = next(q for q in questions if q.get("demo"))
    step(f"asking through the PII sidecar on :{port}")
    print("    Q:", demo["question"])
    prediction = ask(f"http://127.0.0.1:{port}", demo["question"])
    print("    A:", prediction["answer"])
    for citation in prediction["citations"][:3]:
        print(f"       - {citation['document']}, page {citation['page']} (chunk {citation['chunk_id']}, score {citation['score']})")
    print("    index version:", prediction["index_version"])
    top = prediction["citations"][0] if prediction["citations"] else {}
    correct = top.get("document") == demo["document"] and top.get("page") == demo["page"]
    print(f"    expected {demo['document']} page {demo['page']}: {'OK' if correct else 'MISSED'}")

    step(f"done in {time.monotonic() - started:.0f}s. The predictor and sidecar are still running:")
    print(f"""
    curl -s localhost:{port}/v1/models/vellum-rag:predict -H 'Content-Type: application/json' \\
         -d '{{"instances":[{{"question":"What port does the Harbor admin console listen on?"}}]}}'

    Airflow UI (same DB, all four DAGs):  make airflow-ui   then open http://localhost:8080
    Drop more PDFs into {HOME / 'drops'} and run the vellum_drop DAG again.
    Stop the predictor and sidecar:        make stop
""")
    return 0 if correct else 1


if __name__ == "__main__":
    sys.exit(main())
