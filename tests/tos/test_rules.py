"""Each ToS rule fires on its crafted positives and stays silent on its negatives."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from scanner.config import Limits
from scanner.errors import ConfigError
from scanner.mime import parse_message
from scanner.model import ClientInfo, Envelope
from scanner.tos.checks import CHECKS
from scanner.tos.rules import RuleSet, load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "tos"
CASES = ROOT / "tests" / "data" / "tos" / "rules"
CASE_FILES = sorted(CASES.glob("*/*.eml"))


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules(RULES, bulk_min_recipients=10)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_rule_on_crafted_message(rules: RuleSet, path: Path) -> None:
    fired = {r.rule: r for r in rules.evaluate(parse_message(path.read_bytes(), Limits()), None)}
    rule = path.parent.name
    if path.stem.startswith("pos"):
        assert rule in fired
        assert fired[rule].weight != 0 and fired[rule].description
    else:
        assert rule not in fired


def test_every_rule_has_positive_and_negative_cases() -> None:
    for rule in CHECKS:
        stems = [p.stem for p in (CASES / rule).glob("*.eml")]
        assert any(s.startswith("pos") for s in stems), rule
        assert any(s.startswith("neg") for s in stems), rule


def test_envelope_sender_is_compared_and_bounce_domains_are_aligned(rules: RuleSet) -> None:
    raw = (CASES / "TOS_RETURN_PATH_MISMATCH" / "neg-aligned.eml").read_bytes()
    message = parse_message(raw, Limits())
    foreign = Envelope("bounce@esp.example.net", ("member@example.com",), ClientInfo())
    assert "TOS_RETURN_PATH_MISMATCH" in {r.rule for r in rules.evaluate(message, foreign)}
    relaxed = replace(rules, lists=replace(rules.lists, bounce_domains=frozenset({"example.net"})))
    assert "TOS_RETURN_PATH_MISMATCH" not in {r.rule for r in relaxed.evaluate(message, foreign)}


def test_envelope_recipients_make_mail_bulk(rules: RuleSet) -> None:
    raw = (CASES / "TOS_BULK_NO_LIST_UNSUBSCRIBE" / "neg-personal.eml").read_bytes()
    message = parse_message(raw, Limits())
    many = Envelope("a@riverfriends.example.org", tuple(f"m{i}@example.com" for i in range(10)))
    fired = {r.rule for r in rules.evaluate(message, many)}
    assert {"TOS_BULK_NO_LIST_UNSUBSCRIBE", "TOS_BULK_NO_UNSUBSCRIBE_LINK"} <= fired


def _rules_dir(tmp_path: Path, replace: tuple[str, str] | None = None, extra: str = "") -> Path:
    target = tmp_path / "rules"
    target.mkdir()
    for source in RULES.glob("*.yaml"):
        text = source.read_text()
        if replace and replace[0] in text:
            text = text.replace(*replace)
        (target / source.name).write_text(text)
    if extra:
        (target / "zz-extra.yaml").write_text(extra)
    return target


@pytest.mark.parametrize(
    ("replace", "extra", "message"),
    [
        (None, "symbols:\n  TOS_NO_SUCH_RULE: {weight: 1, description: x}\n", "TOS_NO_SUCH_RULE"),
        (("TOS_URL_SHORTENER:", "TOS_URL_SHORT:"), "", "TOS_URL_SHORTENER"),
        (None, "symbols:\n  TOS_URL_SHORTENER: {weight: 1, description: x}\n", "defined twice"),
        (("weight: 2.0", "weight: 99"), "", "weight must be within"),
        (("weight: 2.0", "weight: high"), "", "weight must be a number"),
        (("  - unsubscribe\n", "  - unsub(scribe\n"), "", "bad pattern"),
        (("  - unsubscribe\n", "  - (unsub)\\1\n"), "", "RE2 syntax"),
        (None, "lists:\n  no_such_list: [a]\n", "unknown list"),
        (None, "symbols: [\n", "not valid YAML"),
    ],
)
def test_bad_rule_files_are_refused_naming_the_problem(
    tmp_path: Path, replace: tuple[str, str] | None, extra: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_rules(_rules_dir(tmp_path, replace, extra), 10)


def test_disabled_rule_never_fires(tmp_path: Path) -> None:
    directory = _rules_dir(
        tmp_path,
        (
            'weight: 1.0\n    description: "a link uses',
            'weight: 1.0\n    enabled: false\n    description: "a link uses',
        ),
    )
    rules = load_rules(directory, 10)
    raw = (CASES / "TOS_URL_SHORTENER" / "pos-bitly.eml").read_bytes()
    assert "TOS_URL_SHORTENER" not in {
        r.rule for r in rules.evaluate(parse_message(raw, Limits()), None)
    }


def test_phrases_match_across_any_unicode_space_and_case(rules: RuleSet) -> None:
    phrases = rules.lists.credential_phrases
    assert phrases.search("Please VERIFY\u00a0your \t Account today")
    assert phrases.search("Bitte verify\u2003your account")
    assert not phrases.search("verifyyour account")
