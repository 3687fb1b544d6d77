"""``review-queue audit verify|list``: check the hash chain, show recent entries."""

from __future__ import annotations

import argparse
import json
import re
import sys

from review_queue.commands import open_service
from review_queue.service import CLI
from review_queue.store.types import AuditQuery
from scanner.clikit import EXIT_FLAGGED, EXIT_OK, at_least
from scanner.config import Settings

_HASH = re.compile(r"[0-9a-f]{64}")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("audit", help="audit log")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="check the hash chain; exit 1 and name the first bad entry if broken"
    )
    verify.add_argument(
        "--anchor",
        type=_anchor,
        metavar="SEQ:HASH",
        help="a head printed by an earlier verify: the chain must still hold it",
    )
    verify.set_defaults(handler=_verify)
    listing = actions.add_parser("list", help="recent entries as JSON lines, newest first")
    listing.add_argument("--limit", type=at_least(1), default=50, help="entries (default 50)")
    listing.add_argument("--item", help="only entries about this item")
    listing.add_argument(
        "--action",
        help="only entries of this action (e.g. access_denied: refused access; decide, reveal;"
        " user_create, user_scope, user_disable, user_enable, user_password, token_create,"
        " token_revoke: accounts and tokens)",
    )
    listing.add_argument("--actor", help="only entries of this actor (a user name, cli:NAME)")
    listing.set_defaults(handler=_list)


def _anchor(value: str) -> tuple[int, str]:
    seq, _, digest = value.partition(":")
    if not seq.isdigit() or not _HASH.fullmatch(digest):
        raise argparse.ArgumentTypeError("expected SEQ:HASH as printed by audit verify")
    return int(seq), digest


def _verify(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        ok, bad = service.verify_audit(args.anchor)
        seq, digest = service.audit_head()
    if ok:
        sys.stdout.write(f"audit chain ok; head {seq}:{digest}\n")
        return EXIT_OK
    sys.stdout.write(f"audit chain BROKEN at entry {bad}\n")
    return EXIT_FLAGGED


def _list(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        query = AuditQuery(
            actor=args.actor, action=args.action, item_id=args.item, limit=args.limit
        )
        entries = service.audit_entries(query, CLI)
    for e in entries:
        line = {"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action}
        sys.stdout.write(json.dumps({**line, "item": e.item_id, "detail": e.detail}) + "\n")
    return EXIT_OK
