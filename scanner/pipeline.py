"""The scan pipeline: parse, detect, score, decide. Pure CPU work, no I/O."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from scanner.categories import is_sensitive
from scanner.config import Settings
from scanner.detectors import Detector
from scanner.mime import parse_message
from scanner.model import Defect, Envelope, Finding, ParsedMessage, Reason, Verdict
from scanner.policy import decide

log = logging.getLogger(__name__)


class TosScorer(Protocol):
    """Scores a message for Terms-of-Service violations (classifier and/or rules)."""

    def score(
        self, message: ParsedMessage, envelope: Envelope | None
    ) -> tuple[float, tuple[Reason, ...]]:
        """A probability-like score in 0..1 and the rules that fired."""
        ...


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What one scan produced: the parsed message (for callers that need it) and the verdict."""

    message: ParsedMessage
    verdict: Verdict
    stage_seconds: Mapping[str, float]


class Scanner:
    """Runs every stage on one message. Thread-safe: holds no per-message state."""

    def __init__(
        self,
        settings: Settings,
        detectors: Sequence[Detector] = (),
        tos: TosScorer | None = None,
    ) -> None:
        self.settings = settings
        self.detectors = tuple(detectors)
        self.tos = tos

    def scan(self, raw: bytes, envelope: Envelope | None = None) -> ScanResult:
        """Scan raw message bytes. A failing detector is recorded, never fatal."""
        clock = _StageClock()
        message = parse_message(raw, self.settings.limits)
        clock.lap("parse")
        findings: list[Finding] = list(message.findings)
        defects: list[Defect] = list(message.defects)
        failed: list[str] = []
        for detector in self.detectors:
            try:
                findings.extend(detector.scan(message))
            except Exception:
                log.exception("detector failed", extra={"detector": detector.name})
                failed.append(detector.name)
                defects.append(Defect("detector-error", "0", detector.name))
        clock.lap("detect")
        tos_score: float = 0.0
        tos_reasons: tuple[Reason, ...] = ()
        if self.tos is not None:
            tos_score, tos_reasons = self.tos.score(message, envelope)
        scores = {"tos": round(tos_score, 4), "sensitive": _sensitive_score(findings)}
        clock.lap("classify")
        action, policy_reasons = decide(
            self.settings.policy, findings, scores, failed, fired=tos_reasons
        )
        categories = sorted({f.category for f in findings})
        verdict = Verdict(
            action=action,
            scores=scores,
            categories=tuple(categories),
            findings=tuple(findings),
            reasons=(*tos_reasons, *policy_reasons),
            defects=tuple(defects),
        )
        return ScanResult(message, verdict, clock.laps)


class _StageClock:
    """Seconds spent in each stage of one scan (parse, detect, classify)."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = now - self._last
        self._last = now


def _sensitive_score(findings: Sequence[Finding]) -> float:
    return round(max((f.score for f in findings if is_sensitive(f.category)), default=0.0), 4)
