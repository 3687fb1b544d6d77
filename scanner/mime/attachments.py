"""Attachment classification: which parts are text we can scan, what the rest really is."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import PurePosixPath
from typing import NamedTuple

TEXT_TYPES = frozenset(
    {
        "application/json", "application/xml", "application/csv", "application/x-csv",
        "application/ics", "application/vcard", "application/x-vcard", "application/rtf",
        "application/x-yaml", "application/yaml", "application/javascript",
    }
)  # fmt: skip
TEXT_EXTENSIONS = frozenset(
    {
        ".txt", ".csv", ".tsv", ".json", ".ics", ".vcf", ".xml", ".md", ".log", ".yaml",
        ".yml", ".htm", ".html", ".eml", ".rtf",
    }
)  # fmt: skip
# Leading bytes of common binary formats (first match wins).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"MZ", "pe"),
    (b"\x7fELF", "elf"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!\x1a\x07", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"\xca\xfe\xba\xbe", "macho"),
    (b"\xcf\xfa\xed\xfe", "macho"),
)


def sniff(data: bytes) -> str:
    """A short name for the real format of ``data``: from its magic bytes, else text/binary."""
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    sample = data[:4096]
    if not sample:
        return "empty"
    if b"\x00" in sample:
        return "binary"
    return "text"


def is_text_like(content_type: str, filename: str) -> bool:
    """True for parts whose declared type or name says they are text."""
    main = content_type.split("/", 1)[0]
    if main == "text" or content_type in TEXT_TYPES or content_type.endswith("+xml"):
        return True
    return PurePosixPath(filename.lower()).suffix in TEXT_EXTENSIONS


class ZipListing(NamedTuple):
    """What a zip's central directory says: member names (at most the cap), whether one is
    encrypted, whether the directory could be read, and whether members past the cap were
    left unread."""

    names: tuple[str, ...]
    encrypted: bool
    readable: bool
    truncated: bool = False


_UNREADABLE = ZipListing((), False, False)
# The zip format's records, as ``zipfile`` reads them (APPNOTE.TXT 4.3.12, 4.3.14-16).
_CENTRAL_DIRECTORY = struct.Struct("<4s4B4HL2L5H2L")
_ENTRY_SIGNATURE = b"PK\x01\x02"
_ZIP64_END_SIGNATURE = b"PK\x06\x06"
_ZIP64_END_BYTES = 56 + 20  # the zip64 end record and its locator, before the end record
_EXTRACT_VERSION, _FLAGS, _NAME_LENGTH, _EXTRA_LENGTH, _COMMENT_LENGTH = 3, 5, 12, 13, 14
_MAX_EXTRACT_VERSION = 63  # zipfile refuses later ones
_UTF8_NAME = 0x800
_ENCRYPTED = 0x1
# Fields of ``zipfile._EndRecData``'s answer.
_END_SIGNATURE, _END_DIRECTORY_SIZE, _END_LOCATION = 0, 5, 9


def inspect_zip(data: bytes, max_members: int) -> ZipListing:
    """List a zip's member names, at most ``max_members`` of them.

    ``zipfile.ZipFile`` reads the whole central directory into an object per member before
    anything can be asked: millions of entries cost hundreds of megabytes. The entries are
    read here one at a time, as ``ZipFile`` reads them (same end record, names, checks), and
    reading stops at the cap.
    """
    try:
        end = zipfile._EndRecData(io.BytesIO(data))  # type: ignore[attr-defined]  # ZipFile's own
    except (zipfile.BadZipFile, OSError, ValueError, struct.error):
        return _UNREADABLE
    if not end:
        return _UNREADABLE
    size = end[_END_DIRECTORY_SIZE]
    start = end[_END_LOCATION] - size  # where the directory is, whatever came before
    if end[_END_SIGNATURE] == _ZIP64_END_SIGNATURE:
        start -= _ZIP64_END_BYTES
    if start < 0:
        return _UNREADABLE
    names: list[str] = []
    encrypted = False
    at, stop = start, min(start + size, len(data))
    while at < start + size:
        if len(names) == max_members:
            return ZipListing(tuple(names), encrypted, True, truncated=True)
        if at + _CENTRAL_DIRECTORY.size > stop:
            return _UNREADABLE  # truncated directory
        entry = _CENTRAL_DIRECTORY.unpack_from(data, at)
        if entry[0] != _ENTRY_SIGNATURE:
            return _UNREADABLE
        flags = entry[_FLAGS]
        name_at = at + _CENTRAL_DIRECTORY.size
        name_end = min(name_at + entry[_NAME_LENGTH], stop)
        try:
            name = data[name_at:name_end].decode("utf-8" if flags & _UTF8_NAME else "cp437")
        except UnicodeDecodeError:
            return _UNREADABLE
        if entry[_EXTRACT_VERSION] > _MAX_EXTRACT_VERSION:
            return _UNREADABLE
        names.append(zipfile.ZipInfo(name).filename[:255])  # cut at a NUL, as ZipFile does
        encrypted = encrypted or bool(flags & _ENCRYPTED)
        at = name_at + entry[_NAME_LENGTH] + entry[_EXTRA_LENGTH] + entry[_COMMENT_LENGTH]
    return ZipListing(tuple(names), encrypted, True)
