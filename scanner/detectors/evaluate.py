"""Evaluate the sensitive-data engine, and stock Presidio, on the labelled set.

``python -m scanner.detectors.evaluate [--data FILE] [--out FILE]`` (``make eval-sensitive``)
writes a Markdown report with per-entity precision, recall and F1. Structured identifiers
are keyed by entity (``US_SSN``), special categories by category (``health``). A prediction
is correct when it overlaps a labelled span with the same key; recall counts labelled spans
that some correct prediction overlaps.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scanner.categories import SPECIAL_CATEGORIES
from scanner.config import Detection, Limits
from scanner.detectors.engine import DEFAULT_MIN_SCORE, TextScanner
from scanner.detectors.loader import load_text_scanners, merged_hits
from scanner.detectors.presidio import stock_analyzer
from scanner.masking import CATEGORY_ONLY
from scanner.mime import parse_message

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "tests" / "data" / "sensitive"  # the hard sets, by file name (HARD_SETS)
DATA = SETS / "eval.jsonl"
CORPUS = ROOT.parent / "shared" / "corpora" / "spamassassin-public.jsonl.gz"
REPORT = ROOT / "docs" / "eval-sensitive.md"
# Entities that stock Presidio and this engine both report.
SHARED = (
    "CREDIT_CARD", "US_SSN", "IBAN_CODE", "ABA_ROUTING_NUMBER", "US_BANK_NUMBER",
    "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE",
)  # fmt: skip
PRESIDIO_THRESHOLDS = (0.01, 0.3, 0.5, 0.7)
F1_TARGET = {"CREDIT_CARD": 0.97, "US_SSN": 0.97, "IBAN_CODE": 0.97, "ABA_ROUTING_NUMBER": 0.97}
# (key, start, end, score)
Prediction = tuple[str, int, int, float]
_COUNT_FIELDS = ("correct", "predicted", "matched", "labelled")
NEWSLETTERS_PER_LANGUAGE = 100  # as the classifier's fairness check


@dataclass
class Counts:
    """Correct and total predictions, matched and total labels."""

    correct: int = 0
    predicted: int = 0
    matched: int = 0
    labelled: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    """Counts per key plus documents without labels that got a finding."""

    counts: dict[str, Counts] = field(default_factory=dict)
    flagged_clean: int = 0
    clean: int = 0
    seconds: float = 0.0


def load(path: Path) -> list[dict[str, Any]]:
    """The labelled records."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def key_of(entity: str, category: str) -> str:
    """Special categories are scored by category, identifiers by entity."""
    return category if category in SPECIAL_CATEGORIES else entity


def score(
    records: Sequence[dict[str, Any]],
    predict: Callable[[str], Iterable[Prediction]],
    keys: set[str] | None = None,
) -> Result:
    """Count matches of ``predict`` against the labels (restricted to ``keys`` if given)."""
    result = Result()
    started = time.perf_counter()
    for record in records:
        labels = [
            (lab["entity"], lab["start"], lab["end"])
            for lab in record["labels"]
            if keys is None or lab["entity"] in keys
        ]
        predictions = [p for p in predict(record["text"]) if keys is None or p[0] in keys]
        if not record["labels"]:
            result.clean += 1
            result.flagged_clean += bool(predictions)
        for key, start, end, _ in predictions:
            counts = result.counts.setdefault(key, Counts())
            counts.predicted += 1
            counts.correct += any(k == key and s < end and start < e for k, s, e in labels)
        for key, start, end in labels:
            counts = result.counts.setdefault(key, Counts())
            counts.labelled += 1
            counts.matched += any(k == key and s < end and start < e for k, s, e, _ in predictions)
    result.seconds = time.perf_counter() - started
    return result


def ours(scanners: Sequence[tuple[str, TextScanner]]) -> Callable[[str], list[Prediction]]:
    """This engine's predictions as (key, start, end, score)."""

    def predict(text: str) -> list[Prediction]:
        return [
            (key_of(h.entity, h.category), h.start, h.end, h.score)
            for h in merged_hits(scanners, text)
        ]

    return predict


def presidio(workdir: Path) -> Callable[[str], list[Prediction]]:
    """Stock Presidio (default recognizers, blank pipeline) on the shared entities."""
    analyzer = stock_analyzer(workdir)

    def predict(text: str) -> list[Prediction]:
        results = analyzer.analyze(text, language="en", entities=list(SHARED))
        return [(r.entity_type, r.start, r.end, float(r.score)) for r in results]

    return predict


def at_threshold(
    predict: Callable[[str], list[Prediction]], threshold: float
) -> Callable[[str], list[Prediction]]:
    """Only predictions scoring at least ``threshold``."""
    return lambda text: [p for p in predict(text) if p[3] >= threshold]


def cached(predict: Callable[[str], list[Prediction]]) -> Callable[[str], list[Prediction]]:
    """Memoize by text: Presidio runs once per record, thresholds are applied after."""
    memo: dict[str, list[Prediction]] = {}
    return lambda text: memo.setdefault(text, predict(text))


def report(records: Sequence[dict[str, Any]], mine: Result, stock: dict[float, Result]) -> str:
    """The Markdown report."""
    kinds = {k: sum(r["kind"] == k for r in records) for k in ("positive", "decoy", "topical")}
    languages = sorted({r.get("lang", "en") for r in records} - {"en"})
    lines = [
        "# Sensitive-data detection: evaluation",
        "",
        "Generated by `make eval-sensitive` (`python -m scanner.detectors.evaluate`); do not "
        "edit by hand.",
        "",
        f"Data: `tests/data/sensitive/eval.jsonl`, {len(records)} synthetic texts "
        f"({kinds['positive']} with a labelled value, {kinds['decoy']} identifier-shaped "
        f"decoys, {kinds['topical']} topical special-category texts; English, and special "
        f"categories in {', '.join(languages) or 'no other language'}); how it was made: "
        "`tests/data/README`. A prediction counts when it overlaps a labelled span of the same "
        "entity (identifiers) or category (special categories). This engine: default "
        f"configuration, findings at score >= {DEFAULT_MIN_SCORE}.",
        "",
        "Stock Presidio: `AnalyzerEngine` with its default recognizers and a "
        '`spacy.blank("en")` pipeline, asked for the entities below; for each entity the '
        "score threshold (of " + ", ".join(str(t) for t in PRESIDIO_THRESHOLDS) + ") that "
        "gives Presidio its best F1 is used, which favours Presidio.",
        "",
        "| entity / category | labelled | ours P | ours R | ours F1 | Presidio P | "
        "Presidio R | Presidio F1 (thr) | target | met |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for key in sorted(mine.counts, key=lambda k: (k not in SHARED, k in CATEGORY_ONLY, k)):
        c = mine.counts[key]
        cells = [key, str(c.labelled), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"]
        best = _best_presidio(stock, key)
        target, met = _target(key, c, best[1].f1 if best else None)
        if best:
            thr, pc = best
            cells += [f"{pc.precision:.3f}", f"{pc.recall:.3f}", f"{pc.f1:.3f} ({thr})"]
        else:
            cells += ["–", "–", "–"]
        lines.append("| " + " | ".join([*cells, target, met]) + " |")
    lines += [
        "",
        f"Texts without a label that got any finding: ours {mine.flagged_clean} of {mine.clean}.",
        f"Time over the whole set: ours {mine.seconds:.2f} s, Presidio "
        f"{min(r.seconds for r in stock.values()):.2f} s (first threshold pass).",
        "",
        "Targets: F1 >= 0.97 for cards, SSNs, IBANs and routing numbers; precision >= 0.9 and "
        "recall >= 0.8 for each special category; at least Presidio's F1 on every entity both "
        "support. Presidio's default set has no ABA recognizer enabled, so its row is 0 there. "
        "The set is synthetic and written by the same engineer who wrote the rules: it shows "
        "that the engine does what it is designed to do, not how it fares on real mail.",
        "",
    ]
    return "\n".join(lines)


# Characters shown escaped in a table cell: a line break, the cell separator, and a
# no-break space (it reads as a space, but is one of the formats under test).
_SHOWN = str.maketrans({"\n": "\\n", "|": "\\|", "\u00a0": "\\u00a0"})
# The hard sets' file names, headings and what each is (how it may be used), in report
# order.
HARD_SETS = (
    (
        "hard-87.jsonl",
        "Hard cases 87, held apart",
        "Hand-written (`tests/data/sensitive/hard-87.jsonl`, 2026-12-08) by an eighty-fifth "
        "independent author, at the same time, briefed as a red team on one detail said in "
        "many registers (teenagers' texting, elderly writers' formal letters, non-native English, "
        "clinical and legal jargon, euphemism and slang, emoji, abbreviations, typos, all-caps, "
        "run-on sentences, voice-to-text; hyperbole, idioms, song titles, game and TV "
        "references and look-alike abbreviations as decoys). Its author checked its copy of the "
        "conventions with an inline python3, looked over its own output with grep, cut and "
        "head, and ran `git status` and `git rev-parse`, as its docstring and report say. Never "
        "used to tune rules, lexicons, weights or validators. Scored (its cases unread) with "
        "the rules of the commit it was written at: 63 of 100 (decoys 36 of 40, positives 27 of "
        "60); after the round on hard-82 and hard-83 (this report): see below.",
    ),
    (
        "hard-86.jsonl",
        "Hard cases 86, held apart",
        "Hand-written (`tests/data/sensitive/hard-86.jsonl`, 2026-12-08) by an eighty-fourth "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-82 and hard-83: a rural county's nonprofits and small businesses in the "
        "week before Christmas (a pharmacy, a clinic's front desk, a feed store's credit "
        "accounts, a fire department auxiliary, two churches, 4-H, the extension office, a "
        "credit union, a tax preparer, a funeral home, a bail bonds office, a dialysis van, a "
        "pregnancy resource center, Head Start, a VFW post; holiday hours, appeals, bulletins, "
        "blank forms, store account and invoice numbers and a fire hall door code as decoys). "
        "Its author ran awk and a python3 one-liner on its conventions file and its module, cp "
        "and cmp on its output and `git status`, as its docstring says. Never used to tune "
        "rules, lexicons, weights or validators. Scored (its cases unread) with the rules of the "
        "commit it was written at: 84 of 100 (decoys 36 of 40, positives 48 of 60); after the "
        "round on hard-82 and hard-83 (this report): see below.",
    ),
    (
        "hard-85.jsonl",
        "Hard cases 85, held apart",
        "Hand-written (`tests/data/sensitive/hard-85.jsonl`, 2026-12-08) by an eighty-third "
        "independent author, at the same time, briefed as a red team on technical credentials "
        "and secrets pasted into mail by small nonprofits' volunteers, staff and IT contractors "
        "(vendor API keys and tokens, connection strings and .env files, router, NAS and "
        "WordPress logins, password-manager exports, OAuth secrets, JWTs and session cookies, "
        "private key blocks, 2FA backup codes, a wallet's seed phrase; publishable keys, client "
        "IDs, placeholders, hashes, public keys, UUIDs and licence keys as decoys). Its author "
        "read part of its conventions file with sed and wc, used tail, od, cp and cmp on its "
        "own files, and read its commit back with `git rev-parse` and `git show --stat`, as its "
        "docstring says. Never used to tune rules, lexicons, weights or validators. Scored (its "
        "cases unread) with the rules of the commit it was written at: 72 of 100 (decoys 35 of "
        "40, positives 37 of 60); 72 after the round on hard-80 and hard-81; after the round on "
        "hard-82 and hard-83 (this report): see below.",
    ),
    (
        "hard-84.jsonl",
        "Hard cases 84, held apart",
        "Hand-written (`tests/data/sensitive/hard-84.jsonl`, 2026-12-08) by an eighty-second "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-80 and hard-81: local politics in a county with a December runoff (a "
        "council candidate's campaign, a county party, a voter registration nonprofit, a "
        "ballot-measure committee, a forum organiser, a poll-worker recruiter, a campaign "
        "treasurer, volunteers and donors; appeals to everyone, public endorsements and "
        "positions, neutral guides, committee IDs, precinct numbers and polling aggregates as "
        "decoys). Its author read part of its conventions file with sed and wc, ran python3 "
        "one-liners for dates and counts, and read its commit back with `git log -1` and `git "
        "status`, as its docstring says. Never used to tune rules, lexicons, weights or "
        "validators. Scored (its cases unread) with the rules of the commit it was written at: "
        "69 of 100 (decoys 37 of 40, positives 32 of 60); 69 after the round on hard-80 and "
        "hard-81; after the round on hard-82 and hard-83 (this report): see below.",
    ),
    (
        "hard-31.jsonl",
        "Hard cases 31, held apart",
        "Hand-written (`tests/data/sensitive/hard-31.jsonl`, 2026-12-07) by a twenty-ninth "
        "independent author under the same rules, during the round on hard-25, hard-26 and "
        "hard-28 without sight of any set, briefed as a red team on small professional "
        "practices and their systems (a therapist's practice software, a chiropractor, an "
        "immigration attorney's paralegal, a bail bondsman, a fertility clinic, a genetic "
        "counsellor, an addiction-treatment intake line, a probation-fee portal, a gender "
        "clinic, an HIV case manager, a hospice chaplain, a union's health fund, credit repair, "
        "a debt collector, a payday lender, tenant screening, background checks, an EAP, "
        "workers' compensation, disability insurance, a school counsellor, a Title IX office): "
        "the sensitive part one line among scheduling and billing, superbills and claim forms "
        "with codes, disclosing signatures, categories said through a code, a drug, a "
        "procedure, a court or a congregation. Its author typed a few unlabelled organisations' "
        "identifiers by hand, as its docstring says. Never used to tune rules, lexicons, "
        "weights or validators. Scored (its cases unread) with the rules of the commit it was "
        "written at: 64 of 100 (decoys 38 of 42, positives 26 of 58); 66 after the round on "
        "hard-29 and hard-30, 66 after the round on hard-33 and hard-34, 66 after the round on "
        "hard-35 and hard-36, 67 after the round on hard-37 and hard-38, 67 after the round on "
        "hard-39 and hard-40, 68 after the round on hard-41 and hard-42, 69 after the round on "
        "hard-43 and hard-44, 69 after the round on hard-45 and hard-46, 69 after the round on "
        "hard-47 and hard-48, 70 after the round on hard-49 and hard-50, 70 after the round on "
        "hard-51, hard-52 and hard-54, 70 after the round on hard-53 and hard-55, 70 after the "
        "round on hard-56 and hard-57, 70 after the round on hard-58 and hard-59, 70 after the "
        "round on hard-60 and hard-61; 70 after a short round on hard-62 and hard-63; 70 after "
        "the round on hard-64 and hard-65; 70 after the round on hard-66 and hard-67; 70 after "
        "a short round on hard-68 and hard-69; 70 after the round on hard-70 and hard-71; 70 "
        "after the round on hard-72 and hard-73; 70 after a short round on hard-74 and hard-75; "
        "70 after the round on hard-76 and hard-77; 70 after the round on hard-78 and hard-79; "
        "71 after the round on hard-80 and hard-81; after the round on hard-82 and hard-83 "
        "(this report): see below.",
    ),
    (
        "hard-32.jsonl",
        "Hard cases 32, held apart",
        "Hand-written (`tests/data/sensitive/hard-32.jsonl`, 2026-12-07) by a thirtieth "
        "independent author under the same rules, at the same time: an ordinary week of mail in "
        "one suburban county (an HOA, a swim team, a megachurch and a Korean church, a gurdwara "
        "and a Hindu temple, Little League, Girl Scouts, a youth orchestra, a Chinese weekend "
        "school, an orthodontist, a veterinary ER, a realtor and a mortgage lender, an "
        "insurance agent, a car dealership, home health and assisted living, a hospice, schools "
        "and a PTA, a community college, a library, Rotary, a state representative's "
        "constituent mail, both party committees, a credit union, a tax preparer, a law office, "
        "a daycare, a gym). Never used to tune rules, lexicons, weights or validators. Scored "
        "(its cases unread) with the rules of the commit it was written at: 81 of 100 (decoys "
        "39 of 42, positives 42 of 58); 81 after the round on hard-29 and hard-30, 81 after the "
        "round on hard-33 and hard-34, 82 after the round on hard-35 and hard-36, 82 after the "
        "round on hard-37 and hard-38, 82 after the round on hard-39 and hard-40, 82 after the "
        "round on hard-41 and hard-42, 81 after the round on hard-43 and hard-44, 81 after the "
        "round on hard-45 and hard-46, 81 after the round on hard-47 and hard-48, 81 after the "
        "round on hard-49 and hard-50, 81 after the round on hard-51, hard-52 and hard-54, 81 "
        "after the round on hard-53 and hard-55, 81 after the round on hard-56 and hard-57, 81 "
        "after the round on hard-58 and hard-59, 81 after the round on hard-60 and hard-61; 81 "
        "after a short round on hard-62 and hard-63; 81 after the round on hard-64 and hard-65; "
        "81 after the round on hard-66 and hard-67; 81 after a short round on hard-68 and "
        "hard-69; 81 after the round on hard-70 and hard-71; 81 after the round on hard-72 and "
        "hard-73; 81 after a short round on hard-74 and hard-75; 81 after the round on hard-76 "
        "and hard-77; 81 after the round on hard-78 and hard-79; 81 after the round on hard-80 "
        "and hard-81; after the round on hard-82 and hard-83 (this report): see below.",
    ),
    (
        "hard-27.jsonl",
        "Hard cases 27, held apart",
        "Hand-written (`tests/data/sensitive/hard-27.jsonl`, 2026-12-07) by a twenty-fifth "
        "independent author under the same rules, during the round on hard-23 and hard-24 "
        "without sight of any set, briefed as a red team: values in unusual containers (vCard "
        "and calendar text, URL query strings, logs, YAML/INI configs, SMS relays, fax OCR, PDF "
        "text with broken columns), labels abbreviated or in other languages, odd wrapping and "
        "spacing, checkbox forms, Y/N questionnaires, medication lists, care plans, incident "
        "reports, HR exports, CRM notes, directories and rosters, and categories said through a "
        "program, place, holiday, ritual, drug or support group. Never used to tune rules, "
        "lexicons, weights or validators: an estimate for mail chosen to be hard. Scored (its "
        "cases unread) with the rules of its commit: 73 of 100 (decoys 40 of 42, positives 33 "
        "of 58); 73 after the round on hard-25, hard-26 and hard-28, 74 after the round on "
        "hard-29 and hard-30, 74 after the round on hard-33 and hard-34, 75 after the round on "
        "hard-35 and hard-36, 78 after the round on hard-37 and hard-38, 79 after the round on "
        "hard-39 and hard-40, 79 after the round on hard-41 and hard-42, 79 after the round on "
        "hard-43 and hard-44, 79 after the round on hard-45 and hard-46, 79 after the round on "
        "hard-47 and hard-48, 79 after the round on hard-49 and hard-50, 80 after the round on "
        "hard-51, hard-52 and hard-54, 80 after the round on hard-53 and hard-55, 80 after the "
        "round on hard-56 and hard-57, 81 after the round on hard-58 and hard-59, 81 after the "
        "round on hard-60 and hard-61; 81 after a short round on hard-62 and hard-63; 81 after "
        "the round on hard-64 and hard-65; 81 after the round on hard-66 and hard-67; 81 after "
        "a short round on hard-68 and hard-69; 83 after the round on hard-70 and hard-71; 83 "
        "after the round on hard-72 and hard-73; 83 after a short round on hard-74 and hard-75; "
        "83 after the round on hard-76 and hard-77; 84 after the round on hard-78 and hard-79; "
        "84 after the round on hard-80 and hard-81; after the round on hard-82 and hard-83 "
        "(this report): see below.",
    ),
    (
        "hard-83.jsonl",
        "Hard cases 83, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-83.jsonl`, 2026-12-08) by an eighty-first "
        "independent author, at the same time: human resources and payroll mail of small "
        "nonprofits and businesses in December (open enrollment, onboarding with I-9 documents "
        "and direct deposit, leave and accommodations, workers' compensation, garnishments, "
        "union dues and stewards, background and credit checks, payroll corrections, year-end "
        "forms, emergency contacts; handbook text, blank forms, plan descriptions, EEO "
        "statements, payroll calendars, employee, check and batch numbers and door codes as "
        "decoys). No slip reported. Scored (its cases unread) with the rules of the commit it "
        "was written at: 83 of 100 (decoys 38 of 40, positives 45 of 60); 83 after the round on "
        "hard-78 and hard-79; 83 after the round on hard-80 and hard-81, then used for tuning "
        "in the round on hard-82 and hard-83, so its score no longer estimates anything.",
    ),
    (
        "hard-82.jsonl",
        "Hard cases 82, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-82.jsonl`, 2026-12-08) by an eightieth "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-78 and hard-79: a regional food bank and its network in early December "
        "(partner pantries, a mobile pantry, SNAP and WIC application help, a senior box "
        "program, medically tailored meals, a backpack program, court-ordered volunteer hours, "
        "donor relations; pounds distributed, diet menus offered to all, blank forms, program "
        "descriptions, agency and route numbers, a warehouse door code and an anonymised story "
        "as decoys). Its author ran awk and grep -c on its conventions file to measure it, as "
        "its docstring says. Scored (its cases unread) with the rules of the commit it was "
        "written at: 88 of 100 (decoys 40 of 40, positives 48 of 60); 89 after the round on "
        "hard-78 and hard-79; 91 after the round on hard-80 and hard-81, then used for tuning "
        "in the round on hard-82 and hard-83, so its score no longer estimates anything.",
    ),
    (
        "hard-81.jsonl",
        "Hard cases 81, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-81.jsonl`, 2026-12-08) by a seventy-ninth "
        "independent author, at the same time, briefed as a red team on disclosures spread "
        "across sentences, lines and turns (the person named in one sentence and the detail in "
        'the next, a list\'s person named in the line above it, a quoted question answered "yes" '
        'or "same as before" in the reply, a form\'s field and value lines apart, a partner '
        "known only by a given name and a relationship word; the same shapes where the chain "
        "reaches no one as decoys). Never used to tune rules, lexicons, weights or validators "
        "(the engineer saw its first ten rows, hard81-000 to -009, in a diff of this report "
        "after the round on hard-76 and hard-77; no rule was changed for them). Scored (its "
        "cases unread) with the rules of the commit it was written at: 75 of 100 (decoys 38 of "
        "40, positives 37 of 60); 76 after the round on hard-76 and hard-77; 76 after the round "
        "on hard-78 and hard-79, then used for tuning in the round on hard-80 and hard-81, so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-80.jsonl",
        "Hard cases 80, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-80.jsonl`, 2026-12-08) by a seventy-eighth "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-76 and hard-77: a regional youth sports league and its winter-break day "
        "camp in early December (registrations, medical, allergy and medication forms, "
        "return-to-play notes, fee waivers, refunds, coach background checks, tournament "
        "travel, team-parent mail, a camp nurse's rosters; blank forms, allergen-aware snack "
        "lists, policy text, jersey, order and bracket numbers, door and locker codes and an "
        "anonymised newsletter story as decoys). Its author measured the conventions file with "
        "awk, grep, tail and od before copying it, and read its commit's hash with `git "
        "rev-parse`, as its docstring says. Scored (its cases unread) with the rules of the "
        "commit it was written at: 78 of 100 (decoys 39 of 40, positives 39 of 60); 78 after "
        "the round on hard-76 and hard-77; 78 after the round on hard-78 and hard-79, then used "
        "for tuning in the round on hard-80 and hard-81, so its score no longer estimates "
        "anything.",
    ),
    (
        "hard-79.jsonl",
        "Hard cases 79, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-79.jsonl`, 2026-12-07) by a seventy-seventh "
        "independent author, at the same time, briefed as a red team on data in the margins of "
        "mail (subject lines, attachment file names, signature blocks, a P.S., forwarded header "
        "blocks, link text and URLs, calendar fields, footers and disclaimers, a mail merge's "
        "leftover field; look-alike numbers and category words in the same margins as decoys). "
        "Its author checked its branch with `git rev-parse` and that its output file did not "
        "exist with `test -e`, as its docstring says. Scored (its cases unread) with the rules "
        "of the commit it was written at: 77 of 100 (decoys 37 of 40, positives 40 of 60); 78 "
        "after a short round on hard-74 and hard-75; 78 after the round on hard-76 and hard-77, "
        "then used for tuning in the round on hard-78 and hard-79, so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-78.jsonl",
        "Hard cases 78, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-78.jsonl`, 2026-12-07) by a seventy-sixth "
        "independent author under the same rules, without sight of any set, at the start of a "
        "short round on hard-74 and hard-75: a regional hospital's foundation and its patient "
        "and family services in December (a grateful-patient program, a patient assistance "
        "fund, a cancer center's support groups, chaplaincy, a NICU family liaison, a hospice "
        "house, the volunteer office, a family house, the gala committee; impact statistics, "
        "campaign names, donor walls, tribute gifts, naming opportunities, privacy policy text, "
        "gift, pledge and receipt numbers as decoys). Its author's own check script imported "
        "the check functions of `independent_sets.py`, as its docstring says. Scored (its cases "
        "unread) with the rules of the commit it was written at: 77 of 100 (decoys 38 of 40, "
        "positives 39 of 60); 77 after a short round on hard-74 and hard-75; 77 after the round "
        "on hard-76 and hard-77, then used for tuning in the round on hard-78 and hard-79, so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-77.jsonl",
        "Hard cases 77, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-77.jsonl`, 2026-12-07) by a seventy-fifth "
        "independent author, at the same time, briefed as a red team on checksum-valid look-"
        "alikes beside real identifiers (provider NPIs, gift and loyalty cards, library "
        "barcodes, ISBNs and UPCs, ABA-valid member and invoice numbers, EINs, UEIs, VINs, bank "
        "payment references, dashed case numbers; real cards, SSNs, routing and account numbers,"
        " IBANs, passports, licences, state IDs, ITINs, CVVs, PINs, passwords and keys beside "
        "them, some named only vaguely). Its author labels a Canadian SIN as US_SSN and an "
        "organisation's own bank details like anyone's, as its docstring says; it read its own "
        "generator output and ran one check script of its own. Scored (its cases unread) with "
        "the rules of the commit it was written at: 94 of 100 (decoys 39 of 40, positives 55 of "
        "60); 94 after the round on hard-72 and hard-73; 94 after a short round on hard-74 and "
        "hard-75, then used for tuning in the round on hard-76 and hard-77, so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-76.jsonl",
        "Hard cases 76, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-76.jsonl`, 2026-12-07) by a seventy-fourth "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-72 and hard-73: a regional domestic violence and sexual assault services "
        "agency and its partners over two weeks of December (hotline follow-ups, shelter intake,"
        " legal advocacy for protective orders, custody and immigration relief, a SANE program, "
        "transitional housing, an address confidentiality program, children's counselling, a "
        "batterer intervention program; hotline statistics, awareness-month events, case and "
        "substitute-address numbers, safety-planning handouts and composite appeal stories as "
        "decoys). Its author reran a seeded generator after fixing a bug and read its own "
        "scratch files back with grep and sed, as its docstring says. Scored (its cases unread) "
        "with the rules of the commit it was written at: 78 of 100 (decoys 36 of 40, positives "
        "42 of 60); 78 after the round on hard-72 and hard-73; 78 after a short round on hard-74"
        " and hard-75, then used for tuning in the round on hard-76 and hard-77, so its score no"
        " longer estimates anything.",
    ),
    (
        "hard-74.jsonl",
        "Hard cases 74, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-74.jsonl`, 2026-12-07) by a seventy-second "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-70 and hard-71: a regional Area Agency on Aging and its partners over two "
        "weeks of December (Meals on Wheels routes, Medicare counselling in open enrollment, "
        "caregiver support, an adult day center, a representative payee program, a scam-help line, "
        "home repair, senior housing, a benefits clinic, a nursing-home ombudsman, volunteer "
        "medical rides, adult children writing for parents; plan and contract numbers, route "
        "numbers, meal counts, scam warnings with fake numbers, class schedules and composite "
        "appeal stories as decoys). Its author imported the check functions of "
        "`independent_sets.py` in a one-line script to check its numbers, as its docstring says. "
        "Scored (its cases unread) with the rules of the commit it was written at: 82 of 100 "
        "(decoys 38 of 40, positives 44 of 60); 82 after the round on hard-70 and hard-71, 82 "
        "after the round on hard-72 and hard-73, then used for tuning in a short round on hard-74 "
        "and hard-75, so its score no longer estimates anything.",
    ),
    (
        "hard-75.jsonl",
        "Hard cases 75, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-75.jsonl`, 2026-12-07) by a seventy-third "
        "independent author, at the same time, briefed as a red team on category and identifier "
        "words inside proper names and fixed phrases (Catholic Charities, Jewish Family Service, "
        "Union Gospel Mission, Mercy Hospital as an employer, Temple Avenue, people named Faith or "
        "Justice, a Diabetes Walk sponsor list, Sober October, a bank's PIN pad, union steward "
        "training flyers, an HIV program coordinator's job posting; suite, PO box, EIN, invoice "
        "and permit numbers as decoys), with positives that use the same names and do disclose "
        "about someone. Scored (its cases unread) with the rules of the commit it was written at: "
        "87 of 100 (decoys 40 of 40, positives 47 of 60); 87 after the round on hard-70 and "
        "hard-71, 87 after the round on hard-72 and hard-73, then used for tuning in a short round "
        "on hard-74 and hard-75, so its score no longer estimates anything.",
    ),
    (
        "hard-72.jsonl",
        "Hard cases 72, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-72.jsonl`, 2026-12-07) by a seventieth "
        "independent author under the same rules, without sight of any set, at the start of a "
        "short round on hard-68 and hard-69: a free VITA tax preparation site's first weeks of the "
        "filing season (intake sheets, dependents, ITIN applications, IRS Identity Protection "
        "PINs, refunds by direct deposit, EITC and child tax credit questions, a quality "
        "reviewer's notes, amended returns; EINs, document locator numbers, EFINs and PTINs, form "
        "and line numbers, refund amounts and site statistics as decoys). Its author listed the "
        "names of the files in the session's scratch folder with `ls` and ran one `git status`, "
        "neither allowed, as its docstring says; it opened no other file. Scored (its cases "
        "unread) with the rules of the commit it was written at: 75 of 100 (decoys 38 of 40, "
        "positives 37 of 60); 75 after a short round on hard-68 and hard-69, 75 after the round on "
        "hard-70 and hard-71, then used for tuning in the round on hard-72 and hard-73, so its "
        "score no longer estimates anything.",
    ),
    (
        "hard-73.jsonl",
        "Hard cases 73, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-73.jsonl`, 2026-12-07) by a seventy-first "
        "independent author, at the same time as hard-72, briefed as a red team on automated and "
        "bounced mail that carries someone else's words (delivery failure notices quoting the "
        "original, out-of-office replies, list moderation notices, read receipts and recalls, "
        "calendar invitations, form-to-email notifications, ticketing updates quoting the "
        "customer, digests; message IDs, status codes, ticket and queue numbers as decoys). Its "
        "author's first command also listed the file names of the session's scratch folder (it "
        "opened none of them but its own prompt, brief and the conventions), as its docstring "
        "says. Scored (its cases unread) with the rules of the commit it was written at: 81 of 100 "
        "(decoys 37 of 40, positives 44 of 60); 81 after a short round on hard-68 and hard-69, 81 "
        "after the round on hard-70 and hard-71, then used for tuning in the round on hard-72 and "
        "hard-73, so its score no longer estimates anything.",
    ),
    (
        "hard-70.jsonl",
        "Hard cases 70, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-70.jsonl`, 2026-12-07) by a sixty-eighth "
        "independent author under the same rules, without sight of any set, at the start of the "
        "round on hard-66 and hard-67: a workforce development nonprofit's fortnight in December "
        "(a CDL truck-driving school, warehouse, forklift and nursing-assistant training, job "
        "placement with background checks and drug tests, supportive services, stipends by direct "
        "deposit, reentry hiring partners, a building-trades apprenticeship; permit test dates, "
        "cohort, certificate, voucher and invoice numbers, program rules and placement statistics "
        "as decoys). Scored (its cases unread) with the rules of the commit it was written at: 77 "
        "of 100 (decoys 39 of 40, positives 38 of 60); 77 after the round on hard-66 and hard-67; "
        "77 after a short round on hard-68 and hard-69, then used for tuning in the round on "
        "hard-70 and hard-71, so its score no longer estimates anything.",
    ),
    (
        "hard-71.jsonl",
        "Hard cases 71, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-71.jsonl`, 2026-12-07) by a sixty-ninth "
        "independent author, at the start of the round on hard-66 and hard-67 (at the same time as "
        "hard-70), briefed as a red team on negation, modality, time and correction (denials, "
        "hypotheticals and conditionals, questions that give nothing and questions answered with "
        "data, plans against facts, past facts, corrections in later lines, retracted values, "
        "policies quoted back, values refused; about half the decoys reuse the positives' words). "
        "Its author checked with `ls -la` whether an interrupted earlier attempt had left files, "
        "as its docstring says. Scored (its cases unread) with the rules of the commit it was "
        "written at: 73 of 100 (decoys 30 of 38, positives 43 of 62); 74 after the round on "
        "hard-66 and hard-67 and a short round on hard-68 and hard-69, then used for tuning in the "
        "round on hard-70 and hard-71, so its score no longer estimates anything.",
    ),
    (
        "hard-68.jsonl",
        "Hard cases 68, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-68.jsonl`, 2026-12-07) by a sixty-sixth "
        "independent author under the same rules, without sight of any set, at the start of "
        "the round on hard-64 and hard-65: a center for independent living (a disability-led "
        "nonprofit) and its partners over a fortnight in December (peer support, benefits "
        "counselling, personal care attendant payroll, home modification grants, accessible "
        "transit passes, voter-access outreach, assistive technology loans, a deaf and "
        "hard-of-hearing program, youth and nursing-home transition; accommodation policies, "
        "equipment serial, claim, case and pass numbers and statistics as decoys). Scored "
        "(its cases unread) with the rules of the commit it was written at: 69 of 100 (decoys "
        "36 of 40, positives 33 of 60); 69 after the round on hard-64 and hard-65; 69 after "
        "the round on hard-66 and hard-67, then used for tuning in a short round on hard-68 "
        "and hard-69, so its score no longer estimates anything.",
    ),
    (
        "hard-69.jsonl",
        "Hard cases 69, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-69.jsonl`, 2026-12-07) by a sixty-seventh "
        "independent author, at the same time, briefed as a red team on chat, SMS and "
        "voicemail transcripts pasted into e-mail (forwarded text threads, exported chat logs "
        "with timestamps, display names and reactions, call-centre chats, automated voicemail "
        "transcriptions with numbers dictated as words; an item split over two bubbles or two "
        "speakers, or corrected in a later message; order and tracking numbers, door codes, "
        "times and people asking for data without giving it as decoys). Scored (its cases "
        "unread) with the rules of the commit it was written at: 78 of 100 (decoys 40 of 40, "
        "positives 38 of 60); 79 after the round on hard-64 and hard-65; 79 after the round "
        "on hard-66 and hard-67, then used for tuning in a short round on hard-68 and "
        "hard-69, so its score no longer estimates anything.",
    ),
    (
        "hard-66.jsonl",
        "Hard cases 66, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-66.jsonl`, 2026-12-07) by a sixty-fourth "
        "independent author under the same rules, without sight of any set, during a short "
        "round on hard-62 and hard-63: a county's homeless services continuum of care and its "
        "partner agencies in a cold snap (coordinated entry, HMIS exports, case conferencing, "
        "housing applications, rental assistance, shelter incidents, hospital discharges, a "
        "warming center, a point-in-time count, voter registration; aggregate counts, HMIS "
        "client IDs, unit numbers and locker codes as decoys). Scored (its cases unread) with "
        "the rules of the commit it was written at: 73 of 100 (decoys 36 of 40, positives 37 "
        "of 60); 75 after a short round on hard-62 and hard-63; 77 after the round on hard-64 "
        "and hard-65, then used for tuning in the round on hard-66 and hard-67, so its score "
        "no longer estimates anything.",
    ),
    (
        "hard-67.jsonl",
        "Hard cases 67, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-67.jsonl`, 2026-12-07) by a sixty-fifth "
        "independent author, at the same time: a public-sector union local and its member "
        "services before a contract vote (grievances and arbitration, dues deductions, the "
        "health and welfare fund, the pension office, the PAC and phone banks, the legal "
        "plan, scholarships, retirees; contract language, bargaining updates, aggregate "
        "counts, public endorsements and grievance numbers as decoys). Scored (its cases "
        "unread) with the rules of the commit it was written at: 64 of 100 (decoys 34 of 40, "
        "positives 30 of 60); 64 after a short round on hard-62 and hard-63; 64 after the "
        "round on hard-64 and hard-65, then used for tuning in the round on hard-66 and "
        "hard-67, so its score no longer estimates anything.",
    ),
    (
        "hard-64.jsonl",
        "Hard cases 64, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-64.jsonl`, 2026-12-07) by a sixty-second "
        "independent author under the same rules, without sight of any set, during the round "
        "on hard-60 and hard-61: a community health center's behavioral health and "
        "substance-use program with its front desk, billing office and patient portal (prior "
        "authorizations, portal messages, group rosters, medication-assisted treatment, "
        "sliding-fee applications, password resets and codes, staff HR and the nurses' union, "
        "a faith-based recovery group, a board member's fundraiser; claim, authorization and "
        "clinicians' NPI and DEA-shaped numbers as decoys). Its author ran one `git status` "
        "it was not asked to, as its docstring says. Scored (its cases unread) with the rules "
        "of the commit it was written at: 72 of 100 (decoys 37 of 40, positives 35 of 60); "
        "held apart through the round on hard-60 and hard-61 and a short round on hard-62 and "
        "hard-63 (72 and 72), then used for tuning in the round on hard-64 and hard-65, so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-65.jsonl",
        "Hard cases 65, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-65.jsonl`, 2026-12-07) by a sixty-third "
        "independent author, at the same time, briefed as a red team on context distance and "
        "oblique wording (a value far from the words that name it, in a later bullet or under "
        "a caption; things named obliquely, 'the nine digits from your blue card'; the same "
        "words in decoys that disclose nothing) for a food bank, a domestic-violence shelter, "
        "a credit union, a senior center, a mentoring program, a legal aid clinic and a "
        "community college. Scored (its cases unread) with the rules of the commit it was "
        "written at: 70 of 100 (decoys 37 of 40, positives 33 of 60); held apart through the "
        "round on hard-60 and hard-61 and a short round on hard-62 and hard-63 (70 and 70), "
        "then used for tuning in the round on hard-64 and hard-65, so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-62.jsonl",
        "Hard cases 62, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-62.jsonl`, 2026-12-07) by a sixtieth "
        "independent author under the same rules, without sight of any set, at the start of "
        "the round on hard-58 and hard-59: a rural fire protection district and its "
        "volunteer EMS auxiliary after Thanksgiving (volunteer onboarding, run follow-ups, "
        "patient care reports forwarded by mistake, peer support, the association's dues "
        "and a firefighters' local, the chaplain, a toy drive and card refunds, station "
        "codes and logins, board elections and a levy; incident and NFIRS numbers and "
        "aggregate run statistics as decoys). Scored (its cases unread) with the rules of "
        "the commit it was written at: 76 of 100 (decoys 37 of 40, positives 39 of 60); held "
        "apart through two rounds (77), then used for tuning in a short round on hard-62 and "
        "hard-63, so its score no longer estimates anything.",
    ),
    (
        "hard-63.jsonl",
        "Hard cases 63, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-63.jsonl`, 2026-12-07) by a sixty-first "
        "independent author, at the same time, briefed as a red team on e-mail threads "
        "(quoted replies, forwards, Outlook headers in the body, top-posted and inline "
        "answers, signatures with disclaimers, auto-replies, digests; a value split between "
        "a quoted question and its answer, or only in a quote, a forward, a signature or a "
        "subject) from seven kinds of nonprofit sender. Scored (its cases unread) with the "
        "rules of the commit it was written at: 78 of 100 (decoys 37 of 40, positives 41 of "
        "60); held apart through two rounds (79), then used for tuning in a short round on "
        "hard-62 and hard-63, so its score no longer estimates anything.",
    ),
    (
        "hard-60.jsonl",
        "Hard cases 60, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-60.jsonl`, 2026-12-07) by a fifty-eighth "
        "independent author under the same rules, without sight of any set, during the "
        "round on hard-56 and hard-57, briefed as a red team on tables and machine formats "
        "(pasted spreadsheets, CSV and TSV exports, fixed-width reports, JSON and YAML, log "
        "lines, HTML tables converted to text, CRM dumps; sensitive columns written in words; "
        "blank, aggregate and sample tables as decoys). Its author listed two paths of its "
        "own before writing (neither existed), as its docstring says. Scored (its cases "
        "unread) with the rules of the commit it was written at: 66 of 100 (decoys 37 of 40, "
        "positives 29 of 60); held apart through two rounds (66), then used for tuning in "
        "the round on hard-60 and hard-61 (75), so its score no longer estimates anything.",
    ),
    (
        "hard-61.jsonl",
        "Hard cases 61, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-61.jsonl`, 2026-12-07) by a fifty-ninth "
        "independent author, at the same time: a refugee resettlement and immigrant legal "
        "services agency before the new year (caseworkers and attorneys, asylum "
        "declarations, medical screenings, school enrolment, work permits and benefits, a "
        "faith-based co-sponsor group; A-numbers, receipt and docket numbers as decoys). "
        "Scored (its cases unread) with the rules of the commit it was written at: 70 of 100 "
        "(decoys 36 of 38, positives 34 of 62); held apart through two rounds (70), then "
        "used for tuning in the round on hard-60 and hard-61 (80), so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-58.jsonl",
        "Hard cases 58, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-58.jsonl`, 2026-12-07) by a fifty-sixth "
        "independent author under the same rules, without sight of any set, at the start of "
        "the session that made the engine agree with the reference again: an animal shelter "
        "and rescue nonprofit's mail before the holidays (adoption applications and landlord "
        "checks, fosters, court-ordered community service, a vet clinic partnership, a pet "
        "food bank, humane investigations, therapy-dog visits, staff HR, a microchip "
        "registry export; animals' records as decoys). Scored (its cases unread) with the "
        "rules of the commit it was written at: 70 of 100 (decoys 34 of 40, positives 36 of "
        "60); held apart through two rounds (71), then used for tuning in the round on "
        "hard-58 and hard-59 (89), so its score no longer estimates anything.",
    ),
    (
        "hard-59.jsonl",
        "Hard cases 59, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-59.jsonl`, 2026-12-07) by a fifty-seventh "
        "independent author, at the same time: a small-business development center and "
        "community micro-lender (loan applications and underwriting notes, owners' SSNs and "
        "ITINs beside EINs, certification paperwork, a reentry entrepreneurs program, a "
        "borrower in hardship, CRM exports, a grant committee, the loan platform's IT). "
        "Scored (its cases unread) with the rules of the commit it was written at: 79 of 100 "
        "(decoys 36 of 40, positives 43 of 60); held apart through two rounds (79), then "
        "used for tuning in the round on hard-58 and hard-59 (95), so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-56.jsonl",
        "Hard cases 56, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-56.jsonl`, 2026-12-07) by a fifty-fourth "
        "independent author under the same rules, near the end of the round on hard-51, "
        "hard-52 and hard-54 without sight of any set: a public university's student-facing "
        "offices the week before winter finals (disability resources, counselling, student "
        "health, Title IX, financial aid, international students, residence life, campus "
        "ministries and student organisations, student payroll, the graduate workers' "
        "union). Scored (its cases unread) with the rules of the commit it was written at: "
        "82 of 100 (decoys 40 of 42, positives 42 of 58); held apart (82) through the rounds "
        "on hard-51, hard-52 and hard-54 and on hard-53 and hard-55, then used for tuning in "
        "the round on hard-56 and hard-57, so its score no longer estimates anything.",
    ),
    (
        "hard-57.jsonl",
        "Hard cases 57, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-57.jsonl`, 2026-12-07) by a fifty-fifth "
        "independent author, at the same time: a nonprofit financial counselling agency and "
        "its partner community credit union before tax season (credit and housing "
        "counsellors, a debt management plan, a free tax site, member services, lending, "
        "collections and fraud desks, a bankruptcy clinic, clients and their families). "
        "Scored (its cases unread) with the rules of the commit it was written at: 82 of 100 "
        "(decoys 39 of 42, positives 43 of 58); held apart (82) through the same two rounds, "
        "then used for tuning in the round on hard-56 and hard-57, so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-53.jsonl",
        "Hard cases 53, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-53.jsonl`, 2026-12-07) by a fifty-first "
        "independent author under the same rules, at the start of the round on hard-51, "
        "hard-52 and hard-54 without sight of any set, briefed as a red team on forms, "
        "templates and questions: data asked for, exampled, left blank, negated or "
        "hypothetical (blank forms, placeholders, dummy values, questions to the reader, "
        "policies listing the categories) beside the same shapes filled in (a returned form, "
        "an answer under a quoted question, a negation that discloses, a merged template). "
        "Scored (its cases unread) with the rules of the commit it was written at: 81 of 100 "
        "(decoys 38 of 42, positives 43 of 58); held apart through the round on hard-51, "
        "hard-52 and hard-54 (81), then used for tuning in the round on hard-53 and hard-55, "
        "so its score no longer estimates anything.",
    ),
    (
        "hard-55.jsonl",
        "Hard cases 55, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-55.jsonl`, 2026-12-07) by a fifty-third "
        "independent author during the same round, without sight of any set: early winter "
        "of one mid-size city's public school district and the people around it (school "
        "offices and nurses, counsellors, special education, family liaisons, PTA and "
        "boosters, coaches, after-school partners, a bus contractor, payroll and HR, the "
        "teachers' association, board members, parents and volunteers). Its author ran "
        "`git log --oneline -1` once before writing, which showed the subject of the commit "
        "adding hard-54 (its theme only), as its docstring says. Scored (its cases unread) "
        "with the rules of the commit it was written at: 83 of 100 (decoys 40 of 42, "
        "positives 43 of 58); held apart through the round on hard-51, hard-52 and hard-54 "
        "(83; seven of its rows and of hard-31's and hard-32's were seen once in a search of "
        "the report, as tests/data/README says), then used for tuning in the round on "
        "hard-53 and hard-55, so its score no longer estimates anything.",
    ),
    (
        "hard-51.jsonl",
        "Hard cases 51, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-51.jsonl`, 2026-12-07) by a forty-ninth "
        "independent author under the same rules, at the start of the round on hard-49 and "
        "hard-50 without sight of any set, briefed as a red team on euphemism, jargon and "
        "insider shorthand (program names, acronyms, clinic and court shorthand, slang, "
        "abbreviated field labels), with decoys that use the same jargon where nothing is "
        "disclosed about anyone. Scored (its cases unread) with the rules of its commit: 67 "
        "of 100 (decoys 38 of 42, positives 29 of 58); 68 after the round on hard-49 and "
        "hard-50. Its misses were then worked on directly, so its score no longer estimates "
        "anything.",
    ),
    (
        "hard-52.jsonl",
        "Hard cases 52, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-52.jsonl`, 2026-12-07) by a fiftieth "
        "independent author, at the same time: a late autumn of one state's veterans service "
        "organisation and its county partners. Scored (its cases unread) with the rules of "
        "its commit: 78 of 100 (decoys 38 of 42, positives 40 of 58); 79 after the round on "
        "hard-49 and hard-50. Its misses were then worked on directly, so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-54.jsonl",
        "Hard cases 54, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-54.jsonl`, 2026-12-07) by a fifty-second "
        "independent author under the same rules, at the start of this round without sight "
        "of any set: early winter of one mid-size city's reentry and court-diversion "
        "nonprofit and its partners (a public defender, an expungement clinic, drug and "
        "mental health courts' treatment partners, a halfway house, a second-chance "
        "employer, a sober living home, a credit-building class, a prison ministry, "
        "families). Meant to be held apart, it was used for tuning instead: a formatter's "
        "diff printed while checking its layout showed its subject lines and labels before "
        "it was scored. Scored with the rules of its commit: 62 of 100 (decoys 36 of 42, "
        "positives 26 of 58). Its misses were then worked on directly, so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-49.jsonl",
        "Hard cases 49, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-49.jsonl`, 2026-12-07) by a forty-seventh "
        "independent author under the same rules, at the start of the round on hard-47 and "
        "hard-48 without sight of any set, briefed as a red team on one detail in long, busy "
        "mail (board packets, minutes, grant reports with tables, onboarding checklists, IT "
        "handovers, donor batches, packing lists) among identifier-shaped numbers and topical "
        "words. Scored (its cases unread) with the rules of its commit: 83 of 100 (decoys 40 "
        "of 42, positives 43 of 58); 83 after the round on hard-47 and hard-48. Its misses "
        "were then worked on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-50.jsonl",
        "Hard cases 50, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-50.jsonl`, 2026-12-07) by a forty-eighth "
        "independent author, at the same time: a winter of one regional hospice and home-care "
        "nonprofit. Its author ran `git status --short` and `git branch --show-current` once "
        "at the start, and `git rev-parse HEAD` after committing, as its docstring says. "
        "Scored (its cases unread) with the rules of its commit: 80 of 100 (decoys 41 of 42, "
        "positives 39 of 58); 80 after the round on hard-47 and hard-48. Its misses were "
        "then worked on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-47.jsonl",
        "Hard cases 47, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-47.jsonl`, 2026-12-07) by a forty-fifth "
        "independent author under the same rules, at the start of the round on hard-45 and "
        "hard-46 without sight of any set, briefed as a red team on attribution: the same "
        "words about the writer, the reader, a named private person, or about a public "
        "figure, a fictional character, a pet, a group, a hypothetical, a negation. Scored "
        "(its cases unread) with the rules of its commit: 86 of 100 (decoys 36 of 42, "
        "positives 50 of 58); 86 after the round on hard-45 and hard-46. Its misses were then "
        "worked on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-48.jsonl",
        "Hard cases 48, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-48.jsonl`, 2026-12-07) by a forty-sixth "
        "independent author, at the same time: a month of one mid-size city's public library "
        "system and the services that meet in its branches. Scored (its cases unread) with "
        "the rules of its commit: 81 of 100 (decoys 39 of 42, positives 42 of 58); 82 after "
        "the round on hard-45 and hard-46. Its misses were then worked on directly, so its "
        "score no longer estimates anything.",
    ),
    (
        "hard-45.jsonl",
        "Hard cases 45, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-45.jsonl`, 2026-12-07) by a forty-third "
        "independent author under the same rules, during the round on hard-41 and hard-42 "
        "without sight of any set, briefed as a red team on misspelled, second-language and "
        "phone-typed English (field names misspelled, autocorrect slips, other languages' "
        "habits carried into English, categories misspelled or in folk words). Its author "
        "amended its commit once to correct its docstring, as the docstring says. Scored "
        "(its cases unread) with the rules of its commit: 67 of 100 (decoys 41 of 42, "
        "positives 26 of 58); 67 after the round on hard-43 and hard-44. Its misses were "
        "then worked on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-46.jsonl",
        "Hard cases 46, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-46.jsonl`, 2026-12-07) by a forty-fourth "
        "independent author, at the same time: a month of one big city's LGBTQ+ community "
        "center and its partners. Its author ran `git status --short` once, as its docstring "
        "says. Scored (its cases unread) with the rules of its commit: 86 of 100 (decoys 40 "
        "of 42, positives 46 of 58); 86 after the round on hard-43 and hard-44. Its misses "
        "were then worked on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-43.jsonl",
        "Hard cases 43, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-43.jsonl`, 2026-12-07) by a forty-first "
        "independent author under the same rules, at the start of the round on hard-41 and "
        "hard-42 without sight of any set, briefed as a red team on disguised, split and "
        "partial values (digits spelled out or between bullets, emoji, dots or slashes, "
        "zero-width spaces, Unicode digits, values wrapped or far below their label, in URLs "
        "and form posts; categories in shorthand and euphemism). Scored (its cases unread) "
        "with the rules of its commit: 60 of 100 (decoys 39 of 42, positives 21 of 58); 61 "
        "after the round on hard-41 and hard-42. Its misses were then worked on directly, so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-44.jsonl",
        "Hard cases 44, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-44.jsonl`, 2026-12-07) by a forty-second "
        "independent author, at the same time: a month of one rural Midwestern farm county's "
        "late-autumn mail. Scored (its cases unread) with the rules of its commit: 86 of 100 "
        "(decoys 41 of 42, positives 45 of 58); 86 after the round on hard-41 and hard-42. "
        "Its misses were then worked on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-41.jsonl",
        "Hard cases 41, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-41.jsonl`, 2026-12-07) by a thirty-ninth "
        "independent author under the same rules, at the start of the round on hard-39 and "
        "hard-40 without sight of any set, briefed as a red team on terse mail: one- to "
        "three-line replies, subject-only mail, a value under a one-word quoted question, "
        "bare shorthand labels (ssn, rtn, acct, dl, pp#, pw), categories in two or three "
        "words; decoys as terse. Scored (its cases unread) with the rules of its commit: 69 "
        "of 100 (decoys 42 of 42, positives 27 of 58); 69 after the round on hard-39 and "
        "hard-40. Its misses were then worked on directly, so its score no longer estimates "
        "anything.",
    ),
    (
        "hard-42.jsonl",
        "Hard cases 42, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-42.jsonl`, 2026-12-07) by a fortieth "
        "independent author, at the same time: a month of one coastal tourist town's "
        "off-season mail. Its author listed the data folder once with its output discarded "
        "and checked the interpreter's path, as its docstring says. Scored (its cases unread) "
        "with the rules of its commit: 85 of 100 (decoys 41 of 42, positives 44 of 58); 85 "
        "after the round on hard-39 and hard-40. Its misses were then worked on directly, so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-39.jsonl",
        "Hard cases 39, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-39.jsonl`, 2026-12-07) by a thirty-seventh "
        "independent author under the same rules, at the start of the round on hard-37 and "
        "hard-38 without sight of any set, briefed as a red team on documents as a mail "
        "filter sees them (flattened PDF forms, Word residue, spreadsheets, OCR, HTML as "
        "text, calendar invitations). Its author committed once with a line too long and "
        "again after rewrapping it, as its docstring says. Scored (its cases unread) with "
        "the rules of its commit: 72 of 100 (decoys 37 of 42, positives 35 of 58); 74 after "
        "the round on hard-37 and hard-38. Its misses were then worked on directly, so its "
        "score no longer estimates anything.",
    ),
    (
        "hard-40.jsonl",
        "Hard cases 40, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-40.jsonl`, 2026-12-07) by a thirty-eighth "
        "independent author, at the same time: an ordinary fortnight of one city's faith "
        "communities and their institutions. Scored (its cases unread) with the rules of its "
        "commit: 74 of 100 (decoys 39 of 42, positives 35 of 58); 74 after the round on "
        "hard-37 and hard-38. Its misses were then worked on directly, so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-37.jsonl",
        "Hard cases 37, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-37.jsonl`, 2026-12-07) by a thirty-fifth "
        "independent author under the same rules, during the round on hard-33 and hard-34 "
        "without sight of any set, briefed as a red team on precision and its mirror "
        "(decoys built to look like disclosures, positives that look routine). Its author "
        "typed a few unlabelled decoy references by hand, as its docstring says. Scored (its "
        "cases unread) with the rules of its commit: 75 of 100 (decoys 40 of 44, positives "
        "35 of 56); 75 after the round on hard-35 and hard-36. Its misses were then worked "
        "on directly, so its score no longer estimates anything.",
    ),
    (
        "hard-38.jsonl",
        "Hard cases 38, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-38.jsonl`, 2026-12-07) by a thirty-sixth "
        "independent author, at the same time: an ordinary month of one small city's arts, "
        "youth and neighbourhood mail. Its author listed the virtual environment's bin "
        "folder once, as its docstring says. Scored (its cases unread) with the rules of its "
        "commit: 74 of 100 (decoys 34 of 40, positives 40 of 60); 74 after the round on "
        "hard-35 and hard-36. Its misses were then worked on directly, so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-35.jsonl",
        "Hard cases 35, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-35.jsonl`, 2026-12-07) by a thirty-third "
        "independent author under the same rules, at the start of the round on hard-33 and "
        "hard-34 without sight of any set, briefed as a red team on long conversations "
        "(replies and forwards several messages deep, nested quoting, signatures and "
        "disclaimers, auto-replies, digests, helpdesk tickets, one-line answers that only "
        "make sense with the quote). Scored (its cases unread) with the rules of its commit: "
        "70 of 100 (decoys 35 of 42, positives 35 of 58); 71 after the round on hard-33 and "
        "hard-34. Its misses were then worked on directly (reading replies' quote markers "
        "as blank came of it), so its score no longer estimates anything.",
    ),
    (
        "hard-36.jsonl",
        "Hard cases 36, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-36.jsonl`, 2026-12-07) by a thirty-fourth "
        "independent author, at the same time: an ordinary fortnight of one college town's "
        "mail (a university's offices, a community college, clubs and campus ministries, a "
        "graduate-worker union, landlords and shops, a student food pantry, a legal clinic, "
        "a recovery community, a research study, a council race and a voter drive). Its "
        "author listed the sensitive-data folder once (output discarded) and printed the "
        "scanner package's path, as its docstring says. Scored (its cases unread) with the "
        "rules of its commit: 83 of 100 (decoys 39 of 42, positives 44 of 58); 83 after the "
        "round on hard-33 and hard-34. Its misses were then worked on directly, so its "
        "score no longer estimates anything.",
    ),
    (
        "hard-33.jsonl",
        "Hard cases 33, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-33.jsonl`, 2026-12-07) by a thirty-first "
        "independent author under the same rules, during the round on hard-29 and hard-30 "
        "without sight of any set, briefed as a red team on mixed-language mail from "
        "services for immigrant communities: English mixed with, or largely replaced by, "
        "Spanish, Vietnamese, Chinese, Korean, Tagalog, Haitian Creole, Arabic, Somali, "
        "Russian, Ukrainian, Amharic, Hmong or Portuguese; field labels in those languages, "
        "bilingual forms, interpreter notes, WhatsApp and WeChat relays, values written with "
        "foreign conventions (full-width and Arabic-Indic digits, digits in words). Scored "
        "(its cases unread) with the rules of its commit: 58 of 100 (decoys 36 of 42, "
        "positives 22 of 58), and 58 at the start of the next session. Its misses were then "
        "worked on directly (the glossary of field names in other languages came of it), so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-34.jsonl",
        "Hard cases 34, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-34.jsonl`, 2026-12-07) by a thirty-second "
        "independent author, at the same time: an ordinary week of statewide membership "
        "organisations' mail (a nurses' association, a farm bureau, a bar association's pro "
        "bono program, teachers' and public employees' unions, contractors, alumni, "
        "veterans, a medical society, a humane society, an LGBTQ advocacy group, a council "
        "of churches, a state party's volunteer office, a credit union league, a disability "
        "rights group, retirees, a certification board). Scored (its cases unread) with the "
        "rules of its commit: 73 of 100 (decoys 36 of 42, positives 37 of 58), and 73 at the "
        "start of the next session. Its misses were then worked on directly, so its score "
        "no longer estimates anything.",
    ),
    (
        "hard-29.jsonl",
        "Hard cases 29, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-29.jsonl`, 2026-12-07) by a twenty-seventh "
        "independent author under the same rules, before the round on hard-25, hard-26 and "
        "hard-28 and without sight of any set, briefed as a red team on mail made or "
        "mangled by software: form-builder submissions with the software's field names, CRM "
        "and case-management digests, shared-inbox summaries, mailing-list digests, bounces "
        "and auto-replies quoting the original, SMS, chat and voicemail relays, machine "
        "translation, OCR of scanned forms, CSV and TSV pasted inline, JSON and XML "
        "payloads, calendar text, HTML-to-text residue and quoted-printable leftovers. "
        "Scored (its cases unread) with the rules of the session's start: 64 of 100; after "
        "the round on hard-25, hard-26 and hard-28: 67 (decoys 39 of 42, positives 28 of "
        "58). Its misses were then worked on directly, so its score no longer estimates "
        "anything.",
    ),
    (
        "hard-30.jsonl",
        "Hard cases 30, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-30.jsonl`, 2026-12-07) by a twenty-eighth "
        "independent author under the same rules, at the same time: an ordinary week of "
        "mail in one big-city neighbourhood (congregations of five faiths, a bodega and a "
        "laundromat, immigrant services, a tenant association, a health centre, youth "
        "soccer, a council primary and a political club, two union locals, schools, a "
        "library, a senior centre, a daycare, a pharmacy, a credit union, legal aid, a bail "
        "fund, reentry, an LGBTQ centre, a shelter), with a few words of other languages. Its "
        "author ran `git status --short` and `git log -1` once each, as its docstring says. "
        "Scored (its cases unread) with the rules of the session's start: 79 of 100; after "
        "the round on hard-25, hard-26 and hard-28: 83 (decoys 41 of 42, positives 42 of "
        "58). Its misses were then worked on directly, so its score no longer estimates "
        "anything.",
    ),
    (
        "hard-25.jsonl",
        "Hard cases 25, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-25.jsonl`, 2026-12-06) by a twenty-third "
        "independent author under the same rules (reading only the policy, the checker, the "
        "category names and the line length; no git but add and commit), before the round "
        "on hard-23 and hard-24 and without sight of any set, briefed to be hard for a "
        "pattern-and-lexicon detector while staying realistic: veterans' service officers, "
        "refugee resettlement, disability services, financial aid and student conduct, HR "
        "benefits and FMLA, pharmacies, recovery houses, grievance filings, tenant unions, "
        "camps' health forms, home care, dialysis and plasma centres, crisis-line follow-ups, "
        "credit counselling, auto lenders, medical crowdfunding, faith-based schools, "
        "mutual aid, poll-worker offices; forwarded chains with the data deep in the quote, "
        "plain-text tables and CSV, pasted chat, dictated digits, values split across lines, "
        "English mixed with Spanish, Vietnamese, Tagalog, Haitian Creole or Arabic phrases. "
        "Scored (its cases unread) with the rules of its session's start: 68 of 100; after "
        "the round on hard-23 and hard-24: 70 (decoys 35 of 42, positives 35 of 58). Held "
        "apart until hard-29 and hard-30 were written blind; its misses were then worked on "
        "directly, so its score no longer estimates anything.",
    ),
    (
        "hard-26.jsonl",
        "Hard cases 26, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-26.jsonl`, 2026-12-06) by a twenty-fourth "
        "independent author under the same rules, before the round on hard-23 and hard-24 "
        "and without sight of any set: an ordinary month of mail in one mid-sized town "
        "(school district and PTA, scouts, a food bank and free clinic, congregations, a "
        "city-council campaign and a county party, a teachers' and a nurses' union local, a "
        "credit union, a tax preparer, an auto shop, a gym, dentist, optometrist, physical "
        "therapy, pharmacy, vet, landlords, a wedding planner, a funeral home, a library, a "
        "senior centre, job training, court-appointed volunteers). Scored (its cases "
        "unread) with the rules of its session's start: 78 of 100; after the round on "
        "hard-23 and hard-24: 79 (decoys 41 of 42, positives 38 of 58). Held apart until "
        "hard-29 and hard-30 were written blind; its misses were then worked on directly, so "
        "its score no longer estimates anything.",
    ),
    (
        "hard-28.jsonl",
        "Hard cases 28, used for tuning (its cases were seen by accident)",
        "Hand-written (`tests/data/sensitive/hard-28.jsonl`, 2026-12-07) by a twenty-sixth "
        "independent author, during the round on hard-23 and hard-24 without sight of any "
        "set: an ordinary fortnight of mail in a rural county (farm co-op and elevator, 4-H "
        "and FFA, extension office, rural clinic, volunteer ambulance, township, county "
        "party and a commissioner's race, electric co-op, feed store, vet, a Mennonite "
        "business, churches and a parish, food pantry, senior meals, schools and boosters, "
        "credit union and farm lender, tax preparer, small manufacturer's HR, trucking, body "
        "shop, funeral home, library, VFW post, a meatpacking union local, farmworker "
        "services). Scored (its cases unread) with the rules of its commit: 76 of 100 "
        "(decoys 41 of 42, positives 35 of 58); 77 after the first part of the round on "
        "hard-25 and hard-26. Meant to be held apart, but a repository-wide search printed "
        "seventeen of its rows from this report (hard28-000 to hard28-016, texts and "
        "outcomes); from then it was worked on like the other tuning sets, so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-23.jsonl",
        "Hard cases 23, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-23.jsonl`, 2026-12-06) by a twenty-first "
        "independent author under the same rules, during the round on hard-21 and hard-22 "
        "without sight of them, briefed as a red team: sensitive data written the way people "
        "and systems really write it (typos, lower-case texting, dictated digits, a one-line "
        "reply above a long quoted thread, half-filled mail merges, spreadsheet rows, JSON and "
        "webhooks, markdown tables, logs, long signatures, unusual labels such as 'Gov ID:' "
        "or 'rtg/acct', senders in the UK, Canada, Australia, India, Kenya and the "
        "Philippines) and special categories said obliquely; decoys as hard. Scored (its "
        "cases unread) with the rules of the morning: 65 of 100 (decoys 36 of 41, positives "
        "29 of 59); after the round on hard-19 and hard-20: 65; after the round on hard-21 "
        "and hard-22: 69 (decoys 36 of 41, positives 33 of 59). Held apart until hard-25 "
        "and hard-26 were written blind; its misses were then worked on directly (69 -> 95 "
        "of 100), so its score no longer estimates anything.",
    ),
    (
        "hard-24.jsonl",
        "Hard cases 24, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-24.jsonl`, 2026-12-06) by a twenty-second "
        "independent author under the same rules, during the round on hard-21 and hard-22 "
        "without sight of them. Like hard-17's and hard-20's, its brief left the mix of "
        "sectors, senders, shapes and phrasings to the author (the variety an email service "
        "provider for nonprofits and small businesses would really see in a week, realistic "
        "rather than tricky). Scored (its cases unread) with the rules of the morning: 74 of "
        "100 (decoys 39 of 42, positives 35 of 58); after the round on hard-19 and hard-20: "
        "75; after the round on hard-21 and hard-22: 77 (decoys 40 of 42, positives 37 of "
        "58). Held apart until hard-25 and hard-26 were written blind; its misses were then "
        "worked on directly (77 -> 100 of 100), so its score no longer estimates anything.",
    ),
    (
        "hard-21.jsonl",
        "Hard cases 21, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-21.jsonl`, 2026-12-06) by a nineteenth "
        "independent author under the same rules (reading only the policy, the checker, the "
        "category names and the line length), before the round on hard-19 and hard-20, "
        "asked to find what a careful, well-tuned detector still misses in sectors and "
        "shapes earlier briefs had not named: legal aid and public defenders, "
        "domestic-violence programs, adoption, fertility clinics, funeral homes, blood and "
        "plasma centres, youth sports and camps, scouting, small employers' HR and payroll, "
        "insurance claims, credit unions, bail bonds, pretrial services, genealogy clubs, "
        "biometric time clocks, canvassing, interfaith and prison ministries, research "
        "studies, registrars, mortgages, car dealers, small-dollar lenders, medical "
        "crowdfunding, LGBTQ groups, interpreters; quoted threads, HTML-to-text residue, "
        "signatures, exports, calendar invites, voicemail transcripts, OCR with odd spacing, "
        "English with Spanish, Portuguese or French, staff shorthand (dx, Rx, SSN#, rtg). "
        "Scored (its cases unread) with the rules of the morning: 57 of 100 (decoys 35 of "
        "41, positives 22 of 59); after the round on hard-19 and hard-20 (hard-19 73 -> 87, "
        "hard-20 76 -> 89): still 57, the same cases. Held apart until a twenty-third set "
        "was commissioned (written blind); its misses were then worked on directly (this "
        "report), so its score no longer estimates anything.",
    ),
    (
        "hard-22.jsonl",
        "Hard cases 22, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-22.jsonl`, 2026-12-06) by a twentieth "
        "independent author under the same rules, before the round on hard-19 and hard-20: "
        "a week of ordinary outbound mail from senders earlier everyday sets had not used "
        "(youth sports, camps, scouts, a choir, an animal shelter, a credit union, dentists "
        "and optometrists, a small nonprofit's payroll, a volunteer fire department, "
        "congregations of several faiths, an LGBTQ centre, mutual aid, legal aid, a tenants' "
        "union, refugee resettlement, small businesses). Its author saw the subject lines "
        "of the ten latest commits (a `git log` at the start, against the rules; no diff, no "
        "file) and says so in the set's docstring. Scored (its cases unread) with the rules "
        "of the morning: 74 of 100 (decoys 40 of 43, positives 34 of 57); after the round on "
        "hard-19 and hard-20: still 74, the same cases. Held apart until a twenty-fourth set "
        "(the same kind of brief) was commissioned (written blind); its misses were then "
        "worked on directly (this report), so its score no longer estimates anything.",
    ),
    (
        "hard-19.jsonl",
        "Hard cases 19, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-19.jsonl`, 2026-12-06) by a seventeenth "
        "independent author under the same rules, during the round on the seventeenth and "
        "eighteenth sets without sight of them, asked to find what a careful, well-tuned "
        "detector still misses and wrongly flags, away from the sectors earlier sets covered: "
        "K-12 schools, financial aid, libraries, veterans' services, domestic-violence "
        "shelters, disability services, hospice, crisis lines, LGBTQ youth housing, "
        "twelve-step sponsorship, congregations, refugee case work, expungement clinics, "
        "tenant screening, auto finance, IT help desks, direct-deposit and wire requests, "
        "tax forms, child support, SNAP; chat and SMS transcripts, voicemail "
        "transcriptions, web-form notifications, tickets, OCR, mixed Spanish and English. "
        "Scored (its cases unread) with the rules of the morning: 72 of 100; after the "
        "rounds on hard-17 and hard-18: 73 (the Subject lines of its first 34 cases were "
        "seen in a diff after that round's rules were set). Held apart until a twenty-first "
        "set was commissioned (written blind); its misses were then worked on directly "
        "(this report), so its score no longer estimates anything.",
    ),
    (
        "hard-20.jsonl",
        "Hard cases 20, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-20.jsonl`, 2026-12-06) by an eighteenth "
        "independent author under the same rules, during the round on the seventeenth and "
        "eighteenth sets without sight of them. Like hard-17's, its brief left the mix of "
        'sectors, senders, shapes and phrasings to the author ("the variety an email '
        'service provider for nonprofits and small businesses would really see in a week", '
        "realistic rather than tricky). Scored (its cases unread) with the rules of the "
        "morning: 74 of 100; after the rounds on hard-17 and hard-18: 76. Held apart until a "
        "twenty-second set (the same kind of brief) was commissioned (written blind); its "
        "misses were then worked on directly (this report), so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-18.jsonl",
        "Hard cases 18, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-18.jsonl`, 2026-12-06) by a sixteenth "
        "independent author under the same rules, during the round on the sixteenth set "
        "without sight of it, asked to find what a careful detector still misses: rural and "
        "tribal health, farmworker services, prison ministries, addiction medicine, sexual "
        "health and HIV services, abortion funds, transgender health navigation, sex-worker "
        "outreach, union drives and strike funds, campaign databases, pastoral care notes, "
        "welfare funds, detention visitation, public defenders, juvenile justice, foster "
        "home studies, guardianship, debt counselling, credit unions, tax preparers, "
        "payroll and background-check vendors, telehealth, genetic counselling, biometric "
        "vendors. Scored (its cases unread) with the rules of the morning before the round "
        "on hard-16: 61 of 100; after it: 63. Held apart until a nineteenth set was "
        "commissioned (written blind during this round); its misses were then worked on "
        "directly (this report), so its score no longer estimates anything.",
    ),
    (
        "hard-17.jsonl",
        "Hard cases 17, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-17.jsonl`, 2026-12-06) by a fifteenth "
        "independent author under the same rules, during the round on the fifteenth set "
        "without sight of it; its brief left the mix of sectors, shapes and phrasings to "
        'the author ("variety an email provider for nonprofits would really see"). Scored '
        "(its cases unread) with the rules of the morning before the round on hard-15: 78 "
        "of 100; after the rounds on hard-15 and hard-16: 83 and 84. Held apart until a "
        "twentieth set (the same brief) was commissioned (written blind during this "
        "round); its misses were then worked on directly (this report), so its score no "
        "longer estimates anything.",
    ),
    (
        "hard-16.jsonl",
        "Hard cases 16, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-16.jsonl`, 2026-12-06) by a fourteenth "
        "independent author under the same rules, during the round on the fourteenth set "
        "without sight of it: international NGOs and their donors (wires, IBANs of several "
        "countries, foreign passports and licences), humanitarian field staff, disaster "
        "relief intake, hospital billing, pharmacies, insurance navigators, workers' "
        "compensation, HR and payroll, board mail, fundraising CRM notes, planned giving, "
        "obituaries, religious schools, sports leagues, paratransit, CASA, victim "
        "services, immigration sponsorship, financial aid; deep quoted threads, exports and "
        "tables, OCR, JSON and logs. Its brief asked for tables with demographic and licence "
        "columns while the row reading of tables was planned. Scored (its cases unread) "
        "with the rules of the morning: 62 of 100; after the rounds on hard-12 and hard-13 "
        "and the rows of tables: 65; after the round on hard-14: 65; after the round on "
        "hard-15: 66. Held apart until an eighteenth set was commissioned (written blind "
        "during the round on hard-16); its misses were then worked on directly (this "
        "report), so its score no longer estimates anything.",
    ),
    (
        "hard-15.jsonl",
        "Hard cases 15, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-15.jsonl`, 2026-12-06) by a thirteenth "
        "independent author under the same rules, during the round on the thirteenth set "
        "without sight of it: free clinics and community health workers, rare-disease "
        "foundations, donor drives, clinical-trial navigators, clubs, choirs and theatres, "
        "museums, land trusts, home builders and microlenders, emergency-assistance funds, "
        "scholarship committees, service clubs, Scouts and 4-H, senior centers, small "
        "businesses and bookkeepers, a zakat committee, a chesed committee, a langar team, "
        "a sangha, a Pride choir, a trans support group, a bail fund; deep quoted threads, "
        "minutes, exports with demographic columns, HTML remnants, OCR misreads, values "
        "with dots, slashes and en-dashes. Scored (its cases unread) with the rules before "
        "the round on hard-12: 56 of 100; after it: 60; after the round on hard-13: 61; "
        "with tables' rows read for the special categories: 63; after the round on hard-14: "
        "64. Held apart until a seventeenth set was commissioned (written blind during the "
        "round on hard-14); its misses were then worked on directly (this report), so its "
        "score no longer estimates anything. Its door, gate and alarm codes stay misses.",
    ),
    (
        "hard-14.jsonl",
        "Hard cases 14, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-14.jsonl`, 2026-12-06) by a twelfth "
        "independent author under the same rules, during the round on the twelfth set "
        "without sight of it: schools and PTAs, youth sports and camps, food banks and "
        "SNAP/WIC help, tenant unions, libraries and arts groups, disability services, a "
        "domestic-violence shelter, veterans, patient advocacy, fertility and adoption, "
        "matchmaking and LGBTQ+ seniors, diaspora and faith community groups, volunteer "
        "drivers, payroll, IT helpdesks, credit counselling, HR onboarding, tax-prep "
        "clinics and gig platforms; forwards, disclaimers, auto-replies, mail-merge leaks, "
        "calendar invitations, SMS shorthand, British and Indian English, OCR'd forms, CSV "
        "and JSON, wrapped values, values in words, implicit disclosures and negations. "
        "Scored (its cases unread) with the rules before the round on hard-12: 63 of 100; "
        "after it: 63; after the round on hard-13: 64. Held apart until a sixteenth set was "
        "commissioned (written blind during the round on hard-13); its misses were then "
        "worked on directly (this report), so its score no longer estimates anything. Its "
        "door and gate codes stay misses: the policy's access codes open a financial "
        "account.",
    ),
    (
        "hard-13.jsonl",
        "Hard cases 13, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-13.jsonl`, 2026-12-06) by an eleventh "
        "independent author under the same rules, during the round on the eleventh set "
        "without sight of it: legal aid, reentry, recovery, hospice, refugee resettlement, "
        "workplace accommodations, congregations, union locals and campaigns; heavily "
        "quoted replies, mobile-typed mail, Markdown and pipe tables, key-value forms, "
        "JSON and log lines pasted into tickets, items only in a Subject line; door and "
        "alarm codes, security answers, wire instructions; negations and hypotheticals; "
        "identifier-shaped decoys. Scored (its cases unread) with the rules before the "
        "round on hard-11: 66 of 100; after it: 66; with wrapped lines read as one "
        "sentence: 70; after the round on hard-12: 71. Held apart until a fifteenth set "
        "was commissioned (written blind during this round); its misses were then worked "
        "on directly (this report), so its score no longer estimates anything. Its door, "
        "gate, alarm and lockbox codes stay misses: the policy's access codes are those "
        "that open a financial account.",
    ),
    (
        "hard-12.jsonl",
        "Hard cases 12, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-12.jsonl`, 2026-12-06) by a tenth "
        "independent author under the same rules, during the round on the ninth set "
        "without sight of it: long newsletters, digests and board packets with one "
        "sensitive item deep inside, mail merges and ticket notifications, children and "
        "families (schools, camps, foster care), Spanish-English mail, and "
        "dangerous-looking decoys. Scored (its cases unread) after the round on hard-9: 61 "
        "of 93; after the round on hard-10: 61; after the round on hard-11: 61; with "
        "wrapped lines read as one sentence: 67. Held apart until a fourteenth set was "
        "commissioned (written blind during this round); its misses were then worked on "
        "directly (this report), so its score no longer estimates anything.",
    ),
    (
        "hard-11.jsonl",
        "Hard cases 11, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-11.jsonl`, 2026-12-06) by a ninth "
        "independent author under the same rules, before the round on the ninth set "
        "(hard-9): government IDs other than SSNs in many real shapes (passports of several "
        "countries, state driver's licence formats, non-driver ID cards, ITINs, partial "
        "numbers), the rarer special categories (biometric enrolment, genetic results, "
        "sex life, trade unions, philosophical beliefs, origin stated indirectly), mail "
        "shapes such as calendar invitations, voicemail transcripts, OCR'd forms and "
        "forwarded threads, and dangerous-looking decoys. Scored (its cases unread) "
        "before the round on hard-9: 55 of 91; after it: 55; after the round on hard-10: "
        "56. Held apart until a thirteenth set was commissioned (written blind during "
        "this round); its misses were then worked on directly (this report), so its score "
        "no longer estimates anything.",
    ),
    (
        "hard-10.jsonl",
        "Hard cases 10, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-10.jsonl`, 2026-12-06) by an eighth "
        "independent author under the same rules, written during the round on the eighth "
        "set without sight of it: a hospital foundation, disability rights, an LGBTQ+ youth "
        "center, faith volunteers, a worker center, justice reform, veterans, a refugee "
        "clinic, a campaign's volunteer desk, a research lab, HR vendors; negative "
        "statements, clinical abbreviations, slang and euphemisms, quoted replies. Scored "
        "(its cases unread) with the rules of that morning: 55 of 84; after the rounds on "
        "the fourth to ninth sets: 55, 55, 56, 57, 59, 60. Held apart until the twelfth set "
        "was written; its misses were then worked on directly (this report).",
    ),
    (
        "hard-9.jsonl",
        "Hard cases 9, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-9.jsonl`, 2026-12-06) by a seventh "
        "independent author under the same rules, written during the round on the seventh "
        "set without sight of it; two thirds identifiers and secrets in the shapes staff "
        "paste them (form notifications with varied field labels, CSV and Markdown tables, "
        "key-value dumps, JSON and .env snippets, call notes, wire and payroll "
        "instructions, onboarding mail with keys of many vendors), with identifier-shaped "
        "decoys. Scored (its cases unread) with the rules of that morning: 59 of 87; after "
        "the rounds on the fourth to eighth sets: 64, 64, 64, 64, 64. Held apart until the "
        "eleventh set was written; its misses were then worked on directly (this report).",
    ),
    (
        "hard-8.jsonl",
        "Hard cases 8, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-8.jsonl`, 2026-12-06) by a sixth independent "
        "author under the same rules, written during the round on the sixth set without "
        "sight of it: how people really write (long mail with one sensitive clause, "
        "mobile-typed mail, British spelling, euphemisms and indirect statements, "
        "corrections, lightly obfuscated values, newsletters profiling named volunteers, "
        "minutes, pasted exports). Scored (its cases unread) with the rules of that morning: "
        "55 of 86; after the rounds on the fourth to seventh sets: 55, 56, 56, 58. Held apart "
        "until the ninth set was written; its misses were then worked on directly (while a "
        "tenth was written blind), so its score no longer estimates anything.",
    ),
    (
        "hard-7.jsonl",
        "Hard cases 7, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-7.jsonl`, 2026-12-06) by a fifth independent "
        "author under the same rules, written while the round on the fifth set was made and "
        "without sight of it: a free clinic, a shelter, immigrant legal services, a "
        "scholarship fund, a senior centre, a summer camp, an arts nonprofit, a recovery "
        "program, a voter drive, a tech volunteer group, credit counselling; quoted replies, "
        "forwards, key-value dumps, pastes, mobile-typed mail, disclaimers. Scored (its cases "
        "unread) with the rules of that morning: 56 of 86; after the rounds on the fourth, "
        "fifth and sixth sets: 58, 59, 60. Held apart until the eighth set was written; its "
        "misses were then worked on directly (while a ninth was written blind), so its "
        "score no longer estimates anything.",
    ),
    (
        "hard-6.jsonl",
        "Hard cases 6, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-6.jsonl`, 2026-12-06) by a fourth independent "
        "author under the same rules as the sets below (the policy's taxonomy and the label "
        "format only; the rules, lexicons, other sets and results unread; the engine never "
        "run on it), in settings the others barely touch: legal aid, resettlement, food "
        "bank, youth sports, congregations, research consent, hospice, re-entry, tenant "
        "organising, notifications, quoted threads and pasted tables. Written before the "
        "rounds on the fourth and fifth sets (65 of 85 before them, 66 after both; only its "
        "total was looked at). Held apart until the seventh set was written and an eighth "
        "commissioned; its misses were then worked on directly, so its score no longer "
        "estimates anything.",
    ),
    (
        "hard-5.jsonl",
        "Hard cases 5, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-5.jsonl`, 2026-12-06) by a third independent "
        "author under the same rules, after all of that day's earlier rule changes but "
        "without sight of them. Held apart until the sixth set was written (only its total "
        "was looked at during the round on the fourth set); its misses were then worked on "
        "directly while a seventh set was being written by an author who saw none of it, so "
        "its score no longer estimates anything. First report: 67 of 79; 68 after the round "
        "on the fourth set.",
    ),
    (
        "hard-4.jsonl",
        "Hard cases 4, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-4.jsonl`, 2026-12-06) by another engineer "
        "than the rules' author, from the privacy policy's taxonomy alone: identifiers and "
        "secrets in forms, pasted tables and staff mail, identifier-shaped decoys, "
        "statements about a person (explicit and implicit) and special-category words as "
        "topic. Held apart until the fifth and sixth sets were written; its misses were then "
        "worked on directly, so its score no longer estimates anything. Before: 62 of 86 "
        "(66 after the round on the second set, 69 after the third).",
    ),
    (
        "hard-3.jsonl",
        "Hard cases 3, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-3.jsonl`, 2026-12-06) by another engineer "
        "than the rules' author, like the set above. Held apart until the set above was "
        "written; its misses were then worked on directly, so its score no longer estimates "
        "anything. Before: 53 of 76 (55 after the round on the second set).",
    ),
    (
        "hard-2.jsonl",
        "Hard cases 2, used for tuning",
        "Hand-written (`tests/data/sensitive/hard-2.jsonl`) before any rule was tuned on the "
        "first hard set: odd formats, implicit statements, topic that looks personal, decoys. "
        "Held apart until 2026-12-06, when its misses were worked on directly (after the "
        "third set was written), so its score no longer estimates anything: it shows which "
        "of its gaps were closed. Before that work: 17 of 45 right.",
    ),
    (
        "hard-multilingual.jsonl",
        "Hard cases in other languages, held apart",
        "Hand-written (`tests/data/sensitive/hard-multilingual.jsonl`) in Spanish, French, "
        "German, Italian, Portuguese and Dutch before their lexicons were written, and never "
        "used to tune them. Misses here are known gaps.",
    ),
    (
        "hard.jsonl",
        "Hard cases 1, used for tuning",
        "Hand-written (`tests/data/sensitive/hard.jsonl`); held apart until the second set "
        "was added (2026-12-05), used for tuning since then, so its score is no longer an "
        "estimate: it shows which of its gaps were closed.",
    ),
)


def by_language(
    records: Sequence[dict[str, Any]], predict: Callable[[str], list[Prediction]]
) -> str:
    """Special categories language by language: the statements about a person (all
    categories together) and the topical and news texts, of which none should be flagged."""
    lines = [
        "### Special categories by language",
        "",
        "The other languages' texts are the English special-category templates and topical "
        "sentences written again in that language, so their rates compare with English on "
        "the same content.",
        "",
        "| language | statements | P | R | F1 | topical/news texts | flagged |",
        "|---|---|---|---|---|---|---|",
    ]
    keys = set(SPECIAL_CATEGORIES)
    for lang in dict.fromkeys(r.get("lang", "en") for r in records):
        mine = [
            r
            for r in records
            if r.get("lang", "en") == lang
            and (r["kind"] == "topical" or any(lab["entity"] in keys for lab in r["labels"]))
        ]
        result = score(mine, predict, keys)
        c = Counts(*(sum(getattr(k, f) for k in result.counts.values()) for f in _COUNT_FIELDS))
        lines.append(
            f"| {lang} | {c.labelled} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | "
            f"{result.clean} | {result.flagged_clean} |"
        )
    return "\n".join([*lines, ""])


def newsletters(
    messages: Sequence[tuple[str, bytes]], scanners: Sequence[tuple[str, TextScanner]]
) -> str:
    """How many compliant newsletters of each language (language, raw message) get a
    special-category finding."""
    limits = Limits()
    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    for lang, raw in messages:
        total[lang] += 1
        flagged[lang] += any(
            hit.category in SPECIAL_CATEGORIES
            for segment in parse_message(raw, limits).segments
            for hit in merged_hits(scanners, segment.text)
        )
    lines = [
        "### Neutral newsletters by language",
        "",
        "The ToS classifier's held-apart fairness newsletters (`scanner.tos.synthetic."
        f"fairness_ham`, {NEWSLETTERS_PER_LANGUAGE} a language; compliant nonprofit mail in "
        "its usual charsets, written for the classifier's fairness check, not with these "
        "lexicons in view): none should get a special-category finding.",
        "",
        "| language | newsletters | with a special-category finding |",
        "|---|---|---|",
        *(f"| {lang} | {n} | {flagged[lang]} |" for lang, n in total.items()),
    ]
    return "\n".join([*lines, ""])


def hard_cases(
    records: Sequence[dict[str, Any]],
    predict: Callable[[str], list[Prediction]],
    heading: str,
    about: str,
) -> str:
    """One row per hand-written hard case: expected keys, found keys, outcome; and, when the
    cases carry a ``lang``, how many are right in each language."""
    lines = [
        f"## {heading}",
        "",
        about,
        "",
        "| id | text | expected | found | ok |",
        "|---|---|---|---|---|",
    ]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for record in records:
        expected = sorted({lab["entity"] for lab in record["labels"]})
        found = sorted({p[0] for p in predict(record["text"])})
        ok = expected == found
        lang = record.get("lang", "en")
        right[lang] += ok
        total[lang] += 1
        text = record["text"].translate(_SHOWN)
        lines.append(
            f"| {record['id']} | {text} | {', '.join(expected) or '–'} | "
            f"{', '.join(found) or '–'} | {'yes' if ok else '**no**'} |"
        )
    summary = f"{right.total()} of {total.total()} hard cases right"
    if len(total) > 1:
        summary += " (" + ", ".join(f"{k}: {right[k]} of {n}" for k, n in total.items()) + ")"
    return "\n".join([*lines, "", summary + ".", ""])


def real_mail(path: Path, scanners: Sequence[tuple[str, TextScanner]]) -> str:
    """How often real ham (no sensitive data expected) gets a finding, by category and rule."""
    if not path.exists():
        return f"## Real mail\n\nSkipped: {path} not found.\n"
    limits = Limits()
    messages = flagged = 0
    categories: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["label"] != "ham":
                continue
            messages += 1
            hits = [
                hit
                for segment in parse_message(record["raw"].encode("utf-8"), limits).segments
                for hit in merged_hits(scanners, segment.text)
            ]
            flagged += bool(hits)
            categories.update({hit.category for hit in hits})
            rules.update(hit.rule for hit in hits)
    lines = [
        "## Real mail (no labels)",
        "",
        f"The {messages:,} ham messages of the shared SpamAssassin corpus (2002-2003 mailing "
        "lists and personal mail) were scanned; none was written to carry sensitive data, so "
        "every finding is a false positive or a real mention (news stories about named people "
        f"count as attributed). Messages with any finding: {flagged} "
        f"({flagged / max(messages, 1):.1%}).",
        "",
        "| category | messages with a finding |",
        "|---|---|",
        *(f"| {name} | {count} |" for name, count in categories.most_common()),
        "",
        "| rule | findings |",
        "|---|---|",
        *(f"| {name} | {count} |" for name, count in rules.most_common()),
    ]
    return "\n".join([*lines, ""])


def _fairness_newsletters() -> list[tuple[str, bytes]]:
    from scanner.tos.synthetic import fairness_ham  # the classifier's package: only here

    return [(lang, example.raw) for lang, example in fairness_ham(NEWSLETTERS_PER_LANGUAGE, 7)]


def _best_presidio(stock: dict[float, Result], key: str) -> tuple[float, Counts] | None:
    if key not in SHARED:
        return None
    options = [(thr, r.counts.get(key, Counts(labelled=1))) for thr, r in stock.items()]
    return max(options, key=lambda o: o[1].f1)


def _target(key: str, c: Counts, presidio_f1: float | None) -> tuple[str, str]:
    checks: list[tuple[str, bool]] = []
    if key in F1_TARGET:
        checks.append((f"F1 >= {F1_TARGET[key]}", c.f1 >= F1_TARGET[key]))
    if key in CATEGORY_ONLY:
        checks.append(("P >= 0.9, R >= 0.8", c.precision >= 0.9 and c.recall >= 0.8))
    if presidio_f1 is not None:
        checks.append(("F1 >= Presidio", c.f1 >= presidio_f1))
    if not checks:
        return "–", "–"
    return "; ".join(t for t, _ in checks), "yes" if all(ok for _, ok in checks) else "**no**"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--sets", type=Path, default=SETS, help="the folder of the hard sets (HARD_SETS)"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    records = load(args.data)
    scanners = load_text_scanners(Detection())
    predict = ours(scanners)
    mine = score(records, predict)
    with tempfile.TemporaryDirectory() as workdir:
        stock_predict = cached(presidio(Path(workdir)))
        stock = {
            thr: score(records, at_threshold(stock_predict, thr), set(SHARED))
            for thr in PRESIDIO_THRESHOLDS
        }
    text = "\n".join(
        (
            report(records, mine, stock),
            by_language(records, predict),
            newsletters(_fairness_newsletters(), scanners),
            *(
                hard_cases(load(args.sets / name), predict, heading, about)
                for name, heading, about in HARD_SETS
            ),
            real_mail(args.corpus, scanners),
        )
    )
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
