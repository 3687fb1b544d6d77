"""Smoke tests of the peer benchmark's pure parts: metrics, data shaping, table rendering.

The slow runs (our scan in workers, rspamd, spamd) are exercised by ``make bench-peers``.
"""

from __future__ import annotations

import gzip
import json
import math
from email import message_from_bytes
from pathlib import Path

import pytest

from bench.peers_data import (
    EVAL_GROUPS,
    Labelled,
    _spaced,
    load_warmup,
    strip_mbox_line,
    wrap_text,
)
from bench.peers_metrics import ToolRun, at_fpr, at_threshold, percentile, summarize
from bench.peers_procs import tree_cpu_seconds, tree_pids
from bench.peers_report import MARKER, cell, keep_hand_written, render, table, verdicts


def test_percentile_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([7.0], 99) == 7.0
    assert math.isnan(percentile([], 50))


def test_recall_at_fpr_on_toy_set() -> None:
    # 100 ham scored 0..99 and 10 spam: at FPR <= 1% exactly one ham (99) may be flagged,
    # so the threshold is the lowest score above ham 98.
    ham = [float(s) for s in range(100)]
    spam = [150.0, 120.0, 99.5, 99.0, 98.5, 50.0, 10.0, 5.0, 1.0, 0.0]
    scores = ham + spam
    labels = [False] * 100 + [True] * 10
    quality = at_fpr(scores, labels, 0.01)
    assert quality.threshold == 98.5
    assert quality.fpr == pytest.approx(0.01)
    assert quality.recall == pytest.approx(0.5)
    assert quality.precision == pytest.approx(5 / 6)


def test_recall_at_fpr_never_splits_ties() -> None:
    # Every message scores the same: flagging any ham means flagging all (FPR 100%),
    # so nothing is flagged and recall is 0.
    quality = at_fpr([1.0] * 4, [True, True, False, False], 0.01)
    assert math.isinf(quality.threshold)
    assert quality.recall == 0.0
    assert math.isnan(quality.precision)


def test_perfect_separation_gives_full_recall() -> None:
    quality = at_fpr([0.1, 0.2, 0.9, 0.95], [False, False, True, True])
    assert (quality.recall, quality.precision, quality.fpr) == (1.0, 1.0, 0.0)
    assert quality.threshold == 0.9


def test_at_fpr_needs_both_classes() -> None:
    with pytest.raises(ValueError):
        at_fpr([0.5, 0.6], [True, True])


def test_at_threshold_counts() -> None:
    quality = at_threshold([5.0, 4.0, 6.0, 1.0], [True, True, False, False], 4.5)
    assert (quality.recall, quality.precision, quality.fpr) == (0.5, 0.5, 0.5)


def _run(scores: dict[str, float]) -> ToolRun:
    return ToolRun("toy tool", len(scores), 2.0, 0.5, 0.1, (0.01, 0.02, 0.03), scores)


def test_summarize_row() -> None:
    row = summarize(_run({"a": 0.9, "b": 0.1, "c": 0.8}), {"a": True, "b": False, "c": True})
    assert row["msgs_per_s"] == 1.5
    assert row["cpu_ms_per_msg"] == pytest.approx(500 / 3)
    assert row["p50_ms"] == pytest.approx(20.0)
    assert row["recall_at_fpr1"] == 1.0


def test_summarize_refuses_missing_scores() -> None:
    with pytest.raises(ValueError, match="no score"):
        summarize(_run({"a": 0.9}), {"a": True, "b": False})


def test_strip_mbox_line_and_wrap() -> None:
    assert strip_mbox_line("From x@y Mon Jan 1\nSubject: s\n\nbody") == b"Subject: s\n\nbody"
    assert strip_mbox_line("Subject: s\n\nbody") == b"Subject: s\n\nbody"
    parsed = message_from_bytes(wrap_text(3, "Dear friend,\nThank you.\n"))
    assert parsed["Message-ID"] == "<synthetic.3@outreach.example.org>"
    payload = parsed.get_payload(decode=True)
    assert isinstance(payload, bytes) and b"Thank you." in payload


def test_spaced_subset_is_even_and_stable() -> None:
    rows = [Labelled(str(i), "g", b"", False) for i in range(10)]
    assert [r.id for r in _spaced(rows, 5)] == ["0", "2", "4", "6", "8"]
    assert _spaced(rows, 20) == rows


def test_warmup_comes_from_the_training_groups_only(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl.gz"
    rows = [
        {"id": f"{group}/{n}", "group": group, "raw": "Subject: x\n\nhi", "label": label}
        for group, label in (
            ("easy-ham-1", "ham"),
            ("spam-1", "spam"),
            *[(g, "spam") for g in EVAL_GROUPS],
        )
        for n in range(4)
    ]
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)
    warmup = load_warmup(corpus, count=4)
    assert len(warmup) == 4
    assert {m.group for m in warmup} == {"easy-ham-1", "spam-1"}
    assert load_warmup(corpus, count=4) == warmup  # the same messages every run


def test_table_and_cells() -> None:
    assert cell(float("nan")) == "n/a"
    assert cell(float("inf")) == "none"
    assert cell(1234.5) == "1,234" or cell(1234.5) == "1,235"
    assert cell(0.12345) == "0.123"
    text = table([{"a": 1, "b": 2.5}], (("a", "A"), ("b", "B")))
    assert text.splitlines() == ["| A | B |", "|---|---|", "| 1 | 2.5 |"]


def _rows(ours_rate: float, ours_recall: float) -> list[dict[str, object]]:
    base = {"messages": 10, "cpu_ms_per_msg": 1.0, "precision_at_fpr1": 1.0}
    return [
        {**base, "tool": "mailguard full scan", "msgs_per_s": ours_rate,
         "recall_at_fpr1": ours_recall},
        {**base, "tool": "rspamd 3.4", "msgs_per_s": 100.0, "recall_at_fpr1": 0.4},
        {**base, "tool": "SpamAssassin 4.0.1", "msgs_per_s": 10.0, "recall_at_fpr1": 0.8},
    ]  # fmt: skip


def test_verdicts_check_both_targets() -> None:
    met = verdicts(_rows(250.0, 0.9))
    assert "2.50x" in met[0] and "**met**" in met[0]
    assert "**met**" in met[1]
    missed = verdicts(_rows(150.0, 0.7))
    assert "**not met**" in missed[0] and "**not met**" in missed[1]


def test_throughput_target_is_checked_against_rspamds_faster_pass() -> None:
    rows = _rows(250.0, 0.9)
    rows.insert(2, {**rows[1], "tool": "rspamd 3.4 (8 in flight)", "msgs_per_s": 150.0})
    verdict = verdicts(rows)[0]
    assert "1.67x" in verdict and "8 in flight" in verdict and "**not met**" in verdict


def test_render_marks_loaded_machine_and_subset() -> None:
    results = {
        "date": "2026-11-25T12:00:00Z",
        "machine": {"summary": "toy CPU, 2 cores", "cores": "2"},
        "load": (3.5, 4.0),
        "limit": 200,
        "setup": "setup text",
        "columns_note": "columns text",
        "rows": _rows(250.0, 0.9),
    }
    text = render(results)
    assert "loaded machine" in text
    assert "--limit 200" in text
    assert "| mailguard full scan | 10 |" in text
    idle = render({**results, "load": (0.1, 0.2), "limit": None})
    assert "loaded machine" not in idle and "Subset run" not in idle
    tail = keep_hand_written(f"old table\n{MARKER}\n## Analysis\nkept\n")
    assert tail.startswith(MARKER) and "old table" not in tail
    assert render(results, tail).endswith(f"{MARKER}\n## Analysis\nkept\n")
    assert keep_hand_written("no marker here") == ""


def test_tree_cpu_of_this_process() -> None:
    import os

    pid = os.getpid()
    assert pid in tree_pids(pid)
    assert tree_cpu_seconds(pid) > 0


def test_rspamd_config_turns_network_modules_off() -> None:
    local = Path(__file__).resolve().parents[2] / "deploy" / "rspamd" / "local.d"
    for module in ("rbl", "fuzzy_check", "dkim", "spf", "dmarc", "once_received", "neural"):
        assert "enabled = false;" in (local / f"{module}.conf").read_text()
