"""Headline topic labels: "Mali : Dakar exige que Bamako..." opens with the story's topic, which is
no party to the clause after the colon."""

from __future__ import annotations


def topic_label_end(doc) -> int:
    """The token after a headline's topic label ("Mali : ...", "Nucléaire iranien : ..."): a short
    verbless phrase that opens the sentence and ends with a colon. 0 when there is none."""
    if not doc.has_annotation("POS"):
        return 0
    colon = next((t.i for t in doc[:9] if t.text == ":"), None)
    if colon is None or colon == 0 or any(t.pos_ in ("VERB", "AUX") for t in doc[:colon]):
        return 0
    return colon + 1
