"""Scan worker processes driven straight from the event loop.

Each worker is a spawned process holding its own ``ScanJob``, connected to the proxy by a
socket pair; the loop writes a request frame and awaits the reply on that socket. No
helper threads run in the proxy process: a ``ProcessPoolExecutor`` needs two, and every
message then crossed them under the GIL (its wake-up write alone cost milliseconds on a
busy loop). Only the verdict travels back, never the parsed message.

Frames: an 8-byte length, then JSON (``frames.py``; never pickle, as a worker handles
hostile mail); a request's raw message follows its small envelope as plain bytes.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import socket
import struct
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from typing import Any, BinaryIO

from scanner.config import Settings
from scanner.proxy.frames import decode_envelope, decode_reply, encode_envelope, encode_reply
from scanner.proxy.job import ScanJob, ScanOutcome, ScanRequest

log = logging.getLogger(__name__)

_LENGTH = struct.Struct("!Q")
_REQUEST = struct.Struct("!QQ")  # envelope length, raw message length
_PR_SET_PDEATHSIG = 1
_RESPAWN_DELAY_SECONDS = 1.0
_JOIN_LIMIT = 256 * 1024  # requests up to this size go out in one write


class WorkerFailed(Exception):
    """A scan worker died, or its scan raised (``kind`` names the exception class)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


# -- the worker process ---------------------------------------------------------------


def _worker_main(sock: socket.socket, settings: Settings, parent: int) -> None:
    """Build the scanner, say ready, then answer requests until the proxy closes the socket."""
    _die_with(parent)
    # Ctrl-C reaches the whole process group; the proxy drains, then closes this socket
    # (EOF ends the loop below), so scans in flight finish.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with sock, sock.makefile("rb") as stream:
        try:
            job = ScanJob(settings)
        except Exception as exc:
            _send(sock, "failed", type(exc).__name__)
            return
        _send(sock, "ready", job.describe())
        while (request := _read_request(stream)) is not None:
            try:
                outcome = job.run(request)
            except Exception as exc:
                _send(sock, "error", type(exc).__name__)
            else:
                _send(sock, "ok", outcome)


def _die_with(parent: int) -> None:
    """Never outlive the proxy, even when it is SIGKILLed: Linux kills this worker when
    its parent dies (PR_SET_PDEATHSIG); elsewhere this is a no-op."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _read_request(stream: BinaryIO) -> ScanRequest | None:
    head = stream.read(_REQUEST.size)
    if len(head) < _REQUEST.size:
        return None
    envelope_len, raw_len = _REQUEST.unpack(head)
    mail_from, rcpt_tos, client = decode_envelope(stream.read(envelope_len))
    raw = stream.read(raw_len)
    if len(raw) < raw_len:
        return None
    return ScanRequest(raw, mail_from, rcpt_tos, client)


def _send(sock: socket.socket, kind: str, value: ScanOutcome | tuple[str, int] | str) -> None:
    data = encode_reply(kind, value)
    sock.sendall(_LENGTH.pack(len(data)) + data)


# -- the proxy side -------------------------------------------------------------------


class _Worker:
    """One worker process and the loop's end of its socket; one request at a time."""

    def __init__(self, settings: Settings) -> None:
        ours, theirs = socket.socketpair()
        context = multiprocessing.get_context("spawn")
        self.process: BaseProcess = context.Process(
            target=_worker_main, args=(theirs, settings, os.getpid()), daemon=True
        )
        self._ours = ours
        try:
            self.process.start()
        finally:
            theirs.close()
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._dead = False

    async def ready(self) -> tuple[str, int]:
        """Wait until the worker has built its scanner; its ``describe()``."""
        self._reader, self._writer = await asyncio.open_connection(sock=self._ours)
        kind, value = await self._reply()
        if kind != "ready":
            raise WorkerFailed(str(value))
        tos, detectors = value
        return str(tos), int(detectors)

    async def scan(self, request: ScanRequest) -> ScanOutcome:
        assert self._writer is not None
        envelope = encode_envelope(request.mail_from, request.rcpt_tos, request.client)
        head = _REQUEST.pack(len(envelope), len(request.raw)) + envelope
        if len(request.raw) <= _JOIN_LIMIT:  # one send; a large message is not copied
            self._writer.write(head + request.raw)
        else:
            self._writer.write(head)
            self._writer.write(request.raw)
        await self._writer.drain()
        kind, value = await self._reply()
        if kind != "ok":
            raise WorkerFailed(str(value))
        outcome: ScanOutcome = value
        return outcome

    async def _reply(self) -> tuple[str, Any]:
        assert self._reader is not None
        try:
            (length,) = _LENGTH.unpack(await self._reader.readexactly(_LENGTH.size))
            kind, value = decode_reply(await self._reader.readexactly(length))
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self.kill()
            raise WorkerFailed("WorkerDied") from exc
        except ValueError as exc:  # a worker that speaks nonsense is not trusted again
            self.kill()
            raise WorkerFailed("BadReply") from exc
        return str(kind), value

    @property
    def alive(self) -> bool:
        return not self._dead and self.process.is_alive()

    def close(self) -> None:
        """Close our end: the worker reads EOF and exits."""
        if self._writer is not None:
            self._writer.close()
        else:
            self._ours.close()

    def kill(self) -> None:
        self._dead = True
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.close()

    async def reap(self, grace_seconds: float = 5.0) -> None:
        """Wait for the process to exit (killing it after ``grace_seconds``); no zombie."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace_seconds
        while self.process.is_alive():
            if loop.time() > deadline:
                self.kill()
            await asyncio.sleep(0.05)


class ProcessWorkers:
    """``count`` worker processes; a scan waits for an idle one. A worker that dies or
    overruns its scan's deadline is killed and replaced; that message gets an error."""

    def __init__(self, settings: Settings, count: int) -> None:
        self.settings = settings
        self.count = count
        self.restarts = 0
        self._idle: list[_Worker] = []
        self._waiters: collections.deque[asyncio.Future[_Worker]] = collections.deque()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    async def start(self) -> tuple[str, int]:
        """Start every worker and wait until all are ready; the loaded scanner described."""
        workers = [_Worker(self.settings) for _ in range(self.count)]
        try:
            described = await asyncio.gather(*(w.ready() for w in workers))
        except BaseException:
            for worker in workers:
                worker.kill()
            raise
        self._idle.extend(workers)
        return described[0]

    async def scan(
        self, request: ScanRequest, timeout: float, release: Callable[[], None]
    ) -> ScanOutcome:
        """Scan on the next idle worker within ``timeout`` (TimeoutError otherwise);
        ``release`` runs once the worker is free again or the wait was given up.

        A caller cancelled mid-scan leaves the scan to finish and the worker to return.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            if self._closing:
                raise RuntimeError("scan pool shut down")
            worker = self._take_idle()
            if worker is None:
                async with asyncio.timeout_at(deadline):
                    worker = await self._wait_for_worker()
        except BaseException:
            release()
            raise
        task = loop.create_task(worker.scan(request))
        task.add_done_callback(lambda done: self._finished(worker, done, release))
        try:
            async with asyncio.timeout_at(deadline):
                return await asyncio.shield(task)
        except TimeoutError:
            worker.kill()  # a stuck scan must not hold a worker for ever
            raise

    def shutdown(self) -> None:
        """Refuse new scans; idle workers exit now, busy ones once their scan is done."""
        self._closing = True
        if not self._waiters:
            idle, self._idle = self._idle, []
            for worker in idle:
                self._retire(worker)

    def _take_idle(self) -> _Worker | None:
        """An idle live worker, if any (dead ones found on the way are replaced)."""
        while self._idle:
            worker = self._idle.pop()
            if worker.alive:
                return worker
            self._replace(worker)
        return None

    async def _wait_for_worker(self) -> _Worker:
        waiter: asyncio.Future[_Worker] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            worker = await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._give(waiter.result())  # handed over as we gave up: pass it on
            else:
                self._waiters.remove(waiter)
            raise
        return worker

    def _finished(
        self, worker: _Worker, task: asyncio.Task[ScanOutcome], release: Callable[[], None]
    ) -> None:
        if not task.cancelled():
            task.exception()  # retrieved here too: the caller may have given up
        release()
        if worker.alive:
            self._give(worker)
        else:
            self._replace(worker)

    def _give(self, worker: _Worker) -> None:
        """Hand ``worker`` to the first waiting scan, else keep it idle (or retire it)."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        if self._closing:
            self._retire(worker)
        else:
            self._idle.append(worker)

    def _replace(self, dead: _Worker) -> None:
        self._retire(dead)
        if not self._closing:
            self.restarts += 1
            log.warning("scan worker died; starting a new one")
            self._spawn(self._respawn())

    async def _respawn(self) -> None:
        while not self._closing:
            try:
                worker = _Worker(self.settings)
                await worker.ready()
            except (OSError, WorkerFailed) as exc:
                log.error("scan worker failed to start", extra={"error": type(exc).__name__})
                await asyncio.sleep(_RESPAWN_DELAY_SECONDS)
                continue
            self._give(worker)
            return

    def _retire(self, worker: _Worker) -> None:
        worker.close()
        self._spawn(worker.reap())

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
