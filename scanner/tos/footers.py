"""Copies of training spam wearing the compliant bulk-mail footer of the synthetic ham.

Only the synthetic nonprofit ham has an unsubscribe link, a ``/preferences`` link, a postal
address and ``List-Unsubscribe`` headers: the corpus stripping removes ``List-*`` headers
and the 2002 spam rarely has the rest. A model trained on both learns those template tokens
as evidence of ham (the model card's known weakness), so spam that copies the footer scores
lower. Adding copies of training spam with the same footer makes the template evidence of
neither class. Only spam on the training side is copied: validation copies the training
blocks' spam, never the block it scores.

Which spam is copied is fixed by a hash of its id, so the copies of a larger share include
those of a smaller one, whatever the order or fold. Each copy's footer is drawn from the
English bank of ``synthetic_banks`` with a generator seeded by the id: the same message
always gets the same footer.
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import random
import re
from collections.abc import Sequence
from dataclasses import replace
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from email.utils import parseaddr

from scanner.tos.corpus import Example
from scanner.tos.synthetic_banks import ENGLISH

GROUP = "synthetic-footer-spam"
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)
_DOMAIN = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def footer_spam(examples: Sequence[Example], share: float, seed: int) -> list[Example]:
    """Footer copies of ``share`` (0..1) of the spam in ``examples``; spam whose text parts
    cannot be re-encoded, or that has none, is not copied."""
    copies = []
    for example in examples:
        if example.spam and chosen(example.id, share, seed):
            copy = with_footer(example, seed)
            if copy is not None:
                copies.append(copy)
    return copies


def chosen(example_id: str, share: float, seed: int) -> bool:
    """Whether ``example_id`` is in the copied ``share``: nested as the share grows."""
    digest = hashlib.sha256(f"{seed}:{example_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def with_footer(example: Example, seed: int) -> Example | None:
    """``example`` with ``List-Unsubscribe`` headers and a footer in each text part (the
    text and HTML forms the synthetic ham uses), or None when it has no text part, one
    cannot be decoded and encoded again, or its MIME structure is defective (writing it
    out again would repair it, and the copy would differ in more than the footer)."""
    message = message_from_bytes(example.raw, policy=compat32)
    if any(part.defects for part in message.walk()):
        return None
    rng = random.Random(f"{seed}:{example.id}")
    domain = _sender_domain(message)
    unsubscribe = f"https://{domain}/u/{rng.getrandbits(40):010x}"
    org = domain.split(".")[0].capitalize()
    address = ENGLISH.address.format(
        org=org,
        number=rng.randint(1, 999),
        street=rng.choice(ENGLISH.streets),
        place=rng.choice(ENGLISH.places),
    )
    plain = f"\n\n{address}\n{ENGLISH.unsubscribe}: {unsubscribe}\n"
    html = (
        f'<p style="font-size:12px;color:#666">{address}<br>'
        f'<a href="{unsubscribe}">{ENGLISH.unsubscribe}</a> | '
        f'<a href="https://{domain}/preferences">{ENGLISH.preferences}</a></p>'
    )
    parts = [p for p in message.walk() if _footed_part(p)]
    if not parts or not all(_add_footer(p, plain, html) for p in parts):
        return None
    message["List-Unsubscribe"] = f"<{unsubscribe}>, <mailto:unsubscribe@{domain}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    raw = message.as_bytes(policy=compat32)
    return replace(example, id=f"{GROUP}/{example.id}", group=GROUP, raw=raw)


def _sender_domain(message: Message) -> str:
    domain = parseaddr(str(message.get("From", "")))[1].rpartition("@")[2].lower()
    return domain if _DOMAIN.match(domain) else "example.com"


def _footed_part(part: Message) -> bool:
    return (
        not part.is_multipart()
        and part.get_content_type() in ("text/plain", "text/html")
        and part.get_content_disposition() != "attachment"
    )


def _add_footer(part: Message, plain: str, html: str) -> bool:
    """Append the footer to one text part in its own charset and transfer encoding."""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    charset = part.get_content_charset()
    # Undeclared or ASCII text with 8-bit bytes: Latin-1 keeps every byte as it was.
    charset = "latin-1" if charset in (None, "us-ascii") else charset
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return False
    try:
        text = payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return False
    if part.get_content_type() == "text/html":
        ends = list(_BODY_END.finditer(text))
        at = ends[-1].start() if ends else len(text)
        text = text[:at] + html + text[at:]
    else:
        text += plain
    data = text.encode(charset)
    if encoding == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif encoding == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    return True
