"""Footer copies of training spam: the synthetic ham's compliant footer, nothing else changed."""

from __future__ import annotations

import base64
import quopri
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.policy import compat32

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.corpus import Example
from scanner.tos.features import tokens
from scanner.tos.footers import GROUP, chosen, footer_spam, with_footer

SEED = 7


def _spam(raw: bytes, number: int = 1) -> Example:
    return Example(f"spam-1/{number:05d}", "spam-1", raw, 1)


def _alternative() -> bytes:
    message = EmailMessage()
    message["From"] = "Deals <promo@offers.example.net>"
    message["Subject"] = "CASH PRIZE"
    message.set_content("Claim your cash prize now.\n")
    message.add_alternative("<html><body><p>Claim your <b>cash</b> prize</p></BODY></html>",
                            subtype="html")  # fmt: skip
    return message.as_bytes()


def _texts(raw: bytes) -> dict[str, str]:
    message = message_from_bytes(raw, policy=compat32)
    return {
        part.get_content_type(): part.get_payload(decode=True).decode(
            part.get_content_charset() or "latin-1"
        )
        for part in message.walk()
        if not part.is_multipart()
    }


def test_each_text_part_gets_the_footer_and_the_headers_are_added() -> None:
    original = _spam(_alternative())
    copy = with_footer(original, SEED)
    assert copy is not None
    assert (copy.id, copy.group, copy.spam) == (f"{GROUP}/spam-1/00001", GROUP, 1)
    message = message_from_bytes(copy.raw, policy=compat32)
    assert message["List-Unsubscribe"].startswith("<https://offers.example.net/u/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    texts = _texts(copy.raw)
    before = _texts(original.raw)
    assert texts["text/plain"].startswith(before["text/plain"])
    assert "Unsubscribe: https://offers.example.net/u/" in texts["text/plain"]
    html = texts["text/html"]
    assert html.index("https://offers.example.net/preferences") < html.index("</BODY>")
    added = set(tokens(parse_message(copy.raw, Limits()))) - set(
        tokens(parse_message(original.raw, Limits()))
    )
    assert {"b:unsubscribe", "b:preferences", "up:preferences"} <= added


def test_the_same_message_always_gets_the_same_footer() -> None:
    original = _spam(_alternative())
    first, again = with_footer(original, SEED), with_footer(original, SEED)
    assert first is not None and again is not None
    assert first.raw == again.raw
    other = with_footer(original, SEED + 1)
    assert other is not None and other.raw != first.raw


def _part(payload: bytes, charset: str, encoding: str) -> bytes:
    return (
        f"From: a@spam.example\nSubject: x\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset={charset}\n"
        f"Content-Transfer-Encoding: {encoding}\n\n"
    ).encode() + payload


def test_encoded_parts_keep_their_charset_and_transfer_encoding() -> None:
    text = "Gagnez un prix énorme\n".encode("iso-8859-1")
    for encoding, payload in (
        ("base64", base64.encodebytes(text)),
        ("quoted-printable", quopri.encodestring(text)),
        ("8bit", text),
    ):
        copy = with_footer(_spam(_part(payload, "iso-8859-1", encoding)), SEED)
        assert copy is not None, encoding
        part = message_from_bytes(copy.raw, policy=compat32)
        assert part["Content-Transfer-Encoding"] == encoding
        body = part.get_payload(decode=True)
        assert body.startswith(text), encoding  # the original bytes, then the footer
        assert b"Unsubscribe: https://spam.example/u/" in body


def test_undeclared_8bit_text_keeps_every_byte() -> None:
    raw = b"From: a@spam.example\nSubject: x\n\nPrix \xe9norme \x93now\x94\n"
    copy = with_footer(_spam(raw), SEED)
    assert copy is not None
    assert b"Prix \xe9norme \x93now\x94\n" in copy.raw


def test_messages_that_cannot_be_copied_faithfully_are_skipped() -> None:
    no_text = _spam(
        b"From: a@spam.example\nContent-Type: application/pdf\n"
        b"Content-Transfer-Encoding: base64\n\nJVBERi0=\n"
    )
    unknown_charset = _spam(_part(b"hello\n", "x-no-such-charset", "7bit"))
    undecodable = _spam(_part(b"\xff\xfe\xfd\n", "utf-8", "8bit"))
    unclosed = _spam(
        b"From: a@spam.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
        b'boundary="B"\n\n--B\nContent-Type: text/plain\n\nhello\n'
    )
    for example in (no_text, unknown_charset, undecodable, unclosed):
        assert with_footer(example, SEED) is None


def test_the_copied_share_is_nested_and_only_spam_is_copied() -> None:
    spam = [_spam(_alternative(), n) for n in range(200)]
    ham = [Example(f"easy-ham-1/{n:05d}", "easy-ham-1", _alternative(), 0) for n in range(20)]
    assert footer_spam(spam + ham, 0.0, SEED) == []
    everything = {e.id for e in footer_spam(spam + ham, 1.0, SEED)}
    assert everything == {f"{GROUP}/{e.id}" for e in spam}
    quarter = {e.id for e in spam if chosen(e.id, 0.25, SEED)}
    half = {e.id for e in spam if chosen(e.id, 0.5, SEED)}
    assert quarter < half and 25 <= len(quarter) <= 75 and 70 <= len(half) <= 130
    assert {e.id for e in footer_spam(spam, 0.5, SEED)} == {f"{GROUP}/{i}" for i in half}


def _walk(raw: bytes) -> list[Message]:
    return list(message_from_bytes(raw, policy=compat32).walk())


def test_attachments_are_left_alone() -> None:
    message = EmailMessage()
    message["From"] = "a@spam.example"
    message.set_content("Open the attachment.\n")
    message.add_attachment("secret notes\n", filename="notes.txt")
    copy = with_footer(_spam(message.as_bytes()), SEED)
    assert copy is not None
    attachment = [p for p in _walk(copy.raw) if p.get_content_disposition() == "attachment"]
    assert attachment[0].get_payload(decode=True) == b"secret notes\n"
