"""Build the sensitive-data detectors from settings, once, at start-up."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from scanner.config import Detection, Settings
from scanner.detectors import Detector
from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit, RuleEngine
from scanner.detectors.rules import RuleSet, load_rule_set
from scanner.detectors.special import SpecialCategoryScorer
from scanner.errors import ConfigError
from scanner.model import Finding, ParsedMessage


class TextScanner(Protocol):
    """Anything that finds hits in one text (offsets, never values)."""

    def scan_text(self, text: str) -> list[Hit]:
        """Hits in ``text``, in order."""
        ...


class SegmentDetector:
    """A ``Detector`` that runs a text scanner over every segment of a message."""

    def __init__(self, name: str, scanner: TextScanner) -> None:
        self.name = name
        self.scanner = scanner

    def scan(self, message: ParsedMessage) -> Iterator[Finding]:
        """See ``Detector``; ``Finding.detector`` is the id of the rule that fired."""
        for segment in message.segments:
            for hit in self.scanner.scan_text(segment.text):
                yield Finding(
                    detector=hit.rule,
                    category=hit.category,
                    entity=hit.entity,
                    segment=segment.source,
                    part=segment.part,
                    start=hit.start,
                    end=hit.end,
                    score=hit.score,
                )


def load_text_scanners(detection: Detection) -> list[tuple[str, TextScanner]]:
    """The configured scanners by detector name: rules, special categories, Presidio.

    Raises:
        ConfigError: a bad rule pack (file, rule id, reason) or an unusable option.
    """
    rule_set = load_rule_set((*detection.rule_dirs, *detection.extra_rule_dirs))
    limit = detection.max_findings_per_segment
    scanners: list[tuple[str, TextScanner]] = [
        ("sensitive-rules", RuleEngine(rule_set.rules, detection.min_score, limit))
    ]
    if detection.special_categories and rule_set.lexicons and rule_set.attribution:
        scorer = SpecialCategoryScorer(
            rule_set.lexicons, rule_set.attribution, detection.min_score, limit
        )
        _check_lexicon_examples(scorer, rule_set)
        scanners.append(("special-categories", scorer))
    if detection.presidio:
        from scanner.detectors.presidio import PresidioWindowScanner

        scanners.append(
            ("presidio", PresidioWindowScanner(detection.presidio_entities, detection.min_score))
        )
    return scanners


def load_detectors(settings: Settings) -> tuple[Detector, ...]:
    """Every sensitive-data detector, ready to scan messages."""
    return tuple(
        SegmentDetector(name, scanner) for name, scanner in load_text_scanners(settings.detection)
    )


def merged_hits(scanners: Sequence[tuple[str, TextScanner]], text: str) -> list[Hit]:
    """All scanners' hits in one text, in text order."""
    hits = [hit for _, scanner in scanners for hit in scanner.scan_text(text)]
    return sorted(hits, key=lambda h: (h.start, h.end, h.entity))


def _check_lexicon_examples(scorer: SpecialCategoryScorer, rule_set: RuleSet) -> None:
    for lexicon, path in zip(rule_set.lexicons, rule_set.lexicon_files, strict=True):
        rule = f"lexicon:{lexicon.id}"
        for index, text in enumerate(lexicon.examples.match, 1):
            if not any(h.rule == rule for h in scorer.scan_text(text)):
                raise ConfigError(
                    f"{path}: rule {lexicon.id}: does not fire on match example {index}"
                )
        for index, text in enumerate(lexicon.examples.no_match, 1):
            if any(h.rule == rule and h.score >= DEFAULT_MIN_SCORE for h in scorer.scan_text(text)):
                raise ConfigError(f"{path}: rule {lexicon.id}: fires on no_match example {index}")
