"""``review-queue export --address X``: what is held about an address, as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from review_queue.commands import (
    ADDRESS_HELP,
    address,
    customer,
    open_service,
    private_file,
    write_json,
)
from review_queue.service import CLI
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="export everything held about an address")
    parser.add_argument("--address", required=True, type=address, help=ADDRESS_HELP)
    parser.add_argument(
        "--customer", type=customer, help="only this customer's items and allowlist entries"
    )
    parser.add_argument(
        "--output", type=Path, help="write to this file (created 0600) instead of stdout"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.output is None:
        with open_service(settings) as service:
            write_json(service.export(args.address, CLI, customer=args.customer))
        return EXIT_OK
    # opened first: a bad path fails before anything is read or audited
    with private_file(args.output) as handle, open_service(settings) as service:
        document = service.export(args.address, CLI, customer=args.customer)
        json.dump(document, handle, indent=2, sort_keys=True)
    return EXIT_OK
