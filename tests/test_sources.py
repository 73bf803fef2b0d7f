"""Inputs: every format through its library, with clear one-line errors on bad input."""

from __future__ import annotations

import pytest

import parley
from parley.errors import ParleyError
from parley.sources import RawDocument, iter_documents, load_one
from conftest import FIXTURES


def docs(source: str) -> list:
    return list(iter_documents(source))


def test_sources_text_scraped_page_keeps_article_drops_interface():
    path = FIXTURES / "text" / "ukraine-istanbul-fr.txt"
    report = parley.read(str(path))
    a = report.article
    assert a.language == "fr"
    assert a.title and a.title.startswith("Ukraine")
    reasons = {r.text for r in a.removed}
    assert any("commentaire" in t.lower() for t in reasons)
    assert "Partager" in reasons
    assert "commentaire" not in a.text.lower()
    assert a.text.count(a.title) <= 1
    for s in a.sentences:
        assert a.original[s.start:s.end] == s.text


@pytest.mark.parametrize("name", ["cp1252-article.txt", "latin1-article.txt"])
def test_sources_legacy_encodings_decode(name):
    doc = load_one(str(FIXTURES / "text" / name))
    assert "é" in doc.text and "\ufffd" not in doc.text
    assert "\x85" not in doc.text  # cp1252's ellipsis is not latin-1's NEL


def test_sources_html_main_text_without_comments_and_with_metadata():
    report = parley.read(str(FIXTURES / "html" / "sudan-truce-en.html"))
    a = report.article
    assert a.language == "en"
    assert a.published and a.published_source == "metadata"
    assert a.title and "Sudan" in a.title
    assert "cookie" not in a.text.lower()
    assert len(a.sentences) >= 8


def test_sources_broken_html_is_recovered():
    report = parley.read(str(FIXTURES / "html" / "broken.html"))
    assert len(report.article.sentences) >= 5


def test_sources_html_without_text_is_a_clear_error():
    with pytest.raises(ParleyError) as info:
        parley.read(str(FIXTURES / "html" / "no-text.html"))
    assert info.value.code in ("E101", "E103")
    assert "no-text.html" in info.value.line()


def test_sources_rss_and_atom_entries_become_articles():
    rss = [d for d in docs(str(FIXTURES / "feeds" / "rss.xml")) if isinstance(d, RawDocument)]
    atom = [d for d in docs(str(FIXTURES / "feeds" / "atom.xml")) if isinstance(d, RawDocument)]
    assert len(rss) == 3 and len(atom) == 2
    assert all(d.title and d.date and d.date_source == "feed" for d in rss + atom)


def test_sources_broken_feed_reports_or_recovers_without_traceback():
    items = docs(str(FIXTURES / "feeds" / "broken-feed.xml"))
    assert items
    assert all(isinstance(i, (RawDocument, ParleyError)) for i in items)


def test_sources_jsonl_lines_and_bad_lines():
    good = docs(str(FIXTURES / "corpus.jsonl"))
    assert len(good) == 4 and all(isinstance(d, RawDocument) for d in good)
    assert any(d.html for d in good) and all(d.date for d in good)
    mixed = docs(str(FIXTURES / "corpus-bad.jsonl"))
    errors = [i for i in mixed if isinstance(i, ParleyError)]
    assert len(errors) == 2 and len(mixed) == 5
    assert {e.code for e in errors} == {"E008"}
    assert any("line 2" in e.line() for e in errors) and any("line 4" in e.line() for e in errors)


def test_sources_warc_response_records_with_html_only():
    items = docs(str(FIXTURES / "warc" / "articles.warc.gz"))
    assert len(items) == 3
    assert all(isinstance(d, RawDocument) and d.html and d.url for d in items)


def test_sources_directory_is_read_recursively_with_bad_files_reported():
    items = docs(str(FIXTURES / "dir"))
    good = [i for i in items if isinstance(i, RawDocument)]
    bad = [i for i in items if isinstance(i, ParleyError)]
    assert len(good) == 3
    assert {e.code for e in bad} == {"E002", "E003"}


@pytest.mark.parametrize("name,code", [
    ("binary.bin", "E002"), ("empty.txt", "E003"), ("whitespace.txt", "E003"),
    ("undecodable.txt", ("E002", "E004")), ("not-an-article.txt", ("E101", "E103")),
])
def test_sources_bad_inputs_have_one_line_errors(name, code):
    with pytest.raises(ParleyError) as info:
        parley.read(str(FIXTURES / "bad" / name))
    assert info.value.code in (code if isinstance(code, tuple) else (code,))
    line = info.value.line()
    assert name in line and "\n" not in line


def test_sources_missing_path():
    with pytest.raises(ParleyError) as info:
        parley.read("no/such/file.txt")
    assert info.value.code == "E001"


def test_sources_oversized_file(tmp_path, monkeypatch):
    from parley.sources import files

    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Le ministre a parlé. " * 200, encoding="utf-8")
    with pytest.raises(ParleyError) as info:
        parley.read(str(big))
    assert info.value.code == "E005"


def test_sources_unsupported_language_is_stored_with_language_only():
    text = ("Der deutsche Außenminister hat am Dienstag in Berlin seinen polnischen Amtskollegen empfangen. "
            "Die beiden Minister sprachen über die Lage in der Ukraine und über neue Hilfen.")
    report = parley.read(text)
    assert report.article.language == "de"
    assert not report.article.language_supported
    assert any("not supported" in w for w in report.article.warnings)
    assert report.article.sentences == [] and report.events == []


def test_sources_date_unknown_is_not_today():
    text = "Les deux ministres se sont rencontrés à Genève.\n\nIls ont promis de se revoir bientôt."
    report = parley.read(text)
    assert report.article.published is None


def test_sources_date_override():
    report = parley.read(str(FIXTURES / "text" / "ukraine-istanbul-fr.txt"), date="2024-02-03")
    assert report.article.published == "2024-02-03"
    assert report.article.published_source == "override"
