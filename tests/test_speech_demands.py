"""Demands and conditions on handwritten French and English paragraphs."""

from __future__ import annotations

import parley


def read(text: str, date: str = "2025-03-12"):
    return parley.read(text, date=date, as_of=date)


def by_actor(report, code):
    return [d for d in report.demands if d.actor and d.actor.code == code]


def test_fr_bullets_addressed_through_the_items():
    r = read("Les exigences de Moscou\n\n"
             "Sergueï Lavrov a répété que la Russie exige :\n\n"
             "• le départ des troupes ukrainiennes de la région de Koursk ;\n"
             "• la renonciation de Kiev à toute alliance militaire ;\n"
             "• la levée des sanctions sur les banques russes.\n\n"
             "Kiev a rejeté ces conditions.")
    d = by_actor(r, "RUS")
    assert len(d) == 1
    assert d[0].addressee is not None and d[0].addressee.code == "UKR"
    assert [i.text for i in d[0].items] == [
        "le départ des troupes ukrainiennes de la région de Koursk",
        "la renonciation de Kiev à toute alliance militaire",
        "la levée des sanctions sur les banques russes"]
    for item in d[0].items:
        assert r.article.original[item.start:item.end] == item.text


def test_fr_call_with_two_infinitives_and_grammatical_addressee():
    r = read("Appel de Kiev\n\n"
             "Le ministre ukrainien des Affaires étrangères a appelé Moscou à libérer les civils détenus "
             "et à ouvrir un couloir vers la centrale.")
    d = by_actor(r, "UKR")
    assert d and d[0].addressee.code == "RUS" and d[0].kind == "demand"
    assert len(d[0].items) == 2 and d[0].items[1].text.startswith("à ouvrir un couloir")


def test_fr_condition_with_que_clause_and_inline_list():
    r = read("Négociations\n\n"
             "Le gouvernement arménien a posé deux conditions à tout accord : la fin des tirs à la frontière "
             "et le retour des prisonniers détenus par l'Azerbaïdjan.\n\n"
             "Bakou exige au préalable que l'Arménie modifie sa Constitution.")
    arm = by_actor(r, "ARM")
    assert arm and arm[0].kind == "condition" and len(arm[0].items) == 2
    aze = by_actor(r, "AZE")
    assert aze and aze[0].addressee.code == "ARM" and aze[0].kind == "precondition"


def test_fr_no_preconditions_is_a_statement_about_preconditions():
    r = read("Ouverture au dialogue\n\n"
             "Le Kremlin s'est dit prêt à rencontrer les dirigeants ukrainiens sans conditions préalables.")
    d = by_actor(r, "RUS")
    assert d and d[0].none and d[0].kind == "precondition" and d[0].items == []
    assert d[0].addressee.code == "UKR"


def test_fr_ceasefire_without_conditions_is_not_about_talks():
    r = read("Appel\n\nLe pape a demandé un cessez-le-feu sans conditions dans toute la région.")
    assert not any(d.none for d in r.demands)


def test_en_urge_and_demand_that():
    r = read("Pressure on Tehran\n\n"
             "The foreign ministers of France, Germany and Britain urged Iran to restore inspections and to "
             "explain the traces of uranium found at two sites.\n\n"
             "Washington demanded that Iran release the detained journalists.")
    usa = by_actor(r, "USA")
    assert usa and usa[0].addressee.code == "IRN"


def test_en_without_preconditions():
    r = read("Talks offer\n\n"
             "Armenia said it was ready to discuss reopening rail links with Azerbaijan without preconditions.")
    d = by_actor(r, "ARM")
    assert d and d[0].none and d[0].addressee.code == "AZE"


# ---------------------------------------------------------------- C1: "ne … pas tant que X …"

def test_fr_c1_negated_tant_que_is_a_condition_on_the_clause_subject():
    r = read("Frontière fermée\n\n"
             "« Nous ne lèverons pas le blocus tant que Minsk n'aura pas relâché nos chauffeurs », "
             "a déclaré le ministre lituanien de l'Intérieur, Vladislavas Kondratovičius.")
    d = [x for x in r.demands if x.addressee and x.addressee.code == "BLR"]
    assert d and d[0].kind == "condition" and d[0].cue == "tant que"
    assert d[0].actor.code == "LTU"


def test_fr_c1_en_tant_que_is_no_condition():
    r = read("Médiation\n\n"
             "En tant que médiateur, le Qatar ne prendra pas parti entre Israël et le Hamas.")
    assert not [x for x in r.demands if x.cue and "tant qu" in x.cue]


def test_fr_c1_ngo_can_make_a_demand():
    r = read("Enquête\n\n"
             "Amnesty International a dénoncé mardi des exécutions sommaires et a demandé au gouvernement "
             "camerounais d'ouvrir une enquête indépendante.")
    d = by_actor(r, "NGO")
    assert d and d[0].addressee is not None and d[0].addressee.code == "CMR"


def test_fr_c1_ngo_is_no_addressee():
    r = read("Évacuation\n\n"
             "Le gouvernement soudanais a sommé les ONG de quitter le Darfour avant vendredi.")
    assert not [d for d in r.demands if d.addressee is not None and d.addressee.code == "NGO"]
