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
WIDE = 10  # measures past which a table is printed transposed


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def _measures(row: dict[str, Any]) -> tuple[str, ...]:
    """The keys a row has a value for, besides its suite and case."""
    return tuple(k for k, v in row.items() if k not in ("suite", "case") and v not in (None, ""))


def _table(cases: list[dict[str, Any]], measures: tuple[str, ...]) -> list[str]:
    """Cases as rows and measures as columns; transposed (a line per measure, a column per
    case) when there are more than ``WIDE`` measures, so that no table runs off the page."""
    if len(measures) <= WIDE:
        header, body = ["case", *measures], [[c["case"], *(c[m] for m in measures)] for c in cases]
    else:
        header = ["measure", *(c["case"] for c in cases)]
        body = [[m, *(c[m] for c in cases)] for m in measures]
    lines = ["| " + " | ".join(map(str, header)) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_cell(v) for v in row) + " |" for row in body]


def render(rows: list[dict[str, Any]]) -> str:
    """Markdown: a section per suite; within it, the cases with the same measures share one
    table."""
    lines: list[str] = []
    for suite in dict.fromkeys(row["suite"] for row in rows):
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in (r for r in rows if r["suite"] == suite):
            groups.setdefault(_measures(row), []).append(row)
        lines += [f"## {suite}", "", f"What each measure means: `bench/{suite}.py`."]
        for measures, cases in groups.items():
            lines += ["", *_table(cases, measures)]
        lines.append("")
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
