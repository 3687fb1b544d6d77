"""Exceptions. Messages name keys, files, ids and categories, never message content."""


class MailguardError(Exception):
    """Base class for every error mailguard raises on purpose."""


class ConfigError(MailguardError):
    """Configuration, rule or policy file is invalid; raised at start-up."""


class InputError(MailguardError):
    """A command-line input (path, file format) cannot be used."""


class ModelError(MailguardError):
    """A model artifact is missing, corrupt, tampered with or incompatible."""


def cannot_listen(setting: str, host: str, port: int, error: OSError) -> ConfigError:
    """The error for an address that cannot be bound (in use, not on this host)."""
    reason = error.strerror or type(error).__name__
    return ConfigError(f"{setting}: cannot listen on {host}:{port}: {reason}")
