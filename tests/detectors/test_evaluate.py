"""The evaluation report's hard-case tables (scanner.detectors.evaluate)."""

from __future__ import annotations

from scanner.detectors.engine import TextScanner
from scanner.detectors.evaluate import Prediction, by_language, hard_cases, newsletters

CASES = [
    {"id": "hard-es-01", "lang": "es", "text": "Ana está embarazada.",
     "labels": [{"entity": "health", "start": 0, "end": 20}]},
    {"id": "hard-es-02", "lang": "es", "text": "Carrera contra el cáncer.", "labels": []},
    {"id": "hard-de-01", "lang": "de", "text": "Herr Krebs | Büro", "labels": []},
]  # fmt: skip


def predict(text: str) -> list[Prediction]:
    return [("health", 0, 5, 0.9)] if "a" in text else []


def test_rows_and_a_per_language_summary() -> None:
    table = hard_cases(CASES, predict, "Hard cases in other languages", "about")
    assert table.startswith("## Hard cases in other languages\n")
    assert "| hard-es-01 | Ana está embarazada. | health | health | yes |" in table
    assert "| hard-es-02 | Carrera contra el cáncer. | – | health | **no** |" in table
    assert "| hard-de-01 | Herr Krebs \\| Büro | – | – | yes |" in table
    assert table.endswith("\n2 of 3 hard cases right (es: 1 of 2, de: 1 of 1).\n")


def test_one_language_has_no_per_language_summary() -> None:
    english = [{"id": "hard-000", "text": "Maria has asthma.", "labels": []}]
    assert hard_cases(english, predict, "Hard cases", "about").endswith(
        "\n0 of 1 hard cases right.\n"
    )


def test_special_categories_are_summed_up_language_by_language() -> None:
    records = [
        {"lang": "de", "kind": "positive", "text": "Anna hat Krebs.",
         "labels": [{"entity": "health", "start": 0, "end": 15}]},
        {"lang": "de", "kind": "topical", "text": "Lauf gegen Krebs.", "labels": []},
        {"kind": "positive", "text": "SSN 536-22-1906",
         "labels": [{"entity": "US_SSN", "start": 4, "end": 15}]},
        {"kind": "topical", "text": "Cancer walk.", "labels": []},
    ]  # fmt: skip
    table = by_language(records, predict)
    assert "| en | 0 | 0.000 | 1.000 | 0.000 | 1 | 1 |" in table  # the SSN is not counted
    assert "| de | 1 | 0.500 | 1.000 | 0.667 | 1 | 1 |" in table


def test_newsletters_are_counted_by_language_with_special_category_findings(
    scanners: list[tuple[str, TextScanner]],
) -> None:
    def mail(body: str) -> bytes:
        return ("From: a@ex.org\nSubject: hi\nContent-Type: text/plain; charset=utf-8\n\n"
                + body + "\n").encode()  # fmt: skip

    messages = [
        ("es", mail("Mi hija tiene epilepsia.")),
        ("es", mail("Únete a la marcha contra el cáncer.")),
        ("de", mail("Unser Sommerfest ist am Samstag. SSN 536-22-1906")),
    ]
    table = newsletters(messages, scanners)
    assert "| es | 2 | 1 |" in table
    assert "| de | 1 | 0 |" in table  # an identifier is no special category
