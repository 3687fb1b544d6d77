"""Background servers for the peer benchmark: start, wait for readiness, measure CPU, stop.

CPU time comes from ``/proc/<pid>/stat`` (utime + stime) summed over the server's whole
process tree, so pre-forked children are counted; psutil is not needed.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

_TICKS = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int(_stat_fields(int(entry.name))[1])
        except (OSError, IndexError, ValueError):
            continue
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _stat_fields(pid: int) -> list[str]:
    """Fields of /proc/<pid>/stat after the command name (field 3 onwards)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()


def tree_pids(root: int) -> list[int]:
    """``root`` and all of its descendants that are alive now."""
    tree = _children()
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += tree.get(pid, [])
    return pids


def tree_cpu_seconds(root: int) -> float:
    """User + system CPU seconds of ``root``'s process tree, including reaped children."""
    total = 0
    for pid in tree_pids(root):
        try:
            fields = _stat_fields(pid)
        except OSError:
            continue
        # utime, stime, cutime, cstime are fields 14-17 (indices 11-14 after the name).
        total += sum(int(v) for v in fields[11:15])
    return total / _TICKS


class Server:
    """A server process this benchmark owns: started in its own session, stopped on exit."""

    def __init__(self, name: str, argv: Sequence[str], log: Path) -> None:
        self.name = name
        self.argv = list(argv)
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                self.argv, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        return self

    @property
    def pid(self) -> int:
        """Process id of the server's main process."""
        if self.proc is None:
            raise RuntimeError(f"{self.name} is not running")
        return self.proc.pid

    def wait_until(self, ready: Callable[[], bool], timeout: float) -> None:
        """Poll ``ready`` until true; raise with the log's tail if the server dies or stalls."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited early:\n{self._tail()}")
            if ready():
                return
            time.sleep(0.25)
        raise RuntimeError(f"{self.name} not ready after {timeout:.0f} s:\n{self._tail()}")

    def _tail(self) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-15:])
        except OSError:
            return "(no log)"

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        # The server runs in its own session: signal that process group only.
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=5)


def port_open(port: int) -> bool:
    """True when something accepts TCP connections on 127.0.0.1:``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


LISTENER_WAIT_SECONDS = 10.0  # how long a daemon's pre-forking may blur who listens


def listener_pid(port: int) -> int:
    """The process listening on TCP ``port`` (the parent, when its children share the socket).
    While a daemon is still forking its children the holders can form more than one tree
    for a moment, so this asks again for up to ``LISTENER_WAIT_SECONDS``."""
    deadline = time.monotonic() + LISTENER_WAIT_SECONDS
    while True:
        roots = _listener_roots(port)
        if len(roots) == 1:
            return roots[0]
        if time.monotonic() > deadline:
            raise RuntimeError(f"no single process tree listens on port {port}: {len(roots)}")
        time.sleep(0.2)


def _listener_roots(port: int) -> list[int]:
    """The roots of the process trees holding a listening socket on TCP ``port``."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as handle:
            for line in handle.readlines()[1:]:
                fields = line.split()
                # local_address is HEX_IP:HEX_PORT; state 0A is LISTEN.
                if fields[1].rsplit(":", 1)[1] == f"{port:04X}" and fields[3] == "0A":
                    inodes.add(fields[9])
    holders = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if any(f"socket:[{inode}]" in links for inode in inodes):
            holders.append(int(entry.name))
    parents = {}
    for pid in holders:
        try:
            parents[pid] = int(_stat_fields(pid)[1])
        except (OSError, IndexError, ValueError):
            continue  # it exited since
    return [pid for pid, ppid in parents.items() if ppid not in parents]
