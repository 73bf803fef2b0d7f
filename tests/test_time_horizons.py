"""The horizon parser on each form, French and English (no NLP needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from parley.time import horizons as H

REF = dt.date(2025, 3, 12)  # a Wednesday


def one(text: str, lang: str) -> H.Horizon:
    found = H.find(text, lang)
    assert len(found) == 1, [h.text for h in found]
    return found[0]


@pytest.mark.parametrize("text, due", [
    ("en 24 heures", "2025-03-13"),
    ("sous 48 heures", "2025-03-14"),
    ("dans les 72 heures", "2025-03-15"),
    ("dans six mois", "2025-09-12"),
    ("dans un délai de 100 jours", "2025-06-20"),
    ("d'ici deux semaines", "2025-03-26"),
    ("dans les trois mois", "2025-06-12"),
    ("dans un délai de trente jours", "2025-04-11"),
    ("d'ici la fin de l'année", "2025-12-31"),
    ("d'ici la fin du mois", "2025-03-31"),
    ("avant la fin du mois de juin", "2025-06-30"),
    ("d'ici la fin de la semaine", "2025-03-16"),
    ("d'ici le 1er mars", "2026-03-01"),  # a date already past: the next one
    ("avant le 2 mai", "2025-05-02"),
    ("avant le 7 février 2026", "2026-02-07"),
    ("jusqu'à la fin de 2028", "2028-12-31"),
    ("la semaine prochaine", "2025-03-19"),
    ("le mois prochain", "2025-04-12"),
    ("dès vendredi", "2025-03-14"),
    ("dans l'année", "2025-12-31"),
])
def test_french_forms(text, due):
    assert H.resolve(one(text, "fr"), REF).isoformat() == due


@pytest.mark.parametrize("text, due", [
    ("within 48 hours", "2025-03-14"),
    ("within 100 days", "2025-06-20"),
    ("in six months", "2025-09-12"),
    ("within two weeks", "2025-03-26"),
    ("within the next three months", "2025-06-12"),
    ("by the end of the month", "2025-03-31"),
    ("by the end of the year", "2025-12-31"),
    ("before the end of June 2025", "2025-06-30"),
    ("by the end of August", "2025-08-31"),
    ("by March 1", "2026-03-01"),
    ("by July 31", "2025-07-31"),
    ("on Feb. 19", "2026-02-19"),
    ("next week", "2025-03-19"),
    ("within the year", "2025-12-31"),
    ("a 72-hour deadline", "2025-03-15"),
])
def test_english_forms(text, due):
    assert H.resolve(one(text, "en"), REF).isoformat() == due


def test_hundred_days_is_ahead_not_behind():
    # dateparser reads "100 jours" as a date in the past; a horizon is always ahead of its start
    h = one("un délai de 100 jours", "fr")
    assert h.amount == 100 and h.unit == "day" and h.noun_lead
    assert H.resolve(h, REF) > REF


def test_anchor_with_its_date_in_the_text():
    h = one("réduire les droits de douane en 48 heures après sa prise de fonction, fixée au 3 avril 2026", "fr")
    assert h.anchor_kind == "office" and h.anchor_date == dt.date(2026, 4, 3)
    assert H.resolve(h, REF) == dt.date(2026, 4, 5)


def test_anchor_without_date_needs_one():
    h = one("six mois après son investiture", "fr")
    assert h.anchor_kind == "office" and h.anchor_date is None
    assert H.resolve(h, REF) is None  # no date for the anchor: no due date
    assert H.resolve(h, REF, anchor_date=dt.date(2025, 5, 1)) == dt.date(2025, 11, 1)


def test_anchor_events_and_days_without_year():
    h = one("dans un délai de 90 jours à compter de la signature", "fr")
    assert h.anchor_kind == "event" and "signature" in h.anchor_words
    h = one("ten days after the opening on August 14", "en")
    assert H.resolve(h, dt.date(2024, 8, 10)) == dt.date(2024, 8, 24)
    h = one("dans l'année qui suivra le scrutin du 4 octobre", "fr")
    assert h.unit == "year" and H.resolve(h, dt.date(2025, 6, 1)) == dt.date(2026, 10, 4)


@pytest.mark.parametrize("text, lang", [
    ("dans les prochaines semaines", "fr"), ("prochainement", "fr"), ("in the coming weeks", "en"), ("soon", "en"),
])
def test_vague_horizons_have_no_date(text, lang):
    h = one(text, lang)
    assert h.kind == "vague" and H.resolve(h, REF) is None


@pytest.mark.parametrize("text, lang", [
    ("il y a six mois", "fr"), ("à 18 heures", "fr"), ("six months ago", "en"),
])
def test_the_past_and_clock_times_are_not_horizons(text, lang):
    assert [h for h in H.find(text, lang) if h.kind == "duration"] == []


def test_hours_round_up_and_months_keep_the_day():
    assert H.add(dt.date(2025, 1, 20), 24, "hour") == dt.date(2025, 1, 21)
    assert H.add(dt.date(2025, 1, 20), 25, "hour") == dt.date(2025, 1, 22)
    assert H.add(dt.date(2025, 1, 31), 1, "month") == dt.date(2025, 2, 28)
    assert H.add(dt.date(2024, 2, 29), 1, "year") == dt.date(2025, 2, 28)


def test_status_against_the_as_of_day():
    day = dt.date(2025, 4, 30)
    assert H.status(day, dt.date(2025, 4, 29)) == "open"
    assert H.status(day, day) == "due"
    assert H.status(day, dt.date(2025, 5, 1)) == "expired"
    assert H.status(None, day) == "unknown"
