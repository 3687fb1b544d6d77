"""Review-queue store throughput: hold (the proxy's synchronous call), list, claim+decide.

Runs on SQLite (a temp data dir, ``synchronous=FULL``) and, when reachable, on the local
PostgreSQL (a throw-away schema in database ``test``). Messages are corpus-sized (~8 KiB).
"""

from __future__ import annotations

import secrets
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import psycopg

from review_queue.service import CLI, ReviewService
from review_queue.store.types import ItemFilter, Role
from scanner.config import Settings, Store
from scanner.model import Action, ClientInfo, Envelope, Finding, Verdict

HOLDS = 200
DECISIONS = 100
PG = "postgresql://postgres@127.0.0.1:5432/test"


def _message(index: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"sender{index}@org.example"
    msg["To"] = "donor@example.net"
    msg["Subject"] = f"Report {index}"
    msg.set_content(f"Dear donor,\n\nreference 219-09-{index:04d} for your records.\n" * 120)
    return msg.as_bytes()


def _case(backend: str, url: str, data_dir: Path) -> dict[str, Any]:
    settings = Settings(data_dir=data_dir, store=Store(url=url))
    service = ReviewService.open(settings)
    try:
        reviewer = service.create_user("bench", Role.REVIEWER, "benchmark passphrase 1", CLI)
        finding = Finding("bench", "government_id", "X", "body:text/plain", "0", 0, 11, 0.9)
        verdict = Verdict(Action.HOLD, {"tos": 0.1, "sensitive": 0.9}, ("government_id",),
                          (finding,), (), ())  # fmt: skip
        envelope = Envelope("sender@org.example", ("donor@example.net",), ClientInfo(login="c1"))
        raws = [_message(i) for i in range(HOLDS)]
        start = time.perf_counter()
        ids = [service.hold(envelope, raw, verdict) for raw in raws]
        hold_s = time.perf_counter() - start
        start = time.perf_counter()
        for page in range(1, 11):
            service.list_items(ItemFilter(), CLI, page, 20)
        list_s = (time.perf_counter() - start) / 10
        start = time.perf_counter()
        for item_id in ids[:DECISIONS]:
            lease = service.claim(item_id, reviewer)
            service.decide(item_id, reviewer, "reject", lease.token)
        decide_s = time.perf_counter() - start
    finally:
        service.close()
    return {
        "suite": "review_store",
        "case": backend,
        "holds_per_s": HOLDS / hold_s,
        "hold_ms": 1000 * hold_s / HOLDS,
        "list_page_ms": 1000 * list_s,
        "claim_decide_ms": 1000 * decide_s / DECISIONS,
        "msg_bytes": sum(map(len, raws)) // HOLDS,
    }


def run() -> list[dict[str, Any]]:
    """One row per backend."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(_case("sqlite", "", Path(tmp) / "sqlite"))
        schema = f"rq_bench_{secrets.token_hex(4)}"
        try:
            admin = psycopg.connect(PG, autocommit=True, connect_timeout=3)
        except psycopg.OperationalError:
            return rows
        with admin:
            admin.execute(f'CREATE SCHEMA "{schema}"')
            try:
                url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
                rows.append(_case("postgresql", url, Path(tmp) / "pg"))
            finally:
                admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
