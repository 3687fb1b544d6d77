"""The interface between the proxy and the review queue, so either side can change alone."""

from __future__ import annotations

from typing import Protocol

from scanner.errors import MailguardError
from scanner.model import Envelope, Verdict


class HoldError(MailguardError):
    """The message could not be durably held; the proxy must answer 4xx."""


class HoldStore(Protocol):
    """Durable storage for held messages (implemented by ``review_queue.store``)."""

    def hold(
        self, envelope: Envelope, raw: bytes, verdict: Verdict, customer: str | None = None
    ) -> str:
        """Store the message for review; return its queue id.

        ``customer`` is the customer the policy resolved (SASL login, customer header or
        sender domain); None records the SASL login, if any. The message is durable
        (committed) when this returns. Raises ``HoldError`` when it cannot be stored, so
        the proxy replies 4xx and the sender retries.
        """
        ...
