"""Encryption at rest: key file creation, rotation, wrong keys."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from review_queue.crypto import KeyRing, new_key_b64, rotate_key_file
from review_queue.service import CLI, ReviewService
from review_queue.store.schema import Item
from review_queue.store.types import StoreKeyError
from scanner.config import Settings, Store, load_settings
from tests.review_queue.store.conftest import MakeSettings
from tests.review_queue.store.helpers import envelope, ssn_message, verdict


def test_key_file_created_private(service: ReviewService) -> None:
    path = service.settings.data_dir / "keys" / "store-keys.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_rotation_new_rows_use_new_key_old_rows_still_open(make_settings: MakeSettings) -> None:
    settings: Settings = make_settings()
    raw, finding = ssn_message()
    with _open(settings) as service:
        old = service.hold(envelope(), raw, verdict((finding,)))
    new_id = rotate_key_file(settings.data_dir / "keys" / "store-keys.json")
    assert new_id == "k2"
    with _open(settings) as service:
        new = service.hold(envelope(), raw, verdict((finding,)))
        with service.db.transaction() as session:
            assert session.get(Item, old).key_id == "k1"  # type: ignore[union-attr]
            assert session.get(Item, new).key_id == "k2"  # type: ignore[union-attr]
        assert service.load_raw(old, CLI) == raw == service.load_raw(new, CLI)


def test_wrong_key_is_a_clear_error(make_settings: MakeSettings) -> None:
    settings: Settings = make_settings()
    raw, finding = ssn_message()
    with _open(settings) as service:
        item_id = service.hold(envelope(), raw, verdict((finding,)))
        index_key = base64.b64encode(service.keys.index_key).decode()
    wrong = replace_store(settings, keys=f"k1:{new_key_b64()}", index_key=index_key)
    with (
        _open(wrong) as service,
        pytest.raises(StoreKeyError, match="does not decrypt the raw message of item"),
    ):
        service.load_raw(item_id, CLI)
    missing = replace_store(settings, keys=f"k9:{new_key_b64()}", index_key=index_key)
    with _open(missing) as service, pytest.raises(StoreKeyError, match="no key with id 'k1'"):
        service.load_raw(item_id, CLI)


def test_ciphertext_bound_to_its_row(service: ReviewService) -> None:
    raw, finding = ssn_message()
    first = service.hold(envelope(), raw, verdict((finding,)))
    second = service.hold(envelope(), b"other", verdict((finding,)))
    with service.db.transaction() as session:
        a, b = session.get(Item, first), session.get(Item, second)
        assert a is not None and b is not None
        b.raw_enc = a.raw_enc  # swap a body into another row
    with pytest.raises(StoreKeyError):
        service.load_raw(second, CLI)


@pytest.mark.parametrize(
    ("keys", "index", "message"),
    [
        ("k1:bm90IGEga2V5", "", "must be 32 bytes"),
        ("k1:***", "", "not valid base64"),
        ("nocolon", "", "not id:base64"),
        (None, "", "index_key"),
    ],
)
def test_bad_key_settings(tmp_path: Path, keys: str | None, index: str, message: str) -> None:
    spec = keys if keys is not None else f"k1:{new_key_b64()}"
    store = Store(keys=SecretStr(spec), index_key=SecretStr(index))
    with pytest.raises(StoreKeyError, match=message):
        KeyRing.load(store, tmp_path)


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    KeyRing.load(Store(), tmp_path)
    path = tmp_path / "keys" / "store-keys.json"
    path.chmod(0o644)
    with pytest.raises(StoreKeyError, match="chmod 600"):
        KeyRing.load(Store(), tmp_path)


def replace_store(settings: Settings, keys: str, index_key: str) -> Settings:
    store = settings.store.model_copy(
        update={"keys": SecretStr(keys), "index_key": SecretStr(index_key)}
    )
    return settings.model_copy(update={"store": store})


class _open:
    """``with _open(settings) as service``: open and close a service."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __enter__(self) -> ReviewService:
        self.service = ReviewService.open(self.settings)
        return self.service

    def __exit__(self, *exc: object) -> None:
        self.service.close()


def test_keys_from_the_environment(tmp_path: Path) -> None:
    data_key, index_key = new_key_b64(), new_key_b64()
    settings = load_settings(
        data_dir=tmp_path,
        environ={"MAILGUARD_STORE_KEYS": f"k7:{data_key}", "MAILGUARD_STORE_INDEX_KEY": index_key},
    )
    assert data_key not in repr(settings) and index_key not in repr(settings)
    ring = KeyRing.load(settings.store, tmp_path)
    assert ring.active == "k7" and ring.keys["k7"] == base64.b64decode(data_key)
    assert not (tmp_path / "keys").exists()  # no key file when keys come from the environment
    key_id, blob = ring.seal(b"body", "raw:x")
    assert ring.open(key_id, blob, "raw:x") == b"body"
