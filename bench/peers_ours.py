"""Our full scan (parse + sensitive data + classifier + rules) in worker processes.

Each worker builds the scanner exactly as the proxy does (``build_scanner(load_settings())``),
scans the warm-up messages (``peers_data.load_warmup``), reports ready and waits for a
common start signal.
Messages are split round-robin between workers and handed over by ``fork`` (no pickling on
the timed path). The spam score is the verdict's ``scores["tos"]``.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import time
from collections.abc import Sequence
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from typing import TypeVar

from bench.peers_data import Labelled
from bench.peers_metrics import ToolRun

TIMEOUT_S = 900.0
STARTUP_TIMEOUT_S = 300.0

T = TypeVar("T")
_Result = tuple[list[float], dict[str, float], float]


def _worker(
    index: int,
    workers: int,
    messages: Sequence[Labelled],
    warmup: Sequence[Labelled],
    ready: mp.Queue[int],
    start: Event,
    results: mp.Queue[_Result],
) -> None:
    from scanner.assembly import build_scanner
    from scanner.config import load_settings

    scanner = build_scanner(load_settings())
    for message in warmup:  # compiles the detectors' lazily built regex batches
        scanner.scan(message.raw)
    ready.put(index)
    if not start.wait(timeout=STARTUP_TIMEOUT_S):
        return
    cpu_start = time.process_time()
    latencies: list[float] = []
    scores: dict[str, float] = {}
    for message in messages[index::workers]:
        started = time.perf_counter()
        verdict = scanner.scan(message.raw).verdict
        latencies.append(time.perf_counter() - started)
        scores[message.id] = float(verdict.scores["tos"])
    results.put((latencies, scores, time.process_time() - cpu_start))


def run_ours(messages: Sequence[Labelled], warmup: Sequence[Labelled], workers: int = 2) -> ToolRun:
    """Scan every message once with ``workers`` processes, each warmed up on ``warmup``;
    time from the common start."""
    ctx = mp.get_context("fork")
    ready: mp.Queue[int] = ctx.Queue()
    start = ctx.Event()
    results: mp.Queue[_Result] = ctx.Queue()
    procs = [
        ctx.Process(
            target=_worker, args=(i, workers, messages, warmup, ready, start, results), daemon=True
        )
        for i in range(workers)
    ]
    for proc in procs:
        proc.start()
    try:
        _get_all(ready, procs, STARTUP_TIMEOUT_S)
        start.set()
        started = time.perf_counter()
        collected = _get_all(results, procs, TIMEOUT_S)
        wall = time.perf_counter() - started
    finally:
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
    latencies = [lat for worker_lat, _, _ in collected for lat in worker_lat]
    scores = {
        key: value for _, worker_scores, _ in collected for key, value in worker_scores.items()
    }
    return ToolRun(
        tool=f"mailguard full scan ({workers} processes)",
        messages=len(messages),
        wall_s=wall,
        cpu_s=sum(cpu for _, _, cpu in collected),
        client_cpu_s=0.0,
        latencies_s=tuple(latencies),
        scores=scores,
    )


def _get_all(source: mp.Queue[T], procs: Sequence[BaseProcess], timeout: float) -> list[T]:
    """One item per worker; fail fast when a worker died, give up after ``timeout``."""
    items: list[T] = []
    deadline = time.monotonic() + timeout
    while len(items) < len(procs):
        try:
            items.append(source.get(timeout=0.5))
        except queue.Empty:
            if time.monotonic() > deadline:
                raise RuntimeError(f"scan workers silent for {timeout:.0f} s") from None
            # A worker that died without reporting is only noticed once the queue is empty.
            if sum(proc.exitcode not in (None, 0) for proc in procs):
                raise RuntimeError("a scan worker failed; see its traceback above") from None
    return items
