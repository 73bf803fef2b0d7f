"""``parley quotes``, ``parley demands``, ``parley commitments``: who said what, who wants
what, who promised what by when.

- ``parley quotes [SOURCE] [--date D] [--db FILE] [--json]``: direct and indirect speech
  with speakers, of one article or, without SOURCE, of every article in the store.
- ``parley demands [SOURCE] [--date D] [--db FILE] [--json]``: demands and conditions with
  their items, of one article or of the store.
- ``parley commitments [SOURCE] [--date D] [--as-of D] [--db FILE] [--status S] [--json]``:
  promises and deadlines with due dates and their status on the as-of day (today by
  default), for one article or, without SOURCE, for every article in the store (the
  commitment tracker: what is due, what has expired).
"""

# No `from __future__ import annotations`: typer reads the option types, imported in register().
import datetime as dt
import json
import sys
from typing import Annotated, Optional

import typer


def _read(source: str, date: str | None, as_of: str | None, actors):
    from .cli import settings_from
    from .pipeline import process
    from .sources import load_one

    return process(load_one(source), settings_from(date, as_of, actors))


def _reports_or_exit(source: str | None, date: str | None, actors, db, as_of: str | None = None) -> list:
    """The Report of one source, or without a source every Report of the store; an expected
    failure ends the command with one line."""
    from .cli import fail, open_store
    from .errors import ParleyError

    try:
        if source:
            return [_read(source, date, as_of, actors)]
        with open_store(db, read_only=True) as st:
            return list(st.reports())
    except ParleyError as exc:
        fail(exc)
        raise  # fail() always exits; this keeps type checkers content


def _records_or_json(source, date, actors, db, as_json: bool, field: str) -> list | None:
    """The Reports to show, or None when ``--json`` already printed the records of ``field``."""
    reports = _reports_or_exit(source, date, actors, db)
    if as_json:
        _print_json(reports, field, not source)
        return None
    return reports


def _print_json(reports, field: str, from_store: bool) -> None:
    """The records of ``field`` as JSON; from the store each record names its article."""
    rows = []
    for report in reports:
        for item in getattr(report, field):
            record = item.model_dump()
            if from_store:
                record["article"] = report.article.id
            rows.append(record)
    sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


def _who(ref) -> str:
    if ref is None:
        return "?"
    return f"{ref.code or '—'} {ref.name}"


def register(app: typer.Typer) -> None:
    from rich.table import Table

    from .cli import ActorsOpt, AsOfOpt, DateOpt, DbOpt, fail, out
    from .errors import ParleyError

    JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON records.")]
    SourceArg = Annotated[Optional[str], typer.Argument(
        help="An article: file, URL, or - for stdin; without it, every stored article.")]

    @app.command("quotes")
    def quotes_cmd(
        source: SourceArg = None,
        date: DateOpt = None,
        db: DbOpt = None,
        actors: ActorsOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Direct and indirect quotes, with speakers: of one article or of the store."""
        reports = _records_or_json(source, date, actors, db, as_json, "quotes")
        if reports is None:
            return
        t = Table(show_header=True, header_style="bold", box=None)
        for col in ("speaker", "", "cue", "text"):
            t.add_column(col)
        if not source:
            t.add_column("article")
        for report in reports:
            for q in report.quotes:
                cells = [_who(q.speaker), "direct" if q.direct else "indirect", q.cue or "", q.text]
                t.add_row(*cells, *([] if source else [report.article.id[:10]]))
        out.print(t if any(r.quotes for r in reports) else "no quotes found")

    @app.command("demands")
    def demands_cmd(
        source: SourceArg = None,
        date: DateOpt = None,
        db: DbOpt = None,
        actors: ActorsOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Demands and conditions, each item on its own line: of one article or of the store."""
        reports = _records_or_json(source, date, actors, db, as_json, "demands")
        if reports is None:
            return
        if not any(r.demands for r in reports):
            out.print("no demands found")
        for report in reports:
            if report.demands and not source:
                out.print(f"{report.article.id[:10]} {report.article.title or ''}", markup=False, highlight=False)
            for d in report.demands:
                to = f" → {_who(d.addressee)}" if d.addressee else ""
                if d.none:
                    out.print(f"{_who(d.actor)}{to}: no {d.kind}s  «{d.cue or ''}»", markup=False, highlight=False)
                    continue
                out.print(f"{_who(d.actor)}{to} [{d.kind}]", markup=False, highlight=False)
                for item in d.items:
                    out.print(f"   • {item.text}", markup=False, highlight=False)

    @app.command("commitments")
    def commitments_cmd(
        source: SourceArg = None,
        date: DateOpt = None,
        as_of: AsOfOpt = None,
        db: DbOpt = None,
        status: Annotated[Optional[str], typer.Option(
            "--status", help="Only open, due, expired or unknown commitments.")] = None,
        actors: ActorsOpt = None,
        as_json: JsonOpt = False,
    ) -> None:
        """Promises and deadlines with their due dates and status on --as-of (default today)."""
        from . import _check_date
        from .time.horizons import status as status_of

        if status and status not in ("open", "due", "expired", "unknown"):
            raise typer.BadParameter("choose among open, due, expired, unknown", param_hint="--status")
        try:
            day = dt.date.fromisoformat(_check_date(as_of)) if as_of else dt.date.today()
        except ParleyError as exc:
            fail(exc)
            return
        reports = _reports_or_exit(source, date, actors, db, as_of)
        rows = []
        for report in reports:
            for c in report.commitments:
                due = dt.date.fromisoformat(c.due) if c.due else None
                record = c.model_dump()
                record["status"] = status_of(due, day)  # the status on the as-of day, not on ingestion
                record["article"] = report.article.id
                record["title"] = report.article.title
                if status is None or record["status"] == status:
                    rows.append(record)
        rows.sort(key=lambda r: (r["due"] or "9999", r["article"]))
        if as_json:
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        if not rows:
            out.print("no commitments found")
            return
        t = Table(show_header=True, header_style="bold", box=None, title=f"as of {day.isoformat()}",
                  title_justify="left")
        for col in ("due", "status", "actor", "kind", "horizon", "anchor", "what"):
            t.add_column(col)
        if not source:
            t.add_column("article")
        for r in rows:
            actor = r["actor"]
            anchor = f"{r['anchor']} ({r['anchor_date']})" if r["anchor"] else ""
            cells = [r["due"] or "—", r["status"], f"{actor['code'] or '—'} {actor['name']}" if actor else "?",
                     r["kind"], r["stated_horizon"] or "", anchor, r["what"][:90]]
            if not source:
                cells.append(r["article"][:10])
            t.add_row(*cells)
        out.print(t)
