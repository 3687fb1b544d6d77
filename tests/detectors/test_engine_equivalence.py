"""The fast path finds exactly what the slow path does.

Reference: every rule's pattern run over the whole text at every position (overlapping), no
candidates, no keyword windows, no size index, no gate. The engine must report the same hits
on texts built from valid numbers, near-misses, trigger words, separators and letters.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit, RuleEngine, _drop_contained, _score
from scanner.detectors.validators import VALIDATORS

PIECES = [
    "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "3782 822463 10005",
    "6250 9410 0652 8599 032", "4111 1111 1111 1112", "536-22-1906", "536 22 1906",
    "536221906", "912-78-1234", "021000021", "GB82 WEST 1234 5698 7654 32",
    "DE89370400440532013000", "SSN ", "card ", "routing ", "order ", " ", "-", ".", "1", "9",
    "A", "GB", "x", "\n", "password: ", "Tr0ub4dor&3", "PIN ", "4921", "CVV ", "is ",
    "card ending in ", "4242", "last 4 of SSN: ", "**** ", "XXX-XX-", "AKIAIOSFODNN7EXAMPLE",
    "account number ", "credit score is ", "580", "Dx: ", "E11.9", "passport no. ",
    "563812947", "driver's license ", "D1234567",
]  # fmt: skip


def reference(engine: RuleEngine, text: str) -> list[Hit]:
    best: dict[tuple[int, int], Hit] = {}
    for rule in engine.rules:
        spec = rule.spec
        for match in rule.compiled.finditer(text, overlapped=True):
            span = match.span("value") if "value" in rule.compiled.groupindex else match.span()
            value = text[span[0] : span[1]]
            size = sum(ch.isalnum() for ch in value)
            if spec.number and not spec.number.digits[0] <= size <= spec.number.digits[1]:
                continue
            if not all(VALIDATORS[name](value) for name in spec.validators):
                continue
            hit = Hit(rule.id, spec.entity, spec.category, *span, _score(rule, text, span))
            if hit.score >= DEFAULT_MIN_SCORE and (
                span not in best or hit.score > best[span].score
            ):
                best[span] = hit
    return _drop_contained(best.values())


@pytest.mark.timeout(120)
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_engine_matches_the_reference(rules: RuleEngine, text: str) -> None:
    got = [(h.start, h.end, h.entity) for h in rules.scan_text(text)]
    want = [(h.start, h.end, h.entity) for h in reference(rules, text)]
    assert got == want
