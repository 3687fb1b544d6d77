"""Score messages with Apache SpamAssassin for comparison: spamd on loopback, local tests only.

spamd runs with network tests off (``-L``), no user config (``-x``), Bayes and auto-learning
off, two children, and a private home directory, so it neither reaches the network nor
learns from the test set. Used by ``scanner eval --spamassassin`` (``make eval``), never by
tests.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scanner.errors import InputError

CHILDREN = 2
START_TIMEOUT_SECONDS = 120.0
MESSAGE_TIMEOUT_SECONDS = 120.0
MAX_MESSAGE_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SpamAssassinRun:
    """Scores in message order, the version, and wall-clock seconds for all messages."""

    scores: tuple[float, ...]
    threshold: float
    version: str
    seconds: float


def available() -> bool:
    """Whether spamd and spamc are installed."""
    return bool(shutil.which("spamd") and shutil.which("spamc"))


def score_all(messages: Sequence[bytes]) -> SpamAssassinRun:
    """SpamAssassin's score for each message (through spamc, two at a time)."""
    if not available():
        raise InputError("spamd/spamc not installed (Debian packages spamassassin, spamc)")
    version = _version()
    with _spamd() as port:
        started = time.perf_counter()
        with ThreadPoolExecutor(CHILDREN) as pool:
            results = list(pool.map(lambda raw: _spamc(port, raw), messages))
        seconds = time.perf_counter() - started
    thresholds = {threshold for _, threshold in results}
    return SpamAssassinRun(tuple(score for score, _ in results), max(thresholds), version, seconds)


def _version() -> str:
    output = subprocess.run(
        ["spamassassin", "-V"], capture_output=True, text=True, timeout=60, check=False
    ).stdout
    return output.split("\n", 1)[0].replace("SpamAssassin version", "").strip() or "unknown"


@contextmanager
def _spamd() -> Iterator[int]:
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="mailguard-spamd-") as home:
        Path(home).chmod(0o777)  # spamd drops to nobody for its children when run as root
        log_path = Path(home) / "spamd.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                ["spamd", "-L", "-x", "-m", str(CHILDREN), "--min-children", str(CHILDREN),
                 "-i", f"127.0.0.1:{port}", "-A", "127.0.0.1", "-H", home, "-s", "stderr",
                 "--cf", "use_bayes 0", "--cf", "bayes_auto_learn 0"],
                stdout=log, stderr=log, stdin=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                _wait_listening(port, process)
                yield port
            finally:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=30)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise InputError(f"spamd exited with status {process.returncode} at start-up")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.25)
    raise InputError(f"spamd did not listen within {START_TIMEOUT_SECONDS:.0f}s")


def _spamc(port: int, raw: bytes) -> tuple[float, float]:
    completed = subprocess.run(
        ["spamc", "-d", "127.0.0.1", "-p", str(port), "-x", "-c", "-s", str(MAX_MESSAGE_BYTES)],
        input=raw, capture_output=True, timeout=MESSAGE_TIMEOUT_SECONDS, check=False,
    )  # fmt: skip
    score, _, threshold = completed.stdout.decode("ascii", "replace").strip().partition("/")
    try:
        return float(score), float(threshold)
    except ValueError:
        raise InputError(f"spamc gave no score (exit {completed.returncode})") from None
