"""The French event coder on short team-written texts: one test per general rule.

Each text is written for the test (no news wording); the assertions are on the
coded events (type, actor codes, recipient codes), as `parley eval` matches them.
"""

from __future__ import annotations

import pytest

import parley
from parley.events.modality import fr_tense


def coded(text: str) -> set[tuple]:
    report = parley.read(text)
    return {(e.event, frozenset(a.code for a in e.actor if a.code), frozenset(r.code for r in e.recipient if r.code),
             e.negated) for e in report.events}


def ev(event: str, actors: set[str], recipients: set[str] = frozenset(), negated: bool = False) -> tuple:
    return event, frozenset(actors), frozenset(recipients), negated


def types(text: str) -> list[str]:
    return [e.event for e in parley.read(text).events]


def test_signing_together_is_also_a_meeting():
    got = coded("Le Kenya et l'Éthiopie ont signé mardi à Addis-Abeba un accord de coopération frontalière.")
    assert ev("SUPPORT", {"KEN", "ETH"}) in got
    assert ev("CONSULT", {"KEN", "ETH"}) in got


def test_appeal_to_both_parties_goes_to_the_sides_of_the_conflict():
    got = coded("L'armée russe a bombardé Kharkiv lundi. Kiev a accusé Moscou de crimes de guerre. "
                "La Chine a appelé les deux parties à la retenue.")
    assert ev("REQUEST", {"CHN"}, {"RUS", "UKR"}) in got


def test_condemning_the_attack_targets_who_attacked():
    got = coded("Les forces russes ont frappé Odessa dans la nuit de lundi. Mardi, la France a condamné l'attaque.")
    assert ev("ACCUSE", {"FRA"}, {"RUS"}) in got


def test_violation_of_a_country_sovereignty_targets_who_struck_it():
    got = coded("Les États-Unis ont bombardé des positions houthies au Yémen vendredi. "
                "L'Iran a dénoncé une violation de la souveraineté du Yémen.")
    assert ev("ACCUSE", {"IRN"}, {"USA"}) in got
    assert ev("ACCUSE", {"IRN"}, {"YEM"}) not in got


def test_joint_exercises_are_cooperation_of_all_partners():
    got = coded("La Russie et la Biélorussie ont entamé jeudi des exercices conjoints près de la frontière polonaise.")
    assert ev("COOPERATE", {"RUS", "BLR"}) in got
    assert not any(e[0] == "MOBILIZE" for e in got)


def test_firm_answer_in_a_quotation_is_the_speaker_threat():
    got = coded("« Nous répondrons avec fermeté à toute agression », a déclaré le ministre japonais de la Défense.")
    assert any(e[0] == "THREATEN" and e[1] == {"JPN"} for e in got)


def test_force_announced_after_faute_de_quoi_is_a_threat():
    got = coded("Le ministre turc des Affaires étrangères a exigé le départ des combattants kurdes, "
                "faute de quoi la Turquie pourrait lancer une offensive en Syrie.")
    assert any(e[0] == "REQUEST" and e[1] == {"TUR"} for e in got)
    assert any(e[0] == "THREATEN" and e[1] == {"TUR"} for e in got)


def test_apposition_is_neither_an_event_nor_an_actor():
    got = coded("L'Iran, principal soutien du Hezbollah, a condamné les frappes israéliennes contre le Liban.")
    assert ev("ACCUSE", {"IRN"}, {"ISR"}) in got
    assert not any(e[0] == "SUPPORT" for e in got)


def test_leaving_an_organisation_is_a_sanction():
    assert ev("SANCTION", {"MLI"}, {"ECOWAS"}) in coded("Le Mali a confirmé lundi son retrait de la CEDEAO.")


def test_reporting_verb_after_the_statement_is_no_event():
    got = coded("Les Pays-Bas n'ont livré aucun avion à l'Ukraine cette année, reconnaît un responsable ukrainien.")
    assert not any(e[0] == "SUPPORT" for e in got)
    assert ev("AID", {"NLD"}, {"UKR"}, negated=True) in got


def test_condition_clause_is_no_event():
    got = coded("Le Hezbollah refuse de rendre ses armes tant qu'Israël poursuivra ses frappes au Liban.")
    assert not any(e[0] == "ASSAULT" for e in got)
    assert any(e[0] == "REJECT" for e in got)


def test_ordering_a_deployment_is_the_mobilisation():
    got = coded("Le président serbe a ordonné le déploiement de l'armée près de la frontière avec le Kosovo.")
    assert any(e[0] == "MOBILIZE" and e[1] == {"SRB"} for e in got)
    assert not any(e[0] == "REQUEST" for e in got)


def test_enumerated_subjects_are_all_actors():
    got = coded("Le Pentagone a précisé que l'Australie, Bahreïn, le Canada et les Pays-Bas avaient apporté "
                "un soutien logistique.")
    assert any(e[0] == "AID" and e[1] == {"AUS", "BHR", "CAN", "NLD"} for e in got)


def test_demonstrative_event_noun_refers_back():
    got = coded("Les forces russes ont frappé Odessa lundi. Mardi, Kiev a présenté ces frappes russes "
                "au Conseil de sécurité.")
    assert len([e for e in got if e[0] == "ASSAULT"]) == 1


@pytest.mark.parametrize("form,lemma,morph,want", [
    ("négocierons", "négocierons", "VerbForm=Inf", "fut"),  # the tagger's infinitive, a future form
    ("négocier", "négocier", "VerbForm=Inf", None),
    ("signerait", "signerait", "", "cnd"),
])
def test_future_forms_the_tagger_misses(form, lemma, morph, want):
    assert fr_tense(form, lemma, morph) == want


def test_condemning_evaluation_is_an_accusation():
    got = coded("Les forces russes ont bombardé Odessa. Le ministre ukrainien des Affaires étrangères a jugé "
                "ces frappes « inacceptables ».")
    assert ev("ACCUSE", {"UKR"}, {"RUS"}) in got


def test_internal_meeting_is_no_consultation():
    got = coded("Le président sud-coréen a présidé mardi une réunion de sécurité avec ses ministres.")
    assert not any(e[0] == "CONSULT" for e in got)


def test_guest_of_a_fronted_participle_is_the_visitor():
    got = coded("Reçu mardi par Emmanuel Macron, Viktor Orban a affirmé avoir obtenu des garanties.")
    assert ev("CONSULT", {"HUN"}, {"FRA"}) in got


def test_mobilisation_has_no_guessed_adversary():
    got = coded("L'Ukraine a accusé Moscou de préparer une offensive. La Russie a décrété la mobilisation "
                "de 300 000 réservistes.")
    assert ev("MOBILIZE", {"RUS"}) in got


def test_exercises_around_an_island_face_it():
    got = coded("La Chine a lancé jeudi des manœuvres militaires autour de Taïwan.")
    assert ev("MOBILIZE", {"CHN"}, {"TWN"}) in got


def test_offer_of_troops_is_an_agreement():
    got = coded("Le Niger et le Burkina Faso condamnent l'attaque contre Bamako et se disent prêts à envoyer "
                "des renforts au Mali.")
    assert any(e[0] == "AGREE" and e[1] == {"NER", "BFA"} for e in got)
    assert not any(e[0] == "MOBILIZE" for e in got)


def test_provisions_of_a_text_are_no_events():
    got = coded("Israël et le Hamas ont accepté un plan de paix. Selon le texte, le Hamas devra libérer "
                "les otages dans les 72 heures.")
    assert not any(e[0] in ("CONCEDE", "RETREAT") for e in got)


def test_state_in_a_relative_clause_is_no_event():
    got = coded("Kiev a appelé Moscou à libérer les prisonniers qu'elle détient encore.")
    assert any(e[0] == "REQUEST" and e[1] == {"UKR"} for e in got)
    assert not any(e[0] == "COERCE" for e in got)


def test_prisoner_exchange_is_mutual_cooperation():
    got = coded("Moscou et Kiev ont procédé mercredi au plus important échange de prisonniers depuis le début "
                "de la guerre.")
    assert ev("COOPERATE", {"RUS", "UKR"}) in got
    assert not any(e[0] == "CONSULT" for e in got)


def test_host_of_the_delegations_meets_both_sides():
    got = coded("Les délégations russe et ukrainienne ont négocié lundi à Istanbul. Le ministre turc des Affaires "
                "étrangères, qui recevait les délégations, a salué un pas important.")
    assert any(e[0] == "CONSULT" and {"RUS", "UKR", "TUR"} <= e[1] for e in got)


def test_pronominal_verb_with_par_is_not_passive():
    got = coded("Viktor Orban a rencontré Ursula von der Leyen, qui s'est engagée par écrit à présenter une étude "
                "d'impact.")
    assert any(e[0] == "AGREE" and e[1] == {"EUR"} for e in got)


def test_retracting_statements_is_a_concession():
    got = coded("Le gouvernement serbe a démenti les informations. Belgrade a finalement retiré ses propos jeudi.")
    assert any(e[0] == "CONCEDE" and e[1] == {"SRB"} for e in got)
    assert not any(e[0] == "RETREAT" for e in got)


def test_domestic_challengers_address_their_own_government():
    assert ev("REQUEST", {"VEN"}, {"VEN"}) in coded(
        "L'opposition vénézuélienne a de nouveau exigé la libération des prisonniers politiques.")
    assert ev("REJECT", {"COL"}, {"COL"}) in coded("Les rebelles colombiens ont rejeté mardi le calendrier proposé.")


def test_withholding_support_is_a_rejection():
    got = coded("Le Pakistan n'a pas soutenu la résolution de l'ONU sur le Cachemire.")
    assert any(e[0] == "REJECT" and e[1] == {"PAK"} and not e[3] for e in got)
    assert not any(e[0] == "SUPPORT" for e in got)


def test_french_grammar_words_load_from_the_data_files():
    from parley.events import fr_words
    from parley.events.lexicon import adjective_events, word_classes

    classes = word_classes("fr")
    for cls in ("light_verb", "object_control", "agent_de", "threat_link", "thing_noun", "quantity", "inanimate",
                "time_word", "etre_verb", "state_verb", "negative_evaluation", "partner_noun", "refusal_verb"):
        assert classes.get(cls), cls
    assert "imposer" in fr_words.LIGHT and "exhorter" in fr_words.OBJECT_CONTROL
    assert "faute de quoi" in fr_words.THREAT_LINKS and "sinon" in fr_words.THREAT_LINKS
    assert "se_dire" in fr_words.SELF_FRAMES
    adj = adjective_events("fr")
    assert adj["solidaire"][0] == "SUPPORT" and adj["hostile"][0] == "ACCUSE"
    assert adj["critique"][3][0] == "envers"  # markers keep their order
    assert word_classes("en").get("light_verb")  # the English coder reads the same kind of file


def test_missing_grammar_file_gives_empty_classes(caplog):
    from parley.events.lexicon import word_class, word_classes

    assert word_classes("xx") == {}
    assert word_class("xx", "light_verb") == frozenset()


def test_adjective_from_the_data_file_is_an_event():
    got = coded("Le gouvernement tchadien s'est déclaré solidaire du Niger après les inondations.")
    assert any(e[0] == "SUPPORT" and "TCD" in e[1] for e in got)




# ---------------------------------------------------------------- H2: background, hypotheses, non-events

def test_h2_headline_topic_label_is_no_party():
    from types import SimpleNamespace

    from parley.events.coder import without_topic_label
    from parley.lang import french

    doc = french()("Soudan : Le Caire exige que Khartoum retire ses troupes")
    label, cairo = SimpleNamespace(tok_start=0, tok_end=1), SimpleNamespace(tok_start=2, tok_end=4)
    assert without_topic_label(doc, [label, cairo]) == [cairo]
    doc = french()("Inde-Pakistan : trêve fragile sur la ligne de contrôle")
    pair = SimpleNamespace(tok_start=0, tok_end=3)
    assert without_topic_label(doc, [pair]) == [pair]  # nothing else names the parties


def test_h2_event_under_depuis_que_is_background():
    assert coded("Aucun sommet n'a eu lieu depuis que le retrait du Niger de la CEDEAO est devenu définitif.") == set()


def test_h2_negated_comment_does_not_negate_the_meeting():
    got = coded("Le ministre turc n'a pas commenté la rencontre entre le président serbe et le Premier "
                "ministre kosovar.")
    assert ev("CONSULT", {"SRB", "XKX"}) in got
    assert not any(e[3] for e in got)


def test_h2_verbal_act_not_made_is_no_event():
    assert coded("Le gouvernement burundais n'a pas démenti les accusations du Rwanda.") == set()


def test_h2_own_hypothetical_is_no_event_but_a_considered_meeting_is_a_plan():
    assert coded("« Si nos alliés levaient les restrictions, nous pourrions retirer nos troupes de la zone », "
                 "a affirmé le porte-parole du gouvernement ukrainien.") == set()
    assert ev("AGREE", {"DEU"}, {"CHN"}) in coded(
        "Le chancelier allemand a mentionné la possibilité d'une rencontre avec le président chinois.")
    assert ev("AGREE", {"KEN"}, {"ETH"}) in coded(
        "Le chef de l'État kényan a dit envisager une visite en Éthiopie la semaine prochaine.")
    # another party's conditional, reported by a source, stays
    assert ev("SANCTION", {"CHN"}) in coded(
        "Selon des journaux sud-coréens, la Chine pourrait suspendre ses importations de produits coréens.")


def test_h2_indefinite_event_subject_of_a_conditional_is_a_case():
    assert coded("Selon Manille, toute attaque chinoise contre les Philippines serait une agression.") == set()
    assert not any(e[0] in ("ASSAULT", "THREATEN") and "RUS" in e[1] for e in coded(
        "Le Japon a prévenu qu'une invasion russe de la Géorgie entraînerait des sanctions."))
    assert ev("THREATEN", {"PSE"}, {"ISR"}) in coded(
        "Le Hamas a averti qu'une offensive serait lancée contre Israël.")


def test_h2_infinitive_under_a_conditional_is_hypothetical():
    assert coded("Pour Bruxelles, le risque est un accord conclu entre Kigali et Kinshasa, que les Européens "
                 "seraient alors obligés de financer.") == set()


def test_h2_event_dated_years_back_and_settings_are_background():
    assert coded("Quatre ans après le retrait américain d'Afghanistan, le Pentagone a publié un rapport.") == set()
    assert coded("Le ministre français a pris acte des conclusions du sommet entre le Rwanda et la RDC.") == set()


def test_h2_bare_que_clause_after_a_demand_is_its_content():
    from spacy.tokens import Doc

    from parley.events.french import FrenchCoder
    from parley.lang import french

    def parsed(words, heads, deps, pos):
        return Doc(french().vocab, words=words, heads=heads, deps=deps, pos=pos)

    # the parser's reading "exige [advcl retire]" with "que" hung on the subject
    doc = parsed(["Accra", "exige", "que", "Lomé", "retire", "ses", "troupes"], [1, 1, 3, 4, 1, 6, 4],
                 ["nsubj", "ROOT", "mark", "nsubj", "advcl", "det", "obj"],
                 ["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "DET", "NOUN"])
    coder = FrenchCoder.__new__(FrenchCoder)
    coder.events = {1: None}
    assert coder.completive(doc[4])
    doc = parsed(["Accra", "proteste", "alors", "que", "Lomé", "retire", "ses", "troupes"], [1, 1, 5, 2, 5, 1, 7, 5],
                 ["nsubj", "ROOT", "mark", "fixed", "nsubj", "advcl", "det", "obj"],
                 ["PROPN", "VERB", "ADV", "SCONJ", "PROPN", "VERB", "DET", "NOUN"])
    assert not coder.completive(doc[5])  # "alors que": a true adverbial clause


def test_h2_meeting_of_its_own_ministers_is_no_partner_meeting():
    assert coded("Le Kenya a annoncé lundi une réunion extraordinaire de ses ministres des Finances "
                 "pour jeudi à Nairobi.") == set()
    assert ev("AGREE", {"KEN"}) in coded("Le Kenya a annoncé lundi une réunion de ses ministres avec leurs "
                                         "homologues éthiopiens.")


def test_h2_a_condition_is_no_event():
    assert coded("Le Premier ministre éthiopien a affirmé qu'un cessez-le-feu serait conditionné au retrait des "
                 "forces érythréennes du Tigré.") == set()

# ---------------------------------------------------------------- H4: event type on the right arguments

def test_h4_lifting_a_veto_is_a_concession():
    got = coded("Après des semaines de blocage, la Pologne a levé son veto au budget de l'Union européenne.")
    assert any(e[0] == "CONCEDE" and e[1] == {"POL"} for e in got)
    assert not any(e[0] in ("AID", "RETREAT") for e in got)


def test_h4_signing_or_proclaiming_a_ceasefire_is_a_concession_not_its_implementation():
    got = coded("Le Tchad et le Soudan ont signé un cessez-le-feu mardi dans la capitale éthiopienne.")
    assert any(e[0] == "CONCEDE" and e[1] == {"TCD", "SDN"} for e in got)
    assert not any(e[0] == "RETREAT" for e in got)
    got = coded("Les rebelles ont proclamé une trêve avec le gouvernement malien.")
    assert "RETREAT" not in {e[0] for e in got}


def test_h4_a_promised_withdrawal_is_a_concession_but_a_promise_to_end_the_war_is_agree():
    got = coded("La Russie a promis de retirer ses soldats de la Moldavie.")
    assert any(e[0] == "CONCEDE" and e[1] == {"RUS"} for e in got)
    assert not any(e[0] == "AGREE" for e in got)
    got = coded("Le président américain promet de mettre fin à la guerre entre la Russie et l'Ukraine.")
    assert "AGREE" in {e[0] for e in got} and "CONCEDE" not in {e[0] for e in got}


def test_h4_accepting_a_withdrawal_stays_agree():
    got = coded("La Russie a accepté de retirer ses soldats de la Moldavie.")
    assert any(e[0] == "AGREE" and e[1] == {"RUS"} for e in got)


def test_h4_readiness_beside_the_frame_verb_makes_an_offer():
    # the parser hangs the infinitive on "se disent", beside "prêtes": still one side's offer (AGREE)
    got = coded("Les autorités géorgiennes se disent prêtes à organiser de nouveaux échanges de détenus avec la Russie.")
    assert ev("AGREE", {"GEO"}, {"RUS"}) in got
    assert not any(e[0] == "COOPERATE" for e in got)


def test_h4_not_ready_to_negotiate_is_a_refusal():
    got = coded("Le gouvernement tchadien ne se dit pas prêt à négocier avec le Soudan.")
    assert ev("REJECT", {"TCD"}, {"SDN"}) in got
    assert not {"AGREE", "CONSULT"} & {e[0] for e in got}
    got = coded("Le gouvernement tchadien se dit prêt à négocier avec le Soudan.")
    assert ev("AGREE", {"TCD"}, {"SDN"}) in got


def test_h4_shifting_responsibility_onto_someone_is_an_accusation():
    got = coded("Le président azerbaïdjanais rejette la responsabilité des affrontements sur l'Arménie.")
    assert ev("ACCUSE", {"AZE"}, {"ARM"}) in got
    got = coded("Le président azerbaïdjanais rejette toute responsabilité dans les affrontements.")
    assert "ACCUSE" not in {e[0] for e in got} and "REJECT" in {e[0] for e in got}


def test_h4_recognising_another_party_s_victory_is_support():
    got = coded("Le Brésil a reconnu mercredi la victoire du président élu de la Bolivie.")
    assert any(e[0] == "SUPPORT" and e[1] == {"BRA"} for e in got)
    assert "CONCEDE" not in {e[0] for e in got}


def test_h4_event_noun_inside_an_organisation_name_is_no_event():
    got = coded("Le gouvernement colombien et l'Armée de libération nationale ont signé un accord à Caracas.")
    assert not any(e[0] == "RETREAT" for e in got)


def test_h4_an_obligation_stated_by_the_other_side_of_one_country_is_a_demand():
    got = coded("« Le M23 doit se retirer de Goma sans condition », a déclaré le porte-parole du gouvernement congolais, "
                "Patrick Muyaya.")
    assert ev("REQUEST", {"COD"}, {"COD"}) in got
    assert "CONCEDE" not in {e[0] for e in got}


def test_h4_stopping_deliveries_is_a_sanction_not_aid():
    got = coded("L'arrêt des livraisons de gaz russe a plongé la Transnistrie dans la crise, a dénoncé la présidente "
                "moldave.")
    assert any(e[0] == "SANCTION" and e[1] == {"RUS"} for e in got)
    assert "AID" not in {e[0] for e in got}


def test_h4_a_promise_to_open_corridors_stays_an_offer():
    got = coded("Les rebelles soudanais promettent d'ouvrir des couloirs humanitaires vers la ville d'El-Obeid.")
    assert "AGREE" in {e[0] for e in got} and "CONCEDE" not in {e[0] for e in got}


def test_h4_a_missile_fired_into_the_sea_is_a_test_not_an_attack():
    got = coded("La Corée du Nord a tiré mardi un missile balistique en mer du Japon.")
    assert any(e[0] == "MOBILIZE" and e[1] == {"PRK"} for e in got)
    assert "ASSAULT" not in {e[0] for e in got}
    got = coded("La Russie a tiré mardi des missiles sur Odessa.")
    assert any(e[0] == "ASSAULT" and e[1] == {"RUS"} for e in got)


def test_h4_ratifying_someone_s_accession_is_no_meeting_with_it():
    got = coded("Le Parlement turc a ratifié l'adhésion de la Finlande à l'Otan.")
    assert any(e[0] == "SUPPORT" and "TUR" in e[1] for e in got)
    assert "CONSULT" not in {e[0] for e in got}


def test_h4_a_refusal_announced_as_the_price_of_a_demand_is_a_threat():
    got = coded("La Hongrie a exigé de l'Ukraine des garanties pour sa minorité, faute de quoi elle bloquera "
                "son adhésion à l'Union européenne.")
    assert any(e[0] == "THREATEN" and e[1] == {"HUN"} for e in got)
    assert any(e[0] == "REQUEST" and e[1] == {"HUN"} for e in got)
    assert "REJECT" not in {e[0] for e in got}


def test_h4_receiving_a_thing_from_a_country_is_no_meeting():
    got = coded("Le porte-parole du Hamas a affirmé avoir reçu du Qatar l'assurance que les frappes cesseraient.")
    assert not any(e[0] == "CONSULT" for e in got)
    got = coded("Le président français a reçu son homologue ukrainien à l'Élysée.")
    assert any(e[0] == "CONSULT" and "UKR" in e[1] | e[2] for e in got)


def test_h4_an_offered_penalty_is_a_threat_not_an_agreement():
    got = coded("La Commission européenne a proposé de sanctionner la Biélorussie.")
    assert any(e[0] == "THREATEN" and e[1] == {"EUR"} and e[2] == {"BLR"} for e in got)
    assert "AGREE" not in {e[0] for e in got}


def test_h4_withdrawing_from_a_treaty_is_a_sanction_not_a_retreat():
    got = coded("Les États-Unis ont annoncé jeudi leur retrait de l'accord sur le climat.")
    assert any(e[0] == "SANCTION" and e[1] == {"USA"} for e in got)
    assert not {"CONCEDE", "RETREAT"} & {e[0] for e in got}
    got = coded("La Russie a annoncé jeudi le retrait de ses troupes de la région de Kherson.")
    assert any(e[0] == "CONCEDE" and e[1] == {"RUS"} for e in got)

# ---------------------------------------------------------------- H3: missed events (constructions)

def test_h3_alert_in_a_compound_complement_is_mobilisation():
    got = coded("Des drones ont survolé la frontière. La Lettonie a placé ses forces armées en état d'alerte maximale.")
    assert any(e == "MOBILIZE" and a == frozenset({"LVA"}) for e, a, r, n in got)


def test_h3_scrambling_fighter_jets_is_mobilisation():
    got = coded("Des missiles ont visé l'ouest de l'Ukraine. La Roumanie a fait décoller ses avions de chasse "
                "par précaution.")
    assert any(e == "MOBILIZE" and a == frozenset({"ROU"}) for e, a, r, n in got)


def test_h3_habitual_clause_after_ou_is_no_event():
    got = coded("Le ministre finlandais a demandé à l'Otan de surveiller les bases d'où décollent les "
                "bombardiers russes.")
    assert not any(e == "MOBILIZE" for e, a, r, n in got)


def test_h3_leaving_an_organisation_named_by_its_name():
    got = coded("Après des mois de tensions, le Tchad et le Soudan ont quitté la Ligue arabe, a annoncé la presse.")
    assert any(e == "SANCTION" and "TCD" in a for e, a, r, n in got)


def test_h3_lifting_a_veto_is_a_concession():
    got = coded("Le budget de l'Union européenne était bloqué depuis juin. Le gouvernement polonais a levé son "
                "veto mardi.")
    assert any(e == "CONCEDE" and a == frozenset({"POL"}) for e, a, r, n in got)


def test_h3_opposed_adjective_found_by_its_form():
    got = coded("La Norvège s'est dite fermement opposée à toute reprise de la chasse commerciale en "
                "Antarctique.")
    assert any(e == "REJECT" and a == frozenset({"NOR"}) for e, a, r, n in got)
    got = coded("Le Brésil s'est dit opposé à toute intervention militaire au Venezuela.")
    assert any(e == "REJECT" and a == frozenset({"BRA"}) for e, a, r, n in got)


def test_h3_airspace_violation_is_mobilisation():
    got = coded("Deux bombardiers russes ont pénétré dans l'espace aérien de la Finlande lundi soir.")
    assert ev("MOBILIZE", {"RUS"}, {"FIN"}) in got


def test_h3_closing_airspace_is_a_sanction():
    got = coded("Le Burkina Faso a fermé son espace aérien aux avions français jusqu'à nouvel ordre.")
    assert ev("SANCTION", {"BFA"}, {"FRA"}) in got


def test_h3_cutting_deliveries_is_a_sanction():
    got = coded("En plein hiver, l'Algérie a coupé les livraisons de gaz à l'Espagne.")
    assert ev("SANCTION", {"DZA"}, {"ESP"}) in got


def test_h3_formal_notice_is_a_request():
    got = coded("La Turquie a mis en demeure la Grèce de retirer ses navires de la zone contestée.")
    assert ev("REQUEST", {"TUR"}, {"GRC"}) in got


def test_h3_giving_hours_to_act_is_an_ultimatum():
    got = coded("La junte a donné 72 heures à l'ambassadeur de Belgique pour quitter le Burkina Faso.")
    assert any(e == "THREATEN" and "BEL" in r for e, a, r, n in got)


def test_h3_not_taking_up_an_offer_is_a_rejection():
    got = coded("L'Inde a proposé une rencontre au Pakistan. Le gouvernement pakistanais n'a pas donné suite "
                "à la proposition indienne.")
    assert any(e == "REJECT" and a == frozenset({"PAK"}) for e, a, r, n in got)


def test_h3_informing_by_phone_is_a_call():
    got = coded("Le président kényan a informé par téléphone le président ougandais que la réunion était "
                "reportée.")
    assert any(e == "CONSULT" and a == frozenset({"KEN"}) and r == frozenset({"UGA"}) for e, a, r, n in got)


def test_h3_making_a_deal_conditional_is_a_demand():
    got = coded("Le Maroc a conditionné toute reprise des relations avec l'Algérie à la réouverture de la "
                "frontière.")
    assert any(e == "REQUEST" and a == frozenset({"MAR"}) for e, a, r, n in got)


def test_h3_participle_tagged_as_noun_keeps_its_subject_and_our_object():
    got = coded("Le ministre lituanien a réagi. « La Biélorussie a violé notre espace aérien à deux reprises », "
                "a-t-il déclaré.")
    assert ev("MOBILIZE", {"BLR"}, {"LTU"}) in got


def test_h3_jets_taking_off_is_mobilisation():
    got = coded("Des F-16 néerlandais ont décollé pour escorter les appareils russes hors de la zone.")
    assert any(e == "MOBILIZE" and a == frozenset({"NLD"}) for e, a, r, n in got)


def test_h3_ready_to_accompany_a_process_is_an_agreement():
    got = coded("Le Sénégal s'est dit prêt à accompagner la mise en œuvre de l'accord de paix entre le Mali "
                "et les rebelles.")
    assert any(e == "AGREE" and a == frozenset({"SEN"}) for e, a, r, n in got)


def test_h3_not_ruling_out_force_is_a_threat():
    got = coded("Le gouvernement serbe n'exclut pas de recourir à la force contre le Kosovo.")
    assert ev("THREATEN", {"SRB"}, {"XKX"}) in got


def test_h3_reserving_the_right_to_retaliate_is_a_threat():
    got = coded("L'Inde se réserve le droit de riposter contre le Pakistan.")
    assert ev("THREATEN", {"IND"}, {"PAK"}) in got


def test_h3_pledge_not_to_use_force_is_an_agreement():
    got = coded("L'Éthiopie et l'Érythrée se sont engagées à ne pas recourir à la force.")
    assert any(e == "AGREE" for e, a, r, n in got)
    assert not any(e == "THREATEN" for e, a, r, n in got)


def test_h3_intimating_an_order_is_a_request():
    got = coded("Le Maroc a intimé à l'Algérie l'ordre de fermer ses camps près de la frontière.")
    assert ev("REQUEST", {"MAR"}, {"DZA"}) in got


def test_h3_holding_someone_responsible_is_an_accusation():
    got = coded("Le gouvernement turc tient la Syrie pour responsable de l'attentat d'Ankara, a déclaré son "
                "porte-parole.")
    assert ev("ACCUSE", {"TUR"}, {"SYR"}) in got


def test_h3_price_of_refusal_is_a_threat_by_the_demander():
    got = coded("Le Royaume-Uni a exigé que l'Iran libère le pétrolier sous peine de sanctions.")
    assert ev("REQUEST", {"GBR"}, {"IRN"}) in got
    assert ev("THREATEN", {"GBR"}, {"IRN"}) in got
# ---------------------------------------------------------------- H1: recipients and actors

def test_h1_denial_answers_the_claimant():
    got = coded("Moscou a affirmé que Kiev avait lancé des drones contre une centrale. "
                "Le ministère ukrainien de la Défense a démenti.")
    assert ev("REJECT", {"UKR"}, {"RUS"}) in got


def test_h1_party_in_a_tant_que_condition_is_no_recipient():
    got = coded("Le Hezbollah refuse de livrer son arsenal tant qu'Israël gardera des positions au sud.")
    assert ev("REJECT", {"LBN"}, {"LBN"}) in got
    assert not any(e[0] == "REJECT" and "ISR" in e[2] for e in got)


def test_h1_relative_clause_on_the_actor_gives_no_recipient():
    got = coded("Les rebelles houthis, qui affirment défendre les Palestiniens, ont revendiqué un tir de missile "
                "contre un cargo.")
    assert not any(e[0] == "ASSAULT" and "PSE" in e[2] for e in got)


def test_h1_welcoming_with_se_feliciter_de_refers_to_the_agreement():
    got = coded("Bakou et Erevan ont conclu un accord. L'Iran a critiqué l'Arménie. Paris se félicite de cet accord.")
    assert ev("SUPPORT", {"FRA"}, {"ARM", "AZE"}) in got


def test_h1_appeal_to_unnamed_allies_has_no_recipient():
    got = coded("Moscou a frappé Kharkiv. Le président ukrainien appelle les alliés à envoyer plus de défenses "
                "aériennes.")
    assert ev("REQUEST", {"UKR"}) in got
    assert not any(e[0] == "REQUEST" and "RUS" in e[2] for e in got)


def test_h1_offer_to_the_separatists_is_domestic():
    got = coded("Chisinau se dit disposé à livrer de l'électricité, pourvu que Tiraspol règle sa facture.")
    assert ev("AGREE", {"MDA"}, {"MDA"}) in got


def test_h1_affiliation_is_no_recipient():
    got = coded("Le groupe JNIM, affilié à Al-Qaïda, a revendiqué l'embuscade contre une patrouille.")
    assert any(e[0] == "ASSAULT" for e in got)
    assert not any("IMG" in e[2] for e in got)


def test_h1_fronted_host_city_is_no_recipient():
    got = coded("À Abuja, la Commission de la CEDEAO s'est dite prête à ouvrir des discussions.")
    assert not any("NGA" in e[2] for e in got)


def test_h1_title_and_name_coordinated_are_both_actors():
    got = coded("Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien Nikol Pachinian "
                "ont paraphé mardi un mémorandum.")
    assert ev("SUPPORT", {"AZE", "ARM"}) in got


def test_h1_subject_of_the_next_clause_is_no_recipient():
    got = coded("Le Japon a promis 200 millions de dollars, mais le programme de l'ONU n'a encore rien touché.")
    assert any(e[0] == "AGREE" and e[1] == {"JPN"} for e in got)
    assert not any("UNO" in e[2] for e in got)


def test_h1_headline_label_is_neither_actor_nor_recipient():
    got = coded("Taïwan : Pékin exige que Tokyo revienne sur ses déclarations.")
    assert ev("REQUEST", {"CHN"}, {"JPN"}) in got
    got = coded("Corée : Séoul exige que Pyongyang cesse ses tirs d'artillerie.")
    assert ev("REQUEST", {"KOR"}, {"PRK"}) in got


def test_h1_people_counted_by_millions_are_not_their_state():
    got = coded("Les deux pays ont signé un accord. Le président américain a salué un jour d'espoir "
                "pour des millions de Congolais.")
    assert not any(e[0] == "SUPPORT" and e[2] == {"COD"} for e in got)


def test_h1_on_behalf_of_is_no_recipient():
    got = coded("Au nom de l'Union africaine, le président angolais a exigé un cessez-le-feu.")
    assert any(e[0] == "REQUEST" and e[1] == {"AGO"} for e in got)
    assert not any("AU" in e[2] for e in got)


def test_h1_target_of_another_act_is_no_recipient():
    got = coded("Les Européens ont voté de nouvelles sanctions contre l'Iran, après que la Hongrie a renoncé à "
                "son veto.")
    assert ev("SANCTION", {"EUR"}, {"IRN"}) in got
    assert ev("CONCEDE", {"HUN"}, {"EUR"}) in got


def test_h1_french_recipient_word_classes_load():
    from parley.events.lexicon import word_classes

    classes = word_classes("fr")
    for cls in ("unnamed_group", "affiliation", "crowd_number", "behalf_noun"):
        assert classes.get(cls), cls
    assert "marché" in classes["thing_noun"]


# ---------------------------------------------------------------- R2: recipients from the discourse


def test_r2_host_praise_goes_to_the_parties_it_received():
    got = coded("Moscou et Kiev ont tenu lundi une nouvelle séance de pourparlers directs. Le ministre turc, qui "
                "accueillait les délégations dans sa résidence, a salué un geste utile.")
    assert ev("SUPPORT", {"TUR"}, {"RUS", "UKR"}) in got


def test_r2_praised_meeting_names_both_sides():
    got = coded("Le Guyana et le Venezuela se sont rencontrés jeudi à Brasilia. Le Chili a salué la rencontre.")
    assert ev("SUPPORT", {"CHL"}, {"GUY", "VEN"}) in got


def test_r2_progress_praised_is_what_was_done_not_what_is_planned():
    got = coded("Le Rwanda et la RDC ont signé un accord de paix à Luanda. Les États-Unis recevront les deux "
                "ministres la semaine prochaine. L'Union africaine salue une avancée majeure.")
    assert ev("SUPPORT", {"AU"}, {"RWA", "COD"}) in got


def test_r2_appeal_to_the_parties_names_the_sides_of_the_conflict():
    got = coded("Le Soudan a bombardé le Tchad. Le Kenya, qui préside la région, appelle les parties à respecter "
                "le cessez-le-feu.")
    assert ev("REQUEST", {"KEN"}, {"SDN", "TCD"}) in got
# ---------------------------------------------------------------- R3: false alarms with no event behind them


def test_r3_manner_clause_of_an_accusation_is_the_charge():
    got = coded("Le ministre iranien a accusé les Européens d'avoir perdu toute crédibilité en soutenant "
                "les frappes américaines.")
    assert ev("ACCUSE", {"IRN"}, {"EUR"}) in got
    assert not any(e[0] == "SUPPORT" for e in got)


def test_r3_charge_hung_on_the_accuser_is_no_event():
    got = coded("Le Mali, accusé par l'Algérie et par des experts de l'ONU de fournir des armes aux rebelles, "
                "dément toute implication.")
    assert not any(e[0] == "AID" for e in got)


def test_r3_request_to_supply_stays():
    got = coded("Le Niger a demandé aux experts de l'ONU de fournir une aide alimentaire au pays.")
    assert ev("REQUEST", {"NER"}, {"UNO"}) in got


def test_r3_setting_out_on_a_course_is_no_pledge():
    got = coded("Le gouvernement malien s'est engagé sur la voie du dialogue avec les rebelles touareg, "
                "selon un communiqué.")
    assert not any(e[0] == "AGREE" for e in got)


def test_r3_facing_a_crisis_is_no_assault():
    got = coded("Le président arménien affronte une grave crise politique après la défaite de son camp.")
    assert not any(e[0] == "ASSAULT" for e in got)
    got = coded("Les soldats maliens ont affronté les rebelles touareg près de Kidal, selon l'armée malienne.")
    assert any(e[0] == "ASSAULT" for e in got)


def test_r3_consent_as_condition_is_no_agreement():
    got = coded("Toute livraison d'armes à l'Ukraine reste soumise à l'accord du Parlement allemand, "
                "a rappelé Berlin.")
    assert not any(e[0] == "AGREE" for e in got)


def test_r3_signing_the_end_of_is_no_signature():
    got = coded("Au Mali, le départ des mercenaires ne signe pas la fin de la présence russe dans le pays.")
    assert not any(e[0] in ("REJECT", "AGREE", "CONCEDE") for e in got)
    got = coded("Le Tchad se dit prêt à signer un traité avec le Soudan d'ici la fin de l'année.")
    assert any(e[0] == "AGREE" and e[1] == {"TCD"} for e in got)


def test_r3_word_classes_load():
    from parley.events.lexicon import word_classes

    classes = word_classes("fr")
    for cls in ("accusation_frame", "path_noun", "trial_noun", "mark_verb"):
        assert classes.get(cls), cls
    assert "soumettre" in classes["condition_verb"]
    assert "considérer" in classes["state_verb"]


def test_r3_held_opinion_in_a_relative_is_no_accusation_but_naming_is():
    got = coded("Le Mali refuse de négocier avec le groupe rebelle, que Bamako considère comme une organisation "
                "terroriste depuis des années.")
    assert not any(e[0] == "ACCUSE" for e in got)
    got = coded("Bamako refuse de négocier avec un mouvement qu'il qualifie de « terroriste », selon le ministre malien.")
    assert any(e[0] == "ACCUSE" for e in got)
# ---------------------------------------------------------------- R1: the actor side of French events


def test_r1_subject_of_an_object_relative_the_parser_lost():
    got = coded("Moscou a décrété la mobilisation partielle, une mesure que l'Ukraine a condamnée.")
    assert any(e[0] == "ACCUSE" and e[1] == {"UKR"} for e in got)
    assert not any(e[0] == "ACCUSE" and e[1] == {"RUS"} for e in got)


def test_r1_opening_source_is_not_the_subject():
    got = coded("Selon le commandant de la marine philippine, le vice-amiral Toribio Adaci, des membres des "
                "garde-côtes chinois armés de bâtons ont abordé mardi trois canots, confisqué des fusils et "
                "détruit le matériel radio.")
    assert any(e[0] == "COERCE" and e[1] == {"CHN"} for e in got)
    assert not any(e[1] == {"PHL"} for e in got)


def test_r1_gerund_after_a_quote_is_the_speakers():
    got = coded("Le président serbe a rejeté les accusations du Kosovo. « Kurti porte toute la "
                "responsabilité de ces violences », a-t-il lancé, en exigeant le départ de la police "
                "kosovare du nord.")
    assert any(e[0] == "REQUEST" and e[1] == {"SRB"} for e in got)
    assert not any(e[0] == "REQUEST" and e[1] == {"XKX"} for e in got)


def test_r1_region_adjective_names_no_state():
    got = coded("Caracas a rompu ses relations avec plusieurs pays latino-américains qui contestaient "
                "la réélection du président Maduro.")
    assert not any("USA" in e[1] for e in got)


def test_r1_singular_relative_verb_takes_the_nearest_conjunct():
    got = coded("La commission réunira des délégués du gouvernement colombien, de l'ELN et de la mission "
                "de l'ONU, qui a accepté d'y participer.")
    assert any(e[0] == "AGREE" and e[1] == {"UNO"} for e in got)


def test_r1_source_preposition_class_loads():
    from parley.events.lexicon import word_classes

    classes = word_classes("fr")
    assert {"selon", "d'après"} <= classes["source_preposition"]
    assert "latino-américain" in classes["bloc_adjective"]
# ---------------------------------------------------------------- R4: missed events (concern, "dément", "impuni")


def test_r4_said_to_be_concerned_is_disapproval():
    got = coded("La Chine a lancé des manœuvres autour de Taïwan. Le Japon se dit préoccupé par les manœuvres "
                "chinoises.")
    assert ev("ACCUSE", {"JPN"}, {"CHN"}) in got


def test_r4_concerned_participle_after_pronominal_frame():
    got = coded("Le Venezuela a émis un mandat d'arrêt contre un opposant. Le Brésil et la Colombie se sont dits "
                "« profondément préoccupés ».")
    assert any(e[0] == "ACCUSE" and e[1] == {"BRA", "COL"} for e in got)


def test_r4_making_known_ones_concern():
    got = coded("La Russie a frappé Kiev dans la nuit. La France a fait part de son indignation.")
    assert ev("ACCUSE", {"FRA"}, {"RUS"}) in got


def test_r4_concern_noun_alone_is_no_event():
    assert "ACCUSE" not in types("Les préoccupations sécuritaires de la Russie ont été évoquées lors de la "
                                 "rencontre avec la France.")


def test_r4_dement_tagged_as_adverb_is_a_denial():
    got = coded("L'Estonie accuse la Russie d'avoir violé son espace aérien. Le Kremlin dément ces informations.")
    assert ev("REJECT", {"RUS"}, {"EST"}) in got


def test_r4_denied_act_is_not_an_event():
    got = coded("Les Philippines ont protesté. Pékin dément avoir envoyé des navires dans la zone revendiquée "
                "par Manille.")
    assert any(e[0] == "REJECT" and e[1] == {"CHN"} for e in got)
    assert not any(e[0] == "MOBILIZE" for e in got)


def test_r4_demented_adjective_is_no_verb():
    assert "REJECT" not in types("Un homme dément a attaqué des passants à Paris, selon la police française.")


def test_r4_will_not_go_unpunished_is_a_threat():
    got = coded("L'armée russe a bombardé Odessa jeudi. « Ce crime ne restera pas impuni », a averti le "
                "président ukrainien Volodymyr Zelensky.")
    assert ev("THREATEN", {"UKR"}, {"RUS"}) in got


def test_r4_past_unanswered_is_no_threat():
    assert "THREATEN" not in types("L'attaque n'est pas restée sans réponse depuis le mois dernier, selon "
                                   "les habitants du quartier.")


# ---------------------------------------------------------------- U1: the other side of the conflict

def test_u1_armed_side_refusal_aims_at_the_other_side():
    got = coded("Le Hamas a tiré des roquettes sur Israël lundi. L'armée israélienne a bombardé le Hamas à "
                "Gaza. « Nous ne déposerons pas les armes tant que l'occupation continuera », a déclaré un "
                "porte-parole du Hamas.")
    assert ev("REJECT", {"PSE"}, {"ISR"}) in got
    assert ev("REJECT", {"PSE"}, {"PSE"}) not in got


def test_u1_divided_country_keeps_own_government():
    got = coded("Les rebelles du M23 ont attaqué l'armée congolaise. L'armée congolaise a bombardé les rebelles. "
                "Le Rwanda soutient les rebelles. Le M23 refuse de quitter Goma.")
    assert ev("REJECT", {"COD"}, {"COD"}) in got
# ---- U3: the one who reports an attack is not its author ----

def test_u3_witness_verb_gives_no_agent():
    # "signaler", "rapporter", "faire état de" report others' events: the reporter is no attacker
    assert not any(e[0] == "ASSAULT" and e[1] == {"KEN"} for e in coded(
        "La police kényane signale des affrontements armés dans le nord du pays, près de la frontière."))
    assert not any(e[0] == "ASSAULT" and e[1] == {"LBN"} for e in coded(
        "Les autorités libanaises rapportent des bombardements dans le sud du pays depuis lundi."))


def test_u3_announcing_own_offensive_keeps_agent():
    got = coded("Le ministère israélien de la Défense annonce une offensive dans le sud du Liban depuis lundi.")
    assert ev("ASSAULT", {"ISR"}, {"LBN"}) in got


def test_u3_weapon_after_de_is_no_author():
    # "une attaque de drones": the drones are the means; the reporting air force is not the attacker
    assert not any(e[0] == "ASSAULT" and e[1] == {"UKR"} for e in coded(
        "L'armée de l'air ukrainienne signale une attaque de drones visant « tout le pays »."))
    assert ev("ASSAULT", {"RUS"}, {"UKR"}) in coded(
        "La Russie a mené une attaque de drones contre Kiev dans la nuit de mardi à mercredi.")


def test_u3_weapon_with_nationality_names_the_author():
    assert ev("ASSAULT", {"RUS"}, {"UKR"}) in coded(
        "L'armée de l'air ukrainienne signale une attaque de drones russes contre la ville de Kharkiv.")
# ---------------------------------------------------------------- U2: counted groups of parties as actors

def test_u2_three_regimes_stand_for_the_three_states_named():
    got = coded("Le Mali, le Burkina Faso et le Niger ont quitté la CEDEAO. Dans une lettre adressée à la "
                "Commission de l'organisation, les trois régimes militaires accusent la CEDEAO d'avoir trahi "
                "ses principes.")
    assert ev("ACCUSE", {"MLI", "BFA", "NER"}, {"ECOWAS"}) in got


def test_u2_two_governments_are_the_two_actors_not_their_target():
    got = coded("Le Brésil et la Colombie ont critiqué le Venezuela mardi. Les deux gouvernements réclament "
                "la libération de Juan Pérez.")
    assert any(e[0] == "REQUEST" and e[1] == {"BRA", "COL"} for e in got)


def test_u2_indefinite_counted_group_is_nobody_named():
    got = coded("Le Brésil et la Colombie ont critiqué le Venezuela mardi. Trois pays réclament la "
                "libération de Juan Pérez.")
    assert not any(e[0] == "REQUEST" and e[1] == {"BRA", "COL"} for e in got)


# ---------------------------------------------------------------- H3: hosts and attendants of meetings, conflict sides

def test_h3_meeting_in_a_third_capital_lists_the_host_state():
    # docs/annotation.md: a summit lists the host's or mediator's state
    got = coded("Le Soudan et le Soudan du Sud ont signé lundi à Addis-Abeba un accord sur le pétrole.")
    assert ev("CONSULT", {"SDN", "SSD", "ETH"}) in got
    assert ev("SUPPORT", {"SDN", "SSD"}) in got  # the signature itself is the parties'


def test_h3_host_capital_of_a_party_adds_nobody():
    got = coded("Le Kenya et l'Éthiopie ont signé mardi à Addis-Abeba un accord de coopération frontalière.")
    assert ev("CONSULT", {"KEN", "ETH"}) in got


def test_h3_meeting_in_the_presence_of_a_third_party():
    got = coded("Le Soudan du Sud et le Soudan ont signé un accord frontalier en présence du président éthiopien.")
    assert ev("CONSULT", {"SDN", "SSD", "ETH"}) in got


def test_h3_meeting_told_again_without_its_venue_is_the_same_meeting():
    got = coded("Le Soudan et le Soudan du Sud ont signé lundi à Addis-Abeba un accord sur le pétrole. Les deux "
                "ministres ont ensuite répondu aux journalistes. Khartoum et Juba ont paraphé le texte sous les "
                "applaudissements.")
    assert ev("CONSULT", {"SDN", "SSD", "ETH"}) in got
    assert ev("CONSULT", {"SDN", "SSD"}) not in got


def test_h3_conflict_sides_count_a_state_once_whatever_its_organ():
    from types import SimpleNamespace as NS

    from parley.events.coder import conflict_sides
    from parley.model import ActorRef

    def ref(code, sector):
        return ActorRef(id=code + sector, name=code, code=code, sector=sector)

    def cand(i, event, actors, recipients):
        return NS(sent=NS(index=i), event=event, actors=actors, recipients=recipients)

    kept = [cand(3, "SUPPORT", [ref("POL", "GOV"), ref("LTU", "GOV")], [ref("EST", "GOV")]),
            cand(4, "ACCUSE", [ref("EST", "GOV")], [ref("RUS", "GOV")]),
            cand(5, "MOBILIZE", [ref("RUS", "MIL")], [ref("EST", "GOV")])]
    # the Russian army and the Russian government are one side: Estonia vs Russia leads
    assert {r.code for r in conflict_sides(kept, set())} == {"EST", "RUS"}


def test_h3_target_of_another_act_is_not_whom_the_actor_yields_to():
    # Moldova is whom the aid is for; Austria's lifted veto yields to the Union that decided it
    got = coded("Les ministres de l'Union européenne se sont entendus mardi sur une aide militaire à la Moldavie, "
                "après que le chancelier autrichien a levé son veto.")
    assert ev("CONCEDE", {"AUT"}, {"EUR"}) in got
    assert ev("CONCEDE", {"AUT"}, {"MDA"}) not in got
# ---------------------------------------------------------------- H2: non-events (false alarms with no event)

def test_h2_relative_que_taken_for_a_conjunction_is_a_standing_view():
    # "que Damas considère comme rebelle": a relative clause (held opinion), even when the parser
    # tags "qu'" as a conjunction; no ACCUSE
    text = ("Bilan de la semaine\n\nLe ministre turc a jugé que l'accord devait mener au départ des milices du PKK, "
            "que Damas considère comme un groupe rebelle armé.")
    assert not any(e[0] == "ACCUSE" for e in coded(text))


def test_h2_demanded_clause_hung_on_a_later_word_is_the_demand_content():
    # the parser may hang the "que" clause on the last verb; the verb just before "que" governs it
    got = coded("Pékin exige que Tokyo retire ses navires de guerre du détroit, la tension monte")
    assert ev("REQUEST", {"CHN"}, {"JPN"}) in got
    assert not any(e[0] in ("CONCEDE", "RETREAT") for e in got)


def test_h2_predicate_nominal_after_rester_is_no_event():
    got = coded("Point du jour\n\nPour Bamako, l'objectif reste le retrait des soldats français du pays.")
    assert not any(e[0] == "RETREAT" for e in got)


def test_h2_idioms_with_an_event_verb_are_no_event():
    assert not coded("Point du jour\n\nLe président russe a saisi l'occasion pour évoquer l'Ukraine.")
    assert not any(e[0] == "ASSAULT" for e in coded(
        "Point du jour\n\nLe ministre français a tiré les leçons de la crise avec l'Allemagne."))
    assert not any(e[0] == "SUPPORT" for e in coded(
        "Point du jour\n\nLe président ukrainien a signé un décret sur la défense aérienne."))
    # the plain senses stay
    assert ev("COERCE", {"UKR"}, {"RUS"}) in coded(
        "Point du jour\n\nLes douaniers ukrainiens ont saisi un navire russe.")
    assert ev("SUPPORT", {"RUS", "UKR"}) in coded("Point du jour\n\nLa Russie et l'Ukraine ont signé un accord.")


def test_h2_figurative_offensive_is_no_assault():
    assert not coded("Point du jour\n\nLa Russie a lancé une offensive diplomatique en Afrique contre la France.")
    assert not coded("Point du jour\n\nLa Turquie mène une guerre commerciale contre la Chine.")
    assert ev("ASSAULT", {"RUS"}, {"UKR"}) in coded("Point du jour\n\nLa Russie a lancé une offensive contre l'Ukraine.")


def test_h2_purpose_of_a_body_is_no_event():
    assert not any(e[0] == "SUPPORT" for e in coded(
        "Point du jour\n\nLe porte-parole de la mission de soutien de l'ONU a parlé à la presse."))


def test_h2_event_dated_years_before_the_article_is_not_coded():
    text = ("Point du jour\n\nLe président ukrainien, qui avait rencontré le président russe à Paris en 2019, "
            "refuse désormais tout contact.")
    got = {e.event for e in parley.read(text, date="2025-03-01").events}
    assert "CONSULT" not in got
    recent = "Point du jour\n\nLa Russie a envahi l'Ukraine en 2024."
    assert "ASSAULT" in {e.event for e in parley.read(recent, date="2025-03-01").events}


def test_h2_question_of_the_writer_and_prospects_assert_nothing():
    assert not coded("Point du jour\n\nLa Russie va-t-elle attaquer l'Ukraine ?")
    assert not coded("Point du jour\n\nLa peur d'une attaque russe gagne la Pologne.")
    assert not coded("Point du jour\n\nWashington a ouvert la voie à des négociations entre Moscou et Kiev.")


def test_h2_old_year_on_a_noun_or_with_a_month():
    got = {e.event for e in parley.read("Point du jour\n\nLa Russie a rappelé les accords de paix signés en 2015 "
                                        "avec l'Ukraine.", date="2025-03-01").events}
    assert "AGREE" not in got
    got = {e.event for e in parley.read("Point du jour\n\nLa Russie, qui a envahi l'Ukraine en février 2022, a "
                                        "rejeté le plan.", date="2025-03-01").events}
    assert "ASSAULT" not in got and "REJECT" in got


def test_h2_long_running_activity_in_a_relative_clause_is_a_description():
    got = coded("Point du jour\n\nLes Houthis, qui attaquent des navires en mer Rouge depuis 2023, ont revendiqué "
                "un tir contre Israël.")
    assert ev("ASSAULT", {"YEM"}, {"ISR"}) in got
    assert len([e for e in got if e[0] == "ASSAULT"]) == 1


def test_h2_invitation_setting_a_meeting_and_planning_nouns_are_no_events():
    assert not any(e[0] == "AGREE" for e in coded(
        "Point du jour\n\nVenus à Nairobi à l'invitation du chef de l'État kényan, les dirigeants de la RDC et du "
        "Rwanda ont paraphé une déclaration."))
    assert not coded("Point du jour\n\nLe calendrier du retrait des troupes américaines d'Irak n'est pas connu.")


def test_h2_bare_participle_after_a_comma_describes_a_noun():
    got = coded("Point du jour\n\nLe Qatar a annoncé la libération de six étrangers, capturés alors qu'ils "
                "se battaient pour Kiev.")
    assert not any(e[0] == "ASSAULT" for e in got)
    # with an object it is the next verb of a series sharing the auxiliary
    got = coded("Point du jour\n\nLes garde-côtes chinois ont abordé deux bateaux philippins, confisqué sept fusils.")
    assert any(e[0] == "COERCE" and e[1] == {"CHN"} for e in got)


def test_h2_infinitive_under_a_describing_participle_is_a_role():
    assert not any(e[0] == "CONSULT" for e in coded(
        "Point du jour\n\nLe ministre israélien, chargé de négocier avec le Hamas, est arrivé au Caire."))
    # a relative clause with its own subject under the participle still tells an act
    got = coded("Point du jour\n\nLe ministre ukrainien a remis aux Russes une liste d'enfants emmenés en Russie, "
                "dont Kiev réclame le retour.")
    assert any(e[0] == "REQUEST" and e[1] == {"UKR"} for e in got)


def test_h2_bare_epithet_adjective_is_no_stance():
    got = coded("Point du jour\n\nL'Iran a dénoncé une action hostile des États-Unis.")
    assert ev("ACCUSE", {"IRN"}, {"USA"}) in got
    assert ev("ACCUSE", {"USA"}, {"IRN"}) not in got
    # with its complement the adjective states a stance
    assert any(e[0] == "ACCUSE" and e[1] == {"HUN"} for e in coded(
        "Point du jour\n\nLe gouvernement hongrois, hostile à l'aide à l'Ukraine, bloque le texte."))
# ---------------------------------------------------------------- H1: missed events (willingness, envoi, obligations)

def test_h1_willing_to_an_unlisted_act_is_an_offer():
    got = coded("La Norvège et la Suède se disent prêtes à doubler leurs ventes de blé vers l'Égypte dès le mois "
                "prochain.")
    assert ev("AGREE", {"NOR", "SWE"}, {"EGY"}) in got


def test_h1_willing_offer_gets_no_guessed_counterpart():
    got = coded("Le Japon et la Corée du Sud ont signé un accord. La Chine s'est dite disposée à contribuer aux "
                "futurs projets portuaires de la région.")
    assert ev("AGREE", {"CHN"}) in got


def test_h1_not_willing_is_a_refusal():
    got = coded("Le Maroc ne se dit pas prêt à augmenter ses achats de gaz algérien.")
    assert any(e[0] == "REJECT" and e[1] == {"MAR"} for e in got)


def test_h1_dispose_a_is_no_passive():
    got = coded("Le président chilien est disposé à rencontrer son homologue bolivien.")
    assert ev("AGREE", {"CHL"}, {"BOL"}) in got


def test_h1_pronoun_subject_of_willingness_in_reported_clause():
    got = coded("Le Premier ministre indien a répété qu'il était prêt à coopérer avec le Pakistan.")
    assert ev("AGREE", {"IND"}, {"PAK"}) in got




def test_h1_sending_aid_is_read_once_from_the_aid_noun():
    got = coded("Le Canada a annoncé l'envoi d'une aide humanitaire au Soudan.")
    assert [e[0] for e in got].count("AID") == 1


def test_h1_topic_of_a_debate_is_no_event():
    got = coded("Le chancelier autrichien a jugé inutile de débattre de l'envoi de soldats en Moldavie.")
    assert "MOBILIZE" not in {e[0] for e in got}


def test_h1_will_not_go_unpunished_is_kept_and_aimed_at_the_attackers():
    got = coded("La Chine a bombardé un poste indien à la frontière. « Cette attaque ne restera pas impunie », "
                "a affirmé le ministre indien de la Défense.")
    assert ev("THREATEN", {"IND"}, {"CHN"}) in got


def test_h1_host_a_round_of_talks():
    got = coded("L'Oman se dit prêt à accueillir un nouveau cycle de discussions entre Téhéran et Washington.")
    assert any(e[0] == "AGREE" and "OMN" in e[1] for e in got)


def test_h1_event_noun_that_must_happen_is_the_speakers_demand():
    got = coded("Le ministre serbe a rappelé que le retrait des forces kosovares devra être total.")
    assert ev("REQUEST", {"SRB"}, {"XKX"}) in got


def test_h1_document_participle_speaks_for_its_signers():
    got = coded("Le Chili et le Pérou ont signé une déclaration commune appelant à la dissolution de l'Unasur.")
    assert any(e[0] == "REQUEST" and e[1] == {"CHL", "PER"} for e in got)



def test_h1_two_governments_without_other_mention():
    got = coded("Le Chili et le Pérou se sont dits inquiets. Les deux gouvernements réclament la publication "
                "des résultats détaillés du scrutin.")
    assert any(e[0] == "REQUEST" and e[1] == {"CHL", "PER"} for e in got)


def test_h1_absolute_participle_clause_has_its_own_speaker():
    got = coded("Le Canada a suspendu sa coopération militaire avec le Mali, le ministère canadien des Affaires "
                "étrangères dénonçant des décisions « inacceptables » de la junte malienne.")
    assert any(e[0] == "ACCUSE" and e[1] == {"CAN"} for e in got)


def test_h1_denied_charge_with_its_author_is_also_an_accusation():
    got = coded("Le Pakistan a rejeté mardi les accusations indiennes de soutien aux groupes armés du Cachemire.")
    assert ev("REJECT", {"PAK"}, {"IND"}) in got
    assert ev("ACCUSE", {"IND"}, {"PAK"}) in got


def test_h1_denied_charge_without_author_is_only_a_denial():
    got = coded("Le Pakistan a rejeté mardi ces accusations de soutien aux groupes armés du Cachemire.")
    assert "ACCUSE" not in {e[0] for e in got}


def test_h1_acceptance_noun_is_an_agreement():
    got = coded("Le Soudan du Sud a confirmé mardi son acceptation du plan de paix proposé par l'Union africaine.")
    assert any(e[0] == "AGREE" and "SSD" in e[1] for e in got)


# ---------------------------------------------------------------- helper B1: events within one country

def test_b1_fight_that_opposes_two_sides_is_an_assault_one_way():
    got = coded("De violents combats ont opposé jeudi les rebelles du M23 à l'armée congolaise près de Goma.")
    assert ev("ASSAULT", {"COD"}, {"COD"}) in got


def test_b1_clash_noun_opposing_two_states():
    got = coded("Des affrontements ont opposé dimanche l'armée soudanaise aux Forces de soutien rapide.")
    assert ev("ASSAULT", {"SDN"}, {"SDN"}) in got


def test_b1_domestic_reciprocal_clash_is_coded_side_against_side():
    got = coded("Les forces armées soudanaises et les Forces de soutien rapide se sont affrontées dimanche au Darfour.")
    assert ev("ASSAULT", {"SDN"}, {"SDN"}) in got
    assert ev("ASSAULT", {"SDN"}) not in got


def test_b1_passive_agent_hung_on_a_later_word():
    got = coded("Le chef de l'opposition, Juan Guaidó, a été placé en résidence surveillée mardi soir "
                "par la police vénézuélienne.")
    assert ev("COERCE", {"VEN"}, {"VEN"}) in got


def test_b1_dateline_country_is_no_actor():
    got = coded("GOMA (RD Congo), 3 mai 2025 (AFP) - Des inconnus armés ont incendié dans la nuit un marché "
                "de la ville.")
    assert not any("COD" in e[1] for e in got)


def test_b1_mistagged_denial_after_an_apposition():
    got = coded("La Russie, alliée de la Biélorussie, dément toute implication dans l'incident.")
    assert any(e[0] == "REJECT" and e[1] == {"RUS"} for e in got)
# ---------------------------------------------------------------- helper B2: types and recipients between states

def test_b2_warning_of_a_risk_is_no_threat():
    got = coded("Le représentant de l'ONU au Mali a averti que la région risquait de sombrer dans le chaos.")
    assert "THREATEN" not in {e[0] for e in got}


def test_b2_warning_with_condition_stays_a_threat():
    got = coded("Le ministre turc a averti que la Turquie frapperait les positions kurdes en Syrie.")
    assert "THREATEN" in {e[0] for e in got}
    got = coded("Le ministre chinois a averti que Pékin prendrait des mesures fermes si Manille persistait.")
    assert any(e[0] == "THREATEN" and e[1] == {"CHN"} for e in got)


def test_b2_caution_against_a_measure_is_no_threat():
    got = coded("Le chef de la diplomatie allemande a mis en garde contre toute décision unilatérale au Kosovo.")
    assert "THREATEN" not in {e[0] for e in got}


def test_b2_caution_addressed_to_a_state_stays_a_threat():
    got = coded("Le ministre russe a mis en garde la Moldavie contre toute provocation en Transnistrie.")
    assert any(e[0] == "THREATEN" and e[1] == {"RUS"} and "MDA" in e[2] for e in got)


def test_b2_trip_inside_own_country_is_no_meeting():
    got = coded("Le président nigérian s'est rendu jeudi à Maiduguri, dans le nord-est du pays.")
    assert "CONSULT" not in {e[0] for e in got}


def test_b2_trip_abroad_stays_a_visit():
    got = coded("Le ministre algérien des Affaires étrangères s'est rendu jeudi à Bamako.")
    assert ev("CONSULT", {"DZA"}, {"MLI"}) in got


def test_b2_requester_is_not_the_recipient_of_the_act():
    got = coded("L'armée soudanaise a bombardé des positions tchadiennes. Le Tchad a riposté contre l'armée "
                "soudanaise. Khartoum annonce que ses troupes ont suspendu leurs opérations à la demande de "
                "l'Égypte.")
    assert not any(e[0] == "RETREAT" and "EGY" in e[2] for e in got)
    assert any(e[0] == "REQUEST" and e[1] == {"EGY"} and e[2] == {"SDN"} for e in got)


def test_b2_mediation_offer_goes_to_the_sides_of_the_conflict():
    got = coded("L'armée arménienne a bombardé des positions azerbaïdjanaises. Bakou a riposté contre l'armée "
                "arménienne. Le ministre kazakh des Affaires étrangères propose une médiation.")
    assert ev("AGREE", {"KAZ"}, {"ARM", "AZE"}) in got


def test_b2_letter_addressee_is_not_the_accused():
    got = coded("Le Soudan a inauguré un barrage sur le Nil. Dans une lettre adressée au Conseil de sécurité des "
                "Nations unies, le ministre égyptien accuse Khartoum d'avoir agi seul et affirme que l'Égypte se "
                "réserve le droit de prendre toutes les mesures nécessaires.")
    assert not any(e[0] in ("ACCUSE", "THREATEN") and "UNO" in e[2] for e in got)


def test_b2_call_with_distant_infinitive_is_a_request_not_a_phone_call():
    got = coded("Le président malgache a appelé l'Union africaine, dont les observateurs ont quitté le pays en "
                "mars, à ne pas oublier Madagascar.")
    assert any(e[0] == "REQUEST" and e[1] == {"MDG"} for e in got)
    assert "CONSULT" not in {e[0] for e in got}


def test_b2_retaliation_gerund_gives_the_type():
    got = coded("La Russie a riposté en expulsant trois diplomates lettons.")
    assert "ASSAULT" not in {e[0] for e in got}
    assert any(e[0] == "SANCTION" and e[1] == {"RUS"} for e in got)


def test_b2_condition_with_tant_que_is_no_event():
    got = coded("« Nous ne lèverons pas le blocus tant que Moscou n'aura pas libéré nos marins », a déclaré le "
                "ministre ukrainien.")
    assert not any(e[0] == "RETREAT" and e[1] == {"RUS"} for e in got)


def test_b2_meeting_not_confirmed_is_no_refusal():
    got = coded("Le ministre japonais a annoncé une rencontre avec son homologue chinois. Pékin n'a pas confirmé "
                "cette rencontre.")
    assert not any(e[0] == "REJECT" and e[1] == {"CHN"} for e in got)


# --- lead: pronominal senses and affiliation participles -------------------------------------------

def test_claiming_allegiance_is_no_demand_and_names_no_target():
    got = coded("KIGOMA (Tanzanie), 3 mai 2025 - Des combattants se réclamant du groupe État islamique "
                "ont attaqué un poste de police près de la frontière.")
    assert "REQUEST" not in {e[0] for e in got}
    assert not any(e[0] == "ASSAULT" and "IMG" in e[2] for e in got)


def test_plain_demand_verb_still_codes_a_request():
    got = coded("Le gouvernement tanzanien a réclamé à l'Ouganda la libération de ses pêcheurs.")
    assert any(e[0] == "REQUEST" and e[1] == {"TZA"} for e in got)


# --- C2: a speech verb joined to a "que" clause by the parser; a government and its army ----------

def test_c2_second_main_verb_after_que_clause_keeps_the_main_subject():
    # "affirme" (singular) cannot agree with "quinze de ses soldats": it is the main clause's second verb
    got = coded("L'armée indienne annonce que quinze de ses soldats ont été blessés et affirme avoir "
                "bombardé trois camps pakistanais.")
    assert any(e[0] == "ASSAULT" and e[1] == {"IND"} and e[2] == {"PAK"} for e in got)


def test_c2_conjunct_agreeing_with_que_clause_subject_stays_there():
    # "menacent" agrees with "les rebelles": the conjunct belongs to the "que" clause
    report = parley.read("Le ministre tchadien affirme que les rebelles ont fui et menacent de revenir attaquer "
                         "le Soudan.")
    threats = [e for e in report.events if e.event == "THREATEN"]
    assert threats and all(a.sector == "REB" for e in threats for a in e.actor)


def test_c2_own_army_abroad_is_no_counterpart_of_its_government():
    got = coded("Le Pakistan accuse l'Inde de provocations. L'armée indienne affirme avoir détruit plusieurs "
                "postes pakistanais. Les autorités indiennes ont ensuite fermé le principal poste-frontière.")
    assert ev("COERCE", {"IND"}, {"PAK"}) in got
    assert not any(e[0] == "COERCE" and e[2] == {"IND"} for e in got)
