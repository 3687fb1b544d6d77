"""Shared command-line plumbing for ``scanner`` and ``review-queue``.

Each command lives in its own module with ``register(subparsers)``, which adds a parser and
sets ``handler(args, settings) -> int``. Exit codes: 0 ok, 1 flagged (where a command says
so), 2 usage, configuration or input error.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from scanner.config import Settings, load_settings
from scanner.errors import MailguardError
from scanner.logs import setup_logging
from scanner.startup import StartupInterrupted, raising_stop_signals

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FLAGGED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace, Settings], int]


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number not below ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, not {value}")
        return value

    return parse


def describe_subcommands(parser: argparse.ArgumentParser) -> None:
    """Give each subcommand without a description of its own the line its parent lists it
    with, so that ``COMMAND --help`` says what the command does, at every level."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                sub = action.choices[listed.dest]
                sub.description = sub.description or listed.help
                describe_subcommands(sub)


def run_cli(
    prog: str,
    description: str,
    modules: Sequence[str],
    argv: list[str] | None,
    servers: Collection[str] = (),
) -> int:
    """Parse arguments, load settings, run the chosen command; errors become exit code 2.

    For a command in ``servers``, SIGTERM or SIGINT before it serves is a clean stop,
    logged, exit 0 (``scanner.startup``), from before the command modules are imported.
    """
    words = sys.argv[1:] if argv is None else argv
    server = command_named(words) in servers
    try:
        with raising_stop_signals() if server else contextlib.nullcontext():
            return _run_cli(prog, description, modules, words)
    except StartupInterrupted as stop:
        log.warning("stopped by %s during start-up", stop.signal_name)
        return EXIT_OK


# The options ``run_cli`` adds before the command that take a value.
_VALUED_OPTIONS = ("--config", "--data-dir")


def command_named(words: Sequence[str]) -> str | None:
    """The command ``words`` name, read as argparse will (global options first, which
    may be abbreviated), without importing the command modules; None if there is none."""
    remaining = iter(words)
    for word in remaining:
        if word == "--":
            return next(remaining, None)
        if not word.startswith("-"):
            return word
        if "=" not in word and len(word) > 2 and any(o.startswith(word) for o in _VALUED_OPTIONS):
            next(remaining, None)  # its value
    return None


def _run_cli(prog: str, description: str, modules: Sequence[str], argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--config", type=Path, help="TOML configuration file")
    parser.add_argument(
        "--data-dir", type=Path, help="state directory (default ./var or MAILGUARD_DATA_DIR)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in modules:
        importlib.import_module(module).register(commands)
    describe_subcommands(parser)
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config, args.data_dir)
        setup_logging(settings.logging)
        handler: Handler = args.handler
        return handler(args, settings)
    except MailguardError as exc:
        sys.stderr.write(f"{prog}: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head(1) and closed: not an error
        sys.stderr.close()
        return EXIT_OK
