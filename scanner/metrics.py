"""Prometheus metrics of the proxy. Label values come from closed sets only: actions,
categories, stages, reply classes, error reasons; never an address, domain or value."""

from __future__ import annotations

import platform

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from scanner import __version__
from scanner.categories import ALL_CATEGORIES
from scanner.model import Action

STAGES = ("queue", "scan", "hold", "relay")
SCAN_STAGES = ("parse", "detect", "classify")
REPLY_CLASSES = ("2xx", "3xx", "4xx", "5xx")
RELAY_ERRORS = (
    "connect",
    "timeout",
    "disconnected",
    "refused_4xx",
    "refused_5xx",
    "protocol",
    "busy",
)
TEMPFAIL_CAUSES = (
    "policy",
    "scan_error",
    "scan_timeout",
    "relay",
    "hold",
    "no_store",
    "overload",
    "shutdown",
    "max_sessions",
    "memory",
)
WORKER_RESTART_REASONS = ("failed", "recycled")
_SIZE_BUCKETS = (1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864)
_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


class ProxyMetrics:
    """Every metric the proxy exports, on one registry (a fresh one per test)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.messages = Counter(
            "mailguard_messages",
            "Messages by the action the policy decided and whether it was enforced.",
            ["action", "mode"],
            registry=registry,
        )
        self.findings = Counter(
            "mailguard_findings",
            "Findings by category (counted above the policy's minimum score or not).",
            ["category"],
            registry=registry,
        )
        self.stage_seconds = Histogram(
            "mailguard_stage_duration_seconds",
            "Time per message spent in each proxy stage.",
            ["stage"],
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.message_bytes = Histogram(
            "mailguard_message_size_bytes",
            "Size of received messages.",
            buckets=_SIZE_BUCKETS,
            registry=registry,
        )
        self.responses = Counter(
            "mailguard_smtp_responses",
            "SMTP replies sent to clients, by class.",
            ["class"],
            registry=registry,
        )
        self.sessions = Gauge(
            "mailguard_active_sessions", "Client SMTP sessions open now.", registry=registry
        )
        self.scans_pending = Gauge(
            "mailguard_scans_pending",
            "Messages scanning or waiting for a scan worker.",
            registry=registry,
        )
        self.worker_restarts = Counter(
            "mailguard_scan_worker_restarts",
            "Scan worker processes replaced: failed (died, or killed for overrunning a scan) "
            "or recycled (after proxy.scan_worker_max_scans scans).",
            ["reason"],
            registry=registry,
        )
        self.relay_errors = Counter(
            "mailguard_relay_errors",
            "Failed next-hop deliveries by reason.",
            ["reason"],
            registry=registry,
        )
        self.downstream_seconds = Histogram(
            "mailguard_downstream_latency_seconds",
            "One next-hop transaction, MAIL FROM to the reply to DATA.",
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.tempfails = Counter(
            "mailguard_tempfails",
            "Messages answered 4xx, and sessions refused with 421 or 452, by cause.",
            ["cause"],
            registry=registry,
        )
        self.reloads = Counter(
            "mailguard_config_reloads",
            "SIGHUP reloads by result.",
            ["result"],
            registry=registry,
        )
        self.reload_successful = Gauge(
            "mailguard_config_last_reload_successful",
            "1 when the configuration in use was loaded by the last attempt (start or "
            "SIGHUP), 0 after a failed reload.",
            registry=registry,
        )
        self.reload_success_time = Gauge(
            "mailguard_config_last_reload_success_timestamp_seconds",
            "Unix time of the last successful configuration load (start or SIGHUP).",
            registry=registry,
        )
        self.build_info = Gauge(
            "mailguard_build_info",
            "Always 1; the version of mailguard and Python.",
            ["version", "python"],
            registry=registry,
        )
        self.model_info = Gauge(
            "mailguard_model_info",
            "Always 1 for the loaded scanner: ToS scorer, ToS model version and number of "
            "detectors.",
            ["tos_scorer", "tos_model", "detectors"],
            registry=registry,
        )
        self.url_blocklist_entries = Gauge(
            "mailguard_url_blocklist_entries",
            "Hosts and URLs in the loaded URL blocklists ([tos] url_blocklists); 0: none.",
            registry=registry,
        )
        self.scan_stage_seconds = Histogram(
            "mailguard_scan_stage_duration_seconds",
            "Time one scan spent in each pipeline stage: parse, detect, classify.",
            ["stage"],
            buckets=_LATENCY_BUCKETS,
            registry=registry,
        )
        self.rule_hits = Counter(
            "mailguard_rule_hits",
            "Fired rules by rule name (names come from the rule and policy files only).",
            ["rule"],
            registry=registry,
        )
        self.ratelimit_exceeded = Counter(
            "mailguard_ratelimit_exceeded",
            "Messages over their customer's rate limit, held for review (no customer label).",
            registry=registry,
        )
        self._precreate()
        # Children bound once for the per-message path (``labels()`` locks and hashes).
        self.stage = {name: self.stage_seconds.labels(stage=name) for name in STAGES}
        self.scan_stage = {name: self.scan_stage_seconds.labels(stage=name) for name in SCAN_STAGES}
        self._replies = {cls[0]: self.responses.labels(**{"class": cls}) for cls in REPLY_CLASSES}

    def _precreate(self) -> None:
        """Export every known series at 0 from the start."""
        for action in Action:
            for mode in ("enforce", "monitor"):
                self.messages.labels(action=str(action), mode=mode)
        for category in ALL_CATEGORIES:
            self.findings.labels(category=category)
        for stage in STAGES:
            self.stage_seconds.labels(stage=stage)
        for stage in SCAN_STAGES:
            self.scan_stage_seconds.labels(stage=stage)
        for cls in REPLY_CLASSES:
            self.responses.labels(**{"class": cls})
        for reason in RELAY_ERRORS:
            self.relay_errors.labels(reason=reason)
        for reason in WORKER_RESTART_REASONS:
            self.worker_restarts.labels(reason=reason)
        for cause in TEMPFAIL_CAUSES:
            self.tempfails.labels(cause=cause)
        for result in ("ok", "failed"):
            self.reloads.labels(result=result)
        self.build_info.labels(version=__version__, python=platform.python_version()).set(1)

    def set_model(self, tos_scorer: str, detectors: int, tos_model: str = "none") -> None:
        """Record which scanner is loaded (after start and after each reload)."""
        self.model_info.clear()
        self.model_info.labels(
            tos_scorer=tos_scorer, tos_model=tos_model, detectors=str(detectors)
        ).set(1)

    def config_loaded(self, ok: bool) -> None:
        """Record a configuration load (start or SIGHUP reload) and whether it worked."""
        self.reload_successful.set(1 if ok else 0)
        if ok:
            self.reload_success_time.set_to_current_time()

    def reply(self, status: str) -> None:
        """Count one reply by its class (first digit)."""
        counter = self._replies.get(status[:1])
        if counter is not None:
            counter.inc()
