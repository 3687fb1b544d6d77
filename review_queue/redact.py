"""Masking of message text the scanner did not scan but the item page shows.

Link texts and targets, header values other than the scanned Subject, attachment filenames
and archive member names are customer text outside every finding's offsets. Two rules keep
detected and likely-sensitive values out of them:

- every value a finding located elsewhere in the message is replaced by its masked form
  wherever it appears (the same card number in a link's text and in the body);
- any run of six or more digits (single spaces, dots, plus signs, underscores, slashes or
  hyphens allowed between them) is masked whole, separators kept: what it is (an account,
  card, phone or government id number, of which no portion may show) is unknown.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import regex

from scanner.categories import is_sensitive
from scanner.config import Detection
from scanner.detectors.engine import TextScanner
from scanner.detectors.loader import load_text_scanners, merged_hits
from scanner.masking import mask_finding, mask_value
from scanner.model import Finding, Segment

_LONG_NUMBER = regex.compile(r"\d(?:[ .+_/-]?\d){5,}")
# Free text a person types (a reveal reason, a decision note): digits split by up to three
# separators ("4111 / 1111 / ...") still make a number.
_TYPED_NUMBER = regex.compile(r"\d(?:[\W_]{0,3}\d){5,}")


def typed_text_problem(text: str, detection: Detection) -> str | None:
    """What in a typed reason or note could be a value the masking hides, or None: an
    address, six or more digits split by at most three separators each, or anything the
    sensitive-data detectors find in it ("Eve was diagnosed with HIV"): auditors read these
    texts, and the audit log keeps them."""
    if "@" in text:
        return "an address"
    if _TYPED_NUMBER.search(text) is not None:
        return "a long number (it may be a value)"
    found = sorted({h.category for h in merged_hits(_scanners(detection), text)})
    sensitive = [category for category in found if is_sensitive(category)]
    if sensitive:
        return f"sensitive data ({', '.join(sensitive)})"
    return None


@functools.cache
def _scanners(detection: Detection) -> tuple[tuple[str, TextScanner], ...]:
    """The detectors of the scanner's configuration, built on first use in this process."""
    return tuple(load_text_scanners(detection))


class Redactor:
    """Masks known detected values and long numbers in text that is not a scanned segment."""

    def __init__(self, known: Mapping[str, str]) -> None:
        """``known`` maps a detected clear value to the masked form shown for it."""
        self._known = dict(known)
        values = sorted(self._known, key=len, reverse=True)
        alternatives = "|".join(regex.escape(v) for v in values)
        # Bounded by letters and digits only: "_" separates words in a filename.
        self._pattern = (
            regex.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])") if values else None
        )

    @classmethod
    def for_findings(
        cls, findings: Sequence[Finding], segments: Mapping[tuple[str, str], Segment]
    ) -> Redactor:
        """A redactor knowing every finding value that can be located in ``segments``."""
        known: dict[str, str] = {}
        for finding in findings:
            segment = segments.get((finding.segment, finding.part))
            if segment is not None and 0 <= finding.start < finding.end <= len(segment.text):
                value = segment.text[finding.start : finding.end]
                if value.strip():
                    known[value] = mask_finding(finding, segment.text)
        return cls(known)

    def __call__(self, text: str) -> str:
        """``text`` with known values and long numbers masked."""
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: self._known[m.group()], text)
        masked: str = _LONG_NUMBER.sub(lambda m: mask_value(m.group(), keep_last=False), text)
        return masked
