"""Numbers typed with odd separators: "6•8•0•2", "005 🔸 79 🔸 7120", "6.0.3.3.1.8",
"989/83/0539".

Someone told not to email a number, or typing it on a phone, writes it with bullets, emoji,
dots or slashes between its groups; a person reads the number all the same. The pattern rules
are written for digits with spaces or hyphens between groups. ``SeparatedScanner`` gives them
the text with each such *run* written as they read numbers, the rest as it stands, and reports
a hit inside a run at the run's characters in the mail; the rules' own context words decide
as they do on digits (a PIN still needs "PIN" near, an SSN its format or its keyword).

A run is one of:
- groups of one to six digits with a symbol between each two (a bullet, a middle dot, an
  emoji or another symbol: Unicode categories So and Sk), up to two spaces either side, at
  least two such separators;
- single digits with dots between them, four or more ("6.0.3.3.1.8"): a version or an
  address is written with longer groups;
- three, two and four digits with slashes between them ("989/83/0539"): no date is so;
- digits, spaces and hyphens with invisible characters between digits ("41\u200b11 1111",
  kept there by ``lookalikes.plain_lookalikes``): a reader sees no gap.
A run of single digits is written joined ("6802"); a run with invisible characters as it
stands without them ("4111 1111"); any other run with "-" between its groups
("005-79-7120"). Runs with fewer than ``MIN_DIGITS`` digits are left alone. At most
``max_runs`` runs are read per text (the rest of it is scanned as plain text only).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from scanner.detectors.engine import Hit, TextScanner
from scanner.detectors.lookalikes import INVISIBLE
from scanner.detectors.lowering import Lowered
from scanner.detectors.spoken import MIN_DIGITS, RunReading, SpokenView, digit_view
from scanner.detectors.tables import hits_in_view

_SYMBOL = r"[\u2022\u00b7\u2219\u25e6\u2027\u22c5\u25cf\u25aa\p{So}\p{Sk}]\ufe0f?"
_SYMBOL_RUN = rf"(?<![\w.])\d{{1,6}}(?:[ \t]{{0,2}}{_SYMBOL}[ \t]{{0,2}}\d{{1,6}}){{2,8}}(?![\w])"
_ASCII_RUNS = r"(?<![\w.])\d(?:\.\d){3,11}(?!\w|\.\d)|(?<![\w/])\d{3}/\d{2}/\d{4}(?![\w/])"
# Bounded either side of the first invisible character (a long hostile run is read in parts).
_INVISIBLE_RUN = (
    rf"(?<![\w\-])(?:\d[ \-]?){{0,30}}\d[{INVISIBLE}]+\d(?:[ \-]?\d|[{INVISIBLE}]+\d){{0,30}}(?!\w)"
)
_RUNS = regex.compile(f"{_SYMBOL_RUN}|{_ASCII_RUNS}|{_INVISIBLE_RUN}")
_RUNS_IN_ASCII = regex.compile(_ASCII_RUNS)
_GROUP = regex.compile(r"\d+")
_VISIBLE = regex.compile(rf"[^{INVISIBLE}]+")


def separated_view(text: str, max_runs: int) -> SpokenView | None:
    """``text`` with its runs of digits and odd separators written as the rules read numbers;
    None when it has none."""
    return digit_view(text, _separated_readings(text, max_runs))


def _separated_readings(text: str, max_runs: int) -> Iterator[RunReading]:
    """The runs ``separated_view`` writes as digits, at most ``max_runs``, in text order."""
    count = 0
    finder = _RUNS_IN_ASCII if text.isascii() else _RUNS
    for match in finder.finditer(text):
        if count >= max_runs:
            break
        groups = list(_GROUP.finditer(match.group()))
        if sum(len(group.group()) for group in groups) < MIN_DIGITS:
            continue
        count += 1
        if any(char in INVISIBLE for char in match.group()):
            yield match.start(), match.end(), *_without_invisible(match)
        else:
            yield match.start(), match.end(), *_render(match.start(), groups)


def _without_invisible(run: regex.Match[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The run as it stands without its invisible characters, and the mail span of each
    character."""
    parts = list(_VISIBLE.finditer(run.group()))
    offset = run.start()
    chars = tuple(
        (offset + i, offset + i + 1) for part in parts for i in range(part.start(), part.end())
    )
    return "".join(part.group() for part in parts), chars


def _render(offset: int, groups: list[regex.Match[str]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The run's digits, joined when every group is one digit, else with "-" between groups
    (standing for the separator between them), and the mail span of each character."""
    joined = all(len(group.group()) == 1 for group in groups)
    out: list[str] = []
    chars: list[tuple[int, int]] = []
    for index, group in enumerate(groups):
        start = offset + group.start()
        if index and not joined:
            out.append("-")
            chars.append((offset + groups[index - 1].end(), start))
        out.append(group.group())
        chars.extend((start + i, start + i + 1) for i in range(len(group.group())))
    return "".join(out), tuple(chars)


class SeparatedScanner:
    """Runs the pattern rules over a text with its numbers typed with odd separators written
    as digits."""

    def __init__(self, rules: TextScanner, max_runs: int) -> None:
        self.rules = rules
        self.max_runs = max_runs

    def entity_names(self) -> frozenset[str]:
        """The rules' entities."""
        return self.rules.entity_names()

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Hits inside the runs of ``text``, at their characters in ``text``."""
        view = separated_view(text, self.max_runs) if self.max_runs > 0 else None
        if view is None:
            return []
        return hits_in_view(self.rules, view)
