"""``review-queue export-labels``: decided items as JSON lines for ``scanner train``."""

from __future__ import annotations

import argparse
import json
import sys

from review_queue.commands import open_service
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "export-labels", help="write reviewers' decisions as training labels (JSON lines)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        for record in service.export_labels():
            sys.stdout.write(json.dumps(record, sort_keys=True) + "\n")
    return EXIT_OK
