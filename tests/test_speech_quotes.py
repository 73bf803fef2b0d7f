"""Quotes on handwritten French and English paragraphs (the whole pipeline runs)."""

from __future__ import annotations

import pytest

import parley


def read(text: str, date: str = "2025-03-12"):
    return parley.read(text, date=date, as_of=date)


def speakers(report, direct=None):
    return [(q.speaker.name if q.speaker else None, q.text[:30]) for q in report.quotes
            if direct is None or q.direct == direct]


@pytest.fixture(scope="module")
def fr_report():
    return read(
        "Réunion tendue à Genève sur le nucléaire iranien\n\n"
        "Le chef de la diplomatie russe Sergueï Lavrov a précisé : « Nous ne signerons rien sous la pression. "
        "Nos partenaires le savent. »\n\n"
        "« Le dialogue reste ouvert, mais il a ses limites », a ajouté le ministre devant la presse.\n\n"
        "« La Russie respectera ses engagements », a-t-il poursuivi.\n\n"
        "Le secrétaire d'État américain Antony Blinken a affirmé que Washington attendait des gestes concrets "
        "avant la fin du mois.\n\n"
        "Selon Dmitri Peskov, le président russe n'a pas l'intention de se rendre au sommet.\n\n"
        "Un responsable ukrainien a estimé que les discussions n'avaient rien donné.\n\n"
        "Volodymyr Zelensky a dénoncé une « manœuvre destinée à gagner du temps » de la part de Moscou.")


def test_fr_direct_quote_after_colon_spans_sentences(fr_report):
    q = next(q for q in fr_report.quotes if q.text.startswith("Nous ne signerons"))
    assert q.direct and q.speaker.name == "Sergey Lavrov" and q.cue == "a précisé"
    assert q.text.endswith("Nos partenaires le savent.")
    assert fr_report.article.original[q.start:q.end] == q.text


def test_fr_speaker_after_the_quote_and_clitic(fr_report):
    by_text = {q.text[:20]: q.speaker.name for q in fr_report.quotes}
    assert by_text["Le dialogue reste ou"] == "Sergey Lavrov"  # "a ajouté le ministre"
    assert by_text["La Russie respectera"] == "Sergey Lavrov"  # "a-t-il poursuivi"


def test_fr_indirect_speech_starts_after_que(fr_report):
    q = next(q for q in fr_report.quotes if not q.direct and q.speaker.name == "Antony Blinken")
    assert q.text.startswith("Washington attendait des gestes concrets")
    assert q.cue == "a affirmé"


def test_fr_selon_and_partial_quote(fr_report):
    q = next(q for q in fr_report.quotes if q.speaker.name == "Dmitry Peskov")
    assert not q.direct and q.text.startswith("le président russe n'a pas")
    partial = next(q for q in fr_report.quotes if q.text.startswith("manœuvre"))
    assert partial.direct and partial.speaker.code == "UKR"  # the sentence's subject


def test_fr_anonymous_source_is_no_speaker(fr_report):
    assert not any(q.text.startswith("les discussions n'avaient") for q in fr_report.quotes)


def test_fr_quote_over_two_paragraphs_and_nested_marks():
    r = read("Discours à Paris\n\n"
             "Emmanuel Macron a déclaré : « L'Europe doit se tenir prête. Nous avons appris ce que « la paix "
             "à tout prix » veut dire.\n\n"
             "« Nous ne répéterons pas cette erreur. »\n\n"
             "La séance a ensuite été levée.")
    long = [q for q in r.quotes if q.direct and q.text.startswith("L'Europe doit")]
    assert len(long) == 1
    assert long[0].speaker.name == "Emmanuel Macron"
    assert "cette erreur" in long[0].text and "« la paix" in long[0].text  # one quote, nested marks kept inside


def test_scare_quotes_without_speech_are_not_quotes():
    r = read("Une crise qui dure\n\nLa « flotte fantôme » continue de naviguer en mer Baltique, selon les douanes.")
    assert not any(q.direct for q in r.quotes)


@pytest.fixture(scope="module")
def en_report():
    return read(
        "Talks resume in Geneva\n\n"
        '"We will not accept a deal that rewards aggression," Ukrainian Foreign Minister Andrii Sybiha said on '
        "Tuesday. \"Our position has not changed.\"\n\n"
        "Kremlin spokesman Dmitry Peskov said Moscow had received no new proposal.\n\n"
        "U.S. Secretary of State Marco Rubio told reporters that the talks would continue next week.\n\n"
        "Several drones were shot down overnight, the Russian Defence Ministry said.\n\n"
        "A U.S. official said the mood was tense.")


def test_en_quote_with_trailing_speaker_and_its_continuation(en_report):
    first = next(q for q in en_report.quotes if q.text.startswith("We will not accept"))
    assert first.direct and first.speaker.name == "Andrii Sybiha"
    cont = next(q for q in en_report.quotes if q.text.startswith("Our position"))
    assert cont.speaker.name == "Andrii Sybiha"


def test_en_indirect_with_and_without_that(en_report):
    by_speaker = {q.speaker.name: q for q in en_report.quotes if not q.direct}
    assert by_speaker["Dmitry Peskov"].text.startswith("Moscow had received no new proposal")
    assert by_speaker["Marco Rubio"].text.startswith("the talks would continue")


def test_en_trailing_attribution_and_anonymous(en_report):
    trailing = next(q for q in en_report.quotes if q.text.startswith("Several drones"))
    assert trailing.speaker.code == "RUS" and not trailing.direct
    assert not any(q.text.startswith("the mood") for q in en_report.quotes)
