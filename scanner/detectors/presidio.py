"""Presidio integration, entirely offline.

- ``MailguardRecognizer`` exposes our scanners as a Presidio ``EntityRecognizer``, so they can
  sit in any ``AnalyzerEngine`` (``mailguard_analyzer``).
- ``PresidioWindowScanner`` runs Presidio's predefined pattern recognizers for entities we do
  not implement (non-US national ids) only on identifier-like runs of at least four digits,
  so they never set the pace of a scan.
- ``stock_analyzer`` is Presidio as shipped (default recognizers, ``spacy.blank("en")``), the
  baseline of the evaluation and the benchmark.

Nothing here reaches the network: tldextract is given no suffix-list URLs and the spaCy
pipeline is a blank one saved to a local directory.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit
from scanner.detectors.lowering import Lowered
from scanner.detectors.offline import prepare_offline
from scanner.errors import ConfigError

if TYPE_CHECKING:
    from scanner.detectors.engine import TextScanner

# fmt: off
_GOVERNMENT_IDS = (
    "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "UK_NINO", "UK_PASSPORT",
    "UK_DRIVING_LICENCE", "ES_NIF", "ES_NIE", "ES_PASSPORT", "IT_FISCAL_CODE",
    "IT_DRIVER_LICENSE", "IT_IDENTITY_CARD", "IT_PASSPORT", "IN_PAN", "IN_AADHAAR",
    "IN_PASSPORT", "IN_VOTER", "AU_TFN", "SG_NRIC_FIN", "CA_SIN", "DE_ID_CARD", "DE_PASSPORT",
    "DE_TAX_ID", "DE_SOCIAL_SECURITY", "DE_FUEHRERSCHEIN", "FI_PERSONAL_IDENTITY_CODE",
    "KR_RRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_FRN", "NG_NIN", "PH_PASSPORT", "PH_TIN",
    "PH_UMID", "PL_PESEL", "SE_PERSONNUMMER", "TH_TNIN", "TR_NATIONAL_ID", "ZA_ID_NUMBER",
    "ZA_PASSPORT", "ZA_DRIVER_LICENSE",
)
# fmt: on

# Presidio entities that are Sensitive Data under the policy, with their category. Entities
# not listed (email, URL, dates, postcodes, plates, company numbers) are not.
PRESIDIO_CATEGORIES: dict[str, str] = {
    "CREDIT_CARD": "payment_card",
    "IBAN_CODE": "financial_account",
    "US_BANK_NUMBER": "financial_account",
    "ABA_ROUTING_NUMBER": "financial_account",
    "UK_NHS": "health",
    "US_MBI": "health",
    "US_HEALTH_INSURANCE_MEMBER_ID": "health",
    "AU_MEDICARE": "health",
    "DE_HEALTH_INSURANCE": "health",
    **dict.fromkeys(_GOVERNMENT_IDS, "government_id"),
}

# Presidio's context enhancer: +0.35 with a context word near, at least 0.4.
_CONTEXT_BOOST = 0.35
_CONTEXT_FLOOR = 0.4
# Identifier-like runs: up to six letters, a digit, then digits, capitals and single
# separators (NHS "943 476 5919", NINO "AB123456C", fiscal code "RSSMRA85T10A562S").
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])[A-Z]{0,6}[0-9](?:[ \-.]?[0-9A-Z])*+")
_MIN_DIGITS = 4
_MIN_LENGTH = 7
_CONTEXT_WINDOW = 64


def _predefined(entities: Sequence[str]) -> list[Any]:
    """Presidio's predefined pattern recognizers covering ``entities``, set up for English."""
    prepare_offline()
    import presidio_analyzer.predefined_recognizers as predefined
    from presidio_analyzer import PatternRecognizer

    unknown = sorted(set(entities) - PRESIDIO_CATEGORIES.keys())
    if unknown:
        raise ConfigError(f"detection.presidio_entities: not sensitive-data entities: {unknown}")
    wanted, found = set(entities), []
    covered: set[str] = set()
    for name in predefined.__all__:
        cls: Any = getattr(predefined, name)
        if not (inspect.isclass(cls) and issubclass(cls, PatternRecognizer)):
            continue
        if cls is PatternRecognizer:
            continue
        factory: Any = cls  # Presidio subclasses take the language; the base needs more
        recognizer = factory(supported_language="en")
        if wanted & set(recognizer.supported_entities):
            found.append(recognizer)
            covered |= set(recognizer.supported_entities)
    missing = sorted(wanted - covered)
    if missing:
        raise ConfigError(f"detection.presidio_entities: no Presidio recognizer for {missing}")
    return found


class PresidioWindowScanner:
    """Presidio's predefined recognizers, run only on identifier-like runs."""

    def __init__(self, entities: Sequence[str], min_score: float = DEFAULT_MIN_SCORE) -> None:
        self.entities = list(entities)
        self.min_score = min_score
        self.recognizers = _predefined(entities)

    def entity_names(self) -> frozenset[str]:
        """The Presidio entities it runs."""
        return frozenset(self.entities)

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """See ``TextScanner``."""
        hits: dict[tuple[int, int, str], Hit] = {}
        if low is None:
            low = Lowered(text)
        for lo, hi in _windows(text):
            window = text[lo:hi]
            for recognizer in self.recognizers:
                for result in recognizer.analyze(window, self.entities, None) or ():
                    score = float(result.score)
                    words = recognizer.context or ()
                    near = low.slice(max(0, lo - _CONTEXT_WINDOW), hi + _CONTEXT_WINDOW)
                    if any(w.lower() in near for w in words):
                        score = max(_CONTEXT_FLOOR, score + _CONTEXT_BOOST)
                    score = round(min(1.0, score), 4)
                    if score < self.min_score:
                        continue
                    key = (lo + result.start, lo + result.end, result.entity_type)
                    hits[key] = Hit(
                        f"presidio:{recognizer.name}",
                        result.entity_type,
                        PRESIDIO_CATEGORIES[result.entity_type],
                        key[0],
                        key[1],
                        score,
                    )
        return sorted(hits.values(), key=lambda h: (h.start, h.end, h.entity))


def _windows(text: str) -> list[tuple[int, int]]:
    """Identifier-like runs with at least four digits, widened by one character each side
    (so the recognizers' word boundaries hold); everything else is never looked at."""
    windows: list[tuple[int, int]] = []
    for match in _CANDIDATE.finditer(text):
        run = match.group()
        if len(run) < _MIN_LENGTH or sum(ch.isdigit() for ch in run) < _MIN_DIGITS:
            continue
        windows.append((max(0, match.start() - 1), min(len(text), match.end() + 1)))
    return windows


def blank_nlp_engine(workdir: Path) -> Any:
    """A Presidio spaCy NLP engine on ``spacy.blank("en")`` saved under ``workdir``."""
    prepare_offline()
    import spacy
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    model_dir = workdir / "spacy-blank-en"
    if not model_dir.exists():
        spacy.blank("en").to_disk(model_dir)
    config = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": str(model_dir)}],
    }
    return NlpEngineProvider(nlp_configuration=config).create_engine()


def stock_analyzer(workdir: Path) -> Any:
    """Presidio as shipped: default recognizers, blank English pipeline, no downloads."""
    from presidio_analyzer import AnalyzerEngine

    return AnalyzerEngine(nlp_engine=blank_nlp_engine(workdir), supported_languages=["en"])


def mailguard_analyzer(scanners: Sequence[tuple[str, Any]], workdir: Path) -> Any:
    """An ``AnalyzerEngine`` whose only recognizers are ours."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    registry = RecognizerRegistry(
        recognizers=[MailguardRecognizer(name, scanner) for name, scanner in scanners],
        supported_languages=["en"],
    )
    return AnalyzerEngine(
        registry=registry, nlp_engine=blank_nlp_engine(workdir), supported_languages=["en"]
    )


def _entity_recognizer_base() -> Any:
    prepare_offline()
    from presidio_analyzer import EntityRecognizer

    return EntityRecognizer


class MailguardRecognizer(_entity_recognizer_base()):  # type: ignore[misc]
    """One of our text scanners as a Presidio ``EntityRecognizer``."""

    def __init__(self, name: str, scanner: TextScanner) -> None:
        self.scanner = scanner
        entities = sorted(scanner.entity_names())
        super().__init__(supported_entities=entities, name=f"mailguard-{name}")

    def load(self) -> None:
        """Nothing to load: rule packs were compiled when the scanner was built."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        """Our hits for the requested ``entities`` as ``RecognizerResult``s."""
        from presidio_analyzer import AnalysisExplanation, RecognizerResult

        wanted = set(entities or self.supported_entities)
        return [
            RecognizerResult(
                hit.entity,
                hit.start,
                hit.end,
                hit.score,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name, original_score=hit.score, pattern_name=hit.rule
                ),
            )
            for hit in self.scanner.scan_text(text)
            if hit.entity in wanted
        ]
