"""Interleaved A/B of the proxy of several checkouts: is a change in the proxy's ratios the
code or the machine?

``make bench`` compares the proxy with stock aiosmtpd in the same run, but two runs of it
are minutes or hours apart, and on a shared 2-core VM the ratio moves by 20-30% between
them with the same code. This runs one ``scanner proxy`` per checkout (a ``git worktree``
of another commit, say) side by side against one sink and one stock relay, and measures
them in turn, round after round, so that each round's load on the machine is shared by
all of them: a difference that holds in every round is the code's.

    .venv/bin/python -m bench.proxy_ab /tmp/wt-base . --rounds 8

A checkout needs the compiled word pass (``scanner/tos/_words*.so``, built by
``make setup``); one without it gets a copy of this tree's. The proxies run on this
tree's virtualenv with production defaults (``bench.proxy_load.proxy_config``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench.loopback import ProxyProcess, wait_listening
from bench.proxy_load import ROOT, Servers, measure, newsletter, proxy_config

WORD_PASS = "scanner/tos/_words*.so"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.proxy_ab", description=__doc__)
    parser.add_argument("checkouts", nargs="+", type=Path, help="source trees to compare")
    parser.add_argument("--sessions", default="10,50", help="concurrent sessions, comma list")
    parser.add_argument("--rounds", type=int, default=6, help="interleaved rounds")
    parser.add_argument("--seconds", type=float, default=1.5, help="measured window per run")
    parser.add_argument("--size-kb", type=int, default=5, help="message size")
    args = parser.parse_args(argv)
    try:
        sessions = [int(part) for part in args.sessions.split(",")]
    except ValueError:
        parser.error(f"--sessions: not a comma list of numbers: {args.sessions!r}")
    if min(sessions) < 1 or args.rounds < 1 or args.seconds <= 0:
        parser.error("--sessions and --rounds must be at least 1, --seconds above 0")
    for checkout in args.checkouts:
        if not (checkout / "scanner" / "__main__.py").is_file():
            parser.error(f"{checkout}: not a mailguard checkout (no scanner/__main__.py)")
    print(
        compare(
            [c.resolve() for c in args.checkouts], sessions, args.rounds, args.seconds, args.size_kb
        )
    )
    return 0


def compare(
    checkouts: Sequence[Path], sessions: Sequence[int], rounds: int, seconds: float, size_kb: int
) -> str:
    """Measure stock and each checkout's proxy in turn, ``rounds`` times; the report."""
    for checkout in checkouts:
        _ensure_word_pass(checkout)
    payload = newsletter(size_kb)
    with tempfile.TemporaryDirectory(prefix="mailguard-bench-ab-") as tmp:
        servers = Servers(Path(tmp))
        proxies: list[ProxyProcess] = []
        try:
            sink, _ = servers.sink()
            stock, stock_pids = servers.relays(sink, 1, kind="stock")
            targets = {"stock": (stock, stock_pids)}
            for index, checkout in enumerate(checkouts):
                config = proxy_config(Path(tmp) / f"proxy{index}")
                proxy = ProxyProcess(config, config.parent / "var", sink, checkout=checkout)
                proxies.append(proxy)
                proxy.start()
                wait_listening(proxy)
                targets[f"{index}: {checkout}"] = (proxy.port, [proxy.pid])
            rates: dict[tuple[str, int], list[float]] = {}
            for _ in range(rounds):
                for count in sessions:
                    for name, (port, pids) in targets.items():
                        load = measure([port], count, payload, seconds, pids)
                        rates.setdefault((name, count), []).append(load.msg_s)
        finally:
            for proxy in proxies:
                proxy.stop()
            servers.stop()
    return report(rates, list(targets), sessions)


def report(
    rates: dict[tuple[str, int], list[float]], names: Sequence[str], sessions: Sequence[int]
) -> str:
    """Per session count: each target's median messages/s, and its ratio to stock taken
    round by round (the median of those, and each round's)."""
    lines = []
    for count in sessions:
        stock = rates[("stock", count)]
        lines += [
            f"{count} sessions (stock: median {statistics.median(stock):,.0f} msg/s)",
            "| target | median msg/s | ratio to stock, median of rounds | each round |",
            "|---|---|---|---|",
        ]
        for name in names[1:]:
            measured = rates[(name, count)]
            ratios = [m / s if s else float("nan") for m, s in zip(measured, stock, strict=True)]
            lines.append(
                f"| {name} | {statistics.median(measured):,.0f} | "
                f"{statistics.median(ratios):.3f} | {' '.join(f'{r:.2f}' for r in ratios)} |"
            )
        lines.append("")
    return "\n".join(lines)


def _ensure_word_pass(checkout: Path) -> None:
    if not any(checkout.glob(WORD_PASS)):
        for built in ROOT.glob(WORD_PASS):
            shutil.copy2(built, checkout / built.relative_to(ROOT))
            print(f"copied {built.name} into {checkout}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
