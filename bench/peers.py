"""Our full scan against rspamd and SpamAssassin on the same messages, in one run.

``python -m bench.peers`` (``make bench-peers``) scans the evaluation messages with each
tool at the same parallelism (two concurrent scans: the machine has two cores), measures
cost growth and profiles our hot path, then writes ``docs/performance.md`` and
``bench/results/peers.json``. ``--limit N`` runs on a stratified subset (for checking the
harness on a busy machine). rspamd and SpamAssassin are Debian packages
(``scripts/install-bench-deps.sh``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.machine import describe_machine
from bench.peers_data import WARMUP_MESSAGES, load_messages, load_warmup
from bench.peers_growth import run_growth
from bench.peers_metrics import ToolRun, summarize
from bench.peers_ours import run_ours
from bench.peers_profile import profile_scan
from bench.peers_report import keep_hand_written, render
from bench.peers_rspamd import run_rspamd
from bench.peers_spamassassin import run_spamassassin

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
RESULTS = ROOT / "bench" / "results" / "peers.json"
PROFILE_MESSAGES = 400

SETUP = (
    "Every tool scans the same messages: the shared corpus' evaluation groups `easy-ham-2` "
    "and `spam-2` (only the mbox `From ` line removed) plus the synthetic nonprofit texts of "
    "`tests/data/sensitive/eval.jsonl` wrapped as plain messages and counted as ham. "
    "**Equal parallelism: two scans in flight for every tool** (the machine has two cores): "
    "ours as two worker processes scanning in-process (`build_scanner(load_settings())."
    "scan(raw)`: parse, sensitive data, classifier, rules); rspamd 3.4 with two scanning "
    "workers driven by one `rspamc -n 2` over loopback, with `deploy/rspamd/` (every "
    "network-dependent module off, resolver on loopback), and a second rspamd pass with "
    "eight requests in flight (`rspamc -n 8`) so its workers never wait for the client; "
    "the throughput target is checked against rspamd's faster pass; SpamAssassin's spamd with two "
    "children, `-L` (local tests only), Bayes off, driven by two threads running `spamc`. "
    "Each tool is warmed up before its timed pass and start-up is not timed: ours and rspamd "
    f"first scan the same {WARMUP_MESSAGES} messages of the corpus' training groups "
    "(never timed, never scored), which compiles the regex batches our detectors build on "
    "first use, as rspamd's hyperscan databases are compiled (and waited for) before its "
    "pass; SpamAssassin scans "
    "six of the evaluation messages. Ours is measured "
    "in-process, so its numbers carry no protocol or IPC cost, while the daemons' include "
    "their HTTP/spamd protocol handling and per-message logging; the proxy's SMTP cost is "
    "in the proxy benchmark."
)
COLUMNS_NOTE = (
    "Columns: messages/s = messages / wall time of the timed pass. CPU ms/msg (scanner) = "
    "user+system CPU of our two worker processes, or of the daemon's whole process tree read "
    "from `/proc/<pid>/stat`, per message; (client) = the rspamc/spamc processes. Latency "
    "p50/p99: ours = one `scan()` call; rspamd = rspamc's per-message `scan_time` (ms "
    "resolution); SpamAssassin = one `spamc` call. Quality: each tool's own score (ours: "
    "`verdict.scores['tos']`; rspamd and SpamAssassin: their score) is thresholded at the "
    "lowest value that flags at most 1% of the ham; recall and precision are read there "
    "(threshold-free comparison; `none` = no threshold reaches FPR 1%)."
)
SIZES_NOTE = (
    "One plain-text message made of the synthetic nonprofit texts, each size in a fresh "
    "process. ms per scan: CPU time (median of three timed blocks), so other work on the "
    "machine does not bend the curve. Peak Python alloc: `tracemalloc` peak during one "
    "scan; peak RSS growth: how far "
    "the scan raised `ru_maxrss` above its value just before. Linear cost means constant "
    "MB/s and a constant peak alloc / size."
)
RULES_NOTE = (
    "Our full scan with the shipped pattern rules (x1) and with every pattern rule repeated "
    "ten times under new ids, each copy a distinct pattern string that fires wherever its "
    "original does (`bench.detect.multiplied(..., distinct=True)`, the worst case), over a "
    "stratified sample of the benchmark messages in one process."
)


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def _timed(label: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    sys.stderr.write(f"bench-peers: {label} ...\n")
    result = work()
    sys.stderr.write(f"bench-peers: {label} took {time.perf_counter() - started:.0f} s\n")
    return result


def collect(limit: int | None, growth: bool, profile: bool) -> dict[str, Any]:
    """Run every measurement and return the results document."""
    load_start = _load()
    messages = _timed("loading messages", lambda: load_messages(limit=limit))
    labels = {m.id: m.spam for m in messages}
    warmup = load_warmup(count=min(limit or WARMUP_MESSAGES, WARMUP_MESSAGES))
    runs: list[ToolRun] = [_timed("our full scan", lambda: run_ours(messages, warmup))]
    with tempfile.TemporaryDirectory(prefix="mailguard-peers-") as tmp:
        runs += _timed("rspamd", lambda: run_rspamd(messages, warmup, Path(tmp)))
    runs.append(_timed("SpamAssassin", lambda: run_spamassassin(messages)))
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": describe_machine(),
        "limit": limit,
        "setup": SETUP,
        "columns_note": COLUMNS_NOTE,
        "rows": [summarize(run, labels) for run in runs],
        "counts": {
            "spam": sum(labels.values()),
            "ham": len(labels) - sum(labels.values()),
            "synthetic": sum(m.group == "synthetic" for m in messages),
        },
    }
    errors: list[str] = []
    if growth:
        try:
            sizes, rules = _timed("cost growth", run_growth)
            results.update(sizes=sizes, sizes_note=SIZES_NOTE, rules=rules, rules_note=RULES_NOTE)
        except RuntimeError as exc:
            errors.append(f"- cost growth failed: {exc}")
    if profile:
        subset = messages[:: max(1, len(messages) // PROFILE_MESSAGES)]
        try:
            report = _timed("profile", lambda: profile_scan(subset))
            results["profile"] = {k: v for k, v in report.items() if k != "text"}
            (RESULTS.parent / "peers-profile.txt").write_text(report["text"])
        except RuntimeError as exc:
            errors.append(f"- profile failed: {exc}")
    results["errors"] = errors
    counts = results["counts"]
    results["notes"] = [
        *errors,
        f"- Labelled set: {counts['spam']} spam, {counts['ham']} ham "
        f"(of which {counts['synthetic']} synthetic nonprofit messages).",
        *(
            ["- The profile's full pyinstrument call tree: `bench/results/peers-profile.txt`."]
            if "profile" in results
            else []
        ),
        *(f"- {run.tool}: {note}" for run in runs for note in run.notes),
        "- Proxy scaling (1 vs 2 worker processes, 1 vs 50 sessions, peak RSS with 50 "
        "concurrent 10 MB messages) is measured by the proxy's own benchmark, not here.",
    ]
    results["load"] = (load_start, _load())
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__)
    parser.add_argument("--limit", type=int, help="stratified subset of about N messages")
    parser.add_argument("--no-growth", action="store_true", help="skip the cost-growth cases")
    parser.add_argument("--no-profile", action="store_true", help="skip the profile")
    parser.add_argument("--output", type=Path, default=DOC, help="Markdown file to write")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 20:
        parser.error("--limit must be at least 20 (recall at FPR 1% needs both classes)")
    RESULTS.parent.mkdir(exist_ok=True)
    results = collect(args.limit, not args.no_growth, not args.no_profile)
    RESULTS.write_text(json.dumps(results, indent=2, default=str) + "\n")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    previous = args.output.read_text() if args.output.exists() else ""
    args.output.write_text(render(results, keep_hand_written(previous)))
    sys.stderr.write(f"bench-peers: wrote {os.path.relpath(args.output)} and {RESULTS.name}\n")
    for error in results["errors"]:
        sys.stderr.write(f"bench-peers: {error[2:]}\n")
    return 1 if results["errors"] else 0


def run() -> list[dict[str, Any]]:
    """Rows for the shared ``make bench`` table (a 300-message subset, no growth/profile)."""
    return list(collect(300, growth=False, profile=False)["rows"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
