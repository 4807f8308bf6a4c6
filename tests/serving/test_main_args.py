"""The predictor's command line and logging: one log line per request unless more are asked
for, and no traceback for a probe that finds the model still loading."""

from __future__ import annotations

import logging

import pytest

from vellum.serving import logs
from vellum.serving.__main__ import build_parser

PER_REQUEST_LOGGERS = ("uvicorn.access", "kserve.trace")


@pytest.fixture
def restore_levels():
    saved = {name: logging.getLogger(name).level for name in PER_REQUEST_LOGGERS}
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


def test_defaults_leave_only_vellums_request_line(monkeypatch):
    monkeypatch.delenv("VELLUM_UVICORN_ACCESS_LOG", raising=False)
    args = build_parser().parse_args([])
    assert args.uvicorn_access_log is False
    assert args.enable_latency_logging is False


@pytest.mark.parametrize(
    "argv, env, want_access, want_latency",
    [
        (["--uvicorn-access-log"], None, True, False),
        ([], "1", True, False),
        ([], "0", False, False),
        (["--enable_latency_logging", "true"], None, False, True),
    ],
)
def test_per_request_lines_can_be_asked_for(monkeypatch, argv, env, want_access, want_latency):
    if env is None:
        monkeypatch.delenv("VELLUM_UVICORN_ACCESS_LOG", raising=False)
    else:
        monkeypatch.setenv("VELLUM_UVICORN_ACCESS_LOG", env)
    args = build_parser().parse_args(argv)
    assert (args.uvicorn_access_log, args.enable_latency_logging) == (want_access, want_latency)


def test_silencing_drops_info_lines_only_where_asked(restore_levels):
    for name in PER_REQUEST_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    logs.silence_per_request_lines(uvicorn_access=True, kserve_timing=False)
    assert not logging.getLogger("uvicorn.access").isEnabledFor(logging.INFO)
    assert logging.getLogger("uvicorn.access").isEnabledFor(logging.WARNING)
    assert logging.getLogger("kserve.trace").isEnabledFor(logging.INFO)


def test_not_ready_503s_log_no_traceback_other_errors_do(caplog):
    from kserve.errors import ModelNotReady

    logs.quiet_not_ready_probes()
    logs.quiet_not_ready_probes()  # idempotent: one filter
    kserve_logger = logging.getLogger("kserve")
    assert sum(isinstance(f, logs._DropNotReadyTracebacks) for f in kserve_logger.filters) == 1
    with caplog.at_level(logging.ERROR, logger="kserve"):
        for exc in (ModelNotReady("vellum-rag"), RuntimeError("boom")):
            try:
                raise exc
            except Exception as raised:
                kserve_logger.error("Exception:", exc_info=raised)
    assert [r.exc_info[1].__class__.__name__ for r in caplog.records] == ["RuntimeError"]
