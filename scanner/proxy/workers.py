"""Scanning off the event loop, bounded: worker processes (parallel) or threads.

``ScanPool`` counts messages scanning or waiting for a worker and refuses more than
``proxy.max_queued_scans`` (the handler answers 421). Process workers are driven from the
loop over sockets (``procpool``); thread workers share one in-process ``ScanJob``.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from scanner.config import Settings
from scanner.proxy.job import ScanJob, ScanOutcome, ScanRequest
from scanner.proxy.procpool import ProcessWorkers


class Overloaded(Exception):
    """Too many messages are scanning or waiting: answer 421."""


class _ThreadWorkers:
    """Threads sharing one ScanJob. A scan that overruns its timeout keeps its thread (and
    its place in the count) until it really finishes: threads cannot be killed."""

    def __init__(self, settings: Settings, count: int) -> None:
        self.job = ScanJob(settings)
        self.count = count
        self.restarts = 0
        self.recycled = 0  # threads are never recycled
        self._executor = ThreadPoolExecutor(count, thread_name_prefix="scan")

    async def start(self) -> tuple[str, int]:
        return self.job.describe()

    async def scan(
        self, request: ScanRequest, timeout: float, release: Callable[[], None]
    ) -> ScanOutcome:
        """Scan in a thread; ``release`` runs on the loop when the thread is done."""
        loop = asyncio.get_running_loop()
        future = self._executor.submit(self.job.run, request)
        future.add_done_callback(lambda _: loop.call_soon_threadsafe(release))
        return await asyncio.wait_for(asyncio.wrap_future(future), timeout)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False)


class ScanPool:
    """A bounded pool of scan workers, built (slow: loads rules and models) then started."""

    def __init__(self, settings: Settings, on_restart: Callable[[str], None] | None = None) -> None:
        """``on_restart(reason)``: a worker process was replaced (``ProcessWorkers``)."""
        proxy = settings.proxy
        self.workers = proxy.workers or os.cpu_count() or 1
        self.max_pending = proxy.max_queued_scans
        self.pending = 0
        self._backend: _ThreadWorkers | ProcessWorkers = (
            _ThreadWorkers(settings, self.workers)
            if proxy.executor == "thread"
            else ProcessWorkers(settings, self.workers, on_restart)
        )

    @property
    def restarts(self) -> int:
        """Worker processes replaced after dying or overrunning a scan."""
        return self._backend.restarts

    @property
    def recycled(self) -> int:
        """Worker processes replaced after ``proxy.scan_worker_max_scans`` scans."""
        return self._backend.recycled

    @property
    def local_job(self) -> ScanJob | None:
        """The ScanJob of thread workers (they share one); None for process workers."""
        backend = self._backend
        return backend.job if isinstance(backend, _ThreadWorkers) else None

    async def start(self) -> tuple[str, int]:
        """Start every worker (each builds its scanner); the loaded scanner described."""
        return await self._backend.start()

    async def scan(self, request: ScanRequest, timeout: float) -> ScanOutcome:
        """Scan one message.

        Raises:
            Overloaded: the queue is full.
            TimeoutError: no answer within ``timeout``.
            WorkerFailed: the worker died or the scan raised (``kind`` says which).
        """
        if self.pending >= self.max_pending:
            raise Overloaded()
        self.pending += 1
        return await self._backend.scan(request, timeout, self._release)

    def _release(self) -> None:
        self.pending -= 1

    def shutdown(self) -> None:
        """Refuse new scans; scans already running finish."""
        self._backend.shutdown()
