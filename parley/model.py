"""The Report and its parts: what an article becomes.

Every offset (``start``/``end``) in a Report is a character offset into
``Report.article.original``: the decoded text of the input (for HTML, the text
extracted from the page). ``original[start:end]`` is the evidence.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SCHEMA_VERSION = "1.0"


class Span(BaseModel):
    """A piece of the original text."""

    text: str
    start: int
    end: int


class Sentence(BaseModel):
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0
    heading: bool = False


class ArticleInfo(BaseModel):
    id: str = Field(description="stable content hash of the normalised original text")
    url: str | None = None
    path: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date, or null when unknown")
    published_source: str | None = Field(
        None, description="metadata | feed | jsonl | override | text | estimated"
    )
    language: str | None = None
    language_supported: bool = True
    source: str | None = None
    text: str = Field("", description="main text after boilerplate removal")
    original: str = Field("", description="the decoded input text; all offsets point here")
    sentences: list[Sentence] = []
    removed: list[Span] = Field([], description="lines removed as boilerplate")
    warnings: list[str] = []


class Mention(BaseModel):
    text: str
    start: int
    end: int
    sentence: int


class Role(BaseModel):
    role: str
    country: str | None = None
    sector: str | None = None
    start: str | None = None
    end: str | None = None


class Actor(BaseModel):
    id: str = Field(description="actor id within this report, e.g. A1")
    name: str
    wikidata: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-3 or an IGO code")
    sector: str | None = Field(None, description="PLOVER sector code")
    kind: Literal["person", "state", "organisation", "group", "unknown"] = "unknown"
    role: Role | None = None
    known: bool = Field(True, description="false when not in the knowledge base")
    mentions: list[Mention] = []


class ActorRef(BaseModel):
    """A reference to an Actor of the same Report, with its codes repeated for convenience."""

    id: str | None = None
    name: str
    code: str | None = None
    sector: str | None = None
    text: str | None = None


class Evidence(BaseModel):
    sentence: int
    start: int
    end: int
    text: str


class Event(BaseModel):
    id: str
    event: str
    mode: str = ""
    context: list[str] = []
    actor: list[ActorRef] = []
    recipient: list[ActorRef] = []
    quad_code: int
    plover_score: float
    cameo_root: str | None = None
    negated: bool = False
    modality: Literal["asserted", "future", "hypothetical", "conditional"] = "asserted"
    reported_by: ActorRef | None = None
    date: str | None = None
    date_granularity: str | None = None
    event_text: str = ""
    evidence: Evidence
    confidence: float = 0.5


class Quote(BaseModel):
    speaker: ActorRef | None = None
    speaker_text: str | None = None
    cue: str | None = None
    text: str
    direct: bool = True
    start: int
    end: int
    sentence: int


class Demand(BaseModel):
    actor: ActorRef | None = None
    addressee: ActorRef | None = None
    items: list[Span] = []
    kind: Literal["demand", "condition", "precondition", "red line"] = "demand"
    none: bool = Field(False, description="a statement that there are no (pre)conditions")
    cue: str | None = None
    evidence: Evidence


class Commitment(BaseModel):
    actor: ActorRef | None = None
    kind: Literal["promise", "deadline", "forecast", "ultimatum", "proposal"] = "promise"
    what: str
    stated_horizon: str | None = None
    anchor: str | None = None
    anchor_date: str | None = None
    due: str | None = None
    status: Literal["open", "due", "expired", "unknown"] = "unknown"
    evidence: Evidence


class Position(BaseModel):
    proposal: str
    proposal_span: Span | None = None
    actor: ActorRef | None = None
    stance: Literal["supports", "considers", "opposes", "rejects"]
    evidence: Evidence


class Report(BaseModel):
    schema_version: str = SCHEMA_VERSION
    article: ArticleInfo
    actors: list[Actor] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    demands: list[Demand] = []
    commitments: list[Commitment] = []
    positions: list[Position] = []

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent)


def json_schema() -> dict:
    """The JSON Schema of a Report (what ``parley schema`` prints)."""
    schema = Report.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "parley Report"
    return schema
