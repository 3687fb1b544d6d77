"""Training and evaluation data: the public corpus split by group, and reviewer labels."""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from scanner.errors import InputError
from scanner.tos.artefacts import strip_artefacts

# Older groups train, newer groups test: evaluation is on later mail than training.
TRAIN_GROUPS = ("easy-ham-1", "hard-ham-1", "spam-1")
TEST_GROUPS = ("easy-ham-2", "spam-2")
LABELS_VERSION = 1
_FOLDED = re.compile(r"\n[ \t]+")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled message: id, group, raw bytes (artefacts stripped), 1 for spam.

    ``received`` is when the corpus collector received it (Unix seconds, 0 if unknown); it
    orders the validation split and is not a feature.
    """

    id: str
    group: str
    raw: bytes
    spam: int
    received: float = 0.0


def read_corpus(path: Path, groups: tuple[str, ...]) -> list[Example]:
    """Examples of ``groups`` from a corpus JSON-lines file (gzip or plain), sorted by id."""
    examples = [
        Example(
            row["id"],
            row["group"],
            strip_artefacts(row["raw"]),
            _spam(row["label"], path),
            received_time(row["raw"]),
        )
        for row in _json_lines(path)
        if row.get("group") in groups
    ]
    if not examples:
        raise InputError(f"{path}: no messages in groups {', '.join(groups)}")
    return sorted(examples, key=lambda e: e.id)


def received_time(raw: str) -> float:
    """When the collector received a raw corpus message, in Unix seconds (0 if unknown).

    The date of the topmost ``Received`` header (written by the collector's own server), else
    ``Delivery-Date``, else the sender's ``Date``; a date without a zone is taken as UTC.
    """
    lines = _FOLDED.sub(" ", raw.split("\n\n", 1)[0]).split("\n")
    found: dict[str, str] = {}
    for line in lines:
        name, _, value = line.partition(":")
        name = name.strip().lower()
        if name in ("received", "delivery-date", "date") and name not in found:
            found[name] = value.rpartition(";")[2] if name == "received" else value
    for name in ("received", "delivery-date", "date"):
        try:
            when = parsedate_to_datetime(found[name].strip())
        except (KeyError, TypeError, ValueError, IndexError):
            continue
        return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    return 0.0


def time_blocks(examples: Sequence[Example], blocks: int) -> list[list[Example]]:
    """Split each group by receipt time into ``blocks`` consecutive blocks; block i of
    every group goes to result i, so the last block holds each group's newest mail."""
    by_group: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        by_group[example.group].append(example)
    result: list[list[Example]] = [[] for _ in range(blocks)]
    for group in sorted(by_group):
        ordered = sorted(by_group[group], key=lambda e: (e.received, e.id))
        for position, example in enumerate(ordered):
            result[math.floor(position * blocks / len(ordered))].append(example)
    return result


def read_labels(path: Path) -> list[Example]:
    """Reviewer decisions from ``review-queue export-labels`` that can be trained on.

    Items without a ``tos_label`` or whose body was purged (``raw_b64`` null) are skipped.
    """
    examples: list[Example] = []
    for number, row in enumerate(_json_lines(path), 1):
        if row.get("labels_version") != LABELS_VERSION:
            raise InputError(f"{path}:{number}: unsupported labels_version")
        label, raw_b64 = row.get("tos_label"), row.get("raw_b64")
        if label is None or raw_b64 is None:
            continue
        try:
            raw = base64.b64decode(raw_b64, validate=True)
        except (binascii.Error, ValueError, TypeError):
            raise InputError(f"{path}:{number}: raw_b64 is not valid base64") from None
        examples.append(Example(f"labels/{row.get('id')}", "labels", raw, _spam(label, path)))
    return examples


def _spam(label: object, path: Path) -> int:
    if label not in ("spam", "ham"):
        raise InputError(f"{path}: label must be spam or ham")
    return int(label == "spam")


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    raise InputError(f"{path}:{number}: not a JSON object") from None
                if not isinstance(row, dict):
                    raise InputError(f"{path}:{number}: not a JSON object")
                yield row
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
