"""Detectors built once per test session from the shipped rule packs."""

from __future__ import annotations

import pytest

from scanner.config import Detection
from scanner.detectors.engine import Hit, RuleEngine
from scanner.detectors.languages import MultilingualScorer
from scanner.detectors.loader import TextScanner, load_text_scanners, merged_hits
from scanner.detectors.special import SpecialCategoryScorer


@pytest.fixture(scope="session")
def scanners() -> list[tuple[str, TextScanner]]:
    """The default detectors: rule engine and special-category scorer."""
    return load_text_scanners(Detection())


@pytest.fixture(scope="session")
def rules(scanners: list[tuple[str, TextScanner]]) -> RuleEngine:
    engine = dict(scanners)["sensitive-rules"]
    assert isinstance(engine, RuleEngine)
    return engine


@pytest.fixture(scope="session")
def multilingual(scanners: list[tuple[str, TextScanner]]) -> MultilingualScorer:
    """The special-category scanner: a scorer per language."""
    scorer = dict(scanners)["special-categories"]
    assert isinstance(scorer, MultilingualScorer)
    return scorer


@pytest.fixture(scope="session")
def special(multilingual: MultilingualScorer) -> SpecialCategoryScorer:
    """The English special-category scorer."""
    return multilingual.scorers["en"]


def found(scanners: list[tuple[str, TextScanner]], text: str) -> list[tuple[str, str]]:
    """(entity, matched text) of every hit: for assertions in tests only."""
    return [(h.entity, text[h.start : h.end]) for h in merged_hits(scanners, text)]


def spans(hits: list[Hit], text: str) -> list[tuple[str, str]]:
    return [(h.entity, text[h.start : h.end]) for h in hits]
