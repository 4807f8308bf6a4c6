"""S3Store against a real S3 server: ETags, pagination, 404s, missing buckets."""

from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor

import pytest

from vellum.ledger import plan_changes, Ledger
from vellum.storage import StorageError, open_url


def test_round_trip_exists_delete_and_etag_fingerprint(buckets):
    store = open_url(buckets.source_url)
    store.write_bytes("a/x.pdf", b"%PDF-1.7 hello")
    assert store.read_bytes("a/x.pdf") == b"%PDF-1.7 hello" and store.exists("a/x.pdf")
    (info,) = store.list("a/")
    assert (info.key, info.size, info.name) == ("a/x.pdf", 14, "x.pdf")
    assert info.fingerprint == hashlib.md5(b"%PDF-1.7 hello").hexdigest()  # a single PUT's ETag is its MD5
    store.delete("a/x.pdf")
    store.delete("a/x.pdf")  # idempotent
    assert not store.exists("a/x.pdf")
    with pytest.raises(StorageError, match="does not exist"):
        store.read_bytes("a/x.pdf")


def test_missing_bucket_is_a_storage_error(s3_env):
    with pytest.raises(StorageError, match="does not exist"):
        list(open_url("s3://no-such-bucket-vellum/x").list())


def test_listing_follows_pagination_past_1000_keys(buckets):
    """1,100 objects need two ListObjectsV2 pages (1,000 keys max each); none may be missed."""
    names = [f"notes/{i:05d}.txt" for i in range(1100)] + ["manual-1.pdf", "zz/manual-2.pdf"]
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(lambda n: buckets.drop(n, n.encode()), names))
    listing = list(open_url(buckets.source_url).list())
    assert sorted(i.key for i in listing) == sorted(names)
    plan = plan_changes(listing, Ledger(collection="docs"))
    assert [i.key for i in plan.new_or_changed] == ["manual-1.pdf", "zz/manual-2.pdf"]
