"""Training: fixed seed gives an identical model file; labels produce a new version."""

from __future__ import annotations

import email
import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from scanner.cli import main
from scanner.config import Limits
from scanner.errors import InputError
from scanner.mime import parse_message
from scanner.tos import artifact
from scanner.tos.artifact import LinearModel
from scanner.tos.corpus import read_labels
from scanner.tos.footers import GROUP as FOOTER_GROUP
from scanner.tos.rules import load_rules
from scanner.tos.scorer import TosEngine
from scanner.tos.synthetic import MULTILINGUAL_GROUP, nonprofit_ham
from scanner.tos.training import MULTILINGUAL_HAM, Loss, TrainingParams, train
from tests.tos.conftest import labels_line, synthetic_examples, synthetic_message, write_corpus

RULES = Path(__file__).resolve().parents[2] / "rules" / "tos"


def _digest(model_path: Path) -> str:
    return hashlib.sha256(model_path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("loss", "families", "strength"),
    [("log", (), None), ("hinge", (), None), ("hinge", ("header-names", "url-structure"), 0.1)],
)
def test_same_seed_gives_identical_model_hash(
    tmp_path: Path, loss: Loss, families: tuple[str, ...], strength: float | None
) -> None:
    params = TrainingParams(seed=11, loss=loss, folds=3, families=families, rule_strength=strength)
    rules = load_rules(RULES, 10)

    def saved(params: TrainingParams, folder: str) -> str:
        model = train(synthetic_examples(), Limits(), "v1", params, rules=rules)
        return artifact.save(model, tmp_path / folder / "tos-v1.zip")

    first = saved(params, "a")
    second = saved(params, "b")
    other = saved(replace(params, seed=12), "c")
    assert first == second
    assert other != first  # the seed matters: the test above can fail
    loaded = artifact.load(tmp_path / "a" / "tos-v1.zip")
    assert loaded.meta["trained"]["params"]["loss"] == loss
    assert loaded.families == families


def test_fitting_rule_weights_needs_the_rules_and_covers_every_enabled_rule() -> None:
    params = TrainingParams(folds=3, rule_strength=1.0)
    with pytest.raises(InputError, match="needs the rules"):
        train(synthetic_examples(), Limits(), "v1", params)
    rules = load_rules(RULES, 10)
    model = train(synthetic_examples(), Limits(), "v1", params, rules=rules)
    assert model.rule_weights is not None
    assert set(model.rule_weights) == {s.name for s in rules.symbols if s.enabled}
    # the synthetic spam links to IP literals and the ham never does: evidence for the rule
    yaml = {s.name: s.weight for s in rules.symbols}
    assert model.rule_weights["TOS_URL_IP_LITERAL"] > 0.0
    assert model.rule_weights["TOS_EXECUTABLE_ATTACHMENT"] == yaml["TOS_EXECUTABLE_ATTACHMENT"]


def test_trained_model_ranks_unseen_spam_above_ham(small_model: LinearModel) -> None:
    engine = TosEngine(small_model, load_rules(RULES, 10))
    unseen = synthetic_examples(10, seed=99)
    scores = {e.id: engine.model_logit(parse_message(e.raw, Limits()), None) for e in unseen}
    spam = [scores[e.id] for e in unseen if e.spam]
    ham = [scores[e.id] for e in unseen if not e.spam]
    assert min(spam) > max(ham)
    assert small_model.platt_a > 0  # a higher margin means more likely spam


def test_train_command_adds_labels_and_writes_next_version(tmp_path: Path) -> None:
    import random

    corpus = write_corpus(tmp_path / "corpus.jsonl.gz", synthetic_examples(20))
    rng = random.Random(3)
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        "\n".join(
            [
                labels_line(1, "spam", synthetic_message(rng, True, 901)),
                labels_line(2, "ham", synthetic_message(rng, False, 902)),
                labels_line(3, None, synthetic_message(rng, False, 903)),  # undecided label
                labels_line(4, "spam", None),  # body purged
            ]
        )
        + "\n"
    )
    out = tmp_path / "models"
    common = ["train", "--corpus", str(corpus), "--out", str(out), "--synthetic", "0",
              "--multilingual", "0", "--footer-spam", "0"]  # fmt: skip
    assert main(common) == 0
    assert main([*common, "--labels", str(labels)]) == 0
    second = artifact.load(out / "tos-v2.zip")
    assert second.version == "v2"
    assert second.meta["trained"]["examples"] == 40 + 2
    assert second.meta["trained"]["sources"]["labels:labels.jsonl"] == "2 items"
    assert _digest(out / "tos-v1.zip") != _digest(out / "tos-v2.zip")
    # an existing version is never overwritten
    assert main([*common, "--version", "1"]) == 2
    for bad in (["--version", "0"], ["--synthetic", "-5"]):  # not "newest + 1", not "none"
        with pytest.raises(SystemExit) as caught:
            main([*common, *bad])
        assert caught.value.code == 2


def test_train_command_adds_the_chosen_multilingual_ham_by_default(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl.gz", synthetic_examples(20))
    out = tmp_path / "models"
    common = ["train", "--corpus", str(corpus), "--out", str(out), "--synthetic", "0"]
    assert main([*common, "--footer-spam", "0"]) == 0
    trained = artifact.load(out / "tos-v1.zip").meta["trained"]
    assert trained["examples"] == 40 + MULTILINGUAL_HAM
    assert trained["groups"][MULTILINGUAL_GROUP] == MULTILINGUAL_HAM
    assert trained["sources"][MULTILINGUAL_GROUP].startswith(f"{MULTILINGUAL_HAM} items")


def test_train_command_adds_footer_copies_of_corpus_spam(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl.gz", synthetic_examples(20))
    out = tmp_path / "models"
    common = ["train", "--corpus", str(corpus), "--out", str(out), "--synthetic", "0",
              "--multilingual", "0"]  # fmt: skip
    assert main([*common, "--footer-spam", "1"]) == 0
    trained = artifact.load(out / "tos-v1.zip").meta["trained"]
    assert trained["groups"][FOOTER_GROUP] == 20  # every spam copied, no ham
    assert trained["spam"] == 40 and trained["ham"] == 20
    assert trained["sources"][FOOTER_GROUP].startswith("20 items")
    for bad in ("1.5", "-0.1", "nan", "lots"):
        with pytest.raises(SystemExit) as exited:
            main([*common, "--footer-spam", bad])
        assert exited.value.code == 2
        assert "must be a number from 0 to 1" in capsys.readouterr().err


def test_labels_with_bad_base64_or_version_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"labels_version": 1, "id": 1, "tos_label": "spam", "raw_b64": "@@@"}\n')
    with pytest.raises(InputError, match="raw_b64 is not valid base64"):
        read_labels(bad)
    bad.write_text('{"labels_version": 2, "id": 1, "tos_label": "spam", "raw_b64": null}\n')
    with pytest.raises(InputError, match="unsupported labels_version"):
        read_labels(bad)
    bad.write_text("[1, 2]\n")
    with pytest.raises(InputError, match="not a JSON object"):
        read_labels(bad)


def test_synthetic_ham_is_deterministic_and_compliant() -> None:
    first = nonprofit_ham(30, seed=5)
    assert [e.raw for e in first] == [e.raw for e in nonprofit_ham(30, seed=5)]
    assert [e.raw for e in first] != [e.raw for e in nonprofit_ham(30, seed=6)]
    layouts = {email.message_from_bytes(e.raw).get_content_type() for e in first}
    assert layouts == {"text/plain", "multipart/alternative", "text/html"}
    rules = load_rules(RULES, 10)
    for example in first:
        fired = {r.rule for r in rules.evaluate(parse_message(example.raw, Limits()), None)}
        assert not {rule for rule in fired if rule.startswith("TOS_BULK_")}, example.id
