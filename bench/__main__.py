"""Run the benchmark suites, print the table, write bench/results/latest.{json,md}.

Each suite module has ``run() -> list[dict]``; a row names its ``suite`` and ``case`` and
carries measurements plus, where a reference ran in the same process, a ``ratio``.
``python -m bench parse detect`` runs only the named suites and writes partial.{json,md}
instead: the committed latest.* always hold a whole run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.machine import describe_machine

SUITES = ("parse", "detect", "tos", "proxy")
RESULTS = Path(__file__).resolve().parent / "results"


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def render(rows: list[dict[str, Any]]) -> str:
    """A Markdown table over the union of the rows' keys."""
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(row.get(c, "")) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def _suite(name: str) -> Any:
    """The module of suite ``name`` (``bench/<name>.py`` with a ``run``)."""
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"bench.{name}":
            raise
        module = None
    if not callable(getattr(module, "run", None)):
        raise argparse.ArgumentTypeError(
            f"no benchmark suite {name!r} (the full run: {', '.join(SUITES)}; also soak)"
        )
    return module


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run benchmark suites and print one table of ratios against references "
        "run in the same process. With no suite named: every suite, written to "
        "bench/results/latest.{json,md}; with some: only those, written to partial.{json,md}.",
    )
    parser.add_argument("suites", nargs="*", metavar="SUITE", help=f"of {', '.join(SUITES)}, soak")
    args = parser.parse_args(argv)
    try:
        args.modules = [(name, _suite(name)) for name in args.suites or SUITES]
    except argparse.ArgumentTypeError as exc:
        parser.error(str(exc))
    return args


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    rows: list[dict[str, Any]] = []
    for name, module in args.modules:
        started = time.perf_counter()
        suite_rows = module.run()
        sys.stderr.write(f"bench: {name} took {time.perf_counter() - started:.1f} s\n")
        rows += [{"suite": name, **row} for row in suite_rows]
    machine = describe_machine()
    table = render(rows)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    stem = "partial" if args.suites else "latest"
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    (RESULTS / f"{stem}.json").write_text(
        json.dumps({"date": stamp, "machine": machine, "rows": rows}, indent=2) + "\n"
    )
    header = f"# Benchmark results\n\nRun {stamp} on: {machine['summary']}\n\n"
    (RESULTS / f"{stem}.md").write_text(header + table + "\n")
    sys.stderr.write(f"bench: written to {RESULTS / stem}.{{json,md}}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
