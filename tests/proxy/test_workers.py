"""The process scan pool on its own: real spawned workers, driven from the event loop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from scanner.config import Detection, Proxy, Settings, Tos
from scanner.model import Action, ClientInfo
from scanner.proxy import procpool
from scanner.proxy.job import ScanRequest
from scanner.proxy.workers import Overloaded, ScanPool
from tests.proxy.conftest import Sink, StartProxy, make_settings
from tests.proxy.helpers import message, scan_worker_pids, send

pytestmark = pytest.mark.slow  # each pool spawns processes that load the rule packs


def _request(raw: bytes | None = None) -> ScanRequest:
    return ScanRequest(raw or message(), "news@riverside.example", ("a@example.net",), ClientInfo())


def _big() -> bytes:
    """About 2 MB of text: a scan of it takes far longer than 10 ms."""
    line = "Saturday rota: bring gloves, boxes and a friend to the depot.\r\n"
    return message(body=line * 32_000)


async def _until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Wait (bounded) for work still finishing in the background."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.02)


@contextlib.contextmanager
def _stopped_worker() -> Iterator[int]:
    """The one scan worker frozen (SIGSTOP) until the block ends: whatever it was sent stays
    in flight, however fast this machine scans. Yields its pid."""
    [pid] = scan_worker_pids()
    os.kill(pid, signal.SIGSTOP)
    try:
        yield pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGCONT)


def _pool_settings(tmp_path: Path, **proxy: Any) -> Settings:
    """A process pool with these ``[proxy]`` settings whose workers start in a fraction of
    a second: no ToS model and no special-category lexicons (the pool is under test)."""
    return Settings(
        data_dir=tmp_path / "var",
        proxy=Proxy(executor="process", **proxy),
        detection=Detection(special_categories=False),
        tos=Tos(enabled=False),
    )


@contextlib.asynccontextmanager
async def _started_pool(tmp_path: Path, **proxy: Any) -> AsyncIterator[ScanPool]:
    """A started process pool with these ``[proxy]`` settings, shut down after."""
    scan_pool = ScanPool(_pool_settings(tmp_path, **proxy))
    await scan_pool.start()
    try:
        yield scan_pool
    finally:
        scan_pool.shutdown()


@pytest.fixture
async def pool(tmp_path: Path) -> AsyncIterator[ScanPool]:
    async with _started_pool(tmp_path, workers=1, max_queued_scans=2) as scan_pool:
        yield scan_pool


async def test_verdicts_come_back_and_the_count_returns_to_zero(pool: ScanPool) -> None:
    outcomes = await asyncio.gather(*(pool.scan(_request(), 60) for _ in range(2)))
    assert [o.decision.action for o in outcomes] == [Action.PASS, Action.PASS]
    assert pool.pending == 0
    with pytest.raises(Overloaded):  # two scanning or waiting is the limit here
        await asyncio.gather(*(pool.scan(_request(), 60) for _ in range(3)))
    await _until(lambda: pool.pending == 0)  # the two admitted scans still finish


@pytest.mark.one_loop
async def test_scan_workers_run_below_the_event_loops_priority(tmp_path: Path) -> None:
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    for nice in (0, 5):  # the default, then a setting
        async with _started_pool(tmp_path, workers=1, scan_worker_nice=nice) as scan_pool:
            await scan_pool.scan(_request(), 60)
            workers = scan_worker_pids()
            assert len(workers) == 1
            assert os.getpriority(os.PRIO_PROCESS, workers[0]) == min(ours + nice, 19)
        await _until(lambda: not scan_worker_pids())


def test_a_sandbox_that_forbids_setpriority_does_not_stop_a_worker(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    def forbidden(increment: int) -> int:  # as under SystemCallFilter=~@resources
        calls.append(increment)
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(procpool.os, "nice", forbidden)
    procpool.lower_priority(0)
    assert calls == []  # the default asks for nothing: no system call at all
    procpool.lower_priority(5)
    assert calls == [5]
    assert "cannot lower the scan worker's priority" in caplog.text


def test_scan_worker_niceness_is_bounded() -> None:
    assert Proxy(scan_worker_nice=0).scan_worker_nice == 0
    for bad in (-1, 20):
        with pytest.raises(ValueError, match="scan_worker_nice"):
            Proxy(scan_worker_nice=bad)


async def test_an_overrunning_scan_is_killed_and_its_worker_replaced(pool: ScanPool) -> None:
    with _stopped_worker() as worker, pytest.raises(TimeoutError):
        await pool.scan(_request(), 0.01)
    await _until(lambda: pool.restarts == 1)
    assert worker not in scan_worker_pids()
    outcome = await pool.scan(_request(), 60)  # served by the replacement
    assert outcome.decision.action == Action.PASS
    assert pool.pending == 0


async def test_a_caller_that_gives_up_leaves_the_worker_usable(pool: ScanPool) -> None:
    task = asyncio.ensure_future(pool.scan(_request(_big()), 60))
    await asyncio.sleep(0.05)
    task.cancel()
    outcome = await pool.scan(_request(), 60)  # waits for the cancelled scan, same worker
    assert outcome.decision.action == Action.PASS
    assert pool.restarts == 0
    assert pool.pending == 0


async def test_a_scan_queued_behind_another_times_out_without_killing_the_worker(
    pool: ScanPool,
) -> None:
    """Two messages go to the one worker at once (``scans_per_worker`` = 2); the second,
    out of time while the first is still scanning, is given up, not the worker."""
    with _stopped_worker() as worker:
        first = asyncio.ensure_future(pool.scan(_request(), 60))
        await asyncio.sleep(0.05)
        with pytest.raises(TimeoutError):
            await pool.scan(_request(), 0.01)
    assert worker in scan_worker_pids()
    assert (await first).decision.action == Action.PASS
    assert pool.restarts == 0
    await _until(lambda: pool.pending == 0)  # the given-up scan still ran, then released


async def test_a_dead_worker_fails_every_message_queued_on_it(pool: ScanPool) -> None:
    with _stopped_worker() as worker:
        queued = [asyncio.ensure_future(pool.scan(_request(), 60)) for _ in range(2)]
        await asyncio.sleep(0.05)
        os.kill(worker, signal.SIGKILL)
    failures = await asyncio.gather(*queued, return_exceptions=True)
    assert [getattr(f, "kind", f) for f in failures] == ["WorkerDied", "WorkerDied"]
    await _until(lambda: pool.restarts == 1)
    outcome = await pool.scan(_request(), 60)  # served by the replacement
    assert outcome.decision.action == Action.PASS
    assert pool.pending == 0


@pytest.mark.one_loop
async def test_a_worker_still_starting_at_shutdown_exits_once_started(pool: ScanPool) -> None:
    [dead] = scan_worker_pids()
    os.kill(dead, signal.SIGKILL)
    await _until(lambda: any(pid != dead for pid in scan_worker_pids()))  # one is starting
    pool.shutdown()
    await _until(lambda: not scan_worker_pids())  # the replacement too, once it started


@pytest.mark.parametrize(
    ("spill_bytes", "finished"),
    [
        (4 * 1024 * 1024, ["big", "small"]),  # the big one is under the spill: queue on it
        (64 * 1024, ["small", "big"]),  # over it: the idle worker takes the small one
        (0, ["small", "big"]),  # 0: always the least busy worker
    ],
)
@pytest.mark.one_loop
async def test_a_scan_joins_a_busy_worker_below_the_spill_size_else_an_idle_one(
    tmp_path: Path, spill_bytes: int, finished: list[str]
) -> None:
    """Two workers, one scanning about 2 MB: a small message queues behind it (answers
    come in order, so it finishes second) only while that is under ``scan_spill_bytes``."""
    order: list[str] = []
    async with _started_pool(tmp_path, workers=2, scan_spill_bytes=spill_bytes) as pool:
        big = asyncio.ensure_future(pool.scan(_request(_big()), 60))
        big.add_done_callback(lambda _: order.append("big"))
        await asyncio.sleep(0.01)
        small = asyncio.ensure_future(pool.scan(_request(), 60))
        small.add_done_callback(lambda _: order.append("small"))
        await asyncio.gather(big, small)
    assert order == finished


@contextlib.asynccontextmanager
async def _recycling_pool(
    tmp_path: Path, max_scans: int, restarts: list[str], **proxy: Any
) -> AsyncIterator[ScanPool]:
    """One worker, recycled after ``max_scans`` scans; each restart's reason recorded."""
    settings = _pool_settings(tmp_path, workers=1, scan_worker_max_scans=max_scans, **proxy)
    scan_pool = ScanPool(settings, restarts.append)
    await scan_pool.start()
    try:
        yield scan_pool
    finally:
        scan_pool.shutdown()


@pytest.mark.one_loop
async def test_a_worker_is_recycled_after_its_scans_and_no_message_fails(
    tmp_path: Path,
) -> None:
    restarts: list[str] = []
    async with _recycling_pool(tmp_path, 3, restarts) as pool:
        [first] = scan_worker_pids()
        for _ in range(4):  # the 3rd starts a successor while the 4th is served
            assert (await pool.scan(_request(), 60)).decision.action == Action.PASS
        await _until(lambda: pool.recycled == 1 and first not in scan_worker_pids())
        [second] = scan_worker_pids()
        outcomes = await asyncio.gather(*(pool.scan(_request(), 60) for _ in range(2)))
        assert [o.decision.action for o in outcomes] == [Action.PASS, Action.PASS]
        assert scan_worker_pids() == [second]  # 5 and 6 of 3 sent to it: not yet recycled
    assert (restarts, pool.restarts) == (["recycled"], 0)


@pytest.mark.one_loop
async def test_a_recycled_worker_finishes_what_it_holds_while_its_successor_serves(
    tmp_path: Path,
) -> None:
    async with _recycling_pool(tmp_path, 2, [], scans_per_worker=3) as pool:
        with _stopped_worker() as old:  # it would have room for one more
            held = [asyncio.ensure_future(pool.scan(_request(), 60)) for _ in range(2)]
            await _until(lambda: pool.recycled == 1)  # the successor is up, the old one frozen
            served = await pool.scan(_request(), 60)
            assert served.decision.action == Action.PASS and not any(h.done() for h in held)
        assert [(await h).decision.action for h in held] == [Action.PASS, Action.PASS]
        await _until(lambda: old not in scan_worker_pids())
        assert len(scan_worker_pids()) == 1 and pool.restarts == 0


@pytest.mark.one_loop
async def test_a_worker_dying_while_its_successor_starts_is_replaced_once(
    tmp_path: Path,
) -> None:
    restarts: list[str] = []
    async with _recycling_pool(tmp_path, 2, restarts) as pool:
        with _stopped_worker() as old:
            held = [asyncio.ensure_future(pool.scan(_request(), 60)) for _ in range(2)]
            await asyncio.sleep(0.05)  # the 2nd was sent: the successor is starting
            os.kill(old, signal.SIGKILL)
        failures = await asyncio.gather(*held, return_exceptions=True)
        assert [getattr(f, "kind", f) for f in failures] == ["WorkerDied", "WorkerDied"]
        assert (await pool.scan(_request(), 60)).decision.action == Action.PASS
        await _until(lambda: old not in scan_worker_pids())
        assert len(scan_worker_pids()) == 1
    assert (restarts, pool.restarts, pool.recycled) == (["failed"], 1, 0)


def test_the_spill_size_is_not_negative() -> None:
    with pytest.raises(ValueError, match="scan_spill_bytes"):
        Proxy(scan_spill_bytes=-1)


@pytest.mark.one_loop
async def test_a_scan_waiting_for_its_turn_at_shutdown_is_still_served(tmp_path: Path) -> None:
    """A reload shuts the old pool down under load: what already waits there is scanned,
    then the worker exits."""
    pool = ScanPool(_pool_settings(tmp_path, workers=1, scans_per_worker=1, max_queued_scans=3))
    await pool.start()
    first = asyncio.ensure_future(pool.scan(_request(_big()), 60))
    await asyncio.sleep(0.05)
    waiting = asyncio.ensure_future(pool.scan(_request(), 60))
    await asyncio.sleep(0.05)
    pool.shutdown()
    outcomes = await asyncio.gather(first, waiting)
    assert [o.decision.action for o in outcomes] == [Action.PASS, Action.PASS]
    await _until(lambda: not scan_worker_pids())


@pytest.mark.one_loop
async def test_the_proxy_exports_pending_scans_and_worker_restarts(
    start_proxy: StartProxy, tmp_path: Path, policy_file: Path
) -> None:
    sections = {"detection": Detection(special_categories=False)}  # workers start faster
    settings = make_settings(
        tmp_path, policy_file, sections, executor="process", workers=1, scan_worker_max_scans=2
    )
    proxy = await start_proxy(settings)

    def sample(name: str, labels: dict[str, str] | None = None) -> float | None:
        return proxy.registry.get_sample_value(name, labels or {})

    assert sample("mailguard_scans_pending") == 0
    with _stopped_worker():
        sending = asyncio.ensure_future(asyncio.to_thread(send, proxy.port, message()))
        await _until(lambda: sample("mailguard_scans_pending") == 1)
    assert (await sending)[0] == 250
    assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 250
    recycled = {"reason": "recycled"}
    await _until(lambda: sample("mailguard_scan_worker_restarts_total", recycled) == 1)
    assert sample("mailguard_scan_worker_restarts_total", {"reason": "failed"}) == 0
    assert sample("mailguard_scans_pending") == 0


@pytest.mark.one_loop
async def test_reload_swaps_worker_processes_and_the_old_ones_exit(
    start_proxy: StartProxy, sink: Sink
) -> None:
    proxy = await start_proxy(executor="process", workers=1)
    assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 250
    [old] = scan_worker_pids()
    assert await proxy.reload()
    assert (await asyncio.to_thread(send, proxy.port, message()))[0] == 250
    await _until(lambda: old not in scan_worker_pids())
    assert len(scan_worker_pids()) == 1
    assert len(sink.handler.deliveries) == 2
