"""``scanner run`` (``make run``): the proxy, a demo next hop and the review UI as a child."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from bench.loopback import free_port, occupied_address

BANNER = "mailguard is running"


def write_config(tmp_path: Path, review_listen: str) -> Path:
    """Every address on a free loopback port; ToS and special categories off for speed."""
    free = [f"127.0.0.1:{free_port()}" for _ in range(4)]
    config = tmp_path / "mailguard.toml"
    config.write_text(
        "\n".join(
            [
                f'data_dir = "{tmp_path / "var"}"',
                "[tos]",
                "enabled = false",
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
def running(config: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path, Path]]:
    """``scanner run`` in its own process group, killed with the group if still running."""
    out, err = tmp_path / "stdout", tmp_path / "stderr"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "scanner", "--config", str(config), "run"],
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
