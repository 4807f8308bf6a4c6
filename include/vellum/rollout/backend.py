"""What a rollout needs from wherever predictors run: the serving-backend interface.

Two implementations, one policy (``vellum.rollout.policy``):
- ``vellum.rollout.local.LocalServing``: predictor processes behind the Go sidecar, whose
  weighted upstreams do the canary split (embedded default);
- ``vellum_airflow.hooks.kserve.KServeBackend``: InferenceService objects through the Kubernetes
  API (Serverless: ``canaryTrafficPercent``; RawDeployment: a second InferenceService, with the
  stable pods' sidecars sending the canary share to it).

A backend holds one *stable* version (100% of traffic unless a canary runs) and at most one
*candidate*. Every method either succeeds or raises :class:`RolloutError` with a message that
says what is serving now.
"""

from __future__ import annotations

import abc
import contextlib
from collections.abc import Iterator
from dataclasses import dataclass


class RolloutError(RuntimeError):
    """A rollout step failed; the message says which step and which version is serving."""


@dataclass(frozen=True)
class Deployed:
    version: str
    version_uri: str
    #: KServe v1 predict URL that reaches exactly this version (used by the evaluation gate).
    predict_url: str


@dataclass(frozen=True)
class TrafficStats:
    """Cumulative request and 5xx counts per side since the candidate started."""

    stable_requests: int
    stable_errors: int
    canary_requests: int
    canary_errors: int

    @staticmethod
    def rate(errors: int, requests: int) -> float:
        return errors / requests if requests else 0.0

    @property
    def stable_error_rate(self) -> float:
        return self.rate(self.stable_errors, self.stable_requests)

    @property
    def canary_error_rate(self) -> float:
        return self.rate(self.canary_errors, self.canary_requests)


class ServingBackend(abc.ABC):
    @abc.abstractmethod
    def stable(self) -> Deployed | None:
        """The version serving 100% (or 100 - canary%) of traffic, None before the first rollout."""

    @abc.abstractmethod
    def start_candidate(self, version: str, version_uri: str) -> None:
        """Start serving ``version`` beside the stable one, with no traffic yet. Does not wait."""

    @abc.abstractmethod
    def wait_candidate_ready(self, timeout_s: float) -> Deployed:
        """Block until the candidate answers; on timeout/crash discard it and raise RolloutError."""

    @abc.abstractmethod
    def set_canary_weight(self, percent: int) -> None:
        """Send ``percent`` (0-100) of client traffic to the candidate."""

    @abc.abstractmethod
    def traffic_stats(self) -> TrafficStats:
        """Counters the canary analysis compares (5xx rate of canary vs stable)."""

    @abc.abstractmethod
    def promote(self) -> Deployed:
        """Candidate becomes stable at 100%; the old stable is retired (kept in history)."""

    @abc.abstractmethod
    def discard_candidate(self) -> None:
        """Remove the candidate; stable gets 100% again. Safe to call when there is none."""

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Held for a whole rollout, so two DAG runs never interleave their steps.

        Backends whose state store detects conflicts itself (Kubernetes ``resourceVersion``)
        need nothing more; the local backend overrides this with a file lock.
        """
        yield

    @abc.abstractmethod
    def history(self) -> list[dict]:
        """Versions that were stable, oldest first: ``{"version", "version_uri", "at"}``."""
