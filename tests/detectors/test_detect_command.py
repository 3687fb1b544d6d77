"""``scanner detect`` as users run it, and the scan pipeline with our detectors.

Also the leak check: no detected value ever appears in output or logs, even with DEBUG
logging and JSON log format. The commands run by ``main()`` in this process (the logging
set-up included); the interpreter start and console entry are tested in tests/cli.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from scanner.commands import detect
from scanner.config import Settings
from scanner.detectors.loader import load_detectors
from scanner.errors import InputError
from scanner.pipeline import Scanner
from scanner.report import explain, verdict_dict
from tests.conftest import Ran

# Fake, checksum-valid values planted in the inputs; none may come back out.
PLANTED = {
    "CREDIT_CARD": "4111 1111 1111 1111",
    "US_SSN": "536-22-1906",
    "IBAN_CODE": "GB87BARC20035344551891",
    "PASSWORD": "Sunflower#2024",
    "ABA_ROUTING_NUMBER": "021000021",
}
TEXT = (
    f"Please charge my Visa {PLANTED['CREDIT_CARD']}. My SSN is {PLANTED['US_SSN']}. "
    f"Wire to IBAN {PLANTED['IBAN_CODE']}, routing number {PLANTED['ABA_ROUTING_NUMBER']}. "
    f"The portal password: {PLANTED['PASSWORD']}. Maria was diagnosed with type 2 diabetes."
)


DEBUG_JSON = {"MAILGUARD_LOGGING_LEVEL": "DEBUG", "MAILGUARD_LOGGING_FORMAT": "json"}
Main = Callable[..., Ran]


@dataclass(frozen=True)
class Text:
    """What one ``scanner`` run returned and printed, decoded."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(scanner_main: Main) -> Callable[..., Text]:
    """``scanner ARGS`` with DEBUG logging in JSON, by ``main()`` in this process."""

    def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> Text:
        ran = scanner_main(*args, stdin=stdin.encode(), env={**DEBUG_JSON, **(env or {})})
        return Text(ran.returncode, ran.stdout.decode(), ran.stderr.decode())

    return run


def assert_no_values(*outputs: str) -> None:
    for output in outputs:
        for value in PLANTED.values():
            assert value not in output
            assert value.replace(" ", "") not in output


def test_detect_writes_findings_with_offsets_into_text(run: Callable[..., Text]) -> None:
    lines = [json.dumps({"id": "a", "text": TEXT}), "", json.dumps({"id": 7, "text": "Hello."})]
    result = run("detect", "-", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert second == {"id": 7, "findings": []}
    assert first["id"] == "a"
    by_entity = {f["entity"]: f for f in first["findings"]}
    for entity, value in PLANTED.items():
        finding = by_entity[entity]
        assert TEXT[finding["start"] : finding["end"]] == value
        assert set(finding) == {"entity", "category", "start", "end", "score"}
        assert 0.5 <= finding["score"] <= 1.0
    assert by_entity["HEALTH_CONDITION"]["category"] == "health"
    assert_no_values(result.stdout, result.stderr)


def _detect(path: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    """The command's handler in-process (no logging setup), its JSON lines parsed."""
    detect.run(argparse.Namespace(file=path), Settings())
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_detect_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "f", "text": "SSN 536-22-1906"}) + "\n")
    [record] = _detect(str(path), capsys)
    assert record == {
        "id": "f",
        "findings": [
            {"entity": "US_SSN", "category": "government_id", "start": 4, "end": 15, "score": 1.0}
        ],
    }


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"id": 0, "text": "ok"}\n{"id": 1, "body": "SSN 536-22-1906"}\n', "line 2: expected"),
        ("{not json\n", "line 1: not valid JSON"),
        ('["text", "SSN 536-22-1906"]\n', "line 1: expected"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_detect_bad_input_is_a_clear_error_without_content(
    tmp_path: Path, content: str | bytes, reason: str
) -> None:
    path = tmp_path / "in.jsonl"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(InputError) as error:
        list(detect._records(str(path)))
    assert reason in str(error.value)
    assert_no_values(str(error.value))


def test_detect_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        list(detect._records(str(tmp_path / "missing.jsonl")))


def test_scan_verdict_and_logs_never_carry_values(caplog: pytest.LogCaptureFixture) -> None:
    """The scan pipeline with our detectors (no ToS model): findings yes, values never."""
    settings = Settings()
    scanner = Scanner(settings, detectors=load_detectors(settings))
    raw = (
        "From: a@ex.org\nTo: b@ex.org\nSubject: my card\nMessage-ID: <1@ex.org>\n\n" + TEXT + "\n"
    ).encode()
    with caplog.at_level(logging.DEBUG):
        result = scanner.scan(raw)
    verdict = verdict_dict("m.eml", result.message, result.verdict)
    assert verdict["action"] == "hold"
    assert {"payment_card", "government_id", "financial_account", "credential", "health"} <= set(
        verdict["categories"]
    )
    body = next(s for s in result.message.segments if s.source.startswith("body"))
    cards = [f for f in result.verdict.findings if f.entity == "CREDIT_CARD"]
    assert [body.text[f.start : f.end] for f in cards] == [PLANTED["CREDIT_CARD"]]
    explained = explain("m.eml", result.message, result.verdict)
    assert "payment_card/CREDIT_CARD" in explained
    assert_no_values(json.dumps(verdict), explained, caplog.text)


def test_scan_command_output_and_logs_never_carry_values(
    run: Callable[..., Text], tmp_path: Path
) -> None:
    eml = tmp_path / "m.eml"
    eml.write_text("From: a@ex.org\nSubject: card\nMessage-ID: <1@ex.org>\n\n" + TEXT + "\n")
    result = run("scan", str(eml))
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert {"payment_card", "government_id", "health"} <= set(verdict["categories"])
    assert_no_values(result.stdout, result.stderr)


def test_config_check_loads_the_rule_packs(run: Callable[..., Text], tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("pack: x\nrules:\n  - id: r1\n    entity: E\n")
    env_dirs = json.dumps([str(tmp_path)])
    result = run("config", "--check", env={"MAILGUARD_DETECTION_EXTRA_RULE_DIRS": env_dirs})
    assert result.returncode == 2
    assert "bad.yaml: rule r1:" in result.stderr
