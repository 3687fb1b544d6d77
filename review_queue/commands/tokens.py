"""``review-queue tokens``: create, list and revoke API bearer tokens."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from review_queue.commands import JSON_HELP, open_service, write_rows
from review_queue.service import CLI
from scanner.clikit import EXIT_OK, at_least
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("tokens", help="manage API tokens")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="create a token (shown once, stored hashed)")
    create.add_argument("--user", required=True, help="the account's name")
    create.set_defaults(handler=_create)
    listing = actions.add_parser(
        "list", help="list tokens: id, user, created, expires, state (never the token)"
    )
    listing.add_argument("--user", help="only this account's tokens")
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=_list)
    revoke = actions.add_parser(
        "revoke", help="revoke every token of a user, or one token by its id (`tokens list`)"
    )
    which = revoke.add_mutually_exclusive_group(required=True)
    which.add_argument("--user", help="the account whose tokens to revoke")
    which.add_argument("--id", type=at_least(1), help="the one token to revoke")
    revoke.set_defaults(handler=_revoke)


def _create(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        token = service.create_token(args.user, CLI)
    sys.stdout.write(token + "\n")
    return EXIT_OK


def _list(args: argparse.Namespace, settings: Settings) -> int:
    now = datetime.now(UTC)
    with open_service(settings) as service:
        tokens = service.list_tokens(args.user)
    rows = (
        {
            "id": token.id,
            "user": token.user,
            "created": f"{token.created_at:%Y-%m-%d}",
            "expires": f"{token.expires_at:%Y-%m-%d}" if token.expires_at else "never",
            "state": token.state(now),
        }
        for token in tokens
    )
    write_rows(rows, args.json)
    return EXIT_OK


def _revoke(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        if args.id is not None:
            done = service.revoke_token(args.id, CLI)
            sys.stdout.write(
                f"revoked token {args.id}\n" if done else f"token {args.id} was revoked already\n"
            )
        else:
            count = service.revoke_tokens(args.user, CLI)
            sys.stdout.write(f"revoked {count} token(s) of {args.user}\n")
    return EXIT_OK
