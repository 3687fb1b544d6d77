"""What crosses the socket between the proxy and a scan worker, as JSON.

Never pickle: a worker parses hostile mail, so the proxy must not execute whatever bytes a
worker sends back, and a worker must not trust a request beyond its plain fields. A frame
that does not decode into the expected shape raises ``ValueError``.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from scanner.model import Action, ClientInfo, Defect, Finding, Reason, Verdict
from scanner.policy import Decision
from scanner.proxy.job import ScanOutcome


def encode_envelope(mail_from: str, rcpt_tos: tuple[str, ...], client: ClientInfo) -> bytes:
    """A request's envelope (the raw message follows it as plain bytes)."""
    return _dump({"mail_from": mail_from, "rcpt_tos": rcpt_tos, "client": _flat(client)})


def decode_envelope(data: bytes) -> tuple[str, tuple[str, ...], ClientInfo]:
    """The inverse of ``encode_envelope``."""
    fields = _load(data)
    try:
        client = ClientInfo(**fields["client"])
        return str(fields["mail_from"]), _strings(fields["rcpt_tos"]), client
    except (KeyError, TypeError) as exc:
        raise ValueError(f"bad envelope frame: {type(exc).__name__}") from None


def encode_reply(kind: str, value: ScanOutcome | tuple[str, int] | str) -> bytes:
    """A worker's answer: ``ok`` with an outcome, ``ready`` with its description, or a
    failure kind with an exception class name."""
    payload = _outcome_fields(value) if isinstance(value, ScanOutcome) else value
    return _dump({"kind": kind, "value": payload})


def decode_reply(data: bytes) -> tuple[str, Any]:
    """The inverse of ``encode_reply``: ``(kind, ScanOutcome | [tos, detectors] | str)``."""
    fields = _load(data)
    try:
        kind, value = str(fields["kind"]), fields["value"]
        return kind, _outcome(value) if kind == "ok" else value
    except (KeyError, TypeError) as exc:
        raise ValueError(f"bad reply frame: {type(exc).__name__}") from None


def _outcome_fields(outcome: ScanOutcome) -> dict[str, Any]:
    verdict, decision = outcome.verdict, outcome.decision
    return {
        "action": verdict.action,
        "scores": dict(verdict.scores),
        "categories": verdict.categories,
        "findings": [_flat(f) for f in verdict.findings],
        "reasons": [_flat(r) for r in verdict.reasons],
        "defects": [_flat(d) for d in verdict.defects],
        "decision": {
            "decided": decision.decided,
            "action": decision.action,
            "reasons": [_flat(r) for r in decision.reasons],
            "code": decision.code,
            "customer": decision.customer,
            "monitor": decision.monitor,
        },
        "seconds": outcome.seconds,
        "stage_seconds": dict(outcome.stage_seconds),
    }


_FIELD_NAMES = {
    cls: tuple(f.name for f in dataclasses.fields(cls))
    for cls in (ClientInfo, Defect, Finding, Reason)
}


def _flat(value: ClientInfo | Defect | Finding | Reason) -> dict[str, Any]:
    """A flat dataclass as a dict (``dataclasses.asdict`` deep-copies: ten times slower)."""
    return {name: getattr(value, name) for name in _FIELD_NAMES[type(value)]}


def _outcome(fields: dict[str, Any]) -> ScanOutcome:
    decision = fields["decision"]
    return ScanOutcome(
        Verdict(
            Action(fields["action"]),
            {str(k): float(v) for k, v in fields["scores"].items()},
            _strings(fields["categories"]),
            tuple(Finding(**f) for f in fields["findings"]),
            _reasons(fields["reasons"]),
            tuple(Defect(**d) for d in fields["defects"]),
        ),
        Decision(
            Action(decision["decided"]),
            Action(decision["action"]),
            _reasons(decision["reasons"]),
            str(decision["code"]),
            decision["customer"],
            bool(decision["monitor"]),
        ),
        float(fields["seconds"]),
        {str(k): float(v) for k, v in fields["stage_seconds"].items()},
    )


def _reasons(items: list[dict[str, Any]]) -> tuple[Reason, ...]:
    return tuple(Reason(**r) for r in items)


def _strings(items: list[Any]) -> tuple[str, ...]:
    return tuple(str(item) for item in items)


def _dump(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode("utf-8")


def _load(data: bytes) -> dict[str, Any]:
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"bad frame: {type(exc).__name__}") from None
    if not isinstance(value, dict):
        raise ValueError("bad frame: not an object")
    return value
