"""Build a ready Scanner from settings: every rule pack and model is loaded here, at start-up,
so that a bad file fails before the first message rather than at it."""

from __future__ import annotations

from scanner.config import Settings
from scanner.detectors.loader import load_detectors
from scanner.pipeline import Scanner
from scanner.tos import load_tos


def build_scanner(settings: Settings) -> Scanner:
    """A Scanner with the configured detectors and ToS scorer."""
    return Scanner(settings, detectors=load_detectors(settings), tos=load_tos(settings))
