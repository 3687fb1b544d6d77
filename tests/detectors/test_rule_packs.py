"""Rule packs: a bad pack fails at start-up naming file, rule id and reason; users add packs."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scanner.assembly import build_scanner
from scanner.config import Detection, Settings
from scanner.detectors.engine import RuleEngine
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.rules import _YAML_LOADER, load_rule_set
from scanner.errors import ConfigError

SHIPPED = Detection().rule_dirs

GOOD_RULE = """
pack: site
rules:
  - id: member-card
    entity: MEMBER_HEALTH_CARD
    category: health
    keywords: [health card]
    window: [0, 40]
    flags: [ignorecase]
    pattern: 'health\\s+card\\s*:?\\s*(?P<value>HC\\d{6})'
    score: 0.8
    examples:
      match: ["Health card: HC123456"]
"""

# (yaml body, words the error must contain)
BAD = [
    ("pack: x\nrules:\n  - id: r1\n    entity: E\n    category: health\n"
     "    number: {digits: [9, 9]}\n    pattern: '(\\d{9}'\n    score: 0.5\n",
     ["r1", "pattern does not compile"]),
    ("pack: x\nrules:\n  - id: r2\n    entity: E\n    category: nonsense\n    keywords: [a]\n"
     "    pattern: 'a'\n    score: 0.5\n", ["r2", "unknown category"]),
    ("pack: x\nrules:\n  - id: r3\n    entity: E\n    category: health\n    keywords: [a]\n"
     "    pattern: 'a'\n    validators: [no_such]\n    score: 0.5\n", ["r3", "unknown validator"]),
    ("pack: x\nrules:\n  - id: r4\n    entity: E\n    category: health\n    keywords: [a]\n"
     "    pattern: 'a'\n    score: 1.5\n", ["r4", "score"]),
    ("pack: x\nrules:\n  - id: r5\n    entity: E\n    category: health\n    pattern: 'a'\n"
     "    score: 0.5\n", ["r5", "exactly one trigger"]),
    ("pack: x\nrules:\n  - id: r6\n    entity: E\n    category: health\n    keywords: [abc]\n"
     "    pattern: 'abc'\n    score: 0.9\n    examples: {match: ['xyz']}\n",
     ["r6", "match example 1"]),
    ("pack: x\nrules:\n  - id: r7\n    entity: E\n    category: health\n    keywords: [abc]\n"
     "    pattern: 'abc'\n    score: 0.9\n    unknown_key: 1\n", ["r7", "unknown_key"]),
    ("pack: x\nrules:\n  - id: r8\n    entity: E\n    category: health\n"
     "    number: {digits: [9, 9]}\n    pattern: '(?:\\d|\\d\\d)+(?:\\d+)+[a-z]'\n    score: 0.5\n",
     ["r8", "backtracks catastrophically"]),
    ("pack: x\nrules: [\n", ["not valid YAML"]),
    ("pack: x\nrules:\n  - id: us-ssn-formatted\n    entity: E\n    category: health\n"
     "    keywords: [abc]\n    pattern: 'abc'\n    score: 0.9\n",
     ["us-ssn-formatted", "duplicate id"]),
    ("pack: x\nrules:\n  - id: r9\n    entity: E\n    category: health\n    keywords: [abc]\n"
     "    pattern: 'abc (?&nope)'\n    score: 0.9\n", ["r9", "no fragment 'nope'"]),
    ("pack: x\nfragments: {Bad-Name: 'a'}\nrules: []\n", ["fragment name 'Bad-Name'"]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "words"), BAD)
def test_bad_rule_fails_with_file_rule_and_reason(
    tmp_path: Path, body: str, words: list[str]
) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text(body)
    with pytest.raises(ConfigError) as error:
        load_rule_set((*SHIPPED, tmp_path))
    message = str(error.value)
    assert str(pack) in message
    for word in words:
        assert word in message


def test_build_scanner_fails_at_start_up_on_a_bad_pack(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(BAD[0][0])
    settings = Settings(detection=Detection(extra_rule_dirs=(tmp_path,)))
    with pytest.raises(ConfigError, match="bad.yaml: rule r1"):
        build_scanner(settings)


def test_missing_rule_dir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_rule_set((tmp_path / "nope",))


def test_site_pack_adds_a_rule_without_code(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text(GOOD_RULE)
    scanners = dict(load_text_scanners(Detection(extra_rule_dirs=(tmp_path,))))
    engine = scanners["sensitive-rules"]
    assert isinstance(engine, RuleEngine)
    text = "Her health card: HC654321 is attached."
    hits = [h for h in engine.scan_text(text) if h.entity == "MEMBER_HEALTH_CARD"]
    assert [(text[h.start : h.end], h.category, h.rule) for h in hits] == [
        ("HC654321", "health", "member-card")
    ]


@pytest.mark.parametrize("gap", ["\n", "\t", "\xa0", "\u2003"])
def test_a_keyword_wrapped_over_lines_still_triggers_its_rule(tmp_path: Path, gap: str) -> None:
    (tmp_path / "site.yaml").write_text(GOOD_RULE)
    scanners = dict(load_text_scanners(Detection(extra_rule_dirs=(tmp_path,))))
    engine = scanners["sensitive-rules"]
    text = f"Attached is her health{gap}card: HC654321."
    hits = [h for h in engine.scan_text(text) if h.entity == "MEMBER_HEALTH_CARD"]
    assert [text[h.start : h.end] for h in hits] == ["HC654321"]


MARKED_KEYWORD_RULE = """
pack: site
rules:
  - id: member-number
    entity: MEMBER_HEALTH_CARD
    category: health
    keywords: ["mbr#", member]
    window: [0, 30]
    flags: [ignorecase]
    pattern: '(?:mbr#|member)\\s*(?P<value>\\d{6})'
    score: 0.8
    examples:
      match: ["Mbr#482913"]
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a keyword that ends with a mark triggers before a value glued to it
        ("Mbr#482913 on file", ["482913"]),
        # a keyword that starts or ends with a letter is a word: never inside a longer one
        ("nonmember 482913", []),
        ("member482913", []),
        ("member 482913", ["482913"]),
    ],
)
def test_a_keyword_is_a_word_only_where_it_starts_or_ends_with_a_letter_or_digit(
    tmp_path: Path, text: str, found: list[str]
) -> None:
    (tmp_path / "site.yaml").write_text(MARKED_KEYWORD_RULE)
    engine = dict(load_text_scanners(Detection(extra_rule_dirs=(tmp_path,))))["sensitive-rules"]
    hits = [h for h in engine.scan_text(text) if h.entity == "MEMBER_HEALTH_CARD"]
    assert [text[h.start : h.end] for h in hits] == found


def test_a_packs_fragment_is_called_by_name_in_its_rules_patterns(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_text(
        "pack: site\nfragments:\n  color: 'red|green'\nrules:\n"
        "  - id: badge-color\n    entity: BADGE\n    category: health\n    keywords: [badge]\n"
        "    window: [0, 20]\n    pattern: 'badge\\s+(?&color)'\n    score: 0.8\n"
        "    examples: {match: ['badge green'], no_match: ['badge blue']}\n"
    )
    (rule,) = [r for r in load_rule_set((tmp_path,)).rules if r.id == "badge-color"]
    assert rule.spec.pattern == "badge\\s+(?:red|green)"


def test_disabled_rule_is_not_loaded(tmp_path: Path) -> None:
    body = GOOD_RULE.replace("    score: 0.8\n", "    score: 0.8\n    enabled: false\n")
    (tmp_path / "site.yaml").write_text(body)
    assert load_rule_set((tmp_path,)).rules == ()


def test_every_shipped_rule_declares_examples() -> None:
    rule_set = load_rule_set(SHIPPED)
    assert all(rule.spec.examples.match for rule in rule_set.rules)
    assert all(
        lexicon.examples.match and lexicon.examples.no_match for lexicon in rule_set.lexicons
    )


def test_shipped_packs_read_the_same_with_the_fast_yaml_loader() -> None:
    for path in sorted(SHIPPED[0].glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=_YAML_LOADER) == yaml.safe_load(text), path.name


def test_two_special_categories_on_one_span_are_both_reported() -> None:
    """A religious exemption from named vaccines states a faith and a vaccination status;
    an identifier inside a longer one is still part of it."""
    engine = dict(load_text_scanners(Detection()))["sensitive-rules"]
    text = "For the camp file: we have the religious exemption from MMR and varicella."
    hits = engine.scan_text(text)
    assert {h.category for h in hits} == {"health", "religious_belief"}
    assert len({(h.start, h.end) for h in hits}) == 1
    iban = engine.scan_text("IBAN DE84 6217 4184 7451 7314 40")
    assert [h.entity for h in iban] == ["IBAN_CODE"]


def test_an_identifier_inside_a_special_category_span_is_still_reported() -> None:
    """The span that states a tribal origin holds the tribal ID's number: both are found."""
    engine = dict(load_text_scanners(Detection()))["sensitive-rules"]
    text = "I have my tribal ID from Lac du Flambeau, card # 009-92363. I'm an enrolled member."
    hits = engine.scan_text(text)
    origin = next(h for h in hits if h.category == "racial_ethnic_origin")
    card = next(h for h in hits if h.entity == "US_STATE_ID")
    assert origin.start <= card.start and card.end <= origin.end


def test_a_context_word_inside_a_negative_phrase_does_not_cancel_it(rules: RuleEngine) -> None:
    # "our routing number" is the bank's own, told to its members; a routing word after an
    # SSN is the nearer cue and wins over the SSN's negative word
    own = "Your employer will ask for our routing number, 280215152, and your account number."
    assert [h.entity for h in rules.scan_text(own)] == []
    after = "SSN 536-22-1906, routing 021000021"
    assert "ABA_ROUTING_NUMBER" in {h.entity for h in rules.scan_text(after)}
