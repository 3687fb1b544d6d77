"""The ``review-queue`` command."""

from __future__ import annotations

from scanner.clikit import run_cli

COMMANDS = (
    "review_queue.commands.users",
    "review_queue.commands.tokens",
    "review_queue.commands.purge",
    "review_queue.commands.erase",
    "review_queue.commands.export",
    "review_queue.commands.export_labels",
    "review_queue.commands.audit",
    "review_queue.commands.stats",
    "review_queue.commands.rescan",
    "review_queue.commands.keys",
    "review_queue.commands.serve",
)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``review-queue`` console script."""
    return run_cli(
        "review-queue", "mailguard human review queue", COMMANDS, argv, servers=("serve",)
    )
