"""The review queue's one entry point: the proxy, the web UI, the API and the CLI all use it.

``ReviewService.open(settings)`` creates the data directory, the database (running
migrations), and the encryption keys on first use. Every method is synchronous and
thread-safe (one short transaction each); call it from a worker thread in async code.
Roles are enforced here too, not only in the UI: auditors never decide or reveal.
"""

from __future__ import annotations

import os
import pwd
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from review_queue import labels, rescan, retention
from review_queue.crypto import KeyRing
from review_queue.denials import Attempt, Denials
from review_queue.release import Relay
from review_queue.store import audit, claims, items, users
from review_queue.store.db import Database
from review_queue.store.permissions import acting_as
from review_queue.store.types import (
    AuditEntry,
    AuditQuery,
    BulkResult,
    Decision,
    DecisionResult,
    DeliveryReport,
    EraseReport,
    FindingLabel,
    InvalidInput,
    ItemDetail,
    ItemFilter,
    ItemNotFound,
    ItemPage,
    Lease,
    Operator,
    PermissionDenied,
    Principal,
    PurgeReport,
    RescanReport,
    Role,
    StoreError,
    TokenInfo,
    User,
)
from scanner.config import Settings, ensure_data_dir
from scanner.model import Envelope, Verdict
from scanner.pipeline import Scanner

__all__ = ["ReviewService"]


def _cli_actor() -> str:
    """``cli:<OS user>``: who ran a command, from the process's user id (not ``$USER``,
    which anyone can set), with the invoking user under sudo (``cli:root(sudo:ann)``); the
    audit log's actor for work not done through the web UI."""
    try:
        name = pwd.getpwuid(os.getuid()).pw_name
    except KeyError:  # no user name for this uid (a bare container)
        name = str(os.getuid())
    invoker = os.environ.get("SUDO_USER", "")
    return f"cli:{name}(sudo:{invoker})" if invoker and invoker != name else f"cli:{name}"


CLI = Operator(_cli_actor())
"""The principal of ``review-queue`` commands: the local operator, unscoped."""


class ReviewService:
    """Held messages, reviewers, decisions, audit log and retention over one database."""

    def __init__(self, settings: Settings, db: Database, keys: KeyRing, relay: Relay) -> None:
        self.settings = settings
        self.db = db
        self.keys = keys
        self.relay = relay
        self.denials = Denials(db, keys)
        # Built on the first release that re-scans (rules and models take seconds to load).
        self.release_scanner: Scanner | None = None

    @classmethod
    def open(cls, settings: Settings) -> ReviewService:
        """Open (creating on first use) the data dir, database, schema and key ring.

        Raises:
            StoreError: the database cannot be reached or migrated.
            StoreKeyError: the key file or ``MAILGUARD_STORE_KEYS`` is unusable.
        """
        ensure_data_dir(settings.data_dir)
        keys = KeyRing.load(settings.store, settings.data_dir)
        db = Database.open(settings.store, settings.data_dir)
        return cls(settings, db, keys, Relay(settings.review))

    def close(self) -> None:
        """Write the refusals still being counted, then release database connections."""
        try:
            self.denials.flush(everything=True)
        except StoreError:  # logged by the store; the counts end with this process
            pass
        finally:
            self.db.close()

    def ping(self) -> None:
        """Raise if the database cannot answer a trivial query (the proxy's /readyz)."""
        self.db.ping()

    # -- proxy side ---------------------------------------------------------------------

    def hold(
        self, envelope: Envelope, raw: bytes, verdict: Verdict, customer: str | None = None
    ) -> str:
        """See ``scanner.holding.HoldStore``: committed when it returns, else ``HoldError``."""
        window = timedelta(seconds=self.settings.review.duplicate_window_seconds)
        return items.hold(self.db, self.keys, envelope, raw, verdict, customer, window)

    # -- reading ------------------------------------------------------------------------

    def list_items(
        self, filters: ItemFilter, principal: Principal, page: int = 1, page_size: int = 50
    ) -> ItemPage:
        """A page of items matching ``filters`` (``page`` from 1; size capped by config)
        among those ``principal`` may see: a scoped account only its customers' (an
        ``Operator`` every item)."""
        size = min(max(page_size, 1), self.settings.review.max_page_size)
        with self._refusals(principal, Attempt.LIST):
            return items.list_items(self.db, filters, max(page, 1), size, principal)

    def get_item(self, item_id: str, actor: User) -> ItemDetail:
        """One item in full (raises ``ItemNotFound``, also for an item outside a scoped
        account's customers); writes a ``view`` audit entry."""
        with self._refusals(actor, Attempt.VIEW, item_id):
            detail = items.get_item(self.db, self.keys, item_id, actor)
        audit.record(self.db, self.keys, actor.name, "view", item_id)
        return detail

    def load_raw(self, item_id: str, principal: Principal) -> bytes:
        """The decrypted raw message (``ItemNotFound``, also outside ``principal``'s
        customers, ``BodyPurged``, ``StoreKeyError``)."""
        with self._refusals(principal, Attempt.RAW, item_id):
            return items.load_raw(self.db, self.keys, item_id, principal)

    def reveal(self, item_id: str, user: User, finding_index: int, reason: str) -> str:
        """The unmasked value of one finding; needs a reason, writes a ``reveal`` audit entry.

        Raises:
            PermissionDenied: auditors and disabled users.
            InvalidInput: empty reason or no such finding.
        """
        with self._refusals(user, Attempt.REVEAL, item_id):
            return items.reveal(
                self.db, self.keys, self.settings, item_id, user, finding_index, reason
            )

    # -- users and tokens ---------------------------------------------------------------

    def create_user(
        self,
        name: str,
        role: Role | str,
        password: str,
        actor: Principal,
        customers: Iterable[str] = (),
    ) -> User:
        """A new account with an argon2 password hash, limited to ``customers`` if given
        (``UserExists``, ``InvalidInput``: also for an address as customer id or a scoped
        admin; ``PermissionDenied``: ``actor`` is a user but not an admin, as for every
        account, token and data-subject operation below)."""
        with self._refusals(actor, Attempt.USER_CREATE):
            return users.create_user(
                self.db, self.keys, name, Role(role), password, self._min_password, actor, customers
            )

    def set_customers(self, name: str, customers: Iterable[str], actor: Principal) -> User:
        """Limit an account to these customers' items; none makes it unscoped again
        (``UserNotFound``, ``InvalidInput``). Audited as ``user_scope``."""
        with self._refusals(actor, Attempt.USER_SCOPE):
            return users.set_customers(self.db, self.keys, name, customers, actor)

    def authenticate(self, name: str, password: str, client_ip: str | None = None) -> User | None:
        """The user if the password is right and the account enabled and not locked out.

        Failures are counted per user name and client IP; after ``review.login_max_failures``
        in ``review.login_window_seconds`` further attempts fail for
        ``review.login_lockout_seconds``. Every outcome is audited.
        """
        return users.authenticate(
            self.db, self.keys, self.settings.review, name, password, client_ip
        )

    def disable_user(self, name: str, actor: Principal) -> None:
        """Disable an account, revoke its tokens and end its leases (``UserNotFound``);
        ``enable_user`` lets it log in again."""
        with self._refusals(actor, Attempt.USER_DISABLE):
            users.disable_user(self.db, self.keys, name, actor)

    def enable_user(self, name: str, actor: Principal) -> None:
        """Enable a disabled account again (``UserNotFound``). Tokens revoked when it was
        disabled stay revoked: the user logs in again with their password. Audited as
        ``user_enable``."""
        with self._refusals(actor, Attempt.USER_ENABLE):
            users.enable_user(self.db, self.keys, name, actor)

    def set_password(self, name: str, password: str, actor: Principal) -> None:
        """Replace an account's password (``UserNotFound``, ``InvalidInput``)."""
        with self._refusals(actor, Attempt.USER_PASSWORD):
            users.set_password(self.db, self.keys, name, password, self._min_password, actor)

    def create_token(self, user_name: str, actor: Principal) -> str:
        """A new API bearer token for the user, returned once and stored hashed."""
        with self._refusals(actor, Attempt.TOKEN_CREATE):
            return users.create_token(self.db, self.keys, user_name, actor)

    def revoke_tokens(self, user_name: str, actor: Principal) -> int:
        """Revoke all of a user's API tokens; the number revoked (``UserNotFound``)."""
        with self._refusals(actor, Attempt.TOKEN_REVOKE):
            return users.revoke_tokens(self.db, self.keys, user_name, actor)

    def revoke_token(self, token_id: int, actor: Principal) -> bool:
        """Revoke one API token by id; False if it was revoked already (``InvalidInput``
        for an unknown id)."""
        with self._refusals(actor, Attempt.TOKEN_REVOKE):
            return users.revoke_token(self.db, self.keys, token_id, actor)

    def list_tokens(self, user_name: str | None = None) -> list[TokenInfo]:
        """Every API token (of one user, if named) with its expiry; never a secret."""
        return users.list_tokens(self.db, self._token_max_age, user_name)

    def get_token(self, token_id: int) -> TokenInfo | None:
        """One API token by id (as ``list_tokens`` shows it), or None; never a secret."""
        return users.get_token(self.db, token_id, self._token_max_age)

    def user_for_token(self, token: str) -> User | None:
        """The enabled user owning ``token`` (not revoked, not expired), or None."""
        return users.user_for_token(self.db, token, self._token_max_age)

    @property
    def _token_max_age(self) -> timedelta:
        return timedelta(days=self.settings.review.api_token_max_age_days)

    def get_user(self, name: str) -> User | None:
        """The user of that name, or None."""
        return users.get_user(self.db, name)

    def list_users(self) -> list[User]:
        """Every account, by name."""
        return users.list_users(self.db)

    def ensure_admin(self) -> tuple[User, str] | None:
        """First run: create ``admin`` with a generated password if no admin exists.

        Returns the user and the password (to print once), or None if an admin exists.
        """
        return users.ensure_admin(self.db, self.keys, self._min_password)

    # -- claiming and deciding ----------------------------------------------------------

    def claim(self, item_id: str, user: User) -> Lease:
        """A lease of ``store.lease_seconds`` on a pending item (renewed if already held).

        Raises:
            ItemNotFound, AlreadyDecided, ItemLocked (another reviewer holds it),
            PermissionDenied (auditor or disabled user).
        """
        with self._refusals(user, Attempt.CLAIM, item_id):
            return claims.claim(
                self.db, self.keys, self.settings.store.lease_seconds, item_id, user
            )

    def claim_next(self, user: User, filters: ItemFilter | None = None) -> Lease | None:
        """Lease the oldest free pending item matching ``filters``, or None if none is free."""
        with self._refusals(user, Attempt.CLAIM):
            return claims.claim_next(
                self.db, self.keys, self.settings.store.lease_seconds, filters or ItemFilter(), user
            )

    def release_lease(self, item_id: str, user: User, shown_until: datetime | None = None) -> None:
        """Give a lease back before it expires (no-op when the user holds none).

        With ``shown_until``, the lease's expiry as a page showed it, a lease renewed since
        (the item opened again, in a reload or another tab) is kept.
        """
        claims.release_lease(self.db, item_id, user, shown_until)

    def end_leases(self, user: User) -> int:
        """Give back every item the user holds (at logout); the number given back."""
        with self.db.transaction() as session:
            return claims.drop_leases(session, user.name)

    def decide(
        self,
        item_id: str,
        user: User,
        decision: Decision | str,
        lease_token: str | None,
        note: str = "",
        finding_labels: Mapping[int, FindingLabel | str] | None = None,
        notify_customer: bool = False,
        allowlist: bool = False,
        rescan: bool | None = None,
    ) -> DecisionResult:
        """Record a decision exactly once and carry it out.

        With ``lease_token`` the decision needs that lease to be current; without one it
        needs no other reviewer to hold an active lease. An identical second submission
        returns the first result with ``duplicate=True``. A release is re-injected to the
        release relay; if the relay is unreachable the item stays ``release_pending`` and
        ``deliver_pending`` retries it. With ``rescan`` (default: the
        ``review.rescan_before_release`` setting) a release first re-scans the message with the
        current rules and is refused if they now reject it. ``notify_customer``: a reject
        sends the message's envelope sender (MAIL FROM) a rejection notice (``Relay.
        send_notice``); the name is historical, the customer account is not told.

        Raises:
            ItemNotFound, AlreadyDecided, ItemLocked, LeaseExpired, PermissionDenied,
            InvalidInput (bad finding label index), ReleaseBlocked.
        """
        if allowlist and Decision(decision) is Decision.REJECT:
            raise InvalidInput("only a release can allowlist the sender")
        with self._refusals(user, Attempt.DECIDE, item_id):
            if Decision(decision) is not Decision.REJECT and (
                self.settings.review.rescan_before_release if rescan is None else rescan
            ):
                self._check_release(item_id, user)
            result = claims.decide(
                self.db,
                self.keys,
                self.settings,
                item_id,
                user,
                Decision(decision),
                lease_token,
                note,
                {int(k): FindingLabel(v) for k, v in (finding_labels or {}).items()},
                notify_customer,
                allowlist or Decision(decision) is Decision.RELEASE_AND_ALLOWLIST,
            )
        return self._carry_out(result)

    def decide_many(
        self,
        item_ids: Iterable[str],
        user: User,
        decision: Decision | str,
        note: str = "",
        notify_customer: bool = False,
    ) -> BulkResult:
        """Decide several items (each in its own transaction, without leases).

        Items another reviewer holds, already decided otherwise, or outside a scoped
        account's customers (``ItemNotFound``) are reported in ``errors`` by error name and
        left alone.
        """
        results: list[DecisionResult] = []
        errors: dict[str, str] = {}
        for item_id in dict.fromkeys(item_ids):
            try:
                results.append(
                    self.decide(item_id, user, decision, None, note, None, notify_customer)
                )
            except claims.DECIDE_ERRORS as exc:
                errors[item_id] = type(exc).__name__
        return BulkResult(tuple(results), errors)

    def deliver_pending(self, now: datetime | None = None) -> DeliveryReport:
        """Retry every release (and reject notice) whose retry time has come."""
        return claims.deliver_pending(self.db, self.keys, self.relay, self.settings, now)

    def _check_release(self, item_id: str, user: User) -> None:
        if self.release_scanner is None:
            from scanner.assembly import build_scanner  # loads rules and models: only if used

            self.release_scanner = build_scanner(self.settings)
        rescan.check_release(self, self.release_scanner, item_id, user)

    def _carry_out(self, result: DecisionResult) -> DecisionResult:
        if result.duplicate:
            return result
        return claims.deliver_now(self.db, self.keys, self.relay, self.settings, result)

    @property
    def _min_password(self) -> int:
        return self.settings.review.min_password_length

    def allowlisted(self, envelope: Envelope, customer: str | None = None) -> bool:
        """True if a reviewer allowlisted this sender for this customer (``customer`` as in
        ``hold``)."""
        return claims.allowlisted(self.db, self.keys, envelope, customer)

    # -- audit --------------------------------------------------------------------------

    def verify_audit(self, anchor: tuple[int, str] | None = None) -> tuple[bool, int | None]:
        """Check the audit hash chain (and an earlier head); ``(True, None)`` or
        ``(False, first bad seq)``."""
        return audit.verify(self.db, self.keys, anchor)

    def audit_head(self) -> tuple[int, str]:
        """The audit chain's latest ``(seq, hash)``."""
        return audit.head(self.db)

    def audit_entries(self, query: AuditQuery, principal: Principal) -> list[AuditEntry]:
        """Audit entries, newest first; for a scoped account only those of its
        customers' items."""
        with self._refusals(principal, Attempt.AUDIT):
            return audit.entries(self.db, query, principal)

    def record_audit(
        self, actor: str, action: str, item_id: str | None = None, **detail: Any
    ) -> None:
        """Append an entry (for the web layer's logout, a command's ``key_rotate``).

        ``detail`` must not hold addresses or detected values.
        """
        audit.record(self.db, self.keys, actor, action, item_id, detail)

    def deny(
        self, principal: Principal, attempt: Attempt, item_id: str | None = None, **detail: Any
    ) -> None:
        """Audit a refusal as ``access_denied``, repeats coalesced (``review_queue.denials``);
        the web layer's for a route the user's role lacks. ``detail``: ids and names only."""
        self.denials.record(principal.name, attempt, item_id, **detail)

    @contextmanager
    def _refusals(
        self, principal: Principal, attempt: Attempt, item_id: str | None = None
    ) -> Iterator[None]:
        """Audit a refusal of ``attempt`` (``deny``), then let it propagate:
        ``PermissionDenied``, and a user's ``ItemNotFound``. That one is audited whether
        the item is outside their customers (reason ``scope``, with its id) or does not
        exist (``no_item``, without the id they typed): both take the same work, so the
        answer's timing does not tell them apart either."""
        try:
            yield
        except PermissionDenied:
            self.deny(principal, attempt, item_id, reason="permission")
            raise
        except ItemNotFound:
            if isinstance(principal, User) and item_id is not None:
                if items.is_stored(self.db, item_id):
                    self.deny(principal, attempt, item_id, reason="scope")
                else:
                    self.deny(principal, attempt, None, reason="no_item")
            raise

    # -- retention, data-subject requests, statistics -----------------------------------

    def purge(self, now: datetime | None = None) -> PurgeReport:
        """Apply retention: resolve old undecided items, delete old decided bodies."""
        return retention.purge(self, now)

    def maintenance(self, now: datetime | None = None) -> tuple[PurgeReport, DeliveryReport]:
        """What the service runs on its timer: ``purge`` then ``deliver_pending`` (and the
        counts of repeated refusals whose window ended)."""
        self.denials.flush()
        return self.purge(now), self.deliver_pending(now)

    def erase(
        self,
        address: str,
        actor: Principal,
        customer: str | None = None,
        include_pending: bool = False,
    ) -> EraseReport:
        """Delete every item (and allowlist entry) involving ``address``, only
        ``customer``'s if given. Pending items are skipped (and listed in the report)
        unless ``include_pending``."""
        with self._refusals(actor, Attempt.ERASE):
            return retention.erase(self, address, actor, customer, include_pending)

    def export(self, address: str, actor: Principal, customer: str | None = None) -> dict[str, Any]:
        """Everything held about ``address``: its items (the message itself only where
        the address sent it, or received it as released), allowlist entries; never notes.
        With ``customer``, only that customer's items and allowlist entries."""
        with self._refusals(actor, Attempt.EXPORT):
            return retention.export(self, address, actor, customer)

    def export_labels(self, actor: Principal) -> Iterator[dict[str, Any]]:
        """Decided items in the ``labels_version: 1`` format of docs/contracts.md.

        The export carries held messages, so it is audited (``export_labels``) before the
        first record is read.
        """
        with self._refusals(actor, Attempt.EXPORT_LABELS), self.db.transaction() as session:
            audit.append(session, self.keys, acting_as(session, actor, Role.ADMIN), "export_labels")
        return labels.export_labels(self.db, self.keys)

    def prune_audit(self, now: datetime | None = None) -> int:
        """Delete audit entries older than ``review.audit_retention_days``; how many."""
        days = self.settings.review.audit_retention_days
        if days == 0:
            return 0
        with self.db.transaction() as session:
            return audit.prune(
                session, self.keys, (now or datetime.now(UTC)) - timedelta(days=days)
            )

    def stats(self, principal: Principal) -> dict[str, Any]:
        """Queue depth by category, oldest undecided age, decisions by type, statuses: of
        the items ``principal`` may see (a scoped account: its customers' only, and without
        the all-customer ``decisions_recorded``)."""
        with self._refusals(principal, Attempt.STATS):
            return items.stats(self.db, principal)

    def rescan(self, scanner: Scanner, actor: Principal) -> RescanReport:
        """Re-score undecided items; release those that no longer need review."""
        with self._refusals(actor, Attempt.RESCAN):
            return rescan.rescan(self, scanner, actor)
