"""The Airflow chart values and the KFP registration fit the rest of the cluster setup."""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from clusterkit import K8S, ROOT, render


def values() -> dict:
    return yaml.safe_load((K8S / "airflow" / "values.yaml").read_text())


def test_airflow_values_shape():
    v = values()
    assert v["executor"] == "KubernetesExecutor"
    assert v["triggerer"]["enabled"] is True
    assert v["airflowVersion"].startswith("3.3")
    assert v["images"]["airflow"]["repository"] == "ghcr.io/vellum-rag/airflow"
    env = {e["name"]: e["value"] for e in v["env"]}
    assert {"AIRFLOW_CONN_VELLUM_KFP", "AIRFLOW_CONN_KUBERNETES_DEFAULT"} <= env.keys()
    assert [s["envName"] for s in v["secret"]] == ["AIRFLOW_CONN_VELLUM_S3"]


def test_values_service_accounts_are_the_rolebinding_subjects():
    v = values()
    subjects = {s["name"] for d in render("k8s/overlays/prod") if d["kind"] == "RoleBinding" for s in d["subjects"]}
    assert subjects == {v["workers"]["serviceAccount"]["name"], v["triggerer"]["serviceAccount"]["name"]}


def test_values_commit_no_secret_values():
    v = values()
    for key in ("fernetKey", "apiSecretKey", "jwtSecret", "webserverSecretKey"):
        assert key not in v
    assert "pass" not in v.get("data", {}).get("metadataConnection", {})


def test_kfp_registration_job():
    docs = render("k8s/kfp")
    (job,) = [d for d in docs if d["kind"] == "Job"]
    (cm,) = [d for d in docs if d["kind"] == "ConfigMap"]
    assert job["spec"]["template"]["spec"]["volumes"][0]["configMap"]["name"] == cm["metadata"]["name"]
    ast.parse(cm["data"]["register_pipeline.py"])
    assert (ROOT / "include" / "vellum" / "pipelines" / "compiled" / "ingest_pipeline.yaml").is_file()
