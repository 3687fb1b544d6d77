"""ToS-violation scoring: hashed-feature linear classifier, Platt calibration, YAML rules.

``load_tos(settings)`` reads and verifies the model and rules; call it at start-up and
again on reload (SIGHUP): it returns a new engine and leaves the running one untouched, so a
bad new model is refused while the old one keeps serving.
"""

from __future__ import annotations

from scanner.config import Settings
from scanner.tos import artifact, features
from scanner.tos.blocklist import load_blocklists
from scanner.tos.rules import load_rules
from scanner.tos.scorer import TosEngine


def load_tos(settings: Settings) -> TosEngine | None:
    """The configured ToS engine, or None when ``[tos] enabled = false``.

    Raises:
        ModelError: the model file is missing, corrupt, tampered with or incompatible.
        ConfigError: a rule file is invalid, or a URL blocklist unreadable or too big.
    """
    config = settings.tos
    if not config.enabled:
        return None
    model = artifact.load(config.model)
    features.load_hashing()  # at start-up, not at the first message
    blocklist = load_blocklists(config.url_blocklists, config.max_url_blocklist_entries)
    rules = load_rules(config.rules_dir, config.bulk_min_recipients, blocklist)
    return TosEngine(model, rules)


__all__ = ["TosEngine", "load_tos"]
