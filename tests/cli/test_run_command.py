"""``scanner run`` (``make run``): the proxy, a demo next hop and the review UI as a child;
and ``scanner run`` or ``scanner proxy`` stopped by a signal while still starting."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.loopback import free_port, occupied_address

BANNER = "mailguard is running"


def write_config(tmp_path: Path, review_listen: str, url_blocklist: Path | None = None) -> Path:
    """Every address on a free loopback port; ToS (unless a URL blocklist is given: it is
    read with the ToS rules) and special categories off for speed."""
    free = [f"127.0.0.1:{free_port()}" for _ in range(4)]
    tos = f"url_blocklists = [{str(url_blocklist)!r}]" if url_blocklist else "enabled = false"
    config = tmp_path / "mailguard.toml"
    config.write_text(
        "\n".join(
            [
                f'data_dir = "{tmp_path / "var"}"',
                "[tos]",
                tos,
                "[detection]",
                "special_categories = false",
                "[proxy]",
                'executor = "thread"',
                "workers = 1",
                f'listen = "{free[0]}"',
                f'metrics_listen = "{free[1]}"',
                "[review]",
                f'listen = "{review_listen}"',
                f'metrics_listen = "{free[2]}"',
                f'release_relay = "{free[3]}"',
            ]
        )
        + "\n"
    )
    return config


@contextlib.contextmanager
def running(
    config: Path, tmp_path: Path, *command: str
) -> Iterator[tuple[subprocess.Popen[bytes], Path, Path]]:
    """``scanner run`` (or another ``command``) in its own process group, killed with the
    group if still running."""
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "scanner", "--config", str(config), *(command or ("run",))],
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,  # a Ctrl-C reaches the whole group, the child included
        )
    try:
        yield process, out, err
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_a_review_ui_address_in_use_stops_run_before_the_banner(tmp_path: Path) -> None:
    with (
        occupied_address() as busy,
        running(write_config(tmp_path, busy), tmp_path) as (
            process,
            out,
            err,
        ),
    ):
        returncode = process.wait(timeout=120)
    stderr = err.read_text()
    assert returncode == 2, stderr[-2000:]
    assert f"review.listen: cannot listen on {busy}" in stderr
    assert BANNER not in out.read_text()
    assert "Traceback" not in stderr


def test_a_review_ui_that_exits_stops_run_with_an_error(tmp_path: Path) -> None:
    """Whatever makes the child fail later (here: killed), run must not go on without it."""
    config = write_config(tmp_path, f"127.0.0.1:{free_port()}")
    with running(config, tmp_path) as (process, out, err):
        wait_for_banner(process, out, err)
        (child,) = children(process.pid)
        os.kill(child, signal.SIGKILL)
        returncode = process.wait(timeout=60)
    stderr = err.read_text()
    assert returncode == 2, stderr[-2000:]
    assert "review UI (review-queue serve) exited with status -9" in stderr
    assert "Traceback" not in stderr


def children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in found]


def wait_for_banner(process: subprocess.Popen[bytes], out: Path, err: Path) -> None:
    deadline = time.monotonic() + 120
    while BANNER not in out.read_text() and process.poll() is None:
        assert time.monotonic() < deadline, "scanner run did not start"
        time.sleep(0.1)
    assert process.poll() is None, err.read_text()[-2000:]


def test_ctrl_c_stops_everything_cleanly(tmp_path: Path) -> None:
    config = write_config(tmp_path, f"127.0.0.1:{free_port()}")
    with running(config, tmp_path) as (process, out, err):
        wait_for_banner(process, out, err)
        os.killpg(process.pid, signal.SIGINT)
        returncode = process.wait(timeout=60)
    stderr = err.read_text()
    assert returncode == 0, stderr[-2000:]
    assert "error" not in stderr.lower()


def catches(pid: int, sig: signal.Signals) -> bool:
    """True once the process has a handler of its own for ``sig`` (``SigCgt``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (sig - 1) & 1)
    return False


def open_when_read(fifo: Path, process: subprocess.Popen[bytes], err: Path) -> int:
    """The write end of ``fifo``, opened once the process opened it to read (then blocks
    reading what never comes: a start-up that cannot finish)."""
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, err.read_text()[-2000:]
        assert time.monotonic() < deadline, "the URL blocklist was never opened"
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            assert exc.errno == errno.ENXIO  # no reader yet
        time.sleep(0.05)


def handled(pid: int, command: str) -> bool:
    """True once ``scanner`` has its start-up handlers of SIGTERM and SIGINT, and for
    ``run`` its review UI child too (told by SIGTERM: Python handles SIGINT from the
    start, raising ``KeyboardInterrupt``)."""
    found = children(pid) if command == "run" else []
    if command == "run" and not found:
        return False  # not started yet
    return all(catches(process, signal.SIGTERM) for process in (pid, *found))


def group_gone(pgid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize(
    ("command", "sig", "when"),
    [
        pytest.param("run", signal.SIGTERM, "loading", id="run-sigterm-loading"),
        pytest.param("run", signal.SIGINT, "loading", id="run-sigint-loading"),
        pytest.param("proxy", signal.SIGTERM, "loading", id="proxy-sigterm-loading"),
        pytest.param("proxy", signal.SIGTERM, "importing", id="proxy-sigterm-importing"),
    ],
)
def test_a_stop_signal_during_start_up_is_a_clean_logged_exit(
    tmp_path: Path, command: str, sig: signal.Signals, when: str
) -> None:
    """Start-up here cannot finish: the URL blocklist is a FIFO nobody writes to (as a feed
    on a hung mount), so the signal surely comes during it: at once when the handler is
    in place (still importing), or while the rules are loading. ``run`` gets it as the
    whole group does at Ctrl-C; ``proxy`` alone, as systemd sends it to the main process."""
    feed = tmp_path / "feed"
    os.mkfifo(feed)
    config = write_config(tmp_path, f"127.0.0.1:{free_port()}", url_blocklist=feed)
    args = ["run"] if command == "run" else ["proxy", "--relay", f"127.0.0.1:{free_port()}"]
    writer = None
    with running(config, tmp_path, *args) as (process, out, err):
        try:
            if when == "loading":
                writer = open_when_read(feed, process, err)
            # ``run``: its review UI child too (a signal in the 0.2 s before either has a
            # handler still ends it with the default action).
            deadline = time.monotonic() + 60
            while not handled(process.pid, command):
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.01)
            if command == "run":
                os.killpg(process.pid, sig)
            else:
                os.kill(process.pid, sig)
            returncode = process.wait(timeout=30)
            assert group_gone(process.pid), "a process of the group outlived scanner"
        finally:
            if writer is not None:
                os.close(writer)
    stderr = err.read_text()
    assert returncode == 0, stderr[-2000:]
    assert f"stopped by {sig.name} during start-up" in stderr
    assert "Traceback" not in stderr
    assert "proxy listening" not in stderr and BANNER not in out.read_text()
