"""``scanner train``: fit the ToS classifier and write a new versioned model artifact."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from scanner.clikit import EXIT_OK, at_least
from scanner.config import Settings
from scanner.errors import InputError
from scanner.tos import artifact
from scanner.tos.corpus import TRAIN_GROUPS, read_corpus, read_labels
from scanner.tos.footers import GROUP as FOOTER_GROUP
from scanner.tos.footers import footer_spam
from scanner.tos.rules import load_rules
from scanner.tos.synthetic import GROUP, MULTILINGUAL_GROUP, multilingual_ham, nonprofit_ham
from scanner.tos.training import (
    DEFAULT_SEED,
    FOOTER_SPAM_SHARE,
    MULTILINGUAL_HAM,
    TrainingParams,
    train,
)

SYNTHETIC_HAM = 400  # chosen on validation, like TrainingParams (docs/eval-tos-validation.md)
DEFAULT_CORPUS = (
    Path(__file__).resolve().parents[3] / "shared" / "corpora" / "spamassassin-public.jsonl.gz"
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "train",
        help="train the ToS classifier into a new versioned model file",
        description="Train on the corpus' older groups (" + ", ".join(TRAIN_GROUPS) + ") "
        "plus synthetic nonprofit ham and reviewer labels, and write tos-v<N>.zip with its "
        ".sha256 beside it.",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus JSONL(.gz)")
    parser.add_argument(
        "--labels",
        type=Path,
        action="append",
        default=[],
        help="review-queue export-labels file (repeatable); labelled items are added",
    )
    parser.add_argument(
        "--out", type=Path, help="model directory (default: [tos] model, or its folder)"
    )
    parser.add_argument(
        "--version", type=at_least(1), help="version number N (default: newest + 1)"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="fold seed")
    parser.add_argument(
        "--synthetic",
        type=at_least(0),
        default=SYNTHETIC_HAM,
        metavar="N",
        help=f"add N synthetic nonprofit ham messages (default {SYNTHETIC_HAM}; 0 = none)",
    )
    parser.add_argument(
        "--multilingual",
        type=at_least(0),
        default=MULTILINGUAL_HAM,
        metavar="N",
        help="add N synthetic non-English nonprofit ham messages "
        f"(default {MULTILINGUAL_HAM}; 0 = none)",
    )
    parser.add_argument(
        "--footer-spam",
        type=_share,
        default=FOOTER_SPAM_SHARE,
        metavar="SHARE",
        help="add copies of this share (0..1) of the corpus spam wearing the synthetic ham's "
        f"compliant footer (default {FOOTER_SPAM_SHARE:g}; 0 = none)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    started = time.perf_counter()
    out: Path = args.out or (
        settings.tos.model if settings.tos.model.is_dir() else settings.tos.model.parent
    )
    number = args.version if args.version is not None else artifact.newest_version(out) + 1
    path = artifact.artifact_path(out, number)
    if path.exists():
        raise InputError(f"{path} exists: a new model needs a new version")
    examples = read_corpus(args.corpus, TRAIN_GROUPS)
    sources = {"corpus": args.corpus.name}
    if args.synthetic > 0:
        examples += nonprofit_ham(args.synthetic, args.seed)
        sources[GROUP] = f"{args.synthetic} items (scanner/tos/synthetic.py, seed {args.seed})"
    if args.multilingual > 0:
        examples += multilingual_ham(args.multilingual, args.seed)
        sources[MULTILINGUAL_GROUP] = (
            f"{args.multilingual} items (scanner/tos/synthetic.py, seed {args.seed})"
        )
    if args.footer_spam > 0:
        copies = footer_spam(examples, args.footer_spam, args.seed)
        examples += copies
        sources[FOOTER_GROUP] = f"{len(copies)} items (scanner/tos/footers.py, seed {args.seed})"
    for labels_path in args.labels:
        labelled = read_labels(labels_path)
        examples += labelled
        sources[f"labels:{labels_path.name}"] = f"{len(labelled)} items"
    rules = load_rules(settings.tos.rules_dir, settings.tos.bulk_min_recipients)
    params = TrainingParams(seed=args.seed)
    model = train(examples, settings.limits, f"v{number}", params, sources, rules)
    digest = artifact.save(model, path)
    took = time.perf_counter() - started
    sys.stdout.write(
        f"wrote {path} (sha256 {digest}) from {len(examples)} messages in {took:.1f}s\n"
    )
    return EXIT_OK


def _share(text: str) -> float:
    """A share between 0 and 1, for argparse."""
    try:
        share = float(text)
    except ValueError:
        share = -1.0
    if not 0.0 <= share <= 1.0:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1, not {text!r}")
    return share
