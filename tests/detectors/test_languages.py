"""Special categories in several languages: packs by language, tokenizers, spellings, the
language vote and one report per span (``languages.py``; the shipped lexicons are tested in
``test_special_languages.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.config import Detection
from scanner.detectors.engine import Hit
from scanner.detectors.languages import LanguageVote, MultilingualScorer, merged
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.lowering import Lowered
from scanner.detectors.rules import AttributionSpec, load_rule_set
from scanner.detectors.special import blank, spellings
from scanner.errors import ConfigError

ENGLISH = """
pack: en
attribution:
  markers: [the, and, ran]
  persons: [my, i]
  third_person: [she, her]
  topical: [walk, research]
  weights: {strong_cue: 0.55, reported_penalty: 0.45}
  person_window: [8, 4]
lexicons:
  - id: cond
    entity: HEALTH_CONDITION
    category: health
    terms: [cancer]
    cues: [diagnosed with]
    weak_cues: [has, is, was]
    examples: {match: ["Maria has cancer."], no_match: ["Cancer research."]}
"""

FRENCH = """
pack: fr
language: fr
attribution:
  markers: [le, et, une, elle, est]
  honorifics: [madame, monsieur]
  persons: [mon, ma, je]
  third_person: [elle, il, son, sa]
  topical: [course, recherche]
lexicons:
  - id: maladie-fr
    entity: HEALTH_CONDITION
    category: health
    terms: [cancer, diabète, asthme, dépression]
    cues: [diagnostiqué, diagnostiquée]
    weak_cues: [a, est, souffre]
    examples: {match: ["Marie a un cancer."], no_match: ["La course contre le cancer."]}
"""

GERMAN = """
pack: de
language: de
attribution:
  markers: [und, der, ist, hat]
  capitalised_nouns: true
  honorifics: [herr, frau]
  persons: [mein, meine, ich]
  third_person: [sie, er]
  topical: [lauf]
lexicons:
  - id: krankheit-de
    entity: HEALTH_CONDITION
    category: health
    terms: [krebs, brustkrebs, lähmung]
    cues: [festgestellt]
    weak_cues: [hat, ist]
    examples: {match: ["Mein Vater hat Krebs."], no_match: ["Lauf gegen Krebs."]}
"""


def write(directory: Path, **packs: str) -> Path:
    for name, body in packs.items():
        (directory / f"{name}.yaml").write_text(body, encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def scorer(tmp_path_factory: pytest.TempPathFactory) -> MultilingualScorer:
    directory = write(tmp_path_factory.mktemp("packs"), en=ENGLISH, fr=FRENCH, de=GERMAN)
    found = dict(load_text_scanners(Detection(rule_dirs=(directory,))))["special-categories"]
    assert isinstance(found, MultilingualScorer)
    return found


def findings(scorer: MultilingualScorer, text: str) -> list[tuple[str, str]]:
    return [(h.rule, text[h.start : h.end]) for h in scorer.scan_text(text)]


def test_spellings_without_accents_and_with_umlaut_digraphs() -> None:
    assert spellings("cancer") == ["cancer"]
    assert spellings("diabético") == ["diabético", "diabetico"]
    assert spellings("séropositive") == ["séropositive", "seropositive"]
    assert spellings("Lähmung") == ["Lähmung", "Lahmung", "Laehmung"]
    assert spellings("Fußgänger") == ["Fußgänger", "Fussganger", "Fussgaenger"]
    assert spellings("maladie d'Alzheimer") == ["maladie d'Alzheimer", "maladie d’Alzheimer"]
    assert spellings("él") == ["él", "el"]
    assert spellings("él", accents=False) == ["él"]
    assert spellings("j'ai", accents=False) == ["j'ai", "j’ai"]


def test_tokenizers_split_elision_and_hyphenated_compounds() -> None:
    tokens = [t.text for t in blank("fr").make_doc("J'ai l'asthme d’une Brustkrebs-Diagnose")]
    assert tokens == ["J'", "ai", "l'", "asthme", "d’", "une", "Brustkrebs", "-", "Diagnose"]
    assert [t.text for t in blank("it").make_doc("dell'HIV")] == ["dell'", "HIV"]
    # English keeps spaCy's English tokenizer and its special cases
    assert [t.text for t in blank("en").make_doc("isn't l'asthme")] == ["is", "n't", "l'asthme"]


def test_pack_language_reaches_its_lexicons_and_attribution(tmp_path: Path) -> None:
    rule_set = load_rule_set((write(tmp_path, en=ENGLISH, fr=FRENCH),))
    assert [(lex.id, lex.language) for lex in rule_set.lexicons] == [
        ("cond", "en"),
        ("maladie-fr", "fr"),
    ]
    english, french = rule_set.attributions
    assert (english.language, french.language) == ("en", "fr")
    # weights and windows are the English attribution's unless a language sets its own
    assert french.weights == english.weights and french.weights.strong_cue == 0.55
    assert french.person_window == english.person_window == (8, 4)
    assert french.persons == ("mon", "ma", "je")


@pytest.mark.parametrize(
    ("packs", "words"),
    [
        ({"fr": "pack: fr\nlanguage: fr\nlexicons:" + FRENCH.split("lexicons:")[1]},
         ["lexicons in 'fr'", "attribution"]),
        ({"fr": FRENCH, "fr2": FRENCH.replace("maladie-fr", "autre-fr")}, ["'fr' defined"]),
        ({"fr": FRENCH, "de": GERMAN.replace("[und,", "[le,")}, ["marker 'le'", "'de' too"]),
        ({"fr": FRENCH.replace("language: fr", "language: French")}, ["language"]),
    ],
)  # fmt: skip
def test_bad_language_packs_fail_at_load(
    tmp_path: Path, packs: dict[str, str], words: list[str]
) -> None:
    with pytest.raises(ConfigError) as error:
        load_rule_set((write(tmp_path, en=ENGLISH, **packs),))
    assert all(word in str(error.value) for word in words)


def test_a_language_is_scored_with_its_own_cues_and_persons(scorer: MultilingualScorer) -> None:
    assert findings(scorer, "Marie a un cancer depuis mars.") == [("lexicon:maladie-fr", "cancer")]
    assert findings(scorer, "Ma fille souffre d'asthme.") == [("lexicon:maladie-fr", "asthme")]
    assert findings(scorer, "Maria has cancer.") == [("lexicon:cond", "cancer")]
    assert findings(scorer, "La course contre le cancer est le 12 mai.") == []


def test_unaccented_and_upper_case_text_is_found(scorer: MultilingualScorer) -> None:
    assert findings(scorer, "ELLE EST DIAGNOSTIQUÉE DIABÈTE.") == [
        ("lexicon:maladie-fr", "DIABÈTE")
    ]
    assert findings(scorer, "mon fils a une depression") == [("lexicon:maladie-fr", "depression")]
    assert findings(scorer, "Meine Mutter hat eine Laehmung.") == [
        ("lexicon:krankheit-de", "Laehmung")
    ]


def test_another_language_is_not_scored_where_the_sentence_is_english(
    scorer: MultilingualScorer,
) -> None:
    # "a" is a French weak cue and "Maria" a name: French would find cancer here
    text = "Maria ran a cancer walk."
    assert findings(scorer, text) == []
    french = scorer.scorers["fr"]
    assert french.gate is not None and not french.gate(Lowered(text), 0, len(text))
    ungated = type(french)(french.lexicons, french.attribution)
    assert [text[h.start : h.end] for h in ungated.scan_text(text)] == ["cancer"]


def test_english_is_not_scored_where_the_sentence_is_german(scorer: MultilingualScorer) -> None:
    # English would take the German nouns for names and "was" (what) for its weak cue
    text = "Der Verein erklärt, was Cancer für Familien bedeutet."
    assert findings(scorer, text) == []
    english = scorer.scorers["en"]
    assert english.gate is not None and not english.gate(Lowered(text), 0, len(text))
    ungated = type(english)(english.lexicons, english.attribution)
    assert [text[h.start : h.end] for h in ungated.scan_text(text)] == ["Cancer"]


def test_a_sentence_without_markers_is_scored_in_every_language(
    scorer: MultilingualScorer,
) -> None:
    assert findings(scorer, "Marie a cancer.") == [("lexicon:maladie-fr", "cancer")]


def test_language_vote_counts_the_markers_of_each_language() -> None:
    vote = LanguageVote(
        [
            AttributionSpec(language=language, markers=markers, persons=("x",))
            for language, markers in (("en", ("the", "and")), ("fr", ("le", "et", "qu")))
        ]
    )

    def admits(language: str, text: str) -> bool:
        return vote.admits(language, Lowered(text), 0, len(text))

    assert admits("fr", "no marker here")
    assert not admits("fr", "the cat and le chien")
    assert admits("fr", "le chat et the dog")
    assert admits("fr", "qu'elle and the cat et chat")  # a tie: either
    assert admits("en", "qu'elle and the cat et chat")
    # a sentence without markers goes by the text around it
    text = "Le chat et le chien. Expensive operation. The cat and the dog and the bird."
    start = text.index("Expensive")
    end = start + len("Expensive operation.")
    assert vote.admits("en", Lowered(text), start, end)
    assert not vote.admits("fr", Lowered(text), start, end)
    assert vote.admits("fr", Lowered(text[: end + 1]), start, end)


def test_german_capitalised_nouns_are_not_names_but_a_sentence_start_is(
    scorer: MultilingualScorer,
) -> None:
    assert findings(scorer, "Anna hat Brustkrebs.") == [("lexicon:krankheit-de", "Brustkrebs")]
    # "Vorstand" is a noun, not a person; in a language that does not capitalise nouns
    # it would count as a name
    text = "Beim Vorstand ist Krebs das Thema."
    assert findings(scorer, text) == []
    german = scorer.scorers["de"]
    english_way = german.attribution.model_copy(update={"capitalised_nouns": False})
    assert type(german)(german.lexicons, english_way).scan_text(text)


def test_a_term_after_an_honorific_is_a_surname(scorer: MultilingualScorer) -> None:
    text = "Mein Kollege Herr Krebs hat angerufen."
    assert findings(scorer, text) == []
    german = scorer.scorers["de"]
    no_titles = german.attribution.model_copy(update={"honorifics": ()})
    assert type(german)(german.lexicons, no_titles).scan_text(text)
    assert findings(scorer, "Mein Vater hat Krebs.") == [("lexicon:krankheit-de", "Krebs")]


def hit(start: int, end: int, score: float = 0.9, rule: str = "a", category: str = "health") -> Hit:
    return Hit(rule, "HEALTH_CONDITION", category, start, end, score)


def test_merged_reports_a_span_once_with_its_best_score_in_text_order() -> None:
    hits = [hit(10, 15, 0.75, "en"), hit(0, 5), hit(10, 15, 0.9, "fr"), hit(10, 20)]
    assert merged(hits, 10) == [hit(0, 5), hit(10, 15, 0.9, "fr"), hit(10, 20)]


def test_merged_ends_at_the_first_unscanned_place_and_the_limit() -> None:
    cut = Hit("special-categories", "LIMIT_FINDINGS", "unscanned", 12, 12, 1.0)
    assert merged([hit(0, 5), hit(20, 25), cut, hit(6, 12)], 10) == [hit(0, 5), hit(6, 12), cut]
    over = merged([hit(i, i + 1) for i in range(5)], 3)
    assert over[:3] == [hit(0, 1), hit(1, 2), hit(2, 3)]
    assert (over[3].category, over[3].start) == ("unscanned", 3)


def test_a_language_with_no_term_in_the_text_is_not_looked_at(
    scorer: MultilingualScorer, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    for language, one in scorer.scorers.items():
        monkeypatch.setattr(one, "scan_text", lambda *_, lang=language: asked.append(lang) or [])
    scorer.scan_text("Anna hat Brustkrebs.")  # a German term only
    scorer.scan_text("Marie a un cancer.")  # an English and French one
    scorer.scan_text("Nothing here.")
    assert asked == ["de", "en", "fr"]
