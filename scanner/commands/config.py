"""``scanner config``: print the documented defaults, or check the effective configuration."""

from __future__ import annotations

import argparse
import sys

from scanner.assembly import build_scanner
from scanner.clikit import EXIT_OK
from scanner.config import Settings, describe_defaults, ensure_data_dir
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
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.check:
        ensure_data_dir(settings.data_dir)
        build_scanner(settings)
        PolicyEngine.from_settings(settings.policy)
        tls_context(settings.proxy.tls_cert, settings.proxy.tls_key)
        sys.stdout.write(f"configuration ok (data dir: {settings.data_dir})\n")
    else:
        sys.stdout.write(describe_defaults())
    return EXIT_OK
