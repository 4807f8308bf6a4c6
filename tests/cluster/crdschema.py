"""Validate custom resources against the real CRDs vendored in crds/, the way an API server would.

An API server with ``fieldValidation=Strict`` (kubectl's default) rejects fields a structural
schema does not declare, checks the OpenAPI v3 constraints, and runs the CEL rules in
``x-kubernetes-validations``. We do the same offline: the schema is made strict (objects with
``properties`` and no ``x-kubernetes-preserve-unknown-fields`` get ``additionalProperties:
false``), checked with openapi-schema-validator's OAS 3.0 validator, and CEL rules without
``oldSelf`` (transition rules need an update) are evaluated with cel-python.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import celpy
import yaml
from openapi_schema_validator import OAS30Validator

CRD_DIR = Path(__file__).parent / "crds"

# The Kubernetes CEL library functions the vendored rules use that plain CEL lacks.
K8S_CEL_FUNCTIONS = {
    "lowerAscii": lambda s: celpy.celtypes.StringType(str(s).lower()),
    "upperAscii": lambda s: celpy.celtypes.StringType(str(s).upper()),
}


def strict(schema: dict) -> dict:
    """Return a copy of a structural schema that rejects undeclared fields."""
    schema = copy.deepcopy(schema)

    def walk(node: dict) -> None:
        if node.get("x-kubernetes-int-or-string"):
            node.setdefault("anyOf", [{"type": "integer"}, {"type": "string"}])
        props = node.get("properties")
        if props is not None:
            if not node.get("x-kubernetes-preserve-unknown-fields"):
                node.setdefault("additionalProperties", False)
            for child in props.values():
                walk(child)
        if isinstance(node.get("additionalProperties"), dict):
            walk(node["additionalProperties"])
        if isinstance(node.get("items"), dict):
            walk(node["items"])
        for key in ("allOf", "anyOf", "oneOf"):
            for child in node.get(key, []):
                walk(child)

    walk(schema)
    return schema


def cel_errors(schema: dict, value, path: str = "") -> list[str]:
    """Evaluate every non-transition x-kubernetes-validations rule that applies to value."""
    errors: list[str] = []
    for rule in schema.get("x-kubernetes-validations", []):
        if "oldSelf" in rule["rule"]:
            continue
        env = celpy.Environment()
        program = env.program(env.compile(rule["rule"]), functions=K8S_CEL_FUNCTIONS)
        result = program.evaluate({"self": celpy.json_to_cel(value)})
        if isinstance(result, celpy.CELEvalError) or not bool(result):
            errors.append(f"{path or '<root>'}: {rule.get('message', rule['rule'])}")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, child in value.items():
            sub = props.get(key) or (extra if isinstance(extra, dict) else None)
            if sub is not None:
                errors += cel_errors(sub, child, f"{path}.{key}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for i, child in enumerate(value):
            errors += cel_errors(schema["items"], child, f"{path}[{i}]")
    return errors


@dataclass(frozen=True)
class Kind:
    group: str
    version: str
    kind: str


class Schemas:
    """openAPIV3Schemas by (group, version, kind), from CRDs and from our XRD."""

    def __init__(self) -> None:
        self._schemas: dict[Kind, dict] = {}

    @classmethod
    def vendored(cls) -> "Schemas":
        schemas = cls()
        for path in sorted(CRD_DIR.glob("*.yaml")):
            schemas.add_crd(yaml.safe_load(path.read_text()))
        return schemas

    def add_crd(self, crd: dict) -> None:
        spec = crd["spec"]
        for version in spec["versions"]:
            key = Kind(spec["group"], version["name"], spec["names"]["kind"])
            self._schemas[key] = version["schema"]["openAPIV3Schema"]

    def add_xrd(self, xrd: dict) -> None:
        """Register the XR schema a Crossplane XRD defines (Crossplane adds its own spec.crossplane fields)."""
        spec = xrd["spec"]
        for version in spec["versions"]:
            key = Kind(spec["group"], version["name"], spec["names"]["kind"])
            schema = copy.deepcopy(version["schema"]["openAPIV3Schema"])
            schema.setdefault("properties", {}).update(
                apiVersion={"type": "string"}, kind={"type": "string"}, metadata={"type": "object"}
            )
            self._schemas[key] = schema

    def knows(self, obj: dict) -> bool:
        return self._key(obj) in self._schemas

    def errors(self, obj: dict) -> list[str]:
        """Everything an API server would reject in obj (empty when it is valid)."""
        schema = self._schemas[self._key(obj)]
        validator = OAS30Validator(strict(schema))
        found = [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(obj)]
        return found + cel_errors(schema, obj)

    @staticmethod
    def _key(obj: dict) -> Kind:
        group, _, version = obj["apiVersion"].rpartition("/")
        return Kind(group, version, obj["kind"])
