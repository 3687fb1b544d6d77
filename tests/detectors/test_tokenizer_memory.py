"""The special-category tokenizers keep a bounded vocabulary and give the same hits."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from scanner.config import Detection
from scanner.detectors.engine import Hit
from scanner.detectors.languages import MultilingualScorer
from scanner.detectors.loader import load_text_scanners
from scanner.detectors.special import Tokenizer

EVAL = Path(__file__).resolve().parent.parent / "data" / "sensitive" / "eval.jsonl"
NEW_WORDS = ["Qzvorblin", "Wexthrupa", "Pflonkerd", "Ghastrovim"]  # in no lexicon, no text


def _texts() -> list[str]:
    with EVAL.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _forgetful() -> MultilingualScorer:
    [(_, scorer)] = [
        s
        for s in load_text_scanners(Detection(tokenizer_kept_words=0))
        if isinstance(s[1], MultilingualScorer)
    ]
    assert isinstance(scorer, MultilingualScorer)
    return scorer


@pytest.fixture(scope="module")
def forgetful() -> MultilingualScorer:
    """Every tokenizer forgets each text's new words from the start."""
    return _forgetful()


def _tokenizers(scorer: MultilingualScorer) -> list[Tokenizer]:
    return list({id(s._tokenizer): s._tokenizer for s in scorer.scorers.values()}.values())


def _all_hits(scorer: MultilingualScorer, texts: list[str]) -> list[list[Hit]]:
    return [scorer.scan_text(text) for text in texts]


def test_six_languages_share_one_tokenizer_and_english_has_its_own(
    multilingual: MultilingualScorer,
) -> None:
    scorers = multilingual.scorers
    assert len(_tokenizers(multilingual)) == 2
    assert {lang for lang in scorers if scorers[lang]._tokenizer is scorers["de"]._tokenizer} == {
        "de",
        "es",
        "fr",
        "it",
        "nl",
        "pt",
    }


def test_words_are_kept_below_the_limit_and_forgotten_past_it(
    multilingual: MultilingualScorer, forgetful: MultilingualScorer
) -> None:
    text = "My client {} {} was diagnosed with type 2 diabetes last spring."
    kept, forgotten = NEW_WORDS[:2], NEW_WORDS[2:]
    assert [h.entity for h in multilingual.scan_text(text.format(*kept))] == ["HEALTH_CONDITION"]
    assert [h.entity for h in forgetful.scan_text(text.format(*forgotten))] == ["HEALTH_CONDITION"]
    english = multilingual.scorers["en"].nlp.vocab.strings
    assert all(word in english for word in kept)
    for tokenizer in _tokenizers(forgetful):
        assert tokenizer.forgetting
        assert not any(word in tokenizer.nlp.vocab.strings for word in forgotten)


def test_forgetting_finds_what_keeping_finds_on_the_whole_evaluation_set(
    multilingual: MultilingualScorer, forgetful: MultilingualScorer
) -> None:
    texts = _texts()
    assert _all_hits(forgetful, texts) == _all_hits(multilingual, texts)


def test_threads_scanning_at_once_while_forgetting_get_the_sequential_hits(
    forgetful: MultilingualScorer,
) -> None:
    """A memory zone swaps the vocabulary's memory: without the lock, one thread's zone
    would free the words another thread's text still uses."""
    texts = _texts()[:400]
    expected = _all_hits(forgetful, texts)
    results: dict[int, list[list[Hit]]] = {}

    def work(number: int) -> None:
        results[number] = _all_hits(forgetful, texts)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert results == dict.fromkeys(range(4), expected)


def test_the_kept_words_setting_is_not_negative() -> None:
    with pytest.raises(ValueError, match="tokenizer_kept_words"):
        Detection(tokenizer_kept_words=-1)
