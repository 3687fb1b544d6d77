"""``scanner config``: print the documented defaults, or check the effective configuration."""

from __future__ import annotations

import argparse
import sys

from scanner.assembly import build_scanner
from scanner.clikit import EXIT_OK
from scanner.config import Settings, describe_defaults


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "config", help="print default configuration (TOML) or --check the current one"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="load config, rules and models as the service would; exit 2 on any error",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.check:
        build_scanner(settings)
        sys.stdout.write(f"configuration ok (data dir: {settings.data_dir})\n")
    else:
        sys.stdout.write(describe_defaults())
    return EXIT_OK
