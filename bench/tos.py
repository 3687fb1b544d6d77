"""Per-message cost of ToS scoring: features + linear model, rules, and the whole scorer."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scanner.config import Limits, Settings
from scanner.mime import parse_message
from scanner.model import ParsedMessage
from scanner.tos import load_tos
from scanner.tos.corpus import TEST_GROUPS, read_corpus

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "spamassassin-public.jsonl.gz"
SAMPLE_EVERY = 3  # a third of the held-out groups keeps the suite to a few seconds


def _cost(messages: list[Any], work: Callable[[Any], object], rounds: int = 2) -> float:
    """Best of ``rounds`` passes, in seconds per message."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for message in messages:
            work(message)
        best = min(best, time.perf_counter() - started)
    return best / len(messages)


def run() -> list[dict[str, Any]]:
    engine = load_tos(Settings())
    if engine is None:
        return []
    raws = [e.raw for e in read_corpus(CORPUS, TEST_GROUPS)[::SAMPLE_EVERY]]
    limits = Limits()
    parsed: list[ParsedMessage] = [parse_message(raw, limits) for raw in raws]
    cases: list[tuple[str, list[Any], Callable[[Any], object]]] = [
        ("classifier: features + hashing + linear model", parsed,
         lambda m: engine.model_logit(m, None)),
        ("rules only (14 symbols)", parsed, lambda m: engine.rules.evaluate(m, None)),
        ("score: classifier + rules", parsed, lambda m: engine.score(m, None)),
        ("parse_message + score", raws, lambda r: engine.score(parse_message(r, limits), None)),
    ]  # fmt: skip
    rows = []
    for name, inputs, work in cases:
        seconds = _cost(inputs, work)
        rows.append(
            {
                "case": name,
                "messages": len(inputs),
                "us_per_msg": seconds * 1e6,
                "msgs_per_s": 1.0 / seconds,
            }
        )
    return rows
