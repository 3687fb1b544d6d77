"""``review-queue serve``: the reviewer web UI and API, retention on a timer, /metrics."""

from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import uvicorn
from prometheus_client import REGISTRY, start_http_server

from review_queue.metrics import QueueCollector, register_queue_metrics
from review_queue.service import ReviewService
from review_queue.web import create_app
from scanner.clikit import EXIT_OK
from scanner.config import Review, Settings
from scanner.errors import ConfigError, cannot_listen

T = TypeVar("T")

log = logging.getLogger(__name__)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("serve", help="run the reviewer web UI and REST API")
    parser.add_argument("--listen", metavar="HOST:PORT", help="web UI address (review.listen)")
    parser.add_argument(
        "--release-relay",
        metavar="HOST:PORT",
        help="MTA port released mail is re-injected to (review.release_relay)",
    )
    parser.add_argument(
        "--metrics-listen", metavar="HOST:PORT", help="/metrics address (review.metrics_listen)"
    )
    # Also accepted after the command name; default SUPPRESS keeps a global --data-dir.
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="state directory")
    parser.set_defaults(handler=run)


def split_host_port(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[v6]:PORT``) to its parts; the value was validated by the config."""
    host, _, port = value.rpartition(":")
    return host.strip("[]"), int(port)


def with_overrides(settings: Settings, args: argparse.Namespace) -> Settings:
    """Settings with the command-line addresses applied and validated like config values."""
    overrides = {
        key: value
        for key, value in (
            ("listen", args.listen),
            ("release_relay", args.release_relay),
            ("metrics_listen", args.metrics_listen),
        )
        if value
    }
    if not overrides:
        return settings
    try:
        review = Review.model_validate({**settings.review.model_dump(), **overrides})
    except ValueError as exc:
        names = ", ".join(sorted(overrides))
        raise ConfigError(f"invalid address in {names}: must be HOST:PORT") from exc
    return settings.model_copy(update={"review": review})


def run(args: argparse.Namespace, settings: Settings) -> int:
    settings = with_overrides(settings, args)
    # both addresses are bound before anything else, so a port in use is a clear error
    # before a first admin password is printed
    host, port = split_host_port(settings.review.listen)
    ui_socket = _bind(
        "review.listen",
        host,
        port,
        lambda: socket.create_server((host, port), family=_family(host)),
    )
    metrics_host, metrics_port = split_host_port(settings.review.metrics_listen)
    try:
        _bind(
            "review.metrics_listen",
            metrics_host,
            metrics_port,
            lambda: start_http_server(metrics_port, metrics_host),
        )
    except ConfigError:
        ui_socket.close()
        raise
    service = ReviewService.open(settings)
    stop = threading.Event()
    try:
        created = service.ensure_admin()
        if created is not None:
            user, password = created
            sys.stdout.write(
                f"created the first admin account {user.name!r}; its password, shown only "
                f"this once: {password}\n"
            )
        queue_metrics = register_queue_metrics(service, REGISTRY)
        timer = threading.Thread(
            target=maintain,
            args=(service, settings.review.purge_interval_seconds, stop, queue_metrics),
            name="review-maintenance",
            daemon=True,
        )
        timer.start()
        sys.stdout.write(
            f"review UI: http://{settings.review.listen}/  "
            f"metrics: http://{settings.review.metrics_listen}/metrics\n"
        )
        sys.stdout.flush()
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings, service),
                host=host,
                port=port,
                access_log=False,  # paths and queries can name customers; metrics count requests
                log_config=None,  # keep mailguard's log format
                server_header=False,
            )
        )
        # uvicorn shuts down gracefully on SIGTERM and then re-raises the signal to the
        # previous handler: make that a normal exit, so the service is closed below. Start-up
        # is over: SIGINT is Ctrl-C again (``scanner.startup`` had it until now).
        signal.signal(signal.SIGTERM, _exit_ok)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        server.run(sockets=[ui_socket])
    finally:
        stop.set()
        service.close()
    return EXIT_OK


def _bind(setting: str, host: str, port: int, bind: Callable[[], T]) -> T:
    """``bind()``, with an address that cannot be bound reported as a configuration error."""
    try:
        return bind()
    except OSError as exc:
        raise cannot_listen(setting, host, port, exc) from None


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def _exit_ok(signum: int, frame: object) -> None:
    raise SystemExit(EXIT_OK)


def maintain(
    service: ReviewService,
    interval: float,
    stop: threading.Event,
    metrics: QueueCollector | None = None,
) -> None:
    """Run retention and release retries now and every ``interval`` s until ``stop`` is set."""
    while not stop.is_set():
        try:
            purged, delivered = service.maintenance()
            log.info(
                "maintenance",
                extra={
                    "expired": purged.expired,
                    "auto_released": purged.auto_released,
                    "bodies_deleted": purged.bodies_deleted,
                    "items_deleted": purged.items_deleted,
                    "compaction": purged.compaction,
                    "delivered": delivered.delivered,
                    "delivery_failed": delivered.failed,
                },
            )
            if metrics is not None:
                metrics.retention_succeeded()
        except Exception:  # one failed run must not stop the timer; the next one retries
            log.exception("maintenance_failed")
        stop.wait(interval)
