"""The ``parley`` command. Each command is thin over the Python API.

Expected failures print one line (``[E0xx] input: what went wrong``) and exit
non-zero; they never print a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from .errors import ParleyError, error

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="parley: sourced, structured event data (PLOVER) from news about diplomacy and conflict.",
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False)
err = Console(stderr=True, soft_wrap=True)

# Options shared by several commands.
DbOpt = Annotated[Optional[Path], typer.Option("--db", help="DuckDB store file (default: user data dir, or $PARLEY_DB).")]
DateOpt = Annotated[Optional[str], typer.Option("--date", help="The article's date (YYYY-MM-DD), overriding metadata.")]
AsOfOpt = Annotated[Optional[str], typer.Option("--as-of", help="Reference date for commitment status (default: today).")]
ActorsOpt = Annotated[Optional[Path], typer.Option("--actors", help="Extra actor dictionary (parley YAML or CAMEO .actors.txt).")]


def fail(exc: ParleyError, code: int = 1) -> None:
    err.print(exc.line(), markup=False, highlight=False)
    raise typer.Exit(code)


def settings_from(date: str | None, as_of: str | None, actors: Path | None = None):
    from . import _check_date
    from .pipeline import Settings

    return Settings(date=_check_date(date), as_of=_check_date(as_of),
                    actors_file=str(actors) if actors else None)


def open_store(db: Path | None, read_only: bool = False):
    from .store import Store

    return Store(db, read_only=read_only)


@app.command()
def read(
    source: Annotated[str, typer.Argument(help="A file, URL, directory's first article, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the Report as JSON.")] = False,
    date: DateOpt = None,
    as_of: AsOfOpt = None,
    actors: ActorsOpt = None,
    store: Annotated[bool, typer.Option("--store", help="Also store the Report in the DuckDB store.")] = False,
    db: DbOpt = None,
) -> None:
    """Read one article and print its brief (or the Report with --json)."""
    from .brief import render
    from .pipeline import process
    from .sources import load_one

    try:
        settings = settings_from(date, as_of, actors)
        raw = load_one(source)
        report = process(raw, settings)
        if store:
            with open_store(db) as st:
                st.add(report)
    except ParleyError as exc:
        fail(exc)
        return
    if as_json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        render(report, out)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, directories, feeds, JSONL, WARC, URLs, or -.")],
    db: DbOpt = None,
    date: DateOpt = None,
    as_of: AsOfOpt = None,
    actors: ActorsOpt = None,
    batch: Annotated[int, typer.Option(help="Articles stored per transaction.", min=1)] = 20,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="A line per stored article.")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes for the NLP (each loads the models, ~0.7 GiB).", min=1)] = 1,
) -> None:
    """Read articles and store them; the same article twice is stored once.

    Each batch is one transaction: killed at any moment and run again, every
    article ends up stored exactly once.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import process, process_parallel
    from .sources import RawDocument, iter_documents

    try:
        settings = settings_from(date, as_of, actors)
        st = open_store(db)
    except ParleyError as exc:
        fail(exc)
        return
    counts = {"new": 0, "duplicates": 0}
    failed: list[str] = []
    pending: list = []

    def report_error(exc: ParleyError) -> None:
        failed.append(exc.line())
        progress.console.print(exc.line(), markup=False, highlight=False)

    def flush() -> None:
        if not pending:
            return
        try:
            results = st.add_many(pending)
        except ParleyError as exc:
            for report in pending:
                failed.append(f"{report.article.path or report.article.id}: not stored")
            report_error(exc)
            pending.clear()
            return
        for report, fresh in zip(pending, results):
            counts["new" if fresh else "duplicates"] += 1
            if verbose:
                state = "stored" if fresh else "duplicate"
                progress.console.print(f"{state} {report.article.id} {report.article.path or report.article.url or ''}",
                                       markup=False, highlight=False)
        pending.clear()

    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[item]}"), TimeElapsedColumn(), console=err,
                        disable=quiet or not err.is_terminal)
    with st, progress:
        task = progress.add_task("ingest", total=None, item="")
        def documents():
            for source in sources:
                yield from iter_documents(source)

        def results():
            if workers > 1:
                yield from process_parallel(documents(), settings, workers)
                return
            for item in documents():
                if isinstance(item, ParleyError):
                    yield item
                    continue
                assert isinstance(item, RawDocument)
                progress.update(task, item=item.label[-50:])
                try:
                    yield process(item, settings)
                except ParleyError as exc:
                    yield exc

        for result in results():
            if isinstance(result, ParleyError):
                report_error(result)
                continue
            pending.append(result)
            progress.advance(task)
            if len(pending) >= batch:
                flush()
        flush()
    err.print(f"ingested: {counts['new']} new, {counts['duplicates']} duplicates, {len(failed)} failed · store {st.path}",
              markup=False, highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command()
def articles(db: DbOpt = None, limit: Annotated[int, typer.Option(help="At most this many.")] = 50) -> None:
    """List the stored articles."""
    from rich.table import Table

    try:
        with open_store(db, read_only=True) as st:
            df = st.articles(limit)
    except ParleyError as exc:
        fail(exc)
        return
    table = Table(show_header=True, header_style="bold")
    for col in ("id", "published", "language", "sentences"):
        table.add_column(col, no_wrap=True)
    table.add_column("title", overflow="ellipsis", no_wrap=True)
    for row in df.itertuples():
        table.add_row(row.id, str(row.published)[:10] if row.published is not None and str(row.published) != "NaT" else "—",
                      row.language or "—", str(row.n_sentences), row.title or "")
    out.print(table)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="An article id (or its first characters).")],
    db: DbOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Show a stored article's brief."""
    from .brief import render

    try:
        with open_store(db, read_only=True) as st:
            report = st.report(article_id)
    except ParleyError as exc:
        fail(exc)
        return
    if as_json:
        sys.stdout.write(report.to_json() + "\n")
    else:
        render(report, out)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a Report."""
    from .model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


def _register_extensions() -> None:
    """Commands of later areas live in their own modules with a ``register(app)``."""
    import importlib

    for name in ("cli_eval", "cli_actors", "cli_events", "cli_speech"):
        try:
            module = importlib.import_module(f"parley.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"parley.{name}":
                continue
            raise
        module.register(app)


_register_extensions()


def main() -> None:
    try:
        app()
    except ParleyError as exc:  # a last net: one line, no traceback
        err.print(exc.line(), markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)


__all__ = ["app", "main", "error"]


if __name__ == "__main__":
    main()
