"""URLs written in plain text."""

from __future__ import annotations

import re

# Linear: a scheme or "www." then a run of URL characters; no nested quantifiers.
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]{}]{1,2048}", re.IGNORECASE)
_TRAILING = ".,;:!?"


def find_urls(text: str, limit: int) -> list[str]:
    """URLs in ``text``, trailing punctuation stripped, at most ``limit``."""
    found: list[str] = []
    for match in _URL.finditer(text):
        found.append(match.group(0).rstrip(_TRAILING))
        if len(found) >= limit:
            break
    return found
