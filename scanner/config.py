"""Configuration: one TOML file, environment overrides, validation that names the bad key.

Precedence, lowest first: built-in defaults, the TOML file (``--config`` or
``MAILGUARD_CONFIG``), then ``MAILGUARD_<SECTION>_<KEY>`` environment variables. The data
directory comes from ``--data-dir``, ``MAILGUARD_DATA_DIR`` or the file's ``data_dir``
(default ``./var``); every command that is given the same one sees the same state.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from scanner.errors import ConfigError

ENV_PREFIX = "MAILGUARD_"
# Environment variables with their own meaning, not section overrides.
SPECIAL_ENV = frozenset({"MAILGUARD_CONFIG", "MAILGUARD_DATA_DIR"})
MIB = 1024 * 1024


class Section(BaseModel):
    """Base for config sections: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(Section):
    """Bounds on the work spent parsing one message; exceeding one is a finding."""

    max_message_bytes: int = Field(50 * MIB, gt=0, description="bytes of a message parsed")
    max_parts: int = Field(500, gt=0, description="MIME parts visited per message")
    max_depth: int = Field(10, gt=0, description="nesting of multiparts and message/rfc822")
    max_decoded_bytes: int = Field(
        20 * MIB, gt=0, description="decoded bytes of all parts together"
    )
    max_urls: int = Field(2000, gt=0, description="URL segments kept per message")
    max_archive_members: int = Field(1000, gt=0, description="zip member names listed")


class Policy(Section):
    """How scores and categories map to an action (extended by the policy engine)."""

    hold_categories: tuple[str, ...] = Field(
        default_factory=lambda: _sensitive_categories(),
        description="finding categories that hold a message for review",
    )
    tos_hold_threshold: float = Field(0.9, ge=0.0, le=1.0, description="tos score that holds")
    unscanned_action: Literal["pass", "tag", "hold"] = Field(
        "tag", description="action for content that could not be scanned"
    )
    min_finding_score: float = Field(
        0.5, ge=0.0, le=1.0, description="findings below this score do not count"
    )


class Logging(Section):
    """Log output; never contains bodies, addresses or detected values."""

    format: Literal["text", "json"] = "text"
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class Settings(Section):
    """All of mailguard's configuration."""

    data_dir: Path = Path("var")
    limits: Limits = Field(default_factory=Limits)
    policy: Policy = Field(default_factory=Policy)
    logging: Logging = Field(default_factory=Logging)


def _sensitive_categories() -> tuple[str, ...]:
    from scanner.categories import SENSITIVE_CATEGORIES

    return SENSITIVE_CATEGORIES


def load_settings(
    config_path: Path | None = None,
    data_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build validated settings from defaults, a TOML file and the environment.

    Raises:
        ConfigError: naming the file, key and reason; never echoes a value.
    """
    env = os.environ if environ is None else environ
    path = config_path or (Path(env["MAILGUARD_CONFIG"]) if env.get("MAILGUARD_CONFIG") else None)
    raw: dict[str, Any] = _read_toml(path) if path else {}
    _apply_env(raw, env)
    if data_dir is not None:
        raw["data_dir"] = str(data_dir)
    elif env.get("MAILGUARD_DATA_DIR"):
        raw["data_dir"] = env["MAILGUARD_DATA_DIR"]
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        origin = f"{path}: " if path else ""
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid configuration: {origin}{problems}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _apply_env(raw: dict[str, Any], env: Mapping[str, str]) -> None:
    """Overlay ``MAILGUARD_<SECTION>_<KEY>`` variables onto the raw settings."""
    sections = {
        name
        for name, info in Settings.model_fields.items()
        if isinstance(info.annotation, type) and issubclass(info.annotation, Section)
    }
    for var, value in env.items():
        if not var.startswith(ENV_PREFIX) or var in SPECIAL_ENV:
            continue
        section, _, key = var[len(ENV_PREFIX) :].lower().partition("_")
        if section not in sections or not key:
            raise ConfigError(f"unknown setting in environment: {var}")
        target = raw.setdefault(section, {})
        if not isinstance(target, dict):
            raise ConfigError(f"config section [{section}] must be a table")
        target[key] = _env_value(value)


def _env_value(value: str) -> Any:
    """Lists are written as JSON arrays; everything else stays a string for validation."""
    if value.startswith("["):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def describe_defaults() -> str:
    """The default configuration as commented TOML: the schema reference for operators."""
    lines: list[str] = ['data_dir = "var"  # all state lives here', ""]
    defaults = Settings()
    for name, info in Settings.model_fields.items():
        section = getattr(defaults, name)
        if not isinstance(section, Section):
            continue
        lines.append(f"[{name}]  # {info.annotation.__doc__ if info.annotation else ''}")
        for key, field in type(section).model_fields.items():
            value = getattr(section, key)
            comment = f"  # {field.description}" if field.description else ""
            lines.append(f"{key} = {_toml_value(value)}{comment}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))
