"""``review-queue export --address X``: what is held about an address, as JSON."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from review_queue.commands import open_service, write_json
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="export everything held about an address")
    parser.add_argument("--address", required=True)
    parser.add_argument(
        "--output", type=Path, help="write to this file (created 0600) instead of stdout"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        document = service.export(args.address)
    if args.output is None:
        write_json(document)
    else:
        fd = os.open(args.output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2, sort_keys=True)
    return EXIT_OK
