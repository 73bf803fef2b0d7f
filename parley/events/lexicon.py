"""The event lexicons (parley/events/data/*.tsv), loaded once per process.

Files per language (formats: docs in the data folder's header comments):
``verbs_<lang>.tsv``, ``nouns_<lang>.tsv``, ``modality_<lang>.tsv``,
``context_<lang>.tsv``; each may have an ``extra_<name>`` companion with the
same header whose rows are added after the main file's. A missing file gives
an empty table and a warning; a malformed row fails with a one-line E401
naming the file and line.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import error
from . import plover

DATA = Path(__file__).resolve().parent / "data"
log = logging.getLogger("parley.events")

_MARKER = re.compile(r"^[a-zà-ÿœ'’ -]+$")
MODALITY_KINDS = frozenset("negation future hypothetical conditional intention report historical".split())
MODALITY_SCOPES = frozenset("verb word clause tense".split())


def fold(text: str) -> str:
    """Lower case, typographic apostrophes straightened."""
    return text.strip().lower().replace("’", "'").replace("ʼ", "'")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@dataclass(frozen=True)
class Entry:
    """One reading of a verb, noun or English pattern."""

    key: str  # lemma (verbs/nouns) or pattern text (English)
    event: str
    mode: str = ""
    cameo: str | None = None
    recipient: tuple[str, ...] = ()
    obj: str = ""  # verbs: lemma of the object noun this reading needs
    tokens: tuple[str, ...] = ()  # English patterns: lemma sequence, "*" a gap
    note: str = ""
    where: str = ""  # file:line

    @property
    def recipient_obj(self) -> bool:
        return "obj" in self.recipient

    def preps(self) -> tuple[str, ...]:
        return tuple(p for p in self.recipient if p != "obj")


# Where to look for a recipient when a lexicon row leaves it empty, by language and event type.
DEFAULT_RECIPIENT: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"AGREE": ("with", "to"), "CONSULT": ("with", "obj"), "SUPPORT": ("obj", "for", "to"),
           "CONCEDE": ("to", "obj"), "COOPERATE": ("with",), "AID": ("to", "obj", "for"), "RETREAT": ("from",),
           "REQUEST": ("obj", "from", "to", "on"), "ACCUSE": ("obj", "against"), "REJECT": ("obj", "from"),
           "THREATEN": ("obj", "with", "against", "to", "on"), "PROTEST": ("against",),
           "SANCTION": ("obj", "on", "against", "with", "to", "for"), "MOBILIZE": ("against", "toward", "near"),
           "COERCE": ("obj",), "ASSAULT": ("obj", "on", "against", "at", "into")},
    "fr": {"AGREE": ("avec", "à"), "CONSULT": ("avec", "obj"), "SUPPORT": ("obj", "à"), "CONCEDE": ("à",),
           "COOPERATE": ("avec",), "AID": ("à", "obj", "pour"), "RETREAT": ("de",), "REQUEST": ("obj", "à", "de"),
           "ACCUSE": ("obj", "contre"), "REJECT": ("obj",), "THREATEN": ("obj", "contre"), "PROTEST": ("contre",),
           "SANCTION": ("obj", "contre", "à", "sur", "avec"), "MOBILIZE": ("contre", "vers"),
           "COERCE": ("obj", "contre"), "ASSAULT": ("obj", "contre", "sur")},
}


def recipient_markers(entry: "Entry", lang: str, event: str | None = None) -> tuple[str, ...]:
    """The entry's recipient markers, then the type's usual ones."""
    extra = DEFAULT_RECIPIENT.get(lang, {}).get(event or entry.event, ())
    if lang == "fr" and entry.recipient:
        if (event or entry.event) in ("ASSAULT", "MOBILIZE", "COERCE"):  # where it happens: the target
            return entry.recipient + tuple(m for m in ("sur", "contre", "dans", "en", "autour de", "près de")
                                           if m not in entry.recipient)
        return entry.recipient  # the French rows are precise; English patterns often leave it out
    return entry.recipient + tuple(m for m in extra if m not in entry.recipient)


@dataclass
class Lexicon:
    lang: str
    verbs: dict[str, list[Entry]] = field(default_factory=dict)  # lemma -> readings
    nouns: dict[str, list[Entry]] = field(default_factory=dict)
    patterns: dict[str, list[Entry]] = field(default_factory=dict)  # first token -> patterns
    modality: dict[str, dict[str, str]] = field(default_factory=dict)  # scope -> cue -> kind
    contexts: list[tuple[str, str]] = field(default_factory=list)  # (keyword, context)
    cues: frozenset[str] = frozenset()  # every lemma/form that can start an event
    warnings: list[str] = field(default_factory=list)

    def verb(self, lemma: str) -> list[Entry]:
        return self.verbs.get(lemma, [])

    def noun(self, lemma: str) -> list[Entry]:
        return self.nouns.get(lemma, [])

    def mod(self, scope: str, cue: str) -> str | None:
        return self.modality.get(scope, {}).get(cue)


def _rows(path: Path, header: list[str]):
    """(line number, dict) for each data row of a TSV file with this header."""
    text = path.read_text(encoding="utf-8")
    seen_header = False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not seen_header:
            names = [c.strip().lower() for c in cells]
            if names[: len(header)] != header:
                raise error("E401", path=_rel(path), reason=f"line {n}: header should be {' '.join(header)}")
            seen_header = True
            continue
        if len(cells) > len(header):
            extra = cells[len(header):]
            if any(c.strip() for c in extra):
                raise error("E401", path=_rel(path),
                            reason=f"line {n}: {len(cells)} columns, expected {len(header)}")
            cells = cells[: len(header)]
        cells += [""] * (len(header) - len(cells))
        yield n, dict(zip(header, (c.strip() for c in cells)))


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(DATA.parent.parent.parent))
    except ValueError:
        return str(path)


def _bad(path: Path, n: int, reason: str):
    return error("E401", path=_rel(path), reason=f"line {n}: {reason}")


def _event_fields(path: Path, n: int, row: dict) -> tuple[str, str, str | None, tuple[str, ...]]:
    event = row["event"].upper()
    if not plover.valid_type(event):
        raise _bad(path, n, f"unknown PLOVER event type '{row['event']}'")
    mode = row["mode"].lower()
    if not plover.valid_mode(event, mode):
        raise _bad(path, n, f"mode '{row['mode']}' is not a mode of {event}")
    cameo = row.get("cameo") or None
    if cameo and not cameo.isdigit():
        raise _bad(path, n, f"CAMEO code '{cameo}' is not numeric")
    recipient: tuple[str, ...] = ()
    if row.get("recipient"):
        recipient = tuple(fold(p) for p in row["recipient"].split("|") if p.strip())
        for p in recipient:
            if not _MARKER.match(p):
                raise _bad(path, n, f"bad recipient marker '{p}'")
    return event, mode, cameo, recipient


def _files(name: str) -> list[Path]:
    return [DATA / name, DATA / f"extra_{name}"]


def _load_table(lex: Lexicon, name: str, header: list[str], add) -> None:
    found = False
    for path in _files(name):
        if not path.exists():
            continue
        found = True
        for n, row in _rows(path, header):
            add(path, n, row)
    if not found:
        msg = f"event lexicon {name} is missing; its table is empty"
        lex.warnings.append(msg)
        log.warning(msg)


def _verb_key(lemma: str) -> str:
    lemma = fold(lemma)
    for elided in ("s'", "se "):
        if lemma.startswith(elided):
            return "se " + lemma[len(elided):].strip()
    return lemma


@lru_cache(maxsize=4)
def load(lang: str) -> Lexicon:
    """The lexicon of a language (cached for the process)."""
    lex = Lexicon(lang)
    cues: set[str] = set()

    def add_verb(path: Path, n: int, row: dict) -> None:
        if not row["lemma"]:
            raise _bad(path, n, "empty lemma")
        event, mode, cameo, recipient = _event_fields(path, n, row)
        key = _verb_key(row["lemma"])
        entry = Entry(key, event, mode, cameo, recipient, obj=fold(row.get("object", "")), note=row.get("note", ""),
                      where=f"{path.name}:{n}")
        if entry not in lex.verbs.get(key, []):
            lex.verbs.setdefault(key, []).append(entry)
        cues.add(key.split()[-1])

    def add_noun(path: Path, n: int, row: dict) -> None:
        if not row["lemma"]:
            raise _bad(path, n, "empty lemma")
        event, mode, cameo, recipient = _event_fields(path, n, row)
        key = fold(row["lemma"])
        entry = Entry(key, event, mode, cameo, recipient, note=row.get("note", ""), where=f"{path.name}:{n}")
        if entry not in lex.nouns.get(key, []):
            lex.nouns.setdefault(key, []).append(entry)
        cues.add(key.split()[0])

    def add_pattern(path: Path, n: int, row: dict) -> None:
        tokens = tuple(fold(t) for t in row["pattern"].split())
        if not tokens or tokens[0] == "*" or tokens[-1] == "*":
            raise _bad(path, n, f"bad pattern '{row['pattern']}'")
        event, mode, cameo, recipient = _event_fields(path, n, row)
        entry = Entry(" ".join(tokens), event, mode, cameo, recipient, tokens=tokens, note=row.get("note", ""),
                      where=f"{path.name}:{n}")
        if entry not in lex.patterns.get(tokens[0], []):
            lex.patterns.setdefault(tokens[0], []).append(entry)
        cues.add(tokens[0])

    def add_modality(path: Path, n: int, row: dict) -> None:
        kind, scope = row["kind"].lower(), row["scope"].lower()
        if kind not in MODALITY_KINDS:
            raise _bad(path, n, f"unknown modality kind '{row['kind']}'")
        if scope not in MODALITY_SCOPES:
            raise _bad(path, n, f"unknown modality scope '{row['scope']}'")
        if not row["cue"]:
            raise _bad(path, n, "empty cue")
        cue = row["cue"] if scope == "tense" else fold(row["cue"])
        if scope == "verb":
            cue = _verb_key(cue)
        lex.modality.setdefault(scope, {}).setdefault(cue, kind)

    def add_context(path: Path, n: int, row: dict) -> None:
        if not row["keyword"] or not row["context"]:
            raise _bad(path, n, "keyword and context are both needed")
        lex.contexts.append((fold(row["keyword"]), row["context"].strip().lower()))

    if lang == "fr":
        _load_table(lex, "verbs_fr.tsv", ["lemma", "object", "event", "mode", "cameo", "recipient", "note"], add_verb)
        _load_table(lex, "nouns_fr.tsv", ["lemma", "event", "mode", "cameo", "recipient", "note"], add_noun)
    else:
        _load_table(lex, f"verbs_{lang}.tsv", ["pattern", "event", "mode", "cameo", "recipient", "note"],
                    add_pattern)
        _load_table(lex, f"nouns_{lang}.tsv", ["lemma", "event", "mode", "cameo", "recipient", "note"], add_noun)
        for entries in lex.patterns.values():  # longest pattern first
            entries.sort(key=lambda e: -len([t for t in e.tokens if t != "*"]))
    _load_table(lex, f"modality_{lang}.tsv", ["cue", "kind", "scope", "note"], add_modality)
    _load_table(lex, f"context_{lang}.tsv", ["keyword", "context"], add_context)
    lex.cues = frozenset(cues)
    return lex


@lru_cache(maxsize=4)
def word_classes(lang: str) -> dict[str, frozenset]:
    """The word classes of ``grammar_<lang>.tsv`` (class -> words; a phrase, in a row whose words
    are separated by "|", is a tuple of words). A class may take several rows: their union.
    A missing file logs a warning and gives no classes."""
    path = DATA / f"grammar_{lang}.tsv"
    classes: dict[str, set] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        log.warning("%s coder: %s is missing; the grammar word classes are empty", lang, path)
        return {}
    for n, line in enumerate(text.splitlines()):
        if n == 0 or not line.strip() or line.startswith("#"):
            continue
        cls, words = (line.split("\t") + ["", ""])[:2]
        bag = classes.setdefault(cls.strip(), set())
        if "|" in words:
            bag.update(tuple(p.split()) for p in words.split("|") if p.strip())
        else:
            bag.update(words.split())
    return {k: frozenset(v) for k, v in classes.items()}


def word_class(lang: str, cls: str) -> frozenset:
    """One class of ``grammar_<lang>.tsv`` (empty when the file or the class is missing)."""
    return word_classes(lang).get(cls, frozenset())


@lru_cache(maxsize=4)
def adjective_events(lang: str) -> dict[str, tuple[str, str, str, tuple[str, ...]]]:
    """``adjectives_<lang>.tsv``: adjectives that are events ("hostile à"): lemma -> (event, mode,
    CAMEO code, recipient markers in order). A missing file logs a warning and gives no entries."""
    path = DATA / f"adjectives_{lang}.tsv"
    if not path.exists():
        log.warning("%s coder: %s is missing; no adjective is an event", lang, path)
        return {}
    out: dict[str, tuple[str, str, str, tuple[str, ...]]] = {}
    for n, row in _rows(path, ["lemma", "event", "mode", "cameo", "recipient", "note"]):
        if not row["lemma"]:
            raise _bad(path, n, "empty lemma")
        event, mode, cameo, recipient = _event_fields(path, n, row)
        out[fold(row["lemma"])] = (event, mode, cameo or "", recipient)
    return out
