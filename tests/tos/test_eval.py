"""Evaluation metrics and the ``scanner eval`` report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from scanner.cli import main
from scanner.tos import artifact
from scanner.tos.artifact import LinearModel
from scanner.tos.eval_report import _template_caveat
from scanner.tos.evaluation import (
    confusion,
    curve,
    fairness,
    recall_at_fpr,
    reliability,
    threshold_at_fpr,
)
from scanner.tos.features import feature_index
from scanner.tos.footers import GROUP as FOOTER_GROUP
from tests.tos.conftest import synthetic_examples, write_corpus

LABELS = np.array([0, 0, 0, 0, 1, 1, 1, 1])
SCORES = np.array([0.1, 0.2, 0.3, 0.8, 0.7, 0.9, 0.95, 0.4])


def test_recall_at_fpr_and_confusion_by_hand() -> None:
    assert recall_at_fpr(LABELS, SCORES, 0.0) == pytest.approx(0.5)  # 0.9, 0.95 above all ham
    assert recall_at_fpr(LABELS, SCORES, 0.25) == pytest.approx(1.0)  # cut at 0.4, ham 0.8 above
    assert confusion(LABELS, SCORES, 0.75) == {"tp": 2, "fn": 2, "fp": 1, "tn": 3}
    result = curve("x", LABELS, SCORES, 1.0)
    assert result.auc == pytest.approx(14 / 16)  # spam-over-ham pairs


def test_threshold_at_fpr_is_the_cut_curve_reports() -> None:
    assert threshold_at_fpr(LABELS, SCORES, 0.0) == pytest.approx(0.9)  # above ham 0.8
    assert threshold_at_fpr(LABELS, SCORES, 0.25) == pytest.approx(0.4)  # ham 0.8 flagged
    operating = curve("x", LABELS, SCORES, 1.0).operating
    for o in operating:
        assert threshold_at_fpr(LABELS, SCORES, o.fpr_target) == o.threshold


def test_fairness_counts_flags_per_language_at_the_validation_cut() -> None:
    held_apart = {
        "en": np.array([0.1, 0.85, 0.3, 0.2]),  # 0.85 is below the cut 0.9
        "de": np.array([0.95, 0.2, 0.1, 0.3]),  # flagged once: more often than English
        "ja": np.array([0.9, 0.1]),  # at the cut counts as flagged
    }
    result = fairness(LABELS, SCORES, held_apart, 0.0)
    assert result.threshold == pytest.approx(0.9)
    assert result.flagged == {"en": 0, "de": 1, "ja": 1}
    assert result.total == {"en": 4, "de": 4, "ja": 2}
    assert result.rate("ja") == pytest.approx(0.5)
    assert result.worse == ("de", "ja") and not result.fair
    # a looser cut flags English as often as the others: no language is worse
    loose = fairness(LABELS, SCORES, held_apart, 0.25)
    assert loose.threshold == pytest.approx(0.4)
    assert loose.flagged == {"en": 1, "de": 1, "ja": 1}
    assert loose.worse == ("ja",)  # 1/2 > 1/4
    equal = fairness(LABELS, SCORES, {"en": np.array([0.95]), "de": np.array([0.99])}, 0.0)
    assert equal.fair and equal.worse == ()


def test_reliability_bins_count_every_message() -> None:
    rows = reliability(LABELS, SCORES)
    assert sum(count for _, count, _, _ in rows) == len(LABELS)
    by_bin = {name: (count, observed) for name, count, _, observed in rows}
    assert by_bin["0.9–1.0"] == (2, 1.0)
    assert by_bin["0.8–0.9"] == (1, 0.0)


def test_eval_command_writes_report_and_model_card(
    tmp_path: Path, small_model: LinearModel
) -> None:
    held_out = [
        replace(e, group="spam-2" if e.spam else "easy-ham-2")
        for e in synthetic_examples(15, seed=31)
    ]
    corpus = write_corpus(tmp_path / "test.jsonl.gz", held_out)
    model = artifact.artifact_path(tmp_path / "models", 1)
    digest = artifact.save(small_model, model)
    report, card = tmp_path / "eval.md", tmp_path / "card.md"
    argv = ["eval", "--corpus", str(corpus), "--model", str(model), "--out", str(report)]
    assert main([*argv, "--model-card", str(card)]) == 0
    text = report.read_text()
    sections = ("ROC AUC", "recall @ FPR 0.1%", "recall @ FPR 1%", "Confusion matrices",
                "reliability table", "Top features", "Rules on the test set", digest)  # fmt: skip
    for section in sections:
        assert section in text, section
    assert "15 spam, 15 ham" in text
    assert digest in card.read_text()


def test_model_card_names_the_synthetic_template_tokens_weighted_towards_ham(
    small_model: LinearModel,
) -> None:
    weights = {"up:preferences": -1.5, "b:unsubscribe": 0.4, "cte:base64": -0.5}
    columns = sorted((feature_index(token), w) for token, w in weights.items())
    model = replace(small_model, indices=np.array([c for c, _ in columns], dtype=np.int64),
                    coef=np.array([w for _, w in columns]), families=())  # fmt: skip
    caveat = " ".join(_template_caveat(model))
    assert "`up:preferences` -1.50" in caveat
    assert "b:unsubscribe" not in caveat and "b:preferences" not in caveat  # not towards ham
    assert "cte:base64" not in caveat  # the model does not use the transfer-encoding family
    with_cte = " ".join(_template_caveat(replace(model, families=("transfer-encoding",))))
    assert "`cte:base64` -0.50" in with_cte
    assert _template_caveat(replace(model, coef=np.abs(model.coef))) == []
    trained = {**model.meta["trained"], "groups": {"spam-1": 15, FOOTER_GROUP: 4}}
    footed = replace(model, meta={**model.meta, "trained": trained})
    caveat = " ".join(_template_caveat(footed))
    assert "Training adds 4 copies of corpus spam" in caveat
    assert "still learned: a `/preferences` link (`up:preferences` -1.50)" in caveat
    robust = " ".join(_template_caveat(replace(footed, coef=np.abs(model.coef))))
    assert "Training adds 4 copies" in robust and "still learned" not in robust
