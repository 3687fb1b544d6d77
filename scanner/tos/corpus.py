"""Training and evaluation data: the public corpus split by group, and reviewer labels."""

from __future__ import annotations

import base64
import binascii
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scanner.errors import InputError
from scanner.tos.artefacts import strip_artefacts

# Older groups train, newer groups test: evaluation is on later mail than training.
TRAIN_GROUPS = ("easy-ham-1", "hard-ham-1", "spam-1")
TEST_GROUPS = ("easy-ham-2", "spam-2")
LABELS_VERSION = 1


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled message: its id, group, raw bytes (artefacts stripped) and 1 for spam."""

    id: str
    group: str
    raw: bytes
    spam: int


def read_corpus(path: Path, groups: tuple[str, ...]) -> list[Example]:
    """Examples of ``groups`` from a corpus JSON-lines file (gzip or plain), sorted by id."""
    examples = [
        Example(row["id"], row["group"], strip_artefacts(row["raw"]), _spam(row["label"], path))
        for row in _json_lines(path)
        if row.get("group") in groups
    ]
    if not examples:
        raise InputError(f"{path}: no messages in groups {', '.join(groups)}")
    return sorted(examples, key=lambda e: e.id)


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
