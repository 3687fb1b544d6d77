"""``review-queue users add|scope|disable|enable|passwd|list``: accounts (passwords only
from stdin) and the customers an account is limited to."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from review_queue.commands import JSON_HELP, open_service, write_rows
from review_queue.service import CLI
from review_queue.store.types import InvalidInput, Role
from scanner.clikit import EXIT_OK
from scanner.config import Settings

_CUSTOMERS_HELP = (
    "comma-separated customer ids (as items record them) the account may see (admins always"
    " see every customer)"
)
_ALL_HELP = "no limit: the account sees every customer"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("users", help="manage reviewer accounts")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = _on_account(actions, "add", _add, "create an account; the password is read from stdin")
    add.add_argument(
        "--role",
        required=True,
        choices=[str(r) for r in Role],
        help="reviewer: decides and reveals values; auditor: reads items (masked) and the "
        "audit log; admin: everything, and manages accounts",
    )
    _scope_options(add)
    _scope_options(
        _on_account(actions, "scope", _scope, "set the customers an account is limited to")
    )
    _on_account(
        actions,
        "disable",
        _disable,
        "disable an account: revoke its tokens, end its sessions and give back the items "
        "it holds (`users enable` lets it log in again)",
    )
    _on_account(
        actions,
        "enable",
        _enable,
        "enable a disabled account again; it logs in with its password (`users passwd` "
        "sets a new one) and its tokens revoked at disable stay revoked (`tokens create`)",
    )
    _on_account(actions, "passwd", _passwd, "set a new password, read from stdin")
    listing = actions.add_parser(
        "list", help="list accounts: name, role, state, created, customers (* = every one)"
    )
    listing.add_argument("--json", action="store_true", help=JSON_HELP)
    listing.set_defaults(handler=_list)


def _on_account(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    action: str,
    handler: Callable[[argparse.Namespace, Settings], int],
    help_text: str,
) -> argparse.ArgumentParser:
    """The subcommand ``action`` on one account, named by its argument, run by ``handler``."""
    parser = actions.add_parser(action, help=help_text)
    parser.add_argument("name", help="the account's name")
    parser.set_defaults(handler=handler)
    return parser


def _scope_options(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--customers", metavar="IDS", help=_CUSTOMERS_HELP)
    which.add_argument("--all", action="store_true", help=_ALL_HELP)


def _chosen_customers(args: argparse.Namespace) -> list[str]:
    """The customers given, or none for ``--all``. Every customer is never a default or a
    slip (an empty ``--customers``): a contractor's account sees only what was chosen."""
    if args.all:
        return []
    customers = [c for c in (args.customers or "").split(",") if c.strip()]
    if not customers:
        raise InvalidInput("give --customers IDS (at least one id), or --all for every customer")
    return customers


def read_password() -> str:
    """A password from the terminal (asked twice) or the first line of piped stdin."""
    if sys.stdin.isatty():
        first = getpass.getpass("password: ")
        if getpass.getpass("again: ") != first:
            raise InvalidInput("the passwords do not match")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _add(args: argparse.Namespace, settings: Settings) -> int:
    admin = Role(args.role) is Role.ADMIN  # never scoped: the store refuses customers
    customers = (args.customers or "").split(",") if admin else _chosen_customers(args)
    password = read_password()
    with open_service(settings, create=True) as service:  # the first account may come first
        user = service.create_user(args.name, args.role, password, CLI, customers)
    sys.stdout.write(f"created {user.role} {user.name} ({_scope_text(user.customers)})\n")
    return EXIT_OK


def _scope(args: argparse.Namespace, settings: Settings) -> int:
    customers = _chosen_customers(args)
    with open_service(settings) as service:
        user = service.set_customers(args.name, customers, CLI)
    sys.stdout.write(f"{user.name} sees {_scope_text(user.customers)}\n")
    return EXIT_OK


def _scope_text(customers: tuple[str, ...]) -> str:
    return f"customers {','.join(customers)}" if customers else "all customers"


def _disable(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        service.disable_user(args.name, CLI)
    sys.stdout.write(f"disabled {args.name}\n")
    return EXIT_OK


def _enable(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        service.enable_user(args.name, CLI)
    sys.stdout.write(
        f"enabled {args.name}: logs in with the account's password; earlier API tokens stay"
        " revoked\n"
    )
    return EXIT_OK


def _passwd(args: argparse.Namespace, settings: Settings) -> int:
    password = read_password()
    with open_service(settings) as service:
        service.set_password(args.name, password, CLI)
    sys.stdout.write(f"password changed for {args.name}\n")
    return EXIT_OK


def _list(args: argparse.Namespace, settings: Settings) -> int:
    with open_service(settings) as service:
        users = service.list_users()
    rows = (
        {
            "name": user.name,
            "role": str(user.role),
            "state": "disabled" if user.disabled else "active",
            "created": f"{user.created_at:%Y-%m-%d}",
            "customers": ",".join(user.customers) or "*",
        }
        for user in users
    )
    write_rows(rows, args.json)
    return EXIT_OK
