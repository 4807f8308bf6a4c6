"""Rollout policy: a new index version goes live only if it is not worse.

Steps, for any :class:`ServingBackend`:
1. start the candidate beside the serving (stable) version and wait until it answers;
2. **evaluation gate**: score candidate and stable on the same eval set (hit@1, hit@5, MRR,
   answer checks); the candidate passes if no gated metric drops by more than ``tolerance``;
3. **canary**: ``canary_percent`` of client traffic goes to the candidate for
   ``canary_seconds``; if its 5xx rate exceeds the stable's by ``max_error_rate_increase``
   (with at least ``canary_min_requests`` canary requests seen), it is stopped;
4. **promote** to 100%.
Any failure discards the candidate, the stable version keeps 100%, and :class:`RolloutFailed`
says why and what is serving. The first rollout (nothing serving) has no baseline: it is gated
only on answering every eval request without error.

Pure orchestration: time, evaluation and traffic generation are injected, so tests drive it
with real backends and no sleeps of their own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from vellum.rollout.backend import Deployed, RolloutError, ServingBackend, TrafficStats

log = logging.getLogger("vellum.rollout")

#: predict URL -> metrics by name (``hit@1``, ``hit@5``, ``mrr``, ``answer_check_rate``, ``errors``)
Evaluator = Callable[[str], dict[str, float]]


class RolloutFailed(RolloutError):
    def __init__(self, message: str, report: "RolloutReport") -> None:
        super().__init__(message)
        self.report = report


@dataclass(frozen=True)
class RolloutPolicy:
    gated_metrics: tuple[str, ...] = ("hit@1", "hit@5", "mrr", "answer_check_rate")
    tolerance: float = 0.02
    ready_timeout_s: float = 180.0
    canary_percent: int = 20
    canary_seconds: float = 30.0
    canary_min_requests: int = 20
    max_error_rate_increase: float = 0.05

    def __post_init__(self) -> None:
        if not 0 <= self.canary_percent <= 100:
            raise ValueError("canary_percent must be 0..100")
        if self.tolerance < 0:
            raise ValueError("tolerance must be >= 0")


@dataclass
class RolloutReport:
    version: str
    previous_version: str | None
    outcome: str = "pending"  # promoted | unchanged | rejected
    reason: str = ""
    candidate_metrics: dict[str, float] = field(default_factory=dict)
    stable_metrics: dict[str, float] = field(default_factory=dict)
    canary: dict[str, float] = field(default_factory=dict)
    serving_version: str | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def gate_failures(candidate: dict[str, float], stable: dict[str, float] | None, policy: RolloutPolicy) -> list[str]:
    """Readable reasons the candidate is worse (empty = passes)."""
    failures = []
    if candidate.get("errors", 0):
        failures.append(f"{int(candidate['errors'])} evaluation request(s) failed on the candidate")
    if stable is None:
        return failures
    for name in policy.gated_metrics:
        if name in candidate and name in stable and candidate[name] < stable[name] - policy.tolerance:
            failures.append(f"{name} {candidate[name]:.3f} < serving {stable[name]:.3f} - tolerance {policy.tolerance}")
    return failures


def _increase(before: int, after: int) -> int:
    """Counter increase; a counter below its old value was reset (a restarted sidecar), so all of
    it is new, as Prometheus's ``increase()`` reads it."""
    return after - before if after >= before else after


def _delta(before: TrafficStats, after: TrafficStats) -> TrafficStats:
    return TrafficStats(
        stable_requests=_increase(before.stable_requests, after.stable_requests),
        stable_errors=_increase(before.stable_errors, after.stable_errors),
        canary_requests=_increase(before.canary_requests, after.canary_requests),
        canary_errors=_increase(before.canary_errors, after.canary_errors),
    )


def run_rollout(
    backend: ServingBackend,
    version: str,
    version_uri: str,
    *,
    policy: RolloutPolicy,
    evaluate: Evaluator,
    drive_traffic: Callable[[], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    candidate_started: bool = False,
) -> RolloutReport:
    """Roll ``version`` out under ``policy``; returns the report or raises RolloutFailed.

    ``candidate_started``: the caller already started the candidate and waited for it
    elsewhere (a deferrable Airflow task resumes here after its readiness trigger fired).
    """
    stable = backend.stable()
    report = RolloutReport(version=version, previous_version=stable.version if stable else None)
    if stable and stable.version == version:
        report.outcome, report.serving_version = "unchanged", version
        report.reason = f"{version} is already serving"
        return report

    def reject(reason: str) -> RolloutFailed:
        backend.discard_candidate()
        serving = backend.stable()
        report.outcome, report.reason = "rejected", reason
        report.serving_version = serving.version if serving else None
        return RolloutFailed(
            f"rollout of {version} rolled back: {reason}; serving: {report.serving_version or 'nothing'}", report
        )

    if not candidate_started:
        backend.start_candidate(version, version_uri)
    try:
        candidate = backend.wait_candidate_ready(policy.ready_timeout_s)
    except RolloutError as exc:
        raise reject(f"candidate never became ready ({exc})") from exc

    report.candidate_metrics = evaluate(candidate.predict_url)
    report.stable_metrics = evaluate(stable.predict_url) if stable else {}
    log.info("evaluation: candidate %s %s | serving %s %s", version, report.candidate_metrics,
             report.previous_version, report.stable_metrics or "-")
    failures = gate_failures(report.candidate_metrics, report.stable_metrics if stable else None, policy)
    if failures:
        raise reject("evaluation gate failed: " + "; ".join(failures))

    if stable and policy.canary_percent and policy.canary_seconds > 0:
        _canary(backend, candidate, policy, report, drive_traffic, clock, sleep, reject)

    promoted = backend.promote()
    report.outcome, report.serving_version = "promoted", promoted.version
    report.reason = "passed the evaluation gate" + (" and the canary" if report.canary else "")
    return report


def _canary(backend, candidate: Deployed, policy, report, drive_traffic, clock, sleep, reject) -> None:
    before = backend.traffic_stats()
    backend.set_canary_weight(policy.canary_percent)
    deadline = clock() + policy.canary_seconds
    while clock() < deadline:
        if drive_traffic:
            drive_traffic()
        sleep(min(1.0, max(0.0, deadline - clock())))
    seen = _delta(before, backend.traffic_stats())
    backend.set_canary_weight(0)
    report.canary = {
        "percent": policy.canary_percent,
        "canary_requests": seen.canary_requests,
        "canary_error_rate": round(seen.canary_error_rate, 4),
        "stable_requests": seen.stable_requests,
        "stable_error_rate": round(seen.stable_error_rate, 4),
    }
    log.info("canary of %s: %s", candidate.version, report.canary)
    if seen.canary_requests < policy.canary_min_requests:
        log.warning(
            "canary saw only %d request(s) (< %d): the error-rate check is not conclusive; "
            "the evaluation gate decides", seen.canary_requests, policy.canary_min_requests,
        )
        return
    if seen.canary_error_rate > seen.stable_error_rate + policy.max_error_rate_increase:
        raise reject(
            f"canary error rate {seen.canary_error_rate:.1%} > serving {seen.stable_error_rate:.1%} "
            f"+ {policy.max_error_rate_increase:.1%}"
        )
