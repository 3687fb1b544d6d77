"""Checks and the record format shared by the hard sets written by independent authors
(hard_3.py, hard_4.py): each module holds only its cases; this one validates them (labels
known, values present once, check digits valid, no trivial numbers, no valid-looking
identifier in a decoy) and writes them as JSON lines, as make_dataset.py writes its sets."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from scanner.categories import SPECIAL_CATEGORIES

Case = tuple[str, list[tuple[str, str]]]

# Labels whose values are generated numbers that must not be trivial sequences.
_NUMERIC_ID_LABELS: frozenset[str] = frozenset(
    {"CREDIT_CARD", "US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "US_STATE_ID",
     "ABA_ROUTING_NUMBER", "US_BANK_NUMBER", "IBAN_CODE"}
)  # fmt: skip
VALUE_LABELS: frozenset[str] = _NUMERIC_ID_LABELS | {
    "CREDIT_CARD_LAST_DIGITS", "CVV", "PASSWORD", "PIN", "ACCESS_CODE", "API_KEY",
    "CREDIT_SCORE", "CREDIT_REPORT",
}  # fmt: skip
SPECIAL_LABELS: frozenset[str] = SPECIAL_CATEGORIES
ALLOWED_LABELS: frozenset[str] = VALUE_LABELS | SPECIAL_LABELS


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def luhn_valid(number: str) -> bool:
    """True when the digits of ``number`` pass the Luhn check."""
    digits = _digits(number)
    if not digits:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def aba_valid(number: str) -> bool:
    """True for a 9-digit ABA routing number with a valid prefix and checksum."""
    if not re.fullmatch(r"\d{9}", number):
        return False
    prefix = int(number[:2])
    if not (1 <= prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    d = [int(ch) for ch in number]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


def iban_valid(value: str) -> bool:
    """True when ``value`` (spaces allowed) passes the IBAN mod-97 check."""
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def ssn_valid(value: str) -> bool:
    """SSA rules for a full SSN; a bare last four must not be 0000."""
    digits = _digits(value)
    if len(digits) == 4:
        return digits != "0000"
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def itin_valid(value: str) -> bool:
    """ITIN: 9XX-GG-XXXX with group 50-65, 70-88, 90-92 or 94-99."""
    digits = _digits(value)
    if len(digits) != 9 or digits[0] != "9":
        return False
    group = int(digits[3:5])
    return 50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or 94 <= group <= 99


def _trivial_digits(value: str) -> bool:
    """True for one repeated digit or an ascending run of five or more digits."""
    digits = _digits(value)
    if len(digits) >= 4 and len(set(digits)) == 1:
        return True
    run = 1
    for prev, cur in zip(digits, digits[1:], strict=False):
        run = run + 1 if int(cur) == int(prev) + 1 else 1
        if run >= 5:
            return True
    return False


_CARD_LIKE = re.compile(r"(?<!\d)(?:\d{4}[ -]){3}\d{4}(?!\d)|(?<!\d)\d{13,19}(?!\d)")
_SSN_LIKE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def _check_value(label: str, value: str) -> str | None:
    """Return a problem with an identifier value, or None."""
    if label in _NUMERIC_ID_LABELS and _trivial_digits(value):
        return f"{label} value {value!r} is a trivial digit sequence"
    digits = _digits(value)
    if label == "CREDIT_CARD" and not (13 <= len(digits) <= 19 and luhn_valid(value)):
        return f"card {value!r} fails Luhn or length"
    if label == "CREDIT_CARD_LAST_DIGITS" and not re.fullmatch(r"\d{4}", value):
        return f"last digits {value!r} are not four digits"
    if label == "CVV" and not re.fullmatch(r"\d{3,4}", value):
        return f"CVV {value!r} is not 3-4 digits"
    if label == "ABA_ROUTING_NUMBER" and not aba_valid(value):
        return f"routing number {value!r} fails the ABA checksum"
    if label == "IBAN_CODE" and not iban_valid(value):
        return f"IBAN {value!r} fails mod-97"
    if label == "US_SSN" and not ssn_valid(value):
        return f"SSN {value!r} breaks SSA rules"
    if label == "US_ITIN" and not itin_valid(value):
        return f"ITIN {value!r} breaks ITIN rules"
    return None


def validate(cases: list[Case]) -> list[str]:
    """Return a list of problems with ``cases``; empty when all is well."""
    problems: list[str] = []
    seen_texts: set[str] = set()
    for i, case in enumerate(cases):
        where = f"case {i}"
        if not (isinstance(case, tuple) and len(case) == 2):
            problems.append(f"{where}: not a (text, labels) pair")
            continue
        text, labels = case
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty or non-string text")
            continue
        if text in seen_texts:
            problems.append(f"{where}: duplicate text")
        seen_texts.add(text)
        seen_pairs: set[tuple[str, str]] = set()
        for label, value in labels:
            if label not in ALLOWED_LABELS:
                problems.append(f"{where}: unknown label {label!r}")
                continue
            if (label, value) in seen_pairs:
                problems.append(f"{where}: duplicate label {label!r} {value!r}")
            seen_pairs.add((label, value))
            if label in SPECIAL_LABELS:
                if value != "":
                    problems.append(f"{where}: special label {label!r} must have value ''")
                continue
            if not value:
                problems.append(f"{where}: {label!r} needs a non-empty value")
                continue
            count = text.count(value)
            if count != 1:
                problems.append(f"{where}: {label!r} value {value!r} occurs {count} times")
            issue = _check_value(label, value)
            if issue:
                problems.append(f"{where}: {issue}")
        if not labels:
            for match in _CARD_LIKE.finditer(text):
                if luhn_valid(match.group()):
                    problems.append(f"{where}: decoy holds Luhn-valid number {match.group()!r}")
            for match in _SSN_LIKE.finditer(text):
                if ssn_valid(match.group()):
                    problems.append(f"{where}: decoy holds SSN-shaped {match.group()!r}")
    return problems


def to_records(cases: list[Case], prefix: str) -> list[dict[str, object]]:
    """Convert cases to the JSONL record shape, ids ``{prefix}-000``... in list order."""
    records: list[dict[str, object]] = []
    for i, (text, labels) in enumerate(cases):
        spans: list[dict[str, object]] = []
        for label, value in labels:
            if value:
                start = text.index(value)
                end = start + len(value)
            else:
                start, end = 0, len(text)
            spans.append({"entity": label, "start": start, "end": end})
        records.append(
            {
                "id": f"{prefix}-{i:03d}",
                "kind": "positive" if labels else "decoy",
                "text": text,
                "labels": spans,
            }
        )
    return records


def write(cases: list[Case], prefix: str, path: Path) -> int:
    """Validate ``cases`` and write them to ``path``; 1 (and the problems on stderr) if any."""
    problems = validate(cases)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    records = to_records(cases, prefix)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    positives = sum(1 for _, labels in cases if labels)
    print(f"wrote {len(records)} cases ({positives} positive) to {path}")
    return 0
