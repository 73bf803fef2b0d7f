"""The store: idempotent, near-duplicates linked, batches atomic, safe to kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import parley
from parley.cli import app
from parley.store import Store
from conftest import FIXTURES, ROOT

runner = CliRunner()


def stored_ids(db: Path) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM articles").fetchall()]
    finally:
        con.close()


def test_store_same_file_twice_is_stored_once(db_path):
    path = str(FIXTURES / "text" / "rdc-rwanda-fr.txt")
    first = runner.invoke(app, ["ingest", path, "--db", str(db_path)])
    second = runner.invoke(app, ["ingest", path, "--db", str(db_path)])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert "1 new, 0 duplicates" in first.output
    assert "0 new, 1 duplicates" in second.output
    assert len(stored_ids(db_path)) == 1


def test_store_directory_with_bad_files_stores_good_ones_and_fails(db_path):
    result = runner.invoke(app, ["ingest", str(FIXTURES / "dir"), "--db", str(db_path)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("[E")]
    assert len(lines) == 2
    assert any("junk.bin" in line for line in lines) and any("empty.txt" in line for line in lines)
    assert "Traceback" not in result.output
    assert len(stored_ids(db_path)) == 3


def test_store_near_duplicates_are_linked(db_path):
    text = (FIXTURES / "text" / "gaza-treve-caire-fr.txt").read_text(encoding="utf-8")
    variant = text.replace("Partager", "Partager sur Facebook", 1) + "\nUne phrase ajoutée en fin de dépêche par la rédaction.\n"
    with Store(db_path) as st:
        assert st.add(parley.read(text))
        assert st.add(parley.read(variant))
        rows = st.query("SELECT id, near_duplicate_of FROM articles ORDER BY ingested_at")
    assert rows.near_duplicate_of.isna().iloc[0]
    assert rows.near_duplicate_of.iloc[1] == rows.id.iloc[0]


def test_store_reports_round_trip(db_path):
    report = parley.read(str(FIXTURES / "text" / "taiwan-drills-en.txt"))
    with Store(db_path) as st:
        st.add(report)
        again = st.report(report.article.id[:8])
    assert again == report


def test_store_show_and_articles_commands(db_path):
    runner.invoke(app, ["ingest", str(FIXTURES / "corpus.jsonl"), "--db", str(db_path)])
    listing = runner.invoke(app, ["articles", "--db", str(db_path)])
    assert listing.exit_code == 0 and "Maduro" in listing.output
    article_id = stored_ids(db_path)[0]
    shown = runner.invoke(app, ["show", article_id[:6], "--db", str(db_path)])
    assert shown.exit_code == 0 and "parley brief" in shown.output
    missing = runner.invoke(app, ["show", "zzzz", "--db", str(db_path)])
    assert missing.exit_code == 1 and "[E202]" in missing.output


def test_store_ingest_killed_halfway_then_rerun_stores_each_article_once(tmp_path):
    """SIGKILL an ingest after its first committed article; a re-run completes the store."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import articles

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = articles(40)
    for i, text in enumerate(texts):
        (corpus / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "kill.duckdb"
    cmd = [sys.executable, "-m", "parley.cli", "ingest", str(corpus), "--db", str(db), "--batch", "1", "-v", "-q"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    stored_before_kill = 0
    deadline = time.monotonic() + 240
    assert proc.stderr is not None
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if line.startswith("stored "):
            stored_before_kill += 1
            if stored_before_kill == 5:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    partial = stored_ids(db)
    assert 5 <= len(partial) < len(texts)
    rerun = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    ids = stored_ids(db)
    assert len(ids) == len(set(ids)) == len(set(texts))
    assert set(partial) <= set(ids)
    assert "0 failed" in rerun.stderr and f"{len(partial)} duplicates" in rerun.stderr


def test_store_bad_db_path_is_one_line_error(tmp_path):
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_bytes(b"this is not a duckdb file" * 100)
    result = runner.invoke(app, ["ingest", str(FIXTURES / "text" / "rdc-rwanda-fr.txt"), "--db", str(bad)])
    assert result.exit_code == 1
    assert "[E201]" in result.output and "Traceback" not in result.output
