"""Several ``scanner proxy`` processes on one port (SO_REUSEPORT) sharing one review queue:
every message is relayed or held exactly once, and SIGTERM stops each process cleanly."""

from __future__ import annotations

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bench.loopback import ProxyProcess, SinkThread, write_config
from tests.reliability.harness import held_message_ids, mail, send, store_settings

MESSAGES = 60
CLIENTS = 8


@pytest.mark.slow
def test_processes_sharing_a_port_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    sink = SinkThread()
    config = write_config(tmp_path, reuse_port=True)
    data_dir = tmp_path / "var"
    first = ProxyProcess(config, data_dir, sink.port)
    second = ProxyProcess(config, data_dir, sink.port, port=first.port)
    try:
        first.start()
        second.start()  # returns on any greeting: the first process answers on this port too
        _wait_listening(second)
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
        assert "verdict" in first.log() and "verdict" in second.log()
    finally:
        for proxy in (first, second):
            proxy.stop()
        sink.close()
    assert first.process is not None and first.process.returncode == 0
    assert second.process is not None and second.process.returncode == 0


def _wait_listening(proxy: ProxyProcess, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while "proxy listening" not in proxy.log():
        assert proxy.alive(), proxy.log()
        assert time.monotonic() < deadline, "second proxy did not listen in time"
        time.sleep(0.2)
