"""``scanner scan`` as a user runs it: real files, documented exit codes and output.

A few tests start a real subprocess (console entry, stdin pipe, interpreter exit code); the
rest call the same ``main()`` in this process, sparing an interpreter start and the imports
(about 1.5 s each) per case.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, Ran, corpus_message

CLEAN = b"From: a@ex.org\nSubject: Thanks\nMessage-ID: <1@ex.org>\n\nThank you for your gift.\n"
WITH_PDF = (
    b'From: a@ex.org\nMessage-ID: <2@ex.org>\nContent-Type: multipart/mixed; boundary="b"\n\n'
    b"--b\nContent-Type: text/plain\n\nreceipt attached\n--b\nContent-Type: application/pdf\n"
    b"Content-Disposition: attachment; filename=r.pdf\nContent-Transfer-Encoding: base64\n\n"
    b"JVBERi0xLjcK\n--b--\n"
)


Scanner = Callable[..., Ran]


def in_subprocess(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None) -> Ran:
    result = subprocess.run(
        [sys.executable, "-m", "scanner", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )
    return Ran(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def scanner(scanner_main: Scanner) -> Scanner:
    """``scanner ARGS`` run by ``main()`` in this process (``tests.conftest``)."""
    return scanner_main


def lines(stdout: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.decode().splitlines()]


def test_eml_file_gives_one_json_verdict(tmp_path: Path) -> None:
    path = tmp_path / "clean.eml"
    path.write_bytes(CLEAN)
    result = in_subprocess("scan", str(path))
    assert result.returncode == 0, result.stderr
    (verdict,) = lines(result.stdout)
    assert verdict["id"] == str(path)
    assert verdict["message_id"] == "<1@ex.org>"
    assert verdict["action"] == "pass"
    assert set(verdict) >= {"scores", "categories", "findings", "defects", "reasons"}
    assert 0.0 <= verdict["scores"]["tos"] <= 1.0


def test_directory_is_scanned_in_sorted_order(scanner: Scanner, tmp_path: Path) -> None:
    (tmp_path / "b.eml").write_bytes(WITH_PDF)
    (tmp_path / "a.eml").write_bytes(CLEAN)
    (tmp_path / ".hidden").write_bytes(CLEAN)
    result = scanner("scan", str(tmp_path))
    assert [v["id"] for v in lines(result.stdout)] == [
        str(tmp_path / "a.eml"),
        str(tmp_path / "b.eml"),
    ]


def test_mbox_messages_are_indexed_and_unquoted(scanner: Scanner, tmp_path: Path) -> None:
    mbox = tmp_path / "box.mbox"
    mbox.write_bytes(
        b"From a@ex.org Mon Jan  1 00:00:00 2024\n" + CLEAN + b">From the desk of\n\n"
        b"From b@ex.org Mon Jan  1 00:00:01 2024\n" + WITH_PDF + b"\n"
    )
    result = scanner("scan", str(mbox))
    verdicts = lines(result.stdout)
    assert [v["id"] for v in verdicts] == [f"{mbox}#0", f"{mbox}#1"]
    assert [v["message_id"] for v in verdicts] == ["<1@ex.org>", "<2@ex.org>"]


def test_stdin_and_corpus_message() -> None:
    raw = corpus_message("easy-ham-1/00062.009f5a1a8fa88f0b38299ad01562bb37")
    result = in_subprocess("scan", "-", stdin=raw)
    (verdict,) = lines(result.stdout)
    assert verdict["id"] == "-#0"  # the corpus keeps the mbox "From " line
    assert verdict["message_id"] is not None


def test_fail_on_flag_exits_one_for_a_flagged_message(scanner: Scanner, tmp_path: Path) -> None:
    path = tmp_path / "pdf.eml"
    path.write_bytes(WITH_PDF)
    assert scanner("scan", str(path)).returncode == 0
    flagged = scanner("scan", "--fail-on-flag", str(path))
    assert flagged.returncode == 1
    (verdict,) = lines(flagged.stdout)
    assert verdict["action"] != "pass"
    assert "unscanned" in verdict["categories"]


def test_explain_is_human_readable(scanner: Scanner, tmp_path: Path) -> None:
    path = tmp_path / "pdf.eml"
    path.write_bytes(WITH_PDF)
    result = scanner("scan", "--explain", str(path))
    out = result.stdout.decode()
    assert "action:" in out and "UNSCANNED_ATTACHMENT" in out and "r.pdf" in out


@pytest.mark.parametrize(
    ("args", "env_extra", "message"),
    [
        (["scan", "/no/such/file.eml"], {}, "no such file"),
        (["scan"], {}, "the following arguments are required"),
        (["frobnicate"], {}, "invalid choice"),
        (["scan", "-"], {"MAILGUARD_LIMITS_MAX_PARTS": "zero"}, "limits.max_parts"),
        (["scan", "-"], {"MAILGUARD_LIMITS_NO_SUCH": "1"}, "limits.no_such"),
        (["scan", "-"], {"MAILGUARD_NOSECTION_X": "1"}, "MAILGUARD_NOSECTION_X"),
    ],
)
def test_usage_and_config_errors_exit_two_with_a_clear_message(
    scanner: Scanner, args: list[str], env_extra: dict[str, str], message: str
) -> None:
    result = scanner(*args, stdin=b"", env=env_extra)
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_bad_config_file_names_file_and_key(scanner: Scanner, tmp_path: Path) -> None:
    config = tmp_path / "mailguard.toml"
    config.write_text("[limits]\nmax_depth = -3\n")
    result = scanner("--config", str(config), "scan", "-", stdin=b"")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert str(config) in err and "limits.max_depth" in err


@pytest.mark.parametrize(
    ("env_extra", "message"),
    [
        ({"MAILGUARD_POLICY_FILE": "/no/such/policy.yaml"}, "policy.yaml"),
        ({"MAILGUARD_POLICY_FILE": "{bad}"}, "categories.health"),
        # a misspelt rule would silently never act
        ({"MAILGUARD_POLICY_FILE": "{typo}"}, "unknown ToS rule(s) TOS_LINK_TEXT_DOMAN_MISMATCH"),
        ({"MAILGUARD_POLICY_FILE": "{entity}"}, "unknown finding entity CREDIT_CARD_LAST4"),
        (
            {"MAILGUARD_PROXY_TLS_CERT": "/no/cert.pem", "MAILGUARD_PROXY_TLS_KEY": "/no/k.pem"},
            "cannot load TLS certificate",
        ),
    ],
)
def test_config_check_loads_the_policy_file_and_tls_files_too(
    scanner: Scanner, tmp_path: Path, env_extra: dict[str, str], message: str
) -> None:
    bad_policy = tmp_path / "policy.yaml"
    bad_policy.write_text("categories: {health: explode}\n")
    typo = tmp_path / "typo.yaml"
    typo.write_text("customers: {x.org: {rules: {TOS_LINK_TEXT_DOMAN_MISMATCH: {action: tag}}}}\n")
    entity = tmp_path / "entity.yaml"
    entity.write_text("entities: {CREDIT_CARD_LAST4: tag}\n")
    files = {"{bad}": str(bad_policy), "{typo}": str(typo), "{entity}": str(entity)}
    env = {k: files.get(v, v) for k, v in env_extra.items()}
    result = scanner("config", "--check", env=env)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_unknown_tos_rule_error_names_the_policy_file(scanner: Scanner, tmp_path: Path) -> None:
    typo = tmp_path / "typo.yaml"
    typo.write_text("customers: {x.org: {rules: {TOS_LINK_TEXT_DOMAN_MISMATCH: {action: tag}}}}\n")
    result = scanner("config", "--check", env={"MAILGUARD_POLICY_FILE": str(typo)})
    assert result.returncode == 2, result.stdout
    expected = f"policy file {typo}: unknown ToS rule(s) TOS_LINK_TEXT_DOMAN_MISMATCH"
    assert expected in result.stderr.decode()


def test_a_link_on_a_configured_blocklist_is_held_and_a_missing_feed_is_a_clear_error(
    scanner: Scanner,
    tmp_path: Path,
) -> None:
    feed = tmp_path / "urlhaus.txt"
    feed.write_text("# feed\nmalware-drop.example\n", encoding="utf-8")
    config = tmp_path / "mailguard.toml"
    config.write_text(f"[tos]\nurl_blocklists = [{str(feed)!r}]\n")
    message = tmp_path / "receipt.eml"
    message.write_bytes(CLEAN.replace(b"gift.", b"gift: https://cdn.malware-drop.example/r.zip"))
    result = scanner("--config", str(config), "scan", str(message))
    assert result.returncode == 0, result.stderr
    (verdict,) = lines(result.stdout)
    assert verdict["action"] == "hold"
    reasons = {r["rule"] for r in verdict["reasons"]}
    assert {"TOS_URL_BLOCKLISTED", "RULE_TOS_URL_BLOCKLISTED"} <= reasons
    feed.unlink()
    result = scanner("--config", str(config), "config", "--check")
    assert result.returncode == 2
    assert f"cannot read URL blocklist {feed}" in result.stderr.decode()
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--listen", "nonsense", "--relay", "127.0.0.1:25"], "--listen nonsense:"),
        (["--listen", "127.0.0.1:2525", "--relay", "mx:port"], "--relay mx:port:"),
        (
            ["--listen", "127.0.0.1:2525", "--relay", "127.0.0.1:25", "--metrics", "x"],
            "--metrics x:",
        ),
    ],
)
def test_proxy_names_the_option_with_a_bad_address(
    scanner: Scanner, args: list[str], named: str
) -> None:
    result = scanner("proxy", *args)
    err = result.stderr.decode()
    assert result.returncode == 2 and f"invalid address: {named} must be HOST:PORT" in err
    assert "Traceback" not in err
