"""``parley events SOURCE...``: the PLOVER events of articles, as a table, JSONL or CSV.

- ``--format table`` (default): one line per event with its evidence;
- ``--format jsonl``: one PLOVER JSON record per line (field names of the
  PLOVER manual: id, date, event, mode, context, actor/recipient as lists of
  {code, sector, entity_text, identifier_id, identifier_text}, quad_code, ...);
- ``--format csv``: flat rows with a header and a ``schema_version`` column.

SOURCE is anything ``parley ingest`` reads (files, directories, JSONL, feeds,
URLs, ``-``); ``--store`` also stores the Reports in the DuckDB store.
"""


import csv
import json
import sys
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    from .cli import ActorsOpt, DateOpt, DbOpt, err, fail, open_store, out, settings_from
    from .errors import ParleyError

    @app.command("events")
    def events_cmd(
        sources: Annotated[list[str], typer.Argument(help="Articles: files, directories, JSONL, feeds, URLs, or -.")],
        date: DateOpt = None,
        fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
        actors: ActorsOpt = None,
        min_confidence: Annotated[float, typer.Option("--min-confidence", help="Leave out less certain events.",
                                                      min=0.0, max=1.0)] = 0.0,
        skip_negated: Annotated[bool, typer.Option("--skip-negated", help="Leave out negated events.")] = False,
        store: Annotated[bool, typer.Option("--store", help="Also store the Reports in the DuckDB store.")] = False,
        db: DbOpt = None,
    ) -> None:
        """Code the political events of articles as PLOVER records (who did what to whom, with evidence)."""
        from .events.export import CSV_FIELDS, flat_row, plover_record
        from .pipeline import process
        from .sources import RawDocument, iter_documents

        if fmt not in ("table", "jsonl", "csv"):
            raise typer.BadParameter("choose table, jsonl or csv", param_hint="--format")
        try:
            settings = settings_from(date, None, actors)
        except ParleyError as exc:
            fail(exc)
            return
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(sys.stdout, fieldnames=list(CSV_FIELDS), lineterminator="\n")
            writer.writeheader()
        reports = []
        failed = 0
        for source in sources:
            for item in iter_documents(source):
                if isinstance(item, ParleyError):
                    err.print(item.line(), markup=False, highlight=False)
                    failed += 1
                    continue
                assert isinstance(item, RawDocument)
                try:
                    report = process(item, settings)
                except ParleyError as exc:
                    err.print(exc.line(), markup=False, highlight=False)
                    failed += 1
                    continue
                events = [e for e in report.events if e.confidence >= min_confidence
                          and not (skip_negated and e.negated)]
                if fmt == "jsonl":
                    for ev in events:
                        sys.stdout.write(json.dumps(plover_record(ev, report), ensure_ascii=False) + "\n")
                elif fmt == "csv":
                    for ev in events:
                        writer.writerow(flat_row(ev, report))
                else:
                    print_table(report, events, out)
                if store:
                    reports.append(report)
        if store and reports:
            try:
                with open_store(db) as st:
                    st.add_many(reports)
            except ParleyError as exc:
                fail(exc)
                return
        if failed:
            raise typer.Exit(1)


def _refs(refs) -> str:
    return ", ".join(f"{r.code or '---'}{' ' + r.sector if r.sector else ''} {r.name}" for r in refs) or "·"


def print_table(report, events, console) -> None:
    """A line per event (who —TYPE→ whom · modality · date) and its evidence under it."""
    from rich.text import Text

    a = report.article
    console.print(Text(f"{a.title or a.path or a.id} · {a.language or '?'} · {a.published or 'date unknown'}"
                       f" · {len(events)} events", style="bold"))
    for ev in events:
        tags = [ev.modality] if ev.modality != "asserted" else []
        if ev.negated:
            tags.append("negated")
        if ev.reported_by:
            tags.append(f"per {ev.reported_by.name}")
        if ev.date:
            tags.append(ev.date + (f" ({ev.date_granularity})" if ev.date_granularity not in (None, "day") else ""))
        line = Text(f"s{ev.evidence.sentence:<3} {_refs(ev.actor)} —{ev.event}{(':' + ev.mode) if ev.mode else ''}→ "
                    f"{_refs(ev.recipient)}")
        if tags:
            line.append(" · " + " · ".join(tags), style="cyan")
        line.append(f"  [{ev.confidence:.2f}]", style="dim")
        console.print(line)
        text = " ".join(ev.evidence.text.split())
        console.print(Text(f"     «{text if len(text) <= 160 else text[:159] + '…'}»", style="dim"))
    if not events:
        console.print("  no events found")
