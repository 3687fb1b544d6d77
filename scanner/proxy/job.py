"""One scan as a worker runs it: the request in, the verdict and decision out.

A worker builds its Scanner and PolicyEngine from the settings once. Only the verdict and
decision travel back (as JSON, ``frames``); the parsed message never leaves the worker.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass

from scanner.assembly import build_scanner
from scanner.config import Settings
from scanner.model import ClientInfo, Envelope, Verdict
from scanner.pipeline import Scanner
from scanner.policy import Context, Decision, PolicyEngine
from scanner.tos.rules import RuleSet


@dataclass(frozen=True, slots=True)
class ScanRequest:
    """What a worker needs: the raw message and who sent it to whom."""

    raw: bytes
    mail_from: str
    rcpt_tos: tuple[str, ...]
    client: ClientInfo


@dataclass(frozen=True, slots=True)
class ScanOutcome:
    """A worker's answer: the verdict, the policy decision, seconds in all and per pipeline
    stage."""

    verdict: Verdict
    decision: Decision
    seconds: float
    stage_seconds: Mapping[str, float]


class ScanJob:
    """The per-worker scanner and policy; ``run`` is pure CPU."""

    def __init__(self, settings: Settings) -> None:
        self.scanner: Scanner = build_scanner(settings)
        self.engine = PolicyEngine.from_settings(settings.policy)
        self.customer_header = settings.proxy.customer_header
        self.dry_run = settings.proxy.dry_run

    def run(self, request: ScanRequest) -> ScanOutcome:
        started = time.perf_counter()
        envelope = Envelope(request.mail_from, request.rcpt_tos, request.client)
        result = self.scanner.scan(request.raw, envelope)
        header = result.message.header(self.customer_header) if self.customer_header else None
        context = Context(
            login=request.client.login,
            header_customer=header.strip() if header else None,
            sender=request.mail_from,
            recipients=request.rcpt_tos,
        )
        verdict, decision = self.engine.apply(result.verdict, context, self.dry_run)
        return ScanOutcome(
            verdict,
            decision,
            time.perf_counter() - started,
            dict(result.stage_seconds),
        )

    def tos_version(self) -> str:
        """The loaded ToS model's version (``v8``), or ``none``."""
        if self.scanner.tos is None:
            return "none"
        # TosEngine has one; another TosScorer (a test double) may not.
        return str(getattr(self.scanner.tos, "version", "unknown"))

    def url_blocklist_entries(self) -> int:
        """Entries of the loaded URL blocklists (0 without any, or without ToS scoring)."""
        rules = getattr(self.scanner.tos, "rules", None)  # a TosEngine's; a test double may lack
        return len(rules.lists.url_blocklist) if isinstance(rules, RuleSet) else 0

    def describe(self) -> tuple[str, int]:
        """The ToS scorer's class name (or ``none``) and the number of detectors."""
        tos = type(self.scanner.tos).__name__ if self.scanner.tos is not None else "none"
        return tos, len(self.scanner.detectors)
