"""Per-language NLP set-up, loaded once per process.

French: spaCy ``fr_core_news_md`` (tokens, lemmas, morphology, parse, NER).
English: a real English spaCy pipeline when one is installed; otherwise
spaCy's English tokenizer, a rule sentencizer and lookup lemmas from
``spacy-lookups-data`` (no parse, no NER: the coders use rules).
"""

from __future__ import annotations

import importlib.metadata
import threading
from functools import lru_cache

SUPPORTED = ("fr", "en")
_LOCK = threading.Lock()

# Placeholder packages that are not models (see README): never load them.
_ENGLISH_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")


@lru_cache(maxsize=1)
def language_detector():
    from lingua import Language, LanguageDetectorBuilder

    # parley's languages plus the ones most often met in this field, so that an
    # unsupported article is recognised as such rather than forced to fr/en.
    # Low-accuracy mode (trigram models) is exact enough on whole articles and
    # keeps memory small (tens of MiB instead of hundreds).
    languages = [Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH,
                 Language.ITALIAN, Language.PORTUGUESE, Language.RUSSIAN, Language.UKRAINIAN,
                 Language.ARABIC, Language.DUTCH, Language.POLISH, Language.TURKISH]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    sample = text[:3000]
    if len(sample.strip()) < 3:
        return None
    lang = language_detector().detect_language_of(sample)
    if lang is None:
        return None
    return lang.iso_code_639_1.name.lower()


def _real_model(name: str) -> bool:
    try:
        version = importlib.metadata.version(name.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return False
    return not version.startswith("999")


def french():
    return _french()


@lru_cache(maxsize=1)
def _french():
    import spacy

    with _LOCK:
        return spacy.load("fr_core_news_md")


@lru_cache(maxsize=1)
def english():
    """(nlp, has_parser): a real English pipeline if installed, else rules."""
    import spacy

    with _LOCK:
        for name in _ENGLISH_MODELS:
            if _real_model(name):
                try:
                    return spacy.load(name), True
                except OSError:
                    continue
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        return nlp, False


def pipeline_for(lang: str):
    """(nlp, has_parser) for a supported language."""
    if lang == "fr":
        return french(), True
    if lang == "en":
        return english()
    raise KeyError(lang)
