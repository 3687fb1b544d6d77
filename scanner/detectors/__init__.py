"""Sensitive-data detectors. Each reports findings with a category from the taxonomy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from scanner.model import Finding, ParsedMessage


class Detector(Protocol):
    """Anything that turns a parsed message into findings (offsets, never values)."""

    name: str

    def scan(self, message: ParsedMessage) -> Iterable[Finding]:
        """Findings for every segment of ``message``."""
        ...
