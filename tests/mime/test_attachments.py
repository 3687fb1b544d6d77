"""Zip listing: the central directory read as zipfile reads it, and no further than the cap."""

from __future__ import annotations

import base64
import io
import struct
import zipfile

import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.mime.attachments import ZipListing, inspect_zip


def _zipfile_listing(data: bytes, max_members: int) -> ZipListing:
    """The listing as zipfile.ZipFile gives it (the whole directory read, then cut)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return ZipListing((), False, False)
    kept = infos[:max_members]
    return ZipListing(
        tuple(i.filename[:255] for i in kept),
        any(i.flag_bits & 1 for i in kept),
        True,
        len(infos) > max_members,
    )


def _archive(names: list[str], comment: bytes = b"", zip64: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            with archive.open(name, "w", force_zip64=zip64) as member:
                member.write(b"data")
        archive.comment = comment
    return buffer.getvalue()


def _encrypted(data: bytes) -> bytes:
    flagged = bytearray(data)
    central = flagged.find(b"PK\x01\x02")
    flagged[central + 8] |= 1
    return bytes(flagged)


def _directory_only(count: int, zip64: bool = False) -> bytes:
    """A local header, then ``count`` central-directory entries named "a" and the end
    records saying where they are (no member data is needed to list them)."""
    local = struct.pack("<4s2B4HL2L2H", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0) + b"a"
    entry = struct.pack(
        "<4s4B4HL2L5H2L", b"PK\x01\x02", 20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0
    )
    directory = (entry + b"a") * count
    size, offset = len(directory), len(local)
    zip64_records = b""
    if zip64:
        zip64_records = struct.pack(
            "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, offset
        ) + struct.pack("<4sLQL", b"PK\x06\x07", 0, offset + size, 1)
        count, size, offset = 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, count & 0xFFFF, count & 0xFFFF, size, offset, 0
    )
    return local + directory + zip64_records + end


ARCHIVES = {
    "plain": _archive(["invoice.pdf", "notes/readme.txt"]),
    "utf8-names": _archive(["café.txt", "日本.txt"]),
    "nul-in-name": _archive(["evil.txt\x00.exe"]),
    "comment": _archive(["a.txt"], comment=b"archived by the finance team"),
    "end-record-in-comment": _archive(["a.txt"], comment=b"PK\x05\x06 lookalike"),
    "zip64": _archive(["big.bin", "b.txt"], zip64=True),
    "prepended": b"#!/bin/sh\nexit 0\n" + _archive(["a.txt", "b.txt"]),
    "encrypted": _encrypted(_archive(["secret.xlsx"])),
    "empty": _archive([]),
    "truncated-directory": _archive(["a.txt", "b.txt"])[:-40],
    "bad-entry": _archive(["a.txt"]).replace(b"PK\x01\x02", b"PK\x01\x09"),
    "not-a-zip": b"PK\x03\x04 and nothing else",
    "directory-only": _directory_only(5),
    "zip64-end-records": _directory_only(5, zip64=True),
}


@pytest.mark.parametrize("data", ARCHIVES.values(), ids=ARCHIVES.keys())
@pytest.mark.parametrize("max_members", [1, 1000])
def test_listing_is_what_zipfile_lists(data: bytes, max_members: int) -> None:
    assert inspect_zip(data, max_members) == _zipfile_listing(data, max_members)


@pytest.mark.timeout(60)  # a hang detector: zipfile read 400,000 entries in 1.8 s, 126 MB
def test_a_directory_past_the_cap_is_not_read_and_the_cap_is_a_finding() -> None:
    data = _directory_only(200_000)
    listing = inspect_zip(data, 3)
    assert listing == ZipListing(("a", "a", "a"), False, True, truncated=True)

    part = (
        "Content-Type: application/zip\nContent-Disposition: attachment; filename=a.zip\n"
        f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(data).decode()}"
    )
    raw = f'Content-Type: multipart/mixed; boundary="b"\n\n--b\n{part}\n--b--\n'.encode()
    message = parse_message(raw, Limits(max_archive_members=3))
    assert [f.entity for f in message.findings] == ["LIMIT_ARCHIVE_MEMBERS", "UNSCANNED_ATTACHMENT"]
    assert message.attachments[0].archive_members == ("a", "a", "a")
