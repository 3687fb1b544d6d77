"""``scanner detect [FILE|-]``: sensitive-data findings for JSON-lines texts (evaluation tools).

In: ``{"id": ..., "text": "..."}`` per line. Out: ``{"id": ..., "findings": [{"entity",
"category", "start", "end", "score"}]}`` per line, offsets in code points into ``text``.
The matched values are never written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from scanner.clikit import EXIT_OK
from scanner.config import Settings
from scanner.detectors.loader import load_text_scanners, merged_hits
from scanner.errors import InputError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "detect",
        help="find sensitive data in JSON-lines texts ({id, text} -> {id, findings})",
        description='Read JSON lines {"id": ..., "text": ...} from FILE or - (stdin) and '
        'write {"id": ..., "findings": [{entity, category, start, end, score}]} per line. '
        "Exit 2 on a line that is not such an object.",
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="input, - = stdin")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    scanners = load_text_scanners(settings.detection)
    out = sys.stdout
    for item_id, text in _records(args.file):
        findings = [
            {
                "entity": hit.entity,
                "category": hit.category,
                "start": hit.start,
                "end": hit.end,
                "score": hit.score,
            }
            for hit in merged_hits(scanners, text)
        ]
        out.write(json.dumps({"id": item_id, "findings": findings}, ensure_ascii=False) + "\n")
        out.flush()
    return EXIT_OK


def _records(name: str) -> Iterator[tuple[Any, str]]:
    if name == "-":
        yield from _parse(sys.stdin, "stdin")
        return
    try:
        with open(name, encoding="utf-8") as handle:
            yield from _parse(handle, name)
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"{name}: not UTF-8 text") from None


def _parse(handle: TextIO, name: str) -> Iterator[tuple[Any, str]]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{name}: line {number}: not valid JSON") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{name}: line {number}: expected an object with a string 'text'")
        yield record.get("id"), record["text"]
