"""Run the benchmark suites, print the table, write bench/results/latest.{json,md}.

Each suite module has ``run() -> list[dict]``; a row names its ``suite`` and ``case`` and
carries measurements plus, where a reference ran in the same process, a ``ratio``.
``python -m bench parse detect`` runs only the named suites.
"""

from __future__ import annotations

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


def main(argv: list[str]) -> int:
    wanted = argv or list(SUITES)
    rows: list[dict[str, Any]] = []
    for name in wanted:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bench.{name}":
                raise
            sys.stderr.write(f"bench: suite {name!r} not available yet, skipped\n")
            continue
        started = time.perf_counter()
        suite_rows = module.run()
        sys.stderr.write(f"bench: {name} took {time.perf_counter() - started:.1f} s\n")
        rows += [{"suite": name, **row} for row in suite_rows]
    machine = describe_machine()
    table = render(rows)
    print(table)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    (RESULTS / "latest.json").write_text(
        json.dumps({"date": stamp, "machine": machine, "rows": rows}, indent=2) + "\n"
    )
    header = f"# Benchmark results\n\nRun {stamp} on: {machine['summary']}\n\n"
    (RESULTS / "latest.md").write_text(header + table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
