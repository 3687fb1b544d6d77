"""Build a ready Scanner from settings: every rule pack and model is loaded here, at start-up,
so that a bad file fails before the first message rather than at it."""

from __future__ import annotations

from pathlib import Path

from scanner.config import Settings
from scanner.detectors.loader import load_detectors
from scanner.errors import ConfigError
from scanner.pipeline import Scanner
from scanner.policy import PolicyEngine
from scanner.tos import TosEngine, load_tos
from scanner.tos.scorer import MODEL_SYMBOL


def build_scanner(settings: Settings) -> Scanner:
    """A Scanner with the configured detectors and ToS scorer.

    Raises:
        ConfigError: a bad rule pack or policy, or a policy naming a ToS rule that does not
            exist (a typo there would silently never act).
    """
    tos = load_tos(settings)
    if tos is not None:
        _check_policy_rules(PolicyEngine.from_settings(settings.policy), tos, settings.policy.file)
    return Scanner(settings, detectors=load_detectors(settings), tos=tos)


def _check_policy_rules(policy: PolicyEngine, tos: TosEngine, file: Path | None) -> None:
    known = {symbol.name for symbol in tos.rules.symbols} | {MODEL_SYMBOL}
    unknown = sorted(policy.rule_names() - known)
    if unknown:
        # The file is where the operator looks for the typo (or [policy] hold_rules, when
        # the file sets no rules: a file's rules replace hold_rules).
        where = f"policy file {file}" if file is not None else "policy"
        raise ConfigError(
            f"{where}: unknown ToS rule(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})"
        )
