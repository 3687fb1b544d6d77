"""The event loop the proxy process runs on (uvloop, libuv, or the standard library's),
and the process's garbage collector set for serving.

uvloop runs the same asyncio code with its transports, handles and timers in C: the
proxy process spends about 15% less CPU per message (``make bench``). The standard
loop stays selectable (``proxy.event_loop = "asyncio"``) and is what the tests also run.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Coroutine
from typing import Any, Literal

from scanner.errors import ConfigError

EventLoop = Literal["uvloop", "asyncio"]


def run_on(kind: EventLoop, main: Coroutine[Any, Any, None]) -> None:
    """Run ``main`` to completion on a new loop of ``kind``."""
    if kind == "asyncio":
        asyncio.run(main)
        return
    try:
        import uvloop
    except ImportError:
        main.close()
        raise ConfigError(
            'proxy.event_loop = "uvloop" but uvloop is not installed; install it or set '
            'event_loop = "asyncio"'
        ) from None
    uvloop.run(main)


def running_loop_name() -> str:
    """``uvloop`` or ``asyncio``: what the running loop is (for the start-up log)."""
    module = type(asyncio.get_running_loop()).__module__
    return "uvloop" if module.startswith("uvloop") else "asyncio"


def freeze_startup_objects() -> None:
    """For a server process once started: collect start-up garbage, then keep every object
    still alive (modules, config, a worker's scanner) out of the cyclic GC's walks. A full
    collection over them stalls the process for about 100 ms; after this, about 0.1 ms."""
    gc.collect()
    gc.freeze()
