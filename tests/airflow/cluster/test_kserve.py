"""The KServe backend and the Ready trigger against a fake Kubernetes API server (with a fake KServe)."""

from __future__ import annotations

import logging

import pytest

from apiserver import JsonApiServer, Request, Response
from conftest import first_event, rebuilt
from k8s_api import kserve_schemas
from vellum.rollout.backend import RolloutError
from vellum.rollout.isvc import SERVERLESS, canary_upstream_of, index_version_of, readiness, storage_uri_of
from vellum_airflow.hooks.kserve import KServeBackend, KubernetesApiError
from vellum_airflow.triggers.isvc_ready import IsvcReadyTrigger, raise_for_event

NS = "vellum-test"
IMAGES = {"predictor_image": "ghcr.io/vellum-rag/predictor:0.1.0", "sidecar_image": "ghcr.io/vellum-rag/piiproxy:0.1.0"}


def uri(version: str) -> str:
    return f"s3://vellum-indexes/default/versions/{version}"


def backend(**overrides) -> KServeBackend:
    kwargs = {"namespace": NS, "spec_defaults": IMAGES, "poll_interval": 0.01}
    kwargs.update(overrides)
    return KServeBackend("vellum-rag", **kwargs)


def rolled_out(kserve: KServeBackend, version: str) -> None:
    kserve.start_candidate(version, uri(version))
    kserve.wait_candidate_ready(5)
    kserve.promote()


class Sidecar(JsonApiServer):
    """piiproxy's /-/metrics, as one replica would answer it."""

    def __init__(self, requests_2xx: int, requests_5xx: int, canary_2xx: int = 0, canary_5xx: int = 0) -> None:
        super().__init__()
        self.text = (
            "# TYPE piiproxy_upstream_requests_total counter\n"
            f'piiproxy_upstream_requests_total{{upstream="stable",code_class="2xx"}} {requests_2xx}\n'
            f'piiproxy_upstream_requests_total{{upstream="stable",code_class="5xx"}} {requests_5xx}\n'
            f'piiproxy_upstream_requests_total{{upstream="canary",code_class="2xx"}} {canary_2xx}\n'
            f'piiproxy_upstream_requests_total{{upstream="canary",code_class="5xx"}} {canary_5xx}\n'
        )

    def handle(self, request: Request) -> Response:
        return Response(200, self.text) if request.path == "/-/metrics" else Response(404, {"error": "no such endpoint"})


# -- RawDeployment -------------------------------------------------------------------------------

def test_raw_first_rollout_then_blue_green(k8s):
    kserve = backend()
    assert kserve.stable() is None and kserve.history() == []
    kserve.start_candidate("v1", uri("v1"))
    gets_before = len(k8s.requests)
    ready = kserve.wait_candidate_ready(5)
    assert len(k8s.requests) - gets_before > k8s.ready_after  # Ready only after several polls
    assert ready.predict_url == f"http://vellum-rag-candidate-predictor.{NS}.svc.cluster.local/v1/models/vellum-rag:predict"
    promoted = kserve.promote()
    assert (promoted.version, promoted.version_uri) == ("v1", uri("v1"))
    assert set(k8s.objects) == {(NS, "vellum-rag")}

    kserve.start_candidate("v2", uri("v2"))
    candidate = k8s.objects[(NS, "vellum-rag-candidate")]
    stable = k8s.objects[(NS, "vellum-rag")]
    assert (index_version_of(candidate), storage_uri_of(candidate)) == ("v2", uri("v2"))
    assert not any(k.startswith("vellum.io/") for k in candidate["metadata"]["annotations"])
    assert candidate["spec"]["predictor"]["containers"][1] == stable["spec"]["predictor"]["containers"][1]
    assert kserve.stable().version == "v1"
    kserve.wait_candidate_ready(5)
    kserve.promote()
    assert (kserve.stable().version, storage_uri_of(k8s.objects[(NS, "vellum-rag")])) == ("v2", uri("v2"))
    assert [h["version"] for h in kserve.history()] == ["v1", "v2"]
    assert (NS, "vellum-rag-candidate") not in k8s.objects


def test_stale_candidate_409_on_create_then_patched(k8s):
    kserve = backend()
    rolled_out(kserve, "v1")
    kserve.start_candidate("v-stale", uri("v-stale"))  # left behind by a crashed task
    k8s.requests.clear()
    kserve.start_candidate("v2", uri("v2"))
    calls = [(r.method, r.path.rsplit("/", 1)[-1]) for r in k8s.requests]
    assert ("POST", "inferenceservices") in calls and ("PATCH", "vellum-rag-candidate") in calls
    assert storage_uri_of(k8s.objects[(NS, "vellum-rag-candidate")]) == uri("v2")


def test_ready_false_with_message_raises_and_discards(k8s):
    kserve = backend()
    rolled_out(kserve, "v1")
    k8s.fail["v-bad"] = "ManifestMissing: no committed version at s3://vellum-indexes/default/versions/v-bad"
    kserve.start_candidate("v-bad", uri("v-bad"))
    with pytest.raises(RolloutError, match=r"candidate v-bad .* failed: RevisionFailed: .*ManifestMissing.*still serving: v1"):
        kserve.wait_candidate_ready(5)
    assert set(k8s.objects) == {(NS, "vellum-rag")}


def test_wait_times_out_with_the_last_condition(k8s):
    kserve = backend()
    rolled_out(kserve, "v1")
    k8s.ready_after = 10**6
    kserve.start_candidate("v-slow", uri("v-slow"))
    with pytest.raises(RolloutError, match=r"not ready after 0s: RevisionMissing: Configuration is waiting.*still serving: v1"):
        kserve.wait_candidate_ready(0.2)
    assert (NS, "vellum-rag-candidate") not in k8s.objects


def test_forbidden_is_a_clear_error(k8s):
    k8s.forbidden_verbs.add("create")
    with pytest.raises(KubernetesApiError, match=r'create inferenceservice vellum-test/vellum-rag-candidate: HTTP 403 Forbidden: .*cannot create resource "inferenceservices"') as caught:
        backend().start_candidate("v1", uri("v1"))
    assert caught.value.status == 403


def test_missing_object_without_spec_defaults_says_what_to_do(k8s):
    with pytest.raises(RolloutError, match="no spec_defaults .* apply k8s/overlays"):
        backend(spec_defaults=None).start_candidate("v1", uri("v1"))


def sidecar_of(isvc: dict) -> dict:
    return isvc["spec"]["predictor"]["containers"][1]


def writes(k8s) -> list[tuple[str, str]]:
    return [(r.method, r.path.rsplit("/", 1)[-1]) for r in k8s.requests if r.method != "GET"]


def raw_canary_running(k8s, version: str = "v2") -> KServeBackend:
    kserve = backend()
    rolled_out(kserve, "v1")
    kserve.start_candidate(version, uri(version))
    kserve.wait_candidate_ready(5)
    return kserve


def test_raw_canary_weight_is_the_stable_sidecars_split(k8s):
    kserve = raw_canary_running(k8s)
    before = k8s.objects[(NS, "vellum-rag")]
    candidate_url = f"http://vellum-rag-candidate-predictor.{NS}.svc.cluster.local"
    k8s.requests.clear()
    kserve.set_canary_weight(20)

    stable = k8s.objects[(NS, "vellum-rag")]
    assert sidecar_of(stable)["args"] == sidecar_of(before)["args"] + ["-canary-upstream", candidate_url, "-canary-weight", "20"]
    assert canary_upstream_of(stable) == (candidate_url, 20)
    assert stable["spec"]["predictor"]["containers"][0] == before["spec"]["predictor"]["containers"][0]  # still v1
    assert stable["metadata"]["generation"] == before["metadata"]["generation"] + 1  # a rolling restart
    assert kserve_schemas().errors({k: v for k, v in stable.items() if k != "status"}) == []
    patch = next(r for r in k8s.requests if r.method == "PATCH")
    assert patch.body["metadata"]["resourceVersion"] == before["metadata"]["resourceVersion"]
    assert readiness(stable).ready  # what the fake KServe last answered: it returned only once Ready again
    assert canary_upstream_of(k8s.objects[(NS, "vellum-rag-candidate")]) is None
    assert kserve.stable().version == "v1"

    kserve.set_canary_weight(35)
    assert canary_upstream_of(k8s.objects[(NS, "vellum-rag")]) == (candidate_url, 35)
    kserve.set_canary_weight(0)
    assert sidecar_of(k8s.objects[(NS, "vellum-rag")]) == sidecar_of(before)
    k8s.requests.clear()
    kserve.set_canary_weight(0)  # nothing to remove: no write, no restart
    assert writes(k8s) == []


def test_raw_canary_upstream_is_the_candidates_cluster_local_address(k8s):
    k8s.addresses["vellum-rag-candidate"] = "http://vellum-rag-candidate-predictor.vellum-test.svc.cluster.local:8080"
    kserve = raw_canary_running(k8s)
    kserve.set_canary_weight(10)
    assert canary_upstream_of(k8s.objects[(NS, "vellum-rag")]) == (k8s.addresses["vellum-rag-candidate"], 10)


@pytest.mark.parametrize("finish", ["promote", "discard_candidate"])
def test_raw_promote_and_discard_remove_a_canary_left_set(k8s, finish):
    kserve = raw_canary_running(k8s)
    base_sidecar = sidecar_of(k8s.objects[(NS, "vellum-rag")])
    kserve.set_canary_weight(20)
    k8s.requests.clear()
    getattr(kserve, finish)()
    stable = k8s.objects[(NS, "vellum-rag")]
    assert sidecar_of(stable) == base_sidecar
    assert index_version_of(stable) == ("v2" if finish == "promote" else "v1")
    assert writes(k8s) == [("PATCH", "vellum-rag"), ("DELETE", "vellum-rag-candidate")]  # the stable first


def test_raw_candidate_never_copies_a_canary_upstream(k8s):
    """A stale canary on the stable (a crashed rollout) copied into the candidate would point it at itself."""
    kserve = raw_canary_running(k8s, "v-stale")
    kserve.set_canary_weight(20)
    kserve.start_candidate("v2", uri("v2"))
    assert canary_upstream_of(k8s.objects[(NS, "vellum-rag-candidate")]) is None


def test_raw_weight_change_that_never_gets_ready_raises(k8s):
    kserve = raw_canary_running(k8s)
    kserve.restart_timeout = 0.1
    k8s.ready_after = 10**6
    with pytest.raises(RolloutError, match=r"canary weight 20% on vellum-test/vellum-rag: the stable pods did not become ready .*RevisionMissing.*old pods keep serving"):
        kserve.set_canary_weight(20)


def test_raw_traffic_stats_count_both_upstreams_on_the_stable_sidecar(k8s):
    with Sidecar(90, 3, canary_2xx=18, canary_5xx=2) as stable_pod, Sidecar(500, 0) as candidate_pod:
        k8s.addresses.update({"vellum-rag": stable_pod.url, "vellum-rag-candidate": candidate_pod.url})
        kserve = raw_canary_running(k8s)
        kserve.set_canary_weight(20)
        assert canary_upstream_of(k8s.objects[(NS, "vellum-rag")]) == (candidate_pod.url, 20)
        stats = kserve.traffic_stats()
    # the candidate's own counters (evaluation requests included) are not the canary's
    assert (stats.stable_requests, stats.stable_errors, stats.canary_requests, stats.canary_errors) == (93, 3, 20, 2)


def test_unreachable_metrics_count_zero(k8s, caplog):
    k8s.addresses.update({"vellum-rag": "http://127.0.0.1:1", "vellum-rag-candidate": "http://127.0.0.1:1"})
    kserve = backend()
    rolled_out(kserve, "v1")
    kserve.start_candidate("v2", uri("v2"))
    with caplog.at_level(logging.WARNING):
        stats = kserve.traffic_stats()
    assert (stats.stable_requests, stats.canary_requests) == (0, 0)
    assert "no stable and canary traffic counters from http://127.0.0.1:1" in caplog.text


# -- Serverless ----------------------------------------------------------------------------------

def test_serverless_canary_discard_and_promote(k8s):
    kserve = backend(spec_defaults={**IMAGES, "mode": SERVERLESS})
    rolled_out(kserve, "v1")
    isvc = k8s.objects[(NS, "vellum-rag")]
    assert isvc["spec"]["predictor"]["canaryTrafficPercent"] == 100 and "vellum.io/candidate" not in isvc["metadata"]["annotations"]

    kserve.start_candidate("v2", uri("v2"))
    predictor = k8s.objects[(NS, "vellum-rag")]["spec"]["predictor"]
    assert predictor["canaryTrafficPercent"] == 0 and storage_uri_of(k8s.objects[(NS, "vellum-rag")]) == uri("v2")
    assert kserve.stable().version == "v1"
    ready = kserve.wait_candidate_ready(5)
    assert ready.predict_url == f"http://latest-vellum-rag-predictor.{NS}.example.com/v1/models/vellum-rag:predict"
    assert kserve.stable().predict_url.startswith("http://prev-vellum-rag-predictor.")
    kserve.set_canary_weight(10)
    assert k8s.objects[(NS, "vellum-rag")]["spec"]["predictor"]["canaryTrafficPercent"] == 10

    kserve.discard_candidate()  # KServe's rollback: 0% to the new revision, and the spec restored
    isvc = k8s.objects[(NS, "vellum-rag")]
    assert (isvc["spec"]["predictor"]["canaryTrafficPercent"], storage_uri_of(isvc), index_version_of(isvc)) == (0, uri("v1"), "v1")
    assert kserve.stable().version == "v1"
    kserve.discard_candidate()  # nothing left to discard: no-op

    rolled_out(kserve, "v3")
    assert kserve.stable().version == "v3" and [h["version"] for h in kserve.history()] == ["v1", "v3"]


def test_serverless_traffic_stats_scrape_each_revision(k8s):
    # each revision's own sidecar: only its "stable" upstream (its predictor) counts
    with Sidecar(90, 3, canary_2xx=7) as stable_pod, Sidecar(8, 2, canary_5xx=4) as canary_pod:
        k8s.addresses.update({"prev-vellum-rag": stable_pod.url, "latest-vellum-rag": canary_pod.url})
        kserve = backend(spec_defaults={**IMAGES, "mode": SERVERLESS})
        rolled_out(kserve, "v1")
        kserve.start_candidate("v2", uri("v2"))
        kserve.wait_candidate_ready(5)
        kserve.set_canary_weight(10)
        stats = kserve.traffic_stats()
    assert (stats.stable_requests, stats.stable_errors, stats.canary_requests, stats.canary_errors) == (93, 3, 10, 2)


# -- the Ready trigger ---------------------------------------------------------------------------

def test_trigger_serialize_round_trip():
    trigger = IsvcReadyTrigger("vellum-rag-candidate", NS, "my_k8s", min_generation=3, poll_interval=2.0, timeout=90.0)
    assert rebuilt(trigger).serialize() == trigger.serialize()


def test_trigger_success_after_polls(k8s):
    kserve = backend()
    kserve.start_candidate("v1", uri("v1"))
    event = first_event(rebuilt(kserve.candidate_ready_trigger(5)))
    assert event == {"status": "success", "name": "vellum-rag-candidate", "namespace": NS, "generation": 1}
    assert raise_for_event(event) is event
    assert kserve.wait_candidate_ready(0).version == "v1"


def test_trigger_failed_event_raises_with_the_message(k8s):
    k8s.fail["v-bad"] = "IndexError_: embedding dimension 512 != 384"
    kserve = backend()
    kserve.start_candidate("v-bad", uri("v-bad"))
    event = first_event(kserve.candidate_ready_trigger(5))
    assert event["status"] == "failed"
    with pytest.raises(RolloutError, match=r"vellum-test/vellum-rag-candidate failed: RevisionFailed: .*embedding dimension 512 != 384"):
        raise_for_event(event)


@pytest.mark.parametrize(
    "case, message",
    [
        ("not-found", 'HTTP 404: inferenceservices.serving.kserve.io "vellum-rag-candidate" not found'),
        ("forbidden", 'HTTP 403: .*cannot get resource "inferenceservices"'),
        ("timeout", "not Ready after 0s: RevisionMissing"),
    ],
)
def test_trigger_error_events(k8s, case, message):
    if case != "not-found":
        k8s.ready_after = 10**6
        backend().start_candidate("v1", uri("v1"))
    if case == "forbidden":
        k8s.forbidden_verbs.add("get")
    event = first_event(IsvcReadyTrigger("vellum-rag-candidate", NS, poll_interval=0.01, timeout=0.2))
    assert event["status"] == "error"
    with pytest.raises(RolloutError, match=message):
        raise_for_event(event)


def test_objects_written_are_valid_against_the_crd(k8s):
    """The fake API server validates every write strictly against the KServe CRD: prove it bites."""
    kserve = backend()
    with pytest.raises(KubernetesApiError, match=r"HTTP 422 .*is invalid: .*canaryTraficPercent"):
        kserve.create_or_patch({"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService",
                                "metadata": {"name": "typo"}, "spec": {"predictor": {"canaryTraficPercent": 1, "containers": []}}})
    assert k8s.objects == {}
