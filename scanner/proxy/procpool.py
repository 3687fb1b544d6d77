"""Scan worker processes driven straight from the event loop.

Each worker is a spawned process holding its own ``ScanJob``, connected to the proxy by a
socket pair; the loop writes request frames and a listener task reads the replies, which
come in the order sent. A worker is sent up to ``proxy.scans_per_worker`` requests at a
time, so it starts the next message as soon as it has answered instead of idling until a
busy event loop hands it over. Requests fill the workers in order (``scan_spill_bytes``):
at moderate load one worker does the scanning and the others sleep, instead of every
worker waking to contend with the event loop for the cores.

No helper threads run in the proxy process: a ``ProcessPoolExecutor`` needs two, and
every message then crossed them under the GIL (its wake-up write alone cost milliseconds
on a busy loop). Only the verdict travels back, never the parsed message.

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
from scanner.proxy.eventloop import freeze_startup_objects
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


def lower_priority(nice: int) -> None:
    """Add ``nice`` to this process's niceness. Nothing for 0 (a sandbox that forbids
    ``setpriority``, as the shipped systemd unit's ``@resources`` filter does, must not
    stop a worker that was not asked to change anything); a refused change is logged and
    the worker runs at the proxy's priority."""
    if nice <= 0:
        return
    try:
        os.nice(nice)
    except OSError as exc:
        log.warning(
            "cannot lower the scan worker's priority; it runs at the proxy's",
            extra={"nice": nice, "error": type(exc).__name__},
        )


def _worker_main(sock: socket.socket, settings: Settings, parent: int) -> None:
    """Build the scanner, say ready, then answer requests until the proxy closes the socket."""
    _die_with(parent)
    lower_priority(settings.proxy.scan_worker_nice)
    # Ctrl-C reaches the whole process group; the proxy drains, then closes this socket
    # (EOF ends the loop below), so scans in flight finish.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with sock, sock.makefile("rb") as stream:
        try:
            job = ScanJob(settings)
        except Exception as exc:
            _send(sock, "failed", type(exc).__name__)
            return
        freeze_startup_objects()
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
    """One worker process and the loop's end of its socket. Requests are answered in the
    order sent, so several may be queued: the worker starts the next one as soon as it
    has answered, without waiting for the event loop to hand it over."""

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
        # Requests sent and not yet answered: their answer and message size, in order.
        self._answers: collections.deque[tuple[asyncio.Future[ScanOutcome], int]] = (
            collections.deque()
        )
        self._listener: asyncio.Task[None] | None = None
        self._dead = False
        self.sent = 0  # requests ever sent
        self.recycling = False  # a successor is starting: if this one dies, none other is
        self.retiring = False  # the successor took over: nothing new; exits when done

    async def ready(self, answered: Callable[[_Worker], None]) -> tuple[str, int]:
        """Wait until the worker has built its scanner; its ``describe()``. From then on
        ``answered(self)`` runs after each answer (or once when the worker dies)."""
        self._reader, self._writer = await asyncio.open_connection(sock=self._ours)
        kind, value = await self._reply()
        if kind != "ready":
            raise WorkerFailed(str(value))
        self._listener = asyncio.get_running_loop().create_task(self._listen(answered))
        tos, detectors = value
        return str(tos), int(detectors)

    @property
    def queued(self) -> int:
        """Requests sent and not yet answered (the first is the one scanning)."""
        return len(self._answers)

    @property
    def queued_bytes(self) -> int:
        """Message bytes of those requests."""
        return sum(size for _, size in self._answers)

    def send(self, request: ScanRequest) -> asyncio.Future[ScanOutcome]:
        """Queue ``request``; the future gets its outcome, or ``WorkerFailed``."""
        assert self._writer is not None
        envelope = encode_envelope(request.mail_from, request.rcpt_tos, request.client)
        head = _REQUEST.pack(len(envelope), len(request.raw)) + envelope
        if len(request.raw) <= _JOIN_LIMIT:  # one send; a large message is not copied
            self._writer.write(head + request.raw)
        else:
            self._writer.write(head)
            self._writer.write(request.raw)
        answer: asyncio.Future[ScanOutcome] = asyncio.get_running_loop().create_future()
        self._answers.append((answer, len(request.raw)))
        self.sent += 1
        return answer

    async def drain(self) -> None:
        """Wait while the socket's send buffer is full (a large message in flight)."""
        assert self._writer is not None
        with contextlib.suppress(ConnectionError):  # a dead worker fails its answers
            await self._writer.drain()

    def scanning(self, answer: asyncio.Future[ScanOutcome]) -> bool:
        """Whether ``answer``'s request is the one the worker is on (none before it)."""
        return bool(self._answers) and self._answers[0][0] is answer

    async def _listen(self, answered: Callable[[_Worker], None]) -> None:
        try:
            while True:
                kind, value = await self._reply()
                if not self._answers:  # an answer nobody asked for
                    raise WorkerFailed("BadReply")
                answer, _ = self._answers.popleft()
                if kind == "ok":
                    answer.set_result(value)
                else:
                    answer.set_exception(WorkerFailed(str(value)))
                answered(self)
        except WorkerFailed as exc:
            self.kill()
            while self._answers:
                self._answers.popleft()[0].set_exception(WorkerFailed(exc.kind))
            answered(self)

    async def _reply(self) -> tuple[str, Any]:
        assert self._reader is not None
        try:
            (length,) = _LENGTH.unpack(await self._reader.readexactly(_LENGTH.size))
            kind, value = decode_reply(await self._reader.readexactly(length))
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise WorkerFailed("WorkerDied") from exc
        except ValueError as exc:  # a worker that speaks nonsense is not trusted again
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


def _ignore(reason: str) -> None:
    """The default ``on_restart``: nothing to count."""


class ProcessWorkers:
    """``count`` worker processes, each sent up to ``queue_depth`` requests at a time; a
    scan beyond that waits its turn. The next request goes to the first worker (in start
    order) with room whose queued messages add up to under ``spill_bytes``, so a message
    may queue behind a short scan rather than wake an idle worker; failing that, to the
    worker with room and the fewest queued bytes (with ``spill_bytes`` 0, always that). A
    worker that dies or overruns a scan's deadline is killed and replaced; the messages it
    held get an error. A worker sent ``max_scans`` requests is recycled: a successor starts
    and takes over, then the old one finishes what it holds and exits, so the memory a
    long-running process gathers (spaCy's index of every word it forgot, heap
    fragmentation) is given back without a moment of fewer workers.
    ``on_restart(reason)`` runs for each worker replaced (``failed`` or ``recycled``)."""

    def __init__(
        self, settings: Settings, count: int, on_restart: Callable[[str], None] | None = None
    ) -> None:
        self.settings = settings
        self.count = count
        self.queue_depth = settings.proxy.scans_per_worker
        self.spill_bytes = settings.proxy.scan_spill_bytes
        self.max_scans = settings.proxy.scan_worker_max_scans
        self.on_restart = on_restart or _ignore
        self.restarts = 0
        self.recycled = 0
        self._workers: list[_Worker] = []
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False

    async def start(self) -> tuple[str, int]:
        """Start every worker and wait until all are ready; the loaded scanner described."""
        workers = [_Worker(self.settings) for _ in range(self.count)]
        try:
            described = await asyncio.gather(*(w.ready(self._answered) for w in workers))
        except BaseException:
            for worker in workers:
                worker.kill()
            raise
        self._workers.extend(workers)
        return described[0]

    async def scan(
        self, request: ScanRequest, timeout: float, release: Callable[[], None]
    ) -> ScanOutcome:
        """Scan on the least busy worker within ``timeout`` (TimeoutError otherwise);
        ``release`` runs once the worker has answered or the wait was given up.

        A caller that gives up (cancelled, or out of time while its request still waits
        behind another) leaves the scan to finish; only a scan overrunning on the worker
        gets the worker killed.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            if self._closing:
                raise RuntimeError("scan pool shut down")
            async with asyncio.timeout_at(deadline):
                worker = await self._worker()
        except BaseException:
            release()
            raise
        answer = worker.send(request)
        answer.add_done_callback(lambda done: _answered(done, release))
        if worker.sent == self.max_scans:
            self._spawn(self._recycle(worker))
        if self._waiters and self._next_worker() is not None:
            self._wake()  # room left for the next in line
        try:
            async with asyncio.timeout_at(deadline):
                await worker.drain()
                return await asyncio.shield(answer)
        except TimeoutError:
            if worker.scanning(answer):
                worker.kill()  # a stuck scan must not hold a worker for ever
            raise

    def shutdown(self) -> None:
        """Refuse new scans; idle workers exit now, busy ones once their queue is done."""
        self._closing = True
        self._retire_idle()

    async def _worker(self) -> _Worker:
        """The worker ``_next_worker`` picks, waiting (in turn) for one with room."""
        if not self._waiters and (worker := self._next_worker()) is not None:
            return worker
        while True:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled():
                    self._waiters.remove(waiter)
                    self._wake()  # woken as we gave up: pass the turn on
                    if self._closing:
                        self._retire_idle()
                raise
            finally:  # a woken waiter stays listed until it has run, so no worker
                if waiter in self._waiters:  # is retired under it at shutdown
                    self._waiters.remove(waiter)
            if (worker := self._next_worker()) is not None:
                return worker

    def _next_worker(self) -> _Worker | None:
        """The live worker the next request goes to, if one has room (see the class)."""
        room = [
            w for w in self._workers if w.alive and not w.retiring and w.queued < self.queue_depth
        ]
        light = next((w for w in room if w.queued_bytes < self.spill_bytes), None)
        return light or min(room, key=lambda w: w.queued_bytes, default=None)

    def _answered(self, worker: _Worker) -> None:
        """A worker answered (or died): replace or retire it as needed, wake a waiter."""
        if not worker.alive and worker in self._workers:
            self._workers.remove(worker)
            self._replace(worker)
        elif worker.retiring and not worker.queued:
            self._retire(worker)
        self._wake()
        if self._closing:
            self._retire_idle()

    def _retire_idle(self) -> None:
        """Once closing and no scan waits for a turn: retire every worker with nothing
        queued (scans already waiting at shutdown are still served)."""
        if not self._waiters:
            for worker in [w for w in self._workers if not w.queued]:
                self._retire(worker)

    def _wake(self) -> None:
        """Give the first waiter not yet woken its turn."""
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
                return

    def _replace(self, dead: _Worker) -> None:
        self._retire(dead)
        if self._closing:
            return
        self.restarts += 1
        self.on_restart("failed")
        if dead.recycling:
            log.warning("scan worker died; its successor is already starting")
            return
        log.warning("scan worker died; starting a new one")
        self._spawn(self._respawn())

    async def _recycle(self, old: _Worker) -> None:
        """Start ``old``'s successor; once it is ready, ``old`` takes nothing new and exits
        when its queue is done."""
        old.recycling = True
        if not await self._respawn() or not old.alive:  # a death is counted as a failure
            return
        self.recycled += 1
        self.on_restart("recycled")
        log.info("scan worker recycled", extra={"scans": old.sent})
        old.retiring = True
        if not old.queued:
            self._retire(old)

    async def _respawn(self) -> bool:
        """Start a worker and add it to the pool (retrying until it starts); False if the
        pool shut down first."""
        while not self._closing:
            try:
                worker = _Worker(self.settings)
                await worker.ready(self._answered)
            except (OSError, WorkerFailed) as exc:
                log.error("scan worker failed to start", extra={"error": type(exc).__name__})
                await asyncio.sleep(_RESPAWN_DELAY_SECONDS)
                continue
            if self._closing:  # shut down while it started: it has nothing to do
                self._retire(worker)
                return False
            self._workers.append(worker)
            self._wake()
            return True
        return False

    def _retire(self, worker: _Worker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)
        worker.close()
        self._spawn(worker.reap())

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


def _answered(answer: asyncio.Future[ScanOutcome], release: Callable[[], None]) -> None:
    if not answer.cancelled():
        answer.exception()  # retrieved here too: the caller may have given up
    release()
