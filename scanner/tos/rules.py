"""Load ``rules/tos/*.yaml`` and evaluate the enabled symbols on a message.

Each file has ``symbols`` (``NAME: {weight, description, enabled}``) and optional ``lists``.
Loading fails with a ``ConfigError`` naming the file and key when a symbol has no check in
``scanner.tos.checks``, a check has no symbol, a name or list is defined twice, a weight is
out of range or a pattern does not compile: bad rules stop start-up, not a message.
List patterns are RE2 syntax (linear-time matching, no backreferences or lookaround).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import re2
import yaml

from scanner.errors import ConfigError
from scanner.model import Envelope, ParsedMessage, Reason
from scanner.tos.blocklist import NO_BLOCKLIST, UrlBlocklist
from scanner.tos.checks import CHECKS, LIST_KINDS, Lists, PhraseList, RuleInput
from scanner.tos.domains import registrable

MAX_WEIGHT = 20.0


@dataclass(frozen=True, slots=True)
class Symbol:
    """A named rule with its weight (log-odds) and description."""

    name: str
    weight: float
    description: str
    enabled: bool


@dataclass(frozen=True)
class RuleSet:
    """The loaded symbols and lists; thread-safe and immutable."""

    symbols: tuple[Symbol, ...]
    lists: Lists
    bulk_min_recipients: int

    def evaluate(self, message: ParsedMessage, envelope: Envelope | None) -> tuple[Reason, ...]:
        """The enabled symbols that fire on ``message``, in file order."""
        view = RuleInput(message, envelope, self.lists, self.bulk_min_recipients)
        return tuple(
            Reason(s.name, s.weight, s.description)
            for s in self.symbols
            if s.enabled and CHECKS[s.name](view)
        )


def load_rules(
    directory: Path, bulk_min_recipients: int, url_blocklist: UrlBlocklist = NO_BLOCKLIST
) -> RuleSet:
    """Read every ``*.yaml`` in ``directory`` (sorted) into a validated RuleSet; the
    blocklist (from ``[tos] url_blocklists``) is what ``TOS_URL_BLOCKLISTED`` looks up."""
    files = sorted(directory.glob("*.yaml")) if directory.is_dir() else []
    if not files:
        raise ConfigError(f"no ToS rule files (*.yaml) in {directory}")
    symbols: dict[str, Symbol] = {}
    raw_lists: dict[str, list[str]] = {}
    for path in files:
        document = _read(path)
        for name, spec in (document.get("symbols") or {}).items():
            if name in symbols:
                raise ConfigError(f"{path}: symbol {name} is defined twice")
            symbols[name] = _symbol(path, name, spec)
        for name, items in (document.get("lists") or {}).items():
            if name in raw_lists:
                raise ConfigError(f"{path}: list {name} is defined twice")
            raw_lists[name] = _list(path, name, items)
    unknown = sorted(set(symbols) - set(CHECKS))
    missing = sorted(set(CHECKS) - set(symbols))
    if unknown or missing:
        raise ConfigError(
            f"ToS rules in {directory}: symbols without a check: {unknown or 'none'}; "
            f"checks without a symbol: {missing or 'none'}"
        )
    lists = replace(_lists(directory, raw_lists), url_blocklist=url_blocklist)
    return RuleSet(tuple(symbols.values()), lists, bulk_min_recipients)


def _read(path: Path) -> dict[str, Any]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read rule file {path}: {exc.strerror}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"rule file {path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict) or set(document) - {"symbols", "lists"}:
        raise ConfigError(f"rule file {path} must be a mapping with symbols and lists")
    return document


def _symbol(path: Path, name: object, spec: object) -> Symbol:
    if not isinstance(name, str) or not name.isupper() or not isinstance(spec, dict):
        raise ConfigError(f"{path}: symbol {name!r} must be UPPER_SNAKE with a mapping")
    if set(spec) - {"weight", "description", "enabled"}:
        raise ConfigError(f"{path}: symbol {name} has unknown keys")
    weight, description = spec.get("weight"), spec.get("description")
    enabled = spec.get("enabled", True)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)):
        raise ConfigError(f"{path}: symbol {name}: weight must be a number")
    if not -MAX_WEIGHT <= weight <= MAX_WEIGHT:
        raise ConfigError(f"{path}: symbol {name}: weight must be within ±{MAX_WEIGHT}")
    if not isinstance(description, str) or not description.strip():
        raise ConfigError(f"{path}: symbol {name}: description is required")
    if not isinstance(enabled, bool):
        raise ConfigError(f"{path}: symbol {name}: enabled must be true or false")
    return Symbol(name, float(weight), description.strip(), enabled)


def _list(path: Path, name: object, items: object) -> list[str]:
    if name not in LIST_KINDS:
        raise ConfigError(f"{path}: unknown list {name!r}")
    if not isinstance(items, list) or not all(isinstance(i, str) and i for i in items):
        raise ConfigError(f"{path}: list {name} must be a list of strings")
    return items


# Set lists compared by registrable domain.
_BY_REGISTRABLE = frozenset({"bounce_domains", "click_tracking_domains"})


def _lists(directory: Path, raw: dict[str, list[str]]) -> Lists:
    missing = sorted(set(LIST_KINDS) - set(raw))
    if missing:
        raise ConfigError(f"ToS rules in {directory}: missing lists {missing}")
    values: dict[str, Any] = {}
    for name, kind in LIST_KINDS.items():
        items = raw[name]
        if kind == "set":
            names = {i.strip().lower().lstrip(".") for i in items}
            if name in _BY_REGISTRABLE:  # a host listed names its registrable domain
                names = {registrable(n) for n in names}
            values[name] = frozenset(names)
        else:
            values[name] = _alternatives(directory, name, items)
    return Lists(**values)


# RE2's memory budget for one phrase list's automaton, allocated as states are built: the
# postal-address list (nine languages) outgrows RE2's default 8 MiB.
LIST_DFA_MEMORY = 64 * 1024 * 1024


def _alternatives(directory: Path, name: str, patterns: list[str]) -> PhraseList:
    """One case-insensitive RE2 pattern; a space in a pattern matches any run of space."""
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = LIST_DFA_MEMORY
    for pattern in patterns:
        try:
            re2.compile(pattern, options)
        except re2.error as exc:
            reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
            raise ConfigError(
                f"ToS rules in {directory}: list {name}: bad pattern (RE2 syntax): {reason}"
            ) from None
    parts = ["(?:" + _flexible_spaces(pattern) + ")" for pattern in patterns]
    return PhraseList("|".join(parts) if parts else r"\b\B", options)  # \b\B never matches


def _flexible_spaces(pattern: str) -> str:
    """Make each literal space outside a character class match any run of whitespace."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == " " and not in_class:
            out.append(r"(?:[\s\p{Z}]+)")
            continue
        out.append(char)
    return "".join(out)
