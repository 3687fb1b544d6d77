"""Bounded soak: the real proxy (default policy, ToS model, process workers) at a steady
rate with a mix of clean, flagged and malformed mail, to a loopback sink.

Samples the proxy's resident memory (its process tree) and descriptor count over time,
and accounts for every message: relayed ones by Message-ID at the sink, held ones in the
review queue, refused ones by their 5xx. ``make soak`` (SOAK_SECONDS, SOAK_RATE) or
``python -m bench soak``; writes bench/results/soak.{json,md}.
"""

from __future__ import annotations

import concurrent.futures
import email.utils
import gzip
import json
import os
import random
import re
import smtplib
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.loopback import ProxyProcess, SinkThread, message_id
from bench.parse import CORPUS
from review_queue.service import CLI, ReviewService
from review_queue.store.types import ItemFilter
from scanner.config import load_settings

RESULTS = Path(__file__).resolve().parent / "results"
MIX = (("clean", 0.7), ("flagged", 0.2), ("malformed", 0.1))
FLAGGED = (
    "Please charge my card 4111 1111 1111 1111 exp 09/27 for the monthly donation.",
    "Patient Jane Doe was diagnosed with HIV last week and starts treatment on Monday.",
)
_MESSAGE_ID = re.compile(rb"^Message-ID:[^\n]*\n", re.I | re.M)


@dataclass
class Outcome:
    """The last reply each message got (after up to three 4xx retries)."""

    replies: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, mid: str, kind: str, reply: str) -> None:
        with self.lock:
            self.replies[mid], self.kinds[mid] = reply, kind


def _with_id(raw: bytes, mid: str) -> bytes:
    raw = _MESSAGE_ID.sub(b"", raw.replace(b"\r\n", b"\n"))
    return (f"Message-ID: <{mid}>\n".encode() + raw).replace(b"\n", b"\r\n")


def _messages(seed: int) -> tuple[list[bytes], list[bytes]]:
    """Clean corpus ham and, for the malformed share, truncated or bare-LF corpus spam."""
    ham: list[bytes] = []
    spam: list[bytes] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    for record in records:
        target = ham if record["label"] == "ham" else spam
        if len(target) < 200:
            target.append(record["raw"].encode("utf-8", "surrogateescape")[:60_000])
        if len(ham) >= 200 and len(spam) >= 200:
            break
    random.Random(seed).shuffle(ham)
    return ham, spam


def _build(kind: str, index: int, ham: list[bytes], spam: list[bytes], rng: random.Random) -> bytes:
    mid = f"soak-{index}@bench"
    if kind == "clean":
        return _with_id(ham[index % len(ham)], mid)
    if kind == "flagged":
        body = FLAGGED[index % len(FLAGGED)]
        return _with_id(
            f"From: office@riverside.example\nTo: donor@example.net\nSubject: donation\n"
            f"Date: {email.utils.formatdate()}\n\n{body}\n".encode(),
            mid,
        )
    raw = _with_id(spam[index % len(spam)], mid)
    if index % 2:
        return raw[: rng.randint(len(raw) // 3, len(raw))]  # cut mid-MIME
    return raw.replace(b"\r\n\r\n", b"\r\n\n", 1)  # a bare LF: refused 550 5.6.0


def _send(port: int, raw: bytes) -> str:
    for attempt in range(4):
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=120) as client:
                client.ehlo("soak.test")
                client.mail("office@riverside.example")
                client.rcpt("donor@example.net")
                code, text = client.data(raw)
        except (OSError, smtplib.SMTPException) as exc:
            code, text = 0, type(exc).__name__.encode()
        reply = f"{code} {text.decode(errors='replace')}"
        if not (code == 0 or 400 <= code < 500) or attempt == 3:
            return reply
        time.sleep(1.0)
    raise AssertionError("unreachable")


def _deliver(outcome: Outcome, port: int, mid: str, kind: str, raw: bytes) -> None:
    outcome.record(mid, kind, _send(port, raw))


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of the proxy and its scan worker processes."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if int(entry) == pid or fields.get("PPid", "").strip() == str(pid):
            total += int(fields.get("VmRSS", "0 kB").split()[0])
    return total


def _held_ids(data_dir: Path, config: Path) -> Counter[str]:
    service = ReviewService.open(load_settings(config, data_dir))
    try:
        found: Counter[str] = Counter()
        page = 1
        while True:
            listing = service.list_items(ItemFilter(status=None), CLI, page=page, page_size=200)
            found.update(message_id(service.load_raw(item.id, CLI)) for item in listing.items)
            if page * listing.page_size >= listing.total:
                return found
            page += 1
    finally:
        service.close()


def soak(seconds: float, rate: float, sample_every: float, seed: int = 7) -> dict[str, Any]:
    """Run one soak; the summary, the memory/fd curve and the accounting."""
    ham, spam = _messages(seed)
    rng = random.Random(seed)
    kinds = [k for k, share in MIX for _ in range(round(share * 10))]
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        directory = Path(tmp)
        config = directory / "mailguard.toml"
        config.write_text("[proxy]\nworkers = 2\nrelay_idle_connections = 4\n")
        sink = SinkThread()
        proxy = ProxyProcess(config, directory / "var", sink.port)
        outcome = Outcome()
        samples: list[dict[str, Any]] = []
        try:
            proxy.start(timeout=180)
            started = time.monotonic()
            next_sample = started
            total = int(seconds * rate)
            with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
                futures = []
                for index in range(total):
                    due = started + index / rate
                    while (now := time.monotonic()) < due:
                        if now >= next_sample:
                            samples.append(_sample(proxy, started, index))
                            next_sample += sample_every
                        time.sleep(min(due - now, 0.05))
                    kind = rng.choice(kinds)
                    raw = _build(kind, index, ham, spam, rng)
                    mid = f"soak-{index}@bench"
                    futures.append(pool.submit(_deliver, outcome, proxy.port, mid, kind, raw))
                concurrent.futures.wait(futures)
                for future in futures:
                    future.result()
            time.sleep(2)
            samples.append(_sample(proxy, started, total))
        finally:
            proxy.stop()
            sink.close()
        held = _held_ids(directory / "var", config)
    return _account(outcome, Counter(sink.handler.received), held, samples, seconds, rate)


def _sample(proxy: ProxyProcess, started: float, sent: int) -> dict[str, Any]:
    return {
        "t_s": round(time.monotonic() - started, 1),
        "sent": sent,
        "rss_mib": round(proxy.rss_kib() / 1024, 1),
        "tree_rss_mib": round(_tree_rss_kib(proxy.pid) / 1024, 1),
        "fds": proxy.fd_count(),
    }


def _account(
    outcome: Outcome,
    at_sink: Counter[str],
    held: Counter[str],
    samples: list[dict[str, Any]],
    seconds: float,
    rate: float,
) -> dict[str, Any]:
    classes: Counter[str] = Counter()
    lost: list[str] = []
    for mid, reply in outcome.replies.items():
        if reply.startswith("250") and "relayed" in reply:
            classes["relayed"] += 1
            lost += [mid] if at_sink[mid] < 1 else []
        elif reply.startswith("250") and "held" in reply:
            classes["held"] += 1
            lost += [mid] if held[mid] < 1 else []
        elif reply.startswith("5"):
            classes["refused_5xx"] += 1
        else:
            classes["tempfailed_after_retries"] += 1
    duplicates = sum(n - 1 for n in (at_sink + held).values() if n > 1)
    half = samples[len(samples) // 2 :]
    summary = {
        "seconds": seconds,
        "rate_per_s": rate,
        "messages": len(outcome.replies),
        "mix": dict(Counter(outcome.kinds.values())),
        **dict(classes),
        "lost": len(lost),
        "duplicates": duplicates,
        "rss_start_mib": samples[0]["rss_mib"] if samples else None,
        "rss_end_mib": samples[-1]["rss_mib"] if samples else None,
        "rss_max_mib": max(s["rss_mib"] for s in samples) if samples else None,
        "tree_rss_second_half_slope_mib_per_min": _slope(half, "tree_rss_mib"),
        "fds_start": samples[0]["fds"] if samples else None,
        "fds_end": samples[-1]["fds"] if samples else None,
        "fds_max": max(s["fds"] for s in samples) if samples else None,
    }
    return {"summary": summary, "samples": samples, "lost_ids": lost[:20]}


def _slope(samples: list[dict[str, Any]], key: str) -> float | None:
    """Least-squares growth of ``key`` per minute (memory flat = near 0)."""
    if len(samples) < 3:
        return None
    xs = [s["t_s"] / 60 for s in samples]
    ys = [s[key] for s in samples]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return round(float(covariance / spread), 3)


def _settings_from_env() -> tuple[float, float, float]:
    seconds = float(os.environ.get("SOAK_SECONDS", "600"))
    rate = float(os.environ.get("SOAK_RATE", "5"))
    every = float(os.environ.get("SOAK_SAMPLE_SECONDS", str(max(seconds / 40, 1.0))))
    return seconds, rate, every


def _write(result: dict[str, Any]) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = ["# Soak", "", "| key | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in result["summary"].items()]
    lines += [
        "",
        "| t (s) | sent | proxy RSS (MiB) | with workers (MiB) | fds |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {s['t_s']} | {s['sent']} | {s['rss_mib']} | {s['tree_rss_mib']} | {s['fds']} |"
        for s in result["samples"]
    ]
    (RESULTS / "soak.md").write_text("\n".join(lines) + "\n")


def run() -> list[dict[str, Any]]:
    """One soak with SOAK_SECONDS/SOAK_RATE (default 600 s at 5 messages/s)."""
    result = soak(*_settings_from_env())
    _write(result)
    return [{"case": "soak", **result["summary"]}]


def main() -> int:
    result = soak(*_settings_from_env())
    _write(result)
    print(json.dumps(result["summary"], indent=2))
    return 1 if result["summary"]["lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
