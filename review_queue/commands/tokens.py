"""``review-queue tokens create --user NAME``: a new API bearer token, printed once."""

from __future__ import annotations

import argparse
import sys

from review_queue.commands import open_service
from review_queue.service import CLI
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("tokens", help="manage API tokens")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a token (shown once, stored hashed)")
    create.add_argument("--user", required=True, help="the account's name")
    create.set_defaults(handler=_create)
    revoke = actions.add_parser("revoke", help="revoke every token of a user")
    revoke.add_argument("--user", required=True, help="the account's name")
    revoke.set_defaults(handler=_revoke)


def _create(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        token = service.create_token(args.user, CLI)
    sys.stdout.write(token + "\n")
    return EXIT_OK


def _revoke(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        count = service.revoke_tokens(args.user, CLI)
    sys.stdout.write(f"revoked {count} token(s) of {args.user}\n")
    return EXIT_OK
