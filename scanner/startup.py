"""A server stopped by SIGTERM or SIGINT while it is still starting (importing, loading
rules and models, starting workers): a clean exit instead of death by the signal.

Three stages, each handing over to the next:

1. from the moment the command line names a server (``raising_stop_signals``, entered by
   ``scanner.clikit.run_cli``), a stop signal raises ``StartupInterrupted`` in the main
   thread; ``run_cli`` logs it and exits 0;
2. on the event loop, ``stoppable_startup`` turns the signal into a cancellation of the
   task starting up, whose clean-up (``finally``) stops what already started, and then
   into ``StartupInterrupted``; slow loading runs ``in_daemon_thread``, so the process does
   not wait for it to finish before exiting;
3. the serving loop's own handlers (drain, then exit 0) replace these.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StartupInterrupted(BaseException):
    """A stop signal arrived before the server was serving (a ``BaseException``, as
    ``KeyboardInterrupt`` is: no ``except Exception`` on the way may swallow it)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.signal_name = signal.Signals(signum).name
        super().__init__(self.signal_name)


@contextmanager
def raising_stop_signals() -> Iterator[None]:
    """SIGTERM and SIGINT raise ``StartupInterrupted`` in the main thread within the block
    (until an event loop takes them over); the previous handlers are back after it.

    Python cannot raise out of a weakref callback or a ``__del__`` (the import system runs
    such callbacks all the time): an exception raised there is "ignored", printed with its
    traceback, and start-up would go on. Within the block such a lost ``StartupInterrupted``
    is not printed; its signal is sent again, to be raised where it can be."""
    previous = {sig: signal.signal(sig, _raise_interrupted) for sig in STOP_SIGNALS}
    previous_hook = sys.unraisablehook

    def resend_lost(unraisable: sys.UnraisableHookArgs) -> None:
        if isinstance(unraisable.exc_value, StartupInterrupted):
            _resend_soon(unraisable.exc_value.signum)
        else:
            previous_hook(unraisable)

    sys.unraisablehook = resend_lost
    try:
        yield
    finally:
        sys.unraisablehook = previous_hook
        for sig, handler in previous.items():
            if handler is not None:  # None: set outside Python, cannot be restored
                signal.signal(sig, handler)


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    raise StartupInterrupted(signum)


# Long enough for the callback that lost the exception to have returned.
_RESEND_DELAY_SECONDS = 0.01


def _resend_soon(signum: int) -> None:
    """``signum`` to this process again, shortly, from a thread: sent from the callback
    itself, its handler would run there again."""
    resend = threading.Timer(_RESEND_DELAY_SECONDS, os.kill, (os.getpid(), signum))
    resend.daemon = True
    resend.start()


@contextmanager
def stoppable_startup() -> Iterator[None]:
    """In the task starting a server, on its event loop: the first SIGTERM or SIGINT
    cancels the task (later ones are ignored, so its clean-up runs to the end), and the
    ``CancelledError`` leaves this block as ``StartupInterrupted``.

    After the block the handlers stay until the serving loop installs its own, which must
    follow without an ``await`` in between; a signal whose handler was queued as the block
    ended is raised again for those."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None, "stoppable_startup needs a task"
    received: list[int] = []
    started = False

    def stop(signum: int) -> None:
        if started:
            signal.raise_signal(signum)  # for the serving loop's handlers
        elif not received:
            received.append(signum)
            task.cancel()

    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stop, sig)
    try:
        yield
    except asyncio.CancelledError:
        if not received:
            raise
        raise StartupInterrupted(received[0]) from None
    if received:  # a cancellation swallowed inside the block: stop all the same
        raise StartupInterrupted(received[0])
    started = True


async def in_daemon_thread(function: Callable[..., T], *args: Any) -> T:
    """``function(*args)`` in a daemon thread, for loading at start-up: a start-up stopped
    meanwhile exits without waiting for it (``asyncio.to_thread``'s threads are joined at
    exit; loading models takes seconds, reading a feed from a hung mount for ever)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(outcome: Callable[..., None], *outcome_args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody waits any more
            loop.call_soon_threadsafe(outcome, future, *outcome_args)

    def work() -> None:
        try:
            result = function(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting task
            settle(_set_exception, exc)
        else:
            settle(_set_result, result)

    threading.Thread(target=work, name=f"startup-{function.__name__}", daemon=True).start()
    return await future


def _set_result(future: asyncio.Future[T], result: T) -> None:
    if not future.cancelled():
        future.set_result(result)


def _set_exception(future: asyncio.Future[Any], exc: BaseException) -> None:
    if not future.cancelled():
        future.set_exception(exc)
