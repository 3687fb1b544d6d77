"""``review-queue`` commands end to end on a SQLite data directory."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pwd
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text, update

from review_queue.cli import COMMANDS
from review_queue.service import CLI, ReviewService
from review_queue.store.schema import Item
from review_queue.store.types import ItemNotFound
from scanner.config import Settings
from tests.review_queue.cli.conftest import Run
from tests.review_queue.store.helpers import (
    PASSWORD,
    SENDER,
    envelope,
    message,
    ssn_message,
    verdict,
)


def _service(data_dir: Path) -> ReviewService:
    return ReviewService.open(Settings(data_dir=data_dir))


def test_users_lifecycle(run: Run) -> None:
    assert run("users", "add", "rita", "--role", "reviewer", "--all", stdin=PASSWORD + "\n")[0] == 0
    code, out, _ = run("users", "list")
    assert code == 0 and out.split("\t")[:3] == ["rita", "reviewer", "active"]
    assert run("users", "passwd", "rita", stdin="a new long passphrase\n")[0] == 0
    assert run("users", "disable", "rita")[0] == 0
    assert "disabled" in run("users", "list")[1]


def test_a_disabled_account_is_enabled_again(run: Run, data_dir: Path) -> None:
    run("users", "add", "rita", "--role", "reviewer", "--all", stdin=PASSWORD + "\n")
    code, token, _ = run("tokens", "create", "--user", "rita")
    service = _service(data_dir)
    try:
        assert code == 0 and service.user_for_token(token.strip()) is not None
    finally:
        service.close()
    assert run("users", "disable", "rita")[0] == 0
    code, out, _ = run("users", "enable", "rita")
    assert code == 0 and out.startswith("enabled rita") and "tokens stay revoked" in out
    assert run("users", "list")[1].split("\t")[:3] == ["rita", "reviewer", "active"]
    service = _service(data_dir)
    try:
        assert service.authenticate("rita", PASSWORD) is not None
        assert service.user_for_token(token.strip()) is None  # revoked at disable, still
    finally:
        service.close()
    code, listed, _ = run("audit", "list", "--action", "user_enable")
    (entry,) = [json.loads(line) for line in listed.splitlines()]
    assert entry["detail"] == {"user": "rita", "was_disabled": True}
    assert entry["actor"].startswith("cli:")
    code, _, err = run("users", "enable", "nobody")
    assert code != 0 and "nobody" in err


def test_users_scope_to_customers(run: Run) -> None:
    args = ("users", "add", "sam", "--role", "reviewer", "--customers", "org-2,org-1")
    code, out, _ = run(*args, stdin=PASSWORD + "\n")
    assert code == 0 and out == "created reviewer sam (customers org-1,org-2)\n"
    run("users", "add", "rita", "--role", "reviewer", "--all", stdin=PASSWORD + "\n")
    rows = [line.split("\t") for line in run("users", "list")[1].splitlines()]
    assert [(r[0], r[4]) for r in rows] == [("rita", "*"), ("sam", "org-1,org-2")]
    as_json = [json.loads(line) for line in run("users", "list", "--json")[1].splitlines()]
    assert [list(row.values()) for row in as_json] == rows  # the same columns, named
    assert set(as_json[0]) == {"name", "role", "state", "created", "customers"}
    assert run("users", "scope", "sam", "--customers", "org-3") == (
        0,
        "sam sees customers org-3\n",
        "",
    )
    code, _, err = run("users", "scope", "sam", "--customers", " , ")  # a slip, not "all"
    assert code == 2 and "--all" in err
    for slip in ((), ("--customers", ""), ("--customers", " , ")):  # every customer: only --all
        code, _, err = run("users", "add", "tess", "--role", "auditor", *slip, stdin=PASSWORD)
        assert code == 2 and "--customers IDS" in err and "--all" in err
    assert "tess" not in run("users", "list")[1]
    assert run("users", "add", "boss", "--role", "admin", stdin=PASSWORD + "\n")[0] == 0
    assert run("users", "scope", "sam", "--all")[1] == "sam sees all customers\n"
    assert run("users", "list")[1].splitlines()[1].endswith("\t*")
    # a login that is an address is a customer id too; the audit log keeps its domain only
    assert run("users", "scope", "sam", "--customers", "bob@org.example")[0] == 0
    entries = [json.loads(line) for line in run("audit", "list")[1].splitlines()]
    assert entries[0]["detail"]["customers"] == ["*@org.example"]
    assert "bob@" not in run("audit", "list")[1]
    args = ("users", "add", "root", "--role", "admin", "--customers", "org-1")
    code, _, err = run(*args, stdin=PASSWORD + "\n")
    assert code == 2 and "cannot be scoped" in err


def test_password_never_an_argument(run: Run) -> None:
    with pytest.raises(SystemExit) as caught:
        run("users", "add", "rita", "--role", "admin", "--password", PASSWORD)
    assert caught.value.code == 2


def test_bad_input_is_a_clear_error(run: Run) -> None:
    code, out, err = run("users", "add", "rita", "--role", "admin", stdin="short\n")
    assert (code, out) == (2, "") and "at least 12 characters" in err
    code, _, err = run("tokens", "create", "--user", "ghost")
    assert code == 2 and "no user 'ghost'" in err
    code, _, err = run("tokens", "revoke", "--id", "7")
    assert code == 2 and "no API token with id 7" in err


def test_tokens_create_prints_a_working_token(run: Run, data_dir: Path) -> None:
    run("users", "add", "bot", "--role", "auditor", "--all", stdin=PASSWORD + "\n")
    code, out, _ = run("tokens", "create", "--user", "bot")
    assert code == 0
    service = _service(data_dir)
    try:
        user = service.user_for_token(out.strip())
        assert user is not None and user.name == "bot"
    finally:
        service.close()
    code, listed, _ = run("tokens", "list")
    [[token_id, owner, created, expires, state]] = [r.split("\t") for r in listed.splitlines()]
    assert (owner, state) == ("bot", "active") and expires != "never"  # 90 days by default
    assert out.strip() not in listed
    assert run("tokens", "revoke", "--id", token_id)[1] == f"revoked token {token_id}\n"
    assert run("tokens", "list", "--user", "bot")[1].split("\t")[-1] == "revoked\n"
    [listed_json] = [json.loads(line) for line in run("tokens", "list", "--json")[1].splitlines()]
    assert listed_json == {
        "id": int(token_id),
        "user": "bot",
        "created": created,
        "expires": expires,
        "state": "revoked",
    }
    run("tokens", "create", "--user", "bot")
    assert run("tokens", "revoke", "--user", "bot")[1] == "revoked 1 token(s) of bot\n"
    service = _service(data_dir)
    try:
        assert service.user_for_token(out.strip()) is None
    finally:
        service.close()


def test_erase_export_stats_labels_and_audit(run: Run, data_dir: Path) -> None:
    service = _service(data_dir)
    try:
        raw, finding = ssn_message()
        service.hold(envelope(), raw, verdict((finding,)))
        other, _ = ssn_message(sender="x@y.example")
        service.hold(envelope(sender="x@y.example", rcpts=("z@y.example",)), other, verdict())
    finally:
        service.close()
    stats = json.loads(run("stats")[1])
    assert stats["pending"] == 2 and stats["pending_by_category"] == {"government_id": 1}
    exported = json.loads(run("export", "--address", SENDER)[1])
    assert len(exported["items"]) == 1
    out_file = data_dir / "export.json"
    out_file.write_text("")
    out_file.chmod(0o644)  # a file already there is made private too
    assert run("export", "--address", SENDER, "--output", str(out_file))[0] == 0
    assert out_file.stat().st_mode & 0o077 == 0
    assert run("erase", "--address", SENDER, "--include-pending") == (
        0,
        "erased 1 item(s), 1 of them pending (deleted without a decision)\n",
        "",
    )
    assert json.loads(run("stats")[1])["pending"] == 1
    assert run("export-labels") == (0, "", "")
    assert json.loads(run("purge")[1])["purge"] == {
        "expired": 0,
        "auto_released": 0,
        "bodies_deleted": 0,
        "items_deleted": 0,
        "audit_entries_deleted": 0,
        "compaction": "not_needed",  # the erase compacted already
        "notices_skipped_no_sender": 0,
    }
    code, out, _ = run("audit", "verify")
    assert code == 0 and out.startswith("audit chain ok; head 5:")
    anchor = out.rsplit(" ", 1)[1].strip()
    assert run("audit", "verify", "--anchor", anchor)[0] == 0
    actions = [json.loads(line)["action"] for line in run("audit", "list")[1].splitlines()]
    assert actions == ["export_labels", "compact", "erase", "export", "export"]


def test_purge_reports_an_expired_bounce_it_could_not_notify(run: Run, data_dir: Path) -> None:
    """Retention rejects an undecided item and notifies its sender (the default): a held
    bounce has no envelope sender, so the report and the audit log say no notice went."""
    service = _service(data_dir)
    try:
        raw, _ = ssn_message()
        item = service.hold(envelope(sender="<>"), raw, verdict())
        with service.db.transaction() as session:  # held 8 days ago: past undecided_after
            old = datetime.now(UTC) - timedelta(days=8)
            session.execute(update(Item).where(Item.id == item).values(created_at=old))
    finally:
        service.close()
    code, out, _ = run("purge")
    assert code == 0
    report = json.loads(out)
    assert (report["purge"]["expired"], report["purge"]["notices_skipped_no_sender"]) == (1, 1)
    (decided,) = [
        json.loads(line) for line in run("audit", "list", "--action", "decide")[1].splitlines()
    ]
    assert decided["item"] == item and decided["detail"]["notice_skipped"] == "no_sender"


def test_erase_skips_pending_items_and_both_commands_keep_to_a_customer(
    run: Run, data_dir: Path
) -> None:
    service = _service(data_dir)
    try:
        raw, finding = ssn_message()
        mine = service.hold(envelope(), raw, verdict((finding,)))  # customer org-1, pending
        theirs = service.hold(envelope(customer="org-2"), message("other body"), verdict())
    finally:
        service.close()
    exported = json.loads(run("export", "--address", SENDER, "--customer", "org-2")[1])
    assert [(item["id"], item["customer"]) for item in exported["items"]] == [(theirs, "org-2")]

    code, out, _ = run("erase", "--address", SENDER, "--customer", "org-1")
    assert code == 1  # the request is not done: the operator must decide or insist
    assert out.startswith("erased 0 item(s)\nskipped 1 pending item(s)")
    assert out.endswith(f"--include-pending:\n{mine}\n")

    code, out, _ = run("erase", "--address", SENDER, "--customer", "org-1", "--include-pending")
    assert (code, out) == (0, "erased 1 item(s), 1 of them pending (deleted without a decision)\n")
    remaining = json.loads(run("export", "--address", SENDER)[1])["items"]
    assert [item["id"] for item in remaining] == [theirs]  # org-2's item untouched
    entries = [json.loads(line) for line in run("audit", "list")[1].splitlines()]
    erases = [entry["detail"] for entry in entries if entry["action"] == "erase"]
    assert [(e["pending_skipped"], e["pending_erased"]) for e in erases] == [(0, 1), (1, 0)]
    assert SENDER not in run("audit", "list")[1]


def test_a_quoted_local_part_with_a_space_is_an_address(run: Run, data_dir: Path) -> None:
    odd = '"jo smith"@example.org'
    service = _service(data_dir)
    try:
        raw, finding = ssn_message(sender=odd)
        service.hold(envelope(sender=odd), raw, verdict((finding,)))
    finally:
        service.close()
    exported = json.loads(run("export", "--address", odd)[1])
    assert [item["roles"] for item in exported["items"]] == [["from", "header_from"]]
    assert run("erase", "--address", odd, "--include-pending")[0] == 0
    assert json.loads(run("export", "--address", odd)[1])["items"] == []


def test_audit_verify_fails_on_tampering(run: Run, data_dir: Path) -> None:
    run("users", "add", "rita", "--role", "reviewer", "--all", stdin=PASSWORD + "\n")
    run("users", "disable", "rita")
    service = _service(data_dir)
    try:
        with service.db.engine.begin() as connection:
            connection.execute(text("UPDATE audit_log SET actor = 'nobody' WHERE seq = 1"))
    finally:
        service.close()
    assert run("audit", "verify") == (1, "audit chain BROKEN at entry 1\n", "")


def test_audit_list_filters_refusals_by_action_and_actor(run: Run, data_dir: Path) -> None:
    service = _service(data_dir)
    try:
        sam = service.create_user("sam", "reviewer", PASSWORD, CLI, ["org-2"])
        item_id = service.hold(envelope(), message("Member record"), verdict(tos=0.97))
        with pytest.raises(ItemNotFound):  # an org-1 item
            service.claim(item_id, sam)
    finally:
        service.close()
    (entry,) = [
        json.loads(line)
        for line in run("audit", "list", "--action", "access_denied")[1].splitlines()
    ]
    assert (entry["actor"], entry["item"]) == ("sam", item_id)
    assert entry["detail"] == {"attempted": "claim", "outcome": "denied", "reason": "scope"}
    assert run("audit", "list", "--action", "access_denied", "--actor", "rita")[1] == ""
    listed = run("audit", "list", "--actor", "sam")[1].splitlines()
    assert [json.loads(line)["action"] for line in listed] == ["access_denied"]


def test_audit_list_takes_a_limit_past_64_bits(run: Run) -> None:
    run("users", "add", "ann", "--role", "auditor", "--all", stdin=PASSWORD + "\n")
    code, out, _ = run("audit", "list", "--limit", str(10**20))
    assert code == 0 and json.loads(out)["action"] == "user_create"


def test_audit_verify_anchor_must_be_seq_and_hash(run: Run) -> None:
    with pytest.raises(SystemExit) as caught:
        run("audit", "verify", "--anchor", "7")
    assert caught.value.code == 2


def test_keys_rotate(run: Run, data_dir: Path) -> None:
    run("users", "add", "root", "--role", "admin", stdin=PASSWORD + "\n")  # a queue to rotate
    assert run("keys", "rotate")[1] == "new items are now encrypted with key k2\n"
    entries = [json.loads(line) for line in run("audit", "list")[1].splitlines()]
    (entry,) = [e for e in entries if e["action"] == "key_rotate"]
    assert (entry["action"], entry["detail"]) == ("key_rotate", {"key": "k2"})
    assert entry["actor"].startswith(f"cli:{pwd.getpwuid(os.getuid()).pw_name}")  # who ran it
    keys = json.loads((data_dir / "keys" / "store-keys.json").read_text())
    assert keys["active"] == "k2" and set(keys["keys"]) == {"k1", "k2"}


@pytest.mark.parametrize(
    "command",
    [
        ["stats"],
        ["export", "--address", "someone@example.org"],
        ["erase", "--address", "someone@example.org"],
        ["audit", "verify"],
        ["audit", "list"],
        ["purge"],
        ["keys", "rotate"],
        ["users", "list"],
    ],
)
def test_a_data_dir_without_a_queue_is_refused_not_created(
    run: Run, data_dir: Path, command: list[str]
) -> None:
    code, out, err = run(*command)
    assert (code, out) == (2, "") and "no review queue in" in err and "--data-dir" in err
    assert not data_dir.exists() or not any(data_dir.iterdir())  # nothing made there


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("purge", "resolve expired undecided items"),
        ("stats", "queue statistics"),
        ("rescan", "re-scan undecided items"),
        ("erase", "delete every item naming the address"),
        ("users add", "create an account"),
        ("users disable", "disable an account"),
        ("users enable", "enable a disabled account again"),
        ("tokens revoke", "revoke every token"),
        ("audit verify", "check the hash chain"),
        ("keys rotate", "add a key"),
    ],
)
def test_each_command_help_says_what_it_does(
    run: Run, capsys: pytest.CaptureFixture[str], command: str, says: str
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(*command.split(), "--help")
    assert caught.value.code == 0
    usage, _, rest = capsys.readouterr().out.partition("\n\n")
    assert usage.startswith(f"usage: review-queue {command}") and rest.startswith(says)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_argument_of_every_command_has_help() -> None:
    root = argparse.ArgumentParser()
    commands = root.add_subparsers()
    for module in COMMANDS:
        importlib.import_module(module).register(commands)
    bare = [
        f"{parser.prog} {action.dest}"
        for parser in _parsers(root)
        for action in parser._actions
        if not isinstance(action, argparse._SubParsersAction) and not action.help
    ]
    assert bare == []


@pytest.mark.parametrize(
    "args",
    [
        ("erase", "--address", "not an address"),
        ("erase", "--address", '"jo smith"@example .org'),
        ("erase", "--address", "jo smith@example.org"),
        ("erase", "--address", ""),
        ("export", "--address", "nobody"),
        ("export", "--address", SENDER, "--customer", " "),
        ("erase", "--address", SENDER, "--customer", ""),
        ("audit", "list", "--limit", "0"),
    ],
)
def test_bad_arguments_are_refused_before_anything_is_done(run: Run, args: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(*args)
    assert caught.value.code == 2


def test_an_export_to_an_unwritable_path_fails_before_reading_or_auditing(
    run: Run, tmp_path: Path
) -> None:
    code, out, err = run("export", "--address", SENDER, "--output", str(tmp_path / "no/f.json"))
    assert (code, out) == (2, "") and "cannot write" in err
    assert run("audit", "list")[1] == ""


def test_a_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    from review_queue.cli import main

    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("")
    assert main(["--data-dir", str(not_a_dir), "stats"]) == 2


def test_export_labels_writes_a_private_file(run: Run, data_dir: Path) -> None:
    service = _service(data_dir)
    try:
        rita = service.create_user("rita", "reviewer", PASSWORD, CLI)
        item_id = service.hold(envelope(), message("Win a prize"), verdict(tos=0.97))
        service.decide(item_id, rita, "reject", None)
    finally:
        service.close()
    out_file = data_dir / "labels.jsonl"
    assert run("export-labels", "--output", str(out_file)) == (0, "", "")
    assert out_file.stat().st_mode & 0o077 == 0
    (record,) = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert (record["id"], record["tos_label"]) == (item_id, "spam")
    assert run("export-labels", "--output", str(data_dir / "no" / "such" / "dir.jsonl"))[0] == 2
