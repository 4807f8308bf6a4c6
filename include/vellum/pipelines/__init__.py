"""The ingestion pipeline: plain stage functions (``stages``) wrapped as KFP v2 components.

Only ``components``/``ingest_pipeline``/``run_local`` import kfp; they run in the ``pipelines``
environment (the KFP component image). Airflow never imports this package's kfp modules: it
runs ``run_local`` as a subprocess or submits the compiled YAML to a KFP API.
"""
