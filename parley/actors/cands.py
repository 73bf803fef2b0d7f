"""A candidate mention: a word range of one sentence and what it may refer to."""

from __future__ import annotations

from dataclasses import dataclass, field

from .gazetteer import Word


@dataclass(eq=False)
class Cand:
    """A candidate mention: a word range of one sentence and what it may refer to."""

    sent: int
    i: int
    j: int
    kind: str  # name | country | metonym | demonym | title | group | org | pronoun
    entity: str | None = None
    options: tuple[str, ...] = ()  # ambiguous names: the entities it may be
    sector: str | None = None
    country: str | None = None
    role: str | None = None
    role_sector: str | None = None
    seat: str | None = None
    topic: str | None = None
    owner: object = None  # "poss" (a possessive) or the Cand of a person ("de Joe Biden")
    org: "Cand | None" = None  # a group's organisation ("les négociateurs du Hamas")
    link: "Cand | None" = None  # a title: the name it stands beside
    former: bool = False
    deputy: bool = False
    name: str | None = None  # unknown people and groups: the text that names them
    place: bool = False
    weak: bool = False  # a passing mention (see SentenceReader._weak)
    nested: bool = False  # inside a title or group phrase (no modifier for another one)
    hidden: bool = False  # in the index only, not in Actor.mentions (a demonym inside a group)
    subject: bool = False
    speaker: bool = False  # subject of a speech verb of the main clause ("X a déclaré que ...", "Il a averti que ...")
    commentator: bool = False
    region: bool = False  # a territory of a state (regions.tsv): qualifies groups, never sets the article's state
    needs: tuple[str, ...] = ()  # a region that counts only where the article names one of these states
    homonyms: tuple[str, ...] = ()
    context_country: bool = False  # an unknown person found without a title: the state of the context  # a place name other states also have ("Tripoli": LBY capital, LBN city)
    head: str | None = None  # a group: the lexicon phrase it was matched by ("army", "junte"), for anaphora
    pronoun: str | None = None  # il | elle | ils | elles (he -> il, she -> elle, they -> ils)
    fem: bool | None = None
    dropped: bool = False


@dataclass
class SentenceCands:
    index: int
    text: str
    ws: list[Word]
    doc: object = None
    cands: list[Cand] = field(default_factory=list)
    extra: list[Cand] = field(default_factory=list)  # made while extending, added after


def suffix(ws: list[Word], j: int) -> int:
    """Past a "Jr." or "Sr." after a name."""
    if j < len(ws) and ws[j].key in ("jr", "sr") and ws[j].capital:
        j += 1
        if j < len(ws) and ws[j].text == ".":
            j += 1
    return j


def word_range(ws: list[Word], start: int, end: int) -> tuple[int | None, int]:
    i = next((k for k, w in enumerate(ws) if w.end > start), None)
    if i is None:
        return None, 0
    j = i
    while j < len(ws) and ws[j].start < end:
        j += 1
    return (i, j) if j > i else (None, 0)
