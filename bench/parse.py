"""MIME extraction throughput over the shared corpus, against the stdlib parser alone."""

from __future__ import annotations

import gzip
import json
import time
from email.parser import BytesParser
from email.policy import compat32
from pathlib import Path
from typing import Any

from scanner.config import Limits
from scanner.mime import parse_message

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "spamassassin-public.jsonl.gz"


def load_corpus() -> list[bytes]:
    """Every corpus message as raw bytes."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        return [json.loads(line)["raw"].encode("utf-8") for line in handle]


def _throughput(messages: list[bytes], work: Any, rounds: int = 2) -> tuple[float, float]:
    """Best of ``rounds`` passes: (messages/s, MB/s)."""
    total = sum(len(m) for m in messages)
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for raw in messages:
            work(raw)
        best = min(best, time.perf_counter() - started)
    return len(messages) / best, total / best / 1e6


def run() -> list[dict[str, Any]]:
    messages = load_corpus()
    limits = Limits()
    parser = BytesParser(policy=compat32)
    ref_rate, ref_mb = _throughput(messages, parser.parsebytes)
    rate, mb = _throughput(messages, lambda raw: parse_message(raw, limits))
    return [
        {
            "case": "stdlib BytesParser only (reference)",
            "messages": len(messages),
            "msgs_per_s": ref_rate,
            "mb_per_s": ref_mb,
            "ratio": 1.0,
        },
        {
            "case": "mailguard parse_message (segments, HTML, URLs)",
            "messages": len(messages),
            "msgs_per_s": rate,
            "mb_per_s": mb,
            "ratio": rate / ref_rate,
        },
    ]
