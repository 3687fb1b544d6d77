"""The A/B report of proxies from several checkouts, and its command line's errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.proxy_ab import main, report


def test_ratios_are_taken_round_by_round_against_stock() -> None:
    rates = {
        ("stock", 10): [1000.0, 500.0, 800.0],
        ("0: base", 10): [900.0, 450.0, 400.0],
        ("1: head", 10): [800.0, 500.0, 720.0],
    }
    text = report(rates, ["stock", "0: base", "1: head"], [10])
    assert "10 sessions (stock: median 800 msg/s)" in text
    # base: 0.9, 0.9, 0.5 -> median 0.9; head: 0.8, 1.0, 0.9 -> median 0.9
    assert "| 0: base | 450 | 0.900 | 0.90 0.90 0.50 |" in text
    assert "| 1: head | 720 | 0.900 | 0.80 1.00 0.90 |" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["/nonexistent"], "not a mailguard checkout"),
        ([".", "--sessions", "ten"], "not a comma list of numbers"),
        ([".", "--rounds", "0"], "must be at least 1"),
    ],
)
def test_bad_arguments_are_a_usage_error(
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err
