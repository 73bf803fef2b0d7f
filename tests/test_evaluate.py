"""parley eval: the matching rules on hand-made Reports, the gold parser, the command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from parley import evaluate as ev
from parley.codes import code_for_name, code_matches, fold
from parley.model import (
    Actor, ActorRef, ArticleInfo, Commitment, Demand, Event, Evidence, Quote, Report, Span,
)

EVID = Evidence(sentence=0, start=0, end=10, text="evidence sentence")


def ref(code: str | None, name: str | None = None, sector: str | None = None) -> ActorRef:
    return ActorRef(name=name or code or "?", code=code, sector=sector)


def event(kind: str, actors=(), recipients=(), negated: bool = False) -> Event:
    return Event(id="E", event=kind, actor=[a if isinstance(a, ActorRef) else ref(a) for a in actors],
                 recipient=[r if isinstance(r, ActorRef) else ref(r) for r in recipients],
                 quad_code=1, plover_score=0.0, negated=negated, evidence=EVID)


def report(events=(), quotes=(), demands=(), commitments=(), actors=()) -> Report:
    return Report(article=ArticleInfo(id="x", language="fr", published="2025-01-10"), events=list(events),
                  quotes=list(quotes), demands=list(demands), commitments=list(commitments), actors=list(actors))


def gold(**records) -> ev.GoldArticle:
    row = {"id": "a1", "lang": "fr", "published": "2025-01-10", "text": "Some text."}
    row.update(records)
    return ev.parse_gold_line(json.dumps(row), 1)


def score(g: ev.GoldArticle, r: Report, **kw) -> ev.EvalResult:
    return ev.aggregate([ev.score_article(g, r, **kw)])


GOLD_EVENT = {"event": "CONSULT", "actor": [{"code": "RUS"}], "recipient": [{"code": "USA"}], "negated": False}


# ----------------------------------------------------------------- events

def test_evaluate_perfect_prediction_scores_one():
    g = gold(events=[GOLD_EVENT, {"event": "ASSAULT", "actor": [{"code": "RUS"}], "recipient": [{"code": "UKR"}]}],
             quotes=[{"speaker": "Dmitry Peskov", "begins": "Le président est prêt à"}],
             demands=[{"actor": "RUS", "addressee": "UKR", "items": 2}],
             commitments=[{"actor": "Donald Trump", "due": "2025-01-21"}],
             actors=[{"name": "Dmitry Peskov", "code": "RUS"}, {"name": "Russia", "code": "RUS"}])
    peskov = ref("RUS", "Dmitry Peskov", "GOV")
    r = report(
        events=[event("CONSULT", ["RUS"], ["USA"]), event("ASSAULT", ["RUS"], ["UKR"])],
        quotes=[Quote(speaker=peskov, text="« Le président est prêt à tout »", start=0, end=5, sentence=0)],
        demands=[Demand(actor=peskov, addressee=ref("UKR", "Ukraine"), evidence=EVID,
                        items=[Span(text="a", start=0, end=1), Span(text="b", start=2, end=3)])],
        commitments=[Commitment(actor=ref("USA", "Donald Trump"), what="end the war", due="2025-01-21",
                                evidence=EVID)],
        actors=[Actor(id="A1", name="Dmitry Peskov", country="RUS"), Actor(id="A2", name="Russia", country="RUS")])
    result = score(g, r)
    for name in ("events", "events_type", "quotes", "demands", "commitments", "actors"):
        c = result.fields[name]
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0), name
    assert result.demand_items == (1, 1)
    assert result.event_types["CONSULT"].f1 == 1.0
    assert result.worst() == []


def test_evaluate_extra_event_lowers_precision_only():
    g = gold(events=[GOLD_EVENT])
    r = report(events=[event("CONSULT", ["RUS"], ["USA"]), event("ACCUSE", ["UKR"], ["RUS"])])
    c = score(g, r).fields["events"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    assert c.recall == 1.0 and c.precision == 0.5


def test_evaluate_missing_event_lowers_recall_only():
    g = gold(events=[GOLD_EVENT, {"event": "REJECT", "actor": ["UKR"], "recipient": ["RUS"]}])
    c = score(g, report(events=[event("CONSULT", ["RUS"], ["USA"])])).fields["events"]
    assert (c.precision, c.recall) == (1.0, 0.5)


def test_evaluate_duplicate_predictions_count_once():
    g = gold(events=[GOLD_EVENT])
    r = report(events=[event("CONSULT", ["RUS"], ["USA"])] * 3
               + [event("CONSULT", [ref("RUS", "Kremlin"), ref("RUS", "Putin")], ["USA"])])
    result = score(g, r)
    c = result.fields["events"]
    assert (c.tp, c.fp, c.fn, c.predicted) == (1, 0, 0, 1)


def test_evaluate_one_prediction_matches_one_gold_record():
    g = gold(events=[GOLD_EVENT, GOLD_EVENT])
    c = score(g, report(events=[event("CONSULT", ["RUS"], ["USA"])])).fields["events"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 1)


def test_evaluate_alt_type_is_accepted_and_counted_as_confusion():
    g = gold(events=[dict(GOLD_EVENT, alt=["AGREE"])])
    result = score(g, report(events=[event("AGREE", ["RUS"], ["USA"])]))
    assert result.fields["events"].f1 == 1.0
    assert result.event_types["CONSULT"].recall == 1.0  # recall on the gold's own type
    assert result.event_types["AGREE"].precision == 1.0  # precision on the predicted type
    assert result.alt_accepted[("CONSULT", "AGREE")] == 1
    # a type outside `alt` does not match, and shows as a confusion
    result = score(g, report(events=[event("REQUEST", ["RUS"], ["USA"])]))
    assert result.fields["events"].tp == 0
    assert result.confusion[("CONSULT", "REQUEST")] == 1


def test_evaluate_alt_actor_and_alt_recipient():
    g = gold(events=[{"event": "CONSULT", "actor": ["FRA", "MLI"], "recipient": [],
                      "alt_actor": [["FRA"]], "alt_recipient": [["MLI"]]}])
    assert score(g, report(events=[event("CONSULT", ["MLI", "FRA"], [])])).fields["events"].f1 == 1.0
    assert score(g, report(events=[event("CONSULT", ["FRA"], ["MLI"])])).fields["events"].f1 == 1.0
    assert score(g, report(events=[event("CONSULT", ["MLI"], ["FRA"])])).fields["events"].f1 == 0.0
    g = gold(events=[dict(GOLD_EVENT, alt_recipient=[[]])])
    assert score(g, report(events=[event("CONSULT", ["RUS"], [])])).fields["events"].f1 == 1.0
    assert score(g, report(events=[event("CONSULT", ["RUS"], ["UKR"])])).fields["events"].f1 == 0.0


def test_evaluate_optional_found_counts_missing_costs_nothing():
    opt = {"event": "THREATEN", "actor": ["RUS"], "recipient": ["UKR"], "optional": True}
    g = gold(events=[GOLD_EVENT, opt])
    found = score(g, report(events=[event("CONSULT", ["RUS"], ["USA"]), event("THREATEN", ["RUS"], ["UKR"])]))
    c = found.fields["events"]
    assert (c.tp, c.fp, c.fn, c.optional) == (2, 0, 0, 1)
    missed = score(g, report(events=[event("CONSULT", ["RUS"], ["USA"])])).fields["events"]
    assert (missed.tp, missed.fp, missed.fn) == (1, 0, 0)
    assert missed.f1 == 1.0


def test_evaluate_required_gold_gets_the_prediction_before_optional():
    g = gold(events=[dict(GOLD_EVENT, optional=True, alt=["AGREE"]), dict(GOLD_EVENT, event="AGREE")])
    c = score(g, report(events=[event("AGREE", ["RUS"], ["USA"])])).fields["events"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_evaluate_negated_must_agree():
    g = gold(events=[dict(GOLD_EVENT, negated=True)])
    assert score(g, report(events=[event("CONSULT", ["RUS"], ["USA"])])).fields["events"].f1 == 0.0
    assert score(g, report(events=[event("CONSULT", ["RUS"], ["USA"], negated=True)])).fields["events"].f1 == 1.0


def test_evaluate_igo_and_ngo_wildcards():
    g = gold(events=[{"event": "REQUEST", "actor": ["IGO"], "recipient": ["SDN"]},
                     {"event": "ACCUSE", "actor": ["NGO"], "recipient": ["SDN"]}])
    r = report(events=[event("REQUEST", ["UNO"], ["SDN"]),
                       event("ACCUSE", [ref(None, "Human Rights Watch", "NGO")], ["SDN"])])
    assert score(g, r).fields["events"].f1 == 1.0
    r = report(events=[event("REQUEST", ["FRA"], ["SDN"]), event("ACCUSE", ["NATO"], ["SDN"])])
    assert score(g, r).fields["events"].tp == 0
    assert code_matches("IGO", "NATO") and code_matches("IGO", "EU") and code_matches("NGO", "MSF")
    assert code_matches("NGO", "XYZ", "NGO") and not code_matches("NGO", "UNO")


def test_evaluate_gold_sector_ignored_unless_asked():
    g = gold(events=[{"event": "ASSAULT", "actor": [{"code": "RUS", "sector": "MIL"}], "recipient": ["UKR"]}])
    r = report(events=[event("ASSAULT", [ref("RUS", sector="GOV")], ["UKR"])])
    assert score(g, r).fields["events"].f1 == 1.0
    assert score(g, r, options=ev.Options(use_sector=True)).fields["events"].f1 == 0.0


def test_evaluate_uncoded_predicted_actors_are_left_out():
    g = gold(events=[GOLD_EVENT])
    r = report(events=[event("CONSULT", ["RUS", ref(None, "someone")], ["USA"])])
    assert score(g, r).fields["events"].f1 == 1.0


def test_evaluate_per_type_and_confusion_tables():
    g = gold(events=[GOLD_EVENT, {"event": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"]}])
    r = report(events=[event("CONSULT", ["RUS"], ["USA"]), event("COERCE", ["RUS"], ["UKR"]),
                       event("AID", ["USA"], ["UKR"])])
    result = score(g, r)
    assert result.event_types["CONSULT"].f1 == 1.0
    assert result.event_types["ASSAULT"].recall == 0.0
    assert result.event_types["COERCE"].precision == 0.0
    assert result.confusion[("ASSAULT", "COERCE")] == 1
    assert result.confusion[(ev.NONE, "AID")] == 1
    assert result.f1()["event:CONSULT"] == 1.0


# ----------------------------------------------------------------- quotes, demands, commitments, actors

def test_evaluate_quote_speaker_and_first_twenty_characters():
    g = gold(quotes=[{"speaker": "Dmitri Peskov", "begins": "Le président a toujours dit"},
                     {"speaker": "Russia", "begins": "Nous n'accepterons pas"}])
    r = report(quotes=[
        Quote(speaker=ref("RUS", "dmitri peskov"), text="«\u00a0Le  président a toujours été clair", start=0,
              end=1, sentence=0),
        Quote(speaker=ref("RUS", "Kremlin"), text="nous n\u2019accepterons pas cela", start=0, end=1, sentence=0)])
    assert score(g, r).fields["quotes"].f1 == 1.0
    wrong = report(quotes=[Quote(speaker=ref("UKR", "Volodymyr Zelensky"), text="Le président a toujours dit",
                                 start=0, end=1, sentence=0)])
    assert score(g, wrong).fields["quotes"].tp == 0


def test_evaluate_demands_match_on_parties_and_report_item_counts():
    g = gold(demands=[{"actor": "RUS", "addressee": "UKR", "items": 3},
                      {"actor": "RUS", "addressee": "USA", "items": 0, "kind": "precondition"}])
    r = report(demands=[
        Demand(actor=ref("RUS", "Vladimir Putin"), addressee=ref("UKR"), evidence=EVID,
               items=[Span(text="x", start=0, end=1)] * 2),
        Demand(actor=ref("RUS"), addressee=ref("USA"), none=True, kind="precondition", evidence=EVID)])
    result = score(g, r)
    assert result.fields["demands"].f1 == 1.0
    assert result.demand_items == (2, 1)
    g = gold(demands=[{"actor": "RUS", "addressee": ""}])
    assert score(g, report(demands=[Demand(actor=ref("RUS"), evidence=EVID)])).fields["demands"].f1 == 1.0
    assert score(g, r).fields["demands"].tp == 0


def test_evaluate_commitment_due_within_one_day():
    g = gold(commitments=[{"actor": "Donald Trump", "due": "2025-01-21"}, {"actor": "Russia", "due": "2025-06-01"}])

    def c(name, code, due):
        return Commitment(actor=ref(code, name), what="x", due=due, evidence=EVID)

    assert score(g, report(commitments=[c("donald trump", "USA", "2025-01-22"),
                                        c("Vladimir Putin", "RUS", "2025-05-31")])).fields["commitments"].f1 == 1.0
    assert score(g, report(commitments=[c("Donald Trump", "USA", "2025-01-23")])).fields["commitments"].tp == 0


def test_evaluate_actors_by_name_or_code():
    g = gold(actors=[{"name": "Volodymyr Zelensky", "code": "UKR"}, {"name": "Russia", "code": "RUS"},
                     {"code": "NATO"}])
    r = report(actors=[Actor(id="A1", name="Volodymyr Zelenský", country="UKR"),
                       Actor(id="A2", name="Russian Federation", country="RUS"),
                       Actor(id="A3", name="North Atlantic Treaty Organization", country="NATO"),
                       Actor(id="A4", name="Agence France-Presse", country="FRA")])
    c = score(g, r).fields["actors"]
    assert (c.tp, c.fp, c.fn) == (3, 1, 0)


def test_evaluate_field_not_annotated_is_not_scored():
    g = gold(events=[GOLD_EVENT])
    result = score(g, report(events=[event("CONSULT", ["RUS"], ["USA"])],
                             quotes=[Quote(text="hello there", start=0, end=1, sentence=0)]))
    assert "quotes" not in result.fields
    g = gold(events=[GOLD_EVENT], quotes=[])
    result = score(g, report(quotes=[Quote(text="hello there", start=0, end=1, sentence=0)]))
    assert result.fields["quotes"].fp == 1 and result.fields["quotes"].precision == 0.0


def test_evaluate_empty_prediction_and_empty_gold():
    result = score(gold(events=[GOLD_EVENT]), report())
    assert (result.fields["events"].precision, result.fields["events"].recall) == (None, 0.0)
    assert result.fields["events"].f1 == 0.0
    result = score(gold(events=[]), report())
    assert result.fields["events"].f1 is None and "events" not in result.f1()


# ----------------------------------------------------------------- gold file

def test_evaluate_malformed_gold_lines_are_reported_with_line_numbers():
    good = json.dumps({"id": "ok", "date": "2000-01-01", "text": "A text.", "events": [GOLD_EVENT]})
    lines = [good, "{not json", json.dumps({"id": "bad", "text": "x", "events": [{"event": "MEET"}]}), "",
             json.dumps({"id": "ok", "text": "dup"}), json.dumps({"id": "nodate", "published": None, "text": "y"}),
             json.dumps({"id": "baddate", "published": "10/01/2025", "text": "y"})]
    articles, errors = ev.parse_gold(lines, "g.jsonl")
    assert [a.id for a in articles] == ["ok", "nodate"]
    assert articles[0].published == "2000-01-01"  # "date" is accepted for "published"
    assert articles[1].published is None
    msgs = [e.line() for e in errors]
    assert msgs[0].startswith("[E301] g.jsonl: gold file line 2: invalid JSON")
    assert "line 3" in msgs[1] and "unknown event type 'MEET'" in msgs[1]
    assert "line 5" in msgs[2] and "duplicate id" in msgs[2]
    assert "line 7" in msgs[3] and "invalid date" in msgs[3]


def test_evaluate_thresholds():
    result = score(gold(events=[GOLD_EVENT]), report(events=[event("CONSULT", ["RUS"], ["USA"]),
                                                             event("AID", ["USA"], ["UKR"])]))
    mins = ev.parse_minimums(["events=0.6", "event:consult=0.9"])
    assert ev.check_thresholds(result, mins) == []
    assert ev.check_thresholds(result, {"events": 0.7}) == ["events: F1 0.667 < 0.700"]
    assert ev.check_thresholds(result, {"quotes": 0.1})  # nothing scored counts as 0
    for bad in ("events", "nofield=0.5", "events=abc", "events=2"):
        with pytest.raises(ValueError):
            ev.parse_minimums([bad])


def test_codes_helpers():
    assert fold("  Zelenský\u00a0 l\u2019OTAN ") == "zelensky l'otan"
    assert code_for_name("Russia") == "RUS" and code_for_name("the United States") == "USA"
    assert code_for_name("European Union") == "EUR" and code_for_name("Dmitry Peskov") is None


# ----------------------------------------------------------------- the command

def _write_gold(tmp_path, rows):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


def test_evaluate_cli_thresholds_and_malformed_lines(tmp_path, monkeypatch):
    """The command over a fake pipeline (fast): exit codes, --json, --min, --explain."""
    from parley import cli_eval
    from parley.cli import app

    def fake_predict(g, label="gold"):
        return report(events=[event("CONSULT", ["RUS"], ["USA"])]), None

    monkeypatch.setattr(ev, "predict", fake_predict)
    monkeypatch.setattr(cli_eval, "predict", fake_predict)
    row = {"id": "a1", "published": "2025-01-10", "text": "Some text.", "events": [GOLD_EVENT]}
    path = _write_gold(tmp_path, [row, dict(row, id="a2", events=[dict(GOLD_EVENT, event="AGREE")])])
    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(path), "--json", "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["fields"]["events"]["f1"] == 0.5 and data["articles"] == 2
    res = runner.invoke(app, ["eval", str(path), "-q"])
    assert res.exit_code == 0 and "Per field" in res.stdout and "a2" in res.stdout
    res = runner.invoke(app, ["eval", str(path), "-q", "--min", "events=0.4"])
    assert res.exit_code == 0
    res = runner.invoke(app, ["eval", str(path), "-q", "--min", "events=0.6"])
    assert res.exit_code == 1 and "[E302]" in res.stderr
    res = runner.invoke(app, ["eval", str(path), "--explain", "a2"])
    assert res.exit_code == 0 and "false alarm" in res.stdout
    res = runner.invoke(app, ["eval", str(path), "--explain", "zzz"])
    assert res.exit_code == 1 and "no article with id 'zzz'" in res.stderr
    bad = _write_gold(tmp_path, [row, '{"id": "b", "text": "t", "events": [{"event": "X"}]}'])
    res = runner.invoke(app, ["eval", str(bad), "-q", "--json"])
    assert res.exit_code == 1
    assert "gold file line 2" in res.stderr
    assert json.loads(res.stdout)["articles"] == 1  # the rest is still scored


def test_evaluate_end_to_end_on_two_articles(tmp_path):
    """The real pipeline on a two-article gold file written here."""
    from parley.cli import app

    rows = [
        {"id": "t-fr", "lang": "fr", "published": "2025-02-03",
         "text": "Le ministre français des Affaires étrangères a rencontré lundi son homologue allemand à Berlin. "
                 "Les deux pays ont promis de renforcer leur coopération en matière de défense.",
         "events": [{"event": "CONSULT", "actor": [{"code": "FRA"}, {"code": "DEU"}], "recipient": []}],
         "quotes": []},
        {"id": "t-en", "lang": "en", "published": None,
         "text": "Kenya's president called on the rival factions to hold talks next week. "
                 "The African Union welcomed the appeal in a statement on Tuesday.",
         "events": [{"event": "REQUEST", "actor": [{"code": "KEN"}], "recipient": []},
                    {"event": "SUPPORT", "actor": [{"code": "IGO"}], "recipient": [{"code": "KEN"}],
                     "optional": True}]},
    ]
    path = _write_gold(tmp_path, rows)
    res = CliRunner().invoke(app, ["eval", str(path), "--json", "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["articles"] == 2 and data["pipeline_failures"] == []
    assert data["fields"]["events"]["gold"] == 3 and data["fields"]["quotes"]["articles"] == 1
    assert {a["language"] for a in data["per_article"]} == {"fr", "en"}


def test_evaluate_type_only_row_ignores_actors_but_keeps_distinct_events():
    g = gold(events=[GOLD_EVENT, dict(GOLD_EVENT, actor=["FRA"]), {"event": "AID", "actor": ["USA"], "recipient": []}])
    r = report(events=[event("CONSULT", ["DEU"], ["USA"]), event("CONSULT", ["ITA"], ["USA"]),
                       event("CONSULT", ["ITA"], ["USA"])])
    c = score(g, r).fields["events_type"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 1)
    assert score(g, r).fields["events"].tp == 0


# ----------------------------------------------------------------- the instrument on the real gold files

def _oracle(g: ev.GoldArticle) -> Report:
    """The gold article's own records as a Report: a perfect system."""
    import re

    def party(v):
        if v in (None, ""):
            return None
        return ref(v) if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", v) else ActorRef(name=v)

    r = {k: v or [] for k, v in g.records.items()}
    return report(
        events=[event(x.data["event"], [ref(c) for c, _ in x.data["actor_sets"][0]],
                      [ref(c) for c, _ in x.data["recipient_sets"][0]], x.data["negated"]) for x in r["events"]],
        quotes=[Quote(speaker=ActorRef(name=x.raw["speaker"]), text=x.raw["begins"], start=0, end=1, sentence=0)
                for x in r["quotes"]],
        demands=[Demand(actor=party(x.data["actor"]), addressee=party(x.data["addressee"]), evidence=EVID,
                        kind=x.raw.get("kind") or "demand", items=[Span(text="i", start=0, end=1)] * (x.data["items"] or 0))
                 for x in r["demands"]],
        commitments=[Commitment(actor=party(x.data["actor"]), what="w", due=x.data["due"], evidence=EVID)
                     for x in r["commitments"]],
        actors=[Actor(id="A", name=x.raw.get("name") or x.raw["code"], country=x.raw.get("code")) for x in r["actors"]])


def _gold_files():
    from conftest import GOLD, HOLDOUT, PLOVER_GSR

    files = sorted(GOLD.glob("*.jsonl")) + sorted(HOLDOUT.glob("*.jsonl"))
    return files + ([PLOVER_GSR] if PLOVER_GSR.exists() else [])


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_evaluate_gold_as_prediction_scores_one(path):
    """Each gold file, read back as a prediction, scores 1.0 on every field: the gold parses,
    its records are distinct, and the matching rules accept what they describe."""
    golds, errors = ev.read_gold(str(path))
    assert [e.line() for e in errors] == []
    result = ev.evaluate(golds, [_oracle(g) for g in golds])
    bad = {name: (c.fp, c.fn) for name, c in result.fields.items() if c.fp or c.fn}
    assert bad == {}
