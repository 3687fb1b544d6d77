"""Choose the training settings on validation data carved from the training groups only.

Each training group is cut by receipt time into ``blocks`` consecutive blocks
(``corpus.time_blocks``). For every candidate setting, a model is trained on all blocks but
one and scores the one left out; the scores of all blocks are pooled and the candidate with
the best recall at ``SELECT_FPR`` (classifier + rules) is chosen; a tie goes to the earlier
candidate in grid order (the simpler one). Synthetic ham is added to the training side
only; the validation ham also holds fresh synthetic messages (another seed, never trained
on, a share scored by each block's model), because outbound newsletters are the product's
main ham and the 2002 corpus has almost none. The held-out test groups are not read here.

The search has two rounds. The first (which chose v3) is a coordinate search from
``START`` (the v2 model's settings, chosen on the same protocol with a full loss and C
grid): how the rules combine with the classifier (their YAML weights added after Platt
scaling, or weights fitted with the calibration at each ``RULE_STRENGTHS``), then the
optional token families of ``COORDINATE_FAMILIES`` (each alone, then together those that
helped), then C, then the amount of synthetic ham. The second starts from the first's
choice and tries, as a small grid, ``MULTILINGUAL_GRID`` synthetic non-English ham on the
training side, with and without the ``UNSPACED_FAMILY`` tokens. The third starts from the
second's choice and tries ``FOOTER_SHARES``: copies of that share of the training side's
spam with the synthetic ham's compliant footer added (``footers``), so that the footer's
tokens stop being evidence of ham. It chooses by robustness within the noise of recall: of
the candidates whose recall is within one standard error of the best, the one that catches
the most footer copies of the validation spam (``_most_robust``).

Every candidate is also scored on a held-apart fairness set (``synthetic.fairness_ham``:
English and non-English nonprofit mail from organisations and paragraphs never trained
on, another seed), a share scored by each block's model, at the cut where the pooled
validation scores reach ``SELECT_FPR``. The second and third rounds choose only among
candidates that flag no language more often than English; if none does, nothing is chosen.
At the same cut every candidate also scores footer copies of the scored block's spam: how
much spam that adds the footer still catches (the third round's criterion).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.metrics import roc_auc_score

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.calibration import Calibration, RuleData
from scanner.tos.corpus import Example, time_blocks
from scanner.tos.evaluation import FPR_TARGETS, Fairness, fairness, recall_at_fpr
from scanner.tos.families import FAMILIES
from scanner.tos.features import tokens, vectorize
from scanner.tos.footers import chosen as footer_chosen
from scanner.tos.footers import with_footer
from scanner.tos.rules import RuleSet
from scanner.tos.synthetic import fairness_ham, multilingual_ham
from scanner.tos.training import Margins, TrainingParams, calibrate, fit_margins, rule_data

SELECT_FPR = 0.005
PARTIAL_AUC_FPR = 0.01
START = TrainingParams(loss="hinge", c=300.0, families=(), rule_strength=None)
START_SYNTHETIC = 200
RULE_STRENGTHS: tuple[float | None, ...] = (None, 10.0, 1.0, 0.1, 0.01)  # strongest pull first
C_GRID = (100.0, 300.0, 1000.0)
SYNTHETIC_GRID = (200, 400)
VALIDATION_SYNTHETIC = 200
# The families the first round tries (those that existed when it chose v3).
COORDINATE_FAMILIES = (
    "header-names",
    "transfer-encoding",
    "subject-chars",
    "url-structure",
    "from-shape",
    "body-bigrams",
)
# 800 was added for v6: more non-English ham beside the bigrams, so that they can learn
# CJK content without becoming a script signal.
MULTILINGUAL_GRID = (0, 200, 400, 800)
UNSPACED_FAMILY = "unspaced-bigrams"
# Shares of the training side's spam copied with the compliant footer (the third round).
FOOTER_SHARES = (0.0, 0.25, 0.5, 1.0)
FAIRNESS_PER_LANGUAGE = 100

Generator = Callable[[int, int], list[Example]]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One setting: model hyper-parameters and how much synthetic ham is added."""

    params: TrainingParams
    synthetic: int
    multilingual: int = 0
    footer_share: float = 0.0

    @property
    def label(self) -> str:
        """A short name for reports."""
        p = self.params
        strength = p.rule_strength
        rules = "YAML rule weights" if strength is None else f"rule weights fitted ({strength:g})"
        families = " + ".join(p.families) or "base features"
        ham = f"synthetic ham {self.synthetic}"
        if self.multilingual:
            ham += f", multilingual ham {self.multilingual}"
        if self.footer_share:
            ham += f", footer copies of {self.footer_share:.0%} of spam"
        return f"{p.loss} C={p.c:g}, {ham}, {families}, {rules}"


@dataclass(frozen=True, slots=True)
class Score:
    """Pooled validation metrics of one candidate."""

    candidate: Candidate
    auc: float
    partial_auc: float
    recall: tuple[float, ...]  # classifier + rules at each of FPR_TARGETS
    recall_model: tuple[float, ...]  # classifier only
    fairness: Fairness  # the held-apart multilingual ham at the SELECT_FPR cut
    footer_caught: tuple[int, int]  # footer copies of validation spam: caught at that cut, all

    @property
    def key(self) -> float:
        """What the choice maximises."""
        return self.recall[FPR_TARGETS.index(SELECT_FPR)]


@dataclass(frozen=True)
class Selection:
    """Every candidate tried, in order; the first and second rounds' choices and the final
    one (None when no candidate of the second or third round passed the fairness check)."""

    scores: list[Score]
    first: Score
    second: Score | None
    chosen: Score | None
    blocks: list[list[Example]]  # what each block's model scored, oldest block first
    fairness_set: dict[str, int]  # held-apart messages per language


@dataclass
class _Data:
    """The validation blocks, the synthetic pool, and what each message yields."""

    parts: list[list[Example]]
    checked: list[list[Example]]
    pool: list[Example]
    multilingual: list[Example]
    fair: list[list[tuple[str, Example]]]  # the fairness set's share of each block
    footed: dict[str, Example]  # footer copy of each corpus spam that has one, by its id
    base: dict[str, list[str]]
    family: dict[str, dict[str, list[str]]]
    rules: RuleData
    row: dict[str, int]

    def tokens(self, ids: Sequence[str], families: tuple[str, ...]) -> list[list[str]]:
        return [self.base[i] + [t for f in families for t in self.family[f][i]] for i in ids]

    def rules_of(self, ids: Sequence[str]) -> RuleData:
        rows = [self.row[i] for i in ids]
        return replace(self.rules, fired=self.rules.fired[rows])


def select(
    examples: Sequence[Example],
    synthetic: Generator,
    rules: RuleSet,
    limits: Limits,
    blocks: int = 5,
    seed: int = TrainingParams().seed,
    multilingual: Generator = multilingual_ham,
    fairness_set: Callable[[int, int], list[tuple[str, Example]]] = fairness_ham,
) -> Selection:
    """Run both rounds on time blocks of ``examples`` (training groups only).

    ``synthetic(count, seed)`` makes English synthetic ham: the training pool with ``seed``,
    the validation share with ``seed + 1``; ``multilingual(count, seed)`` the non-English
    training pool; ``fairness_set(per_language, seed + 2)`` the held-apart fairness set.
    """
    data = _prepare(examples, synthetic, multilingual, fairness_set, rules, limits, blocks, seed)
    margins: dict[tuple[TrainingParams, int, int, float, int], Margins] = {}
    scored: dict[Candidate, Score] = {}

    def score(candidate: Candidate) -> Score:
        if candidate not in scored:
            scored[candidate] = _cross_validate(candidate, data, margins)
        return scored[candidate]

    def best(candidates: Sequence[Candidate]) -> Score:
        return max((score(c) for c in candidates), key=lambda s: s.key)

    def best_fair(candidates: Sequence[Candidate]) -> Score | None:
        fair = [s for s in (score(c) for c in candidates) if s.fairness.fair]
        return max(fair, key=lambda s: s.key) if fair else None

    first = _first_round(Candidate(replace(START, seed=seed), START_SYNTHETIC), best, score)
    second = best_fair(_second_round(first.candidate))
    chosen = None
    if second is not None:
        third = [replace(second.candidate, footer_share=share) for share in FOOTER_SHARES]
        spam = sum(e.spam for part in data.checked for e in part)
        chosen = _most_robust([score(c) for c in third], spam)
    sizes = Counter(code for part in data.fair for code, _ in part)
    return Selection(list(scored.values()), first, second, chosen, data.checked, dict(sizes))


def _first_round(
    start: Candidate,
    best: Callable[[Sequence[Candidate]], Score],
    score: Callable[[Candidate], Score],
) -> Score:
    """The coordinate search that chose v3: rule combination, families, C, synthetic."""
    chosen = best([_with(start, rule_strength=s) for s in RULE_STRENGTHS])
    base = chosen.candidate
    alone = [score(_with(base, families=(name,))) for name in COORDINATE_FAMILIES]
    helped = tuple(s.candidate.params.families[0] for s in alone if s.key > chosen.key)
    together = [_with(base, families=helped)] if len(helped) > 1 else []
    chosen = best([base, *(s.candidate for s in alone), *together])
    current = chosen.candidate
    chosen = best([_with(current, c=c) for c in sorted({*C_GRID, current.params.c})])
    current = chosen.candidate
    amounts = sorted({*SYNTHETIC_GRID, current.synthetic})
    return best([replace(current, synthetic=n) for n in amounts])


def _most_robust(scores: Sequence[Score], spam: int) -> Score | None:
    """The third round's choice among the fair ``scores``: of those whose recall at
    ``SELECT_FPR`` is within one standard error of the best (binomial, over the ``spam``
    validation spam: closer is noise), the one catching the most footer copies; a tie goes
    to the earlier (smaller) share."""
    fair = [s for s in scores if s.fairness.fair]
    if not fair:
        return None
    best = max(s.key for s in fair)
    margin = math.sqrt(best * (1 - best) / spam)
    close = [s for s in fair if s.key >= best - margin]
    return max(close, key=lambda s: s.footer_caught[0])


def _second_round(start: Candidate) -> list[Candidate]:
    """Multilingual ham amounts, without then with the unspaced-script bigrams; ``start``
    (multilingual 0, no new family) first, so a tie keeps it."""
    families = start.params.families
    return [
        replace(_with(start, families=chosen), multilingual=amount)
        for chosen in (families, (*families, UNSPACED_FAMILY))
        for amount in MULTILINGUAL_GRID
    ]


def _with(candidate: Candidate, **changes: object) -> Candidate:
    return replace(candidate, params=replace(candidate.params, **changes))  # type: ignore[arg-type]


def _prepare(
    examples: Sequence[Example],
    synthetic: Generator,
    multilingual: Generator,
    fairness_set: Callable[[int, int], list[tuple[str, Example]]],
    rules: RuleSet,
    limits: Limits,
    blocks: int,
    seed: int,
) -> _Data:
    parts = time_blocks(examples, blocks)
    pool = synthetic(max((*SYNTHETIC_GRID, START_SYNTHETIC)), seed)
    foreign = multilingual(max(MULTILINGUAL_GRID), seed)
    fresh = synthetic(VALIDATION_SYNTHETIC, seed + 1)
    checked = [
        [*part, *(replace(e, id=f"validation/{e.id}") for e in fresh[held::blocks])]
        for held, part in enumerate(parts)
    ]
    apart = fairness_set(FAIRNESS_PER_LANGUAGE, seed + 2)
    fair = [apart[held::blocks] for held in range(blocks)]
    spam = [e for part in parts for e in part if e.spam]
    footed = {e.id: copy for e in spam if (copy := with_footer(e, seed)) is not None}
    everything = [e for part in checked for e in part] + pool + foreign + [e for _, e in apart]
    everything += footed.values()
    messages = {e.id: parse_message(e.raw, limits) for e in everything}
    return _Data(
        parts,
        checked,
        pool,
        foreign,
        fair,
        footed,
        {key: tokens(message) for key, message in messages.items()},
        {
            name: {key: family(message) for key, message in messages.items()}
            for name, family in FAMILIES.items()
        },
        rule_data(rules, list(messages.values())),
        {key: row for row, key in enumerate(messages)},
    )


def _cross_validate(
    candidate: Candidate,
    data: _Data,
    margins: dict[tuple[TrainingParams, int, int, float, int], Margins],
) -> Score:
    """Train on all corpus blocks but one (plus synthetic ham and footer copies of their
    spam), score that block's ``checked`` messages, its share of the fairness set and the
    footer copies of its spam; pool the scores of all blocks. Candidates that differ only
    in how rules combine share the fitted linear models (``margins``)."""
    params = candidate.params
    model_logits: list[np.ndarray] = []
    rule_logits: list[np.ndarray] = []
    fair_logits: list[np.ndarray] = []
    footed_logits: list[np.ndarray] = []
    for held, part in enumerate(data.checked):
        corpus = [e for i, block in enumerate(data.parts) if i != held for e in block]
        train = corpus + data.pool[: candidate.synthetic]
        train += data.multilingual[: candidate.multilingual]
        train += [
            data.footed[e.id]
            for e in corpus
            if e.id in data.footed and footer_chosen(e.id, candidate.footer_share, params.seed)
        ]
        ids = [e.id for e in train]
        labels = np.array([e.spam for e in train], dtype=np.int64)
        key = (replace(params, rule_strength=None), candidate.synthetic, candidate.multilingual,
               candidate.footer_share, held)  # fmt: skip
        if key not in margins:
            margins[key] = fit_margins(data.tokens(ids, params.families), labels, params)
        fitted = margins[key]
        calibration = calibrate(fitted, labels, params, data.rules_of(ids))
        model, rules = _logits(fitted, calibration, data, [e.id for e in part], params.families)
        model_logits.append(model)
        rule_logits.append(rules)
        fair_ids = [e.id for _, e in data.fair[held]]
        fair_model, fair_rules = _logits(fitted, calibration, data, fair_ids, params.families)
        fair_logits.append(fair_model + fair_rules)
        footed_ids = [data.footed[e.id].id for e in part if e.id in data.footed]
        footed_model, footed_rules = _logits(fitted, calibration, data, footed_ids, params.families)
        footed_logits.append(footed_model + footed_rules)
    labels = np.array([e.spam for part in data.checked for e in part], dtype=np.int64)
    model_logit = np.concatenate(model_logits)
    final = model_logit + np.concatenate(rule_logits)
    codes = [code for part in data.fair for code, _ in part]
    fair_scores, languages = np.concatenate(fair_logits), np.array(codes)
    by_language = {code: fair_scores[languages == code] for code in dict.fromkeys(codes)}
    fair = fairness(labels, final, by_language, SELECT_FPR)
    footed = np.concatenate(footed_logits)
    return Score(
        candidate,
        float(roc_auc_score(labels, final)),
        float(roc_auc_score(labels, final, max_fpr=PARTIAL_AUC_FPR)),
        _recalls(labels, final),
        _recalls(labels, model_logit),
        fair,
        (int(np.sum(footed >= fair.threshold)), len(footed)),
    )


def _logits(
    fitted: Margins,
    calibration: Calibration,
    data: _Data,
    ids: Sequence[str],
    families: tuple[str, ...],
) -> tuple[np.ndarray, np.ndarray]:
    """Calibrated classifier log-odds and summed rule weights of the messages ``ids``."""
    margin = fitted.of(vectorize(data.tokens(ids, families)))
    weights = calibration.rule_weights or {}
    fired = data.rules_of(ids)
    prior = dict(zip(fired.names, fired.prior, strict=True))
    vector = np.array([weights.get(n, prior[n]) for n in fired.names])
    return calibration.a * margin + calibration.b, fired.fired @ vector


def _recalls(labels: np.ndarray, scores: np.ndarray) -> tuple[float, ...]:
    return tuple(recall_at_fpr(labels, scores, f) for f in FPR_TARGETS)
