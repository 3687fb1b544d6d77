"""Choose the training settings on validation data carved from the training groups only.

Each training group is cut by receipt time into ``blocks`` consecutive blocks
(``corpus.time_blocks``). For every candidate setting, a model is trained on all blocks but
one and scores the one left out; the scores of all blocks are pooled and the candidate with
the best recall at ``SELECT_FPR`` (classifier + rules) is chosen; a tie goes to the earlier
candidate in grid order (the smaller C, i.e. stronger regularisation; less synthetic ham).
Synthetic ham is added to the training side only; the validation ham also holds fresh
synthetic messages (another seed, never trained on, a share scored by each block's model),
because outbound newsletters are the product's main ham and the 2002 corpus has almost
none. The search is a coordinate search: loss and C first (with ``START_SYNTHETIC``
synthetic messages), then the synthetic amount. The held-out test groups are not read here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from sklearn.metrics import roc_auc_score

from scanner.config import Limits
from scanner.mime import parse_message
from scanner.tos.corpus import Example, time_blocks
from scanner.tos.evaluation import FPR_TARGETS, recall_at_fpr
from scanner.tos.features import tokens, vectorize
from scanner.tos.rules import RuleSet
from scanner.tos.training import Loss, TrainingParams, fit

SELECT_FPR = 0.005
PARTIAL_AUC_FPR = 0.01
LOSS_GRID: tuple[tuple[Loss, tuple[float, ...]], ...] = (
    ("log", (10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, 10000.0)),
    ("hinge", (0.3, 1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0)),
)
SYNTHETIC_GRID = (0, 200, 400, 800)
START_SYNTHETIC = 400
VALIDATION_SYNTHETIC = 200


@dataclass(frozen=True, slots=True)
class Candidate:
    """One setting: model hyper-parameters and how much synthetic ham is added."""

    params: TrainingParams
    synthetic: int

    @property
    def label(self) -> str:
        """A short name for reports."""
        return f"{self.params.loss} C={self.params.c:g}, synthetic ham {self.synthetic}"


@dataclass(frozen=True, slots=True)
class Score:
    """Pooled validation metrics of one candidate."""

    candidate: Candidate
    auc: float
    partial_auc: float
    recall: tuple[float, ...]  # classifier + rules at each of FPR_TARGETS
    recall_model: tuple[float, ...]  # classifier only

    @property
    def key(self) -> float:
        """What the choice maximises."""
        return self.recall[FPR_TARGETS.index(SELECT_FPR)]


@dataclass(frozen=True)
class Selection:
    """Every candidate tried, in order, and the chosen one."""

    scores: list[Score]
    chosen: Score
    blocks: list[list[Example]]  # what each block's model scored, oldest block first


def select(
    examples: Sequence[Example],
    synthetic: Callable[[int, int], list[Example]],
    rules: RuleSet,
    limits: Limits,
    blocks: int = 5,
    seed: int = TrainingParams().seed,
) -> Selection:
    """Run the coordinate search on time blocks of ``examples`` (training groups only).

    ``synthetic(count, seed)`` makes synthetic ham: the training pool with ``seed``, the
    validation share with ``seed + 1``.
    """
    parts = time_blocks(examples, blocks)
    pool = synthetic(max(SYNTHETIC_GRID), seed)
    fresh = synthetic(VALIDATION_SYNTHETIC, seed + 1)
    checked = [
        [*part, *(replace(e, id=f"validation/{e.id}") for e in fresh[held::blocks])]
        for held, part in enumerate(parts)
    ]
    validation = [e for part in checked for e in part]
    messages = {e.id: parse_message(e.raw, limits) for e in [*validation, *pool]}
    token_lists = {key: tokens(message) for key, message in messages.items()}
    rule_logit = {
        e.id: sum(r.weight for r in rules.evaluate(messages[e.id], None)) for e in validation
    }
    scored: dict[Candidate, Score] = {}

    def score(candidate: Candidate) -> Score:
        if candidate not in scored:
            scored[candidate] = _cross_validate(
                candidate, parts, checked, pool, token_lists, rule_logit
            )
        return scored[candidate]

    base = TrainingParams(seed=seed)
    first = [
        Candidate(replace(base, loss=loss, c=c), START_SYNTHETIC)
        for loss, values in LOSS_GRID
        for c in values
    ]
    best = max((score(c) for c in first), key=lambda s: s.key)
    amounts = [Candidate(best.candidate.params, n) for n in SYNTHETIC_GRID]
    best = max((score(c) for c in amounts), key=lambda s: s.key)
    return Selection(list(scored.values()), best, checked)


def _cross_validate(
    candidate: Candidate,
    parts: list[list[Example]],
    checked: list[list[Example]],
    pool: list[Example],
    token_lists: dict[str, list[str]],
    rule_logit: dict[str, float],
) -> Score:
    """Train on all corpus blocks but one (plus synthetic ham), score that block's
    ``checked`` messages; pool the scores of all blocks."""
    logits: list[np.ndarray] = []
    for held, part in enumerate(checked):
        train = [e for i, block in enumerate(parts) if i != held for e in block]
        train += pool[: candidate.synthetic]
        model = fit(
            [token_lists[e.id] for e in train],
            np.array([e.spam for e in train], dtype=np.int64),
            candidate.params,
        )
        logits.append(model.logits(vectorize([token_lists[e.id] for e in part])))
    labels = np.array([e.spam for part in checked for e in part], dtype=np.int64)
    model_logit = np.concatenate(logits)
    final = model_logit + np.array([rule_logit[e.id] for part in checked for e in part])
    return Score(
        candidate,
        float(roc_auc_score(labels, final)),
        float(roc_auc_score(labels, final, max_fpr=PARTIAL_AUC_FPR)),
        _recalls(labels, final),
        _recalls(labels, model_logit),
    )


def _recalls(labels: np.ndarray, scores: np.ndarray) -> tuple[float, ...]:
    return tuple(recall_at_fpr(labels, scores, f) for f in FPR_TARGETS)
