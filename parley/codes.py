"""Code lists shared across parley: PLOVER event types and sectors, the codes of
international organisations (IGOs) and non-governmental organisations (NGOs),
and a small name -> code table for countries and organisations.

The gold format (SPEC, "Evaluation format") lets an annotator write the wildcard
``IGO`` for any international organisation and ``NGO`` for any NGO; the lists
below say which codes those wildcards stand for.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

SECTORS: frozenset[str] = frozenset(
    "GOV MIL REB PTY LEG JUD COP SPY PRM UAF UNK CVL OPP ELI JRN BUS LAB EDU MED REF REL SOC PRE IGO NGO".split()
)

# International (intergovernmental) organisations: parley's own codes.
IGO_CODES: frozenset[str] = frozenset("""
    UNO NATO EUR OSCE AU ECOWAS ASEAN IAEA ICC G7 G20 BRICS IMF WBK WTO WHO UNHCR WFP UNICEF
    ARL GCC SCO CSTO OAS SADC EAC IGAD OIC ICJ MERCOSUR CELAC OPEC
    UNSC UNGA UNDP UNESCO UNRWA OCHA IOM ILO FAO OPCW INTERPOL OECD COE CIS EAEU ECCAS CEMAC
    UEMOA CARICOM PIF AFDB ADB EBRD EIB NDB IGO
""".split())

# Non-governmental organisations.
NGO_CODES: frozenset[str] = frozenset("ICRC IFRC MSF AMN HRW OXFAM CARE RSF CPJ IRC NRC NGO".split())

# The Red Cross movement has an international mandate under the Geneva
# Conventions; annotators code it IGO as often as NGO, so it matches both.
IGO_CODES = IGO_CODES | {"ICRC", "IFRC"}

# Other spellings of the same code, mapped to parley's code.
CODE_ALIASES: dict[str, str] = {"EU": "EUR", "UN": "UNO", "WB": "WBK", "AL": "ARL", "LAS": "ARL"}

# Names that pycountry does not know (short English names, French names, organisations).
_NAMES: dict[str, str] = {
    "russia": "RUS", "turkey": "TUR", "ivory coast": "CIV", "cote d'ivoire": "CIV",
    "dr congo": "COD", "drc": "COD", "democratic republic of the congo": "COD",
    "republic of the congo": "COG", "congo-brazzaville": "COG", "congo-kinshasa": "COD",
    "palestine": "PSE", "kosovo": "XKX", "syria": "SYR", "iran": "IRN", "north korea": "PRK",
    "south korea": "KOR", "vietnam": "VNM", "laos": "LAO", "moldova": "MDA", "tanzania": "TZA",
    "venezuela": "VEN", "bolivia": "BOL", "taiwan": "TWN", "czech republic": "CZE",
    "united states": "USA", "united states of america": "USA", "us": "USA", "u.s.": "USA",
    "america": "USA", "uk": "GBR", "britain": "GBR", "great britain": "GBR",
    "united kingdom": "GBR", "vatican": "VAT", "holy see": "VAT", "cape verde": "CPV",
    "swaziland": "SWZ", "eswatini": "SWZ", "burma": "MMR", "myanmar": "MMR", "east timor": "TLS",
    "macedonia": "MKD", "north macedonia": "MKD", "brunei": "BRN", "gaza": "PSE",
    "nato": "NATO", "european union": "EUR", "eu": "EUR", "united nations": "UNO", "un": "UNO",
    "african union": "AU", "arab league": "ARL", "league of arab states": "ARL",
    "osce": "OSCE", "ecowas": "ECOWAS", "asean": "ASEAN", "iaea": "IAEA",
    "international atomic energy agency": "IAEA", "international criminal court": "ICC",
    "international court of justice": "ICJ", "international monetary fund": "IMF",
    "world bank": "WBK", "world health organization": "WHO", "world trade organization": "WTO",
    "gulf cooperation council": "GCC", "shanghai cooperation organisation": "SCO",
    "organization of american states": "OAS", "international committee of the red cross": "ICRC",
    "red cross": "ICRC", "doctors without borders": "MSF", "medecins sans frontieres": "MSF",
    "amnesty international": "AMN", "human rights watch": "HRW",
    # French
    "russie": "RUS", "etats-unis": "USA", "ukraine": "UKR", "chine": "CHN", "france": "FRA",
    "allemagne": "DEU", "royaume-uni": "GBR", "union europeenne": "EUR", "otan": "NATO",
    "nations unies": "UNO", "onu": "UNO", "union africaine": "AU", "ligue arabe": "ARL",
}


def normalise_code(code: str | None) -> str:
    """Upper-case a code and map its other spellings (``EU`` -> ``EUR``)."""
    if not code:
        return ""
    code = code.strip().upper()
    return CODE_ALIASES.get(code, code)


def is_igo(code: str | None, sector: str | None = None) -> bool:
    return normalise_code(code) in IGO_CODES or (sector or "").upper() == "IGO"


def is_ngo(code: str | None, sector: str | None = None) -> bool:
    return normalise_code(code) in NGO_CODES or (sector or "").upper() == "NGO"


def code_matches(gold: str, code: str | None, sector: str | None = None) -> bool:
    """Does a predicted actor (code, sector) satisfy a gold code? ``IGO``/``NGO`` are wildcards."""
    gold = normalise_code(gold)
    pred = normalise_code(code)
    if gold and gold == pred:
        return True
    if gold == "IGO":
        return is_igo(pred, sector)
    if gold == "NGO":
        return is_ngo(pred, sector)
    return False


_QUOTES = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2039": '"', "\u203a": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-",
})


def fold(text: str | None) -> str:
    """Compare-friendly text: typographic quotes and dashes made plain, accents
    removed, case folded, runs of whitespace (incl. no-break spaces) made one space."""
    if not text:
        return ""
    text = text.translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


@lru_cache(maxsize=4096)
def code_for_name(name: str | None) -> str | None:
    """The code of a country or organisation named in English (or common French), else None."""
    key = fold(name)
    if not key:
        return None
    if key in _NAMES:
        return _NAMES[key]
    key = re.sub(r"^(the|la|le|les|l')\s*", "", key)
    if key in _NAMES:
        return _NAMES[key]
    try:
        import pycountry

        return pycountry.countries.lookup(key).alpha_3
    except (LookupError, ImportError):
        return None
