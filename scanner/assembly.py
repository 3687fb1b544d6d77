"""Build a ready Scanner from settings: every rule pack and model is loaded here, at start-up,
so that a bad file fails before the first message rather than at it."""

from __future__ import annotations

from collections.abc import Iterable

from scanner.config import Policy, Settings
from scanner.detectors.loader import entity_names, load_detectors
from scanner.errors import ConfigError
from scanner.pipeline import Scanner
from scanner.policy import PolicyEngine
from scanner.tos import load_tos
from scanner.tos.scorer import MODEL_SYMBOL


def build_scanner(settings: Settings) -> Scanner:
    """A Scanner with the configured detectors and ToS scorer.

    Raises:
        ConfigError: a bad rule pack or policy, or a policy naming a ToS rule or a finding
            entity that does not exist (a typo there would silently never act).
    """
    policy = PolicyEngine.from_settings(settings.policy)
    # The file is where the operator looks for the typo (or [policy] hold_rules, tag_rules
    # and tag_entities, when the file sets no rules or entities: a file's keys replace them).
    where = f"policy file {settings.policy.file}" if settings.policy.file else "policy"
    detectors = load_detectors(settings)
    _refuse_unknown(where, "finding entity", policy.entity_names(), entity_names(detectors))
    tos = load_tos(settings)
    if tos is not None:
        known = {symbol.name for symbol in tos.rules.symbols} | {MODEL_SYMBOL}
        _refuse_unknown(where, "ToS rule(s)", policy.rule_names(), known)
    return Scanner(settings, detectors=detectors, tos=tos)


# The built-in defaults name shipped rules and entities; a site whose own packs lack one
# has a default that never acts, not a typo.
_BUILT_IN = Policy()
_DEFAULTS = frozenset({*_BUILT_IN.hold_rules, *_BUILT_IN.tag_rules, *_BUILT_IN.tag_entities})


def _refuse_unknown(where: str, what: str, named: set[str], known: Iterable[str]) -> None:
    unknown = sorted(named - set(known) - _DEFAULTS)
    if unknown:
        raise ConfigError(
            f"{where}: unknown {what} {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
