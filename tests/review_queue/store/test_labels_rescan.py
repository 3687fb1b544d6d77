"""Training labels export, and re-scanning undecided items."""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pytest

from review_queue.service import CLI, ReviewService
from review_queue.store.types import (
    AuditQuery,
    ItemStatus,
    PermissionDenied,
    ReleaseBlocked,
    User,
)
from scanner.config import Policy
from scanner.model import Finding, ParsedMessage, Reason
from scanner.pipeline import Scanner
from tests.review_queue.store.helpers import SSN, envelope, message, smtp_sink, ssn_message, verdict


def test_export_labels_contract(service: ReviewService, reviewers: tuple[User, ...]) -> None:
    rita = reviewers[0]
    raw, finding = ssn_message()
    sensitive = service.hold(envelope(), raw, verdict((finding,)))
    spam = service.hold(envelope(), message("Win"), verdict(tos=0.97))
    ham = service.hold(envelope(), message("Newsletter"), verdict(tos=0.92))
    service.hold(envelope(), raw, verdict((finding,)))  # undecided: not exported
    weak = Reason("TOS_REPLY_TO_MISMATCH", 1.0, "Reply-To domain differs from From")
    base = verdict((finding,))
    with_rule = service.hold(envelope(), raw, replace(base, reasons=(weak, *base.reasons)))
    service.decide(with_rule, rita, "reject", None)
    service.decide(sensitive, rita, "reject", None, finding_labels={0: "false_positive"})
    service.decide(spam, rita, "reject", None)
    service.decide(ham, rita, "release", None)  # relay down: still a decision

    records = {r["id"]: r for r in service.export_labels(CLI)}
    assert set(records) == {sensitive, spam, ham, with_rule}
    assert records[with_rule]["tos_label"] is None  # a weak ToS rule beside sensitive data
    first = records[sensitive]
    assert first["labels_version"] == 1 and first["decision"] == "reject"
    assert first["tos_label"] is None  # rejected for sensitive data, not spam
    assert first["finding_labels"] == [
        {
            "entity": "US_SSN",
            "category": "government_id",
            "segment": finding.segment,
            "part": finding.part,
            "start": finding.start,
            "end": finding.end,
            "label": "false_positive",
        }
    ]
    assert first["raw_b64"] is None  # no ToS label: its message trains nothing, not exported
    assert first["verdict"]["findings"][0]["entity"] == "US_SSN"
    assert records[spam]["tos_label"] == "spam"
    assert base64.b64decode(records[spam]["raw_b64"]) == message("Win")
    assert records[ham]["tos_label"] == "ham" and records[ham]["decision"] == "release"


class SsnWordDetector:
    """Finds the test SSN: a real detector, small enough to keep the test independent."""

    name = "test_ssn"

    def scan(self, message: ParsedMessage) -> Iterable[Finding]:
        for segment in message.segments:
            if SSN in segment.text:
                start = segment.text.index(SSN)
                yield Finding(
                    self.name,
                    "government_id",
                    "US_SSN",
                    segment.source,
                    segment.part,
                    start,
                    start + len(SSN),
                    0.99,
                )


def test_rescan_releases_what_no_longer_needs_review(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    raw, finding = ssn_message()
    still_held = service.hold(envelope(), raw, verdict((finding,)))
    clean_raw = message("Thanks for your donation")
    now_clean = service.hold(envelope(), clean_raw, verdict((finding,)))
    decided = service.hold(envelope(), clean_raw, verdict((finding,)))
    service.decide(decided, reviewers[0], "reject", None)
    scanner = Scanner(service.settings, detectors=(SsnWordDetector(),))
    with smtp_sink(relay_port) as sink:
        report = service.rescan(scanner, CLI)
    assert (report.scanned, report.released, report.updated, report.failed) == (2, 1, 1, 0)
    assert [m[2] for m in sink.messages] == [clean_raw]
    held = service.get_item(still_held, reviewers[0])
    assert held.summary.status is ItemStatus.PENDING
    assert held.verdict["findings"][0]["detector"] == "test_ssn"
    assert service.get_item(now_clean, reviewers[0]).summary.status is ItemStatus.RELEASED
    (release,) = service.audit_entries(AuditQuery(item_id=now_clean, action="decide"), CLI)
    assert release.actor == "system:rescan" and release.detail["new_action"] == "pass"
    (summary,) = service.audit_entries(AuditQuery(action="rescan"), CLI)
    assert summary.detail == {"scanned": 2, "released": 1, "updated": 1, "failed": 0}


def _rejecting_scanner(service: ReviewService, tmp_path: Path) -> Scanner:
    """The rules of the day after a policy change: government ids are now rejected."""
    policy = tmp_path / "policy.yaml"
    policy.write_text("categories: {government_id: reject}\n")
    settings = service.settings.model_copy(
        update={"policy": Policy.model_validate({"file": str(policy)})}
    )
    return Scanner(settings, detectors=(SsnWordDetector(),))


def test_release_with_rescan_is_refused_when_the_current_rules_reject(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int, tmp_path: Path
) -> None:
    raw, finding = ssn_message()
    item = service.hold(envelope(), raw, verdict((finding,)))
    service.release_scanner = _rejecting_scanner(service, tmp_path)
    with pytest.raises(ReleaseBlocked), smtp_sink(relay_port) as sink:
        service.decide(item, reviewers[0], "release", None, rescan=True)
    assert sink.messages == []
    assert service.get_item(item, reviewers[0]).summary.status is ItemStatus.PENDING
    (blocked,) = service.audit_entries(AuditQuery(item_id=item, action="release_blocked"), CLI)
    assert blocked.detail == {"new_action": "reject", "rules": ["SENSITIVE_GOVERNMENT_ID"]}
    assert SSN not in str(blocked.detail)
    # Without the re-scan (the default setting) the reviewer's release goes through.
    with smtp_sink(relay_port) as sink:
        service.decide(item, reviewers[0], "release", None)
    assert [m[2] for m in sink.messages] == [raw]


def test_an_auditor_release_is_refused_before_any_rescan(
    service: ReviewService, reviewers: tuple[User, ...], tmp_path: Path
) -> None:
    raw, finding = ssn_message()
    item = service.hold(envelope(), raw, verdict((finding,)))
    service.release_scanner = _rejecting_scanner(service, tmp_path)
    with pytest.raises(PermissionDenied):
        service.decide(item, reviewers[2], "release", None, rescan=True)
    assert service.audit_entries(AuditQuery(action="release_blocked"), CLI) == []


def test_release_with_rescan_goes_through_when_the_rules_still_allow_it(
    service: ReviewService, reviewers: tuple[User, ...], relay_port: int
) -> None:
    clean = message("Thanks for your donation")
    item = service.hold(envelope(), clean, verdict(()))
    service.release_scanner = Scanner(service.settings, detectors=(SsnWordDetector(),))
    with smtp_sink(relay_port) as sink:
        result = service.decide(item, reviewers[0], "release", None, rescan=True)
    assert result.delivered and [m[2] for m in sink.messages] == [clean]
