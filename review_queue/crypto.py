"""Encryption at rest: a key ring of AES-256-GCM keys and a keyed hash for lookups.

Bodies are zlib-compressed, then sealed with the ring's active key; the key id is stored
beside each row so that after a rotation old rows still open. The associated data binds a
ciphertext to its item and field, so rows cannot be swapped. A separate index key (never
rotated) keys the HMACs used to find an address's items and to chain the audit log.

Keys come from ``store.keys`` + ``store.index_key`` (the ``MAILGUARD_STORE_KEYS`` and
``MAILGUARD_STORE_INDEX_KEY`` environment variables) or else from a JSON key file,
created with mode 0600 on first use.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from review_queue.store.types import StoreKeyError
from scanner.config import Store

KEY_BYTES = 32
_NONCE_BYTES = 12
_FORMAT = b"\x01"
_FILE_VERSION = 1
_FIELDS = {"raw": "raw message", "envelope": "envelope"}


@dataclass(frozen=True, slots=True)
class KeyRing:
    """Data keys by id (``active`` seals new rows) and the lookup key."""

    keys: dict[str, bytes]
    active: str
    index_key: bytes
    compression_level: int = 6

    @classmethod
    def load(cls, settings: Store, data_dir: Path) -> KeyRing:
        """The ring from settings, or from the key file (created if missing)."""
        level = settings.compression_level
        spec = settings.keys.get_secret_value()
        if spec:
            return cls._from_spec(spec, settings.index_key.get_secret_value(), level)
        path = key_file_path(settings, data_dir)
        if not path.exists():
            _create_key_file(path)
        return cls._from_file(path, level)

    @classmethod
    def _from_spec(cls, spec: str, index_b64: str, level: int) -> KeyRing:
        keys: dict[str, bytes] = {}
        for position, item in enumerate(spec.split(",")):
            key_id, sep, value = item.strip().partition(":")
            if not sep or not key_id:
                raise StoreKeyError(f"store.keys entry {position + 1} is not id:base64")
            keys[key_id] = _decode_key(value, f"store.keys entry {key_id!r}")
        if not index_b64:
            raise StoreKeyError("store.index_key (MAILGUARD_STORE_INDEX_KEY) is required")
        index_key = _decode_key(index_b64, "store.index_key")
        return cls(keys, next(iter(keys)), index_key, level)

    @classmethod
    def _from_file(cls, path: Path, level: int) -> KeyRing:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise StoreKeyError(f"key file {path} must be private: chmod 600 {path}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            keys = {str(k): _decode_key(v, f"key {k!r}") for k, v in data["keys"].items()}
            active = str(data["active"])
            index_key = _decode_key(data["index_key"], "index_key")
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreKeyError(f"key file {path} is unreadable or malformed ({exc})") from None
        if active not in keys:
            raise StoreKeyError(f"key file {path}: active key id is not in its keys")
        return cls(keys, active, index_key, level)

    def seal(self, data: bytes, context: str) -> tuple[str, bytes]:
        """Compress and encrypt ``data``; ``context`` (e.g. ``raw:<item id>``) is bound in."""
        nonce = secrets.token_bytes(_NONCE_BYTES)
        aead = AESGCM(self.keys[self.active])
        sealed = aead.encrypt(nonce, zlib.compress(data, self.compression_level), _aad(context))
        return self.active, _FORMAT + nonce + sealed

    def open(self, key_id: str, blob: bytes, context: str) -> bytes:
        """Decrypt and decompress; ``StoreKeyError`` on a missing or wrong key."""
        key = self.keys.get(key_id)
        if key is None:
            raise StoreKeyError(
                f"no key with id {key_id!r} in the key ring (needed by {_what(context)})"
            )
        if blob[:1] != _FORMAT or len(blob) < 1 + _NONCE_BYTES + 16:
            raise StoreKeyError(f"stored ciphertext of {_what(context)} is malformed")
        nonce, sealed = blob[1 : 1 + _NONCE_BYTES], blob[1 + _NONCE_BYTES :]
        try:
            return zlib.decompress(AESGCM(key).decrypt(nonce, sealed, _aad(context)))
        except InvalidTag:
            raise StoreKeyError(
                f"key {key_id!r} does not decrypt {_what(context)}: wrong key or altered data"
            ) from None

    def seal_json(self, value: Any, context: str) -> tuple[str, bytes]:
        """``seal`` for a JSON-serialisable value."""
        return self.seal(json.dumps(value, separators=(",", ":")).encode(), context)

    def open_json(self, key_id: str, blob: bytes, context: str) -> Any:
        """``open`` for a value sealed by ``seal_json``."""
        return json.loads(self.open(key_id, blob, context))

    def lookup_hash(self, kind: str, value: str) -> str:
        """Keyed hash of a normalised value (address, client IP) for indexed lookups."""
        return self.mac(f"{kind}:{normalise_address(value)}".encode())

    def address_hashes(self, address: str) -> list[str]:
        """Keyed hashes of every form ``address`` may have been indexed under (see
        ``address_forms``), for erase and export."""
        return sorted(self.mac(f"addr:{form}".encode()) for form in address_forms(address))

    def mac(self, data: bytes) -> str:
        """HMAC-SHA256 (hex) of ``data`` under the index key."""
        return hmac.new(self.index_key, data, hashlib.sha256).hexdigest()


def normalise_address(address: str) -> str:
    """Addresses compare case-insensitively and without angle brackets or spaces."""
    return address.strip().strip("<>").strip().lower()


def address_forms(address: str) -> frozenset[str]:
    """The normalised spellings of one mailbox that the index may hold: a domain in
    Unicode or in its ``xn--`` form (an SMTPUTF8 envelope and an ASCII header of the same
    message differ so), and a local part with or without quotes (``"john.doe"@x`` is
    ``john.doe@x``). The index keeps addresses as written, so a lookup tries each form.
    Sub-addresses (``name+tag@``) stay distinct: only their mail system knows them equal."""
    base = normalise_address(address)
    local, at, domain = base.rpartition("@")
    if not (at and local and domain):
        return frozenset({base})
    bare = local
    if len(local) >= 2 and local[0] == local[-1] == '"':
        bare = re.sub(r"\\(.)", r"\1", local[1:-1])
    quoted = '"' + bare.replace("\\", "\\\\").replace('"', '\\"') + '"'
    domains = domain_forms(domain)
    return frozenset(f"{part}@{name}" for part in {local, bare, quoted} for name in domains)


def same_mailbox(one: str, other: str) -> bool:
    """``one`` and ``other`` are spellings of one mailbox (see ``address_forms``)."""
    return bool(address_forms(one) & address_forms(other))


def domain_forms(domain: str) -> frozenset[str]:
    """A lower-cased domain as written, in ``xn--`` form and in Unicode."""
    return frozenset(
        {domain, _domain_form(domain, to_ascii=True), _domain_form(domain, to_ascii=False)}
    )


def _domain_form(domain: str, to_ascii: bool) -> str:
    """``domain`` with each label converted by Punycode alone (``bücher`` <->
    ``xn--bcher-kva``), or as it is where a label does not convert. Not Python's ``idna``
    codec: its IDNA 2003 mapping would make ``straße`` ``strasse``, another domain."""
    labels = []
    for label in domain.split("."):
        try:
            if to_ascii and not label.isascii():
                label = "xn--" + label.encode("punycode").decode("ascii")
            elif not to_ascii and label.startswith("xn--"):
                label = label[4:].encode("ascii").decode("punycode").lower()
        except UnicodeError:  # not a Punycode label: only as written
            return domain
        labels.append(label)
    return ".".join(labels)


def key_file_path(settings: Store, data_dir: Path) -> Path:
    """Where the key file lives."""
    return Path(settings.key_file) if settings.key_file else data_dir / "keys" / "store-keys.json"


def rotate_key_file(path: Path) -> str:
    """Add a new data key to the file and make it active; returns its id."""
    ring = KeyRing._from_file(path, 6)
    number = 1 + max((int(k[1:]) for k in ring.keys if k[1:].isdigit()), default=0)
    new_id = f"k{number}"
    keys = {**ring.keys, new_id: secrets.token_bytes(KEY_BYTES)}
    _write_key_file(path, keys, new_id, ring.index_key, replace=True)
    return new_id


def new_key_b64() -> str:
    """A fresh random key, base64, for ``MAILGUARD_STORE_KEYS`` / ``_INDEX_KEY``."""
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(FileExistsError):  # another process was first: use theirs
        _write_key_file(
            path, {"k1": secrets.token_bytes(KEY_BYTES)}, "k1", secrets.token_bytes(KEY_BYTES)
        )


def _write_key_file(
    path: Path, keys: dict[str, bytes], active: str, index_key: bytes, replace: bool = False
) -> None:
    """Write a complete file beside ``path``, then link or rename it into place, so a
    reader never sees a half-written file (``FileExistsError`` if another process won)."""
    document = {
        "version": _FILE_VERSION,
        "active": active,
        "keys": {k: base64.b64encode(v).decode() for k, v in keys.items()},
        "index_key": base64.b64encode(index_key).decode(),
    }
    staging = path.with_name(f".{path.name}.{secrets.token_hex(6)}")
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(staging, path)
        else:
            os.link(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def _decode_key(value: Any, what: str) -> bytes:
    try:
        key = base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        raise StoreKeyError(f"{what} is not valid base64") from None
    if len(key) != KEY_BYTES:
        raise StoreKeyError(f"{what} must be {KEY_BYTES} bytes (base64 of 32 random bytes)")
    return key


def _aad(context: str) -> bytes:
    return b"mailguard-queue:v1:" + context.encode()


def _what(context: str) -> str:
    """``raw:<id>`` -> ``the raw message of item <id>`` for error messages."""
    field, _, item_id = context.partition(":")
    return f"the {_FIELDS.get(field, field)} of item {item_id}"
