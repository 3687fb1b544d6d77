"""Shared fixtures for the ToS tests: a small synthetic corpus and model factory."""

from __future__ import annotations

import base64
import gzip
import json
import random
from email.message import EmailMessage
from pathlib import Path

import pytest

from scanner.config import Limits
from scanner.tos.artifact import LinearModel
from scanner.tos.corpus import Example
from scanner.tos.rules import load_rules
from scanner.tos.training import TrainingParams, train

HAM_WORDS = [
    "meeting",
    "volunteers",
    "agenda",
    "minutes",
    "garden",
    "library",
    "thursday",
    "board",
    "report",
    "notes",
]
SPAM_WORDS = [
    "winner",
    "cash",
    "prize",
    "casino",
    "pills",
    "cheap",
    "offer",
    "guaranteed",
    "bonus",
    "claim",
]


def synthetic_message(rng: random.Random, spam: bool, index: int) -> bytes:
    """A small ham or spam message; word choice and length vary with ``rng``."""
    words = SPAM_WORDS if spam else HAM_WORDS
    body = " ".join(rng.choice(words + HAM_WORDS[:3]) for _ in range(rng.randint(20, 60)))
    message = EmailMessage()
    message["From"] = "Deals <promo@offers.example.net>" if spam else "Sam <sam@club.example.org>"
    message["To"] = "member@example.com"
    message["Subject"] = (f"{rng.choice(words).upper()} {index}!!" if spam else
                          f"{rng.choice(words)} {index}")  # fmt: skip
    if spam:
        message.set_content(f"<p>{body}</p><a href='http://203.0.113.{index % 250}/'>go</a>",
                            subtype="html")  # fmt: skip
    else:
        message.set_content(body + "\n")
    return message.as_bytes()


def synthetic_examples(count: int = 40, seed: int = 7) -> list[Example]:
    """``count`` ham and ``count`` spam examples, deterministic for a seed."""
    rng = random.Random(seed)
    examples = []
    for index in range(count):
        for spam in (0, 1):
            raw = synthetic_message(rng, bool(spam), index)
            group = "spam-1" if spam else "easy-ham-1"
            examples.append(Example(f"{group}/{index:04d}", group, raw, spam))
    return examples


def write_corpus(path: Path, examples: list[Example]) -> Path:
    """Write examples as a corpus JSONL.gz like the shared one."""
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for e in examples:
            row = {"id": e.id, "group": e.group, "label": "spam" if e.spam else "ham",
                   "raw": "From x@y Mon Jan  1 00:00:00 2024\n" + e.raw.decode()}  # fmt: skip
            handle.write(json.dumps(row) + "\n")
    return path


def labels_line(item_id: int, label: str | None, raw: bytes | None) -> str:
    """One line of a review-queue labels export (docs/contracts.md)."""
    return json.dumps(
        {"labels_version": 1, "id": item_id, "decided_at": "2026-11-01T10:00:00Z",
         "decision": "reject" if label == "spam" else "release", "tos_label": label,
         "verdict": {}, "finding_labels": [],
         "raw_b64": base64.b64encode(raw).decode() if raw is not None else None}
    )  # fmt: skip


@pytest.fixture(scope="session")
def small_model() -> LinearModel:
    """A model trained on the synthetic corpus (fast)."""
    rules = load_rules(Path(__file__).resolve().parents[2] / "rules" / "tos", 10)
    return train(synthetic_examples(), Limits(), "v1", TrainingParams(folds=3), rules=rules)
