"""Special categories in several languages: one scorer per language, one keyword pass.

Each language's lexicons are scored by a ``SpecialCategoryScorer`` of their own, with that
language's attribution words (persons, cues, topical and reporting words) and tokenizer; all of
them share the keyword automaton, so a text is searched once whatever the number of languages.
A sentence holding a term is scored in a language only if its marker words (common words of
one language only) do not point to another language (``LanguageVote``): the French weak cue
"a" ("elle a un cancer") is the English article, and must not make "Maria ran a cancer walk" a
French disclosure; nor may the English scorer take German nouns ("Seminar", "Familien") for
names. A sentence without markers goes by the text around it; with none there either, it is
scored in every language. A span found in two languages is reported once. A language none of
whose terms is in a text (one more value on the shared keyword pass) is not looked at there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import partial
from operator import attrgetter

from scanner.categories import UNSCANNED
from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit, Keywords, cut_short, is_boundary
from scanner.detectors.lowering import Lowered
from scanner.detectors.rules import AttributionSpec, LexiconSpec
from scanner.detectors.special import (
    DEFAULT_KEPT_WORDS,
    SCORER,
    SpecialCategoryScorer,
    Tokenizer,
)

_WORD = re.compile(r"[^\W\d_]+")  # the words of a lower-cased sentence ("qu'elle": qu, elle)
_AROUND = 2000  # characters either side of a sentence without markers that decide its language
_TEXT_ORDER = attrgetter("start", "end")


class LanguageVote:
    """Which languages a sentence may be in, from the marker words of each."""

    def __init__(self, attributions: Sequence[AttributionSpec]) -> None:
        self._language = {
            word.lower(): spec.language for spec in attributions for word in spec.markers
        }

    def admits(self, language: str, low: Lowered, start: int, end: int) -> bool:
        """The sentence from ``start`` to ``end`` of a lower-cased text has as many marker
        words of ``language`` as of any other language. A sentence without markers goes by
        the text around it ("Expensive operation." in English mail is not French); without
        any there either, every language is admitted. In a text kept whole (``Lowered``),
        counted once per sentence whatever the number of languages asking."""
        key = (self, start, end)
        best: frozenset[str] | None = low.shared.get(key)
        if best is None:
            counts = self._counts(low.slice(start, end))
            if not counts:
                counts = self._counts(low.slice(max(0, start - _AROUND), end + _AROUND))
            top = max(counts.values(), default=0)
            best = frozenset(lang for lang, n in counts.items() if n == top)
            if low.whole is not None:  # a longer text would keep a vote per sentence
                low.shared[key] = best
        return not best or language in best

    def _counts(self, text: str) -> Counter[str]:
        return Counter(filter(None, map(self._language.get, _WORD.findall(text))))


class MultilingualScorer:
    """The special-category scorers of every language with lexicons, as one text scanner."""

    def __init__(
        self,
        lexicons: Sequence[LexiconSpec],
        attributions: Sequence[AttributionSpec],
        min_score: float = DEFAULT_MIN_SCORE,
        max_hits: int = 1000,
        keywords: Keywords | None = None,
        kept_words: int = DEFAULT_KEPT_WORDS,
    ) -> None:
        """``attributions``: one per language (``RuleSet.attributions``); ``keywords``: an
        automaton shared with other scanners; ``kept_words``: see ``Tokenizer``."""
        self.lexicons = tuple(lexicons)
        self.max_hits = max_hits
        self._keywords = keywords = Keywords() if keywords is None else keywords
        vote = LanguageVote(attributions)
        self.scorers: dict[str, SpecialCategoryScorer] = {}
        tokenizers: dict[str, Tokenizer] = {}  # one per kind: six languages share "xx"
        for spec in attributions:
            mine = [lexicon for lexicon in lexicons if lexicon.language == spec.language]
            if not mine:
                continue
            gate = partial(vote.admits, spec.language)
            kind = Tokenizer.kind(spec.language)
            if kind not in tokenizers:
                tokenizers[kind] = Tokenizer(spec.language, kept_words)
            self.scorers[spec.language] = SpecialCategoryScorer(
                mine, spec, min_score, max_hits, keywords, gate, tokenizers[kind]
            )
        # Each term word with the languages (bits, in the order of ``scorers``) it is one of.
        languages: dict[str, int] = {}
        for bit, scorer in enumerate(self.scorers.values()):
            for word in scorer.term_words:
                languages[word] = languages.get(word, 0) | 1 << bit
        self._slot = slot = keywords.slot()
        for word, bits in languages.items():
            keywords.add(slot, word, bits)
        keywords.build()

    def entity_names(self) -> frozenset[str]:
        """The entities of its lexicons."""
        return frozenset(lexicon.entity for lexicon in self.lexicons)

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Every language's hits, in text order; see ``SpecialCategoryScorer.scan_text``."""
        if low is None:
            low = Lowered(text)
        slot, present = self._slot, 0
        for start, end, values in self._keywords.find(low):
            bits = values[slot]  # a term standing as a word: "fo" (FO), not "for"
            if (
                bits is not None
                and bits & ~present
                and is_boundary(text, start - 1)
                and is_boundary(text, end)
            ):
                present |= bits
        hits = [
            hit
            for bit, scorer in enumerate(self.scorers.values())
            if present >> bit & 1
            for hit in scorer.scan_text(text, low)
        ]
        return merged(hits, self.max_hits)


def merged(hits: Sequence[Hit], max_hits: int) -> list[Hit]:
    """``hits`` of several scorers in text order, a span and entity found twice once (with
    the higher score), at most ``max_hits``. If a scorer stopped at its limit, or there are
    more, the hits end at the first place something was left unscanned, with an
    ``unscanned`` hit there."""
    if not hits:
        return []
    best: dict[tuple[int, int, str], Hit] = {}
    cuts: list[Hit] = []
    for hit in hits:
        if hit.category == UNSCANNED:
            cuts.append(hit)
            continue
        key = (hit.start, hit.end, hit.entity)
        if key not in best or hit.score > best[key].score:
            best[key] = hit
    ordered = sorted(best.values(), key=_TEXT_ORDER)
    if len(ordered) > max_hits:
        cuts.append(cut_short(SCORER, "LIMIT_FINDINGS", ordered[max_hits - 1].end))
    if not cuts:
        return ordered
    cut = min(cuts, key=_TEXT_ORDER)
    return [*[hit for hit in ordered if hit.end <= cut.start][:max_hits], cut]
