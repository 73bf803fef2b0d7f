"""The brief: a terminal rendering of a Report, readable at a glance."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import ActorRef, Report


def _ref(ref: ActorRef | None) -> str:
    if ref is None:
        return "?"
    code = ref.code or "---"
    if ref.sector:
        code += f" {ref.sector}"
    return f"{code} {ref.name}"


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    a = report.article
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("Title", a.title or "(no title)")
    date = a.published or "unknown"
    if a.published_source in ("estimated", "text"):
        date += f" ({a.published_source})"
    head.add_row("Date", date)
    head.add_row("Language", (a.language or "unknown") + ("" if a.language_supported else " — not supported yet"))
    head.add_row("Source", a.source or a.url or a.path or "—")
    head.add_row("Sentences", f"{len(a.sentences)} (removed {len(a.removed)} boilerplate lines)")
    head.add_row("Id", a.id)
    console.print(Panel(head, title="parley brief", title_align="left"))
    for warning in a.warnings:
        console.print(Text("! " + warning, style="yellow"))
    if not a.language_supported:
        return

    console.rule(f"Actors ({len(report.actors)})", align="left")
    if report.actors:
        t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        for col in ("code", "sector", "name", "role", "wikidata", "mentions"):
            t.add_column(col)
        for actor in report.actors:
            role = actor.role.role if actor.role else ""
            t.add_row(actor.country or "—", actor.sector or "—", actor.name, role,
                      actor.wikidata or "", str(len(actor.mentions)))
        console.print(t)
    else:
        console.print("  none found")

    console.rule(f"Events ({len(report.events)})", align="left")
    for ev in report.events:
        actors = ", ".join(_ref(r) for r in ev.actor) or "?"
        recips = ", ".join(_ref(r) for r in ev.recipient)
        line = Text(f"  {actors} —{ev.event}{(':' + ev.mode) if ev.mode else ''}→ {recips or '·'}")
        tags = [ev.modality] if ev.modality != "asserted" else []
        if ev.negated:
            tags.append("negated")
        if ev.reported_by:
            tags.append(f"per {ev.reported_by.name}")
        if ev.date and ev.date_granularity != "article":
            tags.append(ev.date)
        if tags:
            line.append(" · " + " · ".join(tags), style="cyan")
        line.append(f"  «{_short(ev.evidence.text, 90)}»", style="dim")
        console.print(line)
    if not report.events:
        console.print("  none found")

    console.rule(f"Quotes ({len(report.quotes)})", align="left")
    for q in report.quotes:
        who = _ref(q.speaker) if q.speaker else (q.speaker_text or "unattributed")
        kind = "" if q.direct else " (indirect)"
        console.print(Text(f"  {who}{kind}: «{_short(q.text)}»"))
    if not report.quotes:
        console.print("  none found")

    console.rule(f"Demands ({len(report.demands)})", align="left")
    for d in report.demands:
        to = f" → {_ref(d.addressee)}" if d.addressee else ""
        if d.none:
            console.print(Text(f"  {_ref(d.actor)}{to}: no {d.kind}s"))
            continue
        console.print(Text(f"  {_ref(d.actor)}{to} [{d.kind}]"))
        for item in d.items:
            console.print(Text(f"    • {_short(item.text)}"))
    if not report.demands:
        console.print("  none found")

    console.rule(f"Commitments ({len(report.commitments)})", align="left")
    for c in report.commitments:
        due = c.due or "no date"
        anchor = f" after {c.anchor} ({c.anchor_date})" if c.anchor else ""
        console.print(Text(
            f"  {_ref(c.actor)} [{c.kind}] {_short(c.what, 80)} — {c.stated_horizon or ''}{anchor} → due {due} · {c.status}"
        ))
    if not report.commitments:
        console.print("  none found")

    console.rule(f"Positions ({len(report.positions)})", align="left")
    if report.positions:
        proposals = sorted({p.proposal for p in report.positions})
        actors = sorted({_ref(p.actor) for p in report.positions})
        t = Table(show_header=True, header_style="bold", box=None)
        t.add_column("proposal")
        for name in actors:
            t.add_column(name)
        for prop in proposals:
            row = [_short(prop, 50)]
            for name in actors:
                stances = [p.stance for p in report.positions if p.proposal == prop and _ref(p.actor) == name]
                row.append(", ".join(sorted(set(stances))) or "")
            t.add_row(*row)
        console.print(t)
    else:
        console.print("  none found")


def render_to_text(report: Report, width: int = 120) -> str:
    console = Console(record=True, width=width, force_terminal=False, color_system=None)
    with console.capture() as capture:
        render(report, console)
    return capture.get()


__all__ = ["render", "render_to_text", "Group"]
