"""``review-queue export --address X``: what is held about an address, as JSON."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TextIO

from review_queue.commands import address, customer, open_service, write_json
from scanner.clikit import EXIT_OK
from scanner.config import Settings
from scanner.errors import InputError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("export", help="export everything held about an address")
    parser.add_argument("--address", required=True, type=address)
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
            write_json(service.export(args.address, customer=args.customer))
        return EXIT_OK
    # opened first: a bad path fails before anything is read or audited
    with _private_file(args.output) as handle, open_service(settings) as service:
        document = service.export(args.address, customer=args.customer)
        json.dump(document, handle, indent=2, sort_keys=True)
    return EXIT_OK


def _private_file(path: Path) -> TextIO:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)  # an existing file keeps its mode otherwise
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from None
    return os.fdopen(fd, "w", encoding="utf-8")
