"""Targets of events: which phrase names the one done to, and what country it is in."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Actor, Analysis, Span
from tests.events.helpers import coded


def first_event(nlp, text: str, names: dict[str, str]):
    actors = [
        Actor(
            f"a{i}",
            name,
            "country",
            country=country,
            mentions=[Span(text.index(name), text.index(name) + len(name), name)],
        )
        for i, (name, country) in enumerate(names.items())
    ]
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    return analysis.events[0]


def test_parties_dative_is_the_recipient_not_the_object(nlp):
    event = first_event(
        nlp, "Norway gave Malawi a loan for two new clinics.", {"Norway": "NOR", "Malawi": "MWI"}
    )
    assert event.target.country == "MWI"


def test_parties_accused_is_the_doer_of_the_act_complained_of_not_the_one_told(nlp):
    text = "Chile complained to the United Nations over Peruvian naval manoeuvres."
    event = first_event(nlp, text, {"Chile": "CHL", "United Nations": "IGO", "Peruvian": "PER"})
    assert event.type == "ACCUSE" and event.target.country == "PER"


def test_parties_actor_with_a_country_preferred_within_a_phrase(nlp):
    text = "The rebels agreed to meet U.N. envoy Kofi Mensah next week."
    event = first_event(nlp, text, {"U.N.": "IGO", "Kofi Mensah": ""})
    assert event.target.country == "IGO"


def test_parties_a_clause_inside_the_object_is_not_its_name(nlp):
    text = "Spain issued a stern reminder to Morocco that it must work with EU monitors."
    event = first_event(nlp, text, {"Spain": "ESP", "Morocco": "MAR", "EU": "IGO"})
    assert event.target.country != "IGO"


def test_parties_place_without_an_actor_gives_its_country(nlp):
    event = first_event(nlp, "The militia fired rockets at houses in Jerusalem.", {})
    assert event.type == "ASSAULT" and event.target.country == "ISR" and event.target.actor is None


def test_parties_a_date_is_never_a_target(nlp):
    event = first_event(nlp, "Ghana condemned on Friday the attack.", {"Ghana": "GHA"})
    assert event.target is None or event.target.actor is None


def test_parties_participle_ties_unnamed_doer_to_named_body(nlp):
    text = "Hundreds of farmers affiliated with the Kenyan Farmers' Union marched to parliament on Tuesday."
    event = first_event(nlp, text, {"Kenyan Farmers' Union": "KEN"})
    assert event.type == "PROTEST" and event.source.country == "KEN"


def test_parties_participle_by_agent_is_not_the_doer(nlp):
    event = first_event(nlp, "Rebels backed by Rwanda attacked the town of Goma.", {"Rwanda": "RWA"})
    assert event.source is None or event.source.country != "RWA"


def test_parties_every_event_in_a_long_text_finds_its_actors(nlp):
    # Parties are looked up through one index of mentions per document, not a scan per event.
    sentences = [f"Country{i} expelled two diplomats of Country{i + 1}." for i in range(30)]
    text = " ".join(sentences)
    names = {f"Country{i}": f"C{i:02d}" for i in range(31)}
    actors = []
    for n, (name, country) in enumerate(names.items()):
        starts = [j for j in range(len(text)) if text.startswith(name + " ", j)]
        mentions = [Span(j, j + len(name), name) for j in starts]
        actors.append(Actor(f"a{n}", name, "country", country=country, mentions=mentions))
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    sanctions = [e for e in analysis.events if e.type == "SANCTION"]
    assert len(sanctions) == 30
    assert [e.source.country for e in sanctions] == [f"C{i:02d}" for i in range(30)]


def test_parties_a_protest_is_aimed_at_whom_its_demands_are_made_of(nlp):
    text = "Farmers began a hunger strike to demand the resignation of Ruritania's premier."
    event = first_event(nlp, text, {"Ruritania": "RUR"})
    assert event.type == "PROTEST" and event.target.country == "RUR"


def test_parties_the_one_committed_to_an_act_promises_it(nlp):
    event = first_event(nlp, "The minister said Vell is committed to opening its ports.", {"Vell": "VEL"})
    assert event.type == "AGREE" and event.source.country == "VEL"


def test_parties_doer_of_no_known_country_acts_where_the_act_took_place(nlp):
    event = first_event(nlp, "Hundreds of students demonstrated in Cairo on Tuesday.", {})
    assert event.source.country == "EGY"


def test_parties_relative_pronoun_stands_for_the_noun_it_follows(nlp):
    from faultlines.events.parties import subject

    doc = nlp("The envoy, who met the rebels in Portwell, flew home.")
    met = next(t for t in doc if t.lemma_ == "meet")
    assert subject(met).text == "envoy"


def test_parties_untagged_capital_names_its_country(nlp):
    event = first_event(nlp, "Canberra suspended defence cooperation with the junta.", {})
    assert event.source.country == "AUS"


def test_parties_people_of_no_named_country_are_the_doers_own(nlp):
    event = first_event(nlp, "Egyptian police dispersed the demonstrators with tear gas.", {})
    assert event.source.country == "EGY" and event.target.country == "EGY"


def test_parties_a_doers_own_place_tells_where_the_act_took_place(nlp):
    event = first_event(nlp, "Farmers in Nairobi blocked the main road on Monday.", {})
    assert event.source.country == "KEN"


def test_parties_a_message_attacking_someone_is_its_senders_act_not_the_messages(nlp):
    text = "Vellmark posted a string of messages attacking Daran."
    event = first_event(nlp, text, {"Vellmark": "VLM", "Daran": "DRN"})
    assert (event.type, event.source.actor, event.target.actor) == ("ACCUSE", "a0", "a1")


def coded_event(nlp, text: str, kind: str, actors: dict[str, tuple]):
    """The first event of ``kind`` coded in ``text``, with actors by id: (name, kind, the words that
    mention them[, country[, sector]])."""
    listed = [
        Actor(
            key,
            name,
            sort,
            country=codes[0] if codes else None,
            sector=codes[1] if len(codes) > 1 else None,
            mentions=[Span(text.index(w), text.index(w) + len(w), w) for w in words],
        )
        for key, (name, sort, words, *codes) in actors.items()
    ]
    analysis = Analysis(id="t", text=text, actors=listed)
    code(analysis, nlp(text))
    return next(e for e in analysis.events if e.type == kind)


MARSH = {"m": ("Ivo Marsh", "person", ("Ivo Marsh",))}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a bare participle joined to a passive
        ("The suspect, Ivo Marsh, was convicted and sentenced to life in prison last Thursday.", "COERCE"),
        # a participle the tagger took for a base form ("shot" tagged as "shoot" is)
        ("Ivo Marsh was tased and then shot after he approached the car.", "ASSAULT"),
        # a passive joined to an active verb
        ("Ivo Marsh pleaded not guilty on Tuesday and was released on bail.", "RETREAT"),
        # one asked to act, in a passive, is asked, not asking
        ("Ivo Marsh was asked to give a talk to the board.", "REQUEST"),
        # a passive with no subject of its own, hung on a clause: its subject underwent it
        ("Ivo Marsh returned home on Friday after being deported from Velmor.", "COERCE"),
        ("Ivo Marsh fled the city before being arrested.", "COERCE"),
        # ... hung on a verb that shares its own subject
        ("Ivo Marsh returned home broke on Wednesday after being deported.", "COERCE"),
    ],
)
def test_parties_a_passive_is_done_to_its_subject(nlp, text, kind):
    event = coded_event(nlp, text, kind, MARSH)
    assert event.source is None and event.target.actor == "m"


def test_parties_a_passive_in_a_clause_of_its_own_names_no_doer_from_the_main_clause(nlp):
    text = "Ivo Marsh visited the palace on Wednesday, six years after he was released from house arrest."
    released = coded_event(nlp, text, "RETREAT", MARSH)
    assert released.source is None
    assert released.evidence.text.startswith("he was released")


def test_parties_a_passive_hung_on_a_clause_takes_its_doer_from_by_alone(nlp):
    text = "Ivo Marsh spoke to reporters after being released by the Velmor police."
    actors = {**MARSH, "p": ("Velmor police", "organization", ("Velmor police",))}
    released = coded_event(nlp, text, "RETREAT", actors)
    assert released.source.actor == "p" and released.target.actor == "m"


def test_parties_a_name_set_beside_the_one_done_to_is_who_it_is(nlp):
    text = "Ivo Marsh met the mayor while the agency was investigating his wife, Senate candidate Ada Lark."
    actors = {
        "m": ("Ivo Marsh", "person", ("Ivo Marsh", "his")),
        "s": ("Senate", "organisation", ("Senate",)),
        "l": ("Ada Lark", "person", ("Ada Lark",)),
    }
    assert coded_event(nlp, text, "ACCUSE", actors).target.actor == "l"


def test_parties_a_place_in_a_persons_title_gives_a_country_not_the_party(nlp):
    text = "Former Norwegian Finance Minister Ivo Marsh met the envoy on Monday."
    actors = {
        "m": ("Ivo Marsh", "person", ("Ivo Marsh",)),
        "n": ("Norway", "country", ("Norwegian",), "NOR"),
    }
    met = coded_event(nlp, text, "CONSULT", actors)
    assert (met.source.actor, met.source.country) == ("m", "NOR")


def test_parties_a_person_described_by_a_body_acts_for_it(nlp):
    text = "The levy won the endorsement of Harbor Lions striker Ivo Marsh."
    actors = {**MARSH, "club": ("Harbor Lions", "organisation", ("Harbor Lions",), "VLM", "BUS")}
    backed = coded_event(nlp, text, "SUPPORT", actors)
    assert (backed.source.actor, backed.source.country, backed.source.sector) == ("m", "VLM", "BUS")


def test_parties_a_person_described_by_another_is_still_who_acts(nlp):
    text = "The levy drew praise from Lark critic Ivo Marsh."
    actors = {**MARSH, "lark": ("Ada Lark", "person", ("Lark",), "VLM", "GOV")}
    backed = coded_event(nlp, text, "SUPPORT", actors)
    assert (backed.source.actor, backed.source.sector) == ("m", None)


@pytest.mark.parametrize(
    "text",
    [
        "In a Harbor Council statement, Ivo Marsh condemned Friday's blockade.",
        "At a Harbor Council hearing, Ivo Marsh condemned Friday's blockade.",
    ],
)
def test_parties_the_message_or_occasion_an_act_is_done_in_is_not_its_target(nlp, text):
    actors = {**MARSH, "council": ("Harbor Council", "organisation", ("Harbor Council",), "VLM", "GOV")}
    condemned = coded_event(nlp, text, "ACCUSE", actors)
    assert condemned.source.actor == "m" and condemned.target.actor != "council"


def test_parties_the_place_an_act_is_done_in_is_its_target(nlp):
    text = "Velmoria lifted the night curfew in Sandor."
    event = first_event(nlp, text, {"Velmoria": "VLM", "Sandor": "SND"})
    assert event.type == "CONCEDE" and event.target.country == "SND"


def test_parties_a_dateline_the_parse_took_for_a_subject_is_not_the_one_done_to(nlp):
    text = "OSLO (AP) — The Velmo Party was accused on Monday of hiding the audit."
    actors = {
        "oslo": ("Norway", "country", ("OSLO",), "NOR"),
        "party": ("Velmo Party", "organisation", ("Velmo Party",), "VLM", "PTY"),
    }
    assert coded_event(nlp, text, "ACCUSE", actors).target.actor == "party"


def test_parties_a_former_office_holder_acts_for_no_body(nlp):
    text = "A former Velmo Party chairman urged the council to call a vote."
    chairman = "A former Velmo Party chairman"
    actors = {
        "chair": (chairman, "person", (chairman,)),
        "party": ("Velmo Party", "organisation", ("Velmo Party",), "VLM"),
    }
    assert coded_event(nlp, text, "REQUEST", actors).source.actor == "chair"


def test_parties_a_journalist_acts_for_themself_not_their_outlet(nlp):
    text = "The network's Ada Moss asked the senator to explain the vote."
    actors = {
        "outlet": ("The network", "organisation", ("The network",), "VLM", "JRN"),
        "moss": ("Ada Moss", "person", ("Ada Moss",)),
    }
    assert coded_event(nlp, text, "REQUEST", actors).source.actor == "moss"


def test_parties_relatives_act_for_themselves_not_for_whose_they_are(nlp):
    text = "Ada Moss's relatives asked the police to release the video."
    event = first_event(nlp, text, {"Ada Moss": ""})
    assert event.type == "REQUEST" and (event.source is None or event.source.actor is None)


@pytest.mark.parametrize(
    ("text", "side", "country"),
    [
        ("Up to 100 ethnic Chileans demonstrated on Tuesday in Peru.", "source", "PER"),
        ("One third of ethnic Chilean guerrillas operating in Peru have been disarmed.", "target", "PER"),
    ],
)
def test_parties_a_people_by_descent_is_of_the_country_it_lives_in(nlp, text, side, country):
    event = first_event(nlp, text, {})
    assert getattr(event, side).country == country


def test_parties_a_protest_is_aimed_at_whom_its_demands_are_made_of_not_where_it_was_held(nlp):
    text = "Prisoners rioted at a jail in Peru on Monday, demanding independence from Chilean rule."
    event = first_event(nlp, text, {})
    assert event.type == "PROTEST" and event.target.country == "CHL"


def test_parties_the_doer_of_an_act_one_is_made_to_do_is_the_one_made(nlp):
    text = "The shelling prompted Ukraine to recall its ambassador from Minsk."
    event = first_event(nlp, text, {"Ukraine": "UKR"})
    assert event.type == "SANCTION" and event.source.country == "UKR"


def test_parties_a_participle_on_the_act_one_is_made_to_do_is_the_makers(nlp):
    text = "Police said Okafor forced the boy to hide while threatening to kill his parents."
    threat = next(e for e in coded(nlp, text) if e.type == "THREATEN")
    assert threat.evidence.text.startswith("Okafor")


def test_parties_a_body_is_never_its_own_target(nlp):
    # "its" is Vetland's mention, as the actors layer links it: the troops are Vetland's own
    text = "Vetland withdrew its troops from Arden on Monday."
    its = text.index("its")
    actors = [
        Actor(
            "a0",
            "Vetland",
            "country",
            country="VTL",
            mentions=[Span(0, 7, "Vetland"), Span(its, its + 3, "its")],
        ),
        Actor(
            "a1",
            "Arden",
            "country",
            country="ARD",
            mentions=[Span(text.index("Arden"), text.index("Arden") + 5, "Arden")],
        ),
    ]
    analysis = Analysis(id="t", text=text, actors=actors)
    code(analysis, nlp(text))
    assert [(e.source.actor, e.target.actor) for e in analysis.events] == [("a0", "a1")]
