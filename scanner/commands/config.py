"""``scanner config``: print the documented defaults, or check the effective configuration."""

from __future__ import annotations

import argparse
import importlib.util
import sys

from scanner.assembly import build_scanner
from scanner.clikit import EXIT_OK
from scanner.config import Settings, describe_defaults, ensure_data_dir
from scanner.errors import ConfigError
from scanner.policy import PolicyEngine
from scanner.proxy.server import tls_context


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "config", help="print default configuration (TOML) or --check the current one"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="load config, rules, models, the policy file and TLS files as the service "
        "would; exit 2 on any error",
    )
    parser.add_argument(
        "--check-store",
        action="store_true",
        help="connect to the review queue's database (store.url, within "
        "store.connect_timeout_seconds) and check that its schema is current, changing "
        "nothing; exit 2 if not (with --check: both checks)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if not (args.check or args.check_store):
        sys.stdout.write(describe_defaults())
        return EXIT_OK
    if args.check:
        ensure_data_dir(settings.data_dir)
        build_scanner(settings)
        PolicyEngine.from_settings(settings.policy)
        tls_context(settings.proxy.tls_cert, settings.proxy.tls_key)
        sys.stdout.write(f"configuration ok (data dir: {settings.data_dir})\n")
    if args.check_store:
        sys.stdout.write(f"store ok ({_check_store(settings)})\n")
    return EXIT_OK


def _check_store(settings: Settings) -> str:
    """What the store check found; ``MailguardError`` when the store fails it."""
    if importlib.util.find_spec("review_queue") is None:
        raise ConfigError("--check-store: the review queue (review_queue) is not installed")
    from review_queue.store.db import check_schema

    return check_schema(settings.store, settings.data_dir)
