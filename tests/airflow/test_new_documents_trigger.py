"""The drop trigger: serialization round-trip, settling, error events (never raises)."""

from __future__ import annotations

import asyncio
import importlib
import json

import pytest

from vellum_airflow.triggers.new_documents import NewDocumentsTrigger


def make_trigger(tmp_path, **overrides):
    kwargs = {
        "source_url": f"file://{tmp_path / 'drops'}",
        "index_url": f"file://{tmp_path / 'indexes'}",
        "collection": "c1",
        "aws_conn_id": None,
        "poll_interval": 0.05,
        "settle_polls": 2,
    }
    kwargs.update(overrides)
    return NewDocumentsTrigger(**kwargs)


def first_event(trigger, timeout=5.0):
    async def run():
        async for event in trigger.run():
            return event.payload

    return asyncio.run(asyncio.wait_for(run(), timeout))


def test_serialize_round_trip(tmp_path):
    """A triggerer restart rebuilds the trigger from serialize(): nothing may be lost."""
    trigger = make_trigger(tmp_path, settle_polls=3)
    path, kwargs = trigger.serialize()
    module, _, name = path.rpartition(".")
    rebuilt = getattr(importlib.import_module(module), name)(**json.loads(json.dumps(kwargs)))
    assert rebuilt.serialize() == (path, kwargs)


def test_fires_with_settled_pdfs_only(tmp_path):
    drops = tmp_path / "drops"
    drops.mkdir()
    (drops / "a.pdf").write_bytes(b"%PDF-1.4 settled")
    (drops / "b.pdf.part").write_bytes(b"%PDF-1.4 still uploading")
    (drops / "notes.txt").write_text("not a pdf")
    (drops / "empty.pdf").write_bytes(b"")
    event = first_event(make_trigger(tmp_path))
    assert event["status"] == "success"
    assert list(event["batch"]) == ["a.pdf"]


def test_growing_file_is_not_picked_until_stable(tmp_path):
    drops = tmp_path / "drops"
    drops.mkdir()
    growing = drops / "big.pdf"
    growing.write_bytes(b"%PDF-1.4 ")

    async def scenario():
        trigger = make_trigger(tmp_path, poll_interval=0.1, settle_polls=3)
        task = asyncio.ensure_future(trigger.run().__anext__())
        for _ in range(5):  # keep appending faster than the settle window
            await asyncio.sleep(0.08)
            assert not task.done(), "fired while the file was still growing"
            with open(growing, "ab") as handle:
                handle.write(b"more bytes ")
        event = await asyncio.wait_for(task, 5)
        return event.payload

    event = asyncio.run(scenario())
    assert event["status"] == "success"
    assert event["batch"] == {"big.pdf": f"{growing.stat().st_size}-{growing.stat().st_mtime_ns}"}


def test_errors_become_events(tmp_path):
    event = first_event(make_trigger(tmp_path, source_url="ftp://nowhere/x"))
    assert event["status"] == "error"
    assert "unsupported scheme" in event["message"]


def test_sensor_turns_error_event_into_clear_failure(tmp_path):
    from airflow.sdk.exceptions import AirflowException

    from vellum_airflow.sensors import NewDocumentsSensor

    sensor = NewDocumentsSensor(task_id="wait", source_url="file:///x", index_url="file:///y", collection="c")
    with pytest.raises(AirflowException, match="watching for new PDFs failed: boom"):
        sensor.execute_complete({}, {"status": "error", "message": "boom"})
    assert sensor.execute_complete({}, {"status": "success", "batch": {"a.pdf": "1-2"}}) == {"a.pdf": "1-2"}


def test_poke_mode_waits_one_poke_for_files_to_settle(tmp_path):
    """deferrable=False: the same fingerprint on two consecutive pokes counts as settled."""
    from vellum_airflow.sensors import NewDocumentsSensor

    drops = tmp_path / "drops"
    drops.mkdir()
    (drops / "a.pdf").write_bytes(b"%PDF-1.4 settled")
    sensor = NewDocumentsSensor(
        task_id="wait", source_url=f"file://{drops}", index_url=f"file://{tmp_path / 'idx'}",
        collection="c", aws_conn_id="", deferrable=False,
    )
    assert not sensor.poke({}).is_done
    (drops / "b.pdf").write_bytes(b"%PDF-1.4 arrived later")
    second = sensor.poke({})
    assert second.is_done and list(second.xcom_value) == ["a.pdf"]
