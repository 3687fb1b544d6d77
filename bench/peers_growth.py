"""Cost growth of our full scan: message size 1 KB to 10 MB, and rule count x1 vs x10.

Each case runs in a fresh subprocess (``python -m bench.peers_growth CASE``) so that its peak
RSS (``ru_maxrss``) belongs to that case alone. Reported per case: CPU time per scan (the
median of three timed blocks), peak Python allocation during one scan (``tracemalloc``, a
separate pass because tracing slows the scan) and how far the scan raised the process'
peak RSS above its level just before.
Rules are multiplied with the detection benchmark's ``bench.detect.multiplied``: every
pattern rule gets nine copies under new ids whose patterns are distinct strings (its worst
case: nothing shared), firing wherever the original does.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bench.peers_data import load_messages, synthetic_texts

SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
RULE_TIMES = (1, 10)
RULE_MESSAGES = 300
CASE_TIMEOUT_S = 600
MIB = 1024 * 1024


def sized_message(size: int) -> bytes:
    """A plain-text nonprofit message of about ``size`` bytes, built from the synthetic texts."""
    texts = [text.encode("utf-8") for _, text in synthetic_texts()[:50]] or [
        b"Thank you for your gift of $50 on March 3. Our volunteers served 120 families.\n"
    ]
    head = (
        b"From: Community Outreach <news@outreach.example.org>\r\n"
        b"To: supporter@example.net\r\nSubject: Annual report\r\n"
        b"Message-ID: <growth@outreach.example.org>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    body: list[bytes] = []
    total = len(head)
    index = 0
    while total < size:
        chunk = texts[index % len(texts)].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        body.append(chunk)
        total += len(chunk)
        index += 1
    return (head + b"".join(body))[:size]


def _scanner(rule_times: int = 1) -> Any:
    """Our full scan as ``build_scanner`` assembles it, pattern rules repeated ``rule_times``."""
    from bench.detect import multiplied
    from scanner.assembly import build_scanner
    from scanner.config import load_settings
    from scanner.detectors.loader import DETECTOR_NAME, SegmentDetector, load_text_scanners
    from scanner.pipeline import Scanner

    settings = load_settings()
    if rule_times == 1:
        return build_scanner(settings)
    scanners = multiplied(load_text_scanners(settings.detection), rule_times, distinct=True)
    detectors = [SegmentDetector(DETECTOR_NAME, *(scanner for _, scanner in scanners))]
    return Scanner(settings, detectors=detectors, tos=build_scanner(settings).tos)


def _max_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_size(size: int) -> dict[str, Any]:
    """One size case, in this process (call in a fresh subprocess)."""
    scanner = _scanner()
    raw = sized_message(size)
    scanner.scan(sized_message(2_000))
    rss_before = _max_rss_mib()
    repeats = max(1, min(50, 4 * MIB // size))
    seconds = statistics.median(_cpu_seconds_per_scan(scanner, raw, repeats) for _ in range(3))
    rss_growth = _max_rss_mib() - rss_before
    tracemalloc.start()
    scanner.scan(raw)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "bytes": len(raw),
        "ms_per_scan": 1000 * seconds,
        "mb_per_s": len(raw) / seconds / 1e6,
        "peak_alloc_mib": peak / MIB,
        "peak_alloc_x_size": peak / len(raw),
        "rss_growth_mib": rss_growth,
    }


def _cpu_seconds_per_scan(scanner: Any, raw: bytes, repeats: int) -> float:
    """CPU seconds of one scan, averaged over ``repeats``: CPU time, not wall time, so
    other work on a shared machine does not make a size look superlinear."""
    started = time.process_time()
    for _ in range(repeats):
        scanner.scan(raw)
    return (time.process_time() - started) / repeats


def measure_rules(times: int) -> dict[str, Any]:
    """Rule-count case, in this process: mean scan time over the first messages."""
    messages = [m.raw for m in load_messages(limit=RULE_MESSAGES)]
    scanner = _scanner(times)
    rules = sum(len(getattr(s, "rules", ())) for d in scanner.detectors for s in d.scanners)
    scanner.scan(messages[0])
    started = time.perf_counter()
    for raw in messages:
        scanner.scan(raw)
    seconds = time.perf_counter() - started
    return {
        "rule_times": times,
        "pattern_rules": rules,
        "messages": len(messages),
        "ms_per_msg": 1000 * seconds / len(messages),
    }


def _subprocess(case: str, value: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.peers_growth", case, str(value)],
        capture_output=True,
        timeout=CASE_TIMEOUT_S,
        check=False,
        cwd=Path(__file__).resolve().parents[1],
    )
    if done.returncode != 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise RuntimeError(f"growth case {case} {value} failed:\n" + "\n".join(tail))
    result: dict[str, Any] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return result


def run_growth(sizes: tuple[int, ...] = SIZES) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(size rows, rule rows), each case in its own subprocess."""
    size_rows = [_subprocess("size", size) for size in sizes]
    rule_rows = [_subprocess("rules", times) for times in RULE_TIMES]
    return size_rows, rule_rows


if __name__ == "__main__":
    kind, number = sys.argv[1], int(sys.argv[2])
    row = measure_size(number) if kind == "size" else measure_rules(number)
    print(json.dumps(row))
