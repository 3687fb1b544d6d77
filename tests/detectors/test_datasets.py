"""The labelled sets under tests/data/sensitive are what make_dataset.py writes."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "sensitive"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_dataset", DATA / "make_dataset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("name", "build", "args"),
    [
        ("eval.jsonl", "build", ()),
        ("hard.jsonl", "build_hard", ("HARD", "hard")),
        ("hard-2.jsonl", "build_hard", ("HARD_2", "hard2")),
        ("hard-multilingual.jsonl", "build_hard_multilingual", ()),
    ],
)
def test_committed_set_is_the_generated_one(
    generator: ModuleType, name: str, build: str, args: tuple[str, ...]
) -> None:
    committed = (DATA / name).read_text(encoding="utf-8").splitlines()
    call = (getattr(generator, args[0]), args[1]) if args else ()
    generated = [json.dumps(r, ensure_ascii=False) for r in getattr(generator, build)(*call)]
    assert committed == generated


def test_multilingual_hard_cases_cover_each_language_both_ways(generator: ModuleType) -> None:
    records = generator.build_hard_multilingual()
    for lang in ("es", "fr", "de", "it", "pt", "nl"):
        mine = [r for r in records if r["lang"] == lang]
        assert any(r["labels"] for r in mine) and any(not r["labels"] for r in mine)
    assert len({r["id"] for r in records}) == len(records)


@pytest.mark.parametrize("number", range(3, 88))
def test_independent_hard_set_is_what_its_module_writes_and_checks(
    number: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.syspath_prepend(str(DATA))  # the set imports its checks as a script does
    spec = importlib.util.spec_from_file_location(f"hard_{number}", DATA / f"hard_{number}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    checks = importlib.import_module("independent_sets")
    cases = getattr(module, f"HARD_{number}")
    assert checks.validate(cases) == []
    committed = (DATA / f"hard-{number}.jsonl").read_text(encoding="utf-8").splitlines()
    records = checks.to_records(cases, f"hard{number}")
    assert committed == [json.dumps(r, ensure_ascii=False) for r in records]


def test_independent_set_checks_catch_a_bad_case(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(DATA))
    checks = importlib.import_module("independent_sets")
    bad = [
        ("Card 4111 1111 1111 1112 on file", [("CREDIT_CARD", "4111 1111 1111 1112")]),
        ("Order 4111 1111 1111 1111 shipped", []),
        ("Her faith matters", [("religion", "")]),
    ]
    problems = checks.validate(bad)
    assert len(problems) == 3, problems
