"""Subcommands of ``scanner``; each module has ``register(subparsers)``."""
