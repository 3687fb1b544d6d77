"""Verdict output: the stable JSON-lines contract and the human-readable ``--explain``."""

from __future__ import annotations

from typing import Any

from scanner.model import Finding, ParsedMessage, SegmentKind, Verdict

# Bump only on a breaking change to the JSON shape; additions keep the version.
SCHEMA_VERSION = 1


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as JSON: where and what, never the matched value."""
    return {
        "detector": finding.detector,
        "entity": finding.entity,
        "category": finding.category,
        "segment": finding.segment,
        "part": finding.part,
        "start": finding.start,
        "end": finding.end,
        "score": round(finding.score, 4),
    }


def verdict_dict(message_id: str, parsed: ParsedMessage, verdict: Verdict) -> dict[str, Any]:
    """One line of ``scanner scan`` output."""
    return {
        "id": message_id,
        "message_id": parsed.message_id,
        "action": str(verdict.action),
        "scores": dict(verdict.scores),
        "categories": list(verdict.categories),
        "findings": [finding_dict(f) for f in verdict.findings],
        "reasons": [
            {"rule": r.rule, "weight": r.weight, "description": r.description}
            for r in verdict.reasons
        ],
        "defects": [{"code": d.code, "part": d.part, "detail": d.detail} for d in verdict.defects],
        "size": parsed.size,
        "schema": SCHEMA_VERSION,
    }


def explain(message_id: str, parsed: ParsedMessage, verdict: Verdict) -> str:
    """A report for a person: action, scores, reasons, findings by category, structure."""
    lines = [
        f"== {message_id}",
        f"   message-id: {parsed.message_id or '(none)'}   size: {parsed.size} bytes",
        f"   action: {verdict.action.upper()}",
        "   scores: " + ", ".join(f"{k}={v:.3f}" for k, v in verdict.scores.items()),
    ]
    if verdict.reasons:
        lines.append("   reasons:")
        lines += [f"     - {r.rule} ({r.weight:+.2f}): {r.description}" for r in verdict.reasons]
    if verdict.findings:
        lines.append("   findings:")
        for f in verdict.findings:
            lines.append(
                f"     - {f.category}/{f.entity} in {f.segment} (part {f.part}) "
                f"[{f.start}:{f.end}] score {f.score:.2f}"
            )
    lines.append("   segments:")
    lines += [
        f"     - {s.source} (part {s.part}): {len(s.text)} chars"
        for s in parsed.segments
        if s.kind is not SegmentKind.URL
    ]
    urls = sum(1 for s in parsed.segments if s.kind is SegmentKind.URL)
    lines.append(f"     - url: {urls}")
    for a in parsed.attachments:
        state = "scanned" if a.scanned else "NOT scanned"
        lines.append(
            f"   attachment {a.filename or '(unnamed)'}: {a.content_type}, {a.magic}"
            f"{f' ({a.document})' if a.document else ''}, "
            f"{a.size} bytes, {state}"
        )
    if verdict.defects:
        lines.append("   defects: " + ", ".join(f"{d.code}@{d.part}" for d in verdict.defects))
    return "\n".join(lines)
