"""``review-queue`` subcommands, one module each (see ``scanner.clikit``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from review_queue.service import ReviewService
from scanner.config import Settings


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


def address(value: str) -> str:
    """An argparse type: one email address (``local@domain``), so a typo erases nothing."""
    value = value.strip()
    local, at, domain = value.rpartition("@")
    if not (at and local and "." in domain) or any(ch.isspace() for ch in value):
        raise argparse.ArgumentTypeError("expected an email address such as name@example.org")
    return value
