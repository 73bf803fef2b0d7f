"""The quality gate: floors, hashes, --update and --allow-lower (on a fake evaluator),
and the real gate on the repo's gold corpora (this is what fails CI on a drop)."""

from __future__ import annotations

import json

import pytest

from parley import gate
from parley.gate import Corpus, Measured, run_gate

CORPORA = (Corpus("team", "team.jsonl"), Corpus("shared", "missing/shared.jsonl", required=False))


def fake(scores: dict[str, float], gold_errors=()):
    return lambda path: Measured(scores=dict(scores), articles=2, gold_errors=list(gold_errors))


@pytest.fixture()
def repo(tmp_path):
    (tmp_path / "team.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    return tmp_path


def gate_run(repo, scores, **kw):
    lines: list[str] = []
    code = run_gate(floors_path=repo / "floors.json", root=repo, corpora=CORPORA, evaluator=fake(scores),
                    out=lines.append, **kw)
    return code, "\n".join(lines)


def floors(repo) -> dict:
    return json.loads((repo / "floors.json").read_text())["corpora"]["team"]["floors"]


def test_gate_update_pins_scores_then_passes(repo):
    code, text = gate_run(repo, {"events": 0.4567, "quotes": 0.5})
    assert code == 1 and "--update" in text  # nothing pinned yet
    code, text = gate_run(repo, {"events": 0.4567, "quotes": 0.5}, update=True)
    assert code == 0, text
    assert floors(repo) == {"events": 0.456, "quotes": 0.5}  # rounded down
    assert "skip shared" in text  # the optional corpus outside the repo
    code, text = gate_run(repo, {"events": 0.4567, "quotes": 0.5})
    assert code == 0 and "gate: passed" in text


def test_gate_fails_when_a_score_drops_below_its_floor(repo):
    gate_run(repo, {"events": 0.40, "quotes": 0.50}, update=True)
    code, text = gate_run(repo, {"events": 0.39, "quotes": 0.55})
    assert code == 1
    assert "events: F1 0.390 is below its floor 0.400" in text
    # a field that vanished (nothing scored) counts as 0
    code, _ = gate_run(repo, {"events": 0.40})
    assert code == 1


def test_gate_update_raises_but_never_lowers_without_allow_lower(repo):
    gate_run(repo, {"events": 0.40, "quotes": 0.50}, update=True)
    code, _ = gate_run(repo, {"events": 0.45, "quotes": 0.50}, update=True)
    assert code == 0 and floors(repo)["events"] == 0.45
    code, text = gate_run(repo, {"events": 0.30, "quotes": 0.60}, update=True)
    assert code == 1 and "needs --allow-lower" in text and "not updating" in text
    assert floors(repo) == {"events": 0.45, "quotes": 0.5}  # file untouched
    code, _ = gate_run(repo, {"events": 0.30, "quotes": 0.60}, update=True, allow_lower=True)
    assert code == 0 and floors(repo) == {"events": 0.3, "quotes": 0.6}


def test_gate_fails_when_a_corpus_changed_without_update(repo):
    gate_run(repo, {"events": 0.4}, update=True)
    (repo / "team.jsonl").write_text('{"id": "a", "text": "changed"}\n', encoding="utf-8")
    code, text = gate_run(repo, {"events": 0.4})
    assert code == 1 and "corpus changed" in text
    code, text = gate_run(repo, {"events": 0.4}, update=True)
    assert code == 0 and "hash re-pinned" in text
    assert gate_run(repo, {"events": 0.4})[0] == 0


def test_gate_fails_on_missing_required_corpus_and_malformed_gold(repo, tmp_path):
    gate_run(repo, {"events": 0.4}, update=True)
    (repo / "team.jsonl").unlink()
    code, text = gate_run(repo, {"events": 0.4})
    assert code == 1 and "team.jsonl is missing" in text
    (repo / "team.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    lines: list[str] = []
    code = run_gate(floors_path=repo / "floors.json", root=repo, corpora=CORPORA, out=lines.append,
                    evaluator=fake({"events": 0.4}, ["[E301] team.jsonl: gold file line 2: invalid JSON"]))
    assert code == 1 and "malformed gold" in "\n".join(lines)


def test_gate_cli_refuses_allow_lower_alone():
    with pytest.raises(SystemExit) as exc:
        gate.main(["--allow-lower"])
    assert exc.value.code == 2


def test_gate_floors_of_the_repo_hold():
    """CI: the real evaluation of tests/gold/*.jsonl (and ../shared's PLOVER GSR when present)
    against tests/gold/floors.json. A drop below a floor, or a corpus changed without
    `python -m parley.gate --update`, fails here."""
    if not gate.FLOORS.exists():
        pytest.fail("tests/gold/floors.json is missing: run python -m parley.gate --update")
    lines: list[str] = []
    code = run_gate(out=lines.append, evaluator=lambda p: gate.evaluate_path(p, quiet=True))
    assert code == 0, "\n".join(lines)


def test_gate_accuracy_doc_section_renders_markdown():
    """docs/accuracy.md's corpus section, from a hand-made result (no pipeline)."""
    from test_evaluate import GOLD_EVENT, event, gold, report

    from parley import evaluate as ev
    from parley.evaluate_docs import corpus_section

    g = gold(events=[GOLD_EVENT, {"event": "ASSAULT", "actor": ["RUS"], "recipient": ["UKR"]}], quotes=[])
    result = ev.aggregate([ev.score_article(g, report(events=[event("CONSULT", ["RUS"], ["USA"]),
                                                              event("COERCE", ["RUS"], ["UKR"])]))], "g.jsonl")
    text = "\n".join(corpus_section("demo", "g.jsonl", "a test", "0" * 64, result))
    assert "| events | 1 | 2 | 0 | 2 | 1 | 1 | 1 | 0.500 | 0.500 | **0.500** |" in text
    assert "| ASSAULT | COERCE | 1 | 0 |" in text
    assert "`a1`" in text
