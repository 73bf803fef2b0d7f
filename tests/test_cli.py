"""The CLI frame: read, schema, one-line errors."""

from __future__ import annotations

import json

import jsonschema
from typer.testing import CliRunner

from parley.cli import app
from conftest import FIXTURES, ROOT

runner = CliRunner()


def test_cli_read_prints_the_brief():
    result = runner.invoke(app, ["read", str(FIXTURES / "text" / "rdc-rwanda-fr.txt")])
    assert result.exit_code == 0, result.output
    for section in ("parley brief", "Actors", "Events", "Quotes", "Demands", "Commitments", "Positions"):
        assert section in result.output
    assert "fr" in result.output


def test_cli_read_json_validates_against_the_schema():
    schema = json.loads(runner.invoke(app, ["schema"]).output)
    result = runner.invoke(app, ["read", str(FIXTURES / "html" / "sudan-truce-en.html"), "--json"])
    assert result.exit_code == 0
    report = json.loads(result.output)
    jsonschema.validate(report, schema)
    assert report["schema_version"]
    assert report["article"]["language"] == "en"


def test_cli_read_stdin():
    text = (FIXTURES / "text" / "taiwan-drills-en.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["read", "-", "--json"], input=text)
    assert result.exit_code == 0
    assert json.loads(result.output)["article"]["language"] == "en"


def test_cli_bad_input_is_one_line_without_traceback():
    result = runner.invoke(app, ["read", str(FIXTURES / "bad" / "binary.bin")])
    assert result.exit_code == 1
    assert result.output.strip().startswith("[E002]")
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_bad_date_is_one_line():
    result = runner.invoke(app, ["read", str(FIXTURES / "text" / "rdc-rwanda-fr.txt"), "--date", "10/01/2025"])
    assert result.exit_code == 1 and "[E402]" in result.output


def test_cli_ci_script_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in ci
    assert "make demo" in readme and "make test" in readme


def test_cli_quotes_demands_commitments_over_the_store(tmp_path):
    """Without a source, the speech commands read every stored article."""
    db = str(tmp_path / "s.duckdb")
    res = runner.invoke(app, ["ingest", str(FIXTURES / "text"), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    from parley.store import Store

    with Store(db, read_only=True) as st:
        stored = {r.article.id for r in st.reports()}
    for command in ("quotes", "demands", "commitments"):
        res = runner.invoke(app, [command, "--db", db, "--json", "--as-of", "2026-01-01"]
                            if command == "commitments" else [command, "--db", db, "--json"])
        assert res.exit_code == 0, (command, res.output)
        rows = json.loads(res.stdout)
        assert rows, command
        assert all(row["article"] for row in rows)
        assert {row["article"] for row in rows} <= stored
    quotes = json.loads(runner.invoke(app, ["quotes", "--db", db, "--json"]).stdout)
    assert len({row["article"] for row in quotes}) >= 3  # several articles, not only the first
    one = json.loads(runner.invoke(app, ["quotes", str(FIXTURES / "text" / "rdc-rwanda-fr.txt"), "--json"]).stdout)
    assert one and all("article" not in row for row in one)
    assert len(one) < len(quotes)


def test_cli_quotes_from_a_missing_store_is_one_line(tmp_path):
    res = runner.invoke(app, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code != 0
    assert "Traceback" not in res.output
