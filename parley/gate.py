"""The quality gate: ``python -m parley.gate [--update] [--allow-lower]``.

Runs ``parley eval`` on each gold corpus and compares the F1 of every field
with the floor pinned in ``tests/gold/floors.json``, beside the sha256 of the
corpus it was measured on. It fails (exit 1) when

- a score is below its floor;
- a corpus changed (its hash differs) and ``--update`` was not given;
- a required corpus is missing or has malformed lines.

``--update`` re-pins the hashes and raises each floor to the current score
(rounded down to 3 decimals). It never lowers a floor unless ``--allow-lower``
is given too: a drop has to be asked for. Floors start at what the code
reaches and only rise. The PLOVER GSR corpus lives in ``../shared``, outside
the repo: when it is absent it is skipped with a message.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "gold" / "floors.json"
EPS = 1e-9


@dataclass(frozen=True)
class Corpus:
    name: str
    path: str  # relative to the repo root
    required: bool = True
    note: str = ""


CORPORA: tuple[Corpus, ...] = (
    Corpus("fr", "tests/gold/fr.jsonl", note="team gold, French"),
    Corpus("en", "tests/gold/en.jsonl", note="team gold, English"),
    Corpus("fr_dev", "tests/gold/fr_dev.jsonl",
           note="French development gold: new theatres, annotated before parley was run on it; errors may be read"),
    Corpus("fr_holdout", "tests/holdout/fr.jsonl",
           note="held-out French gold: annotated by hand before parley was run on it; no rule is tuned on it"),
    Corpus("plover_gsr_dev", "../shared/reference/plover_gsr_dev.jsonl", required=False,
           note="PLOVER gold standard records, English sentences, events only (CC BY-SA 4.0)"),
)


@dataclass
class Measured:
    """What one evaluation gives the gate."""

    scores: dict[str, float]  # field -> F1
    articles: int
    gold_errors: list[str] = field(default_factory=list)


Evaluator = Callable[[Path], Measured]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def floor3(x: float) -> float:
    """Round down to 3 decimals (a floor must never sit above the score it comes from)."""
    return math.floor(x * 1000 + EPS) / 1000


def load_floors(path: Path) -> dict:
    if not path.exists():
        return {"corpora": {}}
    data = json.loads(path.read_text(encoding="utf-8"))
    data.setdefault("corpora", {})
    return data


def compare(entry: dict | None, digest: str, measured: Measured, *, update: bool = False,
            allow_lower: bool = False) -> tuple[list[str], list[str], dict[str, float]]:
    """Compare one corpus's scores with its pinned entry.

    Returns (problems, notes, new floors). Problems fail the gate; the new
    floors are what ``--update`` writes.
    """
    entry = entry or {}
    problems: list[str] = []
    notes: list[str] = []
    old: dict[str, float] = dict(entry.get("floors", {}))
    if entry.get("sha256") and entry["sha256"] != digest:
        if update:
            notes.append("corpus changed: hash re-pinned")
        else:
            problems.append(f"corpus changed (sha256 {digest[:12]}…, pinned {entry['sha256'][:12]}…): "
                            "if the change is intended, run python -m parley.gate --update")
    elif not entry.get("sha256") and not update:
        problems.append("no pinned hash or floors: run python -m parley.gate --update")
    for line in measured.gold_errors:
        problems.append(f"malformed gold: {line}")
    new: dict[str, float] = {}
    for name in sorted(set(old) | set(measured.scores)):
        floor = old.get(name)
        score = measured.scores.get(name, 0.0)
        if floor is not None and score + EPS < floor:
            if update and allow_lower:
                new[name] = floor3(score)
                notes.append(f"{name}: floor lowered {floor:.3f} -> {new[name]:.3f} (--allow-lower)")
            else:
                problems.append(f"{name}: F1 {score:.3f} is below its floor {floor:.3f}"
                                + (" (lowering a floor needs --allow-lower)" if update else ""))
                new[name] = floor
            continue
        if name not in measured.scores:
            new[name] = floor if floor is not None else 0.0
            continue
        new[name] = max(floor if floor is not None else 0.0, floor3(score))
        if update and (floor is None or new[name] > floor + EPS):
            notes.append(f"{name}: floor {'set' if floor is None else f'raised {floor:.3f} ->'} {new[name]:.3f}")
    return problems, notes, new


def run_with_progress(path: Path, quiet: bool = False):
    """``parley.evaluate.run_gold`` on a corpus with a progress bar on stderr; the EvalResult."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .evaluate import run_gold

    err = Console(stderr=True, soft_wrap=True)
    progress = Progress(TextColumn(f"[bold]{path.name}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=quiet or not err.is_terminal)
    task = progress.add_task("eval", total=None)
    with progress:
        return run_gold(str(path), on_start=lambda n: progress.update(task, total=n),
                        on_article=lambda g: progress.advance(task))


def evaluate_path(path: Path, quiet: bool = False) -> Measured:
    """The real evaluator: parley eval on a corpus, F1 per field."""
    result = run_with_progress(path, quiet)
    scores = {name: c.f1 for name, c in result.fields.items() if c.f1 is not None}
    return Measured(scores=scores, articles=len(result.articles), gold_errors=[e.line() for e in result.gold_errors])


def run_gate(*, floors_path: Path = FLOORS, root: Path = ROOT, corpora: Sequence[Corpus] = CORPORA,
             update: bool = False, allow_lower: bool = False, evaluator: Evaluator | None = None,
             out: Callable[[str], None] = print) -> int:
    """The gate; returns the exit code (0 pass, 1 fail). Writes floors only with ``update`` and no problem."""
    evaluator = evaluator or evaluate_path
    data = load_floors(floors_path)
    pinned: dict = data["corpora"]
    known = {c.name: c for c in corpora}
    for name, entry in pinned.items():  # corpora pinned in the file but not listed in code
        if name not in known and "path" in entry:
            known[name] = Corpus(name, entry["path"], entry.get("required", True))
    failed = False
    new_corpora: dict = {}
    for corpus in known.values():
        path = (root / corpus.path).resolve()
        entry = pinned.get(corpus.name)
        if not path.exists():
            if corpus.required:
                out(f"FAIL {corpus.name}: {corpus.path} is missing")
                failed = True
            else:
                out(f"skip {corpus.name}: {corpus.path} is absent (it lives outside the repo); not checked")
            if entry:
                new_corpora[corpus.name] = entry
            continue
        digest = sha256(path)
        measured = evaluator(path)
        problems, notes, floors = compare(entry, digest, measured, update=update, allow_lower=allow_lower)
        status = "FAIL" if problems else "ok"
        out(f"{status} {corpus.name}: {corpus.path}, {measured.articles} articles")
        for name in sorted(set(floors) | set(measured.scores)):
            score = measured.scores.get(name)
            pinned_floor = (entry or {}).get("floors", {}).get(name)
            out(f"    {name:<12} F1 {'—' if score is None else f'{score:.3f}'}"
                f"   floor {'—' if pinned_floor is None else f'{pinned_floor:.3f}'}")
        for line in problems:
            out(f"  ✗ {line}")
        for line in notes:
            out(f"  · {line}")
        failed = failed or bool(problems)
        new_corpora[corpus.name] = {"path": corpus.path, "required": corpus.required, "sha256": digest,
                                    "articles": measured.articles, "floors": floors}
    if update:
        if failed:
            out(f"not updating {floors_path.name}: fix the failures above first")
        else:
            data["corpora"] = new_corpora
            data["about"] = ("Quality gate floors (F1 per field) and corpus hashes. Written by "
                             "`python -m parley.gate --update`; floors only rise unless --allow-lower.")
            floors_path.parent.mkdir(parents=True, exist_ok=True)
            floors_path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            out(f"wrote {floors_path}")
    out("gate: FAILED" if failed else "gate: passed")
    return 1 if failed else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m parley.gate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="re-pin corpus hashes and raise floors to the scores")
    parser.add_argument("--allow-lower", action="store_true", help="with --update: allow floors to go down")
    parser.add_argument("--floors", type=Path, default=FLOORS, help="floors file (default tests/gold/floors.json)")
    args = parser.parse_args(argv)
    if args.allow_lower and not args.update:
        parser.error("--allow-lower only makes sense with --update")
    return run_gate(floors_path=args.floors, update=args.update, allow_lower=args.allow_lower)


if __name__ == "__main__":
    sys.exit(main())
