"""``review-queue`` subcommands, one module each (see ``scanner.clikit``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from review_queue.service import ReviewService
from scanner.config import Settings
from scanner.errors import InputError


@contextmanager
def open_service(settings: Settings) -> Iterator[ReviewService]:
    """The review service for one command, closed afterwards."""
    service = ReviewService.open(settings)
    try:
        yield service
    finally:
        service.close()


def write_json(value: Any) -> None:
    """One JSON document on stdout."""
    sys.stdout.write(json.dumps(value, indent=2, sort_keys=True, default=str) + "\n")


ADDRESS_HELP = "the person's email address (any letter case), e.g. name@example.org"


def address(value: str) -> str:
    """An argparse type: one email address (``local@domain``), so a typo erases nothing."""
    value = value.strip()
    local, at, domain = value.rpartition("@")
    if not (at and local and "." in domain) or any(ch.isspace() for ch in value):
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
