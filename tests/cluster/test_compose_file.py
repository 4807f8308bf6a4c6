"""docker-compose.yaml follows the Compose Specification and loads the way `docker compose` loads it."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
import yaml

from clusterkit import ROOT

COMPOSE = ROOT / "docker-compose.yaml"
SCHEMA = Path(__file__).parent / "schemas" / "compose-spec.json"
CHECKER = Path(__file__).parent / "composecheck"


def schema_errors(doc: dict) -> list[str]:
    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(doc)]


def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_matches_compose_spec_schema():
    assert schema_errors(compose()) == []


def test_unknown_service_key_fails_schema():
    doc = copy.deepcopy(compose())
    doc["services"]["predictor"]["helthcheck"] = {}
    assert any("helthcheck" in e for e in schema_errors(doc))


def load_with_compose_go(path: Path, *profiles: str) -> subprocess.CompletedProcess:
    go = shutil.which("go")
    assert go, "the Go toolchain is needed for tests/cluster/composecheck"
    return subprocess.run([go, "run", ".", str(path), *profiles], cwd=CHECKER, capture_output=True,
                          text=True, check=False, env={**os.environ, "GOTOOLCHAIN": "local"})


@pytest.mark.parametrize("profiles", [(), ("ollama",)])
def test_loads_with_compose_go(profiles):
    out = load_with_compose_go(COMPOSE, *profiles)
    assert out.returncode == 0, out.stderr
    services = json.loads(out.stdout)["services"]
    assert ("ollama" in services) == ("ollama" in profiles)
    for name in ("postgres", "s3", "s3-init", "airflow-init", "airflow-apiserver", "airflow-scheduler",
                 "airflow-dag-processor", "airflow-triggerer", "predictor", "piiproxy"):
        assert name in services


def test_compose_go_rejects_a_dangling_dependency(tmp_path):
    doc = copy.deepcopy(compose())
    doc["services"]["predictor"]["depends_on"]["minio"] = {"condition": "service_healthy"}
    bad = tmp_path / "docker-compose.yaml"
    bad.write_text(yaml.safe_dump(doc))
    out = load_with_compose_go(bad)
    assert out.returncode != 0 and "minio" in out.stderr


def test_docker_compose_config_when_available():
    """`docker compose config` needs no engine, only the compose plugin (absent on some machines)."""
    docker = shutil.which("docker")
    if not docker or subprocess.run([docker, "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("docker compose plugin not installed; compose-go check above covers loading")
    out = subprocess.run([docker, "compose", "-f", str(COMPOSE), "config", "--quiet"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_services_are_wired_by_health():
    services = compose()["services"]
    for name in ("postgres", "s3", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                 "airflow-triggerer", "predictor", "piiproxy", "ollama"):
        assert "healthcheck" in services[name], name
    assert services["s3-init"]["depends_on"]["s3"]["condition"] == "service_healthy"
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"):
        deps = services[name]["depends_on"]
        assert deps["postgres"]["condition"] == "service_healthy"
        assert deps["airflow-init"]["condition"] == "service_completed_successfully"
    assert services["ollama"]["profiles"] == ["ollama"]


def test_buckets_created_by_init():
    script = compose()["services"]["s3-init"]["command"][0]
    assert "vellum-drops vellum-indexes" in script


def test_no_literal_credentials():
    """Credentials are `${VAR:-dev-default}` interpolations, never bare literals."""
    text = COMPOSE.read_text()
    for key in ("POSTGRES_PASSWORD:", "AWS_SECRET_ACCESS_KEY:", "AIRFLOW__API_AUTH__JWT_SECRET:", "AIRFLOW__API__SECRET_KEY:"):
        for line in (ln for ln in text.splitlines() if ln.strip().startswith(key)):
            assert "${" in line, line
