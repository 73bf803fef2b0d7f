"""``parley actors`` and ``parley actor``: the actors of an article, the KB, CAMEO import.

- ``parley actors SOURCE [--date D] [--json] [--actors FILE]``: every actor of
  an article with its codes, role on the date, and each mention with its
  offsets and kind (name, title, metonym, demonym, group, pronoun...).
- ``parley actors import FILE [-o OUT]``: convert a CAMEO ``.actors.txt``
  dictionary (TABARI/PETRARCH/Phoenix format) into parley's YAML, for ``--actors``.
- ``parley actor NAME [--date D] [--json]``: look an entity up in the KB (fuzzy).
"""


import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    from .cli import ActorsOpt, DateOpt, err, fail, out, settings_from
    from .errors import ParleyError, error

    @app.command("actors")
    def actors_cmd(
        source: Annotated[str, typer.Argument(help="An article (file, URL, - for stdin), or 'import'.")],
        file: Annotated[Optional[str], typer.Argument(help="With 'import': the CAMEO .actors.txt file.")] = None,
        date: DateOpt = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        actors: ActorsOpt = None,
        output: Annotated[Optional[Path],
                          typer.Option("--output", "-o", help="With 'import': write the YAML here.")] = None,
    ) -> None:
        """List the actors of an article with every mention; or `parley actors import FILE`."""
        try:
            if source == "import":
                if not file:
                    err.print("usage: parley actors import FILE.actors.txt [-o OUT.yaml]", markup=False,
                              highlight=False)
                    raise typer.Exit(2)
                _import(Path(file), output)
                return
            if file:
                err.print("usage: parley actors SOURCE [--date D] [--json]  (or: parley actors import FILE)",
                          markup=False, highlight=False)
                raise typer.Exit(2)
            settings = settings_from(date, None, actors)
            article = _analyse(source, settings)
        except ParleyError as exc:
            fail(exc)
            return
        if as_json:
            sys.stdout.write(json.dumps(_actors_json(article), ensure_ascii=False, indent=2) + "\n")
        else:
            _print_actors(article, out)

    def _import(path: Path, output: Path | None) -> None:
        from .actors.cameo import parse_actors_file, to_yaml

        if not path.exists():
            raise error("E001", str(path))
        entries = parse_actors_file(path)
        text = to_yaml(entries, path.name)
        if output:
            output.write_text(text, encoding="utf-8")
            n = sum(len(v) for v in entries.values())
            err.print(f"wrote {n} entries to {output} (use it with --actors {output})", markup=False, highlight=False)
        else:
            sys.stdout.write(text)

    @app.command("actor")
    def actor_cmd(
        name: Annotated[str, typer.Argument(help="A name, in any spelling (fuzzy match).")],
        date: DateOpt = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        limit: Annotated[int, typer.Option(help="At most this many entities.")] = 3,
        actors: ActorsOpt = None,
    ) -> None:
        """Look an entity up in the actor knowledge base: codes, Wikidata id, roles by date."""
        import datetime as dt

        from . import _check_date
        from .actors.kb import load_kb, search

        try:
            day = dt.date.fromisoformat(_check_date(date)) if date else dt.date.today()
            kb = load_kb(str(actors) if actors else None)
        except ParleyError as exc:
            fail(exc)
            return
        found = search(kb, name, limit=limit)
        if not found:
            err.print(f"no actor like '{name}' in the knowledge base", markup=False, highlight=False)
            raise typer.Exit(1)
        if as_json:
            sys.stdout.write(json.dumps([_entity_json(e, s, a, day) for e, s, a in found],
                                        ensure_ascii=False, indent=2) + "\n")
            return
        for entity, score, alias in found:
            _print_entity(entity, score, alias, day, out)


def _analyse(source: str, settings):
    from .pipeline import Article, run
    from .sources import load_one

    article = Article(raw=load_one(source), settings=settings)
    return run(article)


def _mention_rows(article) -> dict[str, list[dict]]:
    index = article.ext.get("actor_index")
    rows: dict[str, list[dict]] = {}
    if index is None:
        return rows
    for m in index.mentions:
        rows.setdefault(m.actor_id, []).append({
            "text": article.original[m.start:m.end], "start": m.start, "end": m.end, "sentence": m.sent,
            "kind": m.kind, "tokens": [m.tok_start, m.tok_end],
            **({"sector": m.sector} if m.sector else {}), **({"place": True} if m.place else {}),
        })
    return rows


def _actors_json(article) -> dict:
    rows = _mention_rows(article)
    return {
        "article": {"path": article.raw.path, "title": article.title, "published": article.published,
                    "published_source": article.published_source, "language": article.language},
        "actors": [dict(a.model_dump(exclude={"mentions"}), mentions=rows.get(a.id, [])) for a in article.actors],
    }


def _role_text(role) -> str:
    if role is None:
        return ""
    when = ""
    if role.start or role.end:
        when = f" ({role.start or '…'} → {role.end or 'now'})"
    return f"{role.role}{when}"


def _print_actors(article, console) -> None:
    from rich.text import Text

    date = article.published or "unknown"
    if article.published_source == "estimated":
        date += " (estimated)"
    console.print(Text(f"{article.title or article.label} · {article.language} · {date}", style="bold"))
    rows = _mention_rows(article)
    if not article.actors:
        console.print("  no actors found")
    for a in article.actors:
        head = Text(f"{a.id:>4} ")
        head.append(f"{a.country or '—'} {a.sector or '—'}", style="cyan")
        head.append(f"  {a.name}", style="bold")
        if a.role:
            head.append(f"  {_role_text(a.role)}")
        if a.wikidata:
            head.append(f"  {a.wikidata}", style="dim")
        head.append(f"  {a.kind}{'' if a.known else ', unknown'}", style="dim")
        console.print(head)
        for r in rows.get(a.id, []):
            extra = f" {r['sector']}" if r.get("sector") else ""
            line = Text(f"       s{r['sentence']:<3} {r['start']:>6}-{r['end']:<6} {r['kind'] + extra:<12} ")
            line.append(f"«{r['text']}»")
            console.print(line)


def _entity_json(entity, score: float, alias: str, day) -> dict:
    held = entity.role_at(day) if entity.kind == "person" else None
    return {
        "name": entity.name, "kind": entity.kind, "wikidata": entity.wikidata, "country": entity.country,
        "sector": (held.sector if held else None) or entity.sector, "matched": alias, "score": round(score, 1),
        "role_on_date": ({"role": held.role, "country": held.country, "sector": held.sector} if held else None),
        "date": day.isoformat(),
        "aliases": entity.aliases,
        "roles": [{"role": r.role, "country": r.country, "sector": r.sector,
                   "start": r.start.isoformat() if r.start else None, "end": r.end.isoformat() if r.end else None,
                   **({"seat": r.seat} if r.seat else {}), **({"topic": r.topic} if r.topic else {})}
                  for r in entity.roles],
    }


def _print_entity(entity, score: float, alias: str, day, console) -> None:
    from rich.text import Text

    data = _entity_json(entity, score, alias, day)
    head = Text(f"{entity.name}", style="bold")
    head.append(f"  {entity.kind} · {entity.country or '—'} {data['sector'] or ''}".rstrip())
    if entity.wikidata:
        head.append(f" · {entity.wikidata}", style="dim")
    head.append(f"  (matched '{alias}', {score:.0f})", style="dim")
    console.print(head)
    held = data["role_on_date"]
    if entity.kind == "person":
        what = f"{held['role']} ({held['country']} {held['sector'] or ''}".rstrip() + ")" if held else \
            "no role in the knowledge base"
        console.print(Text(f"  on {day.isoformat()}: {what}"))
    for r in data["roles"]:
        mark = "*" if held and r["role"] == held["role"] and r["country"] == held["country"] else " "
        extra = "".join(f" {k}={r[k]}" for k in ("seat", "topic") if r.get(k))
        console.print(Text(f"  {mark} {r['role']:<24} {r['country'] or '—':<5} {r['sector'] or '—':<4} "
                           f"{r['start'] or '…'} → {r['end'] or 'now'}{extra}"))
    names = [n for lang in ("en", "fr", "any") for n in entity.aliases.get(lang, [])]
    if names:
        shown = ", ".join(dict.fromkeys(names))
        console.print(Text(f"  aliases: {shown[:160]}{'…' if len(shown) > 160 else ''}", style="dim"))
