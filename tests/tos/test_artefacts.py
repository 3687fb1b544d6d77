"""Corpus artefacts are removed before training and evaluation."""

from __future__ import annotations

import re

import pytest

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.artefacts import strip_artefacts
from scanner.tos.corpus import TEST_GROUPS, TRAIN_GROUPS, read_corpus
from tests.conftest import CORPUS

COLLECTOR_DOMAINS = rb"taint\.org|netnoteinc\.com|slashnull\.org|jmason\.org"
RAW = """From spammer@example.com  Thu Aug 22 12:36:23 2002
Return-Path: <yyyy@spamassassin.taint.org>
Delivered-To: zzzz@localhost.netnoteinc.com
Received: from localhost (localhost [127.0.0.1])
\tby phobos.labs.netnoteinc.com (Postfix) with ESMTP id D03E543C36
X-Spam-Status: No, hits=-2.0
X-Keywords: spam
X-MailScanner: Found to be clean
X-Virus-Scanned: by amavisd-milter (http://amavis.org/)
X-Authentication-Warning: lists.example.org: majordomo set sender to owner-x using -f
X-MIME-Autoconverted: from 8bit to quoted-printable by mx.example.org
X-Mailer: Mutt 1.4
List-Id: Irish Linux Users <ilug.linux.ie>
Precedence: bulk
From: Robert <robert@example.com>
To: zzzz@spamassassin.taint.org
Subject: Re: [ILUG] New sequences window
Date: Thu, 22 Aug 2002 07:36:16 -0400

Mail yyyy@spamassassin.taint.org or see http://www.jmason.org/ for more.

_______________________________________________
ILUG mailing list
http://list.example.org/mailman/listinfo/ilug
"""


def test_collector_headers_addresses_and_footers_are_removed() -> None:
    cleaned = strip_artefacts(RAW).decode()
    for gone in ("From spammer", "Return-Path", "Delivered-To", "Received", "X-Spam-Status",
                 "X-Keywords", "List-Id", "Precedence", "taint.org", "netnoteinc", "jmason",
                 "[ILUG]", "listinfo", "phobos", "X-MailScanner", "X-Virus-Scanned",
                 "X-Authentication-Warning", "X-MIME-Autoconverted"):  # fmt: skip
        assert gone not in cleaned, gone
    assert "Subject: Re: New sequences window" in cleaned
    assert "X-Mailer: Mutt 1.4" in cleaned  # the sender's own client
    assert "To: recipient@example.org" in cleaned
    assert "Mail recipient@example.org or see http://example.org/ for more." in cleaned


@pytest.mark.parametrize(
    "footer",
    [
        "To Unsubscribe: send mail to majordomo@FreeBSD.org\n"
        'with "unsubscribe freebsd-ports" in the body of the message\n',
        "To unsubscribe, send a mail to majordomo@lists.example.net with\n"
        '"unsubscribe nessus" in the body.',
        "* To unsubscribe, send a mail to majordomo@lists.example.net with\n"
        '"unsubscribe nessus" in the body.',
        'Unsubscribe by sending "unsubscribe cryptography" to majordomo@lists.example.com',
        "TIP 1: subscribe and unsubscribe commands go to majordomo@lists.example.org",
    ],
)
def test_majordomo_footer_is_removed_and_the_senders_own_wording_kept(footer: str) -> None:
    body = "Great offer, click http://offer.example.com/ now.\nTo unsubscribe, reply REMOVE.\n"
    raw = f"From: a@example.com\nSubject: s\n\n{body}\n\n{footer}"
    cleaned = strip_artefacts(raw).decode()
    assert "majordomo" not in cleaned.lower()
    assert body in cleaned


def test_stripped_message_still_parses_with_its_headers() -> None:
    message = parse_message(strip_artefacts(RAW), Limits())
    assert message.header("From") == "Robert <robert@example.com>"
    assert message.header("Received") is None
    assert any(s.source == "body:text/plain" for s in message.segments)


@pytest.mark.slow
def test_no_collector_artefact_survives_in_the_corpus() -> None:
    groups = (*TRAIN_GROUPS, *TEST_GROUPS)
    leftovers = re.compile(
        COLLECTOR_DOMAINS + rb"|^(?:received|delivered-to|x-spam[\w-]*"
        rb"|x-keywords|x-status|list-id|precedence|return-path):",
        re.IGNORECASE | re.MULTILINE,
    )
    examples = read_corpus(CORPUS, groups)
    assert len(examples) == 6046
    for example in examples:
        head, _, body = example.raw.partition(b"\n\n")
        assert not leftovers.search(head), example.id
        assert not re.search(COLLECTOR_DOMAINS, body, re.I), example.id
        assert not example.raw.startswith(b"From "), example.id
