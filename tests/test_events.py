"""The PLOVER event coder: tables, lexicons, dates, modality, and coding of handwritten
French and English sentences (and of the founding sample, when ../shared is there)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import parley
from parley.errors import ParleyError
from parley.events import dates, lexicon, plover
from parley.events.modality import fr_tense


# ---------------------------------------------------------------- PLOVER tables

def test_quad_codes_follow_the_manual():
    assert {t for t, q in plover.QUAD.items() if q == 1} == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    assert {t for t, q in plover.QUAD.items() if q == 2} == {"COOPERATE", "AID", "RETREAT"}
    assert {t for t, q in plover.QUAD.items() if q == 3} == {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    assert {t for t, q in plover.QUAD.items() if q == 4} == {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_scores_by_type_and_mode():
    assert plover.score("AID") == 10
    assert plover.score("CONSULT", "visit") == 4
    assert plover.score("CONSULT", "phone") == 1.5
    assert plover.score("RETREAT", "disarm") == 10
    assert plover.score("ASSAULT", "unconventional") == -10
    assert plover.score("ACCUSE") < 0  # the manual's table prints "3": a sign slip
    assert plover.score("SANCTION", "no-such-mode") == plover.score("SANCTION")


def test_cameo_roots_and_reductions():
    assert plover.root_of("0871") == "08"
    assert plover.cameo_for("ASSAULT", "aerial") == "195"
    assert plover.cameo_for("CONSULT", "", "036") == "040"  # a code from another family is not kept
    assert plover.reduce_auxiliary("CONSULT", "visit", True)[:2] == ("AGREE", "")
    assert plover.reduce_auxiliary("AID", "", True)[0] == "AGREE"
    assert plover.reduce_auxiliary("RETREAT", "withdraw", True)[0] == "CONCEDE"
    assert plover.reduce_auxiliary("CONCEDE", "", True)[0] == "CONCEDE"
    assert plover.reduce_auxiliary("THREATEN", "violence", True)[0] == "THREATEN"
    assert plover.reduce_auxiliary("CONSULT", "", False)[0] == "CONSULT"


# ---------------------------------------------------------------- lexicons

def test_shipped_lexicons_load():
    fr, en = lexicon.load("fr"), lexicon.load("en")
    assert fr.verb("rencontrer") and fr.noun("sanction")
    assert en.patterns.get("meet") and en.noun("talk") or en.noun("talks")
    assert "rencontrer" in fr.cues and "meet" in en.cues


def test_missing_lexicon_is_empty_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.load.cache_clear()
    try:
        lex = lexicon.load("fr")
        assert not lex.verbs and lex.warnings
    finally:
        lexicon.load.cache_clear()


def test_malformed_lexicon_row_is_a_one_line_error(tmp_path, monkeypatch):
    (tmp_path / "verbs_fr.tsv").write_text(
        "lemma\tobject\tevent\tmode\tcameo\trecipient\tnote\n# a comment\nrencontrer\t\tMEET\t\t040\tobj\tx\n",
        encoding="utf-8")
    monkeypatch.setattr(lexicon, "DATA", tmp_path)
    lexicon.load.cache_clear()
    try:
        with pytest.raises(ParleyError) as info:
            lexicon.load("fr")
        assert info.value.code == "E401"
        assert "verbs_fr.tsv" in info.value.line() and "line 3" in info.value.line()
        assert "\n" not in info.value.line()
    finally:
        lexicon.load.cache_clear()


# ---------------------------------------------------------------- dates and tenses

@pytest.mark.parametrize("text,lang,direction,expected", [
    ("jeudi", "fr", -1, ("2025-01-09", "day")),
    ("jeudi", "fr", 1, ("2025-01-16", "day")),
    ("le 20 janvier", "fr", 1, ("2025-01-20", "day")),
    ("le 28 décembre", "fr", -1, ("2024-12-28", "day")),
    ("en mars 2024", "fr", -1, ("2024-03-01", "month")),
    ("la semaine dernière", "fr", -1, ("2024-12-30", "week")),
    ("hier", "fr", -1, ("2025-01-09", "day")),
    ("on Tuesday", "en", -1, ("2025-01-07", "day")),
    ("last week", "en", -1, ("2024-12-30", "week")),
    ("Jan. 20", "en", 1, ("2025-01-20", "day")),
    ("in 2023", "en", -1, ("2023-01-01", "year")),
])
def test_time_expressions_resolve_against_the_article_date(text, lang, direction, expected):
    ref = dt.date(2025, 1, 10)  # a Friday
    found = dates.find(text, lang)
    assert found, text
    assert dates.resolve(found[0], ref, lang, direction) == expected


def test_french_future_and_conditional_forms():
    assert fr_tense("mettrait", "mettre") == "cnd"
    assert fr_tense("rencontrera", "rencontrer") == "fut"
    assert fr_tense("interviendra", "intervenir") == "fut"
    assert fr_tense("pourrait", "pouvoir") == "cnd"
    assert fr_tense("déclara", "déclarer") is None
    assert fr_tense("rencontrons", "rencontrer") is None


# ---------------------------------------------------------------- French coding

def _events(text: str, date: str = "2025-03-12"):
    report = parley.read_document(parley.RawDocument(label="test", text=text), parley.Settings(date=date))
    return report, report.events


def _one(text: str, date: str = "2025-03-12"):
    report, events = _events(text, date)
    assert len(events) == 1, [(e.event, e.event_text) for e in events]
    return report, events[0]


def codes(refs) -> set[str]:
    return {r.code for r in refs if r.code}


def test_fr_meeting_with_apposition_and_weekday():
    report, ev = _one("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré mardi "
                      "son homologue turc à Ankara.")
    assert ev.event == "CONSULT" and codes(ev.actor) == {"RUS"} and codes(ev.recipient) == {"TUR"}
    assert ev.date == "2025-03-11" and ev.date_granularity == "day"
    assert ev.quad_code == 1 and ev.plover_score == 2.5 and ev.cameo_root == "04"
    assert report.article.original[ev.evidence.start:ev.evidence.end] == ev.evidence.text


def test_fr_support_verb_construction():
    _, ev = _one("Washington a imposé jeudi de nouvelles sanctions contre la Russie.")
    assert (ev.event, ev.mode) == ("SANCTION", "discontinue")
    assert codes(ev.actor) == {"USA"} and codes(ev.recipient) == {"RUS"}
    assert ev.date == "2025-03-06"


def test_fr_negation_is_kept_as_a_flag():
    _, ev = _one("Le président français n'a pas rencontré son homologue algérien lors du sommet.")
    assert ev.event == "CONSULT" and ev.negated
    assert codes(ev.actor) == {"FRA"} and codes(ev.recipient) == {"DZA"}


def test_fr_refusal_is_reject_not_negation():
    _, ev = _one("La Turquie refuse de rencontrer les représentants de l'Iran.")
    assert (ev.event, ev.mode, ev.negated) == ("REJECT", "meet", False)
    assert codes(ev.actor) == {"TUR"} and codes(ev.recipient) == {"IRN"}


def test_fr_reported_speech_codes_the_reported_event():
    _, ev = _one("Le président ukrainien a déclaré que la Russie avait bombardé la ville.")
    assert ev.event == "ASSAULT" and codes(ev.actor) == {"RUS"}
    assert ev.reported_by is not None and ev.reported_by.code == "UKR"


def test_fr_intention_to_meet_is_agree_future():
    _, ev = _one("L'Iran se dit prêt à reprendre les négociations avec les États-Unis.")
    assert ev.event == "AGREE" and ev.modality == "future"
    assert codes(ev.actor) == {"IRN"} and codes(ev.recipient) == {"USA"}


def test_fr_speculation_is_not_an_event():
    _, events = _events("Israël pourrait frapper l'Iran dans les prochains jours.")
    assert events == []


def test_fr_demand_of_a_withdrawal_names_who_must_withdraw():
    _, ev = _one("Moscou exige le retrait des troupes ukrainiennes de la région.")
    assert (ev.event, ev.mode) == ("REQUEST", "yield")
    assert codes(ev.actor) == {"RUS"} and codes(ev.recipient) == {"UKR"}


def test_fr_nominal_event_with_demonym():
    _, ev = _one("Les frappes russes sur Kiev ont fait trois morts lundi.")
    assert ev.event == "ASSAULT" and codes(ev.actor) == {"RUS"} and codes(ev.recipient) == {"UKR"}


def test_fr_threat_and_call_take_their_content():
    _, ev = _one("La Chine a menacé de sanctionner le Japon.")
    assert ev.event == "THREATEN" and codes(ev.actor) == {"CHN"} and codes(ev.recipient) == {"JPN"}
    _, ev = _one("Le Qatar a appelé Israël et le Hamas à conclure une trêve.")
    assert ev.event == "REQUEST" and codes(ev.actor) == {"QAT"} and codes(ev.recipient) == {"ISR", "PSE"}


def test_fr_accusation_does_not_code_the_alleged_act():
    _, ev = _one("Berlin a accusé Moscou de mener des cyberattaques contre ses institutions.")
    assert ev.event == "ACCUSE" and codes(ev.actor) == {"DEU"} and codes(ev.recipient) == {"RUS"}
    assert "cyber" in ev.context


def test_fr_protest_targets_the_government():
    _, ev = _one("Des milliers de Géorgiens ont manifesté samedi à Tbilissi contre le gouvernement.")
    assert ev.event == "PROTEST" and codes(ev.actor) == {"GEO"}
    assert ev.date == "2025-03-08"


def test_fr_event_ids_are_stable():
    text = "La Chine a menacé de sanctionner le Japon."
    first = _events(text)[1]
    second = _events(text)[1]
    assert [e.id for e in first] == [e.id for e in second] and len(first[0].id) == 12


# ---------------------------------------------------------------- English coding (patterns)

def test_en_sanctions_with_date():
    _, ev = _one("The United States imposed new sanctions on Iran on Tuesday.", date="2025-03-12")
    assert ev.event == "SANCTION" and codes(ev.actor) == {"USA"} and codes(ev.recipient) == {"IRN"}
    assert ev.date == "2025-03-11"


def test_en_threat_with_infinitive_content():
    _, ev = _one("China threatened to impose tariffs on Japan.")
    assert ev.event == "THREATEN" and codes(ev.actor) == {"CHN"} and codes(ev.recipient) == {"JPN"}


def test_en_negation_and_speculation():
    _, ev = _one("Egypt did not meet Israeli officials in Cairo.")
    assert ev.event == "CONSULT" and ev.negated
    _, events = _events("Israel could strike Iran next month.")
    assert events == []


def test_en_willingness_is_agree():
    _, ev = _one("Syria says it is willing to withdraw its troops from Lebanon.")
    assert ev.event == "AGREE" and codes(ev.actor) == {"SYR"} and ev.modality == "future"


def test_en_object_owner_is_the_recipient():
    _, ev = _one("Serbia on Thursday flatly rejected an Australian ultimatum.")
    assert ev.event == "REJECT" and codes(ev.actor) == {"SRB"} and codes(ev.recipient) == {"AUS"}


# ---------------------------------------------------------------- English coding on a parse

def test_en_dependency_coder_on_a_handmade_parse():
    """The parse-based coder (used when a real English pipeline is installed), on a hand-built Doc."""
    import spacy
    from spacy.tokens import Doc

    from parley.actors.index import ActorIndex, ResolvedMention
    from parley.events.english_dep import EnglishDepCoder
    from parley.model import Actor

    words = ["Russia", "accused", "Ukraine", "of", "shelling", "the", "plant", "."]
    heads = [1, 1, 1, 1, 3, 6, 4, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pcomp", "det", "dobj", "punct"]
    lemmas = ["Russia", "accuse", "Ukraine", "of", "shell", "the", "plant", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)

    class Sent:
        index, start, end, base, heading, paragraph = 0, 0, len(doc.text), 0, False, 0
        span = doc[:]

    class Article:
        original = doc.text
        language = "en"

    index = ActorIndex(actors={"A1": Actor(id="A1", name="Russia", country="RUS", sector="GOV"),
                               "A2": Actor(id="A2", name="Ukraine", country="UKR", sector="GOV")},
                       mentions=[ResolvedMention(0, 0, 1, 0, 6, "A1", "country"),
                                 ResolvedMention(0, 2, 3, 16, 23, "A2", "country")])
    coder = EnglishDepCoder(Article(), lexicon.load("en"), index)
    cands = [c for c in coder.code_sentence(Sent()) if not c.governed]
    accuse = [c for c in cands if c.event == "ACCUSE"]
    assert accuse and codes(accuse[0].actors) == {"RUS"} and codes(accuse[0].recipients) == {"UKR"}
    assert not [c for c in cands if c.event == "ASSAULT"]  # the allegation is not coded as a shelling


# ---------------------------------------------------------------- the founding sample

def _key(ev):
    return ev.event, frozenset(codes(ev.actor)), frozenset(codes(ev.recipient))


def test_sample_events_a_careful_analyst_would_code(sample_report):
    events = sample_report.events
    keys = {_key(e) for e in events}
    # Putin ready to meet Trump (intention: AGREE, future), as Peskov reports it
    meet = [e for e in events if _key(e) == ("AGREE", frozenset({"RUS"}), frozenset({"USA"}))]
    assert meet and all(e.modality == "future" for e in meet)
    assert any(e.reported_by and e.reported_by.name == "Dmitry Peskov" for e in meet)
    # Trump's promises: to end the war, and to bring Moscow and Kyiv to the table
    assert ("AGREE", frozenset({"USA"}), frozenset({"RUS", "UKR"})) in keys
    assert any(e.event == "AGREE" and codes(e.actor) == {"USA"} and e.modality == "future" for e in events)
    # Trump criticises the outgoing administration
    assert any(e.event == "ACCUSE" and codes(e.actor) == {"USA"} for e in events)
    # Kellogg's proposal, the Kremlin's favourable answer, Russia's rejection of the freeze
    assert any(e.event == "AGREE" and any(r.name == "Keith Kellogg" for r in e.actor) for e in events)
    assert any(e.event == "SUPPORT" and codes(e.actor) == {"RUS"} for e in events)
    assert any(e.event == "REJECT" and codes(e.actor) == {"RUS"} for e in events)
    # Putin's demands of Ukraine (the list after the colon), Western sanctions, US aid to Ukraine
    assert any(e.event == "REQUEST" and codes(e.actor) == {"RUS"} and "UKR" in codes(e.recipient) for e in events)
    assert any(e.event == "SANCTION" and codes(e.recipient) == {"RUS"} for e in events)
    assert ("AID", frozenset({"USA"}), frozenset({"UKR"})) in keys


def test_sample_has_no_event_from_background_noise(sample_report):
    a = sample_report.article
    for ev in sample_report.events:
        assert a.original[ev.evidence.start:ev.evidence.end] == ev.evidence.text
        assert "pourrait amorcer" not in ev.evidence.text  # the journalist's speculation
        assert "relations" not in ev.event_text
        assert not ev.negated
        assert ev.event in plover.EVENT_TYPES and ev.quad_code == plover.QUAD[ev.event]
        assert 0 < ev.confidence < 1
    assert 8 <= len(sample_report.events) <= 16


# ---------------------------------------------------------------- CLI

def test_cli_events_jsonl_and_csv(tmp_path):
    from typer.testing import CliRunner

    from parley.cli import app

    path = tmp_path / "a.txt"
    path.write_text("La Chine a menacé de sanctionner le Japon.\n\nLe Qatar a appelé Israël à conclure une trêve.\n",
                    encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["events", str(path), "--date", "2025-03-12", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert {r["event"] for r in records} == {"THREATEN", "REQUEST"}
    rec = records[0]
    assert set(rec["actor"][0]) == {"code", "sector", "entity_text", "identifier_id", "identifier_text"}
    for key in ("id", "date", "mode", "context", "quad_code", "plover_score", "cameo_root", "event_text", "text"):
        assert key in rec
    res = runner.invoke(app, ["events", str(path), "--date", "2025-03-12", "--format", "csv"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0].startswith("id,article_id,date")
    res = runner.invoke(app, ["events", str(path), "--date", "2025-03-12"])
    assert res.exit_code == 0 and "THREATEN" in res.stdout


def test_fr_joint_signature_has_no_recipient():
    # the city where the parties sign is not a party
    _, events = _events("Le Mali et le Niger ont signé jeudi à Alger un accord de coopération.")
    signed = [e for e in events if e.event_text.startswith("signé")]
    assert signed and codes(signed[0].actor) == {"MLI", "NER"} and not signed[0].recipient


def test_actor_is_not_its_own_recipient():
    _, events = _events("Le président serbe a promis de démocratiser la Serbie.")
    assert events and all(not (codes(e.recipient) & codes(e.actor)) for e in events)


# ---------------------------------------------------------------- shared reductions

def _cand(event: str, **mod):
    from parley.events.candidate import Cand
    from parley.events.lexicon import Entry

    c = Cand(None, 0, Entry("x", event, "", None, ()), "verb")
    for k, v in mod.items():
        setattr(c.mod, k, v)
    return c


def test_announced_force_and_conditional_sanctions_are_threats():
    from parley.events.candidate import apply_reductions

    for event, mod in (("ASSAULT", {"future": True}), ("COERCE", {"intention": True}),
                       ("SANCTION", {"conditional": True, "future": True})):
        c = _cand(event, **mod)
        apply_reductions(c)
        assert c.event == "THREATEN", (event, mod)
    c = _cand("SANCTION", future=True)  # announced, unconditional: still a sanction
    apply_reductions(c)
    assert c.event == "SANCTION"
    c = _cand("SUPPORT", negated=True)
    apply_reductions(c)
    assert c.event == "REJECT" and not c.mod.negated


def test_a_state_without_sector_is_not_its_own_citizens():
    from parley.events.candidate import same_actor
    from parley.model import ActorRef

    iraq = ActorRef(name="IRQ", code="IRQ")
    assert not same_actor(ActorRef(name="IRQ", code="IRQ", sector="CVL"), iraq)
    assert same_actor(ActorRef(name="IRQ", code="IRQ", sector="GOV"), iraq)
