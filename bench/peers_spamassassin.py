"""SpamAssassin (Debian package) as spamd with two children, local tests only, via spamc.

spamd is started by the ToS evaluation's driver (``scanner.tos.spamassassin``: loopback,
``-L`` local tests, no user config, Bayes and auto-learning off, private home), so the
benchmark and ``scanner eval --spamassassin`` score with the same setup. Two client threads
each run one ``spamc -c`` per message, so two messages are in flight: the same parallelism as
the other tools. Latency is the wall time of one spamc call; the score is SpamAssassin's.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from bench.peers_data import Labelled
from bench.peers_metrics import ToolRun
from bench.peers_procs import listener_pid, tree_cpu_seconds
from scanner.tos import spamassassin

WARMUP = 6


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed_check(port: int, raw: bytes) -> tuple[float, float]:
    started = time.perf_counter()
    score, _ = spamassassin._spamc(port, raw)
    return score, time.perf_counter() - started


def run_spamassassin(messages: Sequence[Labelled]) -> ToolRun:
    """Start spamd, warm it up, time one pass over ``messages``, stop it."""
    if not spamassassin.available():
        raise RuntimeError("spamd/spamc not installed: run scripts/install-bench-deps.sh")
    version = spamassassin._version()
    children = spamassassin.CHILDREN
    with spamassassin._spamd() as port:
        pid = listener_pid(port)
        for message in messages[:WARMUP]:
            _timed_check(port, message.raw)
        cpu_before, client_before = tree_cpu_seconds(pid), _children_cpu()
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=children) as pool:
            answers = list(pool.map(lambda m: _timed_check(port, m.raw), messages))
        wall = time.perf_counter() - started
        cpu = tree_cpu_seconds(pid) - cpu_before
        client = _children_cpu() - client_before
    return ToolRun(
        tool=f"SpamAssassin {version} via spamd/spamc ({children} children, local tests)",
        messages=len(messages),
        wall_s=wall,
        cpu_s=cpu,
        client_cpu_s=client,
        latencies_s=tuple(seconds for _, seconds in answers),
        scores={m.id: score for m, (score, _) in zip(messages, answers, strict=True)},
    )
