"""A pyinstrument profile of our hot path: one process scanning the benchmark messages.

Two views of the same samples: the stages of ``Scanner.scan`` (inclusive time of the
outermost call of each of our functions, so a stage is not counted twice when it recurses)
and the functions with the most self time anywhere (ours, the stdlib or a library).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pyinstrument import Profiler
from pyinstrument.frame import Frame

from bench.peers_data import Labelled

ROOT = Path(__file__).resolve().parents[1]
TOP = 12


def _label(frame: Frame) -> str:
    where = frame.file_path_short or frame.file_path or "?"
    name = f"{frame.class_name}.{frame.function}" if frame.class_name else frame.function
    return f"{name} ({where}:{frame.line_no})"


def _ours(frame: Frame) -> bool:
    path = frame.file_path or ""
    return path.startswith(str(ROOT / "scanner")) or "/scanner/" in path and ".venv" not in path


def _walk(
    frame: Frame,
    inclusive: defaultdict[str, float],
    exclusive: defaultdict[str, float],
    open_ours: frozenset[str],
) -> None:
    # pyinstrument's synthetic "[self]" children are already in total_self_time: skip them.
    if frame.is_synthetic:
        return
    label = _label(frame)
    exclusive[label] += frame.total_self_time
    if _ours(frame) and label not in open_ours:
        inclusive[label] += frame.time
        open_ours = open_ours | {label}
    for child in frame.children:
        _walk(child, inclusive, exclusive, open_ours)


def _top(times: dict[str, float]) -> list[tuple[str, float]]:
    return sorted(times.items(), key=lambda item: item[1], reverse=True)[:TOP]


def profile_scan(messages: Sequence[Labelled]) -> dict[str, Any]:
    """Profile scanning ``messages`` once; top inclusive (ours) and self-time entries."""
    from scanner.assembly import build_scanner
    from scanner.config import load_settings

    scanner = build_scanner(load_settings())
    scanner.scan(messages[0].raw)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for message in messages:
        scanner.scan(message.raw)
    profiler.stop()
    root = profiler.last_session.root_frame() if profiler.last_session else None
    if root is None:
        raise RuntimeError("pyinstrument recorded no samples")
    inclusive: defaultdict[str, float] = defaultdict(float)
    exclusive: defaultdict[str, float] = defaultdict(float)
    _walk(root, inclusive, exclusive, frozenset())
    total = root.time
    return {
        "messages": len(messages),
        "seconds": total,
        "stages": [(name, t, t / total) for name, t in _top(inclusive)],
        "self": [(name, t, t / total) for name, t in _top(exclusive)],
        "text": profiler.output_text(unicode=False, color=False, show_all=False),
    }
