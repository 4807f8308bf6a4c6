"""The canary analysis reads the sidecar's counters; labels may come in any order."""

from vellum.rollout.backend import TrafficStats
from vellum.rollout.sidecar_metrics import parse_upstream_counters

METRICS = """# TYPE piiproxy_upstream_requests_total counter
piiproxy_upstream_requests_total{upstream="stable",code_class="2xx"} 90
piiproxy_upstream_requests_total{upstream="stable",code_class="5xx"} 10
piiproxy_upstream_requests_total{code_class="2xx",upstream="canary"} 18
piiproxy_upstream_requests_total{upstream="canary",code_class="5xx"} 2
piiproxy_upstream_requests_total{upstream="canary",code_class="4xx"} 5
piiproxy_requests_total{code_class="2xx"} 1000
"""


def test_counts_per_upstream():
    stats = parse_upstream_counters(METRICS)
    assert stats == TrafficStats(stable_requests=100, stable_errors=10, canary_requests=25, canary_errors=2)
    assert stats.stable_error_rate == 0.1 and stats.canary_error_rate == 0.08


def test_no_traffic_is_zero_not_an_error():
    assert parse_upstream_counters("").canary_error_rate == 0.0
