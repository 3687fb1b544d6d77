"""Validation split by receipt time and the choice of training settings on it."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.commands.train import SYNTHETIC_HAM
from scanner.config import Limits
from scanner.tos import selection, training
from scanner.tos.corpus import Example, read_corpus, received_time, time_blocks
from scanner.tos.families import FAMILIES
from scanner.tos.rules import load_rules
from scanner.tos.selection import VALIDATION_SYNTHETIC, Candidate, select
from scanner.tos.synthetic import nonprofit_ham
from scanner.tos.training import TrainingParams
from tests.tos.conftest import synthetic_examples, synthetic_message, write_corpus

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "tos"


def test_received_time_prefers_the_collectors_received_header() -> None:
    raw = (
        "Received: from a by b; Tue, 3 Sep 2002 10:00:00 +0000\n"
        "Received: from c by a; Mon, 2 Sep 2002 10:00:00 +0000\n"
        "Date: Sun, 1 Jan 1995 00:00:00 +0000\n\nbody\n"
    )
    assert received_time(raw) == 1031047200.0  # the topmost Received, not the forged Date
    assert received_time("Delivery-Date: Thu Sep  5 23:42:38 2002\n\nx") == 1031269358.0
    assert received_time("Date: Thu, 5 Sep 2002 23:42:38 +0000\n\nx") == 1031269358.0
    assert received_time("Subject: no dates\n\nDate: Thu, 5 Sep 2002 23:42:38 +0000\n") == 0.0
    assert received_time("Date: not a date\n\nx") == 0.0


def test_time_blocks_cut_each_group_by_receipt_time() -> None:
    rng = random.Random(1)
    examples = [
        Example(f"{group}/{i:03d}", group, b"", int(group == "spam-1"), rng.uniform(0, 1e6))
        for group, count in (("easy-ham-1", 23), ("spam-1", 10))
        for i in range(count)
    ]
    blocks = time_blocks(examples, 5)
    assert sorted(e.id for b in blocks for e in b) == sorted(e.id for e in examples)
    for group in ("easy-ham-1", "spam-1"):
        sizes = [sum(e.group == group for e in block) for block in blocks]
        assert max(sizes) - min(sizes) <= 1
        times = [[e.received for e in block if e.group == group] for block in blocks]
        for older, newer in zip(times, times[1:], strict=False):
            assert max(older) <= min(newer)  # every block is later than the one before
    assert time_blocks(examples, 5) == blocks


def test_read_corpus_records_receipt_time(tmp_path: Path) -> None:
    raw = b"Received: by x; Tue, 3 Sep 2002 10:00:00 +0000\n"
    raw += synthetic_message(random.Random(2), False, 1)
    stamped = Example("easy-ham-1/0001", "easy-ham-1", raw, 0)
    read = read_corpus(write_corpus(tmp_path / "c.jsonl.gz", [stamped]), ("easy-ham-1",))
    assert read[0].received == 1031047200.0
    assert b"Received:" not in read[0].raw  # the header orders the split, it is not a feature


@pytest.fixture
def small_grid(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two rule combinations, two families, two C, two synthetic amounts: the search, not
    its cost."""
    monkeypatch.setattr(selection, "START", TrainingParams(c=1.0, families=(), rule_strength=None))
    monkeypatch.setattr(selection, "RULE_STRENGTHS", (None, 1.0))
    families = {name: FAMILIES[name] for name in ("header-names", "transfer-encoding")}
    monkeypatch.setattr(selection, "FAMILIES", families)
    monkeypatch.setattr(selection, "C_GRID", (1.0, 3.0))
    monkeypatch.setattr(selection, "SYNTHETIC_GRID", (0, 40))
    monkeypatch.setattr(selection, "START_SYNTHETIC", 40)


@pytest.mark.usefixtures("small_grid")
def test_selection_picks_the_best_candidate_without_test_groups() -> None:
    examples = [replace(e, received=float(i)) for i, e in enumerate(synthetic_examples(20, seed=3))]
    result = select(examples, nonprofit_ham, load_rules(RULES, 10), Limits(), blocks=3)
    checked = [e for block in result.blocks for e in block]
    assert len(checked) == len(examples) + VALIDATION_SYNTHETIC  # fresh synthetic ham checked
    assert result.chosen in result.scores
    assert result.chosen.key == max(s.key for s in result.scores)
    tried = [s.candidate.params for s in result.scores]
    assert [p.rule_strength for p in tried[:2]] == [None, 1.0]  # rule combination first
    assert [p.families for p in tried[2:4]] == [("header-names",), ("transfer-encoding",)]
    assert {p.c for p in tried} == {1.0, 3.0}
    assert {s.candidate.synthetic for s in result.scores} == {0, 40}
    assert len(set(tried)) >= 5  # every stage tried something new
    assert all(0.0 <= s.auc <= 1.0 for s in result.scores)


def test_rule_candidates_share_the_fitted_models(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[TrainingParams] = []
    real = training.fit_margins

    def counting(*args: object) -> object:
        calls.append(args[2])  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(selection, "fit_margins", counting)
    monkeypatch.setattr(selection, "FAMILIES", {})
    monkeypatch.setattr(selection, "C_GRID", ())
    monkeypatch.setattr(selection, "SYNTHETIC_GRID", ())
    monkeypatch.setattr(selection, "START", TrainingParams(c=1.0, families=(), rule_strength=None))
    monkeypatch.setattr(selection, "START_SYNTHETIC", 20)
    examples = [replace(e, received=float(i)) for i, e in enumerate(synthetic_examples(20, seed=3))]
    result = select(examples, nonprofit_ham, load_rules(RULES, 10), Limits(), blocks=3)
    assert len(result.scores) == len(selection.RULE_STRENGTHS)
    assert len(calls) == 3  # one linear model per block, whatever the rule combination


@pytest.mark.usefixtures("small_grid")
def test_eval_validation_command_writes_the_protocol(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl.gz", synthetic_examples(15, seed=5))
    out = tmp_path / "validation.md"
    assert main(["eval", "--validation", "--corpus", str(corpus), "--out", str(out)]) == 0
    text = out.read_text()
    assert "**Chosen**" in text and "time blocks" in text
    assert f"15 spam, {15 + VALIDATION_SYNTHETIC} ham" in text


def test_training_defaults_are_the_committed_validation_choice() -> None:
    report = (ROOT / "docs" / "eval-tos-validation.md").read_text(encoding="utf-8")
    chosen = Candidate(TrainingParams(), SYNTHETIC_HAM).label
    assert f"**Chosen**: {chosen} " in report
