"""Fixtures for the cluster tests: the vendored CRD schemas plus our XRD."""

from __future__ import annotations

import pytest
import yaml

from clusterkit import K8S
from crdschema import Schemas


@pytest.fixture(scope="session")
def schemas() -> Schemas:
    schemas = Schemas.vendored()
    schemas.add_xrd(yaml.safe_load((K8S / "crossplane" / "xrd.yaml").read_text()))
    return schemas
