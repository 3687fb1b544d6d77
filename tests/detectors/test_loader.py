"""The pipeline detector: every text scanner over every segment, each segment lowered once."""

from __future__ import annotations

import pytest

from scanner.detectors.engine import Hit, Keywords, TextScanner, lowered
from scanner.detectors.loader import SegmentDetector
from scanner.detectors.lowering import Lowered
from scanner.model import ParsedMessage, Segment


class _Recorder:
    """A text scanner reporting the whole text as one hit and keeping the ``low`` it got."""

    def __init__(self, rule: str, entity: str | None = None) -> None:
        self.rule = rule
        self.entity = entity or rule.upper()
        self.lows: list[Lowered | None] = []

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        self.lows.append(low)
        return [Hit(self.rule, self.entity, "health", 0, len(text), 0.9)]


def _message(*texts: str) -> ParsedMessage:
    segments = tuple(Segment(f"body:text/plain:{i}", str(i), t) for i, t in enumerate(texts))
    return ParsedMessage(None, (), segments, (), (), (), (), sum(map(len, texts)))


def test_scanners_share_one_lowered_text_per_segment() -> None:
    first, second = _Recorder("a"), _Recorder("b")
    texts = ("Card NUMBER 4111", "ÀÉÎ Diagnosed")
    list(SegmentDetector("sensitive-data", first, second).scan(_message(*texts)))
    assert [low and low.slice(0, len(t)) for low, t in zip(first.lows, texts, strict=True)] == [
        lowered(t) for t in texts
    ]
    assert all(a is b for a, b in zip(first.lows, second.lows, strict=True))


def test_findings_come_scanner_by_scanner_in_segment_order() -> None:
    detector = SegmentDetector("sensitive-data", _Recorder("a"), _Recorder("b"))
    findings = list(detector.scan(_message("one", "three")))
    assert [(f.detector, f.part, f.end) for f in findings] == [
        ("a", "0", 3),
        ("a", "1", 5),
        ("b", "0", 3),
        ("b", "1", 5),
    ]


def test_the_same_entity_at_the_same_place_is_reported_once() -> None:
    detector = SegmentDetector(
        "sensitive-data", _Recorder("a", "CARD"), _Recorder("b", "CARD"), _Recorder("c", "PIN")
    )
    findings = list(detector.scan(_message("one", "three")))
    assert [(f.detector, f.part) for f in findings] == [
        ("a", "0"), ("a", "1"), ("c", "0"), ("c", "1"),
    ]  # fmt: skip


def test_rules_and_lexicons_share_one_keyword_pass(
    scanners: list[tuple[str, TextScanner]], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = ("Routing number 021000021; my son has diabetes.", "Her SSN 536-22-1906, no more.")
    scanners = [(n, s) for n, s in scanners if n in ("sensitive-rules", "special-categories")]
    alone = [[s.scan_text(t) for _, s in scanners] for t in texts]
    assert all(alone[0]) and alone[1][0]  # both scanners find something on their own
    passes: dict[int, list[list[tuple[int, tuple[object, ...]]]]] = {}
    find = Keywords.find

    def recorded(self: Keywords, low: Lowered) -> list[tuple[int, tuple[object, ...]]]:
        found = find(self, low)
        passes.setdefault(id(low), []).append(found)
        return found

    monkeypatch.setattr(Keywords, "find", recorded)
    lows = [Lowered(text) for text in texts]
    for text, low, expected in zip(texts, lows, alone, strict=True):
        assert [s.scan_text(text, low) for _, s in scanners] == expected
    # Every scanner (and special-category language) asks; all get the first one's pass.
    first, second = (passes[id(low)] for low in lows)
    assert len(first) > 2 and len(second) >= 2
    assert all(p is first[0] for p in first) and all(p is second[0] for p in second)
    assert first[0] is not second[0]
