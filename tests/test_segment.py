"""Rule-based sentence splitting: spans slice the line exactly."""

from __future__ import annotations

import pytest

from parley import segment


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment.split(text)]


def test_splits_after_full_stop_not_after_abbreviation_or_initial():
    text = "M. Dupont est arrivé à Genève. Il a rencontré J. Smith lundi. La séance a duré deux heures."
    assert sentences(text) == ["M. Dupont est arrivé à Genève.", "Il a rencontré J. Smith lundi.",
                               "La séance a duré deux heures."]


@pytest.mark.parametrize("line, first", [
    ("10h25 — Le ministre a annoncé une trêve. Kiev dément.", "Le ministre a annoncé une trêve."),
    ("14 h 05 : Moscou rappelle son ambassadeur.", "Moscou rappelle son ambassadeur."),
    ("09:40 - Russia said it would attend the talks.", "Russia said it would attend the talks."),
    ("9.15am: The UN envoy arrived in Aden.", "The UN envoy arrived in Aden."),
    ("18:02 GMT – Israel struck targets in Lebanon.", "Israel struck targets in Lebanon."),
    ("- 11h10 — Un drone a été abattu.", "Un drone a été abattu."),
])
def test_live_blog_time_stamps_stay_out_of_the_sentence(line, first):
    assert sentences(line)[0] == first


@pytest.mark.parametrize("line", [
    "1945 fut une année de reconstruction.",
    "12.5 millions de personnes ont fui.",
    "10h25 le ministre est arrivé.",  # no separator: not a stamp
])
def test_numbers_that_are_not_time_stamps_are_kept(line):
    assert sentences(line) == [line]


def test_offsets_are_shifted_by_the_line_start():
    line = "10h25 — Paris condamne."
    (start, end), = segment.split(line, base=100)
    assert (start, end) == (108, 123)
