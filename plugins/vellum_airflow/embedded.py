"""The embedded default's environment: one machine, SQLite Airflow, local folders, local envs.

Used by ``make demo`` (``scripts/demo.py``) and by the end-to-end tests, so both run Airflow
exactly the same way. Every value is an environment variable that a cluster deployment sets
differently (or replaces by Airflow Variables/connections); nothing here is read by DAG code
directly.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def embedded_env(home: Path, *, source_url: str | None = None, collection: str = "samples", port: int = 8780) -> dict[str, str]:
    """Environment for Airflow CLI commands and for the roles' subprocesses."""
    home = home.resolve()
    venvs = REPO / ".venv"
    return {
        **os.environ,
        # Airflow's own subcommands (``airflow standalone`` starts ``airflow scheduler``...) by name.
        "PATH": f"{Path(os.sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "AIRFLOW_HOME": str(home / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(REPO / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        "VELLUM_HOME": str(home),
        "VELLUM_SOURCE_URL": source_url or f"file://{home / 'drops'}",
        "VELLUM_INDEX_URL": f"file://{home / 'indexes'}",
        "VELLUM_COLLECTION": collection,
        "VELLUM_PORT": str(port),
        "VELLUM_PIPELINES_PYTHON": str(venvs / "pipelines" / "bin" / "python"),
        "VELLUM_SERVING_PYTHON": str(venvs / "serving" / "bin" / "python"),
        "VELLUM_PIIPROXY_BIN": str(REPO / "bin" / "piiproxy"),
    }


def stop_local_serving(env: dict[str, str]) -> None:
    """Stop the predictor and sidecar a run in this embedded home started (``make stop``)."""
    from vellum.rollout.local import LocalServing, LocalServingConfig

    home = Path(env["VELLUM_HOME"])
    config = LocalServingConfig(
        state_dir=home / "serving",
        serving_python=env["VELLUM_SERVING_PYTHON"],
        piiproxy_bin=env["VELLUM_PIIPROXY_BIN"],
        sidecar_port=int(env["VELLUM_PORT"]),
    )
    LocalServing(config).stop()


def run_dag(env: dict[str, str], dag_id: str, log_path: Path, on_line=None) -> bool:
    """``airflow dags test DAG_ID``: one real run through Airflow (scheduler logic, triggers
    inline). Full output goes to ``log_path``; ``on_line`` sees each line live. True on success.
    """
    exe = Path(os.sys.executable).with_name("airflow")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [str(exe), "dags", "test", dag_id], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            if on_line:
                on_line(line)
        process.wait()
    outcomes = re.findall(r"DagRun Finished: .*?state=(\w+)", log_path.read_text())
    return process.returncode == 0 and bool(outcomes) and outcomes[-1] == "success"


def airflow(env: dict[str, str], *args: str, check: bool = True, capture: bool = False) -> subprocess.CompletedProcess:
    """Run the ``airflow`` CLI of this environment."""
    exe = Path(os.sys.executable).with_name("airflow")
    return subprocess.run(
        [str(exe), *args], env=env, check=check, text=True,
        stdout=subprocess.PIPE if capture else None, stderr=subprocess.STDOUT if capture else None,
    )
