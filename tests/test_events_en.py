"""The English pattern coder (parley/events/english.py) on handwritten sentences: PLOVER's coding
rules (threats, future force, background clauses, speakers) as the rule-based coder applies them."""

from __future__ import annotations

import parley


def _events(text: str, date: str = "2025-03-12"):
    report = parley.read_document(parley.RawDocument(label="test", text=text), parley.Settings(date=date))
    return report.events


def codes(refs) -> set[str]:
    return {r.code for r in refs if r.code}


def kinds(events) -> list[tuple[str, frozenset, frozenset]]:
    return [(e.event, frozenset(codes(e.actor)), frozenset(codes(e.recipient))) for e in events]


def test_announced_force_is_a_threat():
    # PLOVER: ASSAULT or COERCE + future is coded THREATEN, the single category that fits
    events = _events("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia.")
    assert [e.event for e in events] == ["THREATEN"]
    assert codes(events[0].actor) == {"NATO"} and codes(events[0].recipient) == {"SRB"}


def test_conditional_halt_of_relations_is_a_threat():
    events = _events("Germany may suspend its aid to Serbia if the attacks continue, a German minister said.")
    assert [e.event for e in events] == ["THREATEN"]


def test_announced_sanction_stays_a_sanction():
    events = _events("The United States announced it would prohibit all aid to Albania.")
    assert [e.event for e in events] == ["SANCTION"]


def test_relative_clause_on_a_thing_is_not_an_event():
    events = _events("Hungary said it will support a Security Council resolution that aims to tighten "
                     "sanctions and impose a naval blockade against Serbia.")
    assert [e.event for e in events] == ["AGREE"]


def test_allegation_content_is_not_an_event():
    events = _events("Libya offered to hand over to Britain two nationals suspected of blowing up a plane.")
    assert [e.event for e in events] == ["AGREE"]
    assert codes(events[0].recipient) == {"GBR"}


def test_speaker_name_before_a_parenthesis():
    events = _events("The United Nations will provide 20,000 tons of food aid to refugees in Liberia, "
                     "the World Food Program (WFP) said on Monday.")
    assert len(events) == 1
    ev = events[0]
    assert ev.event == "AGREE" and codes(ev.actor) == {"UNO"} and "WFP" not in codes(ev.recipient)
    assert ev.reported_by is not None and ev.reported_by.code == "WFP"


def test_object_of_a_rejection_is_not_coded_apart():
    events = _events("Lebanon rejected on Thursday a United Nations appeal for deploying troops along the border.")
    assert kinds(events) == [("REJECT", frozenset({"LBN"}), frozenset({"UNO"}))]
    events = _events("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_missiles_fired_into_the_sea_are_a_show_of_force():
    events = _events("North Korea fired two ballistic missiles into the sea on Wednesday.")
    assert [e.event for e in events] == ["MOBILIZE"]
    events = _events("Russia fired ten missiles at Kyiv on Wednesday.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_said_and_accused_keeps_the_speaker():
    events = _events("Hamas said Israel had presented a new map and accused Benjamin Netanyahu of stalling.")
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse and codes(accuse[0].actor) == {"PSE"}


def test_subject_of_a_clause_after_a_time_conjunction():
    events = _events("Mali expelled the French ambassador in January, days after Paris accused the junta "
                     "of breaking its promise.")
    assert ("ACCUSE", frozenset({"FRA"}), frozenset({"MLI"})) in kinds(events)


def test_obligation_in_a_reported_clause_is_the_speakers_demand():
    events = _events("A British minister reiterated that Libya must hand over the suspects.")
    assert kinds(events) == [("REQUEST", frozenset({"GBR"}), frozenset({"LBY"}))]


def test_wanting_someone_to_act_is_a_request():
    events = _events("Ukraine wants Russia to withdraw its troops before any talks.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in events] == [("REQUEST", {"UKR"}, {"RUS"})]
    events = _events("Iran wants to negotiate with France.")
    assert [e.event for e in events] == ["AGREE"]


def test_curfew_at_home_falls_on_the_population():
    events = _events("Ivory Coast's president announced that he will extend the night-time curfew in Abidjan.")
    assert [e.event for e in events] == ["THREATEN"]
    assert [(r.code, r.sector) for r in events[0].recipient] == [("CIV", "CVL")]


def test_non_restrictive_relative_clause_is_background():
    events = _events("Russia, which brokered the 2020 ceasefire, now watches from the sidelines.")
    assert events == []


def test_condition_set_by_a_speaker_is_a_demand():
    events = _events("Yemen's Houthi movement said the attacks would go on until Israel ended its offensive in Gaza.")
    demands = [e for e in events if e.event == "REQUEST"]
    assert demands and codes(demands[0].recipient) == {"ISR"}
    assert not any(e.event == "RETREAT" for e in events)


def test_exercises_with_a_partner_are_cooperation():
    events = _events("French and Egyptian warships on Monday launched ten days of war games in the Mediterranean.")
    assert [e.event for e in events] == ["COOPERATE"]
    assert codes(events[0].actor) == {"FRA", "EGY"} and events[0].recipient == []


def test_intercepted_drones_are_not_an_assault():
    events = _events("Ukraine's air force said on Monday it had shot down 61 drones over the capital.")
    assert not any(e.event == "ASSAULT" for e in events)


def test_nationality_before_non_state_people_keeps_a_domestic_event():
    events = _events("Croatia is investigating alleged war crimes by Croatian extremists against civilians.")
    assert [(e.event, codes(e.actor), [(r.code, r.sector) for r in e.recipient]) for e in events] == [
        ("ACCUSE", {"HRV"}, [("HRV", "REB")])]


def test_hyphenated_participle_is_an_adjective():
    events = _events("The pro-government group declared a unilateral ceasefire after battles with the "
                     "Syrian-backed Amal militia.")
    assert not any(e.event == "SUPPORT" for e in events)


def test_a_deadline_makes_a_future_retreat_a_concession():
    events = _events("Under the agreement, Israel has 60 days to withdraw its forces from southern Lebanon.")
    assert ("CONCEDE", frozenset({"ISR"}), frozenset({"LBN"})) in kinds(events)


def test_visitor_received_by_a_host_is_the_actor():
    events = _events("Ukraine's president was received by Joe Biden at the White House on Tuesday.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in events] == [("CONSULT", {"UKR"}, {"USA"})]


def test_a_need_stated_by_an_observer_is_a_demand():
    events = _events("Grossi said Iran still needed to restore surveillance cameras and to allow back "
                     "inspectors of the International Atomic Energy Agency.")
    assert ("REQUEST", frozenset({"IAEA"}), frozenset({"IRN"})) in kinds(events)


def test_violence_by_protesters_is_a_riot():
    events = _events("Protesters in the Congolese capital attacked and set fire to several embassies on Tuesday.")
    assert events and all(e.event == "PROTEST" for e in events)


def test_a_fear_is_not_a_threat():
    events = _events("Qatar's prime minister warned on Tuesday that the gap between Israel and Hamas could take "
                     "weeks to close.")
    assert not any(e.event == "THREATEN" for e in events)
    events = _events("Iran's foreign minister warned that Tehran would react firmly to any resolution.")
    assert [e.event for e in events] == ["THREATEN"]


def test_first_person_in_a_quotation_is_the_speaker():
    events = _events("\"If Hezbollah breaks the agreement, we will attack,\" Israel's prime minister said.")
    assert [(e.event, codes(e.actor)) for e in events] == [("THREATEN", {"ISR"})]


def test_not_recognising_is_a_rejection():
    events = _events("Venezuela said it did not recognise the jurisdiction of the International Court of Justice.")
    assert [(e.event, e.negated) for e in events] == [("REJECT", False)]


def test_events_inside_a_condition_are_not_coded():
    events = _events("Afghan rebel leaders said they would meet the U.N. mediator if he gave them a veto over "
                     "any settlement reached in peace talks.")
    assert [e.event for e in events] == ["AGREE"]


def test_talks_held_with_a_partner_have_both_as_actors():
    events = _events("French deputies held talks with leaders of Romania's new government on Tuesday.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in events] == [("CONSULT", {"FRA", "ROU"}, set())]


def test_grammar_word_classes_load_from_the_data_file():
    from parley.events import english

    assert "after" in english.SUBORDINATORS and "official" in english.SUBJECT_NOUNS
    assert ("retaliation", "for") in english.BACKGROUND_PHRASES
    assert english.HEAD_SECTORS.get("extremists") == "REB" and english.HEAD_SECTORS.get("refugees") == "CVL"


def test_calling_an_act_a_provocation_is_an_accusation():
    events = _events("Venezuela's defence minister called the recent joint air exercises between the United States "
                     "and Guyana's military a provocation.")
    assert ("ACCUSE", frozenset({"VEN"}), frozenset({"USA", "GUY"})) in kinds(events)
    assert ("COOPERATE", frozenset({"USA", "GUY"}), frozenset()) in kinds(events)


def test_summit_in_a_fronted_phrase_is_held_by_the_subject():
    events = _events("At a summit in the Nigerian capital, ECOWAS heads of state decided that the exit of the "
                     "three countries would take effect in January.")
    assert ("CONSULT", frozenset({"ECOWAS"}), frozenset()) in kinds(events)


def test_coordinated_verb_shares_an_empty_subject():
    # "A roadside bomb ... killed X and wounded Y": the victims of the first verb are not the second's actor
    events = _events("A roadside bomb near the town of Samarra killed one U.S. soldier and wounded two others "
                     "on Sunday, the military said.")
    assert not any("USA" in codes(e.actor) for e in events)


def test_verbal_protest_is_an_accusation():
    events = _events("Amnesty International protested that Croatian authorities are failing to uphold the "
                     "rights of Serb refugees.")
    assert [e.event for e in events] == ["ACCUSE"]
    assert codes(events[0].recipient) == {"HRV"}


def test_domestic_counterpart_of_police_action():
    # PLOVER: one-sided violence on unnamed demonstrators of the same country: X -> X
    events = _events("Egyptian police opened fire to disperse Islamist demonstrators in Cairo on Monday night.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert codes(events[0].actor) == {"EGY"} and codes(events[0].recipient) == {"EGY"}


def test_out_of_the_question_rejects_its_subject_clause():
    events = _events("Russia said on Friday that a ceasefire with Ukraine was out of the question.")
    assert kinds(events) == [("REJECT", frozenset({"RUS"}), frozenset({"UKR"}))]


def test_retaliation_idioms_are_threats():
    events = _events("Russia said on Monday that the United States would pay a heavy price for the new bases.")
    assert kinds(events) == [("THREATEN", frozenset({"RUS"}), frozenset({"USA"}))]
    events = _events("Iran said on Sunday that any attack on its nuclear sites would not go unanswered.")
    assert [(e.event, e.negated) for e in events] == [("THREATEN", False)]


def test_cause_in_retaliation_for_is_background():
    events = _events("Iran threatened to shell Iraqi towns today in retaliation for an air raid on the city "
                     "of Susangerd.")
    assert [e.event for e in events] == ["THREATEN"]


def test_event_years_ago_is_history():
    events = _events("Uganda said on Sunday it had paid compensation to British nationals for assets they lost "
                     "when Idi Amin expelled them 18 years ago.")
    assert "SANCTION" not in [e.event for e in events]


def test_rebels_in_a_country_keep_their_sector():
    events = _events("Rebels in the Ivory Coast on Wednesday dismissed an appeal from President Laurent Gbagbo "
                     "to lay down their arms.")
    reject = [e for e in events if e.event == "REJECT"]
    assert reject and codes(reject[0].recipient) == {"CIV"}


def test_passive_act_told_by_its_means():
    # "were killed in a Russian drone attack": the attack's modifier is the actor, the victims the recipient
    events = _events("Two Ukrainian soldiers were killed in a Russian drone attack near Kharkiv on Tuesday.")
    assert kinds(events) == [("ASSAULT", frozenset({"RUS"}), frozenset({"UKR"}))]


def test_refusal_to_resign_faces_a_domestic_counterpart():
    events = _events("Kenya's vice-president has declined to resign despite growing pressure from the Kenyan "
                     "anti-corruption commission.")
    reject = [e for e in events if e.event == "REJECT"]
    assert reject and codes(reject[0].actor) == {"KEN"} and codes(reject[0].recipient) == {"KEN"}
