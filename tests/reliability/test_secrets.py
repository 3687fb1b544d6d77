"""Secrets reach the proxy only from files or the environment and never appear in its
logs or replies, even when they are wrong: a bad key or an unreachable database with a
password in its URL gives a 4xx and a log line naming the problem's kind only.

Covered elsewhere and not repeated here: a wrong key on stored rows is a clear error
(tests/review_queue/store/test_crypto.py::test_wrong_key_is_a_clear_error), key files
must be private, keys from the environment work (same module)."""

from __future__ import annotations

import asyncio
import base64
from pathlib import Path

import pytest

from scanner.config import load_settings
from tests.reliability.conftest import StartProxy
from tests.reliability.harness import SinkThread, mail, send, write_config

KEY_TEXT = "TOPSECRETKEYMATERIAL-0123456789"  # 31 bytes: one short of a valid key
KEY = base64.b64encode(KEY_TEXT.encode()).decode()
PASSWORD = "Hunter2-db-Passw0rd"
HOLD = "news@hold.example"


def _logged(caplog: pytest.LogCaptureFixture) -> str:
    """Every captured record with all its fields (extras included)."""
    return "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)


@pytest.mark.parametrize(
    ("environ", "secrets", "kind"),
    [
        (
            {"MAILGUARD_STORE_KEYS": f"k1:{KEY}", "MAILGUARD_STORE_INDEX_KEY": KEY},
            (KEY, KEY_TEXT),
            "StoreKeyError",
        ),
        (
            {"MAILGUARD_STORE_URL": f"postgresql://mailguard:{PASSWORD}@127.0.0.1:1/queue"},
            (PASSWORD,),
            "StoreError",
        ),
    ],
    ids=["malformed-key", "database-password"],
)
async def test_bad_secret_is_4xx_and_never_logged(
    tmp_path: Path,
    start_proxy: StartProxy,
    sink: SinkThread,
    caplog: pytest.LogCaptureFixture,
    environ: dict[str, str],
    secrets: tuple[str, ...],
    kind: str,
) -> None:
    settings = load_settings(write_config(tmp_path), tmp_path / "var", environ=environ)
    caplog.set_level("DEBUG")
    proxy = await start_proxy(settings, sink.port)
    code, text = await asyncio.to_thread(send, proxy.port, mail("secret@test", HOLD), HOLD)
    assert 400 <= code < 500
    logged = _logged(caplog)
    assert kind in logged  # the operator learns what kind of thing is wrong
    for secret in secrets:
        assert secret not in logged and secret not in text


def test_store_keys_are_kept_out_of_reprs(tmp_path: Path) -> None:
    """Keys are ``SecretStr``. (``store.url`` is a plain string: a password in it would
    show in ``repr(settings)``; nothing logs settings, see docs/reliability.md.)"""
    environ = {"MAILGUARD_STORE_KEYS": f"k1:{KEY}", "MAILGUARD_STORE_INDEX_KEY": KEY}
    settings = load_settings(write_config(tmp_path), tmp_path / "var", environ=environ)
    assert KEY not in repr(settings) and KEY not in str(settings.model_dump())
