"""Fixtures for fault tests: a switchable next hop on loopback and the real proxy process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.reliability.harness import SinkThread


@pytest.fixture
def sink() -> Iterator[SinkThread]:
    running = SinkThread()
    yield running
    running.close()
