"""Structured logs: an exception is logged by type and place, never by its message."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.logs import JsonFormatter, TextFormatter
from tests.observability import flow


def failing_record() -> logging.LogRecord:
    try:
        raise ValueError(f"could not parse {flow.SSN} from {flow.SENDER}")  # content in text
    except ValueError:
        record = logging.getLogger("scanner.test").makeRecord(
            "scanner.test", logging.ERROR, __file__, 1, "scan failed", (), None,
            extra={"scan_id": "abc123"},
        )  # fmt: skip
        record.exc_info = sys.exc_info()
        return record


@pytest.mark.parametrize("formatter", [JsonFormatter(), TextFormatter()], ids=["json", "text"])
def test_exception_is_logged_by_type_and_place_only(formatter: logging.Formatter) -> None:
    line = formatter.format(failing_record())
    assert flow.leaks(line) == []
    assert "ValueError" in line
    assert "test_logs.py:" in line and "in failing_record" in line
    assert "abc123" in line


def test_json_line_fields() -> None:
    record = failing_record()
    entry = json.loads(JsonFormatter().format(record))
    # Milliseconds, as the text format has: lines of one second stay in order.
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d{4}", entry["time"])
    assert entry["time"][20:23] == f"{int(record.msecs):03d}"
    assert entry["message"] == "scan failed"
    assert entry["error"] == "ValueError"
    assert entry["error_at"].startswith("test_logs.py:")
    assert entry["error_at"].endswith(" in failing_record")
    assert entry["scan_id"] == "abc123"


@pytest.mark.parametrize("formatter", [JsonFormatter(), TextFormatter()], ids=["json", "text"])
def test_uvicorn_colour_copy_of_the_message_is_not_emitted(formatter: logging.Formatter) -> None:
    """uvicorn passes its message again with ANSI colour codes as ``color_message``."""
    record = logging.getLogger("uvicorn.error").makeRecord(
        "uvicorn.error", logging.INFO, __file__, 1, "Started server process [%d]", (42,), None,
        extra={"color_message": "Started server process [\x1b[36m%d\x1b[0m]"},
    )  # fmt: skip
    line = formatter.format(record)
    assert "Started server process [42]" in line
    assert "\x1b" not in line and "color_message" not in line


def test_a_command_logs_its_events_without_the_set_up_chatter_of_libraries(
    tmp_path: Path,
) -> None:
    """alembic logs each plugin it loads at INFO when imported and its migration check on
    every store open; at INFO a command shows its own events and none of that."""
    script = (
        "import logging\n"
        "from scanner.config import Logging\n"
        "from scanner.logs import setup_logging\n"
        "setup_logging(Logging(level='INFO'))\n"
        "from pathlib import Path\n"
        "from scanner.config import Store\n"
        "from review_queue.store.db import Database\n"
        f"Database.open(Store(), Path({str(tmp_path)!r}))\n"
        "logging.getLogger('scanner.test').info('store opened')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "store opened" in done.stderr
    assert "alembic" not in done.stderr
