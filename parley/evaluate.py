"""``parley eval``: score Reports against gold articles (SPEC, "Evaluation format").

The core is pure: :func:`parse_gold` turns the lines of a gold file into
:class:`GoldArticle` values (and one-line errors for malformed lines),
:func:`score_article` compares one gold article with one Report, and
:func:`aggregate` sums the per-article results into an :class:`EvalResult`.
:func:`run_gold` (at the end, the only part that touches files and the NLP)
reads a gold file and runs parley on each article.

Matching rules (per article, on sets)
-------------------------------------
A field is scored for an article only when its gold line has the key
(``"quotes": []`` says "no quotes here"; no ``quotes`` key says "not
annotated"). Predicted records with identical keys count once. One prediction
matches at most one gold record and the reverse: a maximum bipartite matching,
built required-gold-first so that optional records never take a prediction a
required one could use. A matched optional gold record is a true positive; an
unmatched one costs nothing. Precision = TP / (TP + FP), recall = TP / (TP + FN),
F1 = 2TP / (2TP + FP + FN) (summed over articles: micro averages).

- **events**: event type (or one of ``alt``) + the set of actor codes (or one
  of ``alt_actor``) + the set of recipient codes (or one of ``alt_recipient``)
  + ``negated`` (a predicted event matches only when its ``negated`` flag
  agrees with the gold one, default false: "did not meet" is not "met"). The
  actor alternatives and the recipient alternatives combine freely. Two code
  sets agree when every gold code is satisfied by some predicted code and every
  predicted code satisfies some gold code; ``IGO`` / ``NGO`` gold codes are
  wildcards (:mod:`parley.codes`). Predicted actors without a code are left
  out of the set (gold does not list unidentified actors). Gold sectors are
  ignored unless ``use_sector`` is set. ``events_type`` is a diagnostic row:
  the same distinct predicted events matched on type (+ ``alt``) and
  ``negated`` alone, whatever their actors.
- **quotes**: speaker + the first 20 characters of the quote. The speaker
  matches when the predicted speaker's name equals the gold name (case- and
  accent-insensitive) or, when the gold speaker names a country or an
  organisation ("Russia"), when the predicted speaker's code is that code.
  Texts are compared after folding whitespace, typographic quotes, case and
  accents; a leading quotation mark or ``que``/``qu'``/``that`` is skipped.
- **demands**: actor + addressee (a code, with wildcards, or a name);
  ``""`` means no addressee, a missing key means any. The item count is
  reported apart, as the share of matched demands whose count agrees.
- **commitments**: actor (name, or country/organisation name vs code) + due
  date within one day.
- **actors**: name (case- and accent-insensitive, or two names of the same
  country/organisation); the code when the gold record has no name.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .codes import EVENT_TYPES, SECTORS, code_for_name, code_matches, fold, normalise_code
from .errors import ParleyError, error
from .model import ActorRef, Report

FIELDS: tuple[str, ...] = ("events", "events_type", "quotes", "demands", "commitments", "actors")
GOLD_KEYS: dict[str, str] = {f: ("events" if f == "events_type" else f) for f in FIELDS}
QUOTE_PREFIX = 20
DUE_TOLERANCE_DAYS = 1
NONE = "—"  # the "no event" row and column of the confusion table


# ----------------------------------------------------------------- gold

@dataclass
class GoldRecord:
    field: str
    index: int  # position in the gold list of its article
    raw: dict
    optional: bool = False
    data: dict = field(default_factory=dict)  # normalised values used for matching

    def label(self) -> str:
        return describe_gold(self)


@dataclass
class GoldArticle:
    id: str
    line: int
    text: str
    lang: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    records: dict[str, list[GoldRecord] | None] = field(default_factory=dict)  # None: not annotated

    def annotated(self, name: str) -> bool:
        return self.records.get(GOLD_KEYS[name]) is not None


class GoldLineError(ValueError):
    pass


def _need(cond: bool, reason: str) -> None:
    if not cond:
        raise GoldLineError(reason)


def _code_item(value: Any, where: str) -> tuple[str, str]:
    """A gold actor item: {"code": "RUS", "sector": "GOV"} or "RUS" -> (code, sector)."""
    if isinstance(value, str):
        return normalise_code(value), ""
    _need(isinstance(value, dict), f"{where}: expected {{\"code\": ...}} or a code string")
    code = value.get("code")
    _need(isinstance(code, str) and code.strip() != "", f"{where}: missing 'code'")
    sector = value.get("sector") or ""
    _need(isinstance(sector, str), f"{where}: 'sector' must be a string")
    sector = sector.strip().upper()[:3]
    return normalise_code(code), (sector if sector in SECTORS else "")


def _code_set(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    _need(isinstance(value, list), f"{where}: expected a list")
    items = {_code_item(v, f"{where}[{i}]") for i, v in enumerate(value)}
    return tuple(sorted(items))


def _alt_sets(value: Any, where: str) -> list[tuple[tuple[str, str], ...]]:
    if value is None:
        return []
    _need(isinstance(value, list) and all(isinstance(v, list) for v in value),
          f"{where}: expected a list of code lists, e.g. [[\"USA\"], []]")
    return [_code_set(v, f"{where}[{i}]") for i, v in enumerate(value)]


def _event_type(value: Any, where: str) -> str:
    _need(isinstance(value, str) and value.strip().upper() in EVENT_TYPES,
          f"{where}: unknown event type {value!r} (one of the 16 PLOVER types)")
    return value.strip().upper()


def _iso(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    _need(isinstance(value, str), f"{where}: expected a YYYY-MM-DD date")
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise GoldLineError(f"{where}: invalid date {value!r} (use YYYY-MM-DD)") from None


def _party(value: Any, where: str, *, allow_empty: bool = True) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("code") or value.get("name")
    _need(isinstance(value, str), f"{where}: expected a code or a name")
    _need(allow_empty or value.strip() != "", f"{where}: empty")
    return value.strip()


def _parse_record(name: str, index: int, raw: Any) -> GoldRecord:
    where = f"{name}[{index}]"
    _need(isinstance(raw, dict), f"{where}: expected a JSON object")
    optional = raw.get("optional", False)
    _need(isinstance(optional, bool), f"{where}: 'optional' must be true or false")
    data: dict[str, Any] = {}
    if name == "events":
        data["event"] = _event_type(raw.get("event"), f"{where}.event")
        alt = raw.get("alt") or []
        _need(isinstance(alt, list), f"{where}.alt: expected a list of event types")
        data["types"] = {data["event"], *(_event_type(a, f"{where}.alt") for a in alt)}
        data["actor_sets"] = [_code_set(raw.get("actor", []), f"{where}.actor"),
                              *_alt_sets(raw.get("alt_actor"), f"{where}.alt_actor")]
        data["recipient_sets"] = [_code_set(raw.get("recipient", []), f"{where}.recipient"),
                                  *_alt_sets(raw.get("alt_recipient"), f"{where}.alt_recipient")]
        negated = raw.get("negated", False)
        _need(isinstance(negated, bool) or negated is None, f"{where}.negated: must be true or false")
        data["negated"] = bool(negated)
    elif name == "quotes":
        speaker, begins = raw.get("speaker"), raw.get("begins")
        _need(isinstance(speaker, str) and speaker.strip() != "", f"{where}: missing 'speaker'")
        _need(isinstance(begins, str) and begins.strip() != "", f"{where}: missing 'begins'")
        data["speaker"] = fold(speaker)
        data["speaker_code"] = code_for_name(speaker)
        data["prefix"] = quote_key(begins)
    elif name == "demands":
        data["actor"] = _party(raw.get("actor"), f"{where}.actor", allow_empty=False)
        _need(data["actor"] is not None, f"{where}: missing 'actor'")
        data["addressee"] = _party(raw.get("addressee"), f"{where}.addressee") if "addressee" in raw else None
        data["any_addressee"] = "addressee" not in raw
        items = raw.get("items")
        _need(items is None or (isinstance(items, int) and not isinstance(items, bool) and items >= 0),
              f"{where}.items: expected a count (0 or more)")
        data["items"] = items
    elif name == "commitments":
        data["actor"] = _party(raw.get("actor"), f"{where}.actor", allow_empty=False)
        _need(data["actor"] is not None, f"{where}: missing 'actor'")
        _need("due" in raw, f"{where}: missing 'due'")
        data["due"] = _iso(raw.get("due"), f"{where}.due")
    elif name == "actors":
        nm, code = raw.get("name"), raw.get("code")
        _need(isinstance(nm, str) and nm.strip() or isinstance(code, str) and code.strip(),
              f"{where}: needs a 'name' or a 'code'")
        data["name"] = fold(nm) if isinstance(nm, str) else ""
        data["name_code"] = code_for_name(nm) if isinstance(nm, str) else None
        data["code"] = normalise_code(code) if isinstance(code, str) else ""
    return GoldRecord(field=name, index=index, raw=raw, optional=optional, data=data)


def parse_gold_line(line: str, number: int) -> GoldArticle:
    """One gold line -> GoldArticle; raises GoldLineError saying what is wrong."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldLineError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    _need(isinstance(row, dict), "not a JSON object")
    art_id = row.get("id")
    _need(isinstance(art_id, str) and art_id.strip() != "", "missing 'id'")
    text = row.get("text")
    _need(isinstance(text, str) and text.strip() != "", f"'{art_id}': missing 'text'")
    published = row["published"] if "published" in row else row.get("date")
    try:
        published = _iso(published, "published")
    except GoldLineError as exc:
        raise GoldLineError(f"'{art_id}': {exc}") from None
    article = GoldArticle(id=art_id.strip(), line=number, text=text, lang=row.get("lang"),
                          published=published, title=row.get("title") if isinstance(row.get("title"), str) else None,
                          source=row.get("source") if isinstance(row.get("source"), str) else None)
    for key in dict.fromkeys(GOLD_KEYS.values()):
        if key not in row or row[key] is None:
            article.records[key] = None
            continue
        _need(isinstance(row[key], list), f"'{art_id}': '{key}' must be a list")
        try:
            article.records[key] = [_parse_record(key, i, r) for i, r in enumerate(row[key])]
        except GoldLineError as exc:
            raise GoldLineError(f"'{art_id}': {exc}") from None
    return article


def parse_gold(lines: Iterable[str], label: str = "gold") -> tuple[list[GoldArticle], list[ParleyError]]:
    """Every well-formed line becomes a GoldArticle; each bad line an E301 error (the rest is kept)."""
    articles: list[GoldArticle] = []
    errors: list[ParleyError] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article = parse_gold_line(line, number)
            if article.id in seen:
                raise GoldLineError(f"duplicate id '{article.id}' (first on line {seen[article.id]})")
        except GoldLineError as exc:
            errors.append(error("E301", label, line=number, reason=str(exc)))
            continue
        seen[article.id] = number
        articles.append(article)
    return articles, errors


# ----------------------------------------------------------------- predictions

@dataclass(frozen=True)
class Predicted:
    """One distinct predicted record of a field: its matching key, a label and its evidence."""

    field: str
    key: tuple
    label: str
    evidence: str = ""
    count: int = 1  # how many identical records the Report had


def _ref_items(refs: Sequence[ActorRef]) -> tuple[tuple[str, str], ...]:
    items = set()
    for ref in refs:
        code = normalise_code(ref.code)
        sector = (ref.sector or "").upper()
        if not code and sector in ("IGO", "NGO"):
            code = sector
        if code:
            items.add((code, sector))
    return tuple(sorted(items))


def _codes_label(items: Sequence[tuple[str, str]]) -> str:
    return "+".join(c for c, _ in items) or "∅"


def quote_key(text: str | None) -> str:
    """The folded first characters of a quote (the matching key)."""
    key = fold(text)
    key = re.sub(r'^[\s"\'.,:;(\[-]+', "", key)
    key = re.sub(r"^(que |qu'|that )", "", key)
    return key[:QUOTE_PREFIX]


def _dedup(items: Iterable[Predicted]) -> list[Predicted]:
    out: dict[tuple, Predicted] = {}
    for item in items:
        if item.key in out:
            prev = out[item.key]
            out[item.key] = Predicted(prev.field, prev.key, prev.label, prev.evidence, prev.count + 1)
        else:
            out[item.key] = item
    return list(out.values())


def predicted(report: Report | None, name: str) -> list[Predicted]:
    """The distinct predicted records of one field of a Report."""
    if report is None:
        return []
    items: list[Predicted] = []
    if name in ("events", "events_type"):
        for ev in report.events:
            actors, recipients = _ref_items(ev.actor), _ref_items(ev.recipient)
            neg = "not " if ev.negated else ""
            key = (ev.event, actors, recipients, ev.negated)
            label = f"{neg}{ev.event} {_codes_label(actors)} → {_codes_label(recipients)}"
            items.append(Predicted(name, key, label, ev.evidence.text))
    elif name == "quotes":
        for q in report.quotes:
            sp = q.speaker
            key = (fold(sp.name) if sp else "", normalise_code(sp.code) if sp else "", quote_key(q.text))
            who = f"{sp.name} ({sp.code or '?'})" if sp else "?"
            items.append(Predicted(name, key, f"{who}: «{q.text[:40]}»", q.text))
    elif name == "demands":
        for d in report.demands:
            n_items = 0 if d.none else len(d.items)
            key = (_ref_key(d.actor), _ref_key(d.addressee), n_items, d.kind)
            label = f"{_ref_label(d.actor)} → {_ref_label(d.addressee)} ({n_items} items, {d.kind})"
            items.append(Predicted(name, key, label, d.evidence.text))
    elif name == "commitments":
        for c in report.commitments:
            key = (_ref_key(c.actor), c.due)
            label = f"{_ref_label(c.actor)} due {c.due or '?'}: {c.what[:50]}"
            items.append(Predicted(name, key, label, c.evidence.text))
    elif name == "actors":
        for a in report.actors:
            key = (fold(a.name), normalise_code(a.country), (a.sector or "").upper())
            mention = a.mentions[0].text if a.mentions else ""
            items.append(Predicted(name, key, f"{a.name} ({a.country or '?'} {a.sector or ''})".replace(" )", ")"),
                                   mention))
    return _dedup(items)


def _ref_key(ref: ActorRef | None) -> tuple[str, str, str]:
    if ref is None:
        return ("", "", "")
    return (fold(ref.name), normalise_code(ref.code), (ref.sector or "").upper())


def _ref_label(ref: ActorRef | None) -> str:
    return f"{ref.name} ({ref.code or '?'})" if ref else "∅"


# ----------------------------------------------------------------- matching

def sets_agree(gold: Sequence[tuple[str, str]], pred: Sequence[tuple[str, str]], use_sector: bool = False) -> bool:
    """Every gold code is satisfied by a predicted one and every predicted code satisfies a gold one."""

    def ok(g: tuple[str, str], p: tuple[str, str]) -> bool:
        if not code_matches(g[0], p[0], p[1]):
            return False
        return not (use_sector and g[1]) or g[1] == p[1]

    return (all(any(ok(g, p) for p in pred) for g in gold)
            and all(any(ok(g, p) for g in gold) for p in pred))


def party_matches(gold: str | None, ref_key: tuple[str, str, str]) -> bool:
    """A gold actor/addressee (a code like ``RUS``/``IGO``, a name, or ``""`` for none) vs a predicted one."""
    name, code, sector = ref_key
    if gold is None:
        return True
    if gold == "":
        return not name and not code
    if not name and not code:
        return False
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", gold):
        return code_matches(gold, code, sector)
    if fold(gold) == name:
        return True
    gold_code = code_for_name(gold)
    return bool(gold_code) and gold_code == code


def _due_close(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    try:
        delta = dt.date.fromisoformat(pred[:10]) - dt.date.fromisoformat(gold)
    except ValueError:
        return False
    return abs(delta.days) <= DUE_TOLERANCE_DAYS


@dataclass(frozen=True)
class Options:
    use_sector: bool = False  # events: a gold sector must agree too


def compatible(gold: GoldRecord, pred: Predicted, options: Options = Options(), *, ignore_type: bool = False) -> bool:
    """Does a predicted record satisfy a gold record (field rules in the module docstring)?"""
    g = gold.data
    if pred.field == "events":
        ev_type, actors, recipients, negated = pred.key
        return ((ignore_type or ev_type in g["types"]) and negated == g["negated"]
                and any(sets_agree(s, actors, options.use_sector) for s in g["actor_sets"])
                and any(sets_agree(s, recipients, options.use_sector) for s in g["recipient_sets"]))
    if pred.field == "events_type":  # the distinct events of "events", matched on type alone
        ev_type, _, _, negated = pred.key
        return ev_type in g["types"] and negated == g["negated"]
    if pred.field == "quotes":
        name, code, prefix = pred.key
        speaker_ok = (g["speaker"] == name) or bool(g["speaker_code"] and g["speaker_code"] == code)
        return speaker_ok and bool(prefix) and prefix.startswith(g["prefix"])
    if pred.field == "demands":
        actor, addressee, _, _ = pred.key
        return party_matches(g["actor"], actor) and (g["any_addressee"] or party_matches(g["addressee"], addressee))
    if pred.field == "commitments":
        actor, due = pred.key
        return party_matches(g["actor"], actor) and _due_close(g["due"], due)
    if pred.field == "actors":
        name, code, sector = pred.key
        if g["name"]:
            return g["name"] == name or bool(g["name_code"] and g["name_code"] == code_for_name(name))
        return code_matches(g["code"], code, sector)
    raise ValueError(f"unknown field {pred.field!r}")


def max_matching(adjacency: Sequence[Sequence[int]], order: Sequence[int], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths), left vertices tried in ``order``.

    A left vertex once matched stays matched, so trying required gold records
    first gives a maximum matching that covers as many of them as possible.
    Returns {left: right}.
    """
    owner = [-1] * n_right

    def augment(left: int, seen: set[int]) -> bool:
        for right in adjacency[left]:
            if right in seen:
                continue
            seen.add(right)
            if owner[right] == -1 or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in order:
        augment(left, set())
    return {left: right for right, left in enumerate(owner) if left != -1}


@dataclass
class FieldResult:
    """One field of one article."""

    field: str
    matches: list[tuple[GoldRecord, Predicted]] = field(default_factory=list)
    misses: list[GoldRecord] = field(default_factory=list)  # required gold not found
    optional_missed: list[GoldRecord] = field(default_factory=list)
    false_alarms: list[Predicted] = field(default_factory=list)
    n_predicted_raw: int = 0

    @property
    def tp(self) -> int:
        return len(self.matches)

    @property
    def fp(self) -> int:
        return len(self.false_alarms)

    @property
    def fn(self) -> int:
        return len(self.misses)


def match_field(gold: Sequence[GoldRecord], preds: Sequence[Predicted], options: Options = Options(),
                name: str | None = None) -> FieldResult:
    """Match the gold records of one field of one article with its distinct predicted records."""
    fname = name or (preds[0].field if preds else (gold[0].field if gold else "?"))

    def preference(g: GoldRecord, j: int) -> int:
        # demands: prefer the prediction whose item count agrees
        if fname == "demands" and g.data.get("items") is not None and preds[j].key[2] == g.data["items"]:
            return 0
        return 1

    adjacency = []
    for g in gold:
        rights = [j for j, p in enumerate(preds) if compatible(g, p, options)]
        adjacency.append(sorted(rights, key=lambda j: (preference(g, j), j)))
    order = [i for i, g in enumerate(gold) if not g.optional] + [i for i, g in enumerate(gold) if g.optional]
    pairs = max_matching(adjacency, order, len(preds))
    result = FieldResult(field=fname, n_predicted_raw=sum(p.count for p in preds))
    used = set(pairs.values())
    for i, g in enumerate(gold):
        if i in pairs:
            result.matches.append((g, preds[pairs[i]]))
        elif g.optional:
            result.optional_missed.append(g)
        else:
            result.misses.append(g)
    result.false_alarms = [p for j, p in enumerate(preds) if j not in used]
    return result


@dataclass
class ArticleResult:
    id: str
    line: int
    title: str | None
    fields: dict[str, FieldResult] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type) -> n
    alt_accepted: Counter = field(default_factory=Counter)  # matched pairs whose type is a gold `alt`
    failure: str | None = None  # the pipeline failed: scored as an empty Report
    language: str | None = None  # detected by parley
    published: str | None = None
    gold_language: str | None = None

    @property
    def language_mismatch(self) -> bool:
        return bool(self.gold_language and self.language and self.gold_language != self.language)

    def totals(self, names: Iterable[str]) -> tuple[int, int, int]:
        tp = fp = fn = 0
        for n in names:
            if n in self.fields and n != "events_type":
                r = self.fields[n]
                tp, fp, fn = tp + r.tp, fp + r.fp, fn + r.fn
        return tp, fp, fn


def _event_confusion(result: FieldResult, options: Options) -> Counter:
    """(gold type, predicted type) counts: matched pairs, then leftovers whose actors and
    recipients agree but whose type differs, then misses (-> NONE) and false alarms (NONE ->)."""
    conf: Counter = Counter()
    for g, p in result.matches:
        conf[(g.data["event"], p.key[0])] += 1
    left_gold = result.misses + result.optional_missed
    left_pred = result.false_alarms
    adjacency = [[j for j, p in enumerate(left_pred) if compatible(g, p, options, ignore_type=True)]
                 for g in left_gold]
    pairs = max_matching(adjacency, range(len(left_gold)), len(left_pred))
    for i, g in enumerate(left_gold):
        if i in pairs:
            conf[(g.data["event"], left_pred[pairs[i]].key[0])] += 1
        elif not g.optional:
            conf[(g.data["event"], NONE)] += 1
    used = set(pairs.values())
    for j, p in enumerate(left_pred):
        if j not in used:
            conf[(NONE, p.key[0])] += 1
    return conf


def score_article(gold: GoldArticle, report: Report | None, fields: Sequence[str] = FIELDS,
                  options: Options = Options(), failure: str | None = None) -> ArticleResult:
    """Compare one gold article with parley's Report for it (None: the pipeline failed)."""
    result = ArticleResult(id=gold.id, line=gold.line, title=gold.title, failure=failure,
                           language=report.article.language if report else None,
                           published=report.article.published if report else None,
                           gold_language=gold.lang)
    for name in fields:
        if not gold.annotated(name):
            continue
        records = gold.records[GOLD_KEYS[name]] or []
        result.fields[name] = match_field(records, predicted(report, name), options, name=name)
    if "events" in result.fields:
        ev = result.fields["events"]
        result.confusion = _event_confusion(ev, options)
        result.alt_accepted = Counter((g.data["event"], p.key[0]) for g, p in ev.matches
                                      if p.key[0] != g.data["event"])
    return result


# ----------------------------------------------------------------- totals

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = 0  # gold records (required + optional)
    optional: int = 0  # of which optional
    predicted: int = 0  # distinct predicted records
    articles: int = 0  # articles where the field is annotated

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "gold": self.gold, "optional": self.optional,
                "predicted": self.predicted, "articles": self.articles,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class TypeCounts:
    """Per event type: recall on gold records of the type, precision on predictions of the type."""

    gold_found: int = 0
    gold_missed: int = 0  # required
    gold_total: int = 0
    pred_matched: int = 0
    pred_total: int = 0

    @property
    def precision(self) -> float | None:
        return self.pred_matched / self.pred_total if self.pred_total else None

    @property
    def recall(self) -> float | None:
        denom = self.gold_found + self.gold_missed
        return self.gold_found / denom if denom else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"gold": self.gold_total, "gold_found": self.gold_found, "gold_missed": self.gold_missed,
                "predicted": self.pred_total, "predicted_matched": self.pred_matched,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@dataclass
class EvalResult:
    label: str
    articles: list[ArticleResult]
    fields: dict[str, Counts]
    event_types: dict[str, TypeCounts]
    confusion: Counter  # (gold type, predicted type) -> n; NONE for a miss or a false alarm
    alt_accepted: Counter  # the part of confusion whose predicted type is an accepted `alt`
    demand_items: tuple[int, int]  # (matched demands with a gold count, of which count agrees)
    gold_errors: list[ParleyError] = field(default_factory=list)

    def f1(self) -> dict[str, float]:
        """{field: F1} for the fields that have something to score (what floors and --min use)."""
        scores = {name: c.f1 for name, c in self.fields.items() if c.f1 is not None}
        for t, c in self.event_types.items():
            if c.f1 is not None:
                scores[f"event:{t}"] = c.f1
        return scores

    def failures(self) -> list[ArticleResult]:
        return [a for a in self.articles if a.failure]

    def worst(self, n: int = 10) -> list[tuple[ArticleResult, float, int, int, int]]:
        """The n articles with the lowest F1 over the scored fields (ties: most errors)."""
        rows = []
        for a in self.articles:
            tp, fp, fn = a.totals(self.fields)
            if fp + fn == 0:
                continue
            f1 = 2 * tp / (2 * tp + fp + fn)
            rows.append((a, f1, tp, fp, fn))
        rows.sort(key=lambda r: (r[1], -(r[3] + r[4]), r[0].line))
        return rows[:n]

    def as_dict(self, per_article: bool = True) -> dict:
        matched, agree = self.demand_items
        out: dict[str, Any] = {
            "gold": self.label,
            "articles": len(self.articles),
            "gold_errors": [e.line() for e in self.gold_errors],
            "pipeline_failures": [{"id": a.id, "line": a.line, "error": a.failure} for a in self.failures()],
            "language_mismatches": [{"id": a.id, "gold": a.gold_language, "detected": a.language}
                                    for a in self.articles if a.language_mismatch],
            "fields": {name: c.as_dict() for name, c in self.fields.items()},
            "event_types": {t: c.as_dict() for t, c in self.event_types.items()},
            "confusion": _confusion_dict(self.confusion),
            "alt_accepted": _confusion_dict(self.alt_accepted),
            "demand_items": {"matched": matched, "count_agrees": agree,
                             "accuracy": _round(agree / matched) if matched else None},
            "worst": [{"id": a.id, "line": a.line, "f1": _round(f1), "tp": tp, "fp": fp, "fn": fn}
                      for a, f1, tp, fp, fn in self.worst()],
        }
        if per_article:
            out["per_article"] = [
                {"id": a.id, "line": a.line, "language": a.language, "published": a.published,
                 "failure": a.failure,
                 "fields": {n: {"tp": r.tp, "fp": r.fp, "fn": r.fn} for n, r in a.fields.items()}}
                for a in self.articles]
        return out


def _confusion_dict(conf: Counter) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for (g, p), n in sorted(conf.items()):
        out.setdefault(g, {})[p] = n
    return out


def aggregate(results: Sequence[ArticleResult], label: str = "gold",
              gold_errors: Sequence[ParleyError] = ()) -> EvalResult:
    """Sum per-article results into corpus figures (micro averages)."""
    fields: dict[str, Counts] = {}
    types: dict[str, TypeCounts] = {}
    confusion: Counter = Counter()
    alt_accepted: Counter = Counter()
    items_matched = items_agree = 0
    for a in results:
        for name, r in a.fields.items():
            c = fields.setdefault(name, Counts())
            c.tp, c.fp, c.fn = c.tp + r.tp, c.fp + r.fp, c.fn + r.fn
            n_opt = sum(1 for g, _ in r.matches if g.optional) + len(r.optional_missed)
            c.gold += len(r.matches) + len(r.misses) + len(r.optional_missed)
            c.optional += n_opt
            c.predicted += len(r.matches) + len(r.false_alarms)
            c.articles += 1
        ev = a.fields.get("events")
        if ev is not None:
            for g, p in ev.matches:
                gt = types.setdefault(g.data["event"], TypeCounts())
                gt.gold_found += 1
                gt.gold_total += 1
                pt = types.setdefault(p.key[0], TypeCounts())
                pt.pred_matched += 1
                pt.pred_total += 1
            for g in ev.misses + ev.optional_missed:
                gt = types.setdefault(g.data["event"], TypeCounts())
                gt.gold_total += 1
                if not g.optional:
                    gt.gold_missed += 1
            for p in ev.false_alarms:
                types.setdefault(p.key[0], TypeCounts()).pred_total += 1
            confusion.update(a.confusion)
            alt_accepted.update(a.alt_accepted)
        dem = a.fields.get("demands")
        if dem is not None:
            for g, p in dem.matches:
                if g.data.get("items") is not None:
                    items_matched += 1
                    items_agree += int(p.key[2] == g.data["items"])
    order = {t: i for i, t in enumerate(EVENT_TYPES)}
    types = dict(sorted(types.items(), key=lambda kv: order.get(kv[0], 99)))
    fields = {n: fields[n] for n in FIELDS if n in fields}
    return EvalResult(label=label, articles=list(results), fields=fields, event_types=types,
                      confusion=confusion, alt_accepted=alt_accepted, demand_items=(items_matched, items_agree),
                      gold_errors=list(gold_errors))


def evaluate(golds: Sequence[GoldArticle], reports: Sequence[Report | None], fields: Sequence[str] = FIELDS,
             options: Options = Options(), label: str = "gold",
             failures: Sequence[str | None] | None = None) -> EvalResult:
    """Score Reports (one per gold article, same order) against the gold articles."""
    failures = failures or [None] * len(golds)
    results = [score_article(g, r, fields, options, f) for g, r, f in zip(golds, reports, failures)]
    return aggregate(results, label)


def check_thresholds(result: EvalResult, minimums: dict[str, float]) -> list[str]:
    """The thresholds not met, one line each (``events: F1 0.412 < 0.500``); a field with
    nothing to score counts as 0."""
    scores = result.f1()
    failed = []
    for name, floor in minimums.items():
        value = scores.get(name, 0.0)
        if value + 1e-9 < floor:
            failed.append(f"{name}: F1 {value:.3f} < {floor:.3f}")
    return failed


def parse_minimums(specs: Iterable[str]) -> dict[str, float]:
    """``["events=0.5", "event:CONSULT=0.3"]`` -> {name: F1}; raises ValueError on a bad spec."""
    out: dict[str, float] = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ValueError(f"'{spec}': expected FIELD=F1, e.g. events=0.5")
        if name not in FIELDS and not (name.startswith("event:") and name[6:].upper() in EVENT_TYPES):
            raise ValueError(f"'{spec}': unknown field '{name}' (one of {', '.join(FIELDS)}, or event:TYPE)")
        try:
            f = float(value)
        except ValueError:
            raise ValueError(f"'{spec}': '{value}' is not a number") from None
        if not 0.0 <= f <= 1.0:
            raise ValueError(f"'{spec}': F1 must be between 0 and 1")
        out[name if not name.startswith("event:") else "event:" + name[6:].upper()] = f
    return out


def describe_gold(g: GoldRecord) -> str:
    """A short human label for a gold record."""
    d, raw = g.data, g.raw
    opt = " (optional)" if g.optional else ""
    if g.field == "events":
        alt = f" | {'/'.join(sorted(d['types'] - {d['event']}))}" if len(d["types"]) > 1 else ""
        sets = lambda ss: " | ".join(_codes_label(s) for s in ss)  # noqa: E731
        neg = "not " if d["negated"] else ""
        return f"{neg}{d['event']}{alt} {sets(d['actor_sets'])} → {sets(d['recipient_sets'])}{opt}"
    if g.field == "quotes":
        return f"{raw.get('speaker')}: «{raw.get('begins', '')[:40]}»{opt}"
    if g.field == "demands":
        addressee = "any" if d["any_addressee"] else (d["addressee"] or "∅")
        items = f" ({d['items']} items)" if d["items"] is not None else ""
        return f"{d['actor']} → {addressee}{items}{opt}"
    if g.field == "commitments":
        return f"{d['actor']} due {d['due'] or '?'}{opt}"
    if g.field == "actors":
        return f"{raw.get('name') or ''} ({raw.get('code') or '?'}){opt}".strip()
    return json.dumps(raw, ensure_ascii=False)


def gold_evidence(g: GoldRecord) -> str:
    """What the gold record quotes from the text (event_text, begins, horizon), if anything."""
    raw = g.raw
    return str(raw.get("event_text") or raw.get("begins") or raw.get("horizon") or "")


# ----------------------------------------------------------------- running (I/O)

def read_gold(path: str) -> tuple[list[GoldArticle], list[ParleyError]]:
    """Read a gold JSONL file (E001 when it is missing)."""
    from pathlib import Path

    p = Path(path)
    if not p.is_file():
        raise error("E001", path)
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise error("E004", path) from None
    return parse_gold(text.splitlines(), path)


def predict(gold: GoldArticle, label: str = "gold") -> tuple[Report | None, str | None]:
    """Run parley on a gold article's text with its date; (Report, None) or (None, what failed)."""
    from .pipeline import Settings, process
    from .sources import RawDocument

    raw = RawDocument(label=f"{label}:{gold.line}", text=gold.text, title=gold.title,
                      date=gold.published, date_source="jsonl" if gold.published else None,
                      source=gold.source, extra={"id": gold.id})
    settings = Settings(date=gold.published, as_of=gold.published)
    try:
        return process(raw, settings), None
    except ParleyError as exc:
        return None, exc.line()
    except Exception as exc:  # a bug in a stage: score the article as empty, say so
        return None, f"{type(exc).__name__}: {exc}"


def run_gold(path: str, fields: Sequence[str] = FIELDS, options: Options = Options(),
             ids: Sequence[str] | None = None,
             on_article: Callable[[GoldArticle], None] | None = None,
             on_start: Callable[[int], None] | None = None) -> EvalResult:
    """Read a gold file, run parley on each article (or only ``ids``) and score it."""
    golds, errors = read_gold(path)
    if ids is not None:
        golds = [g for g in golds if g.id in set(ids)]
    if on_start:
        on_start(len(golds))
    results = []
    for g in golds:
        report, failure = predict(g, path)
        results.append(score_article(g, report, fields, options, failure))
        if on_article:
            on_article(g)
    return aggregate(results, path, errors)
