"""Policy: one action per message from findings, scores and fired rules.

The base policy comes from the ``[policy]`` config section; an optional YAML file
(``policy.file``, e.g. ``rules/policy.yaml``) may replace any base key and add rule
actions, per-customer overrides and allowlists. Every action is explained by reasons that
name categories, thresholds and rule codes only, never a detected value.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from scanner.categories import ALL_CATEGORIES, UNSCANNED
from scanner.config import Policy
from scanner.errors import ConfigError
from scanner.model import Action, Finding, Reason, Verdict

# Stronger actions win when several apply.
_SEVERITY = {Action.PASS: 0, Action.TAG: 1, Action.HOLD: 2, Action.TEMPFAIL: 3, Action.REJECT: 4}

ActionName = Literal["pass", "tag", "hold", "reject", "tempfail"]
# Short codes shown in SMTP replies: upper snake case, no room for message content.
_CODE_PATTERN = r"^[A-Z][A-Z0-9_]{1,39}$"


def strongest(actions: Iterable[Action]) -> Action:
    """The most severe of ``actions`` (PASS when empty)."""
    return max(actions, key=_SEVERITY.__getitem__, default=Action.PASS)


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleAction(_Spec):
    """What a fired rule (reason code) does; ``code`` is the SMTP reply's reason code."""

    action: ActionName
    code: str | None = Field(None, pattern=_CODE_PATTERN)


class Thresholds(_Spec):
    """Actions by ToS score: the strongest threshold reached applies; null = never."""

    tag: float | None = Field(None, ge=0.0, le=1.0)
    hold: float | None = Field(None, ge=0.0, le=1.0)
    tempfail: float | None = Field(None, ge=0.0, le=1.0)
    reject: float | None = Field(None, ge=0.0, le=1.0)


class Overrides(_Spec):
    """Keys a customer may override; unset keys inherit the global policy."""

    mode: Literal["enforce", "monitor"] | None = None
    min_finding_score: float | None = Field(None, ge=0.0, le=1.0)
    categories: dict[str, ActionName] = Field(default_factory=dict)
    entities: dict[str, ActionName] = Field(default_factory=dict)
    tos: Thresholds | None = None
    unscanned: Literal["pass", "tag", "hold"] | None = None
    rules: dict[str, RuleAction] = Field(default_factory=dict)
    allow: bool = False
    allow_recipient_domains: tuple[str, ...] = ()

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: dict[str, ActionName]) -> dict[str, ActionName]:
        unknown = sorted(set(value) - set(ALL_CATEGORIES))
        if unknown:
            raise ValueError(f"unknown categories: {', '.join(unknown)}")
        return value

    @field_validator("allow_recipient_domains")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.lower().lstrip("@") for v in value)


class PolicySpec(Overrides):
    """A complete policy: the global rules plus per-customer overrides."""

    mode: Literal["enforce", "monitor"] | None = "enforce"
    on_detector_error: Literal["tag", "hold", "tempfail"] = "hold"
    customers: dict[str, Overrides] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Context:
    """Who sent the message, as far as the MTA told us (all optional)."""

    login: str | None = None
    header_customer: str | None = None
    sender: str | None = None
    recipients: tuple[str, ...] = ()

    def candidates(self) -> tuple[str, ...]:
        """Customer ids to look up, most trusted first: SASL login, header, sender domain."""
        domain = self.sender.rpartition("@")[2].lower() if self.sender else ""
        found = (self.login, self.header_customer, domain)
        return tuple(c for c in found if c)


@dataclass(frozen=True, slots=True)
class Decision:
    """The policy's outcome: what it decided, what is enforced, and why."""

    decided: Action
    action: Action
    reasons: tuple[Reason, ...]
    code: str
    customer: str | None
    monitor: bool


@dataclass(frozen=True, slots=True)
class _Hit:
    action: Action
    reason: Reason
    code: str


class PolicyEngine:
    """Decides one action per message. Immutable and thread-safe."""

    def __init__(self, spec: PolicySpec) -> None:
        self.spec = spec

    @classmethod
    def from_settings(cls, policy: Policy) -> PolicyEngine:
        """The base policy from config, with ``policy.file`` applied on top.

        Raises:
            ConfigError: the file cannot be read or is invalid (naming file and key).
        """
        tos = Thresholds(
            tag=policy.tos_tag_threshold,
            hold=policy.tos_hold_threshold,
            reject=policy.tos_reject_threshold,
        )
        base: dict[str, Any] = {
            "min_finding_score": policy.min_finding_score,
            "categories": dict.fromkeys(policy.hold_categories, "hold"),
            "entities": dict.fromkeys(policy.tag_entities, "tag"),
            "rules": {
                **{rule: {"action": "tag"} for rule in policy.tag_rules},
                **{rule: {"action": "hold"} for rule in policy.hold_rules},
            },
            "tos": tos.model_dump(),
            "unscanned": policy.unscanned_action,
            "on_detector_error": policy.detector_error_action,
        }
        if policy.file is not None:
            base.update(_read_yaml(policy.file))
        try:
            return cls(PolicySpec.model_validate(base))
        except ValidationError as exc:
            origin = f"{policy.file}: " if policy.file else ""
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
            )
            raise ConfigError(f"invalid policy: {origin}{problems}") from None

    def rule_names(self) -> set[str]:
        """Every rule the policy maps to an action, globally or for a customer."""
        return {name for override in self._all_overrides() for name in override.rules}

    def entity_names(self) -> set[str]:
        """Every finding entity the policy maps to an action, globally or for a customer."""
        return {name for override in self._all_overrides() for name in override.entities}

    def _all_overrides(self) -> tuple[Overrides, ...]:
        return (self.spec, *self.spec.customers.values())

    def customer_for(self, context: Context | None) -> tuple[str | None, Overrides | None]:
        """The first candidate id with an entry in ``customers``, else the sender's id."""
        if context is None:
            return None, None
        candidates = context.candidates()
        for candidate in candidates:
            override = self.spec.customers.get(candidate)
            if override is not None:
                return candidate, override
        return (candidates[0] if candidates else None), None

    def decide(
        self,
        findings: Sequence[Finding],
        scores: Mapping[str, float],
        fired: Sequence[Reason] = (),
        failed_detectors: Sequence[str] = (),
        context: Context | None = None,
        dry_run: bool = False,
    ) -> Decision:
        """Choose the action for one message and say why."""
        customer, override = self.customer_for(context)
        eff = _merge(self.spec, override)
        monitor = dry_run or eff.mode == "monitor"
        hits = list(self._hits(eff, findings, scores, fired, failed_detectors))
        if _allowed(eff, context):
            hits = [_Hit(Action.PASS, Reason("CUSTOMER_ALLOWLIST", 0.0, "allowlisted"), "")]
        decided = strongest(h.action for h in hits)
        top = next((h for h in hits if h.action == decided), None)
        return Decision(
            decided=decided,
            action=Action.PASS if monitor else decided,
            reasons=tuple(h.reason for h in hits),
            code=top.code if top else "",
            customer=customer,
            monitor=monitor,
        )

    def apply(
        self, verdict: Verdict, context: Context | None, dry_run: bool = False
    ) -> tuple[Verdict, Decision]:
        """Re-decide a pipeline verdict with the sender's context (customer overrides).

        The pipeline decided without context: its policy reasons are replaced, every
        other reason (rules that fired in the ToS scorer) is kept and may map to actions.
        """
        failed = tuple(d.detail for d in verdict.defects if d.code == "detector-error")
        unscanned = {f.entity for f in verdict.findings if f.category == UNSCANNED}
        fired = tuple(r for r in verdict.reasons if not _is_policy_reason(r, unscanned))
        decision = self.decide(verdict.findings, verdict.scores, fired, failed, context, dry_run)
        return replace(verdict, action=decision.decided, reasons=fired + decision.reasons), decision

    def _hits(
        self,
        eff: PolicySpec,
        findings: Sequence[Finding],
        scores: Mapping[str, float],
        fired: Sequence[Reason],
        failed: Sequence[str],
    ) -> Iterable[_Hit]:
        if failed:
            # A detector that failed may have missed something: let a human look.
            yield _Hit(
                Action(eff.on_detector_error),
                Reason("DETECTOR_ERROR", 0.0, "a detector failed"),
                "SCAN_INCOMPLETE",
            )
        min_score = eff.min_finding_score or 0.0
        counted = [f for f in findings if f.score >= min_score]
        for category in sorted({f.category for f in counted if f.category != UNSCANNED}):
            # An entity's own action ("last digits of a card: tag") overrides its category's.
            action = strongest(
                Action(eff.entities.get(f.entity) or eff.categories.get(category, "pass"))
                for f in counted
                if f.category == category
            )
            if action != Action.PASS:
                yield _Hit(
                    action,
                    Reason(f"SENSITIVE_{category.upper()}", 0.0, f"{category} found"),
                    "SENSITIVE_DATA",
                )
        yield from _tos_hits(eff.tos or Thresholds(), scores.get("tos", 0.0))
        unscanned = sorted({f.entity for f in findings if f.category == UNSCANNED})
        if unscanned and eff.unscanned not in (None, "pass"):
            for entity in unscanned:
                yield _Hit(
                    Action(eff.unscanned), Reason(entity, 0.0, "content not scanned"), "UNSCANNED"
                )
        for reason in fired:
            rule = eff.rules.get(reason.rule)
            if rule is not None and rule.action != "pass":
                yield _Hit(
                    Action(rule.action),
                    Reason(f"RULE_{reason.rule}", 0.0, f"rule mapped to {rule.action}"),
                    rule.code or "POLICY",
                )


_POLICY_REASON_PREFIXES = ("SENSITIVE_", "TOS_SCORE_", "RULE_")
_POLICY_REASONS = frozenset({"DETECTOR_ERROR", "CUSTOMER_ALLOWLIST"})


def _is_policy_reason(reason: Reason, unscanned: set[str]) -> bool:
    """True for reasons this module writes (as opposed to rules fired upstream)."""
    rule = reason.rule
    return rule in _POLICY_REASONS or rule in unscanned or rule.startswith(_POLICY_REASON_PREFIXES)


def _tos_hits(tos: Thresholds, score: float) -> Iterable[_Hit]:
    ordered = (
        ("reject", tos.reject),
        ("tempfail", tos.tempfail),
        ("hold", tos.hold),
        ("tag", tos.tag),
    )
    for name, threshold in ordered:
        if threshold is not None and score >= threshold:
            reason = Reason(f"TOS_SCORE_{name.upper()}", 0.0, f"tos score >= {threshold:g}")
            yield _Hit(Action(name), reason, "TOS_VIOLATION")
            return


def _merge(spec: PolicySpec, override: Overrides | None) -> PolicySpec:
    """The global policy with a customer's overrides applied key by key."""
    if override is None:
        return spec
    tos = spec.tos or Thresholds()
    if override.tos is not None:
        tos = tos.model_copy(update=override.tos.model_dump(exclude_unset=True))
    return spec.model_copy(
        update={
            "mode": override.mode or spec.mode,
            "min_finding_score": (
                override.min_finding_score
                if override.min_finding_score is not None
                else spec.min_finding_score
            ),
            "categories": {**spec.categories, **override.categories},
            "entities": {**spec.entities, **override.entities},
            "tos": tos,
            "unscanned": override.unscanned or spec.unscanned,
            "rules": {**spec.rules, **override.rules},
            "allow": override.allow or spec.allow,
            "allow_recipient_domains": spec.allow_recipient_domains
            + override.allow_recipient_domains,
        }
    )


def _allowed(override: Overrides, context: Context | None) -> bool:
    """Allowlisted customer, or every recipient in an allowlisted domain."""
    if override.allow:
        return True
    domains = set(override.allow_recipient_domains)
    if not domains or context is None or not context.recipients:
        return False
    return all(r.rpartition("@")[2].lower() in domains for r in context.recipients)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read policy file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"policy file {path} is not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"policy file {path} must be a mapping at the top level")
    return data


@functools.lru_cache(maxsize=8)
def engine_for(policy: Policy) -> PolicyEngine:
    """The engine for a (frozen, hashable) policy section, built once."""
    return PolicyEngine.from_settings(policy)


def decide(
    policy: Policy,
    findings: Sequence[Finding],
    scores: Mapping[str, float],
    failed_detectors: Sequence[str] = (),
    fired: Sequence[Reason] = (),
) -> tuple[Action, tuple[Reason, ...]]:
    """The pipeline's context-free decision: the action and its reasons."""
    decision = engine_for(policy).decide(findings, scores, fired, failed_detectors)
    return decision.decided, decision.reasons
