"""A private Postfix instance in a temporary directory (root only), for end-to-end tests.

It uses the shipped snippets in ``deploy/postfix/`` with the test's ports substituted, so
the snippets themselves are what is tested.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from bench.loopback import free_port

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy" / "postfix"
POSTFIX = "/usr/sbin/postfix"


def require_postfix() -> None:
    """Fail (not skip) with the fix when Postfix or root is missing."""
    if not Path(POSTFIX).exists() or not Path("/usr/lib/postfix/sbin/master").exists():
        pytest.fail("postfix is not installed: run scripts/install-system-deps.sh as root")
    if os.geteuid() != 0:
        pytest.fail("the Postfix end-to-end tests start a private instance and need root")


class PostfixInstance:
    """``start()`` a Postfix with its own config, queue and log; ``stop()`` removes it."""

    def __init__(self, mode: str, smtp_port: int, proxy_port: int, sink_port: int) -> None:
        self.mode = mode
        self.smtp_port = smtp_port
        self.proxy_port = proxy_port
        self.reinject_port = free_port()
        self.sink_port = sink_port
        self.base = Path(tempfile.mkdtemp(prefix="mailguard-postfix-"))
        self.base.chmod(0o755)
        self.conf = self.base / "conf"
        self.log = self.base / "log" / "postfix.log"

    def _snippet(self, name: str) -> str:
        text = (DEPLOY / self.mode / name).read_text()
        for port, ours in ((10025, self.proxy_port), (10026, self.reinject_port)):
            text = text.replace(f"127.0.0.1:{port}", f"127.0.0.1:{ours}")
            text = text.replace(f"[127.0.0.1]:{port}", f"[127.0.0.1]:{ours}")
        return text

    def write_config(self) -> None:
        for sub in ("conf", "queue", "data", "log"):
            (self.base / sub).mkdir()
        shutil.chown(self.base / "data", "postfix")
        main = [
            "compatibility_level = 3.6",
            f"queue_directory = {self.base / 'queue'}",
            f"data_directory = {self.base / 'data'}",
            f"maillog_file = {self.log}",
            f"maillog_file_prefixes = {self.log.parent}",
            "syslog_name = mailguard-test",
            "inet_interfaces = 127.0.0.1",
            "inet_protocols = ipv4",
            "myhostname = postfix.mailguard.test",
            "mydestination =",
            "mynetworks = 127.0.0.0/8",
            "alias_maps =",
            "alias_database =",
            f"relayhost = [127.0.0.1]:{self.sink_port}",
            "smtpd_relay_restrictions = permit_mynetworks, reject",
            "queue_run_delay = 1s",
            "minimal_backoff_time = 1s",
            "maximal_backoff_time = 2s",
            "smtp_connect_timeout = 5s",
            # the site's own header rules (and milters) must still run in either mode
            f"header_checks = regexp:{self.conf / 'header_checks'}",
        ]
        (self.conf / "header_checks").write_text("/^X-Strip-Me:/ IGNORE\n")
        if self.mode == "after-queue":
            main.append(self._snippet("main.cf"))
        (self.conf / "main.cf").write_text("\n".join(main) + "\n")
        master: list[str] = []
        for line in Path("/etc/postfix/master.cf").read_text().splitlines():
            fields = line.split()
            if line[:1].isalnum() and len(fields) >= 8:
                if fields[0] == "smtp" and fields[1] == "inet":
                    continue  # replaced below by the test's public port
                fields[4] = "n"  # no chroot: the instance lives in a temp dir
                line = "  ".join(fields)
            master.append(line)
        public = self._snippet("master.cf") if self.mode == "before-queue" else ""
        public = public.replace("smtp      inet", f"127.0.0.1:{self.smtp_port} inet", 1)
        if self.mode == "after-queue":
            public = f"127.0.0.1:{self.smtp_port} inet n - n - - smtpd\n" + self._snippet(
                "master.cf"
            )
        (self.conf / "master.cf").write_text("\n".join(master) + "\n" + public)

    def start(self) -> None:
        self.write_config()
        result = self._postfix("start")
        if result.returncode != 0:
            raise RuntimeError(f"postfix start failed: {result.stdout}{self.log_text()}")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.smtp_port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"postfix did not listen: {self.log_text()}")

    def stop(self) -> None:
        pid_file = self.base / "queue" / "pid" / "master.pid"
        pid = int(pid_file.read_text().strip()) if pid_file.exists() else None
        self._postfix("stop")
        deadline = time.monotonic() + 15
        while pid is not None and _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if pid is not None and _alive(pid):
            self._postfix("abort")
        shutil.rmtree(self.base, ignore_errors=True)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else "(no log)"

    def _postfix(self, command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [POSTFIX, "-c", str(self.conf), command],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
