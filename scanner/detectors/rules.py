"""Rule packs: declarative YAML detection rules, loaded and validated once at start-up.

A pack file holds ``pack: <name>`` and a list of ``rules``. A rule is triggered either by a
number candidate (``number: {digits: [min, max]}``) or by keywords (``keywords: [...]``), then
confirmed by its ``pattern``, named ``validators`` and context words. Lexicon rules
(``lexicon:``) describe special-category terms and are scored by attribution instead (see
``special.py``); a pack's ``language`` (default ``en``) is the language of its lexicons and of
its ``attribution`` words. Any problem raises ``ConfigError`` naming the file, the rule id and
the reason.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import regex
import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from scanner.categories import SENSITIVE_CATEGORIES
from scanner.detectors.validators import VALIDATORS
from scanner.errors import ConfigError

# Identifier boundaries: a rule's pattern never matches inside a longer alphanumeric token.
LEFT = r"(?<![0-9A-Za-z])"
_RIGHT = r"(?![0-9A-Za-z])"
# A pack's pattern fragment (``PackSpec.fragments``) and its call in a rule's pattern.
_FRAGMENT_NAME = regex.compile(r"[a-z][a-z0-9_]*")
_FRAGMENT_CALL = regex.compile(r"\(\?&([a-z][a-z0-9_]*)\)")
# Budget for one match attempt over a long window; a rule that exceeds it is skipped and
# logged by id. Short windows (candidates, keyword windows up to LONG_WINDOW characters) run
# without the timer, which costs more than the match itself: every pattern is probed for
# catastrophic backtracking at load instead (``_check_backtracking``).
REGEX_TIMEOUT = 0.25
LONG_WINDOW = 512
_PROBE_BUDGET = 0.25  # CPU seconds a linear pattern needs a thousandth of
_PROBE_TIMEOUT = 2.0  # hard stop for exponential ones
_PROBE_LENGTH = 2000
# The language whose attribution lends its weights and windows to the others' (one scale).
BASE_LANGUAGE = "en"
_SHARED_SCORING = (
    "weights", "reporting_min", "animal_min", "person_window", "cue_window", "topical_window"
)  # fmt: skip
_LANGUAGE = r"^[a-z]{2}$"
# libyaml's safe loader where PyYAML has it: the same data, ten times faster on the packs.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NumberTrigger(_Strict):
    """Run the rule on number candidates with this many digits (inclusive range)."""

    digits: tuple[int, int]

    @model_validator(mode="after")
    def _range(self) -> NumberTrigger:
        low, high = self.digits
        if not 1 <= low <= high <= 64:
            raise ValueError("digits must be [min, max] with 1 <= min <= max <= 64")
        return self


class Examples(_Strict):
    """Texts the rule must (``match``) and must not (``no_match``) fire on; checked at load."""

    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()


class RuleSpec(_Strict):
    """One rule as written in YAML."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    entity: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    category: str
    description: str = ""
    number: NumberTrigger | None = None
    keywords: tuple[str, ...] = ()
    prefix_keywords: bool = False
    window: tuple[int, int] = (0, 80)
    pattern: str
    flags: tuple[Literal["ignorecase", "dotall"], ...] = ()
    validators: tuple[str, ...] = ()
    score: float = Field(ge=0.0, le=1.0)
    context: tuple[str, ...] = ()
    context_boost: float = Field(0.0, ge=0.0, le=1.0)
    negative_context: tuple[str, ...] = ()
    negative_penalty: float = Field(0.0, ge=0.0, le=1.0)
    context_window: int = Field(48, ge=1, le=400)
    enabled: bool = True
    examples: Examples = Field(default_factory=Examples)

    @model_validator(mode="after")
    def _consistent(self) -> RuleSpec:
        if self.category not in SENSITIVE_CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if (self.number is None) == (not self.keywords):
            raise ValueError("exactly one trigger: 'number' or 'keywords'")
        unknown = [name for name in self.validators if name not in VALIDATORS]
        if unknown:
            raise ValueError(f"unknown validator(s): {', '.join(unknown)}")
        if any(not k.strip() or k != k.lower() for k in self.keywords):
            raise ValueError("keywords must be non-empty and lower-case")
        if min(self.window) < 0 or max(self.window) > 20_000:
            raise ValueError("window must be [before, after] within 0..20000")
        return self


class LexiconSpec(_Strict):
    """A special-category lexicon: terms whose mention is scored for attribution.

    ``terms`` match case-insensitively, ``exact_terms`` only as written (``AIDS`` but not
    "aids"). ``cues`` are strong attribution phrases ("diagnosed with"), ``weak_cues``
    copulas and the like ("is", "identifies as") that count only next to a person.
    ``things_before`` and ``things_after`` are words that, within a few tokens before or
    after a term, show it is said of a thing ("account has been disabled", "stroke mode",
    "Chinese fonts"): such a mention is not scored. A word of ``possessives`` that names
    a person right before a term says whose it is ("your rheumatoid arthritis"), as a strong
    cue does; lexicons of generic terms ("your medication") leave it empty.
    """

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    entity: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    category: str
    description: str = ""
    language: str = Field(BASE_LANGUAGE, pattern=_LANGUAGE)  # its pack's
    terms: tuple[str, ...] = ()
    exact_terms: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    weak_cues: tuple[str, ...] = ()
    things_before: tuple[str, ...] = ()
    things_after: tuple[str, ...] = ()
    possessives: tuple[str, ...] = ()
    enabled: bool = True
    examples: Examples = Field(default_factory=Examples)

    @model_validator(mode="after")
    def _consistent(self) -> LexiconSpec:
        if self.category not in SENSITIVE_CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if not self.terms and not self.exact_terms:
            raise ValueError("a lexicon needs terms or exact_terms")
        phrases = (*self.terms, *self.exact_terms, *self.cues, *self.weak_cues,
                   *self.things_before, *self.things_after, *self.possessives)  # fmt: skip
        if any(not t.strip() for t in phrases):
            raise ValueError("terms and cues must be non-empty")
        return self


class Weights(_Strict):
    """Scores of a term mention by the evidence around it (see ``special.py``)."""

    strong_cue_and_person: float = Field(0.9, ge=0.0, le=1.0)
    strong_cue: float = Field(0.6, ge=0.0, le=1.0)
    weak_cue_and_person: float = Field(0.75, ge=0.0, le=1.0)
    person: float = Field(0.35, ge=0.0, le=1.0)
    weak_cue: float = Field(0.3, ge=0.0, le=1.0)
    mention: float = Field(0.1, ge=0.0, le=1.0)
    topical_penalty: float = Field(0.3, ge=0.0, le=1.0)
    reported_penalty: float = Field(0.0, ge=0.0, le=1.0)


class AttributionSpec(_Strict):
    """Shared evidence that a mention is about one individual, or only about a topic.

    ``persons`` are direct references (the sender, the recipient, their client or relative);
    ``readers`` ("you", "your") are direct too, except in a text that opens by greeting a
    group: a salutation line whose last word is one of the ``groups`` ("Hi all,", "Dear 4th
    grade families,"), or after one of the ``greetings`` a lower-case plural ("Hello
    rowers,"), or in a sentence that opens with one of the ``reader_conditions`` ("If you
    served and have PTSD, ..."), so that "you" is any reader of a newsletter;
    ``third_person`` ones ("he", "Mr.") count as a person too but not as direct. A mention
    with no direct reference near it is *reported* (news about someone, not a disclosure)
    when a ``public_figures`` word stands before it in its sentence or within
    ``person_window`` tokens after it ("the senator, a lifelong Democrat", not "she is a
    Democrat and objected to the governor's veto"), its sentence holds a
    ``reporting`` word and no name
    (a named private person's words retold in a note are a disclosure), or the text holds at
    least ``reporting_min`` reporting words. A ``topical`` word lowers a mention only within
    ``topical_window`` tokens of it ("walk against cancer", not "... so she will miss the gala").

    One attribution per ``language`` (its pack's). ``markers`` are common words of that language
    and of no other loaded one ("the", "und", "y"): a sentence is scored in a language only when
    it has no marker or at least as many of that language as of any other.
    ``capitalised_nouns``: the language capitalises every noun (German), so a capitalised word
    is taken for a name only where it starts a sentence before a lower-case word. A capitalised
    term right after one of the ``honorifics`` is a surname ("Herr Krebs"). A sentence that
    opens with one of the ``reader_questions`` and ends with a question mark asks any reader
    ("Is your child on the autism spectrum?"): its mentions are not scored. The
    ``named_topical`` words are topical only when capitalised ("Pride Month", not "last
    month"). ``unnamed_people`` introduce someone left unnamed ("a mother of three"): in a
    sentence that names no one, a mention is reported (a story, not a disclosure about
    someone identifiable) unless a direct reference is near it. A sentence with one of the
    ``animal_words`` is about an animal: its health and genetic mentions are reported
    likewise, and so are those of a text with at least ``animal_min`` of them (a foster
    dog's medical summary); a person in it keeps the other categories.
    A text with one of the ``anonymised`` notes ("names changed", "whom we'll call Maria")
    is read as news, even where it says "our client": the client is no one identifiable.
    Capitalised words before one of the ``organisations`` name an organisation or a place,
    not a person ("our Capitol Hill clinic", "the Eastside Community Center").
    """

    language: str = Field(BASE_LANGUAGE, pattern=_LANGUAGE)
    markers: tuple[str, ...] = ()
    capitalised_nouns: bool = False
    honorifics: tuple[str, ...] = ()
    persons: tuple[str, ...] = Field(min_length=1)
    readers: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    greetings: tuple[str, ...] = ()
    third_person: tuple[str, ...] = ()
    id_words: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    topical: tuple[str, ...] = ()
    named_topical: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    public_figures: tuple[str, ...] = ()
    reader_questions: tuple[str, ...] = ()
    reader_conditions: tuple[str, ...] = ()
    unnamed_people: tuple[str, ...] = ()
    animal_words: tuple[str, ...] = ()
    anonymised: tuple[str, ...] = ()
    reporting_min: int = Field(3, ge=1, le=1000)
    animal_min: int = Field(3, ge=1, le=1000)
    person_window: tuple[int, int] = (10, 5)
    cue_window: tuple[int, int] = (6, 6)
    topical_window: tuple[int, int] = (10, 3)
    weights: Weights = Field(default_factory=Weights)


class PackSpec(_Strict):
    """A whole pack file."""

    pack: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    description: str = ""
    language: str = Field(BASE_LANGUAGE, pattern=_LANGUAGE)
    rules: tuple[dict[str, Any], ...] = ()
    lexicons: tuple[dict[str, Any], ...] = ()
    attribution: dict[str, Any] | None = None
    # Field names in other languages (lower-case) and the English words the rules read them
    # as ("glossary.py").
    glossary: dict[str, str] = Field(default_factory=dict)
    # Pattern pieces several of the pack's rules share (the fifty states' names), written
    # once and called in a pattern as ``(?&name)`` (``with_fragments``).
    fragments: dict[str, str] = Field(default_factory=dict)

    @field_validator("fragments")
    @classmethod
    def _fragment_names(cls, fragments: dict[str, str]) -> dict[str, str]:
        for name in fragments:
            if _FRAGMENT_NAME.fullmatch(name) is None:
                raise ValueError(f"fragment name {name!r}: not lower-case letters, digits, _")
        return fragments

    @field_validator("glossary")
    @classmethod
    def _glossary_words(cls, glossary: dict[str, str]) -> dict[str, str]:
        for word, english in glossary.items():
            if not word.strip() or word != word.lower() or word != word.strip():
                raise ValueError(f"glossary word {word!r}: not lower-case, trimmed and non-empty")
            if not english.strip() or not english.isascii():
                raise ValueError(f"glossary word {word!r}: its English words must be ASCII")
        return glossary


@dataclass(frozen=True, slots=True)
class Rule:
    """A compiled, validated pattern rule."""

    spec: RuleSpec
    source: str
    compiled: Any  # regex.Pattern[str]; the regex module ships no type stubs

    @property
    def id(self) -> str:
        """The rule's unique id."""
        return self.spec.id


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything loaded from the configured pack directories."""

    rules: tuple[Rule, ...] = ()
    lexicons: tuple[LexiconSpec, ...] = ()
    attributions: tuple[AttributionSpec, ...] = ()  # one per language, English first
    glossary: dict[str, str] = field(default_factory=dict)  # word -> English words
    files: tuple[Path, ...] = field(default=())
    lexicon_files: tuple[Path, ...] = field(default=())  # parallel to ``lexicons``


def load_rule_set(dirs: Sequence[Path]) -> RuleSet:
    """Load every ``*.yaml`` pack under ``dirs`` (sorted), validating each rule.

    Raises:
        ConfigError: ``<file>: rule <id>: <reason>`` for the first bad rule, a duplicate id,
            an unreadable file or a missing directory.
    """
    rules: list[Rule] = []
    lexicons: list[LexiconSpec] = []
    lexicon_files: list[Path] = []
    seen: dict[str, Path] = {}
    attributions: dict[str, tuple[dict[str, Any], Path]] = {}
    glossary: dict[str, str] = {}
    files = [f for d in dirs for f in _pack_files(d)]
    for path in files:
        pack = _read_pack(path)
        for word, english in pack.glossary.items():
            if glossary.setdefault(word, english) != english:
                raise ConfigError(f"{path}: glossary: {word!r} given two readings")
        if pack.attribution is not None:
            if pack.language in attributions:
                raise ConfigError(
                    f"{path}: attribution: {pack.language!r} defined in more than one pack"
                )
            attributions[pack.language] = (pack.attribution, path)
        for raw in pack.rules:
            rule = compile_rule(with_fragments(raw, pack.fragments, path), path)
            _claim(seen, rule.id, path)
            if rule.spec.enabled:
                rules.append(rule)
        for raw in pack.lexicons:
            lexicon = _lexicon({**raw, "language": pack.language}, path)
            _claim(seen, lexicon.id, path)
            if lexicon.enabled:
                lexicons.append(lexicon)
                lexicon_files.append(path)
    missing = sorted({lexicon.language for lexicon in lexicons} - set(attributions))
    if missing:
        raise ConfigError(
            f"rule packs define lexicons in {missing[0]!r} but no pack of that language "
            "defines 'attribution'"
        )
    return RuleSet(
        tuple(rules),
        tuple(lexicons),
        _attributions(attributions),
        glossary,
        tuple(files),
        tuple(lexicon_files),
    )


def _pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise ConfigError(f"rule pack directory {directory} does not exist")
    return sorted(directory.glob("*.yaml"))


def _read_pack(path: Path) -> PackSpec:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read rule pack: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "syntax error"
        raise ConfigError(f"{path}: rule pack is not valid YAML{where}: {problem}") from None
    try:
        return PackSpec.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: invalid rule pack: {_problems(exc)}") from None


def with_fragments(raw: dict[str, Any], fragments: dict[str, str], path: Path) -> dict[str, Any]:
    """``raw`` with each ``(?&name)`` in its pattern replaced by its pack's fragment, as a
    group of its own.

    Raises:
        ConfigError: naming ``path``, the rule id and a fragment its pack does not define.
    """
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or "(?&" not in pattern:
        return raw

    def fragment(call: regex.Match[str]) -> str:
        name = call.group(1)
        if name not in fragments:
            raise ConfigError(f"{path}: rule {_rule_id(raw)}: no fragment {name!r} in its pack")
        return f"(?:{fragments[name]})"

    return {**raw, "pattern": _FRAGMENT_CALL.sub(fragment, pattern)}


def _rule_id(raw: dict[str, Any]) -> str:
    value = raw.get("id")
    return value if isinstance(value, str) else "<missing id>"


def _problems(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'rule'}: {err['msg']}" for err in exc.errors()
    )


def _claim(seen: dict[str, Path], rule_id: str, path: Path) -> None:
    if rule_id in seen:
        raise ConfigError(
            f"{path}: rule {rule_id}: duplicate id (first defined in {seen[rule_id]})"
        )
    seen[rule_id] = path


def _lexicon(raw: dict[str, Any], path: Path) -> LexiconSpec:
    try:
        return LexiconSpec.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: rule {_rule_id(raw)}: {_problems(exc)}") from None


def _attributions(raws: dict[str, tuple[dict[str, Any], Path]]) -> tuple[AttributionSpec, ...]:
    """Each language's attribution, English first; the others take the English one's weights
    and windows unless they set their own. Markers must tell the languages apart."""
    base = raws.get(BASE_LANGUAGE, ({}, Path()))[0]
    shared = {key: base[key] for key in _SHARED_SCORING if key in base}
    specs: list[AttributionSpec] = []
    owner: dict[str, str] = {}
    for language in sorted(raws, key=lambda lang: (lang != BASE_LANGUAGE, lang)):
        raw, path = raws[language]
        try:
            spec = AttributionSpec.model_validate({**shared, **raw, "language": language})
        except ValidationError as exc:
            raise ConfigError(f"{path}: attribution: {_problems(exc)}") from None
        for word in spec.markers:
            other = owner.setdefault(word.lower(), language)
            if other != language:
                raise ConfigError(
                    f"{path}: attribution: marker {word!r} is a marker of {other!r} too"
                )
        specs.append(spec)
    return tuple(specs)


def compile_rule(raw: dict[str, Any], path: Path) -> Rule:
    """Validate and compile one rule, then check its own examples.

    Raises:
        ConfigError: naming ``path``, the rule id and the reason.
    """
    rule_id = _rule_id(raw)
    try:
        spec = RuleSpec.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{path}: rule {rule_id}: {_problems(exc)}") from None
    flags = regex.V0
    if "ignorecase" in spec.flags:
        flags |= regex.IGNORECASE
    if "dotall" in spec.flags:
        flags |= regex.DOTALL
    try:
        compiled = regex.compile(f"{LEFT}(?:{spec.pattern}){_RIGHT}", flags)
    except regex.error as exc:
        raise ConfigError(f"{path}: rule {rule_id}: pattern does not compile: {exc}") from None
    rule = Rule(spec, str(path), compiled)
    _check_backtracking(rule, path)
    _check_examples(rule, path)
    return rule


def _probes(spec: RuleSpec) -> list[str]:
    """Long repetitive texts that make backtracking patterns blow up.

    A keyword rule only ever sees its window, so its probes are no longer than that; number
    candidates have no length bound, so number rules get the full probe length.
    """
    units = ["1", "1 ", "1-", "1.", "a", "A", "aA1", " ", "-", "* ", "x", "X1 "]
    length = _PROBE_LENGTH
    if spec.number is None:
        length = min(length, sum(spec.window) + max(len(k) for k in spec.keywords))
    probes = [(unit * length)[:length] for unit in units]
    for keyword in spec.keywords[:3]:
        probes += [(keyword + " " + tail)[:length] for tail in probes[:8]]
    return probes


def _check_backtracking(rule: Rule, path: Path) -> None:
    for probe in _probes(rule.spec):
        started = time.process_time()
        try:
            for _ in rule.compiled.finditer(probe, timeout=_PROBE_TIMEOUT):
                pass
            timed_out = False
        except TimeoutError:  # wall clock: on a busy machine before the CPU budget is used
            timed_out = True
        if timed_out or time.process_time() - started > _PROBE_BUDGET:
            raise ConfigError(
                f"{path}: rule {rule.id}: pattern backtracks catastrophically "
                f"(over {_PROBE_BUDGET} s on a {len(probe)}-character probe)"
            )


def _check_examples(rule: Rule, path: Path) -> None:
    # Imported here: the engine depends on this module for Rule.
    from scanner.detectors.engine import DEFAULT_MIN_SCORE, RuleEngine

    engine = RuleEngine((rule,), min_score=0.0)
    for index, text in enumerate(rule.spec.examples.match, 1):
        if not any(hit.rule == rule.id for hit in engine.scan_text(text)):
            raise ConfigError(f"{path}: rule {rule.id}: does not fire on match example {index}")
    for index, text in enumerate(rule.spec.examples.no_match, 1):
        if any(hit.score >= DEFAULT_MIN_SCORE for hit in engine.scan_text(text)):
            raise ConfigError(f"{path}: rule {rule.id}: fires on no_match example {index}")
