"""Message sources for ``scanner scan``: .eml files, directories, mbox files, stdin."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from scanner.errors import InputError

_MBOX_SEPARATOR = b"From "
_ESCAPED_FROM = re.compile(rb"^>(>*From )")


@dataclass(frozen=True, slots=True)
class RawMessage:
    """Raw bytes of one message and its id: a file path, ``path#index`` in an mbox, or ``-``."""

    id: str
    raw: bytes


def check_paths(paths: list[str]) -> None:
    """Fail before scanning anything if an input does not exist."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise InputError(f"no such file or directory: {path}")


def iter_messages(paths: list[str]) -> Iterator[RawMessage]:
    """Every message in ``paths``, in order. Directories are walked recursively, sorted."""
    for path in paths:
        if path == "-":
            yield from _from_stream("-", sys.stdin.buffer)
            continue
        target = Path(path)
        files = (
            sorted(p for p in target.rglob("*") if p.is_file() and not p.name.startswith("."))
            if target.is_dir()
            else [target]
        )
        for file in files:
            try:
                with file.open("rb") as handle:
                    yield from _from_stream(str(file), handle)
            except OSError as exc:
                raise InputError(f"cannot read {file}: {exc.strerror}") from None


def _from_stream(name: str, handle: BinaryIO) -> Iterator[RawMessage]:
    """One message, or several if the stream is an mbox (starts with a ``From `` line)."""
    first = handle.readline()
    if not first.startswith(_MBOX_SEPARATOR):
        yield RawMessage(name, first + handle.read())
        return
    for index, raw in enumerate(_split_mbox(first, handle)):
        yield RawMessage(f"{name}#{index}", raw)


def _split_mbox(first: bytes, handle: BinaryIO) -> Iterator[bytes]:
    """Split an mbox (mboxrd quoting) one message at a time, without loading it whole."""
    lines: list[bytes] = [first]
    previous_blank = False
    for line in handle:
        if line.startswith(_MBOX_SEPARATOR) and previous_blank:
            yield _unquote(lines)
            lines = []
        lines.append(line)
        previous_blank = line in (b"\n", b"\r\n")
    yield _unquote(lines)


def _unquote(lines: list[bytes]) -> bytes:
    """Drop the ``From `` separator, the blank line before the next one, and unquote >From."""
    body = lines[1:]
    if body and body[-1] in (b"\n", b"\r\n"):
        body = body[:-1]
    return b"".join(_ESCAPED_FROM.sub(rb"\1", line) for line in body)
