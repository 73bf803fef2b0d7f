"""Commitments with deadlines, anchors and status, on handwritten paragraphs."""

from __future__ import annotations

import parley


def read(text: str, date: str, as_of: str):
    return parley.read(text, date=date, as_of=as_of)


def test_fr_promise_relative_to_the_article_date_and_status():
    text = ("Kiev promet\n\nLe Premier ministre ukrainien a promis de rétablir le courant dans la capitale "
            "sous 48 heures.")
    r = read(text, "2025-03-12", "2025-03-13")
    c = r.commitments[0]
    assert c.actor.code == "UKR" and c.due == "2025-03-14" and c.status == "open"
    assert c.stated_horizon == "sous 48 heures"
    assert read(text, "2025-03-12", "2025-03-14").commitments[0].status == "due"
    assert read(text, "2025-03-12", "2025-03-20").commitments[0].status == "expired"


def test_fr_anchor_dated_in_the_text():
    r = read("Promesse\n\nLe chancelier allemand Friedrich Merz a assuré qu'il réduirait les taxes sur l'énergie "
             "dans les 100 jours après son investiture, fixée au 6 mai 2025.", "2025-04-10", "2025-09-01")
    c = next(c for c in r.commitments if c.anchor)
    assert c.anchor_date == "2025-05-06" and c.due == "2025-08-14" and c.status == "expired"


def test_fr_office_anchor_from_the_knowledge_base():
    # Trump is president-elect on the article's date; his term starts on 2025-01-20 (actor KB)
    r = read("Promesse\n\nDonald Trump a promis de signer ce décret dans les dix jours suivant son investiture.",
             "2024-12-01", "2024-12-01")
    c = next(c for c in r.commitments if c.actor and c.actor.name == "Donald Trump")
    assert c.anchor_date == "2025-01-20" and c.due == "2025-01-30" and c.status == "open"


def test_target_inherits_the_anchor_of_the_horizon_it_answers():
    r = read("Calendrier\n\n"
             "Selon Donald Trump, la négociation pourrait durer jusqu'à quatre mois après son investiture.\n\n"
             "Son émissaire Steve Witkoff a toutefois avancé un délai de 60 jours.", "2024-12-01", "2025-06-01")
    dues = {c.actor.name: c.due for c in r.commitments}
    assert dues["Donald Trump"] == "2025-05-20"
    assert dues["Steve Witkoff"] == "2025-03-21"  # 60 days from the same start, not from the article's date


def test_past_narration_is_not_a_commitment():
    r = read("Bilan\n\nLes deux délégations se sont rencontrées lundi à Doha et ont signé un protocole jeudi.",
             "2025-03-12", "2025-03-12")
    assert r.commitments == []


def test_joint_commitment_gives_one_per_party():
    r = read("Accord\n\nLa Serbie et le Kosovo se sont engagés à rouvrir le poste-frontière d'ici la fin du mois.",
             "2025-03-12", "2025-03-12")
    assert {c.actor.code for c in r.commitments} == {"SRB", "XKX"}
    assert {c.due for c in r.commitments} == {"2025-03-31"}


def test_en_deadline_forms():
    r = read("Deadlines\n\n"
             "Egypt's foreign minister said Cairo would host a signing ceremony by the end of the month.\n\n"
             "Israel has 60 days to withdraw its troops, the agreement says.", "2024-11-27", "2024-12-01")
    dues = {c.actor.code: c.due for c in r.commitments}
    assert dues.get("EGY") == "2024-11-30"
    assert dues.get("ISR") == "2025-01-26"


# ---------------------------------------------------------------- C1: "serait opérationnel d'ici …"

def test_fr_c1_future_copula_in_reported_speech():
    r = read("Frontière\n\n"
             "Le ministre serbe de l'Intérieur, Ivica Dačić, a assuré que le nouveau poste de contrôle "
             "serait opérationnel d'ici la fin de l'année.", "2025-03-12", "2025-03-12")
    c = [x for x in r.commitments if x.due == "2025-12-31"]
    assert c and c[0].actor.code == "SRB"
    assert c[0].what.startswith("serait opérationnel")


def test_fr_c1_past_copula_is_no_commitment():
    r = read("Frontière\n\n"
             "Le ministre serbe de l'Intérieur, Ivica Dačić, a rappelé que le poste de contrôle "
             "était fermé depuis le 3 mars.", "2025-03-12", "2025-03-12")
    assert not r.commitments
