"""Pure measurements for the peer benchmark: latency percentiles and spam-detection quality.

Quality is threshold-free across tools: each tool's own scores are swept to the strictest
threshold whose false-positive rate on ham stays within the budget (1 %), and recall and
precision are read at that threshold. A message is flagged when ``score >= threshold``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (``pct`` in 0..100) of ``values``; NaN when empty."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass(frozen=True, slots=True)
class Quality:
    """Detection quality of one tool at one threshold."""

    threshold: float
    recall: float
    precision: float
    fpr: float
    spam: int
    ham: int


def at_threshold(scores: Sequence[float], spam: Sequence[bool], threshold: float) -> Quality:
    """Recall, precision and false-positive rate when ``score >= threshold`` flags."""
    if len(scores) != len(spam):
        raise ValueError("scores and labels differ in length")
    n_spam = sum(spam)
    n_ham = len(spam) - n_spam
    tp = sum(1 for s, y in zip(scores, spam, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, spam, strict=True) if not y and s >= threshold)
    return Quality(
        threshold=threshold,
        recall=tp / n_spam if n_spam else math.nan,
        precision=tp / (tp + fp) if tp + fp else math.nan,
        fpr=fp / n_ham if n_ham else math.nan,
        spam=n_spam,
        ham=n_ham,
    )


def at_fpr(scores: Sequence[float], spam: Sequence[bool], max_fpr: float = 0.01) -> Quality:
    """Quality at the lowest threshold whose false-positive rate is at most ``max_fpr``.

    Candidate thresholds are the observed scores (plus +inf, which flags nothing), so ties
    are never split: every message with the same score gets the same decision.
    """
    if not any(spam) or all(spam):
        raise ValueError("need both spam and ham to measure recall at an FPR")
    ham_scores = sorted((s for s, y in zip(scores, spam, strict=True) if not y), reverse=True)
    allowed = math.floor(max_fpr * len(ham_scores) + 1e-9)
    # The threshold must sit above the (allowed+1)-th highest ham score.
    if allowed >= len(ham_scores):
        threshold = min(scores)
    else:
        barrier = ham_scores[allowed]
        above = [s for s in scores if s > barrier]
        threshold = min(above) if above else math.inf
    return at_threshold(scores, spam, threshold)


@dataclass(frozen=True, slots=True)
class ToolRun:
    """What one tool did over the message set in one timed pass.

    ``cpu_s`` is the scanning side's CPU (our worker processes, or the daemon's whole
    process tree); ``client_cpu_s`` the CPU of the client processes (rspamc, spamc).
    """

    tool: str
    messages: int
    wall_s: float
    cpu_s: float
    client_cpu_s: float
    latencies_s: tuple[float, ...]
    scores: dict[str, float]
    notes: tuple[str, ...] = ()


def summarize(run: ToolRun, labels: dict[str, bool], max_fpr: float = 0.01) -> dict[str, object]:
    """One table row: throughput, CPU, latency and quality of ``run`` against ``labels``."""
    missing = labels.keys() - run.scores.keys()
    if missing:
        raise ValueError(f"{run.tool}: no score for {len(missing)} labelled messages")
    ids = sorted(labels)
    scores = [run.scores[i] for i in ids]
    spam = [labels[i] for i in ids]
    quality = at_fpr(scores, spam, max_fpr)
    return {
        "tool": run.tool,
        "messages": run.messages,
        "msgs_per_s": run.messages / run.wall_s,
        "cpu_ms_per_msg": 1000 * run.cpu_s / run.messages,
        "client_cpu_ms_per_msg": 1000 * run.client_cpu_s / run.messages,
        "p50_ms": 1000 * percentile(run.latencies_s, 50),
        "p99_ms": 1000 * percentile(run.latencies_s, 99),
        "recall_at_fpr1": quality.recall,
        "precision_at_fpr1": quality.precision,
        "fpr_at_threshold": quality.fpr,
        "threshold": quality.threshold,
    }
