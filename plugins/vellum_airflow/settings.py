"""Where operators read their settings: task argument, then Airflow Variable, then env var.

Nothing environment-specific is a literal in a DAG file: a DAG passes ``None`` and the
deployment decides through Variables (``vellum_source_url``...) or env vars (``VELLUM_SOURCE_URL``).
Resolution happens at execute time, never at DAG parse time (no DB access while parsing).
"""

from __future__ import annotations

import os

DEFAULTS = {
    "source_url": None,
    "index_url": None,
    "collection": "default",
    "aws_conn_id": "vellum_s3",
    "kfp_conn_id": "vellum_kfp",
    "serving_mode": "local",
    "eval_url": None,  # JSONL eval set; default <index>/<collection>/eval/questions.jsonl
    "rollout_policy": None,
    # Cluster serving (serving_mode=kserve).
    "kserve_namespace": None,  # default: the kubernetes_default connection's namespace
    "predictor_image": "ghcr.io/vellum-rag/predictor:0.1.0",
    "sidecar_image": "ghcr.io/vellum-rag/piiproxy:0.1.0",  # JSON overrides of vellum.rollout.policy.RolloutPolicy fields
    # Embedded default only: where state lives and which interpreters/binaries run the roles.
    "home": None,
    "pipelines_python": None,
    "serving_python": None,
    "piiproxy_bin": None,
}


def setting(name: str, explicit: str | None = None) -> str | None:
    """Resolve one setting; raise a clear error if a required one is missing."""
    if explicit not in (None, ""):
        return explicit
    from airflow.sdk import Variable

    value = Variable.get(f"vellum_{name}", default=None)
    if value in (None, ""):
        value = os.environ.get(f"VELLUM_{name.upper()}") or DEFAULTS.get(name)
    return value


def required_setting(name: str, explicit: str | None = None) -> str:
    value = setting(name, explicit)
    if not value:
        raise ValueError(
            f"Vellum setting {name!r} is not configured: pass it to the task, or set the Airflow "
            f"Variable 'vellum_{name}' or the environment variable 'VELLUM_{name.upper()}'"
        )
    return value
