"""Turns the raw outputs of one bench/sidecar/run.sh run into the markdown report.

Usage: report.py OUT_DIR   (run.sh calls it; it can be re-run on any kept OUT_DIR)

Every figure comes from the files in OUT_DIR (wrk and hey outputs, memwatch samples, goroutine and
descriptor counts); every ratio is between contenders of that same run. Memory is in MB of 10^6
bytes, the unit of the targets, from /proc KiB.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from statistics import median, quantiles

TARGET_GO_NGINX = 0.7
TARGET_GO_PYTHON = 3.0
TARGET_PEAK_MB = 256
TARGET_IDLE_MB = 15
TARGET_ADDED_P50_MS = 0.5
TARGET_ADDED_P99_MS = 2.0
LABELS = {"direct": "direct (no proxy)", "go": "Go piiproxy (scrubbing, every kind)",
          "gosame": "Go piiproxy (scrubbing, the Python proxy's kinds)", "nginx": "nginx (plain proxy)",
          "python": "Python aiohttp+uvloop (scrubbing)"}
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


@dataclass
class Wrk:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    socket_errors: int
    non_2xx: int
    failed: str = ""  # why wrk produced no result, if it did not

    @property
    def errors(self) -> int:
        return self.socket_errors + self.non_2xx


def kv(path: Path) -> dict[str, str]:
    """key=value pairs of a memwatch / goroutines line (the last one holding them)."""
    if not path.exists():
        return {}
    pairs: dict[str, str] = {}
    for line in path.read_text().splitlines():
        pairs.update(re.findall(r"(\w+)=(\S+)", line))
    return pairs


def mb(kib: str | None) -> float | None:
    return int(kib) * 1024 / 1e6 if kib else None


def duration_ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        raise ValueError(f"unrecognised wrk duration {text!r}")
    return float(m.group(1)) * UNITS[m.group(2)]


def parse_wrk(path: Path) -> Wrk | None:
    if not path.exists():
        return None
    text = path.read_text()
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    lat = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M))
    if not rps or "50" not in lat:
        return Wrk(0, float("nan"), float("nan"), 0, 0, 0, failed=text.strip().splitlines()[-1] if text.strip() else "no output")
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    total = re.search(r"^\s+(\d+) requests in", text, re.M)
    return Wrk(
        rps=float(rps.group(1)),
        p50_ms=duration_ms(lat["50"]),
        p99_ms=duration_ms(lat["99"]),
        requests=int(total.group(1)) if total else 0,
        socket_errors=sum(int(g) for g in sock.groups()) if sock else 0,
        non_2xx=int(non2xx.group(1)) if non2xx else 0,
    )


def fmt(x: float | None, spec: str = ".1f") -> str:
    return "—" if x is None or x != x else format(x, spec)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


class Report:
    def __init__(self, out: Path):
        self.out = out
        self.lines: list[str] = []
        self.checks: list[tuple[str, str, str, bool]] = []  # what, measured, target, ok

    def emit(self, line: str = "") -> None:
        self.lines.append(line)

    def check(self, what: str, measured: str, target: str, ok: bool) -> None:
        self.checks.append((what, measured, target, ok))

    def runs(self) -> dict[tuple[str, int], list[Wrk]]:
        """Every wrk run, by (contender, connections), in round order."""
        found: dict[tuple[str, int], list[tuple[int, Wrk]]] = {}
        for p in self.out.glob("*-c*-r*.wrk"):
            m = re.fullmatch(r"(\w+)-c(\d+)-r(\d+)\.wrk", p.name)
            if m:
                found.setdefault((m.group(1), int(m.group(2))), []).append((int(m.group(3)), parse_wrk(p)))
        order = list(LABELS)
        keys = sorted(found, key=lambda nc: (nc[1], order.index(nc[0]) if nc[0] in order else 99))
        return {k: [w for _, w in sorted(found[k], key=lambda rw: rw[0])] for k in keys}

    def peak(self, name: str, conns: int, key: str) -> float | None:
        """The largest memwatch figure over the rounds of one contender at one connection count."""
        values = [mb(kv(p).get(key)) for p in self.out.glob(f"{name}-c{conns}-r*.mem")]
        values = [v for v in values if v is not None]
        return max(values) if values else None

    def connections_table(self, big: int | None) -> dict[tuple[str, int], list[Wrk]]:
        runs = {k: v for k, v in self.runs().items() if k[1] != big}
        if not runs:
            return runs
        nrounds = max(len(v) for v in runs.values())
        self.emit("### Throughput, latency and memory at 100 and 1,000 connections")
        self.emit()
        self.emit(f"Medians over {nrounds} interleaved rounds (req/s range in brackets); errors summed; peak RSS "
                  "is the largest over the rounds.")
        self.emit()
        self.emit("| contender | conns | req/s | p50 ms | p99 ms | errors | idle RSS MB | peak RSS MB (sampled) | VmHWM MB | procs |")
        self.emit("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for (name, conns), ws in runs.items():
            ok = [w for w in ws if not w.failed]
            failed = [w.failed for w in ws if w.failed]
            idle = kv(self.out / f"{name}.idle")
            procs = max((kv(p).get("peak_procs", "—") for p in self.out.glob(f"{name}-c{conns}-r*.mem")), default="—")
            if not ok:
                self.emit(f"| {LABELS.get(name, name)} | {conns:,} | failed: {failed[0]} | | | | | | | |")
                continue
            rps = [w.rps for w in ok]
            spread = f" ({min(rps):,.0f}–{max(rps):,.0f})" if len(rps) > 1 else ""
            self.emit(
                f"| {LABELS.get(name, name)} | {conns:,} | {median(rps):,.0f}{spread} "
                f"| {median(w.p50_ms for w in ok):.2f} | {median(w.p99_ms for w in ok):.2f} "
                f"| {sum(w.errors for w in ok):,}{f' ({len(failed)} runs failed)' if failed else ''} "
                f"| {fmt(mb(idle.get('rss_kb')))} | {fmt(self.peak(name, conns, 'peak_rss_kb'))} "
                f"| {fmt(self.peak(name, conns, 'hwm_kb'))} | {procs} |"
            )
        self.emit()
        self.emit("errors = wrk socket errors (connect, read, write, timeout) + non-2xx responses. "
                  "RSS is summed over the contender's process tree; direct has no proxy process.")
        self.emit()
        # "go" masks every kind; "gosame" only those pyproxy.py masks: Go/Python with the same work
        # per request is gosame/python, and go/python is what the default sidecar costs against it.
        comparisons = (("go", "nginx", "Go/nginx", TARGET_GO_NGINX),
                       ("go", "python", "Go (every kind)/Python (fewer kinds)", TARGET_GO_PYTHON),
                       ("gosame", "python", "Go/Python, the same kinds", TARGET_GO_PYTHON))
        for conns in sorted({c for _, c in runs}):
            for ours, peer, shown, target in comparisons:
                pairs = zip(runs.get((ours, conns), []), runs.get((peer, conns), []))
                ratios = [g.rps / o.rps for g, o in pairs if not g.failed and not o.failed and o.rps > 0]
                if ratios:
                    each = " / ".join(f"{r:.2f}" for r in ratios)
                    self.check(f"{shown} req/s at {conns:,} connections (median of per-round ratios: {each})",
                               f"{median(ratios):.2f}x", f">= {target}x", median(ratios) >= target)
        return runs

    def big_table(self, big: int) -> None:
        names = [n for n, c in self.runs() if c == big]
        if not names:
            return
        self.emit(f"### {big:,} concurrent keep-alive connections")
        self.emit()
        self.emit(f"| contender | RSS idle (fresh) MB | RSS with {big:,} idle clients MB | req/s under {big:,} | p50 ms | p99 ms "
                  "| errors | peak RSS MB (sampled) | VmHWM MB | goroutines before → after | fds before → after "
                  "| RSS after MB | after: s waited |")
        self.emit("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|")
        for name in names:
            tag = f"{name}-c{big}-r1"
            w = parse_wrk(self.out / f"{tag}.wrk")
            held_text = (self.out / f"{tag}.held").read_text() if (self.out / f"{tag}.held").exists() else ""
            held = kv(self.out / f"{tag}.held")
            held_conns = re.search(r"idle connections held: (\d+) \(failed (\d+)\)", held_text)
            held_note = f" ({held_conns.group(2)} failed)" if held_conns and held_conns.group(2) != "0" else ""
            mem = kv(self.out / f"{tag}.mem")
            before, after = kv(self.out / f"{tag}.before"), kv(self.out / f"{tag}.after")
            after_text = (self.out / f"{tag}.after").read_text() if (self.out / f"{tag}.after").exists() else ""
            result = (f"failed: {w.failed} | | | " if w.failed else
                      f"{w.rps:,.0f} | {fmt(w.p50_ms, '.1f')} | {fmt(w.p99_ms, '.1f')} | {w.errors:,} | ")
            self.emit(
                f"| {LABELS.get(name, name)} | {fmt(mb(kv(self.out / f'{name}.idle10k').get('rss_kb')))} "
                f"| {fmt(mb(held.get('rss_kb')))}{held_note} | {result}{fmt(mb(mem.get('peak_rss_kb')))} "
                f"| {fmt(mb(mem.get('hwm_kb')))} | {before.get('goroutines', '—')} → {after.get('goroutines', '—')} "
                f"| {before.get('fds', '—')} → {after.get('fds', '—')}"
                f"{' (exited during the run)' if 'exited' in after_text else ''} "
                f"| {fmt(mb(after.get('after_rss_kb')))} | {after.get('waited_s', '—')} |"
            )
            if name == "go":
                self.check(f"Go errors at {big:,} connections", f"{w.errors:,}" if not w.failed else w.failed, "0",
                           not w.failed and w.errors == 0)
                peak = mb(mem.get("peak_rss_kb"))
                self.check(f"Go peak RSS at {big:,} connections (sampled VmRSS)", f"{fmt(peak)} MB",
                           f"<= {TARGET_PEAK_MB} MB", peak is not None and peak <= TARGET_PEAK_MB)
                rest = mb(after.get("after_rss_kb"))
                self.check(f"Go RSS idle again after the {big:,}-connection load ({after.get('waited_s', '?')} s after)",
                           f"{fmt(rest)} MB", f"<= {TARGET_IDLE_MB} MB", rest is not None and rest <= TARGET_IDLE_MB)
                g0, g1 = before.get("goroutines"), after.get("goroutines")
                if g0 and g0 != "n/a" and g1 and g1 != "n/a":
                    self.check("Go goroutines back to baseline after the load", f"{g0} → {g1} "
                               f"({after.get('waited_s', '?')} s after)", "after <= before", float(g1) <= float(g0))
                else:
                    f0, f1 = before.get("fds"), after.get("fds")
                    self.check("Go connections back to baseline after the load (no go_goroutines metric: open fds)",
                               f"{f0} → {f1}", "after <= before", bool(f0 and f1) and int(f1) <= int(f0))
        self.emit()
        self.emit(f"\"RSS with {big:,} idle clients\": each client made one request, then stays connected and quiet. "
                  "Goroutines come from piiproxy's go_goroutines gauge (n/a when it exports none); "
                  "fds are the process tree's open descriptors (sockets included). \"after\" is read once "
                  "goroutines and fds are back to their baseline, or when the wait ran out (GOROUTINE_WAIT, "
                  "45 s by default, for piiproxy; 5 s for the others, as a reference), with the RSS at that "
                  "moment; for piiproxy no sooner than RECLAIM_WAIT (25 s), once its idle reclaim, 10-20 s "
                  "after the last request, has run.")
        self.emit()

    def light_table(self) -> None:
        setup = (self.out / "setup.txt").read_text()
        m = re.search(r"light load (\d+) clients x (\d+) req/s \(([\w ]+)\) x (\d+) rounds of (\d+)s", setup)
        if not m:
            return
        clients, qps, modes, _, seconds = m.groups()
        self.emit(f"### Added latency at light load ({clients} clients x {qps} req/s = "
                  f"{int(clients) * int(qps):,} req/s, POST, rounds interleaved, samples pooled; the checks take the "
                  f"median over rounds of each round's delta to its own direct run)")
        self.emit()
        self.emit("| arrivals | target | answered | of scheduled | non-2xx | p50 ms | p99 ms | added p50 ms "
                  "| added p99 ms | added p99 ms per round |")
        self.emit("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
        for mode in modes.split():
            samples: dict[str, list[float]] = {}
            by_round: dict[tuple[str, str], list[float]] = {}
            non2xx: dict[str, int] = {}
            for p in sorted(self.out.glob(f"light-{mode}-*.csv")):
                _, _, target, rnd, *_ = p.stem.split("-")
                with p.open() as f:
                    for row in csv.DictReader(f):
                        ms = float(row["response-time"]) * 1e3
                        samples.setdefault(target, []).append(ms)
                        by_round.setdefault((target, rnd), []).append(ms)
                        if not row["status-code"].startswith("2"):
                            non2xx[target] = non2xx.get(target, 0) + 1
            if "direct" not in samples:
                continue
            pct = {t: quantiles(v, n=100, method="inclusive") for t, v in samples.items()}
            rounds = sorted({rnd for _, rnd in by_round})
            added = {t: self.added_per_round(by_round, t, rounds) for t in samples if t != "direct"}
            for target in [t for t in LABELS if t in samples]:
                q = pct[target]
                scheduled = int(clients) * int(qps) * int(seconds) * len({r for t, r in by_round if t == target})
                cells = ("", "", "") if target == "direct" else (
                    f"{q[49] - pct['direct'][49]:+.2f}", f"{q[98] - pct['direct'][98]:+.2f}",
                    " / ".join(f"{d99:+.2f}" for _, d99 in added[target]))
                self.emit(f"| {mode} | {LABELS[target]} | {len(samples[target]):,} | {scheduled:,} "
                          f"| {non2xx.get(target, 0)} | {q[49]:.2f} | {q[98]:.2f} | {cells[0]} | {cells[1]} | {cells[2]} |")
            if mode == modes.split()[0] and added.get("go"):
                each50 = [d50 for d50, _ in added["go"]]
                each99 = [d99 for _, d99 in added["go"]]
                d50, d99 = median(each50), median(each99)
                self.check(f"added p50 latency at light load ({mode} arrivals; median of per-round deltas: "
                           f"{' / '.join(f'{d:+.2f}' for d in each50)})", f"{d50:+.2f} ms",
                           f"<= {TARGET_ADDED_P50_MS} ms", d50 <= TARGET_ADDED_P50_MS)
                self.check(f"added p99 latency at light load ({mode} arrivals; median of per-round deltas: "
                           f"{' / '.join(f'{d:+.2f}' for d in each99)})", f"{d99:+.2f} ms",
                           f"<= {TARGET_ADDED_P99_MS} ms", d99 <= TARGET_ADDED_P99_MS)
        self.emit()
        self.emit("paced (the targets are checked on these): the wrk2-style `pace` tool, one process holding N "
                  "keep-alive connections opened before the clock starts, arrivals spread evenly, latency in "
                  "microseconds from each send, failures counted as non-2xx. staggered: N separate `hey -c 1 -q R` "
                  "processes started one request interval apart, whose N Go runtimes share the cores with the "
                  "proxies and show in every target's tail; burst: one `hey -c N -q R`, whose N workers fire "
                  "together every 1/R s. hey records latencies at 0.1 ms resolution and leaves failed requests out "
                  "of its samples; \"of scheduled\" shows any shortfall. nginx is a reference for what a plain "
                  "proxy hop costs on this machine.")
        self.emit()

    @staticmethod
    def added_per_round(by_round: dict[tuple[str, str], list[float]], target: str,
                        rounds: list[str]) -> list[tuple[float, float]]:
        """(added p50, added p99) of target over going direct, per round in which both ran.

        Why per round: the rounds are interleaved minutes apart, and a busy minute on this shared
        machine lifts every target's tail in it; comparing each round with its own direct run and
        taking the median over rounds, as phase 1 does for its ratios, keeps one such minute from
        deciding the check."""
        out = []
        for rnd in rounds:
            if (target, rnd) in by_round and ("direct", rnd) in by_round:
                t = quantiles(by_round[(target, rnd)], n=100, method="inclusive")
                d = quantiles(by_round[("direct", rnd)], n=100, method="inclusive")
                out.append((t[49] - d[49], t[98] - d[98]))
        return out

    def memory_claim(self, runs: dict[tuple[str, int], Wrk], big: int | None) -> None:
        """The design's "a Go pod of ~15 MB against ~80 MB for Python", idle and under load."""
        rows = []
        idle_go, idle_py = mb(kv(self.out / "go.idle").get("rss_kb")), mb(kv(self.out / "python.idle").get("rss_kb"))
        if idle_go is not None:
            self.check("Go idle RSS (after start, before load)", f"{idle_go:.1f} MB", f"<= {TARGET_IDLE_MB} MB",
                       idle_go <= TARGET_IDLE_MB)
        rows.append(("idle (after start)", idle_go, idle_py))
        for conns in sorted({c for _, c in runs} | ({big} if big else set())):
            go, py = self.peak("go", conns, "peak_rss_kb"), self.peak("python", conns, "peak_rss_kb")
            if go is not None or py is not None:
                rows.append((f"peak under {conns:,} connections", go, py))
        if idle_go is None and idle_py is None:
            return
        self.emit("### The design claim: a Go pod of ~15 MB against ~80 MB for Python")
        self.emit()
        self.emit("| when | Go MB (claim ~15) | Python MB (claim ~80) | Python/Go |")
        self.emit("|---|---:|---:|---:|")
        for when, go, py in rows:
            ratio = f"{py / go:.1f}x" if go and py else "—"
            self.emit(f"| {when} | {fmt(go)} | {fmt(py)} | {ratio} |")
        self.emit()

    def render(self) -> str:
        setup = (self.out / "setup.txt").read_text().strip() if (self.out / "setup.txt").exists() else ""
        big_match = re.search(r"; (\d+) connections for", setup)
        big = int(big_match.group(1)) if big_match else None
        head = ["## PII sidecar benchmark", "", "```", setup, "```", ""]
        runs = self.connections_table(big)
        if big:
            self.big_table(big)
        self.light_table()
        self.memory_claim(runs, big)
        body = self.lines
        self.lines = ["### Targets", "", "| target | measured | goal | result |", "|---|---:|---|---|"]
        for what, measured, target, ok in self.checks:
            self.emit(f"| {what} | {measured} | {target} | {verdict(ok)} |")
        self.emit()
        return "\n".join(head + self.lines + body)


def main() -> None:
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: report.py OUT_DIR (a directory written by bench/sidecar/run.sh)")
    print(Report(Path(sys.argv[1])).render())


if __name__ == "__main__":
    main()
