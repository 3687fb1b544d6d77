"""The ``scanner`` command."""

from __future__ import annotations

from scanner.clikit import run_cli

COMMANDS = (
    "scanner.commands.scan",
    "scanner.commands.config",
    "scanner.commands.detect",
    "scanner.commands.train",
    "scanner.commands.eval",
    "scanner.commands.proxy",
    "scanner.commands.run",
)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``scanner`` console script."""
    return run_cli(
        "scanner", "mailguard outbound mail screening", COMMANDS, argv, servers=("proxy", "run")
    )
