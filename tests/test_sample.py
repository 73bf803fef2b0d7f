"""The founding example: read from ../shared, never copied into the repo."""

from __future__ import annotations


def test_sample_article_language_title_and_text(sample_report):
    a = sample_report.article
    assert a.language == "fr"
    assert a.title and "Kremlin" in a.title
    # the trailing comment prompts and the duplicated title are gone from the main text
    assert "commentaire" not in a.text.lower()
    assert "commenter" not in a.text.lower()
    assert a.text.count(a.title.split(",")[0][:30]) <= 1 or a.text.lower().count("inconditionnelle") == 1


def test_sample_sentences_slice_the_original(sample_report):
    a = sample_report.article
    assert len(a.sentences) >= 30
    for s in a.sentences:
        assert a.original[s.start:s.end] == s.text
        assert s.text.strip() == s.text and s.text
