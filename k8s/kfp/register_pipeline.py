"""Register (or add a version to) the Vellum ingestion pipeline on a KFP API server.

Runs in the pipelines image, which has the kfp SDK and the compiled pipeline YAML. Idempotent
enough for a Job: a first run creates the pipeline, later runs add a version named after the
image tag; re-running the same version is reported and treated as done.
"""

import os
import sys

import kfp

host = os.environ["KFP_HOST"]
name = os.environ.get("PIPELINE_NAME", "vellum-ingest")
version = os.environ["PIPELINE_VERSION"]
package = os.environ.get("PIPELINE_PACKAGE", "/opt/vellum/pipelines/ingest_pipeline.yaml")

client = kfp.Client(host=host)
pipeline_id = client.get_pipeline_id(name)
if pipeline_id is None:
    created = client.upload_pipeline(package, pipeline_name=name,
                                     description="Vellum ingestion: PDFs -> versioned index")
    print(f"created pipeline {name} ({created.pipeline_id})")
    sys.exit(0)
try:
    client.upload_pipeline_version(package, pipeline_version_name=version, pipeline_id=pipeline_id)
    print(f"added version {version} to pipeline {name} ({pipeline_id})")
except Exception as exc:  # the API answers 409-ish errors as generic ApiException
    if "already exist" in str(exc).lower():
        print(f"version {version} of {name} is already registered")
    else:
        raise
