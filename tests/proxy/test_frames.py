"""Worker frames are plain JSON: outcomes round-trip exactly, anything else is refused."""

from __future__ import annotations

import pickle

import pytest

from scanner.config import Settings
from scanner.model import Action, ClientInfo
from scanner.proxy.frames import decode_envelope, decode_reply, encode_envelope, encode_reply
from scanner.proxy.job import ScanJob, ScanRequest

RAW = (
    b"From: Case Worker <cw@shelter.example.org>\r\nTo: intake@example.net\r\n"
    b"Subject: Re: intake\r\n\r\nClient SSN 219-09-9998, she was diagnosed with HIV last "
    b"year. Card 4111 1111 1111 1111.\r\n"
)


def test_a_real_outcome_round_trips_exactly(settings: Settings) -> None:
    client = ClientInfo(addr="192.0.2.7", login="shelter", helo="mx.example")
    outcome = ScanJob(settings).run(
        ScanRequest(RAW, "cw@shelter.example.org", ("intake@example.net",), client)
    )
    assert outcome.verdict.findings and outcome.decision.reasons  # the frame carries real content
    kind, decoded = decode_reply(encode_reply("ok", outcome))
    assert kind == "ok"
    assert decoded == outcome
    assert decoded.verdict.action is Action(outcome.verdict.action)


def test_envelope_and_other_replies_round_trip() -> None:
    client = ClientInfo(addr="2001:db8::1", name="mail.example", login="ünïcode")
    rcpts = ("a@example.net", "ß@example.org")
    assert decode_envelope(encode_envelope("", rcpts, client)) == ("", rcpts, client)
    assert decode_reply(encode_reply("ready", ("TosEngine", 2))) == ("ready", ["TosEngine", 2])
    assert decode_reply(encode_reply("error", "RuntimeError")) == ("error", "RuntimeError")


@pytest.mark.parametrize(
    "frame",
    [
        pickle.dumps(("ok", None)),
        b"[1, 2]",
        b'{"kind": "ok", "value": {"action": "explode"}}',
        b'{"kind": "ok"}',
        b"\xff\xfe",
    ],
)
def test_anything_but_the_expected_json_is_refused(frame: bytes) -> None:
    with pytest.raises(ValueError):
        decode_reply(frame)
    with pytest.raises(ValueError):
        decode_envelope(frame)
