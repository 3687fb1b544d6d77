"""Synthetic outbound nonprofit mail used as extra ham in training and validation.

The public corpus is inbound mail from 2002-2003; it has almost no legitimate HTML bulk mail,
so a model trained on it alone learns "HTML newsletter = spam" and would hold our customers'
newsletters. These messages are generated here from phrase banks (written for this project,
no third-party text; same licence as the code), deterministically for a seed: newsletters,
appeals, donation receipts, event invitations and volunteer updates from fictional
organisations, compliant with bulk-mail rules (List-Unsubscribe with one-click, postal
address, unsubscribe link), as plain text, HTML with a plain alternative, or HTML only.

``nonprofit_ham`` writes English mail. ``multilingual_ham`` writes the same kinds of mail in
German, Spanish, French, Japanese and Chinese (phrase banks in
``scanner.tos.synthetic_banks``), in the charsets such senders use (UTF-8 as
quoted-printable or base64, ISO-8859-1, ISO-2022-JP, GB2312). ``fairness_ham`` writes a
held-apart set in all six languages from other organisations and other paragraphs, never
trained on: validation measures on it whether a candidate flags non-English nonprofit mail
more than English. Documented in models/tos/MODEL_CARD.md.
"""

from __future__ import annotations

import base64
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime

from scanner.tos.corpus import Example
from scanner.tos.synthetic_banks import ENGLISH, NON_ENGLISH, Language

GROUP = "synthetic-nonprofit-ham"
MULTILINGUAL_GROUP = "synthetic-multilingual-ham"
FAIRNESS_GROUP = "synthetic-fairness-ham"
# Plain text only, HTML with a plain alternative, or HTML only (many mailing tools send that).
_LAYOUTS = ("plain", "alternative", "html")
_LAYOUT_WEIGHTS = (2, 5, 3)
# Headers set raw (legacy-charset encoded words) are written as they are, not re-encoded.
_OUTPUT = default.clone(refold_source="none")
_ENCODED_WORD_CHARS = 15  # characters per encoded word: short header lines in any charset


def nonprofit_ham(count: int, seed: int) -> list[Example]:
    """``count`` synthetic English outbound nonprofit messages, labelled ham, for a seed."""
    rng = random.Random(seed)
    return [
        Example(f"{GROUP}/{index:05d}", GROUP, _message(rng, index, ENGLISH), 0)
        for index in range(count)
    ]


def multilingual_ham(count: int, seed: int) -> list[Example]:
    """``count`` synthetic non-English nonprofit messages (a language drawn for each),
    labelled ham, for a seed; from the trained-on organisations and paragraphs."""
    rng = random.Random(seed)
    examples = []
    for index in range(count):
        language = rng.choice(NON_ENGLISH)
        raw = _message(rng, index, language)
        examples.append(Example(f"{MULTILINGUAL_GROUP}/{index:05d}", MULTILINGUAL_GROUP, raw, 0))
    return examples


def fairness_ham(per_language: int, seed: int) -> list[tuple[str, Example]]:
    """The held-apart fairness set: ``per_language`` messages in each language, English
    first, as (language code, example), from the spare organisations and paragraphs."""
    rng = random.Random(seed)
    return [
        (language.code, Example(f"fairness/{language.code}/{index:03d}", FAIRNESS_GROUP,
                                _message(rng, index, language, spare=True), 0))
        for language in (ENGLISH, *NON_ENGLISH)
        for index in range(per_language)
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Drawn:
    """Everything one message draws from the generator's random stream."""

    org: str
    domain: str
    paragraphs: list[str]
    address: str
    unsubscribe: str
    sender: str
    subject: str
    sent: datetime
    message_id: str
    link: str
    label: str
    layout: str
    charset: str
    cte: str | None


def _message(rng: random.Random, index: int, lang: Language, spare: bool = False) -> bytes:
    """One message in ``lang`` (``spare``: from the held-apart organisations and
    paragraphs)."""
    return _compose(_draw(rng, lang, spare), lang, index)


def _draw(rng: random.Random, lang: Language, spare: bool) -> _Drawn:
    """Draw one message's content. The order of draws is fixed: English output for a seed
    must stay byte-identical (models record the digest of their training data)."""
    org, domain = rng.choice(lang.spare_orgs if spare else lang.orgs)
    kind = rng.choice(tuple(lang.subjects))
    fill = {
        "org": org, "month": rng.choice(lang.months), "day": rng.choice(lang.days),
        "event": rng.choice(lang.events), "work": rng.choice(lang.work),
        "count": rng.randint(12, 900), "amount": rng.choice(lang.amounts),
    }  # fmt: skip
    bank = lang.spare_paragraphs if spare else lang.paragraphs
    paragraphs = [p.format(**fill) for p in rng.sample(bank, rng.randint(2, 5))]
    number, street, place = rng.randint(1, 999), rng.choice(lang.streets), rng.choice(lang.places)
    unsubscribe = f"https://{domain}/u/{rng.getrandbits(40):010x}"
    sender = f"{rng.choice(lang.senders)}@{domain}"
    subject = rng.choice(lang.subjects[kind]).format(**fill)
    sent = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 500_000))
    message_id = f"<{rng.getrandbits(64):016x}@{domain}>"
    link = f"https://{domain}/{rng.choice(lang.paths)}"
    label = rng.choice(lang.labels)
    layout = rng.choices(_LAYOUTS, _LAYOUT_WEIGHTS)[0]
    # English has one encoding and draws none, so its stream is the same as before.
    charset, cte = rng.choice(lang.encodings) if len(lang.encodings) > 1 else lang.encodings[0]
    address = lang.address.format(org=org, number=number, street=street, place=place)
    return _Drawn(org, domain, paragraphs, address, unsubscribe, sender, subject, sent,
                  message_id, link, label, layout, charset, cte)  # fmt: skip


def _compose(d: _Drawn, lang: Language, index: int) -> bytes:
    """The message's bytes: compliant bulk-mail headers, then the drawn layout."""
    message = EmailMessage()
    _set_text(message, "From", d.org, d.charset, f" <{d.sender}>")
    message["To"] = f"member{index}@example.com"
    _set_text(message, "Subject", d.subject, d.charset)
    message["Date"] = format_datetime(d.sent)
    message["Message-ID"] = d.message_id
    message["List-Unsubscribe"] = f"<{d.unsubscribe}>, <mailto:unsubscribe@{d.domain}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    shown = [_break_lines(p, lang.break_after) for p in d.paragraphs]
    plain = (
        "\n\n".join(shown) + f"\n\n{lang.more}: {d.link}\n\n{d.address}\n"
        f"{lang.unsubscribe}: {d.unsubscribe}\n"
    )
    html = ("\n" if lang.break_after else "").join(
        [
            "<html><body>",
            f"<h1>{d.org}</h1>",
            f"<p>{lang.greeting}</p>",
            *(f"<p>{p}</p>" for p in d.paragraphs),
            f'<p><a href="{d.link}">{d.label}</a></p>',
            f'<p style="font-size:12px;color:#666">{d.address}<br>'
            f'<a href="{d.unsubscribe}">{lang.unsubscribe}</a> | '
            f'<a href="https://{d.domain}/preferences">{lang.preferences}</a></p>',
            "</body></html>",
        ]
    )
    if d.layout == "html":
        message.set_content(html, subtype="html", charset=d.charset, cte=d.cte)
        return message.as_bytes(policy=_OUTPUT)
    message.set_content(f"{lang.greeting}\n\n{plain}", charset=d.charset, cte=d.cte)
    if d.layout == "alternative":
        message.add_alternative(html, subtype="html", charset=d.charset, cte=d.cte)
        message.set_boundary(f"=_mailguard_{index:06d}")  # the default one is random
    return message.as_bytes(policy=_OUTPUT)


def _set_text(message: EmailMessage, name: str, text: str, charset: str, after: str = "") -> None:
    """Add header ``name``: ``text`` + ``after``. Non-ASCII text in a legacy charset is
    written as encoded words in that charset, as senders using it do (the library itself
    would re-encode it as UTF-8)."""
    if charset == "utf-8" or text.isascii():
        message[name] = text + after
    else:  # a display name is one word: decoders may put a space between two
        size = len(text) if after else _ENCODED_WORD_CHARS
        message.set_raw(name, _encoded_words(text, charset, size) + after)


def _encoded_words(text: str, charset: str, size: int) -> str:
    """RFC 2047 B-encoded words of ``text`` in ``charset``, about ``size`` characters each,
    one per line."""
    label = charset.upper()
    return "\n ".join(
        f"=?{label}?B?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="
        for chunk in _chunks(text, size)
    )


def _chunks(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of about ``size`` characters, at spaces where it has any."""
    pieces = re.findall(r"\S+\s*", text) if " " in text else [text]
    out = [""]
    for piece in pieces:
        for start in range(0, len(piece), size):
            part = piece[start : start + size]
            if out[-1] and len(out[-1]) + len(part) > size:
                out.append("")
            out[-1] += part
    return out


def _break_lines(paragraph: str, after: str) -> str:
    """``paragraph`` with a line break after each character of ``after`` inside it."""
    if not after:
        return paragraph
    return re.sub(f"([{re.escape(after)}])(?=.)", "\\1\n", paragraph)
