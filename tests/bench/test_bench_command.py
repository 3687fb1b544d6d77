"""``python -m bench``: arguments checked before anything runs; only a whole run is latest."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

import bench.__main__ as bench_command


@pytest.fixture
def results(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(bench_command, "RESULTS", tmp_path)
    return tmp_path


@pytest.mark.parametrize("argv", [["--help"], ["nosuch"], ["parse", "nosuch"], ["machine"]])
def test_a_bad_or_help_argument_runs_nothing_and_writes_nothing(
    argv: list[str], results: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        bench_command.main(argv)
    assert exited.value.code == (0 if argv == ["--help"] else 2)
    assert list(results.iterdir()) == []
    if argv != ["--help"]:
        assert "no benchmark suite" in capsys.readouterr().err


def test_named_suites_write_partial_results_not_latest(
    results: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tiny = types.ModuleType("bench.tiny")
    tiny.run = lambda: [{"case": "one", "ratio": 2.0}]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bench.tiny", tiny)
    assert bench_command.main(["tiny"]) == 0
    assert sorted(p.name for p in results.iterdir()) == ["partial.json", "partial.md"]
    written = json.loads((results / "partial.json").read_text())
    assert written["rows"] == [{"suite": "tiny", "case": "one", "ratio": 2.0}]
    assert "## tiny" in (written_md := (results / "partial.md").read_text())
    assert "| case | ratio |\n|---|---|\n| one | 2.000 |" in written_md


def test_each_suite_has_its_tables_and_a_wide_one_is_transposed() -> None:
    wide = {f"m{i}": float(i) for i in range(bench_command.WIDE + 2)}
    rows = [
        {"suite": "narrow", "case": "a", "ratio": 1.0},
        {"suite": "narrow", "case": "b", "ratio": 0.5, "p99_ms": 3.0},
        {"suite": "wide", "case": "x", **wide},
        {"suite": "wide", "case": "y", **wide, "m0": None},  # no value: not a measure
    ]
    text = bench_command.render(rows)
    narrow, wide_part = text.split("## wide")
    assert "| case | ratio |\n|---|---|\n| a | 1.000 |" in narrow  # b has other measures:
    assert "| case | ratio | p99_ms |\n|---|---|---|\n| b | 0.500 | 3.000 |" in narrow
    assert "| measure | x |\n|---|---|\n| m0 | 0.000 |\n| m1 | 1.000 |" in wide_part
    assert "| measure | y |\n|---|---|\n| m1 | 1.000 |" in wide_part
