"""``scanner scan PATH...``: one JSON verdict per message (or ``--explain`` reports)."""

from __future__ import annotations

import argparse
import json
import sys

from scanner.assembly import build_scanner
from scanner.clikit import EXIT_FLAGGED, EXIT_OK
from scanner.config import Settings
from scanner.model import Action
from scanner.report import explain, verdict_dict
from scanner.sources import check_paths, iter_messages


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "scan",
        help="scan .eml files, directories, mbox files or - (stdin)",
        description="Print one JSON verdict per message (JSON lines). Exit 0 ok, "
        "1 if a message was flagged and --fail-on-flag is given, 2 on usage or input error.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".eml, directory, mbox or -")
    parser.add_argument("--explain", action="store_true", help="human-readable report")
    parser.add_argument(
        "--fail-on-flag", action="store_true", help="exit 1 if any message's action is not pass"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    check_paths(args.paths)
    scanner = build_scanner(settings)
    flagged = False
    out = sys.stdout
    for item in iter_messages(args.paths):
        result = scanner.scan(item.raw)
        flagged |= result.verdict.action != Action.PASS
        if args.explain:
            out.write(explain(item.id, result.message, result.verdict) + "\n\n")
        else:
            line = json.dumps(verdict_dict(item.id, result.message, result.verdict))
            out.write(line + "\n")
        out.flush()
    return EXIT_FLAGGED if flagged and args.fail_on_flag else EXIT_OK
