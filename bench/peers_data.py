"""The messages every tool in the peer benchmark scans, with their spam/ham labels.

The shared corpus' evaluation groups (``easy-ham-2``, ``spam-2``: later mail than the
training groups) with only the mbox ``From `` separator removed, so every tool sees the
message as an MTA would; plus the synthetic nonprofit set of the sensitive-data evaluation
(``tests/data/sensitive/eval.jsonl``: newsletters, receipts, appeals, case notes), each text
wrapped in a plain RFC 5322 message and labelled ham: it is legitimate outbound mail, some of
it carrying the sensitive data our policy holds, which is not spam. The same bytes go to
every tool in the same run.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "spamassassin-public.jsonl.gz"
SYNTHETIC = ROOT / "tests" / "data" / "sensitive" / "eval.jsonl"
EVAL_GROUPS = ("easy-ham-2", "spam-2")
WARMUP_MESSAGES = 500  # scanned by ours and rspamd before their timed passes


@dataclass(frozen=True, slots=True)
class Labelled:
    """One message to scan: id, source group, raw bytes and whether it is spam."""

    id: str
    group: str
    raw: bytes
    spam: bool


def strip_mbox_line(raw: str) -> bytes:
    """The message without its mbox ``From `` separator line."""
    if raw.startswith("From "):
        raw = raw.partition("\n")[2]
    return raw.encode("utf-8", "replace")


def wrap_text(number: int, text: str) -> bytes:
    """A synthetic text as a plain nonprofit newsletter-style message (fixed, invented headers)."""
    msg = EmailMessage()
    msg["From"] = "Community Outreach <news@outreach.example.org>"
    msg["To"] = f"supporter{number}@example.net"
    msg["Subject"] = "News from our community programmes"
    msg["Date"] = format_datetime(datetime(2026, 10, 1, tzinfo=UTC) + timedelta(hours=number))
    msg["Message-ID"] = f"<synthetic.{number}@outreach.example.org>"
    msg.set_content(text)
    return msg.as_bytes()


def synthetic_texts(path: Path = SYNTHETIC) -> list[tuple[str, str]]:
    """(id, text) of the synthetic nonprofit set; empty when the file is absent."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [(row["id"], row["text"]) for row in rows]


def load_synthetic(path: Path = SYNTHETIC) -> list[Labelled]:
    """The synthetic nonprofit texts as ham messages."""
    return [
        Labelled(f"synthetic/{text_id}", "synthetic", wrap_text(n, text), False)
        for n, (text_id, text) in enumerate(synthetic_texts(path))
    ]


def load_messages(
    corpus: Path = CORPUS, synthetic: Path = SYNTHETIC, limit: int | None = None
) -> list[Labelled]:
    """Evaluation messages plus the synthetic set; ``limit`` keeps a stratified subset.

    The subset takes evenly spaced messages from each group (in id order), so spam/ham
    proportions stay as in the full set and every run picks the same messages.
    """
    by_group: dict[str, list[Labelled]] = {group: [] for group in EVAL_GROUPS}
    for message in _corpus_messages(corpus, lambda group: group in by_group):
        by_group[message.group].append(message)
    groups = [sorted(rows, key=lambda m: m.id) for rows in by_group.values()]
    groups.append(load_synthetic(synthetic))
    total = sum(len(rows) for rows in groups)
    if limit is not None and limit < total:
        groups = [_spaced(rows, max(1, round(limit * len(rows) / total))) for rows in groups]
    return [message for rows in groups for message in rows]


def load_warmup(corpus: Path = CORPUS, count: int = WARMUP_MESSAGES) -> list[Labelled]:
    """``count`` messages of the corpus' training groups (never the evaluation groups),
    evenly spaced in id order: what a tool scans before its timed pass, so work it does
    once, on first use, stays out of the timing (as for a long-running server)."""
    training = _corpus_messages(corpus, lambda group: group not in EVAL_GROUPS)
    return _spaced(sorted(training, key=lambda m: m.id), count)


def _corpus_messages(corpus: Path, wanted: Callable[[str], bool]) -> Iterator[Labelled]:
    """The corpus' messages whose group is ``wanted``, in file order."""
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if wanted(row["group"]):
                raw = strip_mbox_line(row["raw"])
                yield Labelled(row["id"], row["group"], raw, row["label"] == "spam")


def _spaced(rows: list[Labelled], count: int) -> list[Labelled]:
    if count >= len(rows):
        return rows
    step = len(rows) / count
    return [rows[int(i * step)] for i in range(count)]
