"""The pipeline detector: every text scanner over every segment, each segment lowered once."""

from __future__ import annotations

from scanner.detectors.engine import Hit, lowered
from scanner.detectors.loader import SegmentDetector
from scanner.model import ParsedMessage, Segment


class _Recorder:
    """A text scanner reporting the whole text as one hit and keeping the ``low`` it got."""

    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.lows: list[str | None] = []

    def scan_text(self, text: str, low: str | None = None) -> list[Hit]:
        self.lows.append(low)
        return [Hit(self.rule, "ENTITY", "health", 0, len(text), 0.9)]


def _message(*texts: str) -> ParsedMessage:
    segments = tuple(Segment(f"body:text/plain:{i}", str(i), t) for i, t in enumerate(texts))
    return ParsedMessage(None, (), segments, (), (), (), (), sum(map(len, texts)))


def test_scanners_share_one_lowered_text_per_segment() -> None:
    first, second = _Recorder("a"), _Recorder("b")
    texts = ("Card NUMBER 4111", "ÀÉÎ Diagnosed")
    list(SegmentDetector("sensitive-data", first, second).scan(_message(*texts)))
    assert first.lows == [lowered(t) for t in texts]
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
