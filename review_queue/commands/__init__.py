"""``review-queue`` subcommands, one module each (see ``scanner.clikit``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from review_queue.service import ReviewService
from review_queue.store.db import SQLITE_FILE
from scanner.config import Settings
from scanner.errors import InputError


@contextmanager
def open_service(settings: Settings, create: bool = False) -> Iterator[ReviewService]:
    """The review service for one command, closed afterwards. Without ``create`` the queue
    must exist (see ``require_queue``)."""
    if not create:
        require_queue(settings)
    service = ReviewService.open(settings)
    try:
        yield service
    finally:
        service.close()


def require_queue(settings: Settings) -> None:
    """``InputError`` when the SQLite queue of ``settings.data_dir`` does not exist: a
    mistyped --data-dir would otherwise make a new, empty queue, where an export finds
    nothing, an erasure erases nothing and the audit chain verifies, all without a word."""
    if settings.store.url:
        return  # a server database: a wrong URL fails to connect, with its own error
    path = settings.data_dir / SQLITE_FILE
    if not path.exists():
        raise InputError(
            f"no review queue in {settings.data_dir} ({path.name} is missing): check "
            "--data-dir (or MAILGUARD_DATA_DIR); `scanner run` or `review-queue serve` "
            "creates it"
        )


def write_json(value: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(value, indent=2, sort_keys=True, default=str) + "\n")


JSON_HELP = "one JSON object per line instead of tab-separated columns"


def write_rows(rows: Iterable[dict[str, Any]], as_json: bool) -> None:
    """A listing on stdout: a line per row, its values tab-separated in order (for people
    and ``cut``), or with ``as_json`` the row as one JSON object per line (for scripts)."""
    for row in rows:
        line = json.dumps(row, default=str) if as_json else "\t".join(map(str, row.values()))
        sys.stdout.write(line + "\n")


ADDRESS_HELP = (
    "the person's email address (any letter case), e.g. name@example.org; a quoted local "
    'part as in "jo smith"@example.org; no display name'
)


def address(value: str) -> str:
    """An argparse type: one email address (``local@domain``), so a typo erases nothing.
    Spaces only inside a quoted local part (``"jo smith"@example.org``)."""
    value = value.strip()
    local, at, domain = value.rpartition("@")
    quoted = len(local) >= 2 and local[0] == local[-1] == '"'
    spaced = any(ch.isspace() for ch in (domain if quoted else value))
    if not (at and local and "." in domain) or spaced:
        raise argparse.ArgumentTypeError("expected an email address such as name@example.org")
    return value


def private_file(path: Path) -> TextIO:
    """``path`` opened for writing, readable by its owner only (an existing file too)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    return os.fdopen(fd, "w", encoding="utf-8")


def customer(value: str) -> str:
    """An argparse type: a customer id as the queue records it (1 to 255 characters)."""
    value = value.strip()
    if not 0 < len(value) <= 255:
        raise argparse.ArgumentTypeError("expected a customer id of 1 to 255 characters")
    return value
