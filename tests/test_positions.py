"""Positions: proposals and stances, French and English."""

from __future__ import annotations

import parley


def read(text: str, date: str = "2025-03-12"):
    return parley.read(text, date=date, as_of=date)


def stances(report):
    return {(p.actor.code, p.stance) for p in report.positions}


def test_fr_considers_then_rejects_by_anaphor():
    r = read("Le front\n\n"
             "Le président français Emmanuel Macron envisage l'envoi d'une force de réassurance en Ukraine, "
             "mais Moscou rejette fermement une telle idée.")
    assert ("FRA", "considers") in stances(r)
    assert ("RUS", "rejects") in stances(r)
    assert len({p.proposal for p in r.positions}) == 1
    p = r.positions[0]
    assert p.proposal_span is not None and r.article.original[p.proposal_span.start:p.proposal_span.end]


def test_fr_negated_stance_turns():
    r = read("Trêve\n\nLe gouvernement turc n'exclut pas une trêve dans le nord de la Syrie.")
    assert ("TUR", "considers") in stances(r)


def test_en_supports_and_rules_out():
    r = read("Gaza\n\n"
             "Egypt backed a ceasefire along the border, while Israel ruled out a buffer zone inside Gaza.")
    got = {(p.actor.code, p.stance, p.proposal.split()[0].lower()) for p in r.positions}
    assert ("EGY", "supports", "ceasefire") in got
    assert ("ISR", "rejects", "buffer") in got


def test_no_stance_word_no_position():
    r = read("Sommet\n\nUn sommet est prévu à Genève la semaine prochaine.")
    assert r.positions == []
