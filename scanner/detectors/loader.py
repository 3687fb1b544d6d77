"""Build the sensitive-data detectors from settings, once, at start-up."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from operator import attrgetter

from scanner.config import Detection, Settings
from scanner.detectors import Detector
from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit, Keywords, RuleEngine, TextScanner
from scanner.detectors.glossary import GlossaryScanner
from scanner.detectors.languages import MultilingualScorer
from scanner.detectors.lookalikes import plain_lookalikes
from scanner.detectors.lowering import Lowered
from scanner.detectors.quoting import unquoted
from scanner.detectors.rules import RuleSet, load_rule_set
from scanner.detectors.separated import SeparatedScanner
from scanner.detectors.spoken import SpokenScanner
from scanner.detectors.tables import TableScanner
from scanner.errors import ConfigError
from scanner.model import Finding, ParsedMessage

# The one pipeline detector running every text scanner.
DETECTOR_NAME = "sensitive-data"
_TEXT_ORDER = attrgetter("start", "end", "entity")


class SegmentDetector:
    """A ``Detector`` that runs text scanners over every segment of a message.

    Each segment's ``Lowered`` view is shared by all the scanners (a large body is lowered a
    piece at a time, never copied whole). They scan the text as ``scannable`` gives it (same
    offsets). Findings come scanner by scanner, each in segment order.
    """

    def __init__(self, name: str, *scanners: TextScanner) -> None:
        self.name = name
        self.scanners = scanners

    def scan(self, message: ParsedMessage) -> Iterator[Finding]:
        """See ``Detector``; ``Finding.detector`` is the id of the rule that fired."""
        found: list[list[Finding]] = [[] for _ in self.scanners]
        for segment in message.segments:
            text = scannable(segment.text)
            low = Lowered(text)
            distinct = _Distinct()
            for findings, scanner in zip(found, self.scanners, strict=True):
                findings += (
                    Finding(
                        detector=hit.rule,
                        category=hit.category,
                        entity=hit.entity,
                        segment=segment.source,
                        part=segment.part,
                        start=hit.start,
                        end=hit.end,
                        score=hit.score,
                    )
                    for hit in distinct(scanner.scan_text(text, low))
                )
        for findings in found:
            yield from findings


def load_text_scanners(detection: Detection) -> list[tuple[str, TextScanner]]:
    """The configured scanners by detector name: rules (also over pasted tables, spoken
    digits and field names in other languages), special categories, Presidio.

    Raises:
        ConfigError: a bad rule pack (file, rule id, reason) or an unusable option.
    """
    rule_set = load_rule_set((*detection.rule_dirs, *detection.extra_rule_dirs))
    limit = detection.max_findings_per_segment
    keywords = Keywords()  # one keyword pass per text for the rules and the lexicons
    rules = RuleEngine(rule_set.rules, detection.min_score, limit, keywords)
    scanners: list[tuple[str, TextScanner]] = [("sensitive-rules", rules)]
    if detection.max_table_cells:
        tables = TableScanner(rules, detection.max_table_cells, detection.max_table_row_chars)
        scanners.append(("sensitive-tables", tables))
    if detection.max_spoken_runs:
        scanners.append(
            ("sensitive-spoken", SpokenScanner(rules, detection.max_spoken_runs, keywords))
        )
        scanners.append(("sensitive-separated", SeparatedScanner(rules, detection.max_spoken_runs)))
    if detection.max_glossary_words and rule_set.glossary:
        glossary = GlossaryScanner(rules, rule_set.glossary, detection.max_glossary_words, keywords)
        scanners.append(("sensitive-glossary", glossary))
    if detection.special_categories and rule_set.lexicons:
        scorer = MultilingualScorer(
            rule_set.lexicons,
            rule_set.attributions,
            detection.min_score,
            limit,
            keywords,
            detection.tokenizer_kept_words,
        )
        _check_lexicon_examples(scorer, rule_set)
        scanners.append(("special-categories", scorer))
        if detection.max_table_cells:
            rows = TableScanner(
                scorer, detection.max_table_cells, detection.max_table_row_chars, by_row=True
            )
            scanners.append(("special-tables", rows))
    if detection.presidio:
        from scanner.detectors.presidio import PresidioWindowScanner

        scanners.append(
            ("presidio", PresidioWindowScanner(detection.presidio_entities, detection.min_score))
        )
    return scanners


def entity_names(detectors: Sequence[Detector]) -> frozenset[str]:
    """Every entity the text scanners of ``detectors`` can report."""
    return frozenset(
        name
        for detector in detectors
        if isinstance(detector, SegmentDetector)
        for scanner in detector.scanners
        for name in scanner.entity_names()
    )


def load_detectors(settings: Settings) -> tuple[Detector, ...]:
    """The sensitive-data detector, ready to scan messages."""
    scanners = load_text_scanners(settings.detection)
    return (SegmentDetector(DETECTOR_NAME, *(scanner for _, scanner in scanners)),)


def merged_hits(scanners: Sequence[tuple[str, TextScanner]], text: str) -> list[Hit]:
    """All scanners' hits in one text (one ``Lowered`` view for all), in text order."""
    text = scannable(text)
    low = Lowered(text)
    distinct = _Distinct()
    hits = [hit for _, scanner in scanners for hit in distinct(scanner.scan_text(text, low))]
    return sorted(hits, key=_TEXT_ORDER)


def scannable(text: str) -> str:
    """``text`` as the scanners read it, same length and offsets: its lookalike separators and
    digits made ASCII (``plain_lookalikes``) and its replies' quote markers blank
    (``unquoted``); a copy only for a text that has some."""
    return unquoted(plain_lookalikes(text))


class _Distinct:
    """Drops a hit another scanner of the same text made already (the same entity at the same
    place: a table's cell the rules found as it stands too)."""

    def __init__(self) -> None:
        self._seen: set[tuple[str, int, int]] = set()

    def __call__(self, hits: Iterable[Hit]) -> Iterator[Hit]:
        for hit in hits:
            key = (hit.entity, hit.start, hit.end)
            if key not in self._seen:
                self._seen.add(key)
                yield hit


def _check_lexicon_examples(scorers: MultilingualScorer, rule_set: RuleSet) -> None:
    """Each lexicon's examples, scored in its language (whatever other languages find)."""
    for lexicon, path in zip(rule_set.lexicons, rule_set.lexicon_files, strict=True):
        rule = f"lexicon:{lexicon.id}"
        scorer = scorers.scorers[lexicon.language]
        for index, text in enumerate(lexicon.examples.match, 1):
            if not any(h.rule == rule for h in scorer.scan_text(text)):
                raise ConfigError(
                    f"{path}: rule {lexicon.id}: does not fire on match example {index}"
                )
        for index, text in enumerate(lexicon.examples.no_match, 1):
            if any(h.rule == rule and h.score >= DEFAULT_MIN_SCORE for h in scorer.scan_text(text)):
                raise ConfigError(f"{path}: rule {lexicon.id}: fires on no_match example {index}")
