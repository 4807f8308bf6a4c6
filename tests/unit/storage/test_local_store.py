"""file:// storage: listing, atomic writes, key safety, URL helpers (S3 is in tests/integration)."""

from __future__ import annotations

import os

import pytest

from vellum.storage import StorageError, join_url, open_url, split_url


@pytest.fixture
def store(tmp_path):
    return open_url(f"file://{tmp_path}")


def test_list_is_recursive_and_prefix_filtered(store):
    for key in ("b/2.pdf", "a.pdf", "b/1.pdf", "c.txt"):
        store.write_bytes(key, key.encode())
    assert sorted(i.key for i in store.list()) == ["a.pdf", "b/1.pdf", "b/2.pdf", "c.txt"]
    assert [i.key for i in store.list("b/")] == ["b/1.pdf", "b/2.pdf"]
    assert {i.name for i in store.list("b/")} == {"1.pdf", "2.pdf"}


def test_list_is_in_key_order_like_s3(store):
    for key in ("b/1.pdf", "c.txt"):
        store.write_bytes(key, b"x")
    assert [i.key for i in store.list()] == ["b/1.pdf", "c.txt"]


def test_fingerprint_changes_with_the_bytes(store, tmp_path):
    store.write_bytes("a.pdf", b"one")
    (before,) = store.list()
    os.utime(tmp_path / "a.pdf", ns=(1, 1))
    store.write_bytes("a.pdf", b"two!")
    (after,) = store.list()
    assert before.fingerprint != after.fingerprint and after.size == 4


def test_write_replaces_atomically_and_leaves_no_temp_file(store, tmp_path):
    store.write_text("x/LATEST", "old")
    store.write_text("x/LATEST", "new")
    assert store.read_text("x/LATEST") == "new"
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["LATEST"]


def test_missing_key_errors_name_the_url(store):
    with pytest.raises(StorageError, match="does not exist"):
        store.read_bytes("nope")
    assert not store.exists("nope")
    store.delete("nope")  # deleting what is gone is fine


def test_keys_cannot_escape_the_root(store):
    with pytest.raises(StorageError, match="escapes"):
        store.write_bytes("../outside", b"x")


def test_listing_a_missing_root_is_empty(tmp_path):
    assert list(open_url(f"file://{tmp_path}/absent").list()) == []


@pytest.mark.parametrize(
    "url,expected",
    [("s3://bucket/a/b", ("s3", "bucket/a/b")), ("file:///tmp/x", ("file", "/tmp/x")), ("/tmp/x", ("file", "/tmp/x"))],
)
def test_split_url(url, expected):
    assert split_url(url) == expected


@pytest.mark.parametrize("url", ["s3:///no-bucket", "gs://bucket/x"])
def test_split_url_rejects(url):
    with pytest.raises(StorageError):
        split_url(url)


def test_join_url_uses_single_slashes():
    assert join_url("s3://b/", "/p/", "", "k") == "s3://b/p/k"
