"""Render the peer benchmark's results as ``docs/performance.md`` (Markdown, no templating)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

COLUMNS = (
    ("tool", "tool"),
    ("messages", "messages"),
    ("msgs_per_s", "messages/s"),
    ("cpu_ms_per_msg", "CPU ms/msg (scanner)"),
    ("client_cpu_ms_per_msg", "CPU ms/msg (client)"),
    ("p50_ms", "p50 ms"),
    ("p99_ms", "p99 ms"),
    ("recall_at_fpr1", "recall @ FPR 1%"),
    ("precision_at_fpr1", "precision there"),
    ("threshold", "score threshold"),
)


def cell(value: Any) -> str:
    """A table cell: floats with sensible precision, NaN and infinity spelled out."""
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        if math.isinf(value):
            return "none"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:.3f}" if abs(value) < 1 else f"{value:.1f}"
    return str(value)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    """A Markdown table of ``rows`` with the given (key, heading) columns."""
    lines = ["| " + " | ".join(h for _, h in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(k, "")) for k, _ in columns) + " |" for row in rows]
    return "\n".join(lines)


def verdicts(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The issue's two targets, checked against the rows (ours first, then the peers)."""
    by_tool = {row["tool"].split()[0]: row for row in rows}
    ours, sa = by_tool.get("mailguard"), by_tool.get("SpamAssassin")
    # rspamd's best pass: the target is against rspamd at its fastest on these cores.
    rspamd = max(
        (row for row in rows if row["tool"].startswith("rspamd")),
        key=lambda row: float(row["msgs_per_s"]),
        default=None,
    )
    out = []
    if ours and rspamd:
        ratio = ours["msgs_per_s"] / rspamd["msgs_per_s"]
        out.append(
            f"- Throughput: ours / rspamd's fastest pass ({rspamd['tool']}) = "
            f"**{ratio:.2f}x** on the same cores "
            f"(target at least 2x): **{'met' if ratio >= 2 else 'not met'}**."
        )
    if ours and sa:
        met = ours["recall_at_fpr1"] >= sa["recall_at_fpr1"]
        out.append(
            f"- Recall at FPR 1%: ours {ours['recall_at_fpr1']:.3f} vs SpamAssassin "
            f"{sa['recall_at_fpr1']:.3f} (target at least SpamAssassin's): "
            f"**{'met' if met else 'not met'}**."
        )
    return out


MARKER = "<!-- hand-written below: kept by bench.peers when it rewrites this file -->"


def keep_hand_written(previous: str) -> str:
    """The hand-written tail of a previous document (from ``MARKER``), or ""."""
    index = previous.find(MARKER)
    return previous[index:] if index >= 0 else ""


def render(results: dict[str, Any], hand_written: str = "") -> str:
    """The whole performance document from one run's results, plus a kept hand-written tail."""
    machine = results["machine"]
    load_start, load_end = results["load"]
    cores = float(machine["cores"])
    busy = max(load_start, load_end) > 0.5 * cores
    parts = [
        "# Performance against the peers",
        "",
        "Written by `make bench-peers` (`python -m bench.peers`) from the run's own output; "
        "do not edit by hand. Raw numbers: `bench/results/peers.json`.",
        "",
        f"Run {results['date']} on: {machine['summary']}.",
        f"Load average (1 min) at start / end: {load_start:.2f} / {load_end:.2f}.",
    ]
    if busy:
        parts.append(
            "**These numbers come from a loaded machine** (other work was running): "
            "throughput and latency are noisy and lower than on an idle box; the quality "
            "columns are not affected."
        )
    if results.get("limit"):
        parts.append(
            f"**Subset run** (`--limit {results['limit']}`): a stratified sample, "
            "not the full evaluation set."
        )
    parts += [
        "",
        "## Throughput, CPU, latency and detection quality",
        "",
        results["setup"],
        "",
        table(results["rows"], COLUMNS),
        "",
        *verdicts(results["rows"]),
        "",
        results["columns_note"],
    ]
    if results.get("sizes"):
        parts += ["", "## Cost growth: message size", "", results["sizes_note"], ""]
        parts.append(
            table(
                results["sizes"],
                (
                    ("bytes", "message bytes"),
                    ("ms_per_scan", "ms per scan"),
                    ("mb_per_s", "MB/s"),
                    ("peak_alloc_mib", "peak Python alloc MiB"),
                    ("peak_alloc_x_size", "peak alloc / size"),
                    ("rss_growth_mib", "peak RSS growth MiB"),
                ),
            )
        )
    if results.get("rules"):
        parts += ["", "## Cost growth: rule count", "", results["rules_note"], ""]
        parts.append(
            table(
                results["rules"],
                (
                    ("rule_times", "rules x"),
                    ("pattern_rules", "pattern rules loaded"),
                    ("messages", "messages"),
                    ("ms_per_msg", "ms per message"),
                ),
            )
        )
    if results.get("profile"):
        profile = results["profile"]
        parts += [
            "",
            "## Profile of the hot path (pyinstrument)",
            "",
            f"One process scanning {profile['messages']} of the benchmark messages "
            f"({profile['seconds']:.1f} s sampled). Stages: inclusive time of our functions "
            "(outermost call only). Self time: where the CPU actually went.",
            "",
            table(
                [{"what": n, "s": t, "share": f"{100 * s:.0f}%"} for n, t, s in profile["stages"]],
                (("what", "stage (inclusive)"), ("s", "seconds"), ("share", "share")),
            ),
            "",
            table(
                [{"what": n, "s": t, "share": f"{100 * s:.0f}%"} for n, t, s in profile["self"]],
                (("what", "function (self time)"), ("s", "seconds"), ("share", "share")),
            ),
        ]
    if results.get("notes"):
        parts += ["", "## Notes", "", *results["notes"]]
    text = "\n".join(parts) + "\n"
    return text + "\n" + hand_written.rstrip("\n") + "\n" if hand_written else text
