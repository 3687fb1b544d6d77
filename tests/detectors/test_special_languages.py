"""The shipped special-category lexicons of other EU languages: statements about a person are
found, topic is not, whatever the accents, case or inflection; values never leave the scan."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path

import pytest
from spacy.language import Language

from scanner.config import Settings
from scanner.detectors.languages import MultilingualScorer
from scanner.detectors.loader import load_detectors
from scanner.detectors.special import blank, spelt
from scanner.pipeline import Scanner
from scanner.report import explain, verdict_dict

DATA = Path(__file__).resolve().parents[1] / "data" / "sensitive"

# (language, text, category, the term found)
# fmt: off
PERSONAL = [
    ("es", "Marta fue diagnosticada de diabetes tipo 2 la primavera pasada.", "health",
     "diabetes tipo 2"),
    ("es", "Tu prueba de VIH ha dado positivo.", "health", "VIH"),
    ("es", "Mi abuela es diabética y no puede tomar azúcar.", "health", "diabética"),
    ("es", "Mis dos hijos son asmáticos; traen su inhalador.", "health", "asmáticos"),
    ("es", "MI HERMANA PADECE ESCLEROSIS MÚLTIPLE.", "health", "ESCLEROSIS MÚLTIPLE"),
    ("es", "mi padre tiene esclerosis multiple desde hace años", "health",
     "esclerosis multiple"),
    ("es", "A Diego le recetaron 50 mg de sertralina en marzo.", "health", "sertralina"),
    ("es", "Nuria se identifica como gitana en el formulario.", "racial_ethnic_origin",
     "gitana"),
    ("es", "Andrés es socialista de toda la vida.", "political_opinion", "socialista"),
    ("es", "Mi vecina se convirtió al islam el año pasado.", "religious_belief", "islam"),
    ("es", "Raúl se afilió a CCOO en 2019.", "trade_union_membership", "CCOO"),
    ("es", "Mi hermano salió del armario: es gay.", "sexual_orientation", "gay"),
    ("es", "Cumplió tres años de prisión por robo y salió en 2021.", "criminal_history",
     "robo"),
    # no subject pronoun: the verb is in the first person
    ("es", "Tengo diabetes desde los doce años.", "health", "diabetes"),
    ("fr", "Chloé a été diagnostiquée d'un diabète de type 2 au printemps.", "health",
     "diabète de type 2"),
    ("fr", "Ma mère souffre d’Alzheimer depuis deux ans.", "health", "Alzheimer"),
    ("fr", "MON FILS EST ASTHMATIQUE, MERCI DE PRÉVOIR SON INHALATEUR.", "health",
     "ASTHMATIQUE"),
    ("fr", "mon pere est diabetique et doit manger a heure fixe", "health", "diabetique"),
    ("fr", "Elle est enceinte de cinq mois.", "health", "enceinte"),
    ("fr", "Julien est sous insuline depuis l'an dernier.", "health", "insuline"),
    ("fr", "Adhérent n° 4411 : génotype BRCA1 positif.", "genetic", "BRCA1"),
    ("fr", "Inès est d'origine kabyle et a demandé un interprète.", "racial_ethnic_origin",
     "kabyle"),
    ("fr", "Théo est un socialiste convaincu.", "political_opinion", "socialiste"),
    ("fr", "Ma voisine s'est convertie à l'islam.", "religious_belief", "islam"),
    ("fr", "Camille a adhéré à la CFDT en 2019.", "trade_union_membership", "CFDT"),
    ("fr", "Hugo a fait son coming out : il est gay.", "sexual_orientation", "gay"),
    ("fr", "Il a été condamné pour vol en 2019.", "criminal_history", "pour vol"),
    ("de", "Jana hat im März die Diagnose Brustkrebs bekommen.", "health", "Brustkrebs"),
    ("de", "Ihr HIV-Test ist positiv ausgefallen.", "health", "HIV"),
    ("de", "Bei meiner Schwester wurde vor zwei Wochen Darmkrebs festgestellt.", "health",
     "Darmkrebs"),
    ("de", "MEIN VATER IST ZUCKERKRANK.", "health", "ZUCKERKRANK"),
    ("de", "meine tochter leidet seit jahren an epilepsie", "health", "epilepsie"),
    ("de", "Mein Mann hat eine Herzschwaeche und darf nicht schwer heben.", "health",
     "Herzschwaeche"),
    ("de", "Unsere Klientin leidet an Multipler Sklerose.", "health", "Multipler Sklerose"),
    ("de", "Lukas nimmt zweimal täglich 50 mg Sertralin.", "health", "Sertralin"),
    ("de", "Lea ist kurdischer Herkunft.", "racial_ethnic_origin", "kurdischer"),
    ("de", "Tobias ist überzeugter Sozialdemokrat.", "political_opinion", "Sozialdemokrat"),
    ("de", "Emre ist praktizierender Muslim.", "religious_belief", "Muslim"),
    ("de", "Felix ist 2019 der IG Metall beigetreten.", "trade_union_membership", "IG Metall"),
    ("de", "Lukas hat sich bei seinen Eltern als schwul geoutet.", "sexual_orientation",
     "schwul"),
    ("de", "Er hat drei Jahre wegen Einbruch im Gefängnis gesessen.", "criminal_history",
     "Einbruch"),
    ("it", "A Chiara è stato diagnosticato il diabete di tipo 2 in primavera.", "health",
     "diabete di tipo 2"),
    ("it", "Mia figlia è epilettica, le serve un posto tranquillo.", "health", "epilettica"),
    ("it", "Ho la sclerosi multipla dal 2015.", "health", "sclerosi multipla"),
    ("it", "Francesca è di origine eritrea.", "racial_ethnic_origin", "eritrea"),
    ("it", "Davide è musulmano praticante.", "religious_belief", "musulmano"),
    ("it", "Lorenzo si è iscritto alla CGIL nel 2019.", "trade_union_membership", "CGIL"),
    ("it", "Ha scontato tre anni di carcere per rapina.", "criminal_history", "rapina"),
    ("pt", "A Beatriz foi diagnosticada com diabetes tipo 2 na primavera.", "health",
     "diabetes tipo 2"),
    ("pt", "o meu filho sofre de asma e precisa da bomba", "health", "asma"),
    ("pt", "Tenho depressão há dois anos.", "health", "depressão"),
    ("pt", "O Rui é comunista convicto.", "political_opinion", "comunista"),
    ("pt", "O Tiago assumiu-se como gay perante a família.", "sexual_orientation", "gay"),
    ("pt", "Cumpriu três anos de prisão por roubo.", "criminal_history", "roubo"),
    ("nl", "Bij Fleur is in maart borstkanker vastgesteld.", "health", "borstkanker"),
    ("nl", "MIJN DOCHTER HEEFT EPILEPSIE.", "health", "EPILEPSIE"),
    ("nl", "De cliënt lijdt aan een depressie.", "health", "depressie"),
    ("nl", "Noor is van Surinaamse afkomst.", "racial_ethnic_origin", "Surinaamse"),
    ("nl", "Jesse is praktiserend moslim.", "religious_belief", "moslim"),
    ("nl", "Sem werd in 2019 lid van de FNV.", "trade_union_membership", "FNV"),
    ("nl", "Daan is vorige maand uit de kast gekomen als homo.", "sexual_orientation",
     "homo"),
]

TOPICAL = [
    ("es", "¡Únete a nuestra marcha contra el cáncer de mama este octubre!"),
    ("es", "La diabetes afecta a millones de familias en todo el país."),
    ("es", "Mayo es el mes de la salud mental: la depresión tiene tratamiento."),
    ("es", "Nuestra oficina usa lectores de huellas dactilares en la puerta."),
    ("es", "La parroquia católica acoge el banco de alimentos cada sábado."),
    ("es", "Los robos bajaron un 12 % el año pasado, según la Guardia Civil."),
    ("es", "El ministro fue hospitalizado con neumonía, informó su portavoz."),
    # "el" is not "él" (he), "esta" (this) not "está" (is): unaccented person words and weak
    # cues are other words
    ("es", "Esta semana el voluntariado habla del cáncer con las familias."),
    ("fr", "Rejoignez notre marche contre le cancer du sein en octobre !"),
    ("fr", "Le diabète touche des millions de familles en France."),
    ("fr", "Le Sidaction finance la recherche sur le VIH."),
    ("fr", "La mosquée du quartier ouvre ses portes samedi."),
    ("fr", "Les syndicats ont obtenu le week-end pour les travailleurs."),
    ("fr", "Le ministre a été hospitalisé pour une pneumonie, a indiqué son porte-parole."),
    # "vol" alone is also a flight: only theft phrases are terms
    ("fr", "Mon vol pour Lyon est annulé, je serai en retard."),
    ("de", "Unser Pink-Ribbon-Aktionstag sammelt Spenden gegen Brustkrebs."),
    ("de", "Diabetes betrifft Millionen Menschen in Deutschland."),
    # a surname after a title, and the crab on a menu
    ("de", "Mein Kollege Herr Krebs ist ab Montag wieder im Büro."),
    ("de", "Zum Sommerfest gibt es Krebs, Hummer und Muscheln vom Grill."),
    ("de", "Die evangelische Kirchengemeinde lädt zum Gemeindefest ein."),
    ("de", "Der Minister wurde mit einer Lungenentzündung eingeliefert, sagte sein Sprecher."),
    # a donation receipt: "betrug" is also "amounted to"
    ("de", "Ihre Spende betrug 50 Euro und ist steuerlich absetzbar."),
    ("it", "Ottobre rosa: la nostra camminata finanzia la ricerca sul tumore al seno."),
    ("it", "Il banco alimentare è ospitato dalla parrocchia cattolica di San Marco."),
    # "influenza" is also influence, so it is no term
    ("it", "Lui ha molta influenza sulle decisioni del comitato."),
    ("pt", "A diabetes afeta milhões de pessoas em Portugal."),
    ("pt", "A paróquia católica de São Marcos acolhe o banco alimentar."),
    ("nl", "Diabetes treft een miljoen Nederlanders."),
    ("nl", "De moskee in onze wijk houdt een open dag."),
    ("nl", "Depressie en angst zijn goed te behandelen."),
]
# fmt: on


def found(scorer: MultilingualScorer, text: str) -> list[tuple[str, str]]:
    return [(h.category, text[h.start : h.end]) for h in scorer.scan_text(text)]


@pytest.mark.parametrize(("lang", "text", "category", "term"), PERSONAL)
def test_personal_statement_is_found(
    multilingual: MultilingualScorer, lang: str, text: str, category: str, term: str
) -> None:
    hits = multilingual.scan_text(text)
    assert (category, term) in found(multilingual, text)
    assert any(h.rule.endswith(f"-{lang}") for h in hits)
    assert all(h.score >= 0.5 for h in hits)


@pytest.mark.parametrize(("lang", "text"), TOPICAL)
def test_topical_mention_is_not_found(
    multilingual: MultilingualScorer, lang: str, text: str
) -> None:
    assert found(multilingual, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a term of another language in an English sentence: scored in English only
        "Our gala raised funds for cancer research with Marta and the diabetes team.",
        "Ana is running the marcha contra el cáncer with her family this year.",
        # no marker in the sentence: the text around it is English
        "Unfortunately strlen is a relatively expensive operation. If you are using C++ this "
        "is not such a big issue.",
        "The kids and I had Krebs for dinner; he has a van and it was diabetic friendly.",
    ],
)
def test_english_sentences_are_not_scored_in_other_languages(
    multilingual: MultilingualScorer, text: str
) -> None:
    assert not any(h.rule.rsplit("-", 1)[-1] != "en" for h in multilingual.scan_text(text))


@pytest.mark.parametrize("lang", sorted({lang for lang, _, _, _ in PERSONAL}))
def test_values_never_reach_the_verdict_or_the_logs(
    lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings()
    scanner = Scanner(settings, detectors=load_detectors(settings))
    mine = [(text, category, term) for code, text, category, term in PERSONAL if code == lang]
    raw = (
        "From: a@ex.org\nTo: b@ex.org\nSubject: nota\nMessage-ID: <1@ex.org>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + "\n".join(t for t, _, _ in mine) + "\n"
    ).encode()
    with caplog.at_level(logging.DEBUG):
        result = scanner.scan(raw)
    verdict = verdict_dict("m.eml", result.message, result.verdict)
    assert verdict["action"] == "hold"
    assert {category for _, category, _ in mine} <= set(verdict["categories"])
    outputs = (json.dumps(verdict, ensure_ascii=False), explain("m.eml", result.message,
               result.verdict), caplog.text)  # fmt: skip
    for _, _, term in mine:
        assert not any(term.lower() in output.lower() for output in outputs)


def test_cue_prefilter_changes_no_hit_in_any_language(multilingual: MultilingualScorer) -> None:
    """Accented cue words ("está", "übergetreten") are looked for in the lowered text too."""
    texts = [
        json.loads(line)["text"]
        for name in ("eval.jsonl", "hard-multilingual.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [t for _, t, _, _ in PERSONAL] + [t for _, t in TOPICAL]
    for language, scorer in multilingual.scorers.items():
        assert scorer._cue_keys is not None, language
        unfiltered = type(scorer)(scorer.lexicons, scorer.attribution, gate=scorer.gate)
        unfiltered._cue_keys = None
        for text in texts:
            assert scorer.scan_text(text) == unfiltered.scan_text(text), (language, text)


def test_the_case_forms_left_out_tokenize_as_the_phrase(multilingual: MultilingualScorer) -> None:
    """Every phrase of every language's case-insensitive patterns: the case forms a scorer
    tokenizes give the same lower-cased tokens as all four forms would (a fresh pipeline
    tokenizes here: the shared one keeps what it sees)."""
    for language, scorer in multilingual.scorers.items():
        nlp = blank(language)

        def tokens(forms: Iterable[str], nlp: Language = nlp) -> set[tuple[str, ...]]:
            return {tuple(token.lower_ for token in nlp.make_doc(form)) for form in forms}

        attribution = scorer.attribution
        phrases = {
            *(
                phrase
                for lexicon in scorer.lexicons
                for field in ("terms", "things_before", "things_after", "cues", "weak_cues")
                for phrase in getattr(lexicon, field)
            ),
            *attribution.persons,
            *attribution.readers,
            *attribution.third_person,
            *attribution.topical,
            *attribution.reporting,
            *attribution.public_figures,
            *attribution.unnamed_people,
            *attribution.animal_words,
            "Dont",  # a special case in title case only
            "Maß",  # upper case is "MASS"
        }
        for phrase in spelt(phrases):
            every = (phrase, phrase.lower(), phrase.upper(), phrase.title())
            assert tokens(scorer.case_forms(phrase)) == tokens(every), (language, phrase)
