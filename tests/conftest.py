"""Shared fixtures: the public corpus, message builders, fresh settings, ``scanner`` in-process."""

from __future__ import annotations

import functools
import gzip
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from scanner.config import Settings

# Property tests draw the same examples on every run (``derandomize``), so a run's result
# depends on the code alone; HYPOTHESIS_PROFILE=explore draws new ones each run, to look
# for cases to add (``make explore``).
settings.register_profile("fixed", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "spamassassin-public.jsonl.gz"


def iter_corpus() -> Iterator[dict[str, str]]:
    """Every record of the shared SpamAssassin corpus (id, group, label, raw)."""
    if not CORPUS.exists():
        pytest.fail(f"shared corpus missing at {CORPUS}: CI must run with ../shared beside")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


@functools.cache
def _corpus_by_id() -> dict[str, str]:
    return {record["id"]: record["raw"] for record in iter_corpus()}


def corpus_message(message_id: str) -> bytes:
    """One corpus message's raw bytes, by its corpus id."""
    return _corpus_by_id()[message_id].encode("utf-8")


@dataclass(frozen=True)
class Ran:
    """What one ``scanner`` run returned and printed."""

    returncode: int
    stdout: bytes
    stderr: bytes


@pytest.fixture
def scanner_main(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> Callable[..., Ran]:
    """``scanner ARGS`` run by ``main()`` in this process, with this stdin and environment;
    the root logger's handlers (which the command replaces) are restored afterwards. The
    interpreter start, the console entry and the process exit code are tested by a few
    subprocess tests; the rest spare the 1.5 s or so each costs."""
    from scanner.cli import main

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)

    def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> Ran:
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        try:
            returncode = main(list(args))
        except SystemExit as usage:  # argparse exits itself
            returncode = int(usage.code or 0)
        captured = capsysbinary.readouterr()
        return Ran(returncode, captured.out, captured.err)

    return run


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings with a private data directory."""
    return Settings(data_dir=tmp_path / "var")
