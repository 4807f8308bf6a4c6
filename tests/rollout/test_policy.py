"""Rollout policy decisions (gate, canary, readiness), on a scripted in-memory backend.

The decisions are pure logic over the ServingBackend interface; ``test_local_rollout.py``
runs the same policy against real predictor processes and the real sidecar.
"""

from __future__ import annotations

import pytest

from vellum.rollout.backend import Deployed, RolloutError, ServingBackend, TrafficStats
from vellum.rollout.policy import RolloutFailed, RolloutPolicy, gate_failures, run_rollout


class ScriptedBackend(ServingBackend):
    def __init__(self, stable: str | None = None, *, ready: bool = True, canary_errors: int = 0) -> None:
        self._stable = Deployed(stable, f"uri/{stable}", f"url/{stable}") if stable else None
        self._candidate: Deployed | None = None
        self.ready, self.canary_errors = ready, canary_errors
        self.weights: list[int] = []
        self.events: list[str] = []
        self._history = [{"version": stable}] if stable else []

    def stable(self):
        return self._stable

    def start_candidate(self, version, version_uri):
        self._candidate = Deployed(version, version_uri, f"url/{version}")
        self.events.append(f"start {version}")

    def wait_candidate_ready(self, timeout_s):
        if not self.ready:
            raise RolloutError("Ready=False: container crashed")
        return self._candidate

    def set_canary_weight(self, percent):
        self.weights.append(percent)

    def traffic_stats(self):
        n = 10 * len(self.weights)
        return TrafficStats(100 + n, 0, n * 2, self.canary_errors * len(self.weights))

    def promote(self):
        self._stable, self._candidate = self._candidate, None
        self._history.append({"version": self._stable.version})
        self.events.append(f"promote {self._stable.version}")
        return self._stable

    def discard_candidate(self):
        if self._candidate:
            self.events.append(f"discard {self._candidate.version}")
        self._candidate = None

    def history(self):
        return list(self._history)


GOOD = {"hit@1": 0.8, "hit@5": 0.95, "mrr": 0.85, "answer_check_rate": 0.7, "errors": 0}
FAST = RolloutPolicy(canary_seconds=3, canary_min_requests=5)


def scores(table):
    return lambda url: table[url.split("/")[-1]]


class Clock:
    """Deterministic time: each sleep advances it."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += max(seconds, 0.5)


@pytest.mark.parametrize(
    "reason, candidate, stable, want",
    [
        ("equal passes", GOOD, GOOD, []),
        ("within tolerance passes", {**GOOD, "hit@1": 0.79}, GOOD, []),
        ("hit@5 drop fails", {**GOOD, "hit@5": 0.80}, GOOD, ["hit@5 0.800 < serving 0.950 - tolerance 0.02"]),
        ("errors fail even without baseline", {**GOOD, "errors": 2}, None, ["2 evaluation request(s) failed on the candidate"]),
        ("first rollout passes", GOOD, None, []),
    ],
)
def test_gate_failures(reason, candidate, stable, want):
    assert gate_failures(candidate, stable, RolloutPolicy()) == want, reason


def test_better_candidate_goes_through_canary_then_promotes():
    backend, clock = ScriptedBackend("v1"), Clock()
    report = run_rollout(backend, "v2", "uri/v2", policy=FAST, evaluate=scores({"v1": GOOD, "v2": GOOD}),
                         clock=clock, sleep=clock.sleep)
    assert report.outcome == "promoted" and backend.stable().version == "v2"
    assert backend.weights == [FAST.canary_percent, 0]
    assert report.canary["canary_requests"] > 0


def test_worse_candidate_is_rolled_back_and_previous_keeps_serving():
    backend = ScriptedBackend("v1")
    worse = {**GOOD, "hit@5": 0.5}
    with pytest.raises(RolloutFailed, match=r"rolled back: evaluation gate failed: hit@5 .*; serving: v1") as info:
        run_rollout(backend, "v2", "uri/v2", policy=FAST, evaluate=scores({"v1": GOOD, "v2": worse}))
    assert backend.stable().version == "v1"
    assert backend.events == ["start v2", "discard v2"]
    assert info.value.report.outcome == "rejected" and info.value.report.serving_version == "v1"


def test_canary_error_rate_rise_rolls_back():
    backend, clock = ScriptedBackend("v1", canary_errors=9), Clock()
    with pytest.raises(RolloutFailed, match="canary error rate"):
        run_rollout(backend, "v2", "uri/v2", policy=FAST, evaluate=scores({"v1": GOOD, "v2": GOOD}),
                    clock=clock, sleep=clock.sleep)
    assert backend.stable().version == "v1" and backend.weights[-1] == 0


def test_readiness_failure_rolls_back():
    backend = ScriptedBackend("v1", ready=False)
    with pytest.raises(RolloutFailed, match="never became ready.*Ready=False.*serving: v1"):
        run_rollout(backend, "v2", "uri/v2", policy=FAST, evaluate=scores({}))
    assert backend.events == ["start v2", "discard v2"]


def test_same_version_is_a_no_op():
    backend = ScriptedBackend("v1")
    report = run_rollout(backend, "v1", "uri/v1", policy=FAST, evaluate=scores({}))
    assert report.outcome == "unchanged" and backend.events == []


def test_counter_reset_during_canary_is_read_as_new_traffic():
    """Raw mode restarts the stable sidecars on a weight change: their counters start over."""
    from vellum.rollout.policy import _delta

    before = TrafficStats(stable_requests=500, stable_errors=5, canary_requests=0, canary_errors=0)
    after = TrafficStats(stable_requests=40, stable_errors=1, canary_requests=10, canary_errors=0)
    assert _delta(before, after) == TrafficStats(40, 1, 10, 0)
