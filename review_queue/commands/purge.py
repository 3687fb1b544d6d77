"""``review-queue purge``: apply retention now and retry pending releases."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from review_queue.commands import open_service, write_json
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "purge", help="resolve expired undecided items, delete old bodies, retry releases"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        purged, delivered = service.maintenance()
    write_json({"purge": asdict(purged), "deliveries": asdict(delivered)})
    return EXIT_OK
