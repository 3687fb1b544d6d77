"""Logging setup: text or JSON lines. Callers log ids, counts and categories, never content."""

from __future__ import annotations

import functools
import json
import logging
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from scanner.config import Logging

# Attributes every LogRecord has; anything else was passed with ``extra=`` and is emitted,
# except uvicorn's ``color_message``: the message again, with terminal colour codes.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "color_message"}
_ISO_SECONDS = "%Y-%m-%dT%H:%M:%S"
_ISO_ZONE = "%z"
_TEXT_SECONDS = "%Y-%m-%d %H:%M:%S"
# Libraries whose INFO lines are set-up chatter, not events of this service: alembic lists
# every plugin it loads when first imported, and its migration check on every store open.
QUIET_LIBRARIES = ("alembic",)


@functools.lru_cache(maxsize=8)
def _local_time(seconds: int, datefmt: str) -> str:
    """``seconds`` in local time; cached, as every record of one second shares it."""
    return time.strftime(datefmt, time.localtime(seconds))


def _iso_time(record: logging.LogRecord) -> str:
    """``2026-12-05T19:55:37.123+0000``: milliseconds, as in the text format."""
    seconds = int(record.created)
    zone = _local_time(seconds, _ISO_ZONE)
    return f"{_local_time(seconds, _ISO_SECONDS)}.{int(record.msecs):03d}{zone}"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the ``extra`` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": _iso_time(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: exception text can quote message content.
            entry["error"] = record.exc_info[0].__name__
            entry["error_at"] = error_location(record)
        return json.dumps(entry, default=str)


class TextFormatter(logging.Formatter):
    """``time level logger: message key=value ...``; tracebacks reduced to the type."""

    def format(self, record: logging.LogRecord) -> str:
        extras = " ".join(f"{k}={v}" for k, v in vars(record).items() if k not in _STANDARD)
        stamp = f"{_local_time(int(record.created), _TEXT_SECONDS)},{int(record.msecs):03d}"
        line = f"{stamp} {record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info and record.exc_info[0] is not None:
            line += f" error={record.exc_info[0].__name__} error_at={error_location(record)}"
        return f"{line} {extras}".rstrip()


def error_location(record: logging.LogRecord) -> str:
    """``file.py:line in function`` of the innermost frame of the logged exception.

    Where it failed is enough to find the bug; the message itself is never logged.
    """
    frames = traceback.extract_tb(record.exc_info[2]) if record.exc_info else []
    if not frames:
        return "unknown"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"


def setup_logging(settings: Logging) -> None:
    """Send logs to stderr in the configured format.

    The formatters never print the caller's file and line, thread, process or process
    name, so ``logging`` is told not to collect them (the "Optimization" switches of the
    logging HOWTO): the proxy logs a verdict per message, and the caller lookup alone walks
    the stack each time.
    """
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if settings.format == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.level)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)
