"""The proxy benchmark's load generator against a real sink on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.proxy_load import Servers, measure, newsletter

pytestmark = pytest.mark.slow  # real sink process, two-second windows


def test_a_paced_load_offers_its_rate_and_a_closed_loop_does_not_wait(tmp_path: Path) -> None:
    servers = Servers(tmp_path)
    try:
        port, pids = servers.sink()
        paced = measure([port], 4, newsletter(5), 1.0, pids, rate=40)
        closed = measure([port], 4, newsletter(5), 1.0, pids)
    finally:
        servers.stop()
    assert 20 <= paced.msg_s <= 45  # 40/s offered over 4 sessions, one per 100 ms each
    assert len(paced.latencies) == round(paced.msg_s)
    assert closed.msg_s > 3 * paced.msg_s
