"""Optional token families on top of the base features of ``scanner.tos.features``.

Each family is a named function of the parsed message. A model records the families it was
trained with (``meta.json`` ``feature_families``) and is scored with exactly those, so adding
a family here never changes what an existing model sees; changing one does (for v7
``header-names`` stopped emitting the names the corpus stripping removes, so a v6 file,
no longer shipped, would not be scored as it was trained). Which families the shipped
model uses was chosen on validation (``scanner eval --validation``,
docs/eval-tos-validation.md); the others stay here because that report evaluates them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from scanner.mime.extract import UNSPACED_SCRIPT_CHARS
from scanner.model import ParsedMessage, SegmentKind
from scanner.tos.artefacts import stripped_header
from scanner.tos.domains import address_domain, registrable, url_host

MAX_URLS = 200  # URLs read per message, as in the base URL tokens
MAX_BIGRAM_WORDS = 400  # words per segment turned into bigrams
MAX_UNSPACED_CHARS = 4000  # characters per segment read for unspaced-script bigrams
_WORD = re.compile(r"[^\W\d_][^\W_]{1,23}")
_DIGIT = re.compile(r"\d")
_LONG_NUMBER = re.compile(r"\d{4,}")
# Runs of scripts written without spaces between words (CJK, Thai...).
_UNSPACED_RUN = re.compile(f"[{UNSPACED_SCRIPT_CHARS}]+")

Family = Callable[[ParsedMessage], list[str]]


def header_names(message: ParsedMessage) -> list[str]:
    """Which headers the message has (``hn:in-reply-to``): the sending client's layout.

    Names that the corpus stripping removes (``artefacts.stripped_header``: ``List-*``,
    ``Precedence``, ``Sender``, ``Received``...) give no token, in any message, at training
    and at scoring alike. The corpus never carries them, so their weight could be learned
    only from the synthetic ham: v6 learned ``List-Unsubscribe`` and
    ``List-Unsubscribe-Post`` (which every synthetic newsletter has) as strong ham
    evidence, and spam that added them scored lower."""
    names = dict.fromkeys(n.lower() for n, _ in message.headers)
    return ["hn:" + name[:30] for name in names if not stripped_header(name)]


def transfer_encoding(message: ParsedMessage) -> list[str]:
    """The top-level Content-Transfer-Encoding."""
    value = (message.header("Content-Transfer-Encoding") or "(none)").strip().lower()
    return ["cte:" + value[:20]]


def subject_chars(message: ParsedMessage) -> list[str]:
    """Character 4-grams of the subject (catches obfuscated and run-together words)."""
    subject = " " + " ".join((message.header("Subject") or "").lower().split()) + " "
    return ["sc:" + subject[i : i + 4] for i in range(len(subject) - 3)][:200]


def url_structure(message: ParsedMessage) -> list[str]:
    """Per distinct URL: subdomain labels, port, query, escapes, ``~``, long numbers in the
    path, and a length bucket."""
    out: list[str] = []
    urls = [s.text for s in message.segments if s.kind is SegmentKind.URL][:MAX_URLS]
    for url in dict.fromkeys(urls):
        host = url_host(url)
        if host is None:
            continue
        domain = registrable(host)
        subdomain = host[: -len(domain)].rstrip(".") if host.endswith(domain) else ""
        out += ["uhl:" + label for label in subdomain.split(".") if label][:4]
        rest = url.lower().split("//", 1)[-1]
        authority, _, path = rest.partition("/")
        flags = (
            (":" in authority, "u:(port)"),
            ("?" in rest, "u:(query)"),
            ("%" in rest, "u:(escaped)"),
            ("~" in rest, "u:(tilde)"),
            (_LONG_NUMBER.search(path) is not None, "u:(numeric-path)"),
        )
        out += [token for present, token in flags if present]
        out.append(f"ulen:{min(len(url) // 20, 8)}")
    return out


def from_shape(message: ParsedMessage) -> list[str]:
    """Digits and length of the From local part, and the From registrable domain."""
    sender = message.header("From") or ""
    address = sender.rpartition("<")[2].strip("> ") if "<" in sender else sender.strip()
    local = address.split("@", 1)[0].lower()
    out = [f"fl:digits:{min(len(_DIGIT.findall(local)), 3)}", f"fl:len:{min(len(local) // 4, 5)}"]
    domain = address_domain(sender)
    return out + ([f"fd:{registrable(domain)}"] if domain else [])


def body_bigrams(message: ParsedMessage) -> list[str]:
    """Adjacent word pairs of each body segment (the first ``MAX_BIGRAM_WORDS`` words)."""
    out: list[str] = []
    for segment in message.segments:
        if segment.kind is SegmentKind.URL or segment.source.startswith("header:"):
            continue
        words = _WORD.findall(segment.text[: 50 * MAX_BIGRAM_WORDS].lower())[:MAX_BIGRAM_WORDS]
        out += [f"b2:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    return out


def unspaced_bigrams(message: ParsedMessage) -> list[str]:
    """Character bigrams of each run of an unspaced script (CJK, Thai...) in the subject
    (``us:``) and body segments (``ub:``); a one-character run is its own token. The base
    word pattern turns such a run into one long unique "word", so without these the model
    sees no CJK content at all; with them it can learn the content, not the script."""
    texts = [("us:", message.header("Subject") or "")]
    texts += [
        ("ub:", segment.text[:MAX_UNSPACED_CHARS])
        for segment in message.segments
        if segment.kind is not SegmentKind.URL and not segment.source.startswith("header:")
    ]
    return [
        prefix + (run[i : i + 2] if len(run) > 1 else run)
        for prefix, text in texts
        if not text.isascii()  # (constant time) unspaced scripts are never ASCII
        for run in _UNSPACED_RUN.findall(text)
        for i in range(max(len(run) - 1, 1))
    ]


FAMILIES: dict[str, Family] = {
    "header-names": header_names,
    "transfer-encoding": transfer_encoding,
    "subject-chars": subject_chars,
    "url-structure": url_structure,
    "from-shape": from_shape,
    "body-bigrams": body_bigrams,
    "unspaced-bigrams": unspaced_bigrams,
}


def family_tokens(message: ParsedMessage, families: tuple[str, ...]) -> list[str]:
    """The tokens of ``families`` (names from ``FAMILIES``), in the order given."""
    return [token for name in families for token in FAMILIES[name](message)]
