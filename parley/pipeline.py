"""The stage runner: one Article flows through named stages to one Report.

Each stage is a plain callable ``stage(article) -> None`` that reads what
earlier stages set and fills its own fields. ``STAGES`` lists them in order;
the runner names the stage that failed. Language pipelines are loaded once
per process (``parley.lang``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import clean, lang, segment
from .errors import ParleyError, error
from .model import (
    Actor, ArticleInfo, Commitment, Demand, Event, Position, Quote, Report, Sentence, Span,
)
from .sources import RawDocument


@dataclass
class Settings:
    """Options carried down the chain."""

    date: str | None = None  # --date: the article's date, overriding metadata
    as_of: str | None = None  # --as-of: reference date for commitment status (default today)
    actors_file: str | None = None  # --actors: extra user dictionary
    min_words: int = 5

    def reference_date(self) -> dt.date:
        return dt.date.fromisoformat(self.as_of) if self.as_of else dt.date.today()


@dataclass
class Sent:
    """A sentence of the article with its spaCy span. ``base`` + token.idx = original offset."""

    index: int
    start: int
    end: int
    span: Any  # spacy.tokens.Span
    base: int
    heading: bool = False
    paragraph: int = 0

    def offset(self, token) -> int:
        return self.base + token.idx

    def char_span(self, start_token: int, end_token: int) -> tuple[int, int]:
        doc = self.span.doc
        first, last = doc[start_token], doc[end_token - 1]
        return self.base + first.idx, self.base + last.idx + len(last.text)


@dataclass
class Article:
    raw: RawDocument
    settings: Settings
    original: str = ""
    norm: str = ""
    lines: list[clean.Line] = field(default_factory=list)
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    has_parser: bool = False
    sents: list[Sent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    ext: dict[str, Any] = field(default_factory=dict)  # per-stage scratch space

    @property
    def label(self) -> str:
        return self.raw.label

    @property
    def supported(self) -> bool:
        return self.language in lang.SUPPORTED

    def date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.published) if self.published else None

    def text_of(self, start: int, end: int) -> str:
        return self.original[start:end]


# ---------------------------------------------------------------- stages

def stage_extract(article: Article) -> None:
    """Original text: decoded text as is, or the main text of an HTML page."""
    raw = article.raw
    article.url = raw.url
    article.source = raw.source
    if raw.html is not None:
        text, meta = clean.extract_html(raw.html, raw.label)
        article.original = text
        article.title = raw.title or meta.get("title")
        article.source = raw.source or meta.get("source")
        article.url = raw.url or meta.get("url")
        if not raw.date and meta.get("date"):
            from .sources.dates import iso_date

            article.published = iso_date(meta["date"])
            article.published_source = "metadata" if article.published else None
    else:
        article.original = (raw.text or "").replace("\r\n", "\n").replace("\r", "\n")
        article.title = raw.title
    if raw.date:
        article.published, article.published_source = raw.date, raw.date_source or "metadata"
    if article.settings.date:
        article.published, article.published_source = article.settings.date, "override"


def stage_clean(article: Article) -> None:
    article.norm = clean.normalise(article.original)
    article.lines = clean.split_lines(article.original)
    if not article.title:
        article.title = clean.guess_title(article.lines)
    if not article.published:
        found = clean.published_line_date(article.lines)
        if found:
            article.published, article.published_source = found, "text"
    clean.remove_boilerplate(article.lines, article.title)
    kept = [line for line in article.lines if line.kept]
    words = sum(len(line.text.split()) for line in kept)
    if not kept:
        raise error("E101", article.label)
    if words < article.settings.min_words:
        raise error("E103", article.label, words=words)


def stage_language(article: Article) -> None:
    body = " ".join(line.text for line in article.lines if line.kept and not line.heading)
    article.language = lang.detect_language(body or article.original)
    if not article.supported:
        article.warnings.append(
            error("E102", article.label, lang=article.language or "unknown",
                  supported=", ".join(lang.SUPPORTED)).line()
        )


def stage_nlp(article: Article) -> None:
    """Sentences by rules, then tokens, lemmas and (French) the parse: nlp.pipe, batched."""
    if not article.supported:
        return
    nlp, article.has_parser = lang.pipeline_for(article.language)
    pieces: list[tuple[int, int, clean.Line]] = []
    for line in article.lines:
        if line.kept:
            for start, end in segment.split(article.norm[line.start:line.end], line.start):
                pieces.append((start, end, line))
    texts = [article.norm[start:end] for start, end, _ in pieces]
    for index, ((start, end, line), doc) in enumerate(zip(pieces, nlp.pipe(texts, batch_size=128))):
        article.sents.append(Sent(index, start, end, doc[:], start, line.heading, line.paragraph))


def _later_stages() -> list[tuple[str, Callable[[Article], None]]]:
    """Stages of the analysis issues, imported lazily so the core stays light."""
    from .actors import recognize
    from .events import coder
    from .speech import quotes, demands
    from .time import commitments
    from . import positions

    return [
        ("actors", recognize.stage),
        ("quotes", quotes.stage),
        ("events", coder.stage),
        ("demands", demands.stage),
        ("commitments", commitments.stage),
        ("positions", positions.stage),
    ]


CORE_STAGES: list[tuple[str, Callable[[Article], None]]] = [
    ("extract", stage_extract),
    ("clean", stage_clean),
    ("language", stage_language),
    ("nlp", stage_nlp),
]


def stages() -> list[tuple[str, Callable[[Article], None]]]:
    return CORE_STAGES + _later_stages()


def run(article: Article) -> Article:
    for name, stage in stages():
        if name not in ("extract", "clean", "language") and not article.supported:
            continue
        try:
            stage(article)
        except ParleyError:
            raise
        except Exception as exc:  # a bug: name the stage and the input
            raise RuntimeError(f"stage '{name}' failed on {article.label}: {exc!r}") from exc
    return article


# ---------------------------------------------------------------- report

def content_id(text: str) -> str:
    """Stable id: hash of the text with spacing and typography normalised."""
    key = re.sub(r"\s+", " ", clean.normalise(text)).strip().lower()
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def to_report(article: Article) -> Report:
    kept = [line for line in article.lines if line.kept]
    main_text = ""
    last_par = None
    for line in kept:
        if main_text:
            main_text += "\n\n" if line.paragraph != last_par else "\n"
        main_text += line.text
        last_par = line.paragraph
    info = ArticleInfo(
        id=content_id(main_text or article.original),
        url=article.url,
        path=article.raw.path,
        title=article.title,
        published=article.published,
        published_source=article.published_source,
        language=article.language,
        language_supported=article.supported,
        source=article.source,
        text=main_text,
        original=article.original,
        sentences=[
            Sentence(index=s.index, start=s.start, end=s.end, text=article.original[s.start:s.end],
                     paragraph=s.paragraph, heading=s.heading)
            for s in article.sents
        ],
        removed=[Span(text=line.text, start=line.start, end=line.end) for line in article.lines if not line.kept],
        warnings=article.warnings,
    )
    return Report(article=info, actors=article.actors, events=article.events, quotes=article.quotes,
                  demands=article.demands, commitments=article.commitments, positions=article.positions)


def process(raw: RawDocument, settings: Settings | None = None) -> Report:
    article = Article(raw=raw, settings=settings or Settings())
    return to_report(run(article))


def process_many(raws: Iterable[RawDocument], settings: Settings | None = None) -> Iterator[Report | ParleyError]:
    for raw in raws:
        try:
            yield process(raw, settings)
        except ParleyError as exc:
            yield exc


# ---------------------------------------------------------------- workers

def _worker_process(args: tuple[RawDocument, Settings]) -> tuple[str, object]:
    raw, settings = args
    try:
        return "ok", process(raw, settings)
    except ParleyError as exc:  # exceptions with custom signatures do not pickle: send the parts
        return "error", (exc.code, exc.message, exc.source)


def _worker_init() -> None:
    lang.french()
    lang.language_detector()


def process_parallel(raws: Iterable[RawDocument | ParleyError], settings: Settings,
                     workers: int) -> Iterator[Report | ParleyError]:
    """Like process_many over several worker processes (each loads the models once),
    results in input order. Items that are already errors pass through."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    buffered: list[RawDocument | ParleyError] = []

    def jobs():
        for item in raws:
            if isinstance(item, ParleyError):
                buffered.append(item)
                continue
            yield item, settings

    with ctx.Pool(workers, initializer=_worker_init) as pool:
        for status, value in pool.imap(_worker_process, jobs(), chunksize=4):
            while buffered:
                yield buffered.pop(0)
            if status == "ok":
                yield value  # type: ignore[misc]
            else:
                code, message, source = value  # type: ignore[misc]
                yield ParleyError(code, message, source)
    while buffered:
        yield buffered.pop(0)
