"""One Scanner per detection config for the in-process proxies of a test session.

A proxy with thread workers builds its Scanner at start (``ScanJob`` calls
``build_scanner``): loading the rule packs and lexicons takes seconds and is not what the
proxy tests test. The Scanner is stateless and thread-safe, so one per distinct
``limits``/``detection``/``tos`` config serves every proxy. The policy is not part of the
key: the proxy's own PolicyEngine decides (it re-decides every pipeline verdict), and that
is built fresh for each proxy and reload.
"""

from __future__ import annotations

import pytest

from scanner.assembly import build_scanner
from scanner.config import Settings
from scanner.pipeline import Scanner

_SCANNERS: dict[str, Scanner] = {}


def cached_build_scanner(settings: Settings) -> Scanner:
    """``build_scanner``, built once per detection config."""
    key = "|".join(
        getattr(settings, name).model_dump_json() for name in ("limits", "detection", "tos")
    )
    if key not in _SCANNERS:
        _SCANNERS[key] = build_scanner(settings)
    return _SCANNERS[key]


def reuse_scanners(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make in-process proxies (``scanner.proxy.job``) share the cached Scanners."""
    monkeypatch.setattr("scanner.proxy.job.build_scanner", cached_build_scanner)
