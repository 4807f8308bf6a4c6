"""KServe as a :class:`~vellum.rollout.backend.ServingBackend`: InferenceServices via the Kubernetes API.

Credentials come from the cncf-kubernetes provider's ``KubernetesHook`` (connection
``kubernetes_default``: in-cluster ServiceAccount, ``kube_config_path`` or ``kube_config``;
extra ``namespace`` is the default namespace). Writes are JSON merge patches carrying the
``resourceVersion`` they were computed from, so a concurrent edit fails (409) instead of being
overwritten. Rollout state lives on the stable InferenceService itself, in annotations, so any
worker (or a human with kubectl) sees the same thing: ``vellum.io/candidate`` (Serverless, while
a canary runs) and ``vellum.io/history`` (capped JSON list of versions that became stable).

**Serverless** (Knative): one InferenceService, KServe's own canary. ``start_candidate`` patches
the new ``--storage-uri`` with ``canaryTrafficPercent: 0`` (a new revision with no traffic; tag
routing gives it its own ``latest-`` URL for the evaluation gate); ``set_canary_weight`` moves
``canaryTrafficPercent``; ``promote`` sets it to 100 (what ``k8s/components/serverless`` declares),
so the new revision becomes KServe's last rolled-out one. ``discard_candidate`` is KServe's
documented rollback, ``canaryTrafficPercent: 0`` (traffic pinned to the last rolled-out revision),
plus the previous ``--storage-uri`` restored in the spec, so the object says what serves and a
later 100% can never bring the rejected version back.

**RawDeployment**: KServe ignores ``canaryTrafficPercent``, so the candidate is a second
InferenceService ``<name>-candidate`` (same pod, same model name; the evaluation gate uses its own
URL). The weighted split is done by the stable's piiproxy sidecars, the port clients use:
``set_canary_weight(p)`` adds ``-canary-upstream <candidate's cluster-local URL> -canary-weight p``
to the stable's sidecar (``vellum.rollout.isvc.with_canary_upstream``), and 0 removes them. Each
request is routed on its own (a retry with the same ``X-Request-Id`` goes the same way). Each
weight change is a rolling restart of the stable's pods (the old ones serve until the new ones
are ready), so it waits until KServe reports the stable Ready again (``restart_timeout``): the
canary window then measures the split actually in place, and after weight 0 the candidate can be
deleted. ``promote`` is a blue/green switch (the stable's Deployment rolls to the new version,
without a canary upstream, then the candidate is deleted); ``promote`` and ``discard_candidate``
also remove a canary upstream left set, and wait for that restart before deleting the candidate
the old pods still send a share to. KServe's raw Ready follows the Deployment's ``Available``
condition, which can be True before the last old pod is gone: the wait narrows that window, it
does not close it.

``traffic_stats`` scrapes piiproxy ``/-/metrics`` through a URL: the counters of whichever
replica answers (with Prometheus, replace this with a query). Serverless: each revision's
sidecars count their own predictor as ``upstream="stable"``, so both revisions are scraped.
RawDeployment: the stable's sidecars count both ``upstream="stable"`` and ``upstream="canary"``;
the candidate's own counters are not used, they include the evaluation gate's requests.
Unreachable metrics count as zero, with a warning.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import datetime, timezone
from functools import cached_property
from typing import Any

import httpx
from airflow.providers.cncf.kubernetes.hooks.kubernetes import KubernetesHook
from kubernetes.client import CustomObjectsApi
from kubernetes.client.exceptions import ApiException

from vellum.rollout.backend import Deployed, RolloutError, ServingBackend, TrafficStats
from vellum.rollout.isvc import (
    GROUP,
    PLURAL,
    RAW,
    TAG_ROUTING_ANNOTATION,
    VERSION,
    Readiness,
    build_inference_service,
    canary_upstream_of,
    deployment_mode_of,
    index_version_of,
    readiness,
    storage_uri_of,
    with_canary_upstream,
    with_index_version,
    without_canary_upstream,
)
from vellum.rollout.sidecar_metrics import parse_upstream_counters

log = logging.getLogger("vellum.rollout.kserve")

CANDIDATE_ANNOTATION = "vellum.io/candidate"
HISTORY_ANNOTATION = "vellum.io/history"
CANDIDATE_SUFFIX = "-candidate"
#: Server-owned metadata that must not be sent back when an object is copied.
_SERVER_FIELDS = ("resourceVersion", "uid", "generation", "creationTimestamp", "managedFields", "selfLink", "deletionTimestamp")
_NO_TRAFFIC = TrafficStats(0, 0, 0, 0)


class KubernetesApiError(RolloutError):
    """A Kubernetes API call failed; carries the HTTP status and the API server's Status message."""

    def __init__(self, message: str, status: int | None) -> None:
        super().__init__(message)
        self.status = status


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _version_of(isvc: dict) -> tuple[str, str]:
    """(version, storage URI); a kustomize-applied object has no label: the URI's last segment."""
    uri = storage_uri_of(isvc)
    return index_version_of(isvc) or uri.rstrip("/").rsplit("/", 1)[-1], uri


def _annotation_json(isvc: dict, key: str, default: Any) -> Any:
    raw = isvc.get("metadata", {}).get("annotations", {}).get(key)
    return json.loads(raw) if raw else default


def _containers_of(isvc: dict) -> list[dict]:
    return isvc["spec"]["predictor"]["containers"]


def api_error_message(exc: Exception) -> str:
    """The ``message`` of the Kubernetes ``Status`` in an ApiException (sync or asyncio client)."""
    body = getattr(exc, "body", None)
    try:
        return json.loads(body)["message"]
    except (TypeError, ValueError, KeyError):
        return str(body or exc).strip()


class KServeBackend(ServingBackend):
    """Roll index versions out to the InferenceService ``name`` in ``namespace``.

    ``mode``: ``RawDeployment`` or ``Serverless``; default: the existing object's
    ``serving.kserve.io/deploymentMode`` annotation, else ``spec_defaults["mode"]``, else raw.
    ``spec_defaults``: keyword arguments of :func:`vellum.rollout.isvc.build_inference_service`
    (``predictor_image``, ``sidecar_image``, ...) used only when the InferenceService does not
    exist yet; once it exists, rollouts change only the index version in it (and, in
    RawDeployment, the sidecar's canary upstream).
    ``restart_timeout``: how long a rolling restart of the stable's pods (a RawDeployment weight
    change) may take before it counts as failed; like the predictor's startup probe, 5 minutes.
    """

    def __init__(
        self,
        name: str = "vellum-rag",
        namespace: str | None = None,
        *,
        mode: str | None = None,
        kubernetes_conn_id: str = "kubernetes_default",
        spec_defaults: dict | None = None,
        history_limit: int = 20,
        poll_interval: float = 5.0,
        metrics_timeout: float = 5.0,
        restart_timeout: float = 300.0,
    ) -> None:
        self.name = name
        self._namespace = namespace
        self._mode = mode
        self.kubernetes_conn_id = kubernetes_conn_id
        self.spec_defaults = dict(spec_defaults or {})
        self.history_limit = history_limit
        self.poll_interval = poll_interval
        self.metrics_timeout = metrics_timeout
        self.restart_timeout = restart_timeout

    # -- Kubernetes access ---------------------------------------------------------------------
    @cached_property
    def hook(self) -> KubernetesHook:
        return KubernetesHook(conn_id=self.kubernetes_conn_id)

    @cached_property
    def namespace(self) -> str:
        return self._namespace or self.hook.get_namespace() or "default"

    @cached_property
    def _api(self) -> CustomObjectsApi:
        return CustomObjectsApi(self.hook.get_conn())

    def _call(self, verb: str, target: str, call, **kwargs) -> dict | None:
        try:
            return call(group=GROUP, version=VERSION, namespace=self.namespace, plural=PLURAL, **kwargs)
        except ApiException as exc:
            raise KubernetesApiError(
                f"{verb} inferenceservice {self.namespace}/{target}: HTTP {exc.status} {exc.reason}: {api_error_message(exc)}",
                exc.status,
            ) from exc

    def get(self, name: str) -> dict | None:
        try:
            return self._call("get", name, self._api.get_namespaced_custom_object, name=name)
        except KubernetesApiError as exc:
            if exc.status == 404:
                return None
            raise

    def create_or_patch(self, body: dict) -> dict:
        """Create; if it already exists (409 AlreadyExists), merge-patch it to ``body`` instead."""
        name = body["metadata"]["name"]
        try:
            return self._call("create", name, self._api.create_namespaced_custom_object, body=body)
        except KubernetesApiError as exc:
            if exc.status != 409:
                raise
            log.info("inferenceservice %s/%s exists; patching it instead", self.namespace, name)
            return self.patch(name, body)

    def patch(self, name: str, body: dict) -> dict:
        return self._call("patch", name, self._api.patch_namespaced_custom_object, name=name, body=body)

    def delete(self, name: str) -> None:
        try:
            self._call("delete", name, self._api.delete_namespaced_custom_object, name=name)
        except KubernetesApiError as exc:
            if exc.status != 404:
                raise

    # -- helpers -------------------------------------------------------------------------------
    @property
    def candidate_name(self) -> str:
        return self.name + CANDIDATE_SUFFIX

    def mode(self, stable: dict | None = None) -> str:
        if self._mode:
            return self._mode
        if stable is not None:
            return deployment_mode_of(stable)
        return self.spec_defaults.get("mode", RAW)

    def _require_stable(self) -> dict:
        stable = self.get(self.name)
        if stable is None:
            raise RolloutError(f"inferenceservice {self.namespace}/{self.name} does not exist")
        return stable

    def _new_object(self, name: str, version: str, version_uri: str) -> dict:
        if not self.spec_defaults.get("predictor_image") or not self.spec_defaults.get("sidecar_image"):
            raise RolloutError(
                f"inferenceservice {self.namespace}/{self.name} does not exist and no spec_defaults "
                "(predictor_image, sidecar_image) were given to create it; apply k8s/overlays/* first"
            )
        kwargs = {"mode": self.mode(), "model_name": self.name, **self.spec_defaults}
        return build_inference_service(name, self.namespace, version, version_uri, **kwargs)

    def _copy_as(self, source: dict, name: str) -> dict:
        """``source`` under another name, without server-owned fields, status or rollout state."""
        meta = source["metadata"]
        annotations = {k: v for k, v in meta.get("annotations", {}).items() if not k.startswith("vellum.io/")}
        metadata = {k: v for k, v in meta.items() if k not in _SERVER_FIELDS and k != "annotations"}
        return {**{k: v for k, v in source.items() if k != "status"}, "metadata": {**metadata, "name": name, "annotations": annotations}}

    def _url(self, isvc: dict, tag: str | None = None) -> str:
        """Cluster-local base URL (Airflow runs in the cluster); a Serverless ``tag`` picks a revision.

        Before KServe has written a status (a just-created object), KServe's own naming is used:
        ``<name>-predictor.<ns>.svc`` (raw) or ``<name>.<ns>.svc`` (Serverless).
        """
        status = isvc.get("status") or {}
        if tag:
            for target in status.get("components", {}).get("predictor", {}).get("traffic", []):
                if target.get("tag") == tag and target.get("url"):
                    return target["url"]
        return (status.get("address") or {}).get("url") or status.get("url") or self._service_url(isvc)

    def _service_url(self, isvc: dict) -> str:
        name = isvc["metadata"]["name"]
        host = f"{name}-predictor" if deployment_mode_of(isvc) == RAW else name
        return f"http://{host}.{self.namespace}.svc.cluster.local"

    def _canary_upstream_url(self, candidate: dict) -> str:
        """Where the stable's sidecars reach the raw candidate: never ``status.url``, which is external."""
        return ((candidate.get("status") or {}).get("address") or {}).get("url") or self._service_url(candidate)

    def _deployed(self, isvc: dict, version: str, version_uri: str, tag: str | None = None) -> Deployed:
        return Deployed(version, version_uri, f"{self._url(isvc, tag).rstrip('/')}/v1/models/{self.name}:predict")

    def _history_patch(self, stable: dict, version: str, version_uri: str) -> dict:
        history = _annotation_json(stable, HISTORY_ANNOTATION, []) if stable else []
        history = (history + [{"version": version, "version_uri": version_uri, "at": _now()}])[-self.history_limit :]
        return {HISTORY_ANNOTATION: json.dumps(history)}

    def _serving_now(self) -> str:
        stable = self.stable()
        return stable.version if stable else "nothing"

    # -- ServingBackend ------------------------------------------------------------------------
    def stable(self) -> Deployed | None:
        isvc = self.get(self.name)
        if isvc is None:
            return None
        candidate = _annotation_json(isvc, CANDIDATE_ANNOTATION, None)
        if candidate is not None:
            previous = candidate.get("previous")
            return self._deployed(isvc, previous["version"], previous["version_uri"], tag="prev") if previous else None
        return self._deployed(isvc, *_version_of(isvc))

    def start_candidate(self, version: str, version_uri: str) -> None:
        stable = self.get(self.name)
        mode = self.mode(stable)
        log.info("starting candidate %s (%s) on %s/%s, %s mode", version, version_uri, self.namespace, self.name, mode)
        if mode == RAW:
            if stable:  # without the stable's canary upstream, which would point the candidate at itself
                template = without_canary_upstream(self._copy_as(stable, self.candidate_name))
            else:
                template = self._new_object(self.candidate_name, version, version_uri)
            self.create_or_patch(with_index_version(template, version, version_uri))
            return
        if stable is None:
            body = self._new_object(self.name, version, version_uri)
            body["metadata"]["annotations"][CANDIDATE_ANNOTATION] = json.dumps({"version": version, "version_uri": version_uri, "previous": None})
            self.create_or_patch(body)
            return
        running = _annotation_json(stable, CANDIDATE_ANNOTATION, None)
        version_now, uri_now = _version_of(stable)
        previous = running["previous"] if running else {"version": version_now, "version_uri": uri_now}
        updated = with_index_version(stable, version, version_uri)
        self.patch(
            self.name,
            {
                "metadata": {
                    "resourceVersion": stable["metadata"]["resourceVersion"],
                    "labels": updated["metadata"]["labels"],
                    "annotations": {
                        CANDIDATE_ANNOTATION: json.dumps({"version": version, "version_uri": version_uri, "previous": previous}),
                        TAG_ROUTING_ANNOTATION: "true",
                    },
                },
                "spec": {"predictor": {"canaryTrafficPercent": 0, "containers": _containers_of(updated)}},
            },
        )

    def _candidate(self) -> tuple[dict, str, str, str | None]:
        """(object, version, URI, Serverless traffic tag) of the running candidate."""
        stable = self.get(self.name)
        if self.mode(stable) == RAW:
            candidate = self.get(self.candidate_name)
            if candidate is None:
                raise RolloutError(f"no candidate: inferenceservice {self.namespace}/{self.candidate_name} does not exist")
            return (candidate, *_version_of(candidate), None)
        running = _annotation_json(stable, CANDIDATE_ANNOTATION, None) if stable else None
        if running is None:
            raise RolloutError(f"no candidate on inferenceservice {self.namespace}/{self.name}")
        return stable, running["version"], running["version_uri"], "latest"

    def candidate_readiness(self):
        """The candidate's readiness now (``vellum.rollout.isvc.Readiness``); one API read."""
        candidate, *_ = self._candidate()
        return readiness(candidate)

    def candidate_ready_trigger(self, timeout_s: float):
        """An :class:`IsvcReadyTrigger` for the running candidate, for a deferrable rollout step.

        After its success event, :meth:`wait_candidate_ready` returns at once with the Deployed.
        """
        from vellum_airflow.triggers.isvc_ready import IsvcReadyTrigger

        candidate, *_ = self._candidate()
        return IsvcReadyTrigger(
            name=candidate["metadata"]["name"],
            namespace=self.namespace,
            kubernetes_conn_id=self.kubernetes_conn_id,
            min_generation=candidate["metadata"].get("generation"),
            poll_interval=self.poll_interval,
            timeout=timeout_s,
        )

    def _poll_ready(self, fetch: Callable[[], dict], timeout_s: float, what: str) -> tuple[dict, Readiness]:
        """Re-read an object with ``fetch`` until it is Ready for its generation, failed, or out of time."""
        deadline = time.monotonic() + timeout_s
        while True:
            isvc = fetch()
            state = readiness(isvc)
            if state.ready or state.failed or time.monotonic() >= deadline:
                return isvc, state
            log.info("%s not ready yet: %s", what, state.message)
            time.sleep(min(self.poll_interval, max(0.0, deadline - time.monotonic())))

    def wait_candidate_ready(self, timeout_s: float) -> Deployed:
        _, version, uri, tag = self._candidate()
        candidate, state = self._poll_ready(lambda: self._candidate()[0], timeout_s, f"candidate {version}")
        if state.ready:
            return self._deployed(candidate, version, uri, tag)
        why = "failed" if state.failed else f"not ready after {timeout_s:.0f}s"
        self.discard_candidate()
        raise RolloutError(
            f"candidate {version} on {self.namespace}/{candidate['metadata']['name']} {why}: {state.message}; "
            f"discarded it, still serving: {self._serving_now()}"
        )

    def _restart_stable(self, stable: dict, updated: dict, what: str) -> Readiness:
        """Patch the stable's containers to ``updated``'s and wait for the rolling restart.

        Returns KServe's readiness at the end; a no-op (Ready) when the containers are unchanged.
        """
        if _containers_of(updated) == _containers_of(stable):
            return Readiness(True, False, "unchanged")
        self.patch(self.name, {"metadata": {"resourceVersion": stable["metadata"]["resourceVersion"]},
                               "spec": {"predictor": {"containers": _containers_of(updated)}}})
        log.info("%s: rolling restart of %s/%s", what, self.namespace, self.name)
        _, state = self._poll_ready(self._require_stable, self.restart_timeout, f"{self.namespace}/{self.name} ({what})")
        return state

    def set_canary_weight(self, percent: int) -> None:
        if not 0 <= percent <= 100:
            raise ValueError(f"canary weight must be 0..100, not {percent}")
        stable = self._require_stable()
        if self.mode(stable) == RAW:
            if percent:
                candidate, *_ = self._candidate()
                routed = with_canary_upstream(stable, self._canary_upstream_url(candidate), percent)
            else:
                routed = without_canary_upstream(stable)
            state = self._restart_stable(stable, routed, f"canary weight {percent}%")
            if not state.ready:
                raise RolloutError(
                    f"canary weight {percent}% on {self.namespace}/{self.name}: the stable pods did not become ready "
                    f"within {self.restart_timeout:.0f}s: {state.message}; the old pods keep serving"
                )
            return
        self._candidate()  # there must be one
        self.patch(self.name, {"metadata": {"resourceVersion": stable["metadata"]["resourceVersion"]},
                               "spec": {"predictor": {"canaryTrafficPercent": percent}}})
        log.info("canary weight of %s/%s set to %d%%", self.namespace, self.name, percent)

    def _scrape(self, side: str, url: str) -> TrafficStats:
        try:
            response = httpx.get(f"{url.rstrip('/')}/-/metrics", timeout=self.metrics_timeout)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("no %s traffic counters from %s/-/metrics (%s); counting zero", side, url, exc)
            return _NO_TRAFFIC
        return parse_upstream_counters(response.text)

    def traffic_stats(self) -> TrafficStats:
        candidate, _, _, tag = self._candidate()
        if tag is None:  # RawDeployment: the stable's sidecars do the split and count both upstreams
            stable = self.get(self.name)
            return self._scrape("stable and canary", self._url(stable)) if stable else _NO_TRAFFIC
        # Serverless: one object; each revision's sidecars count their own predictor as "stable"
        stable_side = self._scrape("stable", self._url(candidate, "prev"))
        canary_side = self._scrape("canary", self._url(candidate, tag))
        return TrafficStats(stable_side.stable_requests, stable_side.stable_errors,
                            canary_side.stable_requests, canary_side.stable_errors)

    def promote(self) -> Deployed:
        candidate, version, uri, tag = self._candidate()
        stable = self.get(self.name)
        history = self._history_patch(stable, version, uri)
        if tag:  # Serverless: the candidate revision takes 100% and becomes the last rolled-out one
            promoted = self.patch(self.name, {
                "metadata": {"resourceVersion": stable["metadata"]["resourceVersion"],
                             "annotations": {CANDIDATE_ANNOTATION: None, **history}},
                "spec": {"predictor": {"canaryTrafficPercent": 100}},
            })
        elif stable is None:  # RawDeployment, first rollout: the candidate's spec becomes the stable
            body = self._copy_as(candidate, self.name)
            body["metadata"]["annotations"].update(history)
            promoted = self.create_or_patch(body)
            self.delete(self.candidate_name)
        else:  # RawDeployment: blue/green, the stable's Deployment rolls to the candidate's version
            updated = without_canary_upstream(with_index_version(stable, version, uri))
            promoted = self.patch(self.name, {
                "metadata": {"resourceVersion": stable["metadata"]["resourceVersion"],
                             "labels": updated["metadata"]["labels"], "annotations": history},
                "spec": {"predictor": {"containers": _containers_of(updated)}},
            })
            if canary_upstream_of(stable):  # the old pods send a share to the candidate until replaced
                promoted, state = self._poll_ready(self._require_stable, self.restart_timeout, f"promoted {version}")
                if not state.ready:
                    raise RolloutError(
                        f"promoted {version} on {self.namespace}/{self.name} but it is not ready after "
                        f"{self.restart_timeout:.0f}s: {state.message}; kept {self.candidate_name}, which the old pods "
                        f"still send a canary share to"
                    )
            self.delete(self.candidate_name)
        log.info("promoted %s on %s/%s", version, self.namespace, self.name)
        return self._deployed(promoted, version, uri)

    def discard_candidate(self) -> None:
        stable = self.get(self.name)
        if self.mode(stable) == RAW:
            if stable is not None and canary_upstream_of(stable):
                state = self._restart_stable(stable, without_canary_upstream(stable), "canary removed")
                if not state.ready:  # deleting anyway: the candidate was rejected, its share may fail
                    log.warning("%s/%s not ready without the canary upstream (%s); deleting %s anyway",
                                self.namespace, self.name, state.message, self.candidate_name)
            self.delete(self.candidate_name)
            return
        running = _annotation_json(stable, CANDIDATE_ANNOTATION, None) if stable else None
        if running is None:
            return
        previous = running["previous"]
        if previous is None:  # the first version never became stable: nothing to go back to
            self.delete(self.name)
            return
        restored = with_index_version(stable, previous["version"], previous["version_uri"])
        self.patch(self.name, {
            "metadata": {"resourceVersion": stable["metadata"]["resourceVersion"],
                         "labels": restored["metadata"]["labels"], "annotations": {CANDIDATE_ANNOTATION: None}},
            "spec": {"predictor": {"canaryTrafficPercent": 0, "containers": _containers_of(restored)}},
        })
        log.info("discarded candidate %s; traffic pinned to %s", running["version"], previous["version"])

    def history(self) -> list[dict]:
        stable = self.get(self.name)
        return _annotation_json(stable, HISTORY_ANNOTATION, []) if stable else []
