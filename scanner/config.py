"""Configuration: one TOML file, environment overrides, validation that names the bad key.

Precedence, lowest first: built-in defaults, the TOML file (``--config`` or
``MAILGUARD_CONFIG``), then ``MAILGUARD_<SECTION>_<KEY>`` environment variables. The data
directory comes from ``--data-dir``, ``MAILGUARD_DATA_DIR`` or the file's ``data_dir``
(default ``./var``); every command that is given the same one sees the same state.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from scanner.errors import ConfigError

ENV_PREFIX = "MAILGUARD_"
# Environment variables with their own meaning, not section overrides (the last three
# steer the test suite and the screenshot script, and may be set in a developer's shell).
SPECIAL_ENV = frozenset(
    {
        "MAILGUARD_CONFIG",
        "MAILGUARD_DATA_DIR",
        "MAILGUARD_SCREENSHOTS",
        "MAILGUARD_TEST_POSTGRES_URL",
        "MAILGUARD_TEST_POSTGRES_ADMIN",
    }
)
MIB = 1024 * 1024
# What the review queue's store can open (a driver may be named: postgresql+psycopg://).
_DATABASE_URL = re.compile(r"(?:sqlite|postgresql)(?:\+\w+)?://", re.IGNORECASE)
# A header field name (RFC 5322 section 3.6.8: printable ASCII other than the colon).
_FIELD_NAME = re.compile(r"[!-9;-~]+")
# A domain name of two labels or more: letters (any script), digits and inner hyphens.
_LABEL = r"[^\W_](?:(?:[^\W_]|-)*[^\W_])?"
_DOMAIN = re.compile(rf"(?:{_LABEL}\.)+{_LABEL}")


class Section(BaseModel):
    """Base for config sections: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(Section):
    """Bounds on the work spent parsing one message; exceeding one is a finding."""

    max_message_bytes: int = Field(50 * MIB, gt=0, description="bytes of a message parsed")
    max_parts: int = Field(500, gt=0, description="MIME parts parsed and visited per message")
    max_depth: int = Field(10, gt=0, description="nesting of multiparts and message/rfc822")
    max_decoded_bytes: int = Field(
        20 * MIB, gt=0, description="decoded bytes of all parts together"
    )
    max_urls: int = Field(2000, gt=0, description="URL segments kept per message")
    max_archive_members: int = Field(1000, gt=0, description="zip member names listed")
    max_html_depth: int = Field(
        512, gt=0, description="HTML elements nested in one another, rendered as nested"
    )
    max_document_bytes: int = Field(
        32 * MIB,
        gt=0,
        description="inflated bytes of Office/OpenDocument parts read per message (the sizes "
        "a zip declares are not trusted)",
    )
    max_document_chars: int = Field(
        10_000_000, gt=0, description="characters of text taken from documents per message"
    )
    max_document_parts: int = Field(
        500, gt=0, description="XML parts (sheets, slides, headers...) read per document"
    )
    max_document_depth: int = Field(
        256, gt=0, description="XML elements nested in one another in a document part"
    )
    max_pdf_bytes: int = Field(
        10 * MIB, gt=0, description="bytes of a PDF attachment above which it is not read"
    )
    max_pdf_pages: int = Field(50, gt=0, description="pages read per PDF")
    max_pdf_content_bytes: int = Field(
        2 * MIB,
        gt=0,
        description="decoded bytes of PDF page content read per message (pypdf parses about "
        "1 MiB a second); also each PDF stream's decompression cap",
    )


class Policy(Section):
    """How scores, categories and fired rules map to an action (see ``scanner.policy``).

    These keys are the base policy; ``file`` (YAML, e.g. ``rules/policy.yaml``) may add
    rule actions and per-customer overrides and replaces any key it sets.
    """

    file: Path | None = Field(None, description="policy YAML; unset = these defaults only")
    hold_categories: tuple[str, ...] = Field(
        default_factory=lambda: _sensitive_categories(),
        description="finding categories that hold a message for review",
    )
    tag_entities: tuple[str, ...] = Field(
        ("CREDIT_CARD_LAST_DIGITS",),
        description="finding entities tagged, not acted on by their category (a card's last "
        "digits cannot give access to an account: privacy policy section 9 (b))",
    )
    hold_rules: tuple[str, ...] = Field(
        ("TOS_LINK_TEXT_DOMAIN_MISMATCH", "TOS_URL_BLOCKLISTED"),
        description="ToS rules whose firing holds a message for review, whatever the score",
    )
    tag_rules: tuple[str, ...] = Field(
        ("TOS_BULK_NO_UNSUBSCRIBE_LINK", "TOS_BULK_NO_POSTAL_ADDRESS"),
        description="ToS rules whose firing tags a message, whatever the score (bulk mail "
        "without the opt-out or postal address the law requires)",
    )
    tos_hold_threshold: float = Field(0.9, ge=0.0, le=1.0, description="tos score that holds")
    tos_tag_threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="tos score that tags (unset = never)"
    )
    tos_reject_threshold: float | None = Field(
        None, ge=0.0, le=1.0, description="tos score that rejects (unset = never)"
    )
    unscanned_action: Literal["pass", "tag", "hold"] = Field(
        "tag", description="action for content that could not be scanned"
    )
    detector_error_action: Literal["tag", "hold", "tempfail"] = Field(
        "hold", description="action when a detector failed on the message"
    )
    min_finding_score: float = Field(
        0.5, ge=0.0, le=1.0, description="findings below this score do not count"
    )


class Logging(Section):
    """Log output; never contains bodies, addresses or detected values."""

    format: Literal["text", "json"] = Field(
        "text", description="text for a terminal, json (one object per line) for journald"
    )
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="lowest level written"
    )


def _host_port(value: str) -> str:
    """Validate ``HOST:PORT`` (IPv6 hosts in brackets)."""
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("must be HOST:PORT")
    return value


class Store(Section):
    """The review queue's database and the encryption keys of held messages."""

    url: str = Field("", description='SQLAlchemy URL; "" = SQLite file <data_dir>/queue.sqlite3')
    key_file: str = Field(
        "", description='key ring file (0600); "" = <data_dir>/keys/store-keys.json'
    )
    keys: SecretStr = Field(
        SecretStr(""),
        description="key ring instead of the file, as id:base64,... (first encrypts new "
        "rows); set via MAILGUARD_STORE_KEYS",
    )
    index_key: SecretStr = Field(
        SecretStr(""),
        description="base64 key for address lookups and the audit chain, required with "
        "keys; set via MAILGUARD_STORE_INDEX_KEY",
    )
    compression_level: int = Field(6, ge=0, le=9, description="zlib level of held bodies")
    lease_seconds: int = Field(600, gt=0, description="how long a reviewer's claim lasts")
    pool_size: int = Field(5, gt=0, description="PostgreSQL connections kept open")
    max_overflow: int = Field(10, ge=0, description="extra PostgreSQL connections allowed")
    pool_timeout_seconds: float = Field(10.0, gt=0, description="wait for a free connection")
    connect_timeout_seconds: int = Field(
        10,
        ge=2,
        description="PostgreSQL: give up opening a connection after this (a database host "
        "that drops packets would otherwise stall start-up and every hold)",
    )
    statement_timeout_seconds: int = Field(
        60,
        ge=0,
        description="PostgreSQL: the server cancels a statement running longer (a stalled "
        "server or a lock held elsewhere fails the hold with 4xx instead of blocking a "
        "worker); schema upgrades, VACUUM and `audit verify` run without it; 0 = no limit",
    )
    tcp_user_timeout_seconds: int = Field(
        30,
        ge=0,
        description="PostgreSQL: drop the connection when data sent stays unacknowledged "
        "this long (a host gone mid-query); 0 = the OS default (about 15 minutes)",
    )
    keepalives_idle_seconds: int = Field(
        30,
        ge=1,
        description="PostgreSQL: TCP keepalive probes start after the connection is silent "
        "this long, then every 10 s, so a wait for an answer from a host that vanished ends "
        "(after tcp_user_timeout_seconds without an answer, or 3 unanswered probes)",
    )
    busy_timeout_seconds: float = Field(30.0, gt=0, description="SQLite lock wait")

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        # The value may hold a password: the message never repeats it.
        if value and not _DATABASE_URL.match(value):
            raise ValueError(
                "must be a SQLite or PostgreSQL URL (sqlite:///PATH, postgresql://HOST/DB)"
            )
        return value


class Review(Section):
    """The review service: release relay, retention, login limits, listeners."""

    release_relay: str = Field(
        "127.0.0.1:10026", description="HOST:PORT re-injection port of the MTA (no filter)"
    )
    release_timeout_seconds: float = Field(30.0, gt=0, description="SMTP timeout per release")
    rescan_before_release: bool = Field(
        False,
        description="re-scan with the current rules first; what they now reject stays held",
    )
    release_retry_seconds: float = Field(
        60.0, gt=0, description="first retry delay of a failed release (doubles, max 1 h)"
    )
    delivery_give_up_seconds: int = Field(
        5 * 86400,
        gt=0,
        description="a release or notice still not accepted this long after the decision, "
        "or refused with 5xx, is given up (release_failed); its body then follows retention",
    )
    duplicate_window_seconds: int = Field(
        86400,
        ge=0,
        description="a message held again within this time (same envelope, Message-ID and "
        "body: a client that missed the 250 and retried) is not held twice (0 = off)",
    )
    notice_from: str = Field(
        "postmaster@localhost", description="envelope sender of reject notices"
    )
    undecided_after_seconds: int = Field(
        7 * 86400, gt=0, description="undecided items are resolved after this age"
    )
    undecided_action: Literal["reject", "release"] = Field(
        "reject", description="what happens to undecided items at that age"
    )
    undecided_notify: bool = Field(
        True, description="send the sender a notice when retention rejects an item"
    )
    decided_body_retention_seconds: int = Field(
        30 * 86400, ge=0, description="decided items keep their body this long"
    )
    metadata_retention_seconds: int = Field(
        400 * 86400,
        ge=0,
        description="decided items are then deleted entirely (times, customer, size, "
        "categories, findings, decision) this long after the decision; 0 = kept forever, "
        "else at least decided_body_retention_seconds",
    )
    purge_interval_seconds: int = Field(
        300, gt=0, description="how often the service runs purge and release retries"
    )
    listen: str = Field("127.0.0.1:8025", description="HOST:PORT of the reviewer web UI")
    metrics_listen: str = Field("127.0.0.1:9102", description="HOST:PORT of /metrics")
    max_page_size: int = Field(200, gt=0, description="largest queue page served")
    login_max_failures: int = Field(5, gt=0, description="failed logins per user and IP")
    login_window_seconds: int = Field(900, gt=0, description="window counting failures")
    login_lockout_seconds: int = Field(900, gt=0, description="lockout after too many")
    min_password_length: int = Field(12, ge=8, description="shortest password accepted")
    audit_retention_days: int = Field(
        730, ge=0, description="audit entries older than this are deleted by purge (0 = kept)"
    )
    api_token_max_age_days: int = Field(
        90, ge=0, description="an API token older than this is refused (0 = never expires)"
    )
    session_cookie_name: str = Field(
        "mailguard_session", pattern=r"^[A-Za-z0-9_-]{1,64}$", description="UI session cookie"
    )
    session_cookie_secure: Literal["auto", "always", "never"] = Field(
        "auto", description='cookie Secure flag; "auto" = when the request came over TLS'
    )
    session_idle_seconds: int = Field(1800, gt=0, description="UI session ends when idle")
    session_lifetime_seconds: int = Field(43200, gt=0, description="UI session ends regardless")
    max_sessions: int = Field(
        10000,
        gt=0,
        description="UI sessions kept (expired, then anonymous, then least recently seen dropped)",
    )
    reveal_seconds: int = Field(
        300,
        gt=0,
        le=3600,
        description="a value a reviewer revealed stays shown to them on the item page this "
        "long (reloads audit nothing new), then is masked again; kept in the UI process's "
        "memory meanwhile, so at most an hour",
    )
    page_size: int = Field(50, gt=0, le=500, description="queue items per page in the UI")
    render_max_chars: int = Field(
        100_000, gt=0, description="characters of each message part shown to reviewers"
    )
    shared_mailbox_domains: tuple[str, ...] = Field(
        (),
        description="domains many unrelated people have mailboxes at (a regional ISP, a "
        "university's alumni mail), added to the built-in list (gmail.com, outlook.com, "
        "gmx.de, qq.com, ...): there a From header gets the sender's view in an export only "
        "if it is the sender's own address, not merely at their domain",
    )

    @field_validator("release_relay", "listen", "metrics_listen")
    @classmethod
    def _check_host_port(cls, value: str) -> str:
        return _host_port(value)

    @field_validator("shared_mailbox_domains")
    @classmethod
    def _check_domains(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        domains = tuple(domain.strip().lower() for domain in value)
        if not all(_DOMAIN.fullmatch(domain) for domain in domains):
            raise ValueError(
                "each entry must be a domain name such as mail.example.net (no @, no "
                "wildcard: its subdomains are covered)"
            )
        return domains

    @model_validator(mode="after")
    def _check_metadata_retention(self) -> Review:
        keep = self.metadata_retention_seconds
        if keep and keep < self.decided_body_retention_seconds:
            raise ValueError(
                "metadata_retention_seconds must be 0 (forever) or at least "
                "decided_body_retention_seconds"
            )
        return self


class Proxy(Section):
    """The SMTP proxy: listeners, next hop, ESMTP limits, timeouts, concurrency."""

    listen: str = Field("127.0.0.1:10025", description="HOST:PORT the proxy listens on")
    relay: str = Field("", description='HOST:PORT of the next hop; "" = none (run: demo sink)')
    metrics_listen: str = Field(
        "", description='HOST:PORT for /metrics, /healthz, /readyz; "" = off'
    )
    hostname: str = Field("", description='name in the greeting; "" = this host\'s FQDN')
    reuse_port: bool = Field(False, description="SO_REUSEPORT: several proxies on one port")
    max_message_bytes: int = Field(
        25 * MIB, gt=0, description="SIZE advertised and enforced (552 above it)"
    )
    max_recipients: int = Field(1000, gt=0, description="RCPT per message (452 above it)")
    max_line_bytes: int = Field(
        1001, ge=1001, description="longest DATA line incl. CRLF (RFC 5321: 1000 + dot)"
    )
    bare_newlines: Literal["reject", "normalize"] = Field(
        "reject", description="bare CR or LF in DATA: 550 5.6.0, or relay them as CRLF"
    )
    command_timeout_seconds: float = Field(
        300.0, gt=0, description="idle time allowed between client commands"
    )
    data_timeout_seconds: float = Field(
        600.0, gt=0, description="time allowed to receive one message's DATA"
    )
    scan_timeout_seconds: float = Field(
        60.0, gt=0, description="scan budget per message (451 4.3.0 when over)"
    )
    relay_connect_timeout_seconds: float = Field(
        30.0, gt=0, description="connecting to the next hop"
    )
    relay_timeout_seconds: float = Field(
        120.0, gt=0, description="each command to the next hop, incl. end of DATA"
    )
    relay_idle_connections: int = Field(
        16, ge=0, description="idle next-hop connections kept open for reuse"
    )
    relay_idle_seconds: float = Field(
        10.0, gt=0, description="an idle next-hop connection is closed after this"
    )
    relay_reuse_limit: int = Field(
        100, gt=0, description="messages sent over one next-hop connection"
    )
    relay_max_connections: int = Field(
        50, gt=0, description="open next-hop connections (keep below its smtpd process limit)"
    )
    max_sessions: int = Field(200, gt=0, description="concurrent client sessions (421 above)")
    max_inflight_bytes: int = Field(
        1024 * MIB,
        ge=0,
        description="message bytes in transactions at once (SIZE=, else max_message_bytes, "
        "reserved at MAIL; 452 4.3.1 above); 0 = off",
    )
    max_queued_scans: int = Field(
        64, gt=0, description="messages scanning or waiting for a worker (421 above)"
    )
    workers: int = Field(0, ge=0, description="scan workers; 0 = one per CPU core")
    scans_per_worker: int = Field(
        2,
        ge=1,
        description="messages sent to one scan worker process at a time; from 2 on, a "
        "worker starts the next without waiting for the event loop",
    )
    scan_spill_bytes: int = Field(
        32 * 1024,
        ge=0,
        description="process workers: one already holding messages of fewer bytes than this is "
        "sent the next one (up to scans_per_worker) before an idle worker is woken: at "
        "moderate load one worker scans and the others sleep; 0 = always the least busy",
    )
    scan_worker_nice: int = Field(
        0,
        ge=0,
        le=19,
        description="niceness a scan worker process adds to the proxy's: the event loop "
        "(reading, relaying, replying) then preempts scans; measured to shorten the "
        "latency tail at moderate load and lengthen it near saturation (off by default)",
    )
    scan_worker_max_scans: int = Field(
        50_000,
        ge=0,
        description="process workers: messages a scan worker is sent before a fresh one "
        "takes its place (the old one finishes what it holds, then exits), so memory a "
        "long-running process gathers is given back; 0 = never",
    )
    executor: Literal["process", "thread"] = Field(
        "process", description="scan workers are processes (parallel) or threads"
    )
    event_loop: Literal["uvloop", "asyncio"] = Field(
        "uvloop", description="the proxy's event loop: uvloop (less CPU) or the stdlib's"
    )
    tls_cert: Path | None = Field(None, description="PEM certificate: enables STARTTLS")
    tls_key: Path | None = Field(None, description="PEM private key for tls_cert")
    forward_hosts: tuple[str, ...] = Field(
        ("127.0.0.0/8", "::1/128"),
        description="client networks allowed to send XFORWARD and XCLIENT",
    )
    customer_header: str = Field(
        "", description='header naming the customer when no SASL login is passed; "" = off'
    )
    dry_run: bool = Field(False, description="monitor mode: decide and count, pass everything")
    shutdown_deadline_seconds: float = Field(
        30.0, gt=0, description="SIGTERM: time in-flight messages get to finish"
    )

    @field_validator("listen")
    @classmethod
    def _check_listen(cls, value: str) -> str:
        return _host_port(value)

    @field_validator("relay", "metrics_listen")
    @classmethod
    def _check_optional(cls, value: str) -> str:
        return _host_port(value) if value else value

    @field_validator("customer_header")
    @classmethod
    def _check_header_name(cls, value: str) -> str:
        if value and not _FIELD_NAME.fullmatch(value):
            raise ValueError("must be a header name without spaces or colon (X-Customer-Id)")
        return value

    @field_validator("forward_hosts")
    @classmethod
    def _check_networks(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        # Parsed again for every session: a bad entry must stop start-up, not each session.
        for network in value:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError("each entry must be an IP network (10.0.0.0/8, ::1/128)") from None
        return value


_SHIPPED_RULES = Path(__file__).resolve().parent.parent / "rules" / "sensitive"


class Detection(Section):
    """Sensitive-data detection: rule packs, score floor, optional Presidio recognizers."""

    rule_dirs: tuple[Path, ...] = Field(
        default_factory=lambda: (_SHIPPED_RULES,),
        description="directories of shipped rule packs (*.yaml), loaded at start-up",
    )
    extra_rule_dirs: tuple[Path, ...] = Field(
        (), description="directories of site rule packs, added to the shipped ones"
    )
    min_score: float = Field(0.5, ge=0.0, le=1.0, description="findings below this are dropped")
    special_categories: bool = Field(
        True, description="health, beliefs, origin, ... scored for attribution to a person"
    )
    max_findings_per_segment: int = Field(1000, gt=0, description="findings kept per segment")
    max_table_cells: int = Field(
        5000,
        ge=0,
        description="cells of pasted tables read with their column's header (\"Passport #: "
        'A00579971") per segment; past it the rest is scanned as plain text only. 0 = off',
    )
    max_table_row_chars: int = Field(
        2000,
        gt=0,
        description="characters of one row of a pasted table, the line breaks of its quoted "
        "cells included (a longer line is no row; a quote not closed within it quotes "
        "nothing): bounds the work an unclosed quote can cause",
    )
    max_spoken_runs: int = Field(
        1000,
        ge=0,
        description='runs of numbers spoken or typed digit by digit ("seven, three, nine, '
        'one", "5 0 7 - 3 9") looked for per segment and given to the rules as digits, and as '
        'many typed with odd separators ("6•8•0•2", "989/83/0539"); past it the rest is '
        "scanned as plain text only. 0 = off (both)",
    )
    max_glossary_words: int = Field(
        200,
        ge=0,
        description='field names in other languages (the rule packs\' glossary: "护照号码", '
        '"kòd sekirite") looked for per segment, the lines around each given to the rules '
        "with it in English; past it the rest is scanned as plain text only. 0 = off",
    )
    tokenizer_kept_words: int = Field(
        60_000,
        ge=0,
        description="words the vocabulary of each special-category tokenizer keeps, its "
        "lexicons' included (a kept word is tokenized faster); past it, each text's new words "
        "are forgotten after it, so memory stays bounded (about 400 bytes a kept word)",
    )
    presidio: bool = Field(
        False, description="also run Presidio predefined recognizers on candidate windows"
    )
    presidio_entities: tuple[str, ...] = Field(
        ("UK_NHS", "UK_NINO", "ES_NIF", "IT_FISCAL_CODE", "IN_PAN", "AU_TFN", "SG_NRIC_FIN"),
        description="Presidio entities to run when presidio = true (ones we do not implement)",
    )


class RateLimit(Section):
    """Per-customer message rate (SASL login or sender domain); excess mail is held."""

    messages: int = Field(0, ge=0, description="messages per window per customer; 0 = off")
    window_seconds: float = Field(3600.0, gt=0, description="length of the sliding window")
    max_customers: int = Field(
        100_000, gt=0, description="customers tracked at once (least recently seen dropped)"
    )


_PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Tos(Section):
    """ToS-violation scoring: the trained classifier and the rules in rules/tos."""

    enabled: bool = Field(True, description="score messages for ToS violations")
    model: Path = Field(
        _PROJECT_ROOT / "models" / "tos",
        description="model file, or a directory whose newest tos-v<N>.zip is loaded",
    )
    rules_dir: Path = Field(
        _PROJECT_ROOT / "rules" / "tos", description="directory of ToS rule files (*.yaml)"
    )
    bulk_min_recipients: int = Field(
        10, gt=0, description="recipients from which a message counts as bulk mail"
    )
    url_blocklists: tuple[Path, ...] = Field(
        (),
        description="threat-feed files of blocked hosts/domains and URLs, one per line "
        "(TOS_URL_BLOCKLISTED); re-read on reload",
    )
    max_url_blocklist_entries: int = Field(
        2_000_000, gt=0, description="entries all URL blocklists may hold together"
    )


class Settings(Section):
    """All of mailguard's configuration."""

    data_dir: Path = Path("var")
    limits: Limits = Field(default_factory=Limits)
    policy: Policy = Field(default_factory=Policy)
    logging: Logging = Field(default_factory=Logging)
    store: Store = Field(default_factory=Store)
    review: Review = Field(default_factory=Review)
    proxy: Proxy = Field(default_factory=Proxy)
    detection: Detection = Field(default_factory=Detection)
    ratelimit: RateLimit = Field(default_factory=RateLimit)
    tos: Tos = Field(default_factory=Tos)


def _sensitive_categories() -> tuple[str, ...]:
    from scanner.categories import SENSITIVE_CATEGORIES

    return SENSITIVE_CATEGORIES


def load_settings(
    config_path: Path | None = None,
    data_dir: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build validated settings from defaults, a TOML file and the environment.

    Raises:
        ConfigError: naming the file, key and reason; never echoes a value.
    """
    env = os.environ if environ is None else environ
    path = config_path or (Path(env["MAILGUARD_CONFIG"]) if env.get("MAILGUARD_CONFIG") else None)
    raw: dict[str, Any] = _read_toml(path) if path else {}
    from_env = _apply_env(raw, env)
    if data_dir is not None:
        raw["data_dir"] = str(data_dir)
    elif env.get("MAILGUARD_DATA_DIR"):
        raw["data_dir"] = env["MAILGUARD_DATA_DIR"]
    try:
        return Settings.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            where = tuple(str(p) for p in err["loc"])
            origin = from_env.get(where[:2]) or (str(path) if path else None)
            prefix = f"{origin}: " if origin else ""
            problems.append(f"{prefix}{'.'.join(where)}: {err['msg']}")
        raise ConfigError(f"invalid configuration: {'; '.join(problems)}") from None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def ensure_data_dir(path: Path) -> Path:
    """Create the state directory if needed.

    Raises:
        ConfigError: it is a file, or cannot be created (naming the path, not a traceback).
    """
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"data dir {path}: {exc.strerror or type(exc).__name__}") from None
    return path


def _apply_env(raw: dict[str, Any], env: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    """Overlay ``MAILGUARD_<SECTION>_<KEY>`` variables onto the raw settings; returns the
    variable that set each ``(section, key)``, so an error names its real source."""
    sources: dict[tuple[str, ...], str] = {}
    sections = {
        name
        for name, info in Settings.model_fields.items()
        if isinstance(info.annotation, type) and issubclass(info.annotation, Section)
    }
    for var, value in env.items():
        if not var.startswith(ENV_PREFIX) or var in SPECIAL_ENV:
            continue
        section, _, key = var[len(ENV_PREFIX) :].lower().partition("_")
        if section not in sections or not key:
            raise ConfigError(f"unknown setting in environment: {var}")
        target = raw.setdefault(section, {})
        if not isinstance(target, dict):
            raise ConfigError(f"config section [{section}] must be a table")
        target[key] = _env_value(value)
        sources[(section, key)] = var
    return sources


def _env_value(value: str) -> Any:
    """Lists are written as JSON arrays; everything else stays a string for validation."""
    if value.startswith("["):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def describe_defaults() -> str:
    """The default configuration as commented TOML: the schema reference for operators."""
    lines: list[str] = ['data_dir = "var"  # all state lives here', ""]
    defaults = Settings()
    for name in Settings.model_fields:
        section = getattr(defaults, name)
        if not isinstance(section, Section):
            continue
        summary = (type(section).__doc__ or "").strip().splitlines()[0:1]
        lines.append(f"[{name}]  # {' '.join(summary)}".rstrip())
        for key, field in type(section).model_fields.items():
            value = getattr(section, key)
            comment = f"  # {field.description}" if field.description else ""
            if value is None:  # TOML has no null: show the key, commented out
                lines.append(f"# {key} ={comment or '  # unset'}")
            else:
                lines.append(f"{key} = {_toml_value(value)}{comment}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))
