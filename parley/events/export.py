"""Events as PLOVER JSON records and as flat rows (CSV).

Field names follow the PLOVER manual's JSON table (id, date, actor, recipient,
event, mode, context, event_text, quad_code, text, coder, coded_date, ...);
actor and recipient entities carry ``code``, ``sector``, ``entity_text``
(the words of the article), ``identifier_id`` (Wikidata) and
``identifier_text`` (the canonical name). parley adds ``plover_score``,
``cameo_root``, ``negated``, ``modality``, ``reported_by``, the evidence
offsets and a ``confidence``.
"""

from __future__ import annotations

import datetime as dt

from ..model import SCHEMA_VERSION, ActorRef, Event, Report

CSV_FIELDS = ("id", "article_id", "date", "date_granularity", "event", "mode", "context", "quad_code",
              "plover_score", "cameo_root", "actor_code", "actor_sector", "actor_name", "recipient_code",
              "recipient_sector", "recipient_name", "negated", "modality", "reported_by", "event_text",
              "confidence", "sentence", "start", "end", "text", "source", "schema_version")


def _wikidata(report: Report, ref: ActorRef) -> str | None:
    for actor in report.actors:
        if actor.id == ref.id:
            return actor.wikidata
    return None


def entity(ref: ActorRef, report: Report) -> dict:
    return {"code": ref.code, "sector": ref.sector, "entity_text": ref.text, "identifier_id": _wikidata(report, ref),
            "identifier_text": ref.name}


def plover_record(ev: Event, report: Report, coded: dt.date | None = None) -> dict:
    """One event as a PLOVER JSON record."""
    from .. import __version__

    a = report.article
    return {
        "id": ev.id,
        "date": ev.date,
        "date_granularity": ev.date_granularity,
        "event": ev.event,
        "mode": ev.mode or None,
        "context": ev.context,
        "actor": [entity(r, report) for r in ev.actor],
        "recipient": [entity(r, report) for r in ev.recipient],
        "quad_code": ev.quad_code,
        "plover_score": ev.plover_score,
        "cameo_root": ev.cameo_root,
        "negated": ev.negated,
        "modality": ev.modality,
        "reported_by": entity(ev.reported_by, report) if ev.reported_by else None,
        "event_text": ev.event_text,
        "text": ev.evidence.text,
        "evidence": {"sentence": ev.evidence.sentence, "start": ev.evidence.start, "end": ev.evidence.end},
        "confidence": ev.confidence,
        "article_id": a.id,
        "language": a.language,
        "cite_info": {"title": a.title, "url": a.url, "path": a.path, "source": a.source, "published": a.published},
        "coder": f"parley {__version__}",
        "coded_date": (coded or dt.date.today()).isoformat(),
        "schema_version": SCHEMA_VERSION,
    }


def flat_row(ev: Event, report: Report) -> dict:
    """One event as a flat row: several actors are joined with ';'."""
    def join(values) -> str:
        return ";".join(v or "" for v in values)

    a = report.article
    return {
        "id": ev.id, "article_id": a.id, "date": ev.date or "", "date_granularity": ev.date_granularity or "",
        "event": ev.event, "mode": ev.mode, "context": ";".join(ev.context), "quad_code": ev.quad_code,
        "plover_score": ev.plover_score, "cameo_root": ev.cameo_root or "",
        "actor_code": join(r.code for r in ev.actor), "actor_sector": join(r.sector for r in ev.actor),
        "actor_name": join(r.name for r in ev.actor),
        "recipient_code": join(r.code for r in ev.recipient), "recipient_sector": join(r.sector for r in ev.recipient),
        "recipient_name": join(r.name for r in ev.recipient),
        "negated": ev.negated, "modality": ev.modality, "reported_by": ev.reported_by.name if ev.reported_by else "",
        "event_text": ev.event_text, "confidence": ev.confidence, "sentence": ev.evidence.sentence,
        "start": ev.evidence.start, "end": ev.evidence.end, "text": ev.evidence.text,
        "source": a.url or a.path or "", "schema_version": SCHEMA_VERSION,
    }
