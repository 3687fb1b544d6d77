"""``review-queue export-labels``: decided items as JSON lines for ``scanner train``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from review_queue.commands import open_service, private_file
from review_queue.service import CLI
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export-labels", help="write reviewers' decisions as training labels (JSON lines)"
    )
    parser.add_argument(
        "--output", type=Path, help="write to this file (created 0600) instead of stdout"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.output is None:
        _write(settings, sys.stdout)
        return EXIT_OK
    with private_file(args.output) as handle:  # opened first: a bad path reads nothing
        _write(settings, handle)
    return EXIT_OK


def _write(settings: Settings, out: TextIO) -> None:
    with open_service(settings) as service:
        for record in service.export_labels(CLI):
            out.write(json.dumps(record, sort_keys=True) + "\n")
