"""Detectors built once per test session from the shipped rule packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scanner.config import Detection
from scanner.detectors.engine import Hit, RuleEngine, TextScanner
from scanner.detectors.languages import MultilingualScorer
from scanner.detectors.loader import load_text_scanners, merged_hits
from scanner.detectors.special import SpecialCategoryScorer

DATA = Path(__file__).resolve().parents[1] / "data" / "sensitive"
# The English labelled sets: the synthetic one and every hand-written hard set.
ENGLISH_SETS = (
    "eval.jsonl", "hard.jsonl", *(f"hard-{number}.jsonl" for number in range(2, 88)),
)  # fmt: skip


def labelled_texts(names: tuple[str, ...]) -> list[str]:
    """The texts of the labelled sets ``names`` (files under tests/data/sensitive)."""
    return [
        json.loads(line)["text"]
        for name in names
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


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
