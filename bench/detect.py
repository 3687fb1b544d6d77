"""Sensitive-data detection throughput: this engine against stock Presidio, same texts.

Two data sets: a deterministic sample of the shared SpamAssassin corpus (messages parsed to
segments first, outside the timing) and the PII-dense synthetic evaluation set. References:
stock Presidio ``AnalyzerEngine`` (default recognizers, ``spacy.blank("en")``) with all its
recognizers, and asked only for the entities both engines report. "rules x10" adds nine
copies of every pattern rule with the same trigger, so each fires wherever its original does:
once with the pattern shared (matched once per candidate) and once with every pattern a
distinct string (the worst case). "ratio" is against the first row of each data set.

Throughput is per CPU-second of this process (``time.process_time``), so other load on the
shared machine does not skew the ratio; every engine runs single-threaded. The engines take
turns over chunks of ``CHUNK`` messages (each chunk timed as the best of the engine's
rounds), so a change in the machine's speed during the run (this VM's speed varies by up
to 2x within minutes) reaches every engine alike instead of whichever ran at the time.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.parse import load_corpus
from scanner.config import Detection, Limits
from scanner.detectors.engine import RuleEngine, TextScanner
from scanner.detectors.evaluate import DATA, SHARED
from scanner.detectors.loader import load_text_scanners, merged_hits
from scanner.detectors.presidio import stock_analyzer
from scanner.detectors.rules import Rule, compile_rule
from scanner.mime import parse_message

CORPUS_SAMPLE_EVERY = 20  # 6,046 messages -> 303: Presidio takes seconds per hundred
CHUNK = 20
RULE_COPIES = 10

Message = list[str]  # the texts of one message's segments


def corpus_messages() -> list[Message]:
    """Every 20th corpus message, as segment texts (parsing is not part of the timing)."""
    limits = Limits()
    raws = load_corpus()[::CORPUS_SAMPLE_EVERY]
    return [[s.text for s in parse_message(raw, limits).segments] for raw in raws]


def synthetic_messages() -> list[Message]:
    """The labelled evaluation set: nonprofit texts dense with identifiers and health data."""
    with DATA.open(encoding="utf-8") as handle:
        return [[json.loads(line)["text"]] for line in handle if line.strip()]


def multiplied(
    scanners: list[tuple[str, TextScanner]], copies: int, distinct: bool
) -> list[tuple[str, Any]]:
    """The scanners with every pattern rule repeated ``copies`` times under new ids.

    Copies keep their original's trigger, so they fire wherever it does. ``distinct=False``:
    copies reuse the pattern with other context words (a site pack adding "member id",
    "case number" variants of one shape). ``distinct=True``: every copy's pattern is a
    different string, so nothing is shared (the worst case).
    """
    out: list[tuple[str, Any]] = []
    for name, scanner in scanners:
        if isinstance(scanner, RuleEngine):
            rules = list(scanner.rules)
            for i in range(1, copies):
                rules += [_copy(rule, i, distinct) for rule in scanner.rules]
            scanner = RuleEngine(rules, scanner.min_score, scanner.max_hits)
        out.append((name, scanner))
    return out


def _copy(rule: Rule, i: int, distinct: bool) -> Rule:
    spec = rule.spec
    update: dict[str, Any] = {"id": f"{spec.id}-copy{i}", "context": (*spec.context, f"ctx{i}")}
    if distinct:
        update["pattern"] = "(?:" * i + spec.pattern + ")" * i
    raw = spec.model_copy(update=update).model_dump()
    raw["examples"] = {}
    return compile_rule(raw, Path(rule.source))


Engine = tuple[str, Callable[[str], object], int]  # case, work on one text, rounds


def interleaved_throughput(messages: Sequence[Message], engines: Sequence[Engine]) -> list[float]:
    """Messages per CPU-second for each engine, the engines taking turns chunk by chunk;
    each chunk counts with its best of the engine's rounds."""
    seconds = [0.0] * len(engines)
    for start in range(0, len(messages), CHUNK):
        chunk = messages[start : start + CHUNK]
        for index, (_, work, rounds) in enumerate(engines):
            seconds[index] += min(_cpu_seconds(chunk, work) for _ in range(rounds))
    return [len(messages) / s if s > 0 else float("inf") for s in seconds]


def _cpu_seconds(messages: Sequence[Message], work: Callable[[str], object]) -> float:
    started = time.process_time()
    for message in messages:
        for text in message:
            work(text)
    return time.process_time() - started


def run() -> list[dict[str, Any]]:
    scanners = load_text_scanners(Detection())
    engines: list[Engine] = []
    with tempfile.TemporaryDirectory() as workdir:
        presidio = stock_analyzer(Path(workdir))
        engines += [
            ("stock Presidio, all default recognizers (reference)",
             lambda t: presidio.analyze(t, language="en"), 1),
            ("stock Presidio, shared entities only",
             lambda t: presidio.analyze(t, language="en", entities=list(SHARED)), 1),
        ]  # fmt: skip
        shared = multiplied(scanners, RULE_COPIES, distinct=False)
        distinct = multiplied(scanners, RULE_COPIES, distinct=True)
        engines += [
            ("mailguard (rules + special categories)", lambda t: merged_hits(scanners, t), 3),
            (f"mailguard, pattern rules x{RULE_COPIES} (copies share patterns)",
             lambda t: merged_hits(shared, t), 3),
            (f"mailguard, pattern rules x{RULE_COPIES} (all patterns distinct)",
             lambda t: merged_hits(distinct, t), 3),
        ]  # fmt: skip
        rows: list[dict[str, Any]] = []
        for dataset, messages in (
            ("corpus sample", corpus_messages()),
            ("synthetic PII-dense", synthetic_messages()),
        ):
            size = sum(len(t.encode("utf-8")) for m in messages for t in m)
            for work in (work for _, work, _ in engines):  # warm caches, compile lazily
                _cpu_seconds(messages[:CHUNK], work)
            rates = interleaved_throughput(messages, engines)
            for (case, _, _), rate in zip(engines, rates, strict=True):
                rows.append(
                    {
                        "case": f"{dataset}: {case}",
                        "messages": len(messages),
                        "msgs_per_s": rate,
                        "mb_per_s": rate * size / len(messages) / 1e6,
                        "ratio": rate / rates[0],
                    }
                )
    return rows
