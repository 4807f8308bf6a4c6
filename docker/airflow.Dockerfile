# syntax=docker/dockerfile:1
# Airflow 3 with Vellum's `airflow` extra, DAGs and plugins baked in (Helm chart and compose).
# Build from the repository root: docker build -f docker/airflow.Dockerfile -t ghcr.io/vellum-rag/airflow:0.1.0 .
ARG AIRFLOW_VERSION=3.3.2
FROM apache/airflow:${AIRFLOW_VERSION}-python3.12
ARG AIRFLOW_VERSION
COPY --chown=airflow:root pyproject.toml README.md /opt/vellum/
COPY --chown=airflow:root include /opt/vellum/include
COPY --chown=airflow:root plugins /opt/vellum/plugins
# Pin apache-airflow so the extra's providers cannot move the image's Airflow.
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" "/opt/vellum[airflow]"
COPY --chown=airflow:root dags /opt/airflow/dags
COPY --chown=airflow:root plugins /opt/airflow/plugins
ENV AIRFLOW__CORE__LOAD_EXAMPLES=False
