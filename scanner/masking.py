"""Masked forms of findings for the review UI and reports; raw values stay in the engine.

- Card and account numbers keep their separators and last four characters
  (``**** **** **** 4242``, the usual truncation); values of fewer than eight letters and
  digits (a PIN, a partial "ending 4242") are masked completely.
- A number said digit by digit ("four four seven dash two zero ...") is masked as it is
  written in digits (``***-**-****``): the lengths of its words would tell digits apart.
- Government ids keep only their separators (``***-**-****``): the policy counts "any
  portion thereof" as Sensitive Data, so not even the last four digits are shown.
- Secrets (``credential``) become a fixed ``********`` so not even the length shows.
- Special categories (health, beliefs, origin, ...) become the category only: ``[health]``.
"""

from __future__ import annotations

from typing import Protocol

from scanner.categories import SPECIAL_CATEGORIES, is_sensitive
from scanner.detectors.spoken import spoken_digits

# Category-only masks: the special categories, and credit reports, whose text is prose.
CATEGORY_ONLY = SPECIAL_CATEGORIES | {"credit_report"}
# No character kept: privacy policy 9(a), "or any portion thereof".
NOTHING_KEPT = frozenset({"government_id"})
SECRET_MASK = "********"
_KEEP = 4
_MIN_FOR_KEEP = 8


class Located(Protocol):
    """What masking needs of a finding: its category and offsets."""

    @property
    def category(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def mask_finding(finding: Located, text: str) -> str:
    """The masked form of ``text[finding.start:finding.end]`` (see module docstring).

    Offsets outside ``text`` (a stale finding) give the category form, never an error that
    could quote the text.
    """
    category = finding.category
    if category in CATEGORY_ONLY or not is_sensitive(category):
        return f"[{category}]"
    if not 0 <= finding.start < finding.end <= len(text):
        return f"[{category}]"
    if category == "credential":
        return SECRET_MASK
    value = text[finding.start : finding.end]
    value = spoken_digits(value) or value  # "three" and "one" are no longer alike masked
    return mask_value(value, keep_last=category not in NOTHING_KEPT)


def mask_value(value: str, keep_last: bool = True) -> str:
    """``*`` for every letter and digit but the last four (none without ``keep_last``, or
    in a value of fewer than eight); separators kept."""
    total = sum(ch.isalnum() for ch in value)
    keep = _KEEP if keep_last and total >= _MIN_FOR_KEEP else 0
    out: list[str] = []
    seen = 0
    for ch in value:
        if ch.isalnum():
            seen += 1
            out.append(ch if seen > total - keep else "*")
        else:
            out.append(ch)
    return "".join(out)
