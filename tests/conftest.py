"""Shared fixtures: the public corpus, message builders, fresh settings."""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from scanner.config import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "spamassassin-public.jsonl.gz"


def iter_corpus() -> Iterator[dict[str, str]]:
    """Every record of the shared SpamAssassin corpus (id, group, label, raw)."""
    if not CORPUS.exists():
        pytest.fail(f"shared corpus missing at {CORPUS}: CI must run with ../shared beside")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


@functools.cache
def _corpus_by_id() -> dict[str, str]:
    return {record["id"]: record["raw"] for record in iter_corpus()}


def corpus_message(message_id: str) -> bytes:
    """One corpus message's raw bytes, by its corpus id."""
    return _corpus_by_id()[message_id].encode("utf-8")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings with a private data directory."""
    return Settings(data_dir=tmp_path / "var")
