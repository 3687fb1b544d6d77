"""CLI fixtures: a data directory and a runner for ``review-queue`` in-process."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from review_queue.cli import main

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2id, at test-sized cost."""
    monkeypatch.setattr(
        "review_queue.store.users._hasher",
        PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "var"


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run(*args, stdin="")`` -> (exit code, stdout, stderr)."""

    def invoke(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke
