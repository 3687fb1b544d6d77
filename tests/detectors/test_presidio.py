"""Presidio integration: our recognizers inside an AnalyzerEngine, predefined recognizers on
candidate windows, and no network access at any point. Engines are built once per module."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scanner.config import Detection
from scanner.detectors.engine import TextScanner
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.presidio import PresidioWindowScanner, mailguard_analyzer
from scanner.errors import ConfigError


@pytest.fixture(scope="module")
def no_network() -> Iterator[list[Any]]:
    """Every outgoing connection attempt is recorded and refused."""
    attempts: list[Any] = []
    original = socket.socket.connect

    def refuse(self: socket.socket, address: Any) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    socket.socket.connect = refuse  # type: ignore[method-assign,assignment]
    yield attempts
    socket.socket.connect = original  # type: ignore[method-assign]


@pytest.fixture(scope="module")
def analyzer(
    no_network: list[Any], scanners: list[tuple[str, TextScanner]], tmp_path_factory: Any
) -> Any:
    return mailguard_analyzer(scanners, Path(tmp_path_factory.mktemp("presidio")))


@pytest.fixture(scope="module")
def windows(no_network: list[Any]) -> PresidioWindowScanner:
    return PresidioWindowScanner(["UK_NHS", "UK_NINO"])


def test_our_recognizers_run_inside_an_analyzer_engine(
    analyzer: Any, no_network: list[Any]
) -> None:
    text = "Card 4111 1111 1111 1111; Maria was diagnosed with type 2 diabetes."
    results = {(r.entity_type, text[r.start : r.end]) for r in analyzer.analyze(text, "en")}
    assert results == {
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("HEALTH_CONDITION", "type 2 diabetes"),
    }
    names = {r.name for r in analyzer.registry.recognizers}
    assert names == {
        "mailguard-sensitive-rules",
        "mailguard-sensitive-tables",
        "mailguard-sensitive-spoken",
        "mailguard-sensitive-separated",
        "mailguard-sensitive-glossary",
        "mailguard-special-categories",
        "mailguard-special-tables",
    }
    only_cards = analyzer.analyze(text, "en", entities=["CREDIT_CARD"])
    assert [r.entity_type for r in only_cards] == ["CREDIT_CARD"]
    assert no_network == []


def test_predefined_recognizers_run_on_windows_with_absolute_offsets(
    windows: PresidioWindowScanner, no_network: list[Any]
) -> None:
    padding = "We are grateful for your support of the food bank. " * 40
    text = padding + "Her NHS number is 943 476 5919 and NINO AB123456C." + padding
    hits = windows.scan_text(text)
    assert [(h.entity, h.category, text[h.start : h.end]) for h in hits] == [
        ("UK_NHS", "health", "943 476 5919"),
        ("UK_NINO", "government_id", "AB123456C"),
    ]
    assert windows.scan_text(padding) == []
    assert no_network == []


@pytest.mark.parametrize(
    ("entities", "reason"),
    [(["EMAIL_ADDRESS"], "not sensitive-data entities"), (["NO_SUCH"], "not sensitive")],
)
def test_unusable_presidio_entities_fail_at_start_up(entities: list[str], reason: str) -> None:
    with pytest.raises(ConfigError, match=reason):
        PresidioWindowScanner(entities)


def test_presidio_option_adds_the_window_scanner(no_network: list[Any]) -> None:
    scanners = dict(load_text_scanners(Detection(presidio=True, presidio_entities=("UK_NHS",))))
    assert isinstance(scanners["presidio"], PresidioWindowScanner)
    assert no_network == []
