"""PLOVER 2.0 tables: event types, quad categories, modes, scores, CAMEO roots.

Sources: the PLOVER 2.0 draft manual (reference/PLOVER_MANUAL.tex): the quad
category of each event type ("Quad category" sections), the modes of each type
(the mode tables), the conflict/cooperation scores (table "PLOVER
conflict--cooperation scores", by type and mode) and the auxiliary-mode
reductions (section "Auxiliary modes", AGREE / CONCEDE / RETREAT
ambiguities); and CAMEO2PLOVER-2021.txt for the CAMEO roots.
"""

from __future__ import annotations

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

COOPERATIVE = frozenset(t for t, q in QUAD.items() if q in (1, 2))
CONFLICTUAL = frozenset(t for t, q in QUAD.items() if q in (3, 4))
MATERIAL_CONFLICT = frozenset(t for t, q in QUAD.items() if q == 4)

# The modes of each type (the manual's mode tables). REQUEST and REJECT share theirs.
_SHARED = ("assist", "change", "yield", "meet")
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _SHARED,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": _SHARED,
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}

# PLOVER scores by type (base) and by (type, mode). The manual's table prints the
# ACCUSE base as "3", a sign slip: every ACCUSE mode is negative (-2 to -3.5) and
# the earlier table gave -2.0; parley uses -3.
BASE_SCORE: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5, "PROTEST": -5.0,
    "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}
MODE_SCORE: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0, ("CONSULT", "multilateral"): 4.0,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0, ("REQUEST", "yield"): -1.0, ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2.0, ("REJECT", "yield"): -2.0, ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4.0, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0, ("PROTEST", "strike"): -5.0, ("PROTEST", "hunger"): -4.5,
    ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0, ("COERCE", "restrict"): -7.0, ("COERCE", "censor"): -6.5, ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7.0, ("COERCE", "deport"): -7.0,
    ("COERCE", "withhold"): -7.0, ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5, ("ASSAULT", "sexual"): -8.5,
    ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5, ("ASSAULT", "primitive"): -8.0,
    ("ASSAULT", "firearms"): -9.0, ("ASSAULT", "explosives"): -9.0, ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5, ("ASSAULT", "heavy-weapons"): -9.5,
    ("ASSAULT", "crowd-control"): -7.5, ("ASSAULT", "unconventional"): -10.0,
}

# Default CAMEO code per type (and per mode where the mode selects a code);
# the lexicons give finer codes row by row.
DEFAULT_CAMEO: dict[str, str] = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "084", "REQUEST": "100", "ACCUSE": "111", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150", "SANCTION": "160", "COERCE": "170",
    "ASSAULT": "190",
}
MODE_CAMEO: dict[tuple[str, str], str] = {
    ("CONSULT", "phone"): "041", ("CONSULT", "visit"): "042", ("CONSULT", "third-party"): "044",
    ("RETREAT", "release"): "0841", ("RETREAT", "ceasefire"): "0871", ("RETREAT", "withdraw"): "0872",
    ("RETREAT", "disarm"): "0873", ("RETREAT", "access"): "086",
    ("REQUEST", "assist"): "101", ("REQUEST", "change"): "104", ("REQUEST", "yield"): "105",
    ("REQUEST", "meet"): "106",
    ("REJECT", "assist"): "121", ("REJECT", "change"): "123", ("REJECT", "yield"): "124", ("REJECT", "meet"): "125",
    ("ACCUSE", "investigate"): "090", ("ACCUSE", "allege"): "112", ("ACCUSE", "disapprove"): "111",
    ("THREATEN", "violence"): "138", ("THREATEN", "relations"): "131", ("THREATEN", "restrict"): "1312",
    ("THREATEN", "territory"): "1382", ("THREATEN", "expel"): "136",
    ("PROTEST", "demo"): "141", ("PROTEST", "hunger"): "142", ("PROTEST", "strike"): "143",
    ("PROTEST", "boycott"): "143", ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
    ("MOBILIZE", "police"): "153", ("MOBILIZE", "troops"): "154", ("MOBILIZE", "weapons"): "154",
    ("SANCTION", "withdraw"): "161", ("SANCTION", "discontinue"): "162", ("SANCTION", "expel"): "166",
    ("COERCE", "seize"): "171", ("COERCE", "restrict"): "172", ("COERCE", "curfew"): "1723",
    ("COERCE", "martial-law"): "1724", ("COERCE", "arrest"): "173", ("COERCE", "deport"): "174",
    ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182", ("ASSAULT", "torture"): "1822",
    ("ASSAULT", "sexual"): "1821", ("ASSAULT", "targeted"): "186", ("ASSAULT", "explosives"): "183",
    ("ASSAULT", "suicide-attack"): "1831", ("ASSAULT", "firearms"): "193", ("ASSAULT", "heavy-weapons"): "194",
    ("ASSAULT", "aerial"): "195", ("ASSAULT", "drone"): "195", ("ASSAULT", "unconventional"): "204",
}

# Intent to do X (AGREE) keeps a trace of X in its CAMEO code (CAMEO 03x).
_AGREE_FROM: dict[str, str] = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033",
                               "AGREE": "030"}

# Which REQUEST / REJECT mode a content event implies.
CONTENT_MODE: dict[str, str] = {
    "CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
    "RETREAT": "yield", "CONCEDE": "yield",
}
# Which THREATEN mode a threatened action implies.
THREAT_MODE: dict[str, str] = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "restrict", "COERCE": "restrict",
    "PROTEST": "restrict",
}

# Contexts that a mode implies (manual, COERCE modes "cyber" and "misinformation").
MODE_CONTEXT: dict[tuple[str, str], str] = {
    ("COERCE", "cyber"): "cyber", ("COERCE", "misinformation"): "misinformation",
    ("ASSAULT", "unconventional"): "cbrn",
}


def valid_type(name: str) -> bool:
    return name in QUAD


def valid_mode(event: str, mode: str) -> bool:
    return not mode or mode in MODES.get(event, ())


def quad(event: str) -> int:
    return QUAD[event]


def score(event: str, mode: str = "") -> float:
    return MODE_SCORE.get((event, mode), BASE_SCORE[event])


def cameo_for(event: str, mode: str = "", given: str | None = None) -> str:
    """The CAMEO code: the lexicon's when it belongs to this type's family, else a default."""
    if given and root_of(given) in cameo_roots(event):
        return given
    return MODE_CAMEO.get((event, mode), DEFAULT_CAMEO[event])


def root_of(code: str | None) -> str | None:
    """The 2-digit CAMEO root of a code ("0871" -> "08")."""
    if not code:
        return None
    code = code.strip()
    return code[:2] if len(code) >= 2 and code[:2].isdigit() else None


def cameo_roots(event: str) -> tuple[str, ...]:
    """CAMEO roots a PLOVER type can come from (CAMEO2PLOVER-2021)."""
    return {
        "AGREE": ("03",), "CONSULT": ("04",), "SUPPORT": ("05",), "COOPERATE": ("06",), "AID": ("07",),
        "CONCEDE": ("08",), "RETREAT": ("08",), "REQUEST": ("10",), "ACCUSE": ("09", "11"), "REJECT": ("12",),
        "THREATEN": ("13",), "PROTEST": ("14",), "MOBILIZE": ("15",), "SANCTION": ("16",),
        "COERCE": ("16", "17", "19"), "ASSAULT": ("17", "18", "19", "20"),
    }[event]


def reduce_auxiliary(event: str, mode: str, future: bool, cameo: str | None = None
                     ) -> tuple[str, str, str | None]:
    """PLOVER's reductions of a future (promised, intended, scheduled) event.

    Future cooperation (CONSULT, SUPPORT, COOPERATE, AID) is AGREE, with no mode
    (AGREE has none); an announced future RETREAT is CONCEDE; a future CONCEDE
    stays CONCEDE; conflict types keep their type.
    """
    if not future:
        return event, mode, cameo
    if event in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        return "AGREE", "", _AGREE_FROM[event]
    if event == "RETREAT":
        return "CONCEDE", "", "080"
    return event, mode, cameo
