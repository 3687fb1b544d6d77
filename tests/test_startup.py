"""``scanner.startup`` on a real event loop with real signals (sent to this process, which
the loop's handlers catch): a stop signal ends the start-up with ``StartupInterrupted``
after its clean-up ran, and loading threads hand back results and errors but are never
waited for once abandoned. The servers' whole start-up is in tests/cli/test_run_command.py.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import threading
import time

import pytest

from scanner.clikit import command_named
from scanner.errors import ConfigError
from scanner.startup import (
    StartupInterrupted,
    in_daemon_thread,
    raising_stop_signals,
    stoppable_startup,
)


async def test_a_stop_signal_cancels_the_start_up_after_its_clean_up() -> None:
    cleaned: list[str] = []
    with pytest.raises(StartupInterrupted, match="SIGTERM"), stoppable_startup():
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            os.kill(os.getpid(), signal.SIGINT)  # a second one is ignored
            await asyncio.sleep(30)
        finally:
            await asyncio.sleep(0.01)  # clean-up may await: not cancelled again
            cleaned.append("done")
    assert cleaned == ["done"]


class SignalledWhileCollected:
    """An object whose ``__del__`` gets SIGTERM: where the import system's weakref callbacks
    run, Python cannot raise the handler's exception."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGTERM)  # the handler runs before this returns


def test_a_stop_signal_lost_in_a_callback_is_raised_again_and_not_printed(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(StartupInterrupted, match="SIGTERM"), raising_stop_signals():
        SignalledWhileCollected()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # start-up goes on: the signal comes again
            time.sleep(0.01)
    assert "Exception ignored" not in capfd.readouterr().err


def test_other_unraisable_exceptions_still_reach_the_previous_hook() -> None:
    seen: list[type[BaseException]] = []

    class Failing:
        def __del__(self) -> None:
            raise ValueError("in __del__")

    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: seen.append(type(unraisable.exc_value))
    try:
        with raising_stop_signals():
            Failing()
    finally:
        sys.unraisablehook = previous
    assert seen == [ValueError]


async def test_a_cancellation_without_a_signal_stays_a_cancellation() -> None:
    async def starting() -> None:
        with stoppable_startup():
            await asyncio.sleep(30)

    task = asyncio.ensure_future(starting())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_a_loading_thread_hands_back_its_result_and_its_error() -> None:
    assert await in_daemon_thread(sum, (1, 2, 3)) == 6

    def bad_feed() -> None:
        raise ConfigError("cannot read URL blocklist")

    with pytest.raises(ConfigError, match="cannot read URL blocklist"):
        await in_daemon_thread(bad_feed)


async def test_an_abandoned_loading_thread_is_not_waited_for() -> None:
    release = threading.Event()
    finished = threading.Event()

    def hung_load() -> None:
        release.wait(30)
        finished.set()

    waiting = asyncio.ensure_future(in_daemon_thread(hung_load))
    await asyncio.sleep(0.01)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting  # at once, the thread still running
    (thread,) = [t for t in threading.enumerate() if t.name == "startup-hung_load"]
    assert thread.daemon and thread.is_alive()
    release.set()  # finishing later, after nobody waits, is harmless
    assert finished.wait(5)
    thread.join(5)


@pytest.mark.parametrize(
    ("words", "command"),
    [
        (["proxy", "--relay", "x:1"], "proxy"),
        (["--config", "run", "scan", "-"], "scan"),
        (["--conf", "a.toml", "--data-dir=var", "run"], "run"),
        (["--data", "proxy", "serve"], "serve"),
        (["-h"], None),
        (["--", "proxy"], "proxy"),
    ],
)
def test_the_command_is_read_before_the_command_modules_load(
    words: list[str], command: str | None
) -> None:
    assert command_named(words) == command
