"""``review-queue keys rotate``: a new data key for new items; old keys keep decrypting."""

from __future__ import annotations

import argparse
import sys

from review_queue.commands import open_service, require_queue
from review_queue.crypto import KeyRing, key_file_path, rotate_key_file
from review_queue.service import CLI
from review_queue.store.types import StoreKeyError
from scanner.clikit import EXIT_OK
from scanner.config import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("keys", help="encryption keys of held messages")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "rotate", help="add a key to the key file and use it for new items"
    ).set_defaults(handler=_rotate)


def _rotate(args: argparse.Namespace, settings: Settings) -> int:
    if settings.store.keys.get_secret_value():
        raise StoreKeyError(
            "keys come from MAILGUARD_STORE_KEYS: rotate by prepending a new id:key to it"
        )
    require_queue(settings)  # a mistyped --data-dir must not get a key file of its own
    KeyRing.load(settings.store, settings.data_dir)  # creates the file on first use
    new_id = rotate_key_file(key_file_path(settings.store, settings.data_dir))
    with open_service(settings) as service:
        service.record_audit(CLI.name, "key_rotate", key=new_id)
    sys.stdout.write(f"new items are now encrypted with key {new_id}\n")
    return EXIT_OK
