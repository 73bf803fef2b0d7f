"""``parley eval GOLD.jsonl``: score parley against a gold file (thin over parley.evaluate)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from .errors import ParleyError, error
from .evaluate import (
    FIELDS, NONE, ArticleResult, EvalResult, Options, check_thresholds, describe_gold, gold_evidence,
    parse_minimums, predict, read_gold, run_gold, score_article,
)

FIELD_LABELS = {"events": "events", "events_type": "events (type only)", "quotes": "quotes",
                "demands": "demands", "commitments": "commitments", "actors": "actors"}


def fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def parse_fields(value: str | None) -> list[str]:
    if not value:
        return list(FIELDS)
    names = [v.strip() for v in value.split(",") if v.strip()]
    bad = [n for n in names if n not in FIELDS]
    if bad:
        raise typer.BadParameter(f"unknown field(s) {', '.join(bad)}; choose among {', '.join(FIELDS)}",
                                 param_hint="--fields")
    if "events_type" in names and "events" not in names:
        names.append("events")  # the type table and the confusion need the full event matching
    return [f for f in FIELDS if f in names]


# ----------------------------------------------------------------- rendering

def render_result(result: EvalResult, console: Console, worst: int = 10) -> None:
    """The tables: per field, per event type, confusions, worst articles."""
    n = len(result.articles)
    failures = result.failures()
    console.print(f"[bold]{result.label}[/bold]: {n} articles scored"
                  + (f", {len(result.gold_errors)} malformed lines skipped" if result.gold_errors else "")
                  + (f", {len(failures)} where parley failed (scored as empty)" if failures else ""))
    table = Table(title="Per field (micro averages over articles)", title_justify="left", header_style="bold")
    table.add_column("field", no_wrap=True)
    for col in ("articles", "gold", "optional", "predicted", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(col, justify="right")
    for name, c in result.fields.items():
        table.add_row(FIELD_LABELS.get(name, name), str(c.articles), str(c.gold), str(c.optional),
                      str(c.predicted), str(c.tp),
                      str(c.fp), str(c.fn), fmt(c.precision), fmt(c.recall), f"[bold]{fmt(c.f1)}[/bold]")
    console.print(table)
    matched, agree = result.demand_items
    if matched:
        console.print(f"demand item counts: {agree}/{matched} matched demands have the gold number of items "
                      f"({agree / matched:.3f})")
    if result.event_types:
        types = Table(title="Per event type (recall on gold of the type, precision on predictions of the type)",
                      title_justify="left", header_style="bold")
        types.add_column("type", no_wrap=True, min_width=9)
        for col in ("gold", "found", "missed", "pred", "correct", "P", "R", "F1"):
            types.add_column(col, justify="right")
        for t, c in result.event_types.items():
            types.add_row(t, str(c.gold_total), str(c.gold_found), str(c.gold_missed), str(c.pred_total),
                          str(c.pred_matched), fmt(c.precision), fmt(c.recall), fmt(c.f1))
        console.print(types)
    confusions = [((g, p), k) for (g, p), k in result.confusion.items() if g != p and NONE not in (g, p)]
    if confusions:
        conf = Table(title="Event type confusions (gold → predicted, same actors and recipients)",
                     title_justify="left", header_style="bold")
        conf.add_column("gold", no_wrap=True)
        conf.add_column("predicted", no_wrap=True)
        conf.add_column("n", justify="right")
        conf.add_column("of which accepted (alt)", justify="right")
        for (g, p), k in sorted(confusions, key=lambda kv: (-kv[1], kv[0])):
            conf.add_row(g, p, str(k), str(result.alt_accepted.get((g, p), 0)))
        console.print(conf)
    else:
        console.print("Event type confusions: none (no event matched on actors with another type)")
    rows = result.worst(worst)
    if rows:
        w = Table(title=f"Worst articles (F1 over {', '.join(f for f in result.fields if f != 'events_type')})",
                  title_justify="left", header_style="bold")
        for col in ("id", "line", "F1", "TP", "FP", "FN", "title"):
            w.add_column(col, justify="left" if col in ("id", "title") else "right")
        for a, f1, tp, fp, fn in rows:
            w.add_row(a.id, str(a.line), fmt(f1), str(tp), str(fp), str(fn), (a.title or "")[:60])
        console.print(w)
        console.print(f"see one article: parley eval {result.label} --explain ID")
    mismatched = [a for a in result.articles if a.language_mismatch]
    if mismatched:
        console.print(f"[yellow]language detected differs from gold on {len(mismatched)} articles:[/yellow] "
                      + ", ".join(f"{a.id} ({a.gold_language}→{a.language})" for a in mismatched[:10]),
                      highlight=False)
    for a in failures:
        console.print(f"[yellow]parley failed on {a.id} (line {a.line}):[/yellow] {a.failure}", markup=True,
                      highlight=False)


def explain_dict(gold, result: ArticleResult) -> dict:
    out: dict = {"id": result.id, "line": result.line, "title": result.title, "language": result.language,
                 "published": result.published, "failure": result.failure, "fields": {}}
    for name, r in result.fields.items():
        out["fields"][name] = {
            "matches": [{"gold": g.raw, "predicted": p.label, "evidence": p.evidence} for g, p in r.matches],
            "misses": [{"gold": g.raw, "evidence": gold_evidence(g)} for g in r.misses],
            "optional_missed": [{"gold": g.raw} for g in r.optional_missed],
            "false_alarms": [{"predicted": p.label, "evidence": p.evidence} for p in r.false_alarms],
        }
    return out


def render_explain(gold, result: ArticleResult, console: Console) -> None:
    console.print(f"[bold]{result.id}[/bold] (line {result.line}) · published {gold.published or 'unknown'}"
                  f" · language {result.language or '?'}")
    if result.title:
        console.print(result.title, markup=False, highlight=False)
    if result.failure:
        console.print(f"[yellow]parley failed:[/yellow] {result.failure}", highlight=False)
    for name, r in result.fields.items():
        if name == "events_type" and "events" in result.fields:
            continue
        table = Table(title=f"{FIELD_LABELS.get(name, name)}: {r.tp} matched, {r.fn} missed, "
                      f"{r.fp} false alarms", title_justify="left", header_style="bold", show_lines=True)
        table.add_column("", width=2)
        table.add_column("gold", ratio=3)
        table.add_column("predicted", ratio=3)
        table.add_column("evidence", ratio=4)
        for g, p in r.matches:
            table.add_row("[green]✓[/green]", describe_gold(g), p.label, p.evidence)
        for g in r.misses:
            table.add_row("[red]✗[/red]", describe_gold(g), "", f"[dim]{gold_evidence(g)}[/dim]")
        for p in r.false_alarms:
            table.add_row("[red]+[/red]", "", p.label, p.evidence)
        for g in r.optional_missed:
            table.add_row("[dim]·[/dim]", f"[dim]{describe_gold(g)}[/dim]", "[dim](optional, not found)[/dim]", "")
        console.print(table)
    console.print("✓ match  ✗ missed gold  + false alarm  · optional gold not found;"
                  "  A|B = alternatives (alt), ∅ = no actor", style="dim")


# ----------------------------------------------------------------- command

def wide_console(**kw) -> Console:
    """A console for tables: the terminal's width, or 120 columns when output is piped (CI logs)."""
    console = Console(soft_wrap=False, **kw)
    if not console.is_terminal:
        console = Console(soft_wrap=False, width=120, **kw)
    return console


def register(app: typer.Typer) -> None:
    out = wide_console()
    err = Console(stderr=True, soft_wrap=True)

    def fail_line(exc: ParleyError) -> None:
        err.print(exc.line(), markup=False, highlight=False)
        raise typer.Exit(1)

    @app.command("eval")
    def eval_command(
        gold: Annotated[Path, typer.Argument(help="A gold JSONL file (SPEC, 'Evaluation format').")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
        fields: Annotated[Optional[str], typer.Option(
            "--fields", help=f"Comma-separated fields to score (default all: {','.join(FIELDS)}).")] = None,
        minimum: Annotated[Optional[list[str]], typer.Option(
            "--min", help="FIELD=F1 (or event:TYPE=F1): exit non-zero when the F1 is below. Repeatable.")] = None,
        explain: Annotated[Optional[str], typer.Option(
            "--explain", help="Show one article's matches, misses and false alarms (its id or an id prefix).")] = None,
        worst: Annotated[int, typer.Option("--worst", help="How many worst articles to list.")] = 10,
        sector: Annotated[bool, typer.Option("--sector", help="Events: a sector given in gold must agree too.")] = False,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    ) -> None:
        """Score parley against a gold file: precision, recall and F1 per field and per event type."""
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        names = parse_fields(fields)
        try:
            minimums = parse_minimums(minimum or [])
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--min") from None
        options = Options(use_sector=sector)
        label = str(gold)

        if explain is not None:
            try:
                golds, errors = read_gold(label)
            except ParleyError as exc:
                fail_line(exc)
                return
            hits = [g for g in golds if g.id == explain] or [g for g in golds if g.id.startswith(explain)]
            if len(hits) != 1:
                what = "no article" if not hits else f"{len(hits)} articles"
                fail_line(ParleyError("E301", f"{what} with id '{explain}'", label))
                return
            g = hits[0]
            report, failure = predict(g, label)
            result = score_article(g, report, names, options, failure)
            if as_json:
                sys.stdout.write(json.dumps(explain_dict(g, result), ensure_ascii=False, indent=2) + "\n")
            else:
                render_explain(g, result, out)
            return

        progress = Progress(TextColumn("[bold]eval"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[item]}"), TimeElapsedColumn(), console=err,
                            transient=True, disable=quiet or not err.is_terminal)
        task = progress.add_task("eval", total=None, item="")
        try:
            with progress:
                result = run_gold(label, names, options,
                                  on_start=lambda n: progress.update(task, total=n),
                                  on_article=lambda g: progress.update(task, advance=1, item=g.id[-40:]))
        except ParleyError as exc:
            fail_line(exc)
            return
        for e in result.gold_errors:
            err.print(e.line(), markup=False, highlight=False)
        if as_json:
            data = result.as_dict()
            data["thresholds"] = {"minimums": minimums, "failed": check_thresholds(result, minimums)}
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            render_result(result, out, worst)
        failed = check_thresholds(result, minimums)
        for line in failed:
            err.print(error("E302", label, detail=line).line(), markup=False, highlight=False)
        if failed or result.gold_errors:
            raise typer.Exit(1)
