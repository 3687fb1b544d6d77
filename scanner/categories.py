"""Finding categories: the Sensitive Data taxonomy (public contract) and operational ones."""

from __future__ import annotations

# Section 9 of the privacy policy, (a)-(e). Ids are a public contract: verdicts, metrics,
# policy files and the review UI use them. Never rename one.
SENSITIVE_CATEGORIES: tuple[str, ...] = (
    "government_id",
    "financial_account",
    "payment_card",
    "credential",
    "credit_report",
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union_membership",
    "sexual_orientation",
    "criminal_history",
)

# (c)-(e): personal data revealing health, beliefs, origin, ... Found by words in context,
# not by identifier formats; shown as the category name only, never as text.
SPECIAL_CATEGORIES: frozenset[str] = frozenset(SENSITIVE_CATEGORIES[5:])

# Content that could not be scanned (binary or encrypted attachment, a limit reached):
# policy decides what to do with it, it is never silently skipped.
UNSCANNED = "unscanned"

# Terms-of-Service signals (rules and classifier).
TOS = "tos"

ALL_CATEGORIES: tuple[str, ...] = (*SENSITIVE_CATEGORIES, UNSCANNED, TOS)


def is_sensitive(category: str) -> bool:
    """True for the Sensitive Data categories of the policy."""
    return category in SENSITIVE_CATEGORIES
