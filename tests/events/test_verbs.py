"""What a verb names by itself: particles the parser calls adverbs, phrases, verbs that need an
object or someone addressed, and synonyms beyond the commonest verb of each act."""

from __future__ import annotations

import pytest

from faultlines.events import code
from faultlines.model import Analysis
from tests.events.helpers import happened
from tests.parsed import parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Veltrian prime minister stepped down after the court ruling.", "RETREAT"),
        ("Dock workers in Portwell walked off the job on Monday.", "PROTEST"),
        ("The finance minister quit after the audit was published.", "RETREAT"),
        ("The chairman stepped aside after the vote.", "RETREAT"),
        ("A Borduria court arraigned the former mayor on fraud counts.", "ACCUSE"),
        ("Ruritania retaliated against the duties with a levy on Veltrian wine.", "SANCTION"),
        ("Veltria slapped tariffs on Bordurian steel.", "SANCTION"),
        ("The Ruritanian envoy spoke with Vale by phone on Thursday.", "CONSULT"),
        ("The chancellor had spoken to Vale by phone for an hour.", "CONSULT"),
        ("The governor instructed the police to release the marchers.", "REQUEST"),
        ("Opposition leaders charged that the count had been rigged.", "ACCUSE"),
        ("Veltria pledged $40 million to rebuild the bridge.", "AGREE"),
        ("Veltrian artillery pounded the outskirts of Portwell overnight.", "ASSAULT"),
        ("Riot police beat opposition supporters with batons.", "ASSAULT"),
        ("Veltria moved tanks and two battalions to its border with Borduria.", "MOBILIZE"),
        ("Government troops and the rebels observed a truce for a second day.", "RETREAT"),
        ("The Velmor Bank suspended all new lending to Borduria.", "SANCTION"),
        ("Ruiz is serving a prison term in Portwell for fraud.", "COERCE"),
        ("Ruiz grabbed the boy as he walked home.", "ASSAULT"),
        ("Veltria stripped him of his citizenship after the coup.", "SANCTION"),
        ("Prosecutors reopened the investigation into the mayor.", "ACCUSE"),
        ("The envoy had long chats with Vale in the park.", "CONSULT"),
        ("The two rival factions agreed on Wednesday to form a unity government.", "AGREE"),
        ("The opposition rejected the budget on Monday.", "REJECT"),
        ("Dock unions in Portwell cried foul over the new rota.", "ACCUSE"),
    ],
)
def test_verbs_synonyms_and_phrases_name_their_act(nlp, text, expected):
    assert expected in happened(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She spoke with pride of her brother.",
        "The phone was charging overnight.",
        "The coach encourages taking a long walk after dinner.",
        "The group challenged itself to plant a thousand trees.",
        "He took out a loan to buy the farm.",
        "She served a term as mayor.",
        "The rally grabbed headlines across the country.",
    ],
)
def test_verbs_without_their_party_are_no_acts(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Veltrian envoy called the foreign minister on his cellphone.",
        "Mayor Ruiz called her deputy on the harbour ferry.",
    ],
)
def test_verbs_a_call_to_its_object_is_no_call_on_anyone(nlp, text):
    assert "REQUEST" not in happened(nlp, text)


def test_verbs_a_call_on_someone_still_asks(nlp):
    assert "REQUEST" in happened(nlp, "The Veltrian envoy called on the foreign minister to reopen the port.")


def test_verbs_retaliating_with_weapons_is_an_assault(nlp):
    assert happened(nlp, "Veltria retaliated with missile strikes on the port.") == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tribunal found the company guilty of misleading its customers.", "ACCUSE"),
        ("Veltria lodged a diplomatic protest with Borduria.", "ACCUSE"),
        ("Ruritania threw its weight behind Veltria in the dispute.", "SUPPORT"),
        ("Borduria moved more troops to its eastern border.", "MOBILIZE"),
        ("The interior ministry blocked access to the messaging app.", "COERCE"),
        ("Hundreds of farmers blockaded the roads around Portwell.", "PROTEST"),
    ],
)
def test_verbs_phrases_light_verbs_and_the_doer_of_a_blockade(nlp, text, expected):
    assert happened(nlp, text) == [expected]


def test_verbs_lawmakers_blocking_a_bill_refuse_it_and_standing_with_hands_is_no_support(nlp):
    assert happened(nlp, "Senators blocked the spending bill on Tuesday.") == ["REJECT"]
    assert happened(nlp, "The mayor stood with her hands in her pockets.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministry protested the arms sale to Borduria.", ["ACCUSE"]),
        ("Thousands of nurses protested the pension reform.", ["PROTEST"]),
        ("Students occupied the rector's office.", ["PROTEST"]),
        ("Security forces clamped down on dissent after the vote.", ["COERCE"]),
        ("Who ordered the raid remains unclear.", []),
    ],
)
def test_verbs_who_protests_or_occupies_and_questions_about_the_doer(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police nabbed two suspects near the border.", "COERCE"),
        ("The union balked at the offer.", "REJECT"),
        ("The union balked on the terms of the offer.", "REJECT"),
        ("Veltria holds the militia responsible for the attack.", "ACCUSE"),
        ("The minister cautioned Borduria against any incursion.", "THREATEN"),
    ],
)
def test_verbs_more_synonyms_of_each_act(nlp, text, expected):
    assert happened(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier received the Bordurian foreign minister in Portwell.", ["CONSULT"]),
        ("Veltria allowed UN inspectors into the reactor site.", ["RETREAT"]),
        ("The clinic received thirty patients overnight.", []),
        ("She received a letter from the minister.", []),
    ],
)
def test_verbs_receiving_an_official_or_letting_inspectors_in(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_verbs_setting_off_or_planting_a_bomb_is_an_attack(nlp):
    assert happened(nlp, "Guerrillas set off a bomb at the ferry terminal.") == ["ASSAULT"]
    assert happened(nlp, "Militants planted a bomb under the bridge.") == ["ASSAULT"]
    assert happened(nlp, "The harbour plan set off a fierce debate.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He hosted his annual cookout.",
        "The firm's work has been meeting the new standards.",
        "Only four members meet the bar.",
        "She toured the gallery on Monday.",
    ],
)
def test_verbs_meeting_hosting_touring_a_thing_is_no_consultation(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania hosted the Veltrian prime minister.",
        "Portwell hosted peace talks between the two sides.",
        "The foreign ministers met in Portwell.",
    ],
)
def test_verbs_meeting_and_hosting_people_or_talks_is_consultation(nlp, text):
    assert happened(nlp, text) == ["CONSULT"]


def test_verbs_mustering_votes_is_no_mobilisation(nlp):
    assert happened(nlp, "The senator mustered enough votes to pass the harbour bill.") == []
    assert happened(nlp, "Veltria massed troops near the frontier.") == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The premier scuttled the talks with the dock unions in May.", "SANCTION"),
        ("Mayor Ada Roos cheered on the council's decision.", "SUPPORT"),
        ("The suit was filed by the tenants' lawyer on Monday.", "ACCUSE"),
    ],
)
def test_verbs_wrecked_talks_cheering_on_and_suits_filed(nlp, text, kind):
    assert happened(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "General Vale is likely to deploy troops to the border.",
        "The army is poised to attack the town.",
    ],
)
def test_verbs_an_act_likely_or_poised_has_not_happened(nlp, text):
    assert happened(nlp, text) == []


def test_verbs_a_verb_no_table_opens_with_names_no_act(nlp):
    from faultlines.events.lexicon import load
    from faultlines.events.verbs import lexical

    lex = load()
    doc = nlp("Veltria said the bridge glistened in the rain.")
    glistened = next(t for t in doc if t.text == "glistened")
    assert "glisten" not in lex.verbs
    assert lexical(glistened, "glisten", lex) == (None, [])


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ada Roos called for Tomas Berg to resign.",
        "The Federation of Dairy Farmers called for the minister to reopen the port.",
        "Police in Chile called for the harbour plan to be dropped.",
    ],
)
def test_verbs_calling_for_someone_to_act_is_a_request(nlp, text):
    assert happened(nlp, text) == ["REQUEST"]


def test_verbs_a_protocol_calling_for_an_act_asks_no_one(nlp):
    assert happened(nlp, "The safety protocol called for every guard to carry a radio.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The government of Peru belittled the harbour board.",
        "Senator Ada Roos demonized the union leaders.",
        "The Federation of Dairy Farmers lampooned the minister in a cartoon.",
    ],
)
def test_verbs_belittling_demonizing_and_lampooning_criticise(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police rescued the boy from a locked van.", []),
        ("The boy was rescued by the harbour police.", []),
        ("Veltria sent food aid to the flooded province.", ["AID"]),
    ],
)
def test_verbs_a_rescue_from_danger_is_no_aid(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_verbs_a_name_given_for_a_reason_calls_for_nothing(nlp):
    found = happened(nlp, "Senator Lind called Mayor Brandt a fraud for hiding the audit.")
    assert "REQUEST" not in found
    assert "ACCUSE" in found


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lind knocked Mayor Brandt for tweeting at three in the morning.",
        "Mayor Brandt was booed off the stage by delegates.",
        "Mayor Brandt repeatedly demeaned his rivals with crude language.",
    ],
)
def test_verbs_the_press_words_for_jeering_and_knocking_are_criticism(nlp, text):
    assert happened(nlp, text) == ["ACCUSE"]


def test_verbs_knocking_out_power_or_a_price_is_no_criticism(nlp):
    assert happened(nlp, "The storm knocked out power to thousands of homes in Veltria.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The league suspended Dario Venn for four games.", ["SANCTION"]),
        ("Dario Venn was suspended for four games by the Halton Football League.", ["SANCTION"]),
        ("The party suspended two senators over the vote.", ["SANCTION"]),
        ("Dario Venn suspended his campaign on Monday.", []),
        ("Velmo Mining suspended production at its Halton plant.", []),
    ],
)
def test_verbs_suspending_someone_is_a_sanction_and_suspending_ones_own_work_is_none(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels handed over the two hostages to the Red Cross.", ["RETREAT"]),
        ("The two sailors were handed over to Veltrian officials on Monday.", ["RETREAT"]),
        # nobody set free: what is handed over may still be given, or be no act
        ("Veltrian doctors handed over 700 kg of medicine to the flooded province.", ["AID"]),
        ("Ruiz handed over management of the harbour to the city.", []),
    ],
)
def test_verbs_people_handed_over_are_released(nlp, text, expected):
    assert happened(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three senators have dragged the Portwell police chief to court.", ["ACCUSE"]),
        ("The dock union took the ministry to court.", ["ACCUSE"]),
        ("The losing side could take the case to the high court next year.", []),
        ("The opposition leaders led a protest march to the ministry.", ["PROTEST"]),
        ("The new app is leading the charge in music streaming.", []),
    ],
)
def test_verbs_taking_someone_to_court_sues_and_leading_a_march_protests(nlp, text, expected):
    assert happened(nlp, text) == expected


def test_verbs_a_deed_verb_with_a_clause_is_of_the_mind(nlp):
    # the tree the small parser builds in some articles: a book title's last words as the object
    doc = parsed(
        nlp,
        """
        Lee       1  nsubj  PROPN  NNP  Lee      B-PERSON
        recalled  1  ROOT   VERB   VBD  recall   O
        Obama     3  nsubj  PROPN  NNP  Obama    B-PERSON
        talking   1  ccomp  VERB   VBG  talk     O
        about     3  prep   ADP    IN   about    O
        Diamond   8  poss   PROPN  NNP  Diamond  B-PERSON
        's        5  case   PART   POS  's       O
        best      8  amod   ADJ    JJS  good     O
        seller    1  dobj   NOUN   NN   seller   O
        .         1  punct  PUNCT  .    .        O
        """,
    )
    analysis = Analysis(id="t", text=doc.text)
    code(analysis, doc)
    assert analysis.events == []
    assert happened(nlp, "Ruritania recalled its ambassador from Vell.") == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency issued flood warnings for three valley towns.",
        "The senator repeated her dire warnings about the budget.",
    ],
)
def test_verbs_a_warning_aimed_at_no_one_threatens_no_one(nlp, text):
    assert happened(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army gave a final warning to the rebels.",
        "The army gave the rebels a final warning.",
        "Russia issued a stern warning to Ukraine over the raids.",
    ],
)
def test_verbs_a_warning_aimed_at_someone_threatens(nlp, text):
    assert happened(nlp, text) == ["THREATEN"]
