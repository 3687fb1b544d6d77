"""Special categories (policy 9(c)-(e)): a term is sensitive only when it is about a person.

A cancer charity writes "cancer" in every newsletter; "Maria was diagnosed with cancer" is
health data. An Aho-Corasick pass over the lower-cased text finds lexicon terms; only the
sentences holding one are tokenized by spaCy (a blank pipeline: tokenizer and PhraseMatcher,
no model download). Each term mention is then scored by what is near it:
a person (pronoun, kinship or client word, a name, an id number), an attribution cue
("diagnosed with", "served 3 years for"), topical words ("awareness", "people", "research")
and reporting (news: "the senator" near the term, "according to", or "said" about someone
not named) or an unnamed person's story ("a mother of three came to our pantry"), which
lowers the score unless a direct reference ("my", "your", "our client") is near the term; a
named private person's words retold in a note ("Sam told us he ...") are a disclosure.

One scorer works in one language: its lexicons and attribution words are that language's
(``languages.py`` runs one per language). Terms, strong cues and the topical, reporting, id and
title words are also matched without their accents and with German umlauts as digraphs
("diabetico", "Laehmung"), as mail is often typed; person words and weak cues only with their
accents, as without them they are often other words (Spanish "él" he, "el" the; "está" is,
"esta" this). Every phrase with an apostrophe also matches with a typographic one (’).
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from scanner.detectors.engine import DEFAULT_MIN_SCORE, Hit, Keywords, cut_short, is_boundary
from scanner.detectors.lowering import Lowered, spaces_folded
from scanner.detectors.offline import prepare_offline
from scanner.detectors.rules import BASE_LANGUAGE, AttributionSpec, LexiconSpec, Weights

# A sentence ends at . ! ? followed by space, or at a line break, unless the next line goes on
# in lower case (mail wrapped mid-sentence: "I'm a" / "humanist and ..."), after the quote
# marks of a reply ("> > I was diagnosed with" / "> > lupus"), or the line ends in a word
# no sentence ends in ("during" / "Ramadan"); longer stretches are cut. Written to start
# with a character class, so the search skips to those characters.
_MID_SENTENCE_WORDS = (
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "during",
    "about", "into", "as", "and", "or", "but", "my", "his", "her", "their", "our", "your",
    "its", "is", "was", "are", "were", "has", "have", "had", "been", "being", "who", "whose",
)  # fmt: skip
_WRAPPED_AFTER = "".join(
    rf"(?<!\b{word}{space}\n)" for word in _MID_SENTENCE_WORDS for space in ("", " ")
)
# A line as long as a wrapped paragraph's, not ending in a colon or a form's blank ("___"),
# goes on in the next one when that one starts with a capitalised word or a number and a
# lower-case word, unindented ("... his genetic testing confirmed\nFragile X syndrome.",
# "... breakthrough morphine\n10 mg SL q2h PRN"); list items, table rows and fields are
# not so.
_WRAP_WIDTH = 60
_WRAPPED_LINE = (
    rf"(?<=[^\n]{{{_WRAP_WIDTH - 1}}}[^\n:_]\n)(?:>[ \t]?)*(?:[A-Z][a-z]|\d[\d.,/]*[ \t]+[a-z])"
)
# Titles and abbreviations whose stop ends no sentence ("saw Dr. Chen", "at St. Brigid's"),
# nor does a name's initial ("Nadia K. - Suboxone induction"): looked behind only once a
# stop is found, not at every character.
_NO_END = "".join(
    rf"(?<!\b{word}\.)" for word in ("Dr", "Mr", "Mrs", "Ms", "Mx", "St", "Fr", "Jr", "Sr",
                                      "Rev", "Prof", "Sgt", "Lt", "Capt", "Dept", "Mt", "Ft")
) + r"(?<!\s[A-Z]\.)"  # fmt: skip
_SENTENCE_END = re.compile(
    rf"[.!?\n]{_NO_END}(?:(?<=\n){_WRAPPED_AFTER}(?!{_WRAPPED_LINE})(?![ \t>]*[a-z])"
    rf"|(?<=[.!?])[.!?]*+(?=\s|$))"
)
# A line break and the quote marks that open the next line of a reply: read as spaces.
_QUOTE_WRAP = re.compile(r"\n[ \t]*(?:>[ \t]*)+")
_MAX_SENTENCE = 400
_NEAR = 80  # characters before a term searched first for the end of the previous sentence
_ID_NUMBER = re.compile(r"#?\d{3,}")
# What a word found by the keyword pass is: a lexicon term, or a word that counts for the
# whole text (a reporting word, an anonymisation note, a word about an animal).
_TERM, _REPORTING, _ANONYMISED, _ANIMAL = range(4)
# A question's label in a list of questions and answers ("Q: ...?", "Question 3: ...?").
_FAQ = re.compile(r"\s*(?:q|question)(?:\s*\d{1,2})?\s*[:.)]\s", re.IGNORECASE)
# A question about what holds if the asker or the reader is in some case ("Can I take the
# class if I'm pregnant?"): the case is a hypothesis, not a disclosure.
_IF_QUESTION = re.compile(r"(?i)\bif\s+(?:i|we|you)(?:['’](?:m|re))?\b|\bif\s+(?:my|our|your)\b")
_FAQ_LINE = re.compile(r"\bFAQs?\b")  # a line of a list of questions and answers
# A name introduced as someone's relative ("my son Eli (9)"): a person, even in a text about
# animals, whose pets have first names too.
_RELATIVE_NAMED = re.compile(
    r"\b(?:son|daughter|husband|wife|mother|father|mom|dad|brother|sister|grandmother|"
    r"grandfather|grandma|grandpa|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|"
    r"boyfriend|girlfriend|fianc[eé]e?|partner|stepson|stepdaughter),?\s+([A-Z][a-z]+)\b"
)
_REPLY_HEADER = ("wrote:", "writes:")  # "On Dec 1, 2026, Ines Moreau wrote:"
_OPENING = 600  # characters at the start of a text searched for its salutation
_HEADER_LINE = re.compile(r"(?i)(?:subject|from|to|cc|date|re|fwd?)\s*:")
_MARK = r"(?:[-*•]|\d{1,2}[.)])"  # a list item's mark: a bullet or a number
_LIST_MARK = re.compile(_MARK + r"\s")  # a list item's mark and its space
_OPENING_CHARS = 200  # characters of a sentence read for its opening words
_LISTED_LINES = 12  # lines above a list item searched for the condition that heads its list
# A form's choices: slashes or bars between them, and a way not to answer among them.
_LINE_REACH = 200  # characters either side of a term read for its line (choices, an FAQ)
_CHOICE_MARK = re.compile(r"\s[/|]\s")
_QUOTE_CLOSE = re.compile(r"\??[\"”]")  # a quote's end, and its question mark if it asks
_NO_ANSWER = re.compile(
    r"(?i)\b(?:prefer\s+not|decline|rather\s+not|not\s+listed|other|n/a|don['’]t\s+know)\b"
)
_SALUTATION_WORDS = 6  # a longer first line is no salutation
# A blank form's field: the term labels a space left to fill in ("Allergies / medical
# conditions: ______") or an unticked box ("[ ] Asthma", "[ ] Hispanic/Latino").
_BLANK_AFTER = re.compile(r"[^\n:_?]{0,40}[:?][ \t]*(?:_{3,}|\[[ \t]?\]|\.{5,}|[☐□])")
_BLANK_BEFORE = re.compile(r"(?:\[[ \t]?\]|[☐□])[ \t]*(?:[^\W\d_]+[ \t/]+){0,10}$")
_FIELD_LABEL = 60  # characters before a term searched for its unticked box
# A ticked box right before a term: the form's answer chosen ("[X] Republican").
_TICK = r"\[[xX✓✔]\]|[☒☑]"
_TICKED = re.compile(rf"(?:{_TICK})[ \t]*$")
_A_TICK = re.compile(_TICK)
# A template's placeholder that lists choices: the term is one of them ("[milestone:
# finished treatment, came home, started physical therapy]").
_PLACEHOLDER_OPEN = re.compile(r"\[[a-z][a-z _-]{0,30}:[^\[\]]*$")
# A placeholder that gives an example ("Charge: [misdemeanor, e.g. trespass]"): one line.
_EXAMPLE_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,60}\be\.g\.[^\[\]\n]{0,60}\]")
_PLACEHOLDER_REACH = 200  # characters around a term searched for its placeholder's brackets
# A mail merge's field, filled in when the mail is sent ("Your {{medication_name}} refill",
# "{diagnosis}", "«Medication»"): a term inside one is its name, no one's.
_MERGE_FIELD = re.compile(r"\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,40}\}|«[^«»\n]{1,40}»")
_MERGE_REACH = 60  # characters around a term searched for its merge field
_JOINERS = frozenset("-'’\"“”‘")  # punctuation inside a phrase ('a setting of "Disabled"')
_GLUED, _BEFORE, _AROUND = range(3)  # where a cue must stand, see ``_near``
_ANIMAL_CATEGORIES = frozenset({"health", "genetic"})  # what an animal can have
_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_NAME_RUN = 3  # capitalised words an organisation's name may hold before its kind
_THING_WINDOW = 3  # tokens before and after a term searched for its lexicon's thing words
_BRACKET_TOKENS = 12  # tokens of a bracket between a cue and its term not counted (_near)
# A thing after them is a place ("baptized in the prison chapel") or a time ("a Catholic
# since before the hospital was built"), not what the term names.
_PLACE_WORDS = frozenset({"in", "at", "on", "into", "inside", "since", "before", "until"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_SHARE = re.compile(r"\d{1,3}(?:\.\d+)?\s?%")  # a statistic's share, after its term
# ... or after one word more ("Primary reason: cancer treatment 44%, dialysis 21%")
_SHARE_AFTER = re.compile(rf"(?:[^\W\d_]+\s)?{_SHARE.pattern}")
# The rest of a label whose value is a share ("Hispanic or Latino (any race): 18%").
_SHARE_LABEL_END = re.compile(r"[^\n:]{0,60}:[ \t]*\d{1,3}(?:\.\d+)?[ \t]?%")
# A roster's line: an optional bullet and label, a person's name of two or three words,
# and a dash or a colon (_on_a_roster_line).
_ROSTER_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?:[A-Za-z][\w ]{0,20}:[ \t]*)?"
    r"(?!(?:The|An?)[ \t])[A-Z][a-z]{1,20}(?:[ \t][A-Z][a-z'’-]{1,20}){1,2}[ \t]+[-–—:][ \t]"
)
# A dose's unit ("Vivitrol 380 mg kit"): a drug dosed for someone, not a supply
_DOSE_UNIT = re.compile(r"\d*(?:mg|mcg|ml|milligrams?)")
# A question's answer of no, on its line ("... placed on probation or parole? NO").
_ANSWER_OF_NO = re.compile(r"(?i)[ \t]*(?:no|none|never|n/a)\.?[ \t]*(?:\r?\n|$)")
# A field's value of nothing found ("criminal record check: no record").
_NOTHING_FOUND = re.compile(
    r"(?i)[ \t]*(?:no\s+records?(?:\s+found)?|none(?:\s+found)?|no\s+hits?)\.?[ \t]*(?:\r?\n|$)"
)
# A sentence whose subject is a share of a group ("- 9% told us someone in the home is on
# dialysis"): a statistic about no one, even with "us" in it.
_SHARE_OPENING = re.compile(rf"[ \t]*(?:{_MARK}[ \t]+)?{_SHARE.pattern}\s")
SCORER = "special-categories"  # names the scorer where no one lexicon is to blame
# Stay out of the vocabulary when cue phrases hold them ("she goes to"): a capitalised one
# that starts a sentence is read as a name ("She's 30 weeks pregnant").
_SUBJECT_PRONOUNS = frozenset({"i", "he", "she", "we", "they"})
_HE_OR_SHE = frozenset({"he", "she"})  # right after a reporting word: someone retold
DEFAULT_KEPT_WORDS = 60_000  # words a tokenizer's vocabulary keeps (``Tokenizer``)
# spaCy remembers how it split the first 10,000 distinct chunks (a word with its punctuation)
# and then no more: the lexicon patterns of the six languages sharing a tokenizer (some
# 20,000 chunks) would fill that before any mail is read. Room for them and about as many
# chunks of mail, at some 50 bytes each.
_CACHED_CHUNKS = 60_000
_KEEPING = contextlib.nullcontext()
# An elided article or preposition, split off the word it leans on ("l'asthme", "dell'HIV").
_ELISION = r"[^\W\d_]{1,7}['\u2019](?=[^\W\d_])"
# Umlauts as German writes them without the letters (Lähmung -> Laehmung).
_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# The lower-case letters a token and the lowered text may not agree on (``lowering.py``):
# final and medial sigma, and the dot of a lower-cased İ.
_CONTEXT_LOWER = frozenset("\u03c3\u03c2\u0307")


@dataclass(frozen=True, slots=True)
class _Mention:
    lexicon: int
    start: int  # token offsets in the sentence doc
    end: int


class SpecialCategoryScorer:
    """Finds special-category terms and scores their attribution to an individual."""

    def __init__(
        self,
        lexicons: Sequence[LexiconSpec],
        attribution: AttributionSpec,
        min_score: float = DEFAULT_MIN_SCORE,
        max_hits: int = 1000,
        keywords: Keywords | None = None,
        gate: Callable[[Lowered, int, int], bool] | None = None,
        tokenizer: Tokenizer | None = None,
    ) -> None:
        """``lexicons`` in ``attribution``'s language. ``keywords``: an automaton shared with
        other scanners (one pass for all). ``gate(low, start, end)``: a sentence holding a term
        is scored only if it says yes (``languages.LanguageVote``). ``tokenizer``: one for this
        language shared with other scorers (``Tokenizer.kind``), else a new one."""
        self.lexicons = tuple(lexicons)
        self.attribution = attribution
        self.min_score = min_score
        self.max_hits = max_hits
        self.gate = gate
        self._tokenizer = tokenizer or Tokenizer(attribution.language)
        self.nlp = self._tokenizer.nlp
        self._any = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._labels: dict[int, str] = {}  # match id -> label, without a StringStore lookup
        self._terms = Keywords() if keywords is None else keywords
        self._slot = slot = self._terms.slot()
        for word in spelt(attribution.reporting):
            self._terms.add(slot, word.lower(), _REPORTING)
        # A text that says its people were anonymised reads as news does, even about "our
        # client": the client it names is no one identifiable.
        for phrase in spelt(attribution.anonymised):
            self._terms.add(slot, phrase.lower(), _ANONYMISED)
        # A text full of animal words (a foster dog's medical summary) is about an animal.
        for word in spelt(attribution.animal_words, accents=False):
            self._terms.add(slot, word.lower(), _ANIMAL)
        # One label per distinct cue phrase, with the lexicons it is a strong or weak cue
        # for: "is" is a weak cue of every lexicon but is matched once, not once per lexicon.
        cue_bits: dict[str, list[int]] = {}
        words: set[str] = set()
        for index, lexicon in enumerate(self.lexicons):
            for term in spelt((*lexicon.terms, *lexicon.exact_terms)):
                self._terms.add(slot, term.lower(), _TERM)
                words.add(term.lower())
            self._add(self._any, f"T{index}", spelt(lexicon.terms))
            self._add(self._exact, f"T{index}", spelt(lexicon.exact_terms))
            self._add(self._any, f"<{index}", spelt(lexicon.things_before))
            self._add(self._any, f">{index}", spelt(lexicon.things_after))
            cues = (spelt(lexicon.cues), spelt(lexicon.weak_cues, accents=False))
            for kind, phrases in enumerate(cues):
                for phrase in phrases:
                    cue_bits.setdefault(phrase, [0, 0])[kind] |= 1 << index
        self._cue_bits: dict[str, tuple[int, int]] = {}
        # Where a cue must stand (see ``_near``): a mark without a letter or digit ("+")
        # glued to the term, a clitic ("'s") before it; any other cue around it.
        self._placements: dict[str, int] = {}
        for number, (phrase, (strong, weak)) in enumerate(cue_bits.items()):
            self._add(self._any, f"K{number}", (phrase,))
            self._cue_bits[f"K{number}"] = (strong, weak)
            if not any(ch.isalnum() for ch in phrase):
                self._placements[f"K{number}"] = _GLUED
            elif phrase[0] in "'’":
                self._placements[f"K{number}"] = _BEFORE
        self._add(self._any, "P", spelt(attribution.persons, accents=False))
        self._add(self._any, "Y", spelt(attribution.readers, accents=False))
        self._groups = frozenset(w.lower() for w in attribution.groups)
        self._greetings = frozenset(w.lower() for w in attribution.greetings)
        self._add(self._any, "Q", spelt(attribution.third_person, accents=False))
        self._add(self._any, "G", spelt(attribution.topical))
        self._add(self._exact, "G", [w.title() for w in spelt(attribution.named_topical)])
        self._add(self._any, "R", spelt(attribution.reporting))
        self._add(self._any, "F", spelt(attribution.public_figures))
        self._add(self._any, "A", spelt(attribution.unnamed_people, accents=False))
        self._add(self._any, "N", spelt(attribution.animal_words, accents=False))
        self._terms.build()
        self.term_words = frozenset(words)  # as the keyword pass finds them
        self._cue_keys = self._cue_prefilter(list(cue_bits))
        self._possessives = [frozenset(w.lower() for w in lex.possessives) for lex in self.lexicons]
        self._id_words = frozenset(w.lower() for w in spelt(attribution.id_words))
        self._not_names = frozenset(w.lower() for w in spelt(attribution.not_names))
        self._organisations = frozenset(w.lower() for w in spelt(attribution.organisations))
        self._honorifics = frozenset(w.lower() for w in spelt(attribution.honorifics))
        self._questions = tuple(f"{q.lower()} " for q in spelt(attribution.reader_questions))
        self._conditions = tuple(f"{c.lower()} " for c in spelt(attribution.reader_conditions))
        # a condition about someone unnamed ("If a caller tells you she is pregnant"): its
        # "he" and "she" are that anyone
        self._anyone_conditions = tuple(c for c in self._conditions if "you" not in c)
        # Words of the lexicons and of the attribution lists are no names ("Families who
        # ..."); a pronoun that starts a sentence still is one ("She told the desk ...").
        named = (
            *(
                phrase
                for lex in self.lexicons
                for phrase in (
                    *lex.terms,
                    *lex.exact_terms,
                    *lex.cues,
                    *lex.weak_cues,
                    *lex.things_before,
                    *lex.things_after,
                )  # fmt: skip
            ),
            *attribution.topical,
            *attribution.reporting,
            *attribution.public_figures,
            *attribution.unnamed_people,
            *attribution.animal_words,
        )
        self._vocabulary = self._not_names | (
            {t.lower() for phrase in spelt(named) for t in phrase.split()} - _SUBJECT_PRONOUNS
        )

    def _cue_prefilter(self, phrases: Sequence[str]) -> Any:
        """An automaton of the longest token of every cue phrase (of ``phrases``), or None.

        Without a cue near it no mention scores above ``weights.person``; when that is below
        ``min_score``, a sentence where none of these tokens stands as a word (between
        characters that are not letters or digits) cannot yield a hit and is not tokenized.
        None (tokenize every sentence) when the weights or cues do not allow that.
        """
        weights = self.attribution.weights
        if self.min_score <= max(weights.person, weights.mention):
            return None
        keys = {max((token.lower_ for token in self.nlp.make_doc(p)), key=len) for p in phrases}
        if not keys or any(_CONTEXT_LOWER.intersection(key) for key in keys):
            return None  # such a key may lower-case differently in the text
        # The tokenizer's special cases that make a key a token inside a longer word
        # ("isnt" -> "is", "nt"; "hasn't" -> "has", "n't") are words to look for too.
        tokenizer: Any = self.nlp.tokenizer  # a spaCy Tokenizer: its special cases
        special_cases = {
            case.lower()
            for case, tokens in tokenizer.rules.items()
            if any(token[ORTH].lower() in keys for token in tokens)
        }
        automaton = ahocorasick.Automaton()
        for word in keys | special_cases:
            automaton.add_word(word, word)
        automaton.make_automaton()
        return automaton

    def _add(self, matcher: PhraseMatcher, label: str, phrases: Sequence[str]) -> None:
        """``phrases`` as patterns of ``label``. The tokenizer can split a word by its case
        ("5K" is "5", "K"; "5k" one token): for the case-insensitive matcher, each case form
        that tokenizes differently is a pattern too."""
        if not phrases:
            return
        self._labels[self.nlp.vocab.strings.add(label)] = label
        forms = list(phrases)
        if matcher is self._any:
            forms = [f for p in forms for f in self.case_forms(p)]
        docs: dict[tuple[str, ...], Doc] = {}
        for form in forms:
            doc = self.nlp.make_doc(form)
            docs.setdefault(tuple(t.lower_ if matcher is self._any else t.text for t in doc), doc)
        matcher.add(label, list(docs.values()))

    def case_forms(self, phrase: str) -> list[str]:
        """``phrase`` and those of its lower, upper and title case forms that may tokenize
        differently from it. A form whose words are letters only and no special case of the
        tokenizer ("Dont" is one, "DONT" is not) is split at its spaces and nowhere else: if
        ``phrase`` is such a form too, and the two lower-case alike, their tokens lower-case
        alike, and tokenizing it would only make words the vocabulary keeps (load time)."""
        plain = self._tokenizer.plain
        lowered = phrase.lower()
        variants = dict.fromkeys((lowered, phrase.upper(), phrase.title()))
        return [phrase] + [
            form
            for form in variants
            if form != phrase and not (plain(phrase) and plain(form) and form.lower() == lowered)
        ]

    def entity_names(self) -> frozenset[str]:
        """The entities of its lexicons."""
        return frozenset(lexicon.entity for lexicon in self.lexicons)

    def scan_text(self, text: str, low: Lowered | None = None) -> list[Hit]:
        """Attributed mentions at or above ``min_score``, in text order. ``low``:
        ``Lowered(text)``, if the caller has it already."""
        hits: list[Hit] = []
        if low is None:
            low = Lowered(text)
        bounds, counts, anonymised = self._sentences(text, low)
        attribution = self.attribution
        news = anonymised or counts[_REPORTING] >= attribution.reporting_min
        animal = counts[_ANIMAL] >= attribution.animal_min
        humans = frozenset(_RELATIVE_NAMED.findall(text)) if counts[_ANIMAL] else frozenset()
        to_group = bool(bounds) and self._greets_group(text)
        pairs = iter(bounds)
        with self._tokenizer.lock, self._tokenizer.zone():
            for start, end in zip(pairs, pairs, strict=True):
                if not self._may_hit(text, low, start, end):
                    continue
                hits.extend(
                    self._score_sentence(
                        text, start, end, news, (animal, humans), anonymised, to_group
                    )
                )
                if len(hits) >= self.max_hits:  # the rest of the text is not looked at
                    kept = hits[: self.max_hits]
                    return [*kept, cut_short(SCORER, "LIMIT_FINDINGS", kept[-1].end)]
        return hits

    def _may_hit(self, text: str, low: Lowered, start: int, end: int) -> bool:
        """The sentence from ``start`` to ``end`` passes the gate and holds a cue word (when
        the weights need one), a ticked box (``_ticked``) or a roster's line
        (``_on_a_roster_line``): only then is it tokenized. The
        gate goes first: the scorers of other languages ask it about the same sentence, and it
        answers them all at once."""
        if self.gate is not None and not self.gate(low, start, end):
            return False
        if self._cue_keys is None:
            return True
        sentence = low.slice(start, end)
        return (
            _has_word(self._cue_keys, sentence)
            or _A_TICK.search(sentence) is not None
            or _roster_lines_in(text, start, end)
        )

    def _sentences(self, text: str, low: Lowered) -> tuple[array[int], list[int], bool]:
        """The sentences holding a lexicon term, in text order, how many words of each
        kind the text has (by ``_REPORTING``, ``_ANIMAL``), and whether it says its people
        were anonymised (one pass of one automaton over the lower-cased ``low`` for all).

        Sentences are given as start, end, start, end... in machine integers (a text can hold
        a great many: a list of tuples would cost more than the text itself). Found in text
        order, they need no sorting and hold no duplicate: a term is looked at only past the
        end of the last sentence, so each sentence ends after the one before it, and starts
        after it too (at its end, or past the search reach that excluded that end).
        """
        found = array("q")
        last_end = -1
        counts = [0] * (_ANIMAL + 1)
        slot = self._slot
        for start, end, values in self._terms.find(low):
            kind = values[slot]
            if kind is None:
                continue
            if not (is_boundary(text, start - 1) and is_boundary(text, end)):
                continue
            if kind == _REPORTING and (
                text.startswith(_REPLY_HEADER, start)
                or _after_first_person(low, start)
                or text[start - 1 : start] == "-"
            ):
                # a reply's header ("On Dec 1, Ines wrote:") quotes mail, the writer's own
                # words ("I told her") are a note's, and a compound ("parent-reported") is
                # a form's field, not news
                continue
            if kind != _TERM:
                counts[kind] += 1
            elif start >= last_end:
                bounds = _sentence_around(text, start, end)
                found.extend(bounds)
                last_end = bounds[1]
        return found, counts, counts[_ANONYMISED] > 0

    def _greets_group(self, text: str) -> bool:
        """The text opens by greeting a group ("Dear 4th grade families,", "Hi all!",
        "Hello rowers,"): its first line that is no header line is a short salutation
        ending in a word of ``groups``, or in a lower-case plural after a greeting."""
        if not self._groups:
            return False
        for line in text[:_OPENING].splitlines():
            line = line.strip()
            if not line or _HEADER_LINE.match(line):
                continue
            words = line[:-1].split()
            if line[-1] not in ",!:" or not 0 < len(words) <= _SALUTATION_WORDS:
                return False
            last = words[-1].lower()
            return last in self._groups or (
                words[0].lower() in self._greetings
                and words[-1].islower()
                and last.endswith("s")
                and len(last) > 4
            )
        return False

    def _score_sentence(
        self,
        text: str,
        start: int,
        end: int,
        news: bool,
        animals: tuple[bool, frozenset[str]],
        anonymised: bool,
        to_group: bool,
    ) -> Iterator[Hit]:
        """Each term mention of one sentence scoring at least ``min_score``. ``news``: the
        text reads as a report; ``animals``: whether it is about an animal (a foster dog's
        medical summary), as is a sentence with an animal word, so its health is no person's
        (a person in it keeps their other categories: "she adopted a dog; she is openly
        bisexual"), unless someone plainly human is nearer the term (``_human_nearer``), and the
        names it introduces as someone's relatives; ``anonymised``: it says its people were
        anonymised, so a
        direct reference ("our client") is no one identifiable either; ``to_group``: it
        greets a group, so "you" is any reader. A question put to any reader has none."""
        doc = self.nlp.make_doc(_as_one_line(text[start:end]))
        labels = self._labels
        spans: dict[str, list[tuple[int, int]]] = {}
        for match_id, s, e in (*self._any(doc), *self._exact(doc)):
            spans.setdefault(labels[match_id], []).append((s, e))
        of_no_one = not _about_someone(doc, spans)  # a question in it is any reader's
        if (
            _faq_question(text, start, end)
            or _SHARE_OPENING.match(text, start, end) is not None
            or _answered_no(text, start, end)
            or (of_no_one and self._asks_reader(text[start:end]))
        ):
            return
        cue_bits, placements = self._cue_bits, self._placements
        cues = [
            (cue_bits[label], found, placements.get(label, _AROUND))
            for label, found in spans.items()
            if label in cue_bits
        ]
        # A condition put to any reader ("If your child has a food allergy, let us know")
        # is no one's disclosure: its "you" is any reader and its "us" the sender asking, so
        # only someone else in it (the writer, a name, "he") can own a term.
        conditional = _opens_with(text[start:end], self._conditions) or _listed_condition(
            text, start
        )
        any_reader = to_group or conditional
        first_person = spans.get("P", [])
        others = spans.get("Q", [])
        if conditional:
            first_person = [(s, e) for s, e in first_person if "us" not in _lower(doc[s:e])]
            if _opens_with(text[start:end], self._anyone_conditions):
                others = [(s, e) for s, e in others if doc[s].lower_ not in _PRONOUNS]
        direct = _not_an_owner(first_person + ([] if any_reader else spans.get("Y", [])), spans)
        persons = direct + others
        # "the youth" names a person; "youth" alone frames a topic. After a name within the
        # sentence, a topical word is its verb ("..., Ray volunteers every weekend"), not a
        # group (a sentence's first word is a weak name: "Few women ...").
        topics = [
            (s, e)
            for s, e in spans.get("G", [])
            if not any(ps <= s and e <= pe for ps, pe in persons)
            and not (s > 1 and self._is_name(doc, s - 1))
        ]
        figures = spans.get("F", [])
        reported = news or (
            "R" in spans
            and not self._names(doc, spans["R"])
            and not _said_by_someone(doc, spans["R"], persons)
        )
        # a story about someone left unnamed ("a mother of three came to our pantry") is
        # told of the terms after them, not before ("Family is Hmong; ... or a woman if not")
        story = [] if "A" not in spans or self._names(doc, spans["A"]) else spans["A"]
        # about an animal ("Pepper is on antibiotics for kennel cough"); an animal word
        # inside a term is none ("PET scan results")
        animal, humans = animals
        animal = animal or any(not _in_a_term(spans, word) for word in spans.get("N", ()))
        weights = self.attribution.weights
        for mention in _longest_mentions(spans):
            span: Span = doc[mention.start : mention.end]
            if (
                self._is_surname(doc, mention)
                or _about_a_thing(doc, spans, mention)
                or _blank_field(text, start + span.start_char, start + span.end_char)
                or _share_label(text, start + span.start_char, start + span.end_char)
                or (
                    of_no_one
                    and self._in_asked_quote(text, start + span.start_char, start + span.end_char)
                )
            ):
                continue
            lexicon = self.lexicons[mention.lexicon]
            bit = 1 << mention.lexicon
            strong, weak = (
                any(
                    bits[kind] & bit and _near(doc, found, mention, self.attribution, placement)
                    for bits, found, placement in cues
                )
                for kind in (0, 1)
            )
            # "your rheumatoid arthritis": a possessive right before the term, or before the
            # year it dates from ("his 2011 misdemeanor"), says whose it is, as a strong cue
            # does.
            possessives = self._possessives[mention.lexicon]
            dated = mention.start > 0 and _is_year(doc[mention.start - 1])
            owned_from = mention.start - 1 if dated else mention.start
            strong = (
                strong
                or any(e == owned_from and doc[s].lower_ in possessives for s, e in persons)
                or _ticked(text, start + span.start_char)
                or _on_a_roster_line(text, start + span.start_char)
            )
            # News about someone ("the senator, a Catholic, said") or a story about someone
            # unnamed is not a disclosure by the sender; a direct reference ("my", "your",
            # "our client") keeps it one.
            # A public figure before the term, or just after it, is whom it is about ("Pop
            # star Jaylen Cruz said he was diagnosed with"), not one further on ("she
            # objected to the governor's veto").
            about_figure = self._within(
                figures, mention, (mention.start, self.attribution.person_window[1])
            )
            of_animal = (
                animal
                and lexicon.category in _ANIMAL_CATEGORIES
                and not self._human_nearer(doc, mention, humans, spans.get("N", []))
            )
            told = reported or any(s < mention.start for s, _ in story)
            news_here = (told or about_figure or of_animal) and (
                anonymised or not self._within(direct, mention)
            )
            # Someone referred to in the third person between the topic and the term is whom
            # the term is about ("his neighbors learned he is gay", "the drug court program;
            # he takes Suboxone"); "you" and "my" may still frame a topic ("what testing can
            # tell you about cancer", "how many of my gay friends").
            third = spans.get("Q", [])
            framing = [span for span in topics if not _person_between(third, span, mention)]
            topical = self._within(framing, mention, self.attribution.topical_window)
            with_person, alone = (
                _final(weights, base, topical, news_here)
                for base in _cue_scores(weights, strong, weak)
            )
            # Looking for a person costs a pass over the window's tokens: skipped when the
            # mention stays below the floor either way.
            if max(with_person, alone) < self.min_score:
                continue
            if self._person_near(doc, persons, mention):
                score = with_person
            else:
                score = 0.0 if conditional else alone
            if score < self.min_score:
                continue
            yield Hit(
                f"lexicon:{lexicon.id}",
                lexicon.entity,
                lexicon.category,
                start + span.start_char,
                start + span.end_char,
                score,
            )

    def _asks_reader(self, sentence: str) -> bool:
        """The sentence is a question put to any reader ("Are you living with HIV?"), unless
        ``_about_someone`` says it asks about someone in particular."""
        return sentence.rstrip().endswith("?") and _opens_with(sentence, self._questions)

    def _in_asked_quote(self, text: str, start: int, end: int) -> bool:
        """The term from ``start`` to ``end`` is inside a quoted question put to any reader
        ('The county asks one question: "Has anyone in your household been diagnosed with
        TB?"'): it asks, and discloses nothing."""
        opening = max(text.rfind(mark, max(0, start - _LINE_REACH), start) for mark in '"“')
        closing = _QUOTE_CLOSE.search(text, end, end + _LINE_REACH)
        return (
            opening >= 0
            and closing is not None
            and closing.group()[0] == "?"
            and self._asks_reader(text[opening + 1 : closing.start() + 1])
        )

    def _names(self, doc: Doc, reporting: list[tuple[int, int]]) -> bool:
        """The sentence names someone other than by a reporting word ("Sam told us", not
        "Prosecutors said"): a private person's words retold in a note."""
        return any(
            self._is_name(doc, i)
            for i in range(len(doc))
            if not any(s <= i < e for s, e in reporting)
        )

    def _is_surname(self, doc: Doc, mention: _Mention) -> bool:
        """A capitalised term right after an honorific names a person ("Herr Krebs"), and an
        exact (case-sensitive) or one-word term right after a first name ("the Ryan White
        program", "John Gay thought:")."""
        i = mention.start
        if i == 0 or not doc[i].is_title:
            return False
        if doc[i - 1].lower_ in self._honorifics:
            return True
        term = doc[mention.start : mention.end].text
        one_word = mention.end - mention.start == 1
        exact = term in self.lexicons[mention.lexicon].exact_terms
        return (one_word or exact) and self._is_name(doc, i - 1)

    def _within(
        self,
        spans: list[tuple[int, int]],
        mention: _Mention,
        window: tuple[int, int] | None = None,
    ) -> bool:
        """One of ``spans`` lies within ``window`` (default: the person window) tokens
        around ``mention``."""
        before, after = window or self.attribution.person_window
        lo, hi = mention.start - before, mention.end + after
        return any(lo <= s and e <= hi for s, e in spans)

    def _person_near(self, doc: Doc, persons: list[tuple[int, int]], mention: _Mention) -> bool:
        if self._within(persons, mention):
            return True
        before, after = self.attribution.person_window
        lo, hi = max(0, mention.start - before), min(len(doc), mention.end + after)
        return any(self._is_name(doc, i) or self._is_id(doc, i) for i in range(lo, hi))

    def _human_nearer(
        self,
        doc: Doc,
        mention: _Mention,
        humans: frozenset[str],
        animal_words: list[tuple[int, int]],
    ) -> bool:
        """Someone plainly human is in the sentence, nearer ``mention`` than any of its
        ``animal_words``: after an honorific ("Ms. Montano was tearful and said she stopped
        taking her lithium"), by a first and last name ("Sam Whitcomb"), or by a name the
        text introduced as someone's relative (``humans``: "my son Eli (9) ... Eli has
        asthma"). "Ms. Lee's dog Pepper is on antibiotics" is the dog's."""

        def distance(i: int) -> int:
            return mention.start - i if i < mention.start else i - mention.end + 1

        human = min(
            (
                distance(i)
                for i in range(len(doc))
                if not mention.start <= i < mention.end
                and (
                    doc[i].lower_ in self._honorifics
                    or doc[i].text in humans
                    or (i + 1 < len(doc) and self._is_name(doc, i) and self._is_name(doc, i + 1))
                )
            ),
            default=None,
        )
        return human is not None and all(distance(s) > human for s, _ in animal_words)

    def _is_name(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        if not (token.is_title and token.is_alpha and len(token) > 1):
            return False
        if token.lower_ in self._vocabulary:
            return False
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is not None and following.lower_ in self._not_names:
            return False  # "Johnson Foundation", "Mercy Hospital"
        if self._names_organisation(doc, i + 1):
            return False  # "Capitol Hill clinic", "Eastside Community Center"
        previous = doc[i - 1] if i > 0 else None
        if previous is None or previous.is_punct or previous.is_space:
            # Sentence-initial capitals are names only before a lower-case word ("Maria was")
            # or a bracket ("Romero (DOB 04/02/1988) reports"), not "Yes, for ...".
            return following is not None and (following.is_lower or following.text == "(")
        return not self.attribution.capitalised_nouns  # German capitalises every noun

    def _names_organisation(self, doc: Doc, i: int) -> bool:
        """Up to ``_NAME_RUN`` capitalised words from ``i`` on end in one of the
        ``organisations``: the capitalised word before ``i`` begins its name."""
        for token in doc[i : i + _NAME_RUN + 1]:
            if token.lower_ in self._organisations:
                return True
            if not (token.is_title and token.is_alpha):
                return False
        return False

    def _is_id(self, doc: Doc, i: int) -> bool:
        if not _ID_NUMBER.fullmatch(doc[i].text):
            return False
        return any(doc[j].lower_ in self._id_words for j in range(max(0, i - 3), i))


class Tokenizer:
    """A tokenizer-only spaCy pipeline (``blank``) whose vocabulary stays bounded.

    spaCy keeps every word it has ever tokenized: a proxy scanning mail for months would grow
    without bound (about 400 bytes per distinct word, and mail is full of names, ids and codes
    seen once). Words are kept, as spaCy would, until the vocabulary holds ``kept_words`` (its
    lexicon patterns' included: the common words of the mail come first, and a known word is
    tokenized faster); after that, each text is tokenized in a spaCy memory zone (``zone``)
    that forgets the words it brought when the text is done, leaving an index slot of about
    16 bytes per distinct word (given back when the proxy recycles its scan worker process,
    ``proxy.scan_worker_max_scans``). The zone swaps the vocabulary's memory pool, so one text at a
    time holds the pipeline (scans may run on several threads): scan a text with ``lock``
    held, in ``zone()``.
    """

    def __init__(self, language: str, kept_words: int = DEFAULT_KEPT_WORDS) -> None:
        prepare_offline()
        self.nlp = blank(language)
        tokenizer: Any = self.nlp.tokenizer  # a spaCy Tokenizer: its chunk cache
        tokenizer.max_cache_size = _CACHED_CHUNKS
        self.lock = threading.Lock()  # held by the thread tokenizing a text
        self.kept_words = kept_words
        self._special_cases = frozenset(tokenizer.rules)

    def plain(self, text: str) -> bool:
        """``text`` is split at its spaces and nowhere else: its words are letters only
        (no prefix, suffix or infix rule applies) and none is a special case."""
        return all(word.isalpha() and word not in self._special_cases for word in text.split(" "))

    @staticmethod
    def kind(language: str) -> str:
        """The spaCy language ``blank`` uses: languages of one kind can share a tokenizer."""
        return language if language == BASE_LANGUAGE else "xx"

    @property
    def forgetting(self) -> bool:
        """New words are no longer kept: each text's are forgotten after it."""
        # The vocabulary's length counts every word ever added, forgotten ones too: once
        # forgetting, always.
        return len(self.nlp.vocab) >= self.kept_words

    def zone(self) -> contextlib.AbstractContextManager[Any]:
        """What to tokenize a text in (holding ``lock``): nothing while words are kept, then a
        memory zone; nothing made in it (a Doc, a Token) may be used past it."""
        return self.nlp.memory_zone() if self.forgetting else _KEEPING


def blank(language: str) -> Language:
    """The tokenizer-only pipeline of a language. English: spaCy's, as always. Any other: the
    multi-language one, which splits words at hyphens between letters ("Brustkrebs-Diagnose",
    "VIH-positif"), and here also after an elided word ("l'asthme", "dell'HIV", "d’un").
    spaCy's own French tokenizer takes seconds to import, and its German one keeps hyphenated
    compounds whole, so no term inside them would match."""
    nlp = spacy.blank(Tokenizer.kind(language))
    tokenizer: Any = nlp.tokenizer  # a spaCy Tokenizer: its prefix and suffix rules
    if language != BASE_LANGUAGE:
        prefixes = [_ELISION, *(nlp.Defaults.prefixes or ())]
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # "HIV+": a "+" after a word is a token of its own, as after a number ("50+"), so the
    # term is matched and the "+" can be a cue (a mark, see ``_near``). "5K.": a full stop
    # after a number and a capital ends the sentence, as after "5k".
    suffixes = [*(nlp.Defaults.suffixes or ()), r"(?<=[A-Za-z])\+", r"(?<=[0-9][A-Z])\."]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # A field name of an export is words joined by "_" ("ethnicity_note: Hazara"): each a
    # token, so a cue in it is found; so are a JSON export's keys and values written without
    # spaces ('"race":"White","dob"').
    infixes = [
        *(nlp.Defaults.infixes or ()),
        r"(?<=[^\W\d_])_(?=[^\W\d_])",
        r'(?<=\w)"[:,]"(?=\w)',
    ]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def spellings(phrase: str, accents: bool = True) -> list[str]:
    """``phrase`` as written; with ``accents``, also without them ("diabético" -> "diabetico",
    "ß" -> "ss") and with umlauts as digraphs ("Lähmung" -> "Laehmung"); each of these with a
    typographic apostrophe too ("d'un" -> "d’un"). Each once."""
    forms = [phrase]
    if accents:
        bare = unicodedata.normalize("NFD", phrase.replace("ß", "ss"))
        forms += [
            "".join(c for c in bare if not unicodedata.combining(c)),
            phrase.replace("ß", "ss").translate(_DIGRAPHS),
        ]
    forms += [form.replace("'", "\u2019") for form in forms if "'" in form]
    return list(dict.fromkeys(forms))


def spelt(phrases: Iterable[str], accents: bool = True) -> list[str]:
    """Every spelling of every phrase (``spellings``)."""
    return [spelling for phrase in phrases for spelling in spellings(phrase, accents)]


def _has_word(automaton: Any, low: str) -> bool:
    """One of the automaton's words stands in ``low`` as a whole word ("as" in "as a
    veteran", not in "asthma"); an end that is not a letter or digit needs no boundary
    ("+" in "hiv+"). ``low`` is a slice: the automaton converts the whole string it is given
    on every call."""
    return any(
        (not word[0].isalnum() or is_boundary(low, last - len(word)))
        and (not word[-1].isalnum() or is_boundary(low, last + 1))
        for last, word in automaton.iter(low)
    )


def _cue_scores(weights: Weights, strong: bool, weak: bool) -> tuple[float, float]:
    """A mention's score with a person near it and without, from the cues near it."""
    if strong:
        return weights.strong_cue_and_person, weights.strong_cue
    if weak:
        return weights.weak_cue_and_person, weights.weak_cue
    return weights.person, weights.mention


def _final(weights: Weights, score: float, topical: bool, reported: bool) -> float:
    """``score`` less the topical and reporting penalties that apply, rounded."""
    if topical:
        score -= weights.topical_penalty
    if reported:
        score -= weights.reported_penalty
    return round(max(0.0, score), 4)


def _near(
    doc: Doc, spans: list[tuple[int, int]], mention: _Mention, spec: AttributionSpec, placement: int
) -> bool:
    """A cue of ``spans`` is within the cue window of ``mention``, not part of it, or is the
    mention itself (a term its lexicon lists as a cue too states an act: "relapsed", "took
    amrit"). A ``_GLUED`` cue (a mark, without letters or digits) counts only glued to the
    end of the mention: "HIV+", not "seniors 65+ with diabetes" or "cancer + diabetes". A
    ``_BEFORE`` cue (a clitic) counts only before it: "Noah's bar mitzvah", not "Young
    Lutheran's Guide". A label's bracketed note between a cue and the term does not count
    towards the window: "Cause of death (from the hospital): congestive heart failure"."""
    start, end = mention.start, mention.end
    if placement == _GLUED:
        return any(s == end and not doc[s - 1].whitespace_ for s, _ in spans)
    before, after = spec.cue_window
    lo, hi = _reach_back(doc, start, before), (start if placement == _BEFORE else end + after)
    return any(
        (s, e) == (start, end) or (lo <= s and e <= hi and not (s < end and start < e))
        for s, e in spans
    )


def _reach_back(doc: Doc, start: int, tokens: int) -> int:
    """The token ``tokens`` before ``start``, not counting those of a field label's
    bracketed note, closed right before its colon ("Ethnicity (for the HUB filing): ",
    up to ``_BRACKET_TOKENS`` of them)."""
    i = start
    while i > 0 and tokens > 0:
        i -= 1
        closing = doc[i].text
        if closing == "):" or (closing == ")" and i + 1 < len(doc) and doc[i + 1].text == ":"):
            opening = next(
                (j for j in range(i - 1, max(-1, i - _BRACKET_TOKENS), -1) if doc[j].text == "("),
                None,
            )
            if opening is not None:
                i = opening
                continue
        tokens -= 1
    return i


def _about_a_thing(doc: Doc, spans: dict[str, list[tuple[int, int]]], mention: _Mention) -> bool:
    """One of the mention's lexicon's ``things_before`` ends within ``_THING_WINDOW``
    tokens before it, or one of its ``things_after`` starts within as many after it, with
    no bracket or stop between them: "Template hash (ISO 19794-2)" says nothing of a hash.
    A thing after a preposition of place or time is not what the term names ("baptized in
    the prison chapel", not "Baptist chapel"); a thing before "with" is where someone is, the
    term what they have ("on our service with bladder cancer"); a dose between the term
    and a thing after it says the drug is someone's ("Vivitrol 380 mg kit"). A share right
    after the term, or a word after it, is a statistic's ("diagnoses: cancer 34%, dementia
    21%", "cancer treatment 44%")."""
    before = spans.get(f"<{mention.lexicon}", ())
    after = spans.get(f">{mention.lexicon}", ())
    return (
        any(
            0 <= mention.start - e <= _THING_WINDOW
            and _joined(doc, e, mention.start)
            and not any(token.lower_ == "with" for token in doc[e : mention.start])
            for _, e in before
        )
        or any(
            0 <= s - mention.end <= _THING_WINDOW
            and _joined(doc, mention.end, s)
            and not any(
                token.lower_ in _PLACE_WORDS or _DOSE_UNIT.fullmatch(token.lower_)
                for token in doc[mention.end : s]
            )
            for s, _ in after
        )
        or _SHARE_AFTER.match(doc[mention.end : mention.end + 4].text) is not None
    )


def _joined(doc: Doc, start: int, end: int) -> bool:
    """The tokens from ``start`` to ``end`` hold no punctuation but hyphens and quotes."""
    return not any(token.is_punct and token.text not in _JOINERS for token in doc[start:end])


def _after_first_person(low: Lowered, start: int) -> bool:
    """The word before ``start`` is "I" or "we" ("I told her", "we said")."""
    before = low.slice(max(0, start - 4), start)
    return before.endswith((" i ", " we ", "\ni ", "\nwe ")) or before in ("i ", "we ")


def _faq_question(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` is a question asked on behalf of any reader, even in
    the first person: one of a list of questions and answers ("Q: What if I'm still on
    probation?"), one about what holds if the asker is in some case ("Can I take the class
    if I'm pregnant?"), or one on a line that heads an FAQ ('Foster FAQ -- "I'm pregnant.
    Can I still foster?"')."""
    sentence = text[start:end]
    if sentence.rstrip().endswith("?"):
        return _FAQ.match(sentence) is not None or _IF_QUESTION.search(sentence) is not None
    line = _line_around(text, start, end, _LINE_REACH)
    return _FAQ_LINE.search(line) is not None and line.rstrip().rstrip("\"'”’").endswith("?")


def _answered_no(text: str, start: int, end: int) -> bool:
    """The sentence ``text[start:end]`` is a question answered no on its line ("Within the
    last 5 years, has any owner been convicted of a felony? NO"), or a field whose value is
    that nothing was found ("criminal record check: no record"): nothing is disclosed."""
    question = text.rfind("?", start, end)
    if question >= 0 and _ANSWER_OF_NO.match(text, question + 1) is not None:
        return True
    colon = text.find(":", start, end)
    return colon >= 0 and _NOTHING_FOUND.match(text, colon + 1) is not None


def _not_an_owner(
    references: list[tuple[int, int]], spans: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """The direct references that are not an animal's owner: "my" in "my dog Tucker after
    his knee surgery" says whose dog it is, and the surgery is the dog's."""
    animals = {s for s, _ in spans.get("N", ())}
    return [(s, e) for s, e in references if e not in animals]


def _said_by_someone(
    doc: Doc, reporting: list[tuple[int, int]], persons: list[tuple[int, int]]
) -> bool:
    """A person's pronoun right before a reporting word ("she said she missed her dose"),
    or "he" or "she" right after it ("The hospice nurse says he can't swallow"): someone's
    words retold in a note, as with a name, not news."""
    ends = {e for _, e in persons}
    return any(s in ends or (e < len(doc) and doc[e].lower_ in _HE_OR_SHE) for s, e in reporting)


def _about_someone(doc: Doc, spans: dict[str, list[tuple[int, int]]]) -> bool:
    """The sentence speaks of the writer or of someone as "he" or "she" ("Can you pull his
    enrolled face template?"): a question holding it is put to a colleague about a person,
    not to any reader."""
    return "P" in spans or any(doc[s].lower_ in _PRONOUNS for s, _ in spans.get("Q", ()))


def _blank_field(text: str, start: int, end: int) -> bool:
    """The term from ``start`` to ``end`` labels a blank form field (``_BLANK_AFTER``,
    ``_BLANK_BEFORE``), on its own line, is a choice or an example in a template's
    placeholder (``_PLACEHOLDER_OPEN``, ``_EXAMPLE_PLACEHOLDER``), or names a mail merge's
    field (``_MERGE_FIELD``)."""
    if _in_merge_field(text, start, end):
        return True
    line_start = text.rfind("\n", max(0, start - _FIELD_LABEL), start) + 1
    before = text[max(line_start, start - _FIELD_LABEL) : start]
    if _BLANK_AFTER.match(text, end) or _BLANK_BEFORE.search(before):
        return True
    opening = text.rfind("[", line_start, start)
    example = _EXAMPLE_PLACEHOLDER.match(text, opening) if opening >= 0 else None
    if (example is not None and example.end() >= end) or _one_of_placeholders(text, start, end):
        return True
    if _one_of_choices(text, start, end):
        return True
    after = text[end : end + _PLACEHOLDER_REACH]
    closing = after.find("]")
    return (
        closing >= 0
        and "[" not in after[:closing]
        and _PLACEHOLDER_OPEN.search(text, max(0, start - _PLACEHOLDER_REACH), start) is not None
    )


def _share_label(text: str, start: int, end: int) -> bool:
    """The term from ``start`` to ``end`` is in a field label whose value is a share, a
    statistic's row ("Hispanic or Latino (any race): 18%"), with no colon before it on its
    line."""
    line_start = text.rfind("\n", 0, start) + 1
    return ":" not in text[line_start:start] and _SHARE_LABEL_END.match(text, end) is not None


def _person_between(
    persons: list[tuple[int, int]], span: tuple[int, int], mention: _Mention
) -> bool:
    """One of ``persons`` stands between ``span`` (a topical word) and the mention."""
    if span[1] <= mention.start:
        return any(span[1] <= s and e <= mention.start for s, e in persons)
    return any(mention.end <= s and e <= span[0] for s, e in persons)


def _in_merge_field(text: str, start: int, end: int) -> bool:
    """The term from ``start`` to ``end`` lies inside a mail merge's field."""
    lo = max(0, start - _MERGE_REACH)
    return any(
        found.start() < start and end < found.end()
        for found in _MERGE_FIELD.finditer(text, lo, min(len(text), end + _MERGE_REACH))
    )


def _on_a_roster_line(text: str, start: int) -> bool:
    """The term at ``start`` is on a line of a roster of people, after the name that opens
    the line and its dash or colon, and the line above or below opens the same way ("Red
    group: Talia Brooks - inhaler in the nurse bag, exercise-induced asthma" over "Red
    group: Oscar Velde - type 1, CGM on his arm"): a note on that person."""
    begin = text.rfind("\n", 0, start) + 1
    opened = _roster_line_at(text, begin)
    return opened is not None and opened <= start


def _roster_lines_in(text: str, start: int, end: int) -> bool:
    """A line from ``start`` to ``end`` (or the one ``start`` is on) is a roster's line."""
    begin = text.rfind("\n", 0, start) + 1
    while begin < end:
        if _roster_line_at(text, begin) is not None:
            return True
        line_end = text.find("\n", begin, end)
        if line_end < 0:
            return False
        begin = line_end + 1
    return False


def _roster_line_at(text: str, begin: int) -> int | None:
    """Where the name and its dash end on the line starting at ``begin``, if it opens as a
    roster's line and so does the line above or below; None otherwise."""
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    line = _ROSTER_LINE.match(text, begin, end)
    if line is None:
        return None
    above = text.rfind("\n", 0, max(0, begin - 1)) + 1
    below = text.find("\n", end + 1)
    if (begin > 0 and _ROSTER_LINE.match(text, above, begin - 1) is not None) or (
        end < len(text)
        and _ROSTER_LINE.match(text, end + 1, len(text) if below < 0 else below) is not None
    ):
        return line.end()
    return None


def _ticked(text: str, start: int) -> bool:
    """A ticked box stands right before ``start``: the option there is the one chosen, as a
    strong cue says ("Party affiliation: [X] Republican")."""
    return _TICKED.search(text, max(0, start - 8), start) is not None


def _one_of_placeholders(text: str, start: int, end: int) -> bool:
    """The term fills a bracket of its own on a line with another one ("Next date: [date]
    Status: [arraignment]"): a template's blanks."""
    if text[start - 1 : start] != "[" or text[end : end + 1] != "]":
        return False
    line = _line_around(text, start, end, _PLACEHOLDER_REACH)
    return line.count("[") >= 2 and line.count("]") >= 2


def _one_of_choices(text: str, start: int, end: int) -> bool:
    """The term is one of a form's choices, separated by slashes or bars on a line that
    offers a way not to answer ("Gay / Lesbian / Bisexual / Straight / Prefer not to
    say"): a question, not an answer."""
    before = text[max(0, start - 3) : start].rstrip()
    if not (before.endswith(("/", "|")) or text[end : end + 3].lstrip().startswith(("/", "|"))):
        return False
    line = _line_around(text, start, end, _LINE_REACH)
    return len(_CHOICE_MARK.findall(line)) >= 2 and _NO_ANSWER.search(line) is not None


def _line_around(text: str, start: int, end: int, reach: int) -> str:
    """The line holding ``start`` to ``end``, at most ``reach`` characters either side."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    line_end = text.find("\n", end, hi)
    return text[max(lo, text.rfind("\n", lo, start) + 1) : hi if line_end < 0 else line_end]


def _listed_condition(text: str, start: int) -> bool:
    """The sentence at ``start`` is in an item of a list of conditions: the line above the
    list's items (and their indented continuations) ends with "if:" ("You may be eligible
    if:" then "- you were convicted of a misdemeanor ...")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _LIST_MARK.match(text[line_start : start + 4].lstrip()):
        return False
    for _ in range(_LISTED_LINES):
        if line_start == 0:
            return False
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        if not (_LIST_MARK.match(above.strip()) or above[:1] in (" ", "\t")):
            return above.rstrip().lower().endswith(" if:")
        line_start = above_start
    return False


def _lower(span: Span) -> set[str]:
    """The lower-case words of ``span``."""
    return {token.lower_ for token in span}


def _opens_with(sentence: str, openings: tuple[str, ...]) -> bool:
    """``sentence`` opens with one of ``openings`` (lower case, each ending in a space),
    after white space, quotes, a bracket, a list item's mark ("- If your child ...") and a
    header's name ("Subject: Are you ..."); a run of white space reads as one space."""
    if not openings:
        return False
    opening = " ".join(sentence[:_OPENING_CHARS].split())
    while found := _HEADER_LINE.match(opening):
        opening = opening[found.end() :].lstrip()
    opening = _LIST_MARK.sub("", opening, count=1)
    return opening.lstrip("\"“'(").lower().startswith(openings)


def _as_one_line(sentence: str) -> str:
    """``sentence`` with its line breaks, and the quote marks after them, read as spaces
    (the same length): a wrap inside a sentence, quoted or not, is no boundary."""
    if "\n>" in sentence or "\n " in sentence or "\n\t" in sentence:
        sentence = _QUOTE_WRAP.sub(lambda quote: " " * len(quote.group()), sentence)
    return spaces_folded(sentence)


def _is_year(token: Token) -> bool:
    """The token is a year of the last two centuries ("2011")."""
    return _YEAR.fullmatch(token.text) is not None


def _in_a_term(spans: dict[str, list[tuple[int, int]]], word: tuple[int, int]) -> bool:
    """The token span ``word`` lies inside a term match of some lexicon."""
    return any(
        s <= word[0] and word[1] <= e
        for label, found in spans.items()
        if label.startswith("T")
        for s, e in found
    )


def _longest_mentions(spans: dict[str, list[tuple[int, int]]]) -> list[_Mention]:
    """Term matches, the longest of one lexicon's where they overlap ("type 2 diabetes" over
    "diabetes"); another lexicon's term keeps its own say ("religious exemption from the flu
    vaccine" is about a faith and a vaccination), in text order."""
    mentions = [
        _Mention(int(label[1:]), s, e)
        for label, found in spans.items()
        if label.startswith("T")
        for s, e in found
    ]
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[_Mention] = []
    ends: dict[int, int] = {}
    for mention in mentions:
        if mention.start < ends.get(mention.lexicon, 0):
            continue
        kept.append(mention)
        ends[mention.lexicon] = mention.end
    return kept


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _MAX_SENTENCE)
    begin = lo
    # Where a sentence end stops does not depend on where the search starts (a run of
    # "?!." ends where it ends), so the last one is looked for close to ``start`` first. The
    # search sees the term's first two characters: a line break before it ends a sentence
    # only if the term does not go on in lower case, nor starts a wrapped line's capitalised
    # word ("released from Ridgewood Women's\nCorrectional").
    reach = min(len(text), start + 2)
    for near in (max(lo, start - _NEAR), lo):
        for match in _SENTENCE_END.finditer(text, near, reach):
            begin = match.end()
        if begin > lo or near == lo:
            break
    while begin < start and text[begin] == "\n":  # the break after a full stop
        begin += 1
    hi = min(len(text), end + _MAX_SENTENCE)
    stop = _SENTENCE_END.search(text, end, hi)
    return begin, stop.end() if stop else hi
