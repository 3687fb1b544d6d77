"""Latency-bounded capacity: the highest load each relay takes within the latency target.

The ``compare`` part checks the added p99 at two fixed shares of the stock relay's capacity.
This part answers the question an operator sizing a deployment asks instead: up to what
offered load does a relay add less than ``TARGET_ADDED_P99_MS`` p99 over direct delivery?

For 5 KB mail at each session count, the stock relay's closed-loop capacity is measured
first; then direct delivery and every relay in ``SLO_RELAYS`` are offered each share of it
in ``SLO_SHARES``, lowest first, interleaved over ``rounds`` rounds at each share. What a
relay adds there is the median over rounds of each round's p99, less direct delivery's
(the ``*_median_round`` reading of ``compare``): on this shared 2-core VM one stall of a
few tens of ms in one 3-second window sets a pooled p99, and a capacity read from pooled
p99s would say more about the VM than the relay. A relay's latency-bounded load is the
highest share at which it, and every lower share, added less than the target: one lucky
round above a failure does not count. The ladder stops once no relay is within it.
"""

from __future__ import annotations

from typing import Any

from bench.proxy_load import (
    TARGET_ADDED_P99_MS,
    Servers,
    measure,
    median_load,
    median_round_p99,
    newsletter,
    paced_rounds,
)

SLO_SHARES = (0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0)
SLO_RELAYS = ("stock", "proxy")  # each compared with direct delivery at the same load
SLO_SESSIONS = (10, 50)


def latency_bounded(servers: Servers, seconds: float, rounds: int) -> list[dict[str, Any]]:
    """One row per session count: each relay's latency-bounded load and its added p99 at
    every share tried."""
    sink, sink_pids = servers.sink()
    stock, stock_pids = servers.relays(sink, 1, kind="stock")
    proxy, proxy_pids = servers.proxies(sink, 1)
    targets = {
        "direct": (sink, sink_pids),
        "stock": (stock, stock_pids),
        "proxy": (proxy, proxy_pids),
    }
    payload = newsletter(5)
    rows = []
    for sessions in SLO_SESSIONS:
        capacity = median_load(
            [measure([stock], sessions, payload, seconds, stock_pids) for _ in range(rounds)]
        ).msg_s
        added: dict[str, dict[float, float]] = {name: {} for name in SLO_RELAYS}
        for share in SLO_SHARES:
            if all(_failed(by_share) for by_share in added.values()):
                break
            runs = paced_rounds(targets, sessions, payload, seconds, rounds, share * capacity)
            direct_p99 = median_round_p99(runs["direct"])
            for name in added:
                added[name][share] = median_round_p99(runs[name]) - direct_p99
        rows.append(_row(sessions, capacity, added))
    return rows


def _row(sessions: int, capacity: float, added: dict[str, dict[float, float]]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "case": f"latency-bounded load, {sessions} sessions, 5 KB",
        "stock_msg_s": capacity,
    }
    bounded = {name: highest_within(by_share) for name, by_share in added.items()}
    for name, share in bounded.items():
        row[f"slo_share_{name}"] = share
        row[f"slo_msg_s_{name}"] = round(share * capacity, 1)
    if bounded["stock"]:
        row["ratio"] = round(bounded["proxy"] / bounded["stock"], 3)
    for name, by_share in added.items():
        for share, value in by_share.items():
            row[f"slo_round_added_p99_ms_{name}_at_{share:g}"] = value
    return row


def _failed(added_by_share: dict[float, float]) -> bool:
    """Whether the relay has missed the target at a share tried so far."""
    return any(value >= TARGET_ADDED_P99_MS for value in added_by_share.values())


def highest_within(added_by_share: dict[float, float]) -> float:
    """The highest share at which the added p99, and that at every lower share, stayed
    under the target (0.0 if the lowest did not)."""
    highest = 0.0
    for share in sorted(added_by_share):
        if added_by_share[share] >= TARGET_ADDED_P99_MS:
            break
        highest = share
    return highest
