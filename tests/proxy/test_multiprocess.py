"""Several ``scanner proxy`` processes on one port (SO_REUSEPORT) sharing one review queue:
every message is relayed or held exactly once, and SIGTERM stops each process, and its scan
workers, cleanly after the mail in flight is done."""

from __future__ import annotations

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.loopback import ProxyProcess, SinkThread, wait_listening, write_config
from bench.peers_procs import tree_pids
from tests.reliability.harness import held_message_ids, mail, send, store_settings

MESSAGES = 60
CLIENTS = 8


def _start_two(
    config: Path, data_dir: Path, relay_port: int, env: dict[str, str] | None = None
) -> tuple[ProxyProcess, ...]:
    first = ProxyProcess(config, data_dir, relay_port, env)
    second = ProxyProcess(config, data_dir, relay_port, env, port=first.port)
    first.start()
    second.start()  # returns on any greeting: the first process answers on this port too
    wait_listening(second)
    return first, second


@pytest.mark.slow
def test_processes_sharing_a_port_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    sink = SinkThread()
    config = write_config(tmp_path, lexicons=False, reuse_port=True)
    data_dir = tmp_path / "var"
    first, second = _start_two(config, data_dir, sink.port)
    try:
        # Every third message is from a customer whose mail the policy holds.
        jobs = [
            (f"mp-{n}@test", "news@hold.example" if n % 3 == 0 else "news@riverside.example")
            for n in range(MESSAGES)
        ]
        with ThreadPoolExecutor(CLIENTS) as pool:
            codes = list(
                pool.map(lambda job: send(first.port, mail(job[0], job[1]), job[1])[0], jobs)
            )
        assert codes == [250] * MESSAGES
        relayed = Counter(sink.handler.received)
        held = held_message_ids(store_settings(data_dir, config))
        expected_held = {mid for mid, sender in jobs if sender.endswith("hold.example")}
        assert set(held) == expected_held and set(held.values()) == {1}
        assert set(relayed) == {mid for mid, _ in jobs} - expected_held
        assert set(relayed.values()) == {1}
        # The kernel spread the connections: both processes scanned mail.
        assert "message done" in first.log() and "message done" in second.log()
    finally:
        for proxy in (first, second):
            proxy.stop()
        sink.close()
    assert first.process is not None and first.process.returncode == 0
    assert second.process is not None and second.process.returncode == 0


@pytest.mark.slow
def test_sigterm_finishes_mail_in_flight_in_every_process(tmp_path: Path) -> None:
    sink = SinkThread()
    sink.handler.mode, sink.handler.delay_seconds = "delay", 2.0  # each relay takes 2 s
    config = write_config(tmp_path, lexicons=False, reuse_port=True, executor="process", workers=1)
    # DEBUG: the "verdict" line, logged before the relay starts, shows mail in flight.
    debug = {"MAILGUARD_LOGGING_LEVEL": "DEBUG"}
    first, second = _start_two(config, tmp_path / "var", sink.port, debug)
    workers = [pid for proxy in (first, second) for pid in tree_pids(proxy.pid)[1:]]
    try:
        with ThreadPoolExecutor(CLIENTS) as pool:
            replies = [
                pool.submit(send, first.port, mail(f"term-{n}@test"), "news@riverside.example")
                for n in range(CLIENTS)
            ]
            deadline = time.monotonic() + 60
            while not ("verdict" in first.log() and "verdict" in second.log()):
                assert time.monotonic() < deadline, "mail did not reach both processes"
                time.sleep(0.05)
            for proxy in (first, second):  # both drain while relaying
                assert proxy.process is not None
                proxy.process.terminate()
            codes = {f"term-{n}@test": r.result()[0] for n, r in enumerate(replies)}
        for proxy in (first, second):
            assert proxy.process is not None and proxy.process.wait(30) == 0
    finally:
        for proxy in (first, second):
            proxy.stop()
        sink.close()
    relayed = Counter(sink.handler.received)
    assert set(relayed.values()) <= {1}
    # 250 exactly for what was delivered; the rest got a 4xx (or no reply) and is retried.
    assert {mid for mid, code in codes.items() if code == 250} == set(relayed)
    assert all(code == 0 or 400 <= code < 500 for mid, code in codes.items() if code != 250)
    assert len(relayed) >= 2  # mail was in flight in both processes and finished
    assert workers
    deadline = time.monotonic() + 10
    while alive := [pid for pid in workers if _running(pid)]:
        assert time.monotonic() < deadline, f"scan workers outlived their proxy: {alive}"
        time.sleep(0.1)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
