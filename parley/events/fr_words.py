"""Word lists of the French coder, loaded from the data files, and a guesser of infinitives for
forms the lemmatizer leaves as they are.

The words themselves live in ``data/grammar_fr.tsv`` (one class per row, with a note and an
example) and ``data/adjectives_fr.tsv`` (adjectives that are events); this module only gives the
classes the names the coder uses.
"""

from __future__ import annotations

from .fr_args import fold
from .lexicon import adjective_events, word_class


def _w(cls: str) -> frozenset:
    return word_class("fr", cls)


def _phrases(cls: str) -> tuple[str, ...]:
    """A class of phrases ("faute de quoi|sinon"), each as one string, longest first."""
    return tuple(sorted((" ".join(p) if isinstance(p, tuple) else p for p in _w(cls)), key=lambda s: (-len(s), s)))


# Adjectives that are events themselves: lemma -> (event, mode, cameo, recipient markers).
ADJ_EVENTS = adjective_events("fr")
RESPONSE_VERBS = _w("response_verb")
POSITIVE_ADV = _w("positive_adverb")
NEGATIVE_ADV = _w("negative_adverb")
SUPPORT_NOUNS = _w("support_noun")
MATERIAL_ADJ = _w("material_adjective")
OBJECT_CONTROL = _w("object_control")
LIGHT = _w("light_verb")
WITNESS_VERBS = _w("witness_verb")
INSTRUMENT_NOUNS = _w("instrument_noun")
AGENT_DE = _w("agent_de")
CONFLICT_NOUNS = _w("conflict_noun")
MOVE_OUT = _w("move_out")
MOVE_IN = _w("move_in")
COOP_NOUNS = _w("cooperation_noun")
STOP_NOUNS = _w("stop_noun")
TEST_WEAPONS = _w("test_weapon")
TEST_PLACES = _w("test_place")
RECEIVED_THINGS = _w("received_thing")
HOST_VERBS = _w("host_verb")
TIME_HEADS = _w("time_head")
TIME_MARKERS = _w("time_marker")
THING_NOUNS = _w("thing_noun")
ASPECTUAL = _w("aspectual")
COMMAND_VERBS = _w("command_verb")
JOINT_ADJ = _w("joint_adjective")
THREAT_LINKS = _phrases("threat_link")
FIRM_ADV = _w("firm_adverb")
FIRM_NOUNS = _w("firm_noun")
PARTY_NOUNS = _w("party_noun")
PARTY_NOUNS_ALL = _w("party_noun_all")
GROUP_NUMBERS = {w.split("=")[0]: int(w.split("=")[1]) for w in _w("group_numeral")}  # "trois" -> 3
PLACE_NAMED = _w("place_named")
OFFENCE_NOUNS = _w("offence_noun")
EVALUATIVE = _w("evaluative")
WARN_VERBS = _w("warn_verb")
WARNING_THREAT_CUES = _w("warning_threat_cue")
REQUESTER_NOUNS = _w("requester_noun")
RETALIATION_VERBS = _w("retaliation_verb")
ANNOUNCING_VERBS = _w("announcing_verb")
AGENT_ACL = _w("agent_acl")
GENERAL_PUBLIC = _w("general_public")
NOT_RECIPROCAL = _w("not_reciprocal")
CHAIR_VERBS = _w("chair_verb")
NEGATIVE_EVAL = _w("negative_evaluation")
DOCUMENT_NOUNS = _w("document_noun")
STATE_VERBS = _w("state_verb")
ACCUSATION_FRAMES = _w("accusation_frame")
PATH_NOUNS = _w("path_noun")
MARK_VERBS = _w("mark_verb")
TRIAL_NOUNS = _w("trial_noun")
COURSE_VERBS = _w("course_verb")
FACE_VERBS = _w("face_verb")
EXCHANGE_NOUNS = _w("exchange_noun")
CAPTIVES = _w("captive")
PROGRESS_NOUNS = _w("progress_noun")
MEDIATION_NOUNS = _w("mediation_noun")
ATTENDANCE_NOUNS = _w("attendance_noun")
PARTNER_NOUNS = _w("partner_noun")
COPULA_VERBS = _w("copula_verb")
SELF_FRAMES = frozenset("se_" + v for v in _w("self_frame"))
REFUSAL_VERBS = _w("refusal_verb")
SPEECH_ACT_VERBS = _w("speech_act_verb")

# Dependency labels (UD) of a verb's content: not words, the parse's structure.
CONTENT_DEPS = frozenset(("xcomp", "ccomp", "csubj", "obj", "obl:arg"))


_ENDINGS = (("aient", "er"), ("ait", "er"), ("ent", "er"), ("es", "er"), ("e", "er"), ("ées", "er"), ("és", "er"),
            ("ée", "er"), ("é", "er"), ("ons", "er"), ("ez", "er"), ("it", "ir"), ("issent", "ir"), ("is", "ir"),
            ("ie", "ir"), ("i", "ir"))


def guess_infinitives(form: str) -> list[str]:
    """Infinitives a finite form may come from, when the lemmatizer kept the form ("réclame")."""
    f = fold(form)
    out = []
    for end, inf in _ENDINGS:
        if f.endswith(end) and len(f) > len(end) + 2:
            out.append(f[: -len(end)] + inf)
    return out
# Finite verb forms the tagger takes for adjectives/adverbs: form -> infinitive ("dément" -> "démentir").
MISTAGGED_VERBS = dict(w.split(":", 1) for w in _w("mistagged_verb") if ":" in w)
UNANSWERED = _w("unanswered_word")
IDIOM_OBJECTS: dict[str, set[str]] = {}  # "saisir" -> {"occasion", ...}: objects that make the verb an idiom, no event
for _pair in _w("idiom_object"):
    if ":" in _pair:
        IDIOM_OBJECTS.setdefault(_pair.split(":", 1)[0], set()).add(_pair.split(":", 1)[1])
FIGURATIVE_MODIFIERS = _w("figurative_modifier")
BODY_NOUNS = _w("body_noun")
CIRCUMSTANCE_NOUNS = _w("circumstance_noun")
