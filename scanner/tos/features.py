"""Message features for the ToS classifier: named tokens hashed into a fixed-width vector.

Tokens are prefixed by where they come from (``s:`` subject word, ``b:`` body word, ``h:``
hidden-text word, ``u*:`` URL, ``html:``/``link:`` HTML structure, header-derived tokens,
``att:`` attachments, ``defect:``). Counts are hashed (MurmurHash3, no vocabulary to ship),
damped with log1p and L2-normalised per message. Only headers a sender's own client writes
are used; transport and list-server headers (Received, List-*, Precedence...) are not, as
outbound mail at submission does not carry them. Bump ``FEATURE_VERSION`` on any change here:
a model trained on other features is refused at load. Optional token families
(``scanner.tos.families``) are recorded per model instead.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from string import ascii_uppercase
from typing import TYPE_CHECKING

import numpy as np

from scanner.model import Attachment, Envelope, ParsedMessage, SegmentKind
from scanner.tos.domains import (
    address_count,
    address_domain,
    domain_in_text,
    is_ip_literal,
    registrable,
    url_host,
)
from scanner.tos.families import family_tokens

try:
    from scanner.tos._words import count_ascii_word_columns
except ImportError as exc:  # a source tree that was never built
    raise ImportError(
        "scanner.tos._words (the classifier's compiled word pass) is not built: run "
        "`make setup`, which compiles it with gcc and the Python headers"
    ) from exc

if TYPE_CHECKING:
    from scipy import sparse
    from sklearn.feature_extraction import FeatureHasher

FEATURE_VERSION = 1
N_FEATURES = 2**20
MAX_TEXT_CHARS = 100_000  # body text read per message; the rest only counts towards length
MAX_URLS = 200  # URL segments turned into features per message
INDEX_CACHE_SIZE = 2**16  # name -> column entries remembered per prefix and process

_WORD = re.compile(r"[^\W\d_][^\W_]{1,23}")
_ASCII_WORD = re.compile(r"[a-z][a-z0-9]{1,23}")  # _WORD on lower-case ASCII text, faster
_ASCII_UPPER = ascii_uppercase.encode()
_CHARSET = re.compile(r'charset\s*=\s*"?([\w.:-]+)')
_MAILER_WORD = re.compile(r"[a-z][a-z-]{1,20}")
_PATH_WORD = re.compile(r"[a-z]{3,20}")
_CLICK_TEXT = re.compile(r"\b(?:click|here|tap|visit)\b", re.IGNORECASE)
_HIDDEN, _VISIBLE = "h:", "b:"  # prefixes of body words


# scikit-learn (with the scipy modules it imports) takes well over half a second to import,
# and only a process that loads or trains a ToS model uses it: it is imported on first use
# (``load_hashing``, which ``load_tos`` calls at start-up), not by every process that
# imports the scanner, such as one (or a scan worker) with ``[tos] enabled = false``.
@functools.cache
def _hasher() -> FeatureHasher:
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)


@functools.cache
def _murmurhash3_32() -> Callable[..., int]:
    from sklearn.utils import murmurhash3_32

    return murmurhash3_32  # type: ignore[no-any-return]


def load_hashing() -> None:
    """Import the hashing now (once per process), so the first message does not pay for it."""
    _murmurhash3_32()


def bucket(value: float) -> int:
    """A coarse log2 bucket so counts and lengths become a handful of tokens."""
    return int(math.log2(value + 1))


TokenGroup = tuple[str, Sequence[str]]  # a prefix and names: the tokens prefix + name


@dataclass(frozen=True, slots=True)
class SegmentWords:
    """The words of one text segment, each a token ``prefix + word``, split only when
    needed: ``tokens`` lists them, scoring counts their columns without listing them."""

    prefix: str
    text: str


def tokens(
    message: ParsedMessage, envelope: Envelope | None = None, families: tuple[str, ...] = ()
) -> list[str]:
    """All feature tokens of one message, in a deterministic order: the base features,
    then those of the optional ``families`` (``scanner.tos.families``)."""
    out: list[str] = []
    for group in token_groups(message, envelope, families):
        if isinstance(group, SegmentWords):
            out += _words(group.text, group.prefix)
        else:
            prefix, names = group
            out += [prefix + name for name in names]
    return out


def token_groups(
    message: ParsedMessage, envelope: Envelope | None = None, families: tuple[str, ...] = ()
) -> list[TokenGroup | SegmentWords]:
    """The tokens of ``tokens`` in the same order, as groups sharing a prefix and the body
    segments' words, so scoring looks their columns up without building the tokens."""
    groups: list[TokenGroup | SegmentWords] = [("", _header_tokens(message, envelope))]
    groups += _body_groups(message)
    groups.append(("", _url_tokens(message)))
    groups.append(("", [f"att:{t}" for a in message.attachments for t in _attachment_tokens(a)]))
    groups.append(("", [f"defect:{d.code}" for d in message.defects]))
    groups.append(("", family_tokens(message, families)))
    return groups


def vectorize(token_lists: Iterable[Sequence[str]]) -> sparse.csr_matrix:
    """Hash token lists into rows: log1p counts, L2-normalised."""
    from scipy import sparse

    matrix = sparse.csr_matrix(_hasher().transform(token_lists), dtype=np.float64)
    matrix.data = np.log1p(matrix.data)
    lengths = np.diff(matrix.indptr)
    rows = np.repeat(np.arange(matrix.shape[0]), lengths)
    norms = np.sqrt(np.bincount(rows, weights=matrix.data**2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1.0
    matrix.data /= np.repeat(norms, lengths)
    return matrix


def hashed_row(token_list: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """One message's columns and values, equal to its row of ``vectorize`` (the fast path
    for scoring a single message: no hasher set-up, cached token columns)."""
    return _unit_row(Counter(map(_COLUMNS[""].__getitem__, token_list)))


def message_row(
    message: ParsedMessage, envelope: Envelope | None = None, families: tuple[str, ...] = ()
) -> tuple[np.ndarray, np.ndarray]:
    """``hashed_row(tokens(message, envelope, families))``, without building the tokens."""
    counts: Counter[int] = Counter()
    for group in token_groups(message, envelope, families):
        if isinstance(group, SegmentWords):
            _count_word_columns(group, counts)
        else:
            prefix, names = group
            counts.update(map(_COLUMNS[prefix].__getitem__, names))
    return _unit_row(counts)


def _count_word_columns(words: SegmentWords, counts: Counter[int]) -> None:
    """Add the columns of a segment's word tokens to ``counts``: ASCII text in one compiled
    pass (``scanner/tos/_words.c``, which equals the pattern route), other text by pattern."""
    if words.text.isascii():
        count_ascii_word_columns(words.text, words.prefix, N_FEATURES, counts)
    else:
        counts.update(map(_COLUMNS[words.prefix].__getitem__, _word_list(words.text)))


def _unit_row(counts: Counter[int]) -> tuple[np.ndarray, np.ndarray]:
    """Columns in first-seen order and their log1p counts, L2-normalised."""
    columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    values = np.log1p(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    norm = float(np.sqrt(values @ values))
    if norm:
        values /= norm
    return columns, values


def feature_index(token: str) -> int:
    """The column a token hashes to, as FeatureHasher computes it."""
    return _COLUMNS[""][token]


class _ColumnCache(dict[str, int]):
    """``name -> column of prefix + name``, computed on a miss. The first
    ``INDEX_CACHE_SIZE`` distinct names keep their column (no eviction)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, name: str) -> int:
        column = abs(int(_murmurhash3_32()(self.prefix + name, seed=0))) % N_FEATURES
        if len(self) < INDEX_CACHE_SIZE:
            self[name] = column
        return column


_COLUMNS = {prefix: _ColumnCache(prefix) for prefix in ("", _VISIBLE, _HIDDEN)}


def _words(text: str, prefix: str) -> list[str]:
    return [prefix + w for w in _word_list(text)]


def _word_list(text: str) -> list[str]:
    """The words of ``text``, lower-cased (ASCII text takes the faster equal pattern)."""
    lowered = text.lower()
    return (_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered)


def _ascii_upper_count(text: str) -> int:
    """How many of A-Z ``text`` has: UTF-8 encodes these, and nothing else, as bytes A-Z."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _ASCII_UPPER))


def _header_tokens(message: ParsedMessage, envelope: Envelope | None) -> list[str]:
    out: list[str] = []
    subject = message.header("Subject") or ""
    out += _words(subject, "s:")
    if not subject.strip():
        out.append("s:(none)")
    letters = [c for c in subject if c.isalpha()]
    if len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters):
        out.append("s:(caps)")
    out += ["s:(!)"] * min(subject.count("!"), 3) + ["s:($)"] * ("$" in subject)
    sender = message.header("From") or ""
    name = sender.rpartition("<")[0] if "<" in sender else ""
    out += _words(name, "fn:") or ["fn:(none)"]
    domain = address_domain(sender)
    out.append(f"ftld:{domain.rsplit('.', 1)[-1]}" if domain else "from:(no-address)")
    if "@" in name:
        out.append("fn:(address)")
    mailer = message.header("X-Mailer") or message.header("User-Agent")
    out += [f"mailer:{w}" for w in _MAILER_WORD.findall((mailer or "").lower())[:3]] or [
        "mailer:(none)"
    ]
    ctype = (message.header("Content-Type") or "text/plain").lower()
    out.append(f"ct:{ctype.split(';', 1)[0].strip()}")
    charset = _CHARSET.search(ctype)
    out.append(f"cs:{charset.group(1) if charset else '(none)'}")
    for header in ("X-Priority", "X-MSMail-Priority", "Importance"):
        value = message.header(header)
        if value:
            out.append(f"prio:{header.lower()}:{value.strip()[:1].lower()}")
    for header in ("Date", "MIME-Version", "Reply-To", "Cc"):
        if message.header(header) is None:
            out.append(f"hdr:no-{header.lower()}")
    to = message.header_all("To")
    if envelope is not None:
        recipients = len(envelope.rcpt_tos)
    else:
        recipients = address_count(to + message.header_all("Cc"))
    out.append(f"rcpt:{bucket(recipients)}")
    if not to or "undisclosed" in " ".join(to).lower():
        out.append("to:(undisclosed)")
    return out


def _body_groups(message: ParsedMessage) -> list[TokenGroup | SegmentWords]:
    """Each text segment's words and kind, then length, capitals and link tokens."""
    groups: list[TokenGroup | SegmentWords] = []
    budget = MAX_TEXT_CHARS
    total = upper = 0
    sources = {s.source for s in message.segments}
    for segment in message.segments:
        if segment.kind is SegmentKind.URL or segment.source.startswith("header:"):
            continue
        text = segment.text[:budget]
        budget -= len(text)
        total += len(segment.text)
        upper += _ascii_upper_count(text)
        prefix = _HIDDEN if segment.source.endswith(":hidden") else _VISIBLE
        groups.append(SegmentWords(prefix, text))
        kind = f"seg:{segment.source.split(':', 1)[0]}:{_segment_type(segment.source)}"
        groups.append(("", [kind]))
    out: list[str] = []
    if "body:text/html" in sources:
        out.append("html:only" if "body:text/plain" not in sources else "html:with-plain")
    out.append(f"len:{bucket(total)}")
    out.append(f"caps:{min(int(10 * upper / total), 9) if total else 0}")
    links = message.links
    out.append(f"links:{bucket(len(links))}")
    for link in links:
        out += _link_tokens(link.href, link.text)
    return [*groups, ("", out)]


def _segment_type(source: str) -> str:
    rest = source.split(":", 1)[1] if ":" in source else ""
    if source.startswith("attachment:"):
        return "file"
    return rest


def _link_tokens(href: str, text: str) -> list[str]:
    out: list[str] = []
    stripped = text.strip()
    if not stripped:
        out.append("link:(no-text)")
    elif _CLICK_TEXT.search(stripped) and len(stripped) < 40:
        out.append("link:(click-here)")
    href_host = url_host(href)
    if href.lower().startswith("mailto:"):
        out.append("link:mailto")
    elif href_host is None:
        out.append("link:(other-scheme)")
    else:
        shown = domain_in_text(stripped)
        if shown is not None and shown != registrable(href_host):
            out.append("link:(text-domain-mismatch)")
    return out


def _url_tokens(message: ParsedMessage) -> list[str]:
    urls = [s.text for s in message.segments if s.kind is SegmentKind.URL][:MAX_URLS]
    out = [f"urls:{bucket(len(urls))}"]
    domains: set[str] = set()
    for url in dict.fromkeys(urls):
        host = url_host(url)
        if host is None:
            continue
        if is_ip_literal(host):
            out.append("u:ip")
            continue
        domain = registrable(host)
        domains.add(domain)
        out += [f"uh:{domain}", f"utld:{domain.rsplit('.', 1)[-1]}"]
        lowered = url.lower()
        if "@" in lowered.split("//", 1)[-1].split("/", 1)[0]:
            out.append("u:(userinfo)")
        path = lowered.split("//", 1)[-1].partition("/")[2]
        out += [f"up:{w}" for w in _PATH_WORD.findall(path)[:8]]
    out.append(f"udomains:{bucket(len(domains))}")
    return out


def _attachment_tokens(attachment: Attachment) -> list[str]:
    name = attachment.filename.lower()
    ext = name.rsplit(".", 1)[1][:8] if "." in name else "(none)"
    out = [f"ext:{ext}", f"magic:{attachment.magic}", f"ct:{attachment.content_type}"]
    if attachment.encrypted:
        out.append("encrypted")
    return out
