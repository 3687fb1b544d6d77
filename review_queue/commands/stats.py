"""``review-queue stats``: queue depth, oldest undecided age, decisions (JSON)."""

from __future__ import annotations

import argparse

from review_queue.commands import open_service, write_json
from review_queue.service import CLI
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser("stats", help="queue statistics as JSON").set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        write_json(service.stats(CLI))
    return EXIT_OK
