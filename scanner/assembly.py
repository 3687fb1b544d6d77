"""Build a ready Scanner from settings: every rule pack and model is loaded here, at start-up,
so that a bad file fails before the first message rather than at it."""

from __future__ import annotations

from scanner.config import Settings
from scanner.pipeline import Scanner


def build_scanner(settings: Settings) -> Scanner:
    """A Scanner with the configured detectors and ToS scorer."""
    return Scanner(settings)
