"""The proxy process: listener, scan pool, next-hop relay, metrics, signals.

SIGTERM/SIGINT drain (421 to new sessions and commands, in-flight DATA finishes within
``proxy.shutdown_deadline_seconds``); SIGHUP reloads config, rules, policy and models
atomically: a new scan pool is built and checked first, and a bad config keeps the old.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import socket
import ssl
from collections.abc import Callable, Iterator
from pathlib import Path

from prometheus_client import CollectorRegistry

from scanner.config import Settings
from scanner.errors import ConfigError, cannot_listen
from scanner.metrics import ProxyMetrics
from scanner.proxy.eventloop import running_loop_name
from scanner.proxy.handler import ProxyHandler, Runtime
from scanner.proxy.health import HealthServer
from scanner.proxy.job import ScanJob
from scanner.proxy.readiness import Readiness
from scanner.proxy.relay import Relay
from scanner.proxy.smtp import Gate, GuardSMTP
from scanner.proxy.store import LazyStore, Opener, review_queue_opener
from scanner.proxy.workers import ScanPool
from scanner.ratelimit import RateLimiter
from scanner.startup import in_daemon_thread

log = logging.getLogger(__name__)


class _WithoutClientText(logging.Filter):
    """aiosmtpd's warning for an unrecognised command quotes the client's line, which can
    be an address or a line of the body: keep the event, drop the text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "%r unrecognised: %s":
            record.msg, record.args = "unrecognised SMTP command (text withheld)", ()
        return True


# aiosmtpd logs every address at INFO on this logger; addresses must never be logged.
logging.getLogger("mail.log").setLevel(logging.WARNING)
logging.getLogger("mail.log").addFilter(_WithoutClientText())


# What a SIGHUP reload applies: these sections (a new scan pool is built from them) and these
# [proxy] keys (the pool's, and those read when used). Every other key is read once at
# start-up; of [review], which belongs to the review service, only the keys the proxy's
# hold store reads when it opens are compared.
RELOADED_SECTIONS = frozenset({"policy", "limits", "detection", "tos"})
REVIEW_KEYS_AT_START = frozenset({"duplicate_window_seconds"})
RELOADED_PROXY_KEYS = frozenset(
    {
        "workers",
        "executor",
        "scans_per_worker",
        "scan_spill_bytes",
        "scan_worker_nice",
        "scan_worker_max_scans",
        "max_queued_scans",
        "scan_timeout_seconds",
        "customer_header",
        "dry_run",
        "bare_newlines",
        "shutdown_deadline_seconds",
    }
)


def startup_only_changes(old: Settings, new: Settings) -> list[str]:
    """Names (``section.key``) of changed settings a reload does not apply; never values."""
    before, after = old.model_dump(), new.model_dump()
    changed = []
    for section, value in after.items():
        if section in RELOADED_SECTIONS:
            continue
        previous = before.get(section)
        if not isinstance(value, dict) or not isinstance(previous, dict):
            if value != previous:
                changed.append(section)
            continue
        for key in value.keys() | previous.keys():
            if section == "proxy" and key in RELOADED_PROXY_KEYS:
                continue
            if section == "review" and key not in REVIEW_KEYS_AT_START:
                continue
            if value.get(key) != previous.get(key):
                changed.append(f"{section}.{key}")
    return sorted(changed)


def split_host_port(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (IPv6 in brackets) as a tuple."""
    host, _, port = value.rpartition(":")
    return host.strip("[]"), int(port)


class ProxyServer:
    """One proxy: build with settings, ``await start()``, ``await shutdown()``."""

    def __init__(
        self,
        settings: Settings,
        *,
        loader: Callable[[], Settings] | None = None,
        listen: tuple[str, int] | None = None,
        relay: tuple[str, int] | None = None,
        store_opener: Opener | None = None,
        registry: CollectorRegistry | None = None,
    ) -> None:
        self.settings = settings
        self._started = settings  # what start-up-only keys still run with
        self.loader = loader
        self.listen = listen or split_host_port(settings.proxy.listen)
        if relay is None and not settings.proxy.relay:
            raise ConfigError("proxy.relay (--relay HOST:PORT) is required")
        self.relay_address = relay or split_host_port(settings.proxy.relay)
        self.registry = registry or CollectorRegistry()
        self.metrics = ProxyMetrics(self.registry)
        self.metrics.scans_pending.set_function(self._scans_pending)
        opener = store_opener if store_opener is not None else review_queue_opener(settings)
        self.store = LazyStore(opener)
        self.readiness = Readiness(self.relay_address, self.store)
        self.port = 0
        self.metrics_port = 0
        self._runtime: Runtime | None = None
        self._server: asyncio.Server | None = None
        self._gate: Gate | None = None
        self._relay: Relay | None = None
        self._health: HealthServer | None = None
        self._probing: asyncio.Task[None] | None = None
        self._stopped = asyncio.Event()
        self._reload_lock = asyncio.Lock()
        self.stopping = False  # set once shutdown() begins (a signal, or the caller)

    @property
    def runtime(self) -> Runtime:
        if self._runtime is None:
            raise RuntimeError("proxy not started")
        return self._runtime

    def ready(self) -> bool:
        """Listening, not draining, and the next hop and the hold store answered lately."""
        gate = self._gate
        listening = self._server is not None and gate is not None and not gate.draining
        return listening and self.readiness.ok

    async def start(self) -> None:
        """Build the scan pool (failing on bad rules or models), then listen."""
        proxy = self.settings.proxy
        self._runtime = await self._build_runtime(self.settings)
        self.metrics.config_loaded(True)
        if not self.store.available:
            log.warning("no hold store installed: messages to hold will get 4xx")
        hostname = proxy.hostname or socket.getfqdn()
        self._relay = Relay(
            *self.relay_address,
            local_hostname=hostname,
            connect_timeout=proxy.relay_connect_timeout_seconds,
            timeout=proxy.relay_timeout_seconds,
            idle_connections=proxy.relay_idle_connections,
            idle_seconds=proxy.relay_idle_seconds,
            reuse_limit=proxy.relay_reuse_limit,
            max_connections=proxy.relay_max_connections,
        )
        rate = self.settings.ratelimit
        limiter = (
            RateLimiter(
                rate.messages,
                rate.window_seconds,
                rate.max_customers,
                self.metrics.ratelimit_exceeded,
            )
            if rate.messages
            else None
        )
        handler = ProxyHandler(
            lambda: self.runtime,
            self._relay,
            self.store,
            self.metrics,
            proxy,
            limiter,
            relayed=self.readiness.relayed,
        )
        await self.readiness.probe()
        self._gate = gate = Gate(proxy.max_sessions, self.metrics, proxy.max_inflight_bytes)
        tls = tls_context(proxy.tls_cert, proxy.tls_key)
        loop = asyncio.get_running_loop()

        def factory() -> GuardSMTP:
            return GuardSMTP(
                handler,
                gate=gate,
                hostname=hostname,
                max_message_bytes=proxy.max_message_bytes,
                max_line_bytes=proxy.max_line_bytes,
                command_timeout=proxy.command_timeout_seconds,
                data_timeout=proxy.data_timeout_seconds,
                forward_networks=proxy.forward_hosts,
                tls_context=tls,
                metrics=self.metrics,
                loop=loop,
            )

        with _bind_errors("proxy.listen", *self.listen):
            self._server = await loop.create_server(
                factory, *self.listen, reuse_port=proxy.reuse_port or None
            )
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._probing = loop.create_task(self.readiness.run())
        if proxy.metrics_listen:
            self._health = HealthServer(self.registry, self.ready)
            metrics_address = split_host_port(proxy.metrics_listen)
            with _bind_errors("proxy.metrics_listen", *metrics_address):
                self.metrics_port = await self._health.start(*metrics_address)
        log.info(
            "proxy listening",
            extra={
                "port": self.port,
                "next_hop_port": self._relay.port,
                "event_loop": running_loop_name(),
            },
        )

    async def _build_runtime(self, settings: Settings) -> Runtime:
        """A started, checked scan pool for ``settings`` (raises on any problem)."""
        checked: ScanJob | None = None
        if settings.proxy.executor == "process":
            # Build once here: a worker's start-up error would only say "broken pool",
            # this names the file and key that is wrong.
            checked = await in_daemon_thread(ScanJob, settings)
        pool = await in_daemon_thread(ScanPool, settings, self._count_restart)
        try:
            tos, detectors = await pool.start()
        except BaseException:
            pool.shutdown()
            raise
        job = checked or pool.local_job
        version = job.tos_version() if job is not None else "unknown"
        self.metrics.set_model(tos, detectors, version)
        self.metrics.url_blocklist_entries.set(job.url_blocklist_entries() if job else 0)
        return Runtime(settings.proxy, pool)

    def _count_restart(self, reason: str) -> None:
        self.metrics.worker_restarts.labels(reason=reason).inc()

    def _scans_pending(self) -> float:
        return self._runtime.pool.pending if self._runtime is not None else 0

    async def reload(self) -> bool:
        """Reload config, rules, policy and models; keep the old ones on any error."""
        async with self._reload_lock:
            try:
                settings = self.loader() if self.loader is not None else self.settings
                runtime = await self._build_runtime(settings)
            except Exception as exc:
                self.metrics.reloads.labels(result="failed").inc()
                self.metrics.config_loaded(False)
                detail = str(exc) if isinstance(exc, ConfigError) else type(exc).__name__
                log.error("reload failed, keeping the running config: %s", detail)
                return False
            ignored = startup_only_changes(self._started, settings)  # until a restart
            old, self._runtime, self.settings = self._runtime, runtime, settings
            if old is not None:
                old.pool.shutdown()
            self.metrics.reloads.labels(result="ok").inc()
            self.metrics.config_loaded(True)
            log.info("reloaded config, rules, policy and models")
            if ignored:
                log.warning(
                    "changed settings take effect only at start-up, restart to apply: %s",
                    ", ".join(ignored),
                    extra={"keys": ignored},
                )
            return True

    async def shutdown(self) -> bool:
        """Drain and stop; True if every in-flight message finished in time. Idempotent."""
        if self._stopped.is_set():
            return True
        self.stopping = True
        finished = True
        if self._gate is not None:
            finished = await self._gate.drain(self.settings.proxy.shutdown_deadline_seconds)
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        if self._probing is not None:
            self._probing.cancel()
        if self._relay is not None:
            await self._relay.close()
        if self._health is not None:
            await self._health.close()
        if self._runtime is not None:
            self._runtime.pool.shutdown()
        self._stopped.set()
        log.info("proxy stopped", extra={"drained": finished})
        return finished

    async def run_until_signalled(self) -> None:
        """Serve until SIGTERM or SIGINT; SIGHUP reloads."""
        loop = asyncio.get_running_loop()
        tasks: set[asyncio.Task[object]] = set()

        def spawn(coro: object) -> None:
            task: asyncio.Task[object] = loop.create_task(coro)  # type: ignore[arg-type]
            tasks.add(task)
            task.add_done_callback(tasks.discard)

        loop.add_signal_handler(signal.SIGHUP, lambda: spawn(self.reload()))
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, lambda: spawn(self.shutdown()))
        try:
            await self._stopped.wait()
        finally:
            for sig in (signal.SIGHUP, signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)


@contextlib.contextmanager
def _bind_errors(setting: str, host: str, port: int) -> Iterator[None]:
    """An address that cannot be bound (in use, not on this host) is a configuration error."""
    try:
        yield
    except OSError as exc:
        raise cannot_listen(setting, host, port, exc) from None


def tls_context(cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    """Server context for STARTTLS, or None when no certificate is configured."""
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise ConfigError("proxy.tls_cert and proxy.tls_key must be set together")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"cannot load TLS certificate {cert}: {exc}") from None
    return context
