"""``review-queue rescan``: re-score undecided items with the current rules and models."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from review_queue.commands import open_service, write_json
from review_queue.service import CLI
from scanner.assembly import build_scanner
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "rescan", help="re-scan undecided items; release those that no longer need review"
    ).set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    scanner = build_scanner(settings)
    with open_service(settings) as service:
        write_json(asdict(service.rescan(scanner, CLI)))
    return EXIT_OK
