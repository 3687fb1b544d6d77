"""rspamd (Debian package) with the committed local-only config, driven by ``rspamc``.

rspamd runs in the foreground from ``deploy/rspamd/rspamd.conf`` with two scanning worker
processes on a loopback port; its database, pid and log files live in a temporary
directory. Two timed passes over every message, one ``rspamc`` process each: with two
requests in flight (``-n 2``, the same parallelism as the other tools) and with
``SATURATED_IN_FLIGHT`` (so rspamd's two workers are never idle waiting for the client;
its best throughput is the one the target is checked against). Latency is rspamc's
per-message ``scan_time`` (request sent to reply read, millisecond resolution); the spam
score is rspamd's score.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from bench.loopback import free_port
from bench.peers_data import Labelled
from bench.peers_metrics import ToolRun
from bench.peers_procs import Server, port_open, tree_cpu_seconds

CONFIG = Path(__file__).resolve().parents[1] / "deploy" / "rspamd" / "rspamd.conf"
WORKERS = 2  # count in deploy/rspamd/rspamd.conf
STARTUP_TIMEOUT_S = 180.0
HYPERSCAN_TIMEOUT_S = 240.0
RUN_TIMEOUT_S = 900.0
SATURATED_IN_FLIGHT = 8


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _rspamc(port: int, directory: Path, in_flight: int = WORKERS) -> tuple[list[str], float]:
    """Output lines of one ``rspamc`` pass over ``directory`` and its wall time."""
    started = time.perf_counter()
    done = subprocess.run(
        ["rspamc", "-h", f"127.0.0.1:{port}", "-n", str(in_flight), "-t", "60", "-j", "--compact"]
        + [str(directory)],
        capture_output=True,
        timeout=RUN_TIMEOUT_S,
        check=False,
    )
    wall = time.perf_counter() - started
    return done.stdout.decode("utf-8", "replace").splitlines(), wall


def _hyperscan_loaded(log: Path) -> bool:
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return False
    return text.count("rspamd_worker_hyperscan_ready") >= WORKERS


def dns_requests(log: Path) -> int:
    """Messages whose rspamd log line reports DNS requests (0 with the local-only config)."""
    return len(re.findall(r"dns req: [1-9]", log.read_text(errors="replace")))


def run_rspamd(
    messages: Sequence[Labelled], warmup: Sequence[Labelled], workdir: Path
) -> list[ToolRun]:
    """Start rspamd, warm it up on ``warmup``, time a pass over ``messages`` at each
    parallelism, stop it."""
    mail = workdir / "rspamd-mail"
    warm = workdir / "rspamd-warmup"
    mail.mkdir()
    warm.mkdir()
    names = {}
    for number, message in enumerate(messages):
        name = f"{number:06d}.eml"
        (mail / name).write_bytes(message.raw)
        names[str(mail / name)] = message.id
    for number, message in enumerate(warmup):
        (warm / f"{number:06d}.eml").write_bytes(message.raw)
    state = workdir / "rspamd-state"
    state.mkdir()
    port = free_port()
    argv = ["rspamd", "-f", "-i", "-c", str(CONFIG)] + [
        f"--var={key}={value}"
        for key, value in (
            ("LOCAL_CONFDIR", CONFIG.parent),
            ("DBDIR", state),
            ("RUNDIR", state),
            ("LOGDIR", state),
            ("BENCH_BIND", f"127.0.0.1:{port}"),
        )
    ]
    passes = []
    with Server("rspamd", argv, state / "stdout.log") as server:
        server.wait_until(lambda: port_open(port), STARTUP_TIMEOUT_S)
        # Until hyperscan is compiled the workers match with PCRE: wait, then warm up.
        server.wait_until(lambda: _hyperscan_loaded(state / "rspamd.log"), HYPERSCAN_TIMEOUT_S)
        _rspamc(port, warm)
        for in_flight in (WORKERS, SATURATED_IN_FLIGHT):
            cpu_before, client_before = tree_cpu_seconds(server.pid), _children_cpu()
            lines, wall = _rspamc(port, mail, in_flight)
            cpu = tree_cpu_seconds(server.pid) - cpu_before
            client = _children_cpu() - client_before
            passes.append((in_flight, lines, wall, cpu, client))
    asked_dns = dns_requests(state / "rspamd.log")
    return [
        _tool_run(in_flight, lines, wall, cpu, client, names, len(messages), asked_dns)
        for in_flight, lines, wall, cpu, client in passes
    ]


def _tool_run(
    in_flight: int,
    lines: list[str],
    wall: float,
    cpu: float,
    client: float,
    names: dict[str, str],
    count: int,
    asked_dns: int,
) -> ToolRun:
    scores: dict[str, float] = {}
    latencies: list[float] = []
    for line in lines:
        if not line.startswith("{"):
            continue
        reply = json.loads(line)
        message_id = names.get(reply.get("filename", ""))
        if message_id is not None and "score" in reply:
            scores[message_id] = float(reply["score"])
            latencies.append(float(reply.get("scan_time", "nan")))
    if len(scores) != count:
        raise RuntimeError(f"rspamd answered {len(scores)} of {count} messages")
    return ToolRun(
        tool=f"rspamd 3.4 via rspamc ({WORKERS} workers, {in_flight} in flight, local checks)",
        messages=count,
        wall_s=wall,
        cpu_s=cpu,
        client_cpu_s=client,
        latencies_s=tuple(latencies),
        scores=scores,
        notes=(f"messages that made rspamd ask DNS (warm-up and both timed passes): {asked_dns}",)
        if in_flight == WORKERS
        else (),
    )
