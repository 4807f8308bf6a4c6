"""Roll an index version out: candidate -> evaluation gate -> canary -> promote, or roll back.

The policy (``vellum.rollout.policy``) is the same for every backend; the backend comes from
``serving_mode``: ``local`` (embedded default: predictor processes behind the Go sidecar) or
``kserve`` (InferenceServices through the Kubernetes API). On a failed readiness wait, a failed
gate or a canary error-rate rise the candidate is discarded, the previous version keeps 100%,
and the task fails with a message naming the reason and the serving version. The evaluation
report (hit@k, MRR per version) is printed and saved next to the index version.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from typing import Any

from airflow.sdk import BaseOperator
from airflow.sdk.exceptions import AirflowException

from vellum_airflow.hooks.storage import VellumStorageHook
from vellum_airflow.settings import required_setting, setting

#: Used when the collection has no evaluation set: the gate then only checks that it answers.
SMOKE_QUESTION = {"id": "smoke", "question": "What is this document about?", "document": "-", "page": None}


def serving_backend(mode: str, model_name: str | None):
    """The ServingBackend for ``serving_mode``."""
    if mode == "local":
        from vellum.rollout.local import LocalServing, LocalServingConfig

        return LocalServing(
            LocalServingConfig.from_env(
                serving_python=required_setting("serving_python"),
                piiproxy_bin=required_setting("piiproxy_bin"),
                model_name=model_name,
            )
        )
    if mode == "kserve":
        from vellum_airflow.hooks.kserve import KServeBackend

        return KServeBackend(
            model_name or "vellum-rag",
            namespace=setting("kserve_namespace"),
            spec_defaults={"predictor_image": setting("predictor_image"), "sidecar_image": setting("sidecar_image")},
        )
    raise AirflowException(f"unknown serving_mode {mode!r}: use 'local' or 'kserve'")


class RolloutPredictorOperator(BaseOperator):
    template_fields: Sequence[str] = ("version", "version_uri", "model_name", "collection")

    def __init__(
        self,
        *,
        version: str,
        version_uri: str,
        collection: str | None = None,
        model_name: str | None = None,
        serving_mode: str | None = None,
        index_url: str | None = None,
        eval_url: str | None = None,
        aws_conn_id: str | None = None,
        deferrable: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.deferrable = deferrable
        self.version = version
        self.version_uri = version_uri
        self.collection = collection
        self.model_name = model_name
        self.serving_mode = serving_mode
        self.index_url = index_url
        self.eval_url = eval_url
        self.aws_conn_id = aws_conn_id

    # -- settings ------------------------------------------------------------------------------
    def _policy(self):
        from vellum.rollout.policy import RolloutPolicy

        overrides = json.loads(setting("rollout_policy") or "{}")
        return RolloutPolicy(**overrides)

    def _storage(self) -> VellumStorageHook:
        return VellumStorageHook(setting("aws_conn_id", self.aws_conn_id))

    def _questions(self) -> list:
        """The collection's eval set: ``eval_url`` setting, else ``<index>/<collection>/eval/questions.jsonl``."""
        from vellum.evaluation import parse_questions
        from vellum.evaluation.dataset import EvalQuestion

        url = setting("eval_url", self.eval_url)
        collection = required_setting("collection", self.collection)
        store = self._storage()
        if url:
            directory, _, name = url.rpartition("/")
            data = store.open(directory).read_bytes(name)
            where = url
        else:
            index = store.open(required_setting("index_url", self.index_url))
            key = f"{collection}/eval/questions.jsonl"
            if not index.exists(key):
                self.log.warning("no evaluation set for %r: the gate only checks that the candidate answers", collection)
                return [EvalQuestion(**{**SMOKE_QUESTION, "answer_contains": ()})]
            data, where = index.read_bytes(key), index.url(key)
        return parse_questions(data.decode("utf-8"), source=where)

    # -- execution -----------------------------------------------------------------------------
    def execute(self, context: Any) -> dict:
        mode = required_setting("serving_mode", self.serving_mode)
        backend = serving_backend(mode, self.model_name)
        stable = backend.stable()
        if self.deferrable and hasattr(backend, "candidate_ready_trigger") and not (stable and stable.version == self.version):
            # Cluster mode: free the worker while Kubernetes pulls images and loads the index.
            backend.start_candidate(self.version, self.version_uri)
            policy = self._policy()
            self.log.info("candidate %s created; waiting for Ready in the triggerer", self.version)
            self.defer(trigger=backend.candidate_ready_trigger(policy.ready_timeout_s), method_name="execute_complete")
        return self._roll_out(mode, backend, candidate_started=False)

    def execute_complete(self, context: Any, event: dict[str, Any]) -> dict:
        from vellum.rollout.backend import RolloutError

        from vellum_airflow.triggers.isvc_ready import raise_for_event

        mode = required_setting("serving_mode", self.serving_mode)
        backend = serving_backend(mode, self.model_name)
        try:
            raise_for_event(event)
        except RolloutError as exc:
            backend.discard_candidate()
            stable = backend.stable()
            raise AirflowException(
                f"rollout of {self.version} rolled back: candidate never became ready ({exc}); "
                f"serving: {stable.version if stable else 'nothing'}"
            ) from exc
        return self._roll_out(mode, backend, candidate_started=True)

    def _roll_out(self, mode: str, backend, *, candidate_started: bool) -> dict:
        from vellum.evaluation import score_url
        from vellum.rollout.policy import RolloutFailed, run_rollout

        questions = self._questions()

        drive = self._traffic_driver(backend, questions) if mode == "local" else None
        self.log.info("rolling out %s (%s) with %s serving", self.version, self.version_uri, mode)
        try:
            with backend.exclusive():
                report = run_rollout(
                    backend, self.version, self.version_uri, policy=self._policy(),
                    evaluate=lambda url: score_url(questions, url), drive_traffic=drive,
                    candidate_started=candidate_started,
                )
        except RolloutFailed as exc:
            self._publish_report(exc.report.to_dict())
            raise AirflowException(str(exc)) from exc
        self._publish_report(report.to_dict())
        return report.to_dict()

    def _traffic_driver(self, backend, questions):
        """During the canary, replay eval questions through the public (sidecar) endpoint, so
        both arms see real requests even when no user is around (the embedded default)."""
        from vellum.client import ask

        cycle = itertools.cycle(questions)

        def drive() -> None:
            for _ in range(5):
                try:
                    ask(backend.config.sidecar_url, next(cycle).question, model=backend.config.model_name, timeout=10)
                except OSError as exc:  # counted by the sidecar as an error of that arm
                    self.log.info("canary probe request failed: %s", exc)

        return drive

    def _publish_report(self, report: dict) -> None:
        lines = [f"rollout of {report['version']}: {report['outcome'].upper()} ({report['reason']})"]
        metrics = sorted(set(report["candidate_metrics"]) | set(report["stable_metrics"]))
        if metrics:
            lines.append(f"  {'metric':<20}{'candidate ' + report['version']:>32}{'serving ' + str(report['previous_version']):>32}")
            for name in metrics:
                lines.append(
                    f"  {name:<20}{report['candidate_metrics'].get(name, '-')!s:>32}{report['stable_metrics'].get(name, '-')!s:>32}"
                )
        if report["canary"]:
            lines.append(f"  canary: {report['canary']}")
        lines.append(f"  serving now: {report['serving_version']}")
        for line in lines:  # one record per line: every log viewer keeps the table readable
            self.log.info("%s", line)
        try:
            collection = required_setting("collection", self.collection)
            index = self._storage().open(required_setting("index_url", self.index_url))
            key = f"{collection}/evaluations/{report['version']}.json"
            index.write_text(key, json.dumps(report, indent=1, sort_keys=True))
            self.log.info("evaluation report saved to %s", index.url(key))
        except Exception as exc:  # the report is evidence, not a reason to flip the outcome
            self.log.warning("could not save the evaluation report: %s", exc)
