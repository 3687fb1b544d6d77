"""Field names in other languages: read in English by the rules, reported at the mail's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.config import Detection
from scanner.detectors.engine import RuleEngine, TextScanner
from scanner.detectors.glossary import GlossaryScanner, glossary_view
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.rules import load_rule_set
from scanner.errors import ConfigError
from tests.detectors.conftest import found

# fmt: off
FOUND = [
    # Chinese, full-width digits and colon as an East Asian input method types them
    ("护照号码：Ｅ４８２１３７９５（中国护照）", [("US_PASSPORT", "Ｅ４８２１３７９５")]),
    ("加州駕照號碼：D7302846", [("US_DRIVER_LICENSE", "D7302846")]),
    ("密码：Lotus#4471", [("PASSWORD", "Lotus#4471")]),
    # Somali, Russian, Korean and Vietnamese field names
    ("Laysinka darawalnimada: R581203746291", [("US_DRIVER_LICENSE", "R581203746291")]),
    ("Водительское удостоверение штата Вашингтон: WDLK7PQ2RX4M",
     [("US_DRIVER_LICENSE", "WDLK7PQ2RX4M")]),
    ("Ваш кредитный рейтинг (FICO): 652", [("CREDIT_SCORE", "652")]),
    ("비밀번호: Haneul2291!", [("PASSWORD", "Haneul2291")]),
    ("Số hộ chiếu: C8830412", [("US_PASSPORT", "C8830412")]),
    # in a sentence: Portuguese, Spanish, Haitian Creole, Arabic, Tagalog
    ("Carteira de motorista de Massachusetts nº S72081954, emitida em 03/2024",
     [("US_DRIVER_LICENSE", "S72081954")]),
    ("vence 09/28, el código de atrás es 614", [("CVV", "614")]),
    ("Ekspirasyon: 04/29 – kòd sekirite: 207", [("CVV", "207")]),
    ("طريقة الدفع: بطاقة فيزا تنتهي بالأرقام 5830", [("CREDIT_CARD_LAST_DIGITS", "5830")]),
    ("Paid with: debit card na nagtatapos sa 6142", [("CREDIT_CARD_LAST_DIGITS", "6142")]),
]

NOT_FOUND = [
    # a code that opens a gate, not an account
    "停車場大門密碼：2853#（僅限當天使用）",
    # a field name inside a longer word of a spaced script is no field name
    "Os funcionários da cnhx 48213795 chegam amanhã.",
    # a field name with no value beside it
    "Por favor traiga su licencia de conducir y su tarjeta de crédito el martes.",
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_a_value_named_in_another_language_is_found(
    scanners: list[tuple[str, TextScanner]], text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(scanners, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_value_without_a_field_name_that_names_one(
    scanners: list[tuple[str, TextScanner]], text: str
) -> None:
    assert found(scanners, text) == []


def test_a_finding_that_takes_in_a_translated_word_takes_it_in_as_written(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    text = (
        "Причины из вашего кредитного отчёта (Equifax):\n"
        "• Просрочка платежа 60 дней — Discover, октябрь 2024\n"
    )
    items = [value for entity, value in found(scanners, text) if entity == "CREDIT_REPORT"]
    assert items and all("Просрочка платежа" in value for value in items)


def test_the_view_maps_back_and_never_across_windows() -> None:
    text = "A\nCNH: 12345678\n" + "x" * 1000 + "\nsenha: Lotus#4471\n"
    cnh, senha = text.index("CNH"), text.index("senha")
    words = [(cnh, cnh + 3, "driver's license"), (senha, senha + 5, "password")]
    view = glossary_view(text, words, 10)
    assert view is not None
    assert view.text.count("\n\n") == 1  # two windows, a blank line apart
    value, at = view.text.index("12345678"), text.index("12345678")
    assert view.to_text(value, value + 8) == (at, at + 8)
    word = view.text.index("driver's license")
    assert view.to_text(word + 3, value + 8) == (cnh, at + 8)
    assert view.to_text(value, view.text.index("password") + 2) is None
    first_only = glossary_view(text, words, 1)
    assert first_only is not None and "password" not in first_only.text
    assert glossary_view(text, [], 10) is None


def test_many_field_names_cost_at_most_the_configured_number(rules: RuleEngine) -> None:
    scanner = GlossaryScanner(rules, {"密码": "password"}, max_words=5)
    text = "密码: Lotus#4471\n" * 10_000
    view = scanner.view(text)
    assert view is not None and view.text.count("password") == 5
    assert len(scanner.scan_text(text)) == 5


def test_the_glossary_can_be_turned_off() -> None:
    off = load_text_scanners(Detection(max_glossary_words=0))
    assert "sensitive-glossary" not in dict(off)
    assert found(off, "护照号码：E48213795") == []


@pytest.mark.parametrize(
    ("glossary", "message"),
    [
        ("  Senha: password\n", "not lower-case"),
        ("  senha: contraseña\n", "must be ASCII"),
    ],
)
def test_a_bad_glossary_word_is_refused(tmp_path: Path, glossary: str, message: str) -> None:
    (tmp_path / "site.yaml").write_text(f"pack: site\nglossary:\n{glossary}", encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_rule_set([tmp_path])


def test_a_word_given_two_readings_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("pack: a\nglossary:\n  senha: password\n", "utf-8")
    (tmp_path / "b.yaml").write_text("pack: b\nglossary:\n  senha: pin\n", "utf-8")
    with pytest.raises(ConfigError, match="two readings"):
        load_rule_set([tmp_path])
