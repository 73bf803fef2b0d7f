"""Quotes, demands, commitments and positions of the founding sample (skipped when ../shared is absent)."""

from __future__ import annotations

from parley.brief import render_to_text


def test_sample_quote_spans_three_sentences_with_its_speaker(sample_report):
    q = next(q for q in sample_report.quotes if q.direct and q.speaker and q.speaker.name == "Dmitry Peskov")
    assert q.cue == "a précisé"
    assert q.text.count(". ") >= 2 and q.text.endswith(".")  # three sentences in one quote
    assert sample_report.article.original[q.start:q.end] == q.text
    # every quote has a speaker and its text is a slice of the original
    for q in sample_report.quotes:
        assert q.speaker is not None
        assert sample_report.article.original[q.start:q.end] == q.text


def test_sample_conditions_and_no_preconditions(sample_report):
    listed = [d for d in sample_report.demands if not d.none]
    assert len(listed) == 1
    d = listed[0]
    assert d.actor.code == "RUS" and d.addressee.code == "UKR" and d.kind == "condition"
    assert len(d.items) == 3
    original = sample_report.article.original
    for item in d.items:
        assert original[item.start:item.end] == item.text
    none = [d for d in sample_report.demands if d.none]
    assert len(none) == 1 and none[0].actor.code == "RUS" and none[0].addressee.code == "USA"
    assert none[0].kind == "precondition" and none[0].items == []


def test_sample_commitments_due_dates_and_status(sample_report):
    got = {(c.actor.name, c.due, c.status) for c in sample_report.commitments}
    assert ("Donald Trump", "2025-01-21", "expired") in got  # 24 hours after taking office on 2025-01-20
    assert ("Donald Trump", "2025-07-20", "expired") in got  # up to six months after taking office
    assert ("Keith Kellogg", "2025-04-30", "expired") in got  # 100 days from the same start
    assert len(sample_report.commitments) == 3
    for c in sample_report.commitments:
        assert c.anchor_date == "2025-01-20"


def test_sample_commitments_status_moves_with_as_of(sample_path):
    import parley

    r = parley.read(str(sample_path), date="2025-01-10", as_of="2025-04-30")
    status = {c.due: c.status for c in r.commitments}
    assert status == {"2025-01-21": "expired", "2025-04-30": "due", "2025-07-20": "open"}


def test_sample_positions_on_the_freeze(sample_report):
    got = {(p.actor.code, p.stance) for p in sample_report.positions}
    assert ("USA", "considers") in got and ("RUS", "rejects") in got
    assert len({p.proposal for p in sample_report.positions}) == 1
    assert all(p.evidence.text for p in sample_report.positions)


def test_sample_brief_sections(sample_report):
    text = render_to_text(sample_report, width=200)
    for title in ("Quotes", "Demands", "Commitments", "Positions"):
        assert title in text
    assert "no preconditions" in text and "due 2025-04-30 · expired" in text
