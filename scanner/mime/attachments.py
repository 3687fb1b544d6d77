"""Attachment classification: which parts are text we can scan, what the rest really is."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import NamedTuple

from scanner.mime.zipread import ENCRYPTED, Directory, read_directory

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


def inspect_zip(data: bytes, max_members: int) -> ZipListing:
    """List a zip's member names, at most ``max_members`` of them."""
    return zip_listing(read_directory(data, max_members))


def zip_listing(directory: Directory) -> ZipListing:
    """What ``directory`` says about the zip's members, as a ``ZipListing``."""
    if not directory.readable:
        return ZipListing((), False, False)
    return ZipListing(
        tuple(e.name for e in directory.entries),
        any(e.flags & ENCRYPTED for e in directory.entries),
        True,
        directory.truncated,
    )
