"""``scanner eval``: held-out evaluation report, optionally beside SpamAssassin."""

from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from scanner.clikit import EXIT_OK
from scanner.commands.train import DEFAULT_CORPUS
from scanner.config import Settings
from scanner.tos import artifact, spamassassin
from scanner.tos.corpus import TEST_GROUPS, TRAIN_GROUPS, read_corpus
from scanner.tos.eval_report import ReportInputs, eval_markdown, model_card, validation_markdown
from scanner.tos.evaluation import curve, evaluate
from scanner.tos.rules import load_rules
from scanner.tos.scorer import TosEngine
from scanner.tos.selection import select
from scanner.tos.synthetic import nonprofit_ham
from scanner.tos.training import DEFAULT_SEED


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "eval",
        help="evaluate the ToS model on the held-out corpus groups",
        description="Score the corpus' newer groups (" + ", ".join(TEST_GROUPS) + ") and "
        "write a Markdown report: ROC AUC, recall at FPR 0.1/0.5/1%, confusion matrices, "
        "reliability table, top features and rules.",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus JSONL(.gz)")
    parser.add_argument("--model", type=Path, help="model file or directory (default [tos] model)")
    parser.add_argument("--out", type=Path, help="write the report here (default: stdout)")
    parser.add_argument("--model-card", type=Path, help="also write the model card here")
    parser.add_argument(
        "--spamassassin",
        action="store_true",
        help="also score the test set with SpamAssassin (spamd -L on loopback; minutes)",
    )
    parser.add_argument(
        "--validation",
        action="store_true",
        help="instead: choose the training settings on time blocks of the training groups ("
        + ", ".join(TRAIN_GROUPS)
        + ") and report every candidate (minutes; the held-out groups are not read)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    rules = load_rules(settings.tos.rules_dir, settings.tos.bulk_min_recipients)
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    if args.validation:
        selection = select(
            read_corpus(args.corpus, TRAIN_GROUPS),
            nonprofit_ham,
            rules,
            settings.limits,
            seed=DEFAULT_SEED,
        )
        _write(args.out, validation_markdown(selection, date))
        return EXIT_OK
    path = artifact.resolve(args.model or settings.tos.model)
    model = artifact.load(path)
    engine = TosEngine(model, rules)
    examples = read_corpus(args.corpus, TEST_GROUPS)
    evaluation = evaluate(engine, examples, settings.limits)
    sa_run = sa_curve = None
    if args.spamassassin:
        sa_run = spamassassin.score_all([e.raw for e in examples])
        rate = len(examples) / sa_run.seconds if sa_run.seconds else 0.0
        sa_curve = curve(
            f"SpamAssassin {sa_run.version} (-L, no Bayes)",
            evaluation.labels,
            np.array(sa_run.scores),
            rate,
        )
    inputs = ReportInputs(
        model=model,
        digest=hashlib.sha256(path.read_bytes()).hexdigest(),
        date=date,
        evaluation=evaluation,
        spamassassin=sa_run,
        sa_curve=sa_curve,
        hold_threshold=settings.policy.tos_hold_threshold,
    )
    _write(args.out, eval_markdown(inputs))
    if args.model_card:
        args.model_card.write_text(model_card(inputs), encoding="utf-8")
    return EXIT_OK


def _write(out: Path | None, report: str) -> None:
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report, encoding="utf-8")
    else:
        sys.stdout.write(report)
