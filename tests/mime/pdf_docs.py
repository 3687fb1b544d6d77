"""PDF files built from literal objects, for the extraction tests (no binary fixtures)."""

from __future__ import annotations

import io
import zlib

from pypdf import PdfReader, PdfWriter

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


def content(*lines: str) -> bytes:
    """A content stream writing ``lines`` one below another in Helvetica."""
    shown = b" T* ".join(b"(" + _escape(line) + b") Tj" for line in lines)
    return b"BT /F1 12 Tf 14 TL 72 720 Td " + shown + b" ET"


def stream(data: bytes, flate: bool = False) -> bytes:
    """A stream object's bytes, its data deflated when ``flate``."""
    if flate:
        data = zlib.compress(data, 9)
    head = b"<< /Length %d%s >>" % (len(data), b" /Filter /FlateDecode" if flate else b"")
    return head + b"\nstream\n" + data + b"\nendstream"


IMAGE = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray "
IMAGE += b"/BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
DRAW_IMAGE = b"q 612 0 0 792 0 0 cm /Im1 Do Q"


def form(*lines: str) -> bytes:
    """A form XObject writing ``lines`` (drawn by a page as ``/Fm1 Do``, see ``pdf``)."""
    body = content(*lines)
    return (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Length %d >>\nstream\n"
        % len(body)
        + body
        + b"\nendstream"
    )


def pdf(*streams: bytes, image: bool = False, xobject: bytes | None = None) -> bytes:
    """A PDF with one page per content stream object (as made by ``stream``); with ``image``,
    every page may draw one image as ``/Im1``; with ``xobject`` (``form``), that as ``/Fm1``."""
    count = len(streams)
    xobjects = b" /XObject << /Im1 %d 0 R >>" % (4 + 2 * count) if image else b""
    if xobject is not None:
        xobjects = b" /XObject << /Fm1 %d 0 R >>" % (4 + 2 * count)
    page_ids = [4 + 2 * i for i in range(count)]
    kids = b" ".join(b"%d 0 R" % n for n in page_ids)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        FONT,
    ]
    for n, body in zip(page_ids, streams, strict=True):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >>%s >> /Contents %d 0 R >>" % (xobjects, n + 1)
        )
        objects.append(body)
    if image:
        objects.append(IMAGE)
    elif xobject is not None:
        objects.append(xobject)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_pdf(*pages: tuple[str, ...], flate: bool = False) -> bytes:
    """A PDF whose n-th page writes the n-th tuple of lines."""
    return pdf(*(stream(content(*lines), flate) for lines in pages))


def encrypted(data: bytes, user_password: str, owner_password: str = "owner") -> bytes:
    """``data`` encrypted (AES-256) with these passwords, by pypdf's writer."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
