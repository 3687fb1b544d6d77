"""Scanning off the event loop: a process (or thread) pool with a bounded queue.

Each worker builds its own Scanner and PolicyEngine from the settings once; a message
goes in as bytes plus envelope, a verdict and decision come back. Verdicts are sent as
plain fields because their read-only score mapping cannot cross a process boundary.
"""

from __future__ import annotations

import asyncio
import ctypes
import functools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool as BrokenExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from scanner.assembly import build_scanner
from scanner.config import Settings
from scanner.model import Action, ClientInfo, Defect, Envelope, Finding, Reason, Verdict
from scanner.pipeline import Scanner
from scanner.policy import Context, Decision, PolicyEngine

T = TypeVar("T")
_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True, slots=True)
class ScanRequest:
    """What a worker needs: the raw message and who sent it to whom."""

    raw: bytes
    mail_from: str
    rcpt_tos: tuple[str, ...]
    client: ClientInfo


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """A worker's answer: the verdict's fields, the policy decision, seconds in all and per
    pipeline stage."""

    action: Action
    scores: Mapping[str, float]
    categories: tuple[str, ...]
    findings: tuple[Finding, ...]
    reasons: tuple[Reason, ...]
    defects: tuple[Defect, ...]
    decision: Decision
    seconds: float
    stage_seconds: Mapping[str, float]

    def verdict(self) -> Verdict:
        return Verdict(
            self.action,
            self.scores,
            self.categories,
            self.findings,
            self.reasons,
            self.defects,
        )


class ScanJob:
    """The per-worker scanner and policy; ``run`` is pure CPU."""

    def __init__(self, settings: Settings) -> None:
        self.scanner: Scanner = build_scanner(settings)
        self.engine = PolicyEngine.from_settings(settings.policy)
        self.customer_header = settings.proxy.customer_header
        self.dry_run = settings.proxy.dry_run

    def run(self, request: ScanRequest) -> ScanOutcome:
        started = time.perf_counter()
        envelope = Envelope(request.mail_from, request.rcpt_tos, request.client)
        result = self.scanner.scan(request.raw, envelope)
        header = result.message.header(self.customer_header) if self.customer_header else None
        context = Context(
            login=request.client.login,
            header_customer=header.strip() if header else None,
            sender=request.mail_from,
            recipients=request.rcpt_tos,
        )
        verdict, decision = self.engine.apply(result.verdict, context, self.dry_run)
        return ScanOutcome(
            verdict.action,
            dict(verdict.scores),
            verdict.categories,
            verdict.findings,
            verdict.reasons,
            verdict.defects,
            decision,
            time.perf_counter() - started,
            dict(result.stage_seconds),
        )

    def describe(self) -> tuple[str, int]:
        """The ToS scorer's class name (or ``none``) and the number of detectors."""
        tos = type(self.scanner.tos).__name__ if self.scanner.tos is not None else "none"
        return tos, len(self.scanner.detectors)


_JOB: ScanJob | None = None


def _init_worker(settings: Settings, parent: int) -> None:
    global _JOB
    _die_with(parent)
    _JOB = ScanJob(settings)


def _die_with(parent: int) -> None:
    """Never outlive the proxy, even when it is SIGKILLed: Linux sends this worker SIGTERM
    when its parent dies (PR_SET_PDEATHSIG); elsewhere this is a no-op."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _job() -> ScanJob:
    if _JOB is None:
        raise RuntimeError("scan worker not initialised")
    return _JOB


def _run(request: ScanRequest) -> ScanOutcome:
    return _job().run(request)


def _describe() -> tuple[str, int]:
    return _job().describe()


class Overloaded(Exception):
    """Too many messages are scanning or waiting: answer 421."""


class ScanPool:
    """A bounded pool of scan workers. A process pool whose worker died (OOM killer, crash)
    is replaced on the next message; the message that met the dead worker gets 4xx."""

    def __init__(self, settings: Settings) -> None:
        proxy = settings.proxy
        self.settings = settings
        self.workers = proxy.workers or os.cpu_count() or 1
        self.max_pending = proxy.max_queued_scans
        self.pending = 0
        self.restarts = 0
        self._job: ScanJob | None = None
        self._broken = False
        if proxy.executor == "thread":
            self._job = ScanJob(settings)
        self._executor = self._new_executor()

    def _new_executor(self) -> Executor:
        if self._job is not None:
            return ThreadPoolExecutor(self.workers, thread_name_prefix="scan")
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.settings, os.getpid()),
        )

    async def scan(self, request: ScanRequest, timeout: float) -> ScanOutcome:
        """Scan one message.

        Raises:
            Overloaded: the queue is full.
            TimeoutError: no answer within ``timeout`` (the worker's slot stays taken
                until it really finishes, so a stuck scan keeps counting as load).
            BrokenExecutor: a worker died; the pool is replaced before the next scan.
        """
        fn = functools.partial(self._job.run if self._job else _run, request)
        try:
            return await asyncio.wait_for(self._submit(fn), timeout)
        except BrokenExecutor:
            self._broken = True
            raise

    async def warm_up(self) -> tuple[str, int]:
        """Start every worker (building its scanner) and describe the loaded scanner."""
        fn = self._job.describe if self._job else _describe
        results = await asyncio.gather(*(self._submit(fn) for _ in range(self.workers)))
        return results[0]

    def _submit(self, fn: Callable[[], T]) -> asyncio.Future[T]:
        if self.pending >= self.max_pending:
            raise Overloaded()
        if self._broken:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            self._broken = False
            self.restarts += 1
        loop = asyncio.get_running_loop()
        future: Future[T] = self._executor.submit(fn)
        self.pending += 1

        def done(_: Future[Any]) -> None:
            loop.call_soon_threadsafe(self._release)

        future.add_done_callback(done)
        return asyncio.wrap_future(future)

    def _release(self) -> None:
        self.pending -= 1

    def shutdown(self, wait: bool = False) -> None:
        """Stop accepting work; queued and running scans still finish."""
        self._executor.shutdown(wait=wait)
