"""Quote markers of replies made blank: "> - Collection, ..." read as "  - Collection, ...".

A reply quotes the mail before it with ">" at the start of each line (">>" two messages
back, "> >" as some programs write it). A value or a list that runs over quoted lines has
the markers inside it ("my Visa 4883 2965 1713\\n> 9992"), and a quoted list item no longer
starts its line; the rules, the tables and the special-category scorer read mail as the
writer laid it out. ``unquoted`` writes each line's leading markers as spaces, the same
length, so every offset into the result is an offset into the original and findings point
at what the sender wrote. A ">" anywhere else in a line is left as it stands.
"""

from __future__ import annotations

import re

# Up to three spaces of indent, then ">" marks, each with one space or tab after it at most.
_MARKERS = re.compile(r"^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?", re.MULTILINE)


def unquoted(text: str) -> str:
    """``text`` with each line's leading quote markers as spaces, same length; ``text``
    itself (no copy) when no line starts with one."""
    if ">" not in text:
        return text
    return _MARKERS.sub(lambda found: " " * len(found.group()), text)
