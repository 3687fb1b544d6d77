"""Zip reading that trusts nothing the archive says about sizes.

The central directory is read one entry at a time and no further than a cap (``ZipFile``
reads it whole into an object per member first). A member is inflated lazily, a bounded
chunk at a time, so the caller stops a zip bomb by no longer asking for chunks.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import NamedTuple


class ZipEntry(NamedTuple):
    """A central-directory entry: what is needed to find and read the member."""

    name: str
    flags: int
    method: int
    compressed_size: int
    header_offset: int


class Directory(NamedTuple):
    """The entries read (at most the cap), whether the directory could be read, and
    whether entries past the cap were left unread."""

    entries: tuple[ZipEntry, ...]
    readable: bool
    truncated: bool = False


class ZipReadError(Exception):
    """A member that cannot be read: encrypted, an unknown method, or broken data."""


ENCRYPTED = 0x1
STORED, DEFLATED = 0, 8
CHUNK_BYTES = 64 * 1024  # inflated bytes handed out at a time
_UNREADABLE = Directory((), False)
# The zip format's records, as ``zipfile`` reads them (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.14-16).
_CENTRAL_DIRECTORY = struct.Struct("<4s4B4HL2L5H2L")
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_ENTRY_SIGNATURE = b"PK\x01\x02"
_LOCAL_SIGNATURE = b"PK\x03\x04"
_ZIP64_END_SIGNATURE = b"PK\x06\x06"
_ZIP64_END_BYTES = 56 + 20  # the zip64 end record and its locator, before the end record
_EXTRACT_VERSION, _FLAGS, _METHOD, _COMPRESSED = 3, 5, 6, 10
_NAME_LENGTH, _EXTRA_LENGTH, _COMMENT_LENGTH, _HEADER_OFFSET = 12, 13, 14, 18
_LOCAL_NAME_LENGTH, _LOCAL_EXTRA_LENGTH = 10, 11
_MAX_EXTRACT_VERSION = 63  # zipfile refuses later ones
_UTF8_NAME = 0x800
# Fields of ``zipfile._EndRecData``'s answer.
_END_SIGNATURE, _END_DIRECTORY_SIZE, _END_DIRECTORY_OFFSET, _END_LOCATION = 0, 5, 6, 9


def read_directory(data: bytes, max_entries: int) -> Directory:
    """The central directory's entries, at most ``max_entries`` of them, read as ``ZipFile``
    reads them (same end record, names and checks; offsets moved by any data prepended)."""
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
    prepended = start - end[_END_DIRECTORY_OFFSET]
    entries: list[ZipEntry] = []
    at, stop = start, min(start + size, len(data))
    while at < start + size:
        if len(entries) == max_entries:
            return Directory(tuple(entries), True, truncated=True)
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
        entries.append(
            ZipEntry(
                zipfile.ZipInfo(name).filename[:255],  # cut at a NUL, as ZipFile does
                flags,
                entry[_METHOD],
                entry[_COMPRESSED],
                entry[_HEADER_OFFSET] + prepended,
            )
        )
        at = name_at + entry[_NAME_LENGTH] + entry[_EXTRA_LENGTH] + entry[_COMMENT_LENGTH]
    return Directory(tuple(entries), True)


def member_chunks(data: bytes, entry: ZipEntry) -> Iterator[bytes]:
    """The member's inflated bytes, at most ``CHUNK_BYTES`` at a time.

    No size the archive declares bounds the output: a deflate stream ends where it says it
    ends, or at the end of ``data``; stopping early is the caller's job.

    Raises:
        ZipReadError: the member is encrypted, not stored or deflated, or its data is broken.
    """
    if entry.flags & ENCRYPTED:
        raise ZipReadError("encrypted")
    try:
        header = _LOCAL_HEADER.unpack_from(data, entry.header_offset)
    except struct.error:
        raise ZipReadError("no local header") from None
    if header[0] != _LOCAL_SIGNATURE:
        raise ZipReadError("no local header")
    start = (
        entry.header_offset
        + _LOCAL_HEADER.size
        + header[_LOCAL_NAME_LENGTH]
        + header[_LOCAL_EXTRA_LENGTH]
    )
    if entry.method == STORED:  # no end marker: the directory's size, within the data
        end = min(start + entry.compressed_size, len(data))
        for at in range(start, end, CHUNK_BYTES):
            yield data[at : min(at + CHUNK_BYTES, end)]
        return
    if entry.method != DEFLATED:
        raise ZipReadError("compression method")
    yield from _inflate(memoryview(data)[start:])


def _inflate(stream: memoryview) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    at = 0
    pending = b""
    while not inflater.eof:
        if not pending:
            if at >= len(stream):
                raise ZipReadError("truncated")
            pending = bytes(stream[at : at + CHUNK_BYTES])
            at += CHUNK_BYTES
        try:
            chunk = inflater.decompress(pending, CHUNK_BYTES)
        except zlib.error:
            raise ZipReadError("broken deflate data") from None
        pending = inflater.unconsumed_tail
        if chunk:
            yield chunk
