"""Each ToS rule fires on its crafted positives and stays silent on its negatives."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import re2

from scanner.config import Limits
from scanner.errors import ConfigError
from scanner.mime import parse_message
from scanner.model import ClientInfo, Envelope
from scanner.tos.blocklist import load_blocklists
from scanner.tos.checks import CHECKS
from scanner.tos.rules import RuleSet, load_rules

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "tos"
CASES = ROOT / "tests" / "data" / "tos" / "rules"
CASE_FILES = sorted(CASES.glob("*/*.eml"))


BLOCKLIST = ROOT / "tests" / "data" / "tos" / "blocklist.txt"  # for TOS_URL_BLOCKLISTED


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules(RULES, 10, load_blocklists([BLOCKLIST], max_entries=100))


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


def test_a_bounce_host_in_the_list_aligns_its_whole_domain(tmp_path: Path) -> None:
    shutil.copytree(RULES, tmp_path / "tos")
    headers = tmp_path / "tos" / "headers.yaml"
    text = headers.read_text().replace(
        "bounce_domains: []", "bounce_domains: [bounces.esp.example.net]"
    )
    headers.write_text(text)
    rules = load_rules(tmp_path / "tos", bulk_min_recipients=10)
    raw = (CASES / "TOS_RETURN_PATH_MISMATCH" / "neg-aligned.eml").read_bytes()
    foreign = Envelope("b-123@bounces.esp.example.net", ("member@example.com",), ClientInfo())
    fired = {r.rule for r in rules.evaluate(parse_message(raw, Limits()), foreign)}
    assert "TOS_RETURN_PATH_MISMATCH" not in fired


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
    assert phrases.search("verify your e-mail account now")
    assert not phrases.search("Please confirm your email address to finish signing up")


UNSUBSCRIBE_WORDING = [
    "Vom Newsletter abmelden",
    "Hier klicken zur Abmeldung",
    "Sie können sich jederzeit aus dem Newsletter-Verteiler austragen",
    "Wenn Sie keine E-Mails mehr erhalten möchten",
    "Para darte de baja, haz clic aquí",
    "Puede darse de baja en cualquier momento",
    "Date de baja aquí",
    "Dése de baja del boletín",
    "Cancelar suscripción",
    "Si no deseas seguir recibiendo, puedes desuscribirte",
    "Pour ne plus recevoir notre lettre",
    "Se désinscrire",
    "Disiscriviti",
    "annullare la sottoscrizione",
    "Descadastre-se",
    "Para deixar de receber nossos e-mails",
    "cancelar a sua subscrição",
    "Uitschrijven",
    "Meld u af voor de nieuwsbrief",
    "メール配信の停止はこちら",
    "購読解除",
    "取消订阅",
    "退訂",
    "Update your email preferences",
    "Stop receiving these emails",
    "If you no longer wish to receive our newsletter",
    "Avsluta prenumerationen",
    "Wypisz się",
    "Отписаться от рассылки",
    "수신거부",
]
NOT_UNSUBSCRIBE_WORDING = [
    "Bitte melden Sie sich bis Freitag an",
    "Viajamos a la ciudad de Baja California",
    "El vehículo fue dado de baja del registro",
    "La socia ha sido dada de baja por impago",
    "Suscríbete a nuestro boletín",
    "Inscrivez-vous à la journée",
    "Iscriviti alla newsletter",
    "Inscreva-se no evento",
    "Meld je aan voor de dag",
    "登録はこちら",
    "订阅我们的新闻",
    "訂閱電子報",
    "Each year we adopt out 400 dogs",  # not "opt out"
]
POSTAL_ADDRESSES = [
    "Bahnhofstr. 12a, 80331 München",
    "Mühlgasse 3/2, 1010 Wien",
    "Berliner Straße 12, 14467 Potsdam",
    "Stationsstraat 5, 2000 Antwerpen",
    "5 bis, avenue Jean Jaurès, 69007 Lyon",
    "3 place du Marché, 13001 Marseille",
    "10 rue Saint-Denis, 75001 Paris CEDEX",
    "Avda. de la Constitución 5, 41004 Sevilla",
    "Apartado de correos 45, 46080 Valencia",
    "Via Roma 12, 00184 Roma",
    "Corso Italia 10, 00198 Roma",
    "Praça da Liberdade 45, 4000-322 Porto",
    "東京都千代田区霞が関1丁目2番2号",
    "〒５３０－０００１ 大阪市北区梅田３－１",
    "上海市徐汇区淮海中路100号",
    "邮编：100080",
    "Post Office Box 1234, Springfield",
    "GPO Box 1234, Sydney NSW 2001",
    "Locked Bag 5000, Parramatta",
]
NOT_POSTAL_ADDRESSES = [
    "Wir haben 1500 Bäume gepflanzt",
    "Am 12. Mai 2024 um 18 Uhr, auf Platz 3",
    "Spring 2024 newsletter",
    "June 5, 2024 The meeting",
    "IBAN DE55 5001 0517 5408 3290 71",
    "Artikel 12, 2024 Bericht",
    "Le 12 mai 2024, 300 bénévoles",
    "Hemos plantado 2.000 árboles en 2024",
    "Join us via Zoom 3 times a week",
    "Ligue (11) 3456-7890 hoje",
    "Van 1015 tot 2024 AD Amsterdam",
    "The event takes place Saturday May 4",
    "2024年5月4日（土）14時から、電話：03-1234-5678",
    "5月4号（星期六）下午2点，地铁2号线",
    "订单号：1234567，电话：010-12345678",
]


@pytest.mark.parametrize("text", UNSUBSCRIBE_WORDING)
def test_unsubscribe_wording_in_each_language(rules: RuleSet, text: str) -> None:
    assert rules.lists.unsubscribe_phrases.search(text)


@pytest.mark.parametrize("text", NOT_UNSUBSCRIBE_WORDING)
def test_subscribe_wording_is_not_unsubscribe_wording(rules: RuleSet, text: str) -> None:
    assert not rules.lists.unsubscribe_phrases.search(text)


@pytest.mark.parametrize("text", POSTAL_ADDRESSES)
def test_postal_address_shapes_of_each_language(rules: RuleSet, text: str) -> None:
    assert rules.lists.postal_address_patterns.search(text)


@pytest.mark.parametrize("text", NOT_POSTAL_ADDRESSES)
def test_dates_amounts_and_phone_numbers_are_not_an_address(rules: RuleSet, text: str) -> None:
    assert not rules.lists.postal_address_patterns.search(text)


def test_phrase_lists_answer_like_a_full_search_on_long_mixed_text(rules: RuleSet) -> None:
    """The set match must not give up (RE2's DFA out of memory) on long varied text."""
    filler = " ".join(NOT_POSTAL_ADDRESSES + NOT_UNSUBSCRIBE_WORDING) + " "
    for phrases, hits in (
        (rules.lists.postal_address_patterns, POSTAL_ADDRESSES),
        (rules.lists.unsubscribe_phrases, UNSUBSCRIBE_WORDING),
    ):
        options = re2.Options()
        options.case_sensitive = False
        options.max_mem = 64 << 20
        full = re2.compile(phrases.pattern, options)
        assert not phrases.search(filler * 200)
        for hit in hits:
            text = filler * 200 + hit
            assert phrases.search(text) == (full.search(text) is not None) is True
