"""Read the Go sidecar's per-upstream counters from its Prometheus text (``/-/metrics``).

Both backends compare canary and stable error rates from these counters: locally one sidecar
holds both upstreams; in a cluster each pod's sidecar counts its own predictor as ``stable``.
"""

from __future__ import annotations

import re

from vellum.rollout.backend import TrafficStats

_UPSTREAM_COUNTER = re.compile(
    r'^piiproxy_upstream_requests_total\{(?=[^}]*upstream="(\w+)")(?=[^}]*code_class="(\w+)")[^}]*\}\s+(\d+)', re.M
)


def parse_upstream_counters(metrics_text: str) -> TrafficStats:
    """Requests and 5xx per upstream (``stable``/``canary``)."""
    totals = {("stable", False): 0, ("stable", True): 0, ("canary", False): 0, ("canary", True): 0}
    for upstream, code_class, value in _UPSTREAM_COUNTER.findall(metrics_text):
        if upstream in ("stable", "canary"):
            totals[(upstream, code_class == "5xx")] += int(value)
    return TrafficStats(
        stable_requests=totals[("stable", False)] + totals[("stable", True)],
        stable_errors=totals[("stable", True)],
        canary_requests=totals[("canary", False)] + totals[("canary", True)],
        canary_errors=totals[("canary", True)],
    )
