"""``review-queue erase --address X``: delete everything held involving an address."""

from __future__ import annotations

import argparse
import sys

from review_queue.commands import address, open_service
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "erase", help="delete every item naming the address (envelope, login or headers)"
    )
    parser.add_argument("--address", required=True, type=address)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        count = service.erase(args.address)
    sys.stdout.write(f"erased {count} item(s)\n")
    return EXIT_OK
