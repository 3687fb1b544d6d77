"""The aiosmtpd handler: after DATA, scan, decide and enact before replying.

The reply to DATA says what really happened: 250 only after the next hop accepted the
message or the hold store committed it; 4xx for anything that went wrong on our side.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from scanner.config import Proxy
from scanner.holding import HoldError
from scanner.metrics import ProxyMetrics
from scanner.model import Action, Envelope, Reason, Verdict
from scanner.policy import Decision
from scanner.proxy import forwarding
from scanner.proxy.job import ScanOutcome, ScanRequest
from scanner.proxy.procpool import WorkerFailed
from scanner.proxy.relay import Outgoing, Relay, RelayError
from scanner.proxy.smtp import GuardSMTP, session_attrs
from scanner.proxy.store import LazyStore
from scanner.proxy.tagging import tagged
from scanner.proxy.workers import Overloaded, ScanPool
from scanner.ratelimit import RateLimiter

log = logging.getLogger(__name__)

TEMPFAIL_REPLY = "451 4.3.0 Temporary failure, try again later"
OVERLOAD_REPLY = "421 4.3.2 Too busy, try again later"
INSUFFICIENT_STORAGE_REPLY = "452 4.3.1 Insufficient system storage, try again later"
RATE_REASON = Reason("RATE_LIMIT", 0.0, "customer over its message rate; held")
ALLOWLIST_REASON = Reason("REVIEW_ALLOWLIST", 0.0, "sender allowlisted by a reviewer")
_SCAN_IDS = itertools.count(1)
_RUN_ID = f"{os.getpid():x}{int(time.time()) & 0xFFFFFF:06x}"


def _bare_newline(raw: bytes) -> bool:
    """A CR or LF that is not part of a CRLF pair (three C-speed counts)."""
    pairs = raw.count(b"\r\n")
    return raw.count(b"\r") != pairs or raw.count(b"\n") != pairs


def _new_scan_id() -> str:
    """Unique per process run, cheap (no entropy read per message)."""
    return f"{_RUN_ID}-{next(_SCAN_IDS):x}"


# RFC 5321 addresses never hold control characters; relaying one fails at the next hop,
# which would turn a permanent error into a 451 the client retries for days.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class EsmtpHandler:
    """EHLO and RCPT handling shared by the proxy and the sinks."""

    max_recipients = 1000

    async def handle_EHLO(
        self, server: GuardSMTP, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        return server.ehlo_lines(responses)

    async def handle_MAIL(
        self, server: GuardSMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if _CONTROL.search(address):
            return "501 5.1.7 Error: bad sender address syntax"
        if not server.reserve(options):
            return INSUFFICIENT_STORAGE_REPLY
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: GuardSMTP, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if _CONTROL.search(address):
            return "501 5.1.3 Error: bad recipient address syntax"
        if len(envelope.rcpt_tos) >= self.max_recipients:
            return "452 4.5.3 Error: too many recipients"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 2.1.5 Ok"

    async def handle_exception(self, error: Exception) -> str:
        log.error("smtp session error", extra={"error": type(error).__name__})
        return TEMPFAIL_REPLY


@dataclass
class Runtime:
    """What a reload replaces as one unit: the settings and the scan pool built from them."""

    proxy: Proxy
    pool: ScanPool


class ProxyHandler(EsmtpHandler):
    """Scans each message and relays, tags, holds, rejects or temp-fails it."""

    def __init__(
        self,
        runtime: Callable[[], Runtime],
        relay: Relay,
        store: LazyStore,
        metrics: ProxyMetrics,
        proxy: Proxy,
        limiter: RateLimiter | None = None,
        relayed: Callable[[], None] | None = None,
    ) -> None:
        self.runtime = runtime
        self.relayed = relayed  # told of each message the next hop accepted (readiness)
        self.limiter = limiter
        self.relay = relay
        self.store = store
        self.metrics = metrics
        self.max_recipients = proxy.max_recipients

    def processing_budget(self) -> float:
        """Time DATA processing may take before the session timer closes the connection:
        the scan (its timeout is reloaded on SIGHUP), a wait for a next-hop connection, a
        connect and the relay's replies."""
        relay = self.relay
        scan = self.runtime().proxy.scan_timeout_seconds
        return scan + relay.connect_timeout + 7 * relay.timeout

    async def handle_DATA(self, server: GuardSMTP, session: Any, envelope: Any) -> str:
        server.extend_timeout(self.processing_budget())
        scan_id = _new_scan_id()
        done: dict[str, Any] = {"scan_id": scan_id}
        try:
            reply = await self._process(scan_id, session, envelope, done)
        except Exception as exc:
            log.error("message failed", extra={"scan_id": scan_id, "error": type(exc).__name__})
            self.metrics.tempfails.labels(cause="scan_error").inc()
            reply = TEMPFAIL_REPLY
        _log_done(done, reply)
        return reply

    async def _process(
        self, scan_id: str, session: Any, envelope: Any, done: dict[str, Any]
    ) -> str:
        """The reply to DATA; ``done`` collects the fields of the message's final log line."""
        raw: bytes = envelope.original_content
        runtime = self.runtime()
        self.metrics.message_bytes.observe(len(raw))
        attrs = session_attrs(session, envelope)
        client = forwarding.client_info(attrs)
        if client.ident is not None:  # the MTA's queue id (XFORWARD IDENT)
            done["upstream_id"] = _token(client.ident)
        done["size"] = len(raw)
        done["rcpts"] = len(envelope.rcpt_tos)
        if runtime.proxy.bare_newlines == "reject" and _bare_newline(raw):
            done["refused"] = "bare_newline"
            return "550 5.6.0 Message contains a bare CR or LF (RFC 5321 2.3.8)"
        request = ScanRequest(raw, envelope.mail_from, tuple(envelope.rcpt_tos), client)
        started = time.perf_counter()
        outcome = await self._scan(scan_id, runtime, request)
        done["scan_ms"] = _ms(time.perf_counter() - started)
        if isinstance(outcome, str):
            return outcome
        verdict, decision = outcome.verdict, outcome.decision
        hold_envelope = Envelope(envelope.mail_from, request.rcpt_tos, client)
        action = await self._final_action(decision, hold_envelope)
        if action != decision.action:
            reason = ALLOWLIST_REASON if action == Action.PASS else RATE_REASON
            verdict = replace(verdict, action=action, reasons=(*verdict.reasons, reason))
        self._count(verdict, decision)
        done.update(
            action=str(action),
            reasons=sorted({r.rule for r in verdict.reasons}),
            categories=list(verdict.categories),
        )
        if decision.monitor:
            done["monitor"] = True
        if action != decision.decided:
            done["decided"] = str(decision.decided)
        # Before enacting it: with DEBUG on, a slow relay or hold shows what was decided.
        log.debug(
            "verdict",
            extra={
                "scan_id": scan_id,
                "decided": str(decision.decided),
                "action": str(action),
                "monitor": decision.monitor,
                "reasons": sorted({r.rule for r in verdict.reasons}),
                "categories": list(verdict.categories),
                "size": len(raw),
                "rcpts": len(request.rcpt_tos),
            },
        )
        if action in (Action.PASS, Action.TAG):
            body = tagged(raw, verdict) if action == Action.TAG else raw
            reply = await self._relay(scan_id, session, envelope, body, done)
            if not reply.startswith("2"):
                self._refund_rate(decision)
            return reply
        if action == Action.HOLD:
            return await self._hold(scan_id, hold_envelope, raw, verdict, decision.customer, done)
        if action == Action.REJECT:
            return f"550 5.7.1 Message rejected by content policy ({decision.code or 'POLICY'})"
        self.metrics.tempfails.labels(cause="policy").inc()
        return f"451 4.7.1 Message deferred by content policy ({decision.code or 'POLICY'})"

    async def _scan(
        self, scan_id: str, runtime: Runtime, request: ScanRequest
    ) -> ScanOutcome | str:
        started = time.perf_counter()
        try:
            outcome = await runtime.pool.scan(request, runtime.proxy.scan_timeout_seconds)
        except Overloaded:
            self.metrics.tempfails.labels(cause="overload").inc()
            log.warning("scan queue full", extra={"scan_id": scan_id})
            return OVERLOAD_REPLY
        except TimeoutError:
            self.metrics.tempfails.labels(cause="scan_timeout").inc()
            log.error("scan timed out", extra={"scan_id": scan_id})
            return TEMPFAIL_REPLY
        except Exception as exc:
            self.metrics.tempfails.labels(cause="scan_error").inc()
            error = exc.kind if isinstance(exc, WorkerFailed) else type(exc).__name__
            log.error("scan failed", extra={"scan_id": scan_id, "error": error})
            return TEMPFAIL_REPLY
        total = time.perf_counter() - started
        self.metrics.stage["scan"].observe(outcome.seconds)
        for stage, seconds in outcome.stage_seconds.items():
            if stage in self.metrics.scan_stage:
                self.metrics.scan_stage[stage].observe(seconds)
        self.metrics.stage["queue"].observe(max(total - outcome.seconds, 0))
        return outcome

    async def _final_action(self, decision: Decision, envelope: Envelope) -> Action:
        """The policy's action, after the review queue's sender allowlist (a policy hold
        becomes pass) and the customer's rate (pass or tag over the rate becomes hold)."""
        action = decision.action
        if action == Action.HOLD and await asyncio.to_thread(
            self.store.allowlisted, envelope, decision.customer
        ):
            action = Action.PASS
        if action in (Action.PASS, Action.TAG) and not self._within_rate(decision):
            # A compromised account's burst waits for a human.
            action = Action.HOLD
        return action

    def _within_rate(self, decision: Decision) -> bool:
        """Counts the message against its customer's rate; False when over it."""
        if self.limiter is None or decision.monitor:
            return True
        return self.limiter.allow(decision.customer or "", time.monotonic())

    def _refund_rate(self, decision: Decision) -> None:
        """Takes back what ``_within_rate`` counted, for a message not sent after all."""
        if self.limiter is not None and not decision.monitor:
            self.limiter.refund(decision.customer or "", time.monotonic())

    def _count(self, verdict: Verdict, decision: Decision) -> None:
        mode = "monitor" if decision.monitor else "enforce"
        self.metrics.messages.labels(action=str(verdict.action), mode=mode).inc()
        for finding in verdict.findings:
            self.metrics.findings.labels(category=finding.category).inc()
        for rule in {r.rule for r in verdict.reasons}:
            self.metrics.rule_hits.labels(rule=rule).inc()

    async def _relay(
        self, scan_id: str, session: Any, envelope: Any, body: bytes, done: dict[str, Any]
    ) -> str:
        options = {o.upper() for o in envelope.mail_options}
        message = Outgoing(
            mail_from=envelope.mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos),
            raw=body,
            body_8bit="BODY=8BITMIME" in options,
            smtputf8=bool(envelope.smtp_utf8),
            xforward=dict(envelope.xforward),
            xclient=dict(session.xclient),
        )
        started = time.perf_counter()
        try:
            reply = await self.relay.send(message)
        except RelayError as exc:
            done["relay_error"] = exc.reason
            self.metrics.relay_errors.labels(reason=exc.reason).inc()
            if exc.reply.startswith("4"):
                self.metrics.tempfails.labels(cause="relay").inc()
            log.warning("relay failed", extra={"scan_id": scan_id, "reason": exc.reason})
            return exc.reply
        finally:
            elapsed = time.perf_counter() - started
            self.metrics.stage["relay"].observe(elapsed)
            done["relay_ms"] = _ms(elapsed)
        self.metrics.downstream_seconds.observe(elapsed)
        if self.relayed is not None:
            self.relayed()
        next_hop_id = _next_hop_id(reply)
        if next_hop_id is not None:
            done["next_hop_id"] = next_hop_id
        return "250 2.0.0 Ok: relayed" + _downstream_id(reply)

    async def _hold(
        self,
        scan_id: str,
        envelope: Envelope,
        raw: bytes,
        verdict: Verdict,
        customer: str | None,
        done: dict[str, Any],
    ) -> str:
        started = time.perf_counter()
        loop = asyncio.get_running_loop()
        try:
            queue_id = await loop.run_in_executor(
                None, self.store.hold, envelope, raw, verdict, customer
            )
        except HoldError:
            cause = "hold" if self.store.available else "no_store"
            self.metrics.tempfails.labels(cause=cause).inc()
            log.error("hold failed", extra={"scan_id": scan_id})
            return TEMPFAIL_REPLY
        finally:
            elapsed = time.perf_counter() - started
            self.metrics.stage["hold"].observe(elapsed)
            done["hold_ms"] = _ms(elapsed)
        done["hold_id"] = _safe_id(queue_id)
        return f"250 2.0.0 Ok: held for review as {_safe_id(queue_id)}"


_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")


def _safe_id(value: str) -> str:
    match = _ID.fullmatch(value)
    return match.group(0) if match else "(id withheld)"


def _downstream_id(reply: str) -> str:
    """`` (next hop: queued as X)`` when the next hop's reply names a queue id."""
    match = re.search(r"queued as ([A-Za-z0-9._:-]{1,64})", reply)
    return f" (next hop queued as {match.group(1)})" if match else ""


_OUTCOMES = {"2": "delivered", "4": "tempfailed", "5": "rejected"}
_TOKEN = re.compile(r"[A-Za-z0-9]{1,64}")
# Postfix: "250 2.0.0 Ok: queued as 7C5E621418F"; only the id is taken, never other text.
_QUEUED_AS = re.compile(r"\bqueued as ([A-Za-z0-9]{1,64})(?![^\s,;)])")


def _token(value: str) -> str:
    """A queue id as logged: letters and digits only, else withheld."""
    return value if _TOKEN.fullmatch(value) else "(withheld)"


def _next_hop_id(reply: str) -> str | None:
    """The next hop's queue id from its reply to the end of DATA, if it names one."""
    match = _QUEUED_AS.search(reply)
    return match.group(1) if match else None


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _log_done(done: dict[str, Any], reply: str) -> None:
    """The message's one final INFO line, after its reply is known: ids to join with the
    MTA's log (``upstream_id``: its queue id from XFORWARD IDENT; ``next_hop_id``: the id
    the next hop queued it as), what was done and why (rule codes only), the reply code
    and times. Never an address, subject, header or detected value."""
    outcome = _OUTCOMES.get(reply[:1], "other")
    if outcome == "delivered":
        outcome = "held" if "hold_id" in done else "relayed"
    log.info("message done", extra={"outcome": outcome, "reply": reply[:3], **done})
