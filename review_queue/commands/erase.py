"""``review-queue erase --address X``: delete everything held involving an address."""

from __future__ import annotations

import argparse
import sys

from review_queue.commands import ADDRESS_HELP, address, customer, open_service
from review_queue.service import CLI
from scanner.clikit import EXIT_FLAGGED, EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "erase",
        help="delete every item naming the address (envelope, login, headers or customer "
        "id); exit 1 if pending items were skipped",
    )
    parser.add_argument("--address", required=True, type=address, help=ADDRESS_HELP)
    parser.add_argument(
        "--customer", type=customer, help="only this customer's items and allowlist entries"
    )
    parser.add_argument(
        "--include-pending",
        action="store_true",
        help="also delete items still pending (awaiting review, or a release or notice not "
        "yet delivered): nothing is sent for them, and the sender is not told",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        report = service.erase(
            args.address, CLI, customer=args.customer, include_pending=args.include_pending
        )
    line = f"erased {report.erased} item(s)"
    if report.pending_erased:
        line += f", {report.pending_erased} of them pending (deleted without a decision)"
    sys.stdout.write(line + "\n")
    if report.compaction == "failed":
        sys.stdout.write("compaction incomplete: the next purge retries it\n")
    if not report.pending_skipped:
        return EXIT_OK
    sys.stdout.write(
        f"skipped {len(report.pending_skipped)} pending item(s) (awaiting review, or a "
        "release or notice not yet delivered); decide them, or run again with "
        "--include-pending:\n"
    )
    sys.stdout.writelines(f"{item_id}\n" for item_id in report.pending_skipped)
    return EXIT_FLAGGED
