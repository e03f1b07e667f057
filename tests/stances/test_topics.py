"""Topic phrases, grouping and labels."""

from __future__ import annotations

from faultlines import analyze
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import find
from faultlines.stances.topics import group, mention


def test_topics_placeholder_joins_the_topic_named_before(nlp):
    doc = nlp("The minister said the rail tunnel was a mistake. She called it a disaster.")
    exprs = find(doc, load())
    groups = group(exprs, doc)
    assert len(exprs) == 2 and groups[0] == groups[1] is not None


def test_topics_a_general_noun_of_one_kind_stands_for_no_thing_of_another(nlp):
    doc = nlp("Kell Tanner disputed the accusations and said the deal was fair.")
    exprs = find(doc, load())
    groups = dict(zip((doc[e.topic].text for e in exprs), group(exprs, doc), strict=True))
    assert groups["accusations"] is not None and groups["deal"] != groups["accusations"]


def test_topics_placeholder_with_nothing_before_is_dropped(nlp):
    doc = nlp("It is vital.")
    assert group(find(doc, load()), doc) == [None]


def test_topics_action_on_nothing_named_is_no_stance(nlp):
    doc = nlp('"We will listen to them," the envoy said.')
    assert find(doc, load()) == []


def _groups_of(nlp, text: str) -> dict[str, int | None]:
    doc = nlp(text)
    exprs = find(doc, load())
    return {
        doc[s[0] : s[1]].text: g
        for e, g in zip(exprs, group(exprs, doc), strict=True)
        if (s := mention(e, doc))
    }


def test_topics_one_word_phrase_does_not_bridge_two_topics(nlp):
    groups = _groups_of(
        nlp,
        "Ruiz opposes the new fuel tax on farmers. Vega backs a port tax for ferries. Ruiz said the tax is a mistake.",
    )
    # "the tax" is the one named last before it, and the two taxes stay apart
    assert set(groups) == {"new fuel tax on farmers", "port tax for ferries"}
    assert groups["new fuel tax on farmers"] != groups["port tax for ferries"]


def test_topics_a_date_is_not_part_of_what_is_named(nlp):
    groups = _groups_of(
        nlp, "Lund condemned Velmora's missile test as reckless. Ruiz said Friday's test was a provocation."
    )
    assert groups["Velmora's missile test"] == groups["test"] is not None


def test_topics_same_action_on_the_thing_named_before_is_one_topic(nlp):
    groups = _groups_of(
        nlp,
        "The Herald called for the court to unseal the Ruiz divorce file. Ruiz opposed any move to unseal the records.",
    )
    assert groups["unseal the Ruiz divorce file"] == groups["unseal the records"] is not None


def test_topics_mention_leaves_out_the_judgement(nlp):
    assert list(_groups_of(nlp, "The council opposed the really reckless dam on the Velmor.")) == [
        "dam on the Velmor"
    ]


def test_topics_one_word_phrase_joins_no_phrase_it_only_modifies(nlp):
    groups = _groups_of(nlp, "Lee backs military action in Velmora. Ruiz said Lee disrespects the military.")
    assert groups["military"] != groups["military action in Velmora"]


def test_topics_one_word_phrase_joins_no_phrase_naming_it_as_an_owner(nlp):
    groups = _groups_of(nlp, "Lee opposes the plan for the city's harbour. Ruiz backs the city.")
    assert groups["city"] != groups["plan for the city's harbour"]


def test_topics_a_name_joins_no_act_done_to_it(nlp):
    groups = _groups_of(
        nlp, "Lee said the mayor must stop portraying Velmorans as smugglers. Ruiz criticized Velmorans."
    )
    assert groups["Velmorans"] != groups["portraying Velmorans as smugglers"]


def test_topics_acronym_is_the_name_it_abbreviates(nlp):
    groups = _groups_of(
        nlp,
        "Lee backs the Clean Water Rule. Ruiz said the CWR was a disaster. Kim said the North Atlantic Treaty "
        "Organization is vital.",
    )
    assert groups["Clean Water Rule"] == groups["CWR"] != groups["North Atlantic Treaty Organization"]


def test_topics_that_argument_is_the_thing_argued_for_before(nlp):
    doc = nlp(
        "The Herald called for the court to unseal the Ruiz divorce file. Judge Ada Roos rejected that argument."
    )
    exprs = find(doc, load())
    assert [e.polarity for e in exprs] == [1, -1]
    assert group(exprs, doc) == [0, 0]


def test_topics_mention_keeps_a_judging_word_that_classifies(nlp):
    assert list(_groups_of(nlp, "The council backs a constitutional amendment on water.")) == [
        "constitutional amendment on water"
    ]


def test_topics_bare_noun_joins_the_thing_of_its_kind_named_before(nlp):
    doc = nlp(
        "Mayor Tom Kim said the new emission rules were a disaster. Senator Ann Lee said the regulations are vital."
    )
    exprs = find(doc, load())
    groups = group(exprs, doc)
    assert len(exprs) == 2 and groups[0] == groups[1] is not None


def test_topics_a_bill_named_later_is_the_bill_named_before(nlp):
    groups = _groups_of(
        nlp,
        "Mayor Ruiz rejects the harbor toll bill. After an outcry, the bill, known as the Harbor Safety Act, "
        "was passed by the council. Senator Kim said the Harbor Safety Act is a disgrace.",
    )
    assert groups["harbor toll bill"] == groups["Harbor Safety Act"] is not None


def test_topics_a_bill_never_given_a_name_stays_apart_from_a_named_act(nlp):
    groups = _groups_of(
        nlp,
        "Mayor Ruiz rejects the harbor toll bill. The council passed the bill on Monday. "
        "Senator Kim said the Harbor Safety Act is a disgrace.",
    )
    assert groups["harbor toll bill"] != groups["Harbor Safety Act"]


def test_topics_a_phrase_naming_only_its_owner_bridges_no_two_things(nlp):
    doc = nlp(
        "The council condemned South Velmora's latest nuclear test. It also condemned South Velmora's latest "
        "missile launch. Ms. Roos condemned South Velmora's reckless actions."
    )
    exprs = find(doc, load())
    groups = group(exprs, doc)
    by_head = {doc[e.topic].text: g for e, g in zip(exprs, groups, strict=True)}
    assert by_head["test"] != by_head["launch"]


def test_topics_a_general_noun_still_says_what_kind_of_thing_it_names(nlp):
    # "the tax plan" is no tax return, though "plan" is left out of its key
    doc = nlp("Ms. Roos defended her tax returns. Mr. Kell said the tax plan is a disgrace.")
    exprs = find(doc, load())
    groups = group(exprs, doc)
    by_head = {doc[e.topic].text: g for e, g in zip(exprs, groups, strict=True)}
    assert by_head["returns"] != by_head["plan"]


def test_topics_a_general_noun_joins_a_phrase_naming_that_kind_again(nlp):
    doc = nlp("Ms. Roos backs the tax plan. Mr. Kell opposes her tax plan for the harbour.")
    exprs = find(doc, load())
    groups = group(exprs, doc)
    assert len(exprs) == 2 and groups[0] == groups[1] is not None


def test_topics_phrases_sharing_words_about_two_things_stay_apart(nlp):
    doc = nlp(
        "Ms. Roos urged the towns to bolster harbour spending. "
        "Mr. Kell backs talks about bolstering harbour cooperation."
    )
    exprs = find(doc, load())
    groups = group(exprs, doc)
    by_head = {doc[e.topic].text: g for e, g in zip(exprs, groups, strict=True)}
    assert by_head["spending"] != by_head["talks"]


def test_topics_a_date_as_the_object_tells_no_two_actions_apart(nlp):
    doc = nlp(
        "Ms. Roos urged the council to add two more days of ferry service. "
        "Mr. Kell refused to add two more days of ferry service."
    )
    exprs = find(doc, load())
    groups = group(exprs, doc)
    assert len(exprs) == 2 and groups[0] == groups[1] is not None


# An article about one levy whose last paragraph names nothing for a quote's placeholder to stand for.
LEVY_ARTICLE = (
    "Borland council backs a tram levy.\n\nThe council voted for the tram levy on Monday. "
    "Shop owners said the tram levy would cost them dearly.\n\nThe vote came after a long night. "
    "Members left at dawn. Reporters waited outside.\n\n"
)


def _levy_stances(quote: str) -> list[int]:
    """The sides the councillor quoted takes on the levy (the council's own vote is for it)."""
    analysis = analyze(LEVY_ARTICLE + quote)
    labels = {t.id: t.label for t in analysis.topics}
    names = {a.id: a.name for a in analysis.actors}
    return [
        s.polarity for s in analysis.stances if "levy" in labels[s.topic] and names[s.actor] == "Mara Ruiz"
    ]


def test_topics_placeholder_opening_a_quote_stands_for_the_article_topic(nlp):
    assert _levy_stances('"This is a disgrace," said Councillor Mara Ruiz.') == [-1]


def test_topics_placeholder_on_the_speakers_own_words_is_not_the_article_topic(nlp):
    quote = '"I do not know what they were thinking, but I am troubled by that," said Councillor Mara Ruiz.'
    assert _levy_stances(quote) == []


def test_topics_framed_thing_meets_the_thing_named_plainly(nlp):
    text = (
        "Velmora and Ostrand backed a plan to pool the harbour fleets under one command. "
        "Nordhavn blocked any discussion of pooling the harbour fleets."
    )
    groups = _groups_of(nlp, text)
    assert len(groups) == 2 and len(set(groups.values())) == 1


def test_topics_phrases_sharing_only_a_name_stay_apart(nlp):
    # the council is what one quits, and only whose fleet the other is
    groups = _groups_of(
        nlp, "Norway wants to quit the Nordic Council. Sweden backs a Nordic Council fishing fleet."
    )
    assert groups["quit the Nordic Council"] != groups["Nordic Council fishing fleet"]


def test_topics_a_common_noun_the_tagger_takes_for_a_name_still_joins(nlp):
    # a regression: "harbour levy" tagged as a person's name kept "his harbour levy" apart
    groups = _groups_of(
        nlp,
        'Mayor Tom Kim unveiled a new harbour levy on Monday. "His harbour levy is a disaster," Ann Lee said.',
    )
    assert len(set(groups.values())) == 1


def test_topics_two_claims_of_one_named_body_are_one_topic():
    text = (
        "Ada Roos, a researcher, said the Velmor Defence Ministry's allegations are false.\n\n"
        'Tom Brill, a spokesman, said the Velmor and Ostan defence ministry\'s claim is "patently false."'
    )
    topics = {s.topic for s in analyze(text).stances if s.polarity == -1}
    assert len(topics) == 1


def test_topics_a_bare_accusation_is_no_statement_of_someone_else():
    # the denied accusation and a prosecutor's word on a witness's statements are two things
    text = (
        "Prosecutors in Ostan have dropped an inquiry into a bribery claim made against the banker Ada "
        "Roos in 2019. Roos has always rejected the accusation and has lived in Velmora since then.\n\n"
        'Prosecutor Lena Vell said: "The witness gave us a credible account of that night. '
        'Her statements have been detailed; however, the evidence has weakened."'
    )
    analysis = analyze(text)
    assert [s.polarity for s in analysis.stances] == [-1]
    assert analysis.disputes == []


def test_topics_two_things_of_one_owner_share_only_the_owners_name(nlp):
    # the owner's three words would make most of either key; they tell no thing
    groups = _groups_of(
        nlp, "Tom Roos praised Mayor Ida Vos's budget. Ann Lee criticised Mayor Ida Vos's school plan."
    )
    assert groups["Mayor Ida Vos's budget"] != groups["Mayor Ida Vos's school plan"]


def test_topics_a_plea_meets_a_stance_on_the_charges_against_the_accused():
    text = (
        "Ada Roos is charged with three counts of rigging the port tender. The charges of rigging the "
        "tender carry a fine. Roos pleaded not guilty on Tuesday. Senator Ben Kalt said the charges "
        "against Roos are overdue."
    )
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    assert [sorted(names[a] for side in d.sides for a in side) for d in analysis.disputes] == [
        ["Ada Roos", "Ben Kalt"]
    ]


def test_topics_bare_remarks_of_two_owners_are_two_topics():
    # "her remarks" and "his comments" name two people's words, not one remark
    text = (
        "Governor Ada Roos said on Monday that harbour fishermen were lazy. Mayor Ben Kloss sharply "
        "condemned her remarks. Kloss later strongly defended his comments."
    )
    analysis = analyze(text)
    labels = {t.id: [m.text for m in t.mentions] for t in analysis.topics}
    assert not any({"remarks", "comments"} <= set(mentions) for mentions in labels.values())


def test_topics_the_swap_is_the_deal_named_before():
    # a swap is a deal: "the swap" refers back to the deal the article named
    text = (
        "Velmora and Ostan signed a new deal with the rebels on Monday. Minister Ada Roos strongly "
        "welcomed the agreement. Opposition leader Ben Kloss bitterly condemned the swap."
    )
    analysis = analyze(text)
    assert len({s.topic for s in analysis.stances}) == 1
    assert len(analysis.disputes) == 1


def test_topics_a_decision_on_what_a_thing_is_held_to_be_is_named_in_full():
    text = (
        "Velmora announced on Monday its decision to consider Ostani farms illegal. The Arab League "
        "condemned the decision. Minister Ada Roos defended the decision."
    )
    analysis = analyze(text)
    assert {t.label for t in analysis.topics} == {"Velmora's decision to consider Ostani farms illegal"}
    assert len(analysis.disputes) == 1


def test_topics_a_remark_pointed_back_at_is_the_remark_told_before():
    # "this framing of X" points back at the mayor's remark, whatever words it adds
    text = (
        "Mayor Ida Vos said on Monday that staying home on election day was a betrayal. Tom Roos "
        'praised the mayor\'s remarks. "I hate this framing of the duty to vote," said Ann Lee, a writer.'
    )
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    labels = {t.id: t.label for t in analysis.topics}
    held = {names[s.actor]: labels[s.topic] for s in analysis.stances}
    assert held["Ann Lee"] == held["Tom Roos"]
    assert "framing" not in held["Ann Lee"]


def test_topics_the_talks_are_the_ones_told_nearer_between_other_parties():
    text = (
        "Premier Ada Lund said she backed direct talks between her government and the Vesta Front. "
        "Ruritania and the Vesta Front had been holding direct talks on a truce. "
        "President Tom Rook scuttled the talks in May."
    )
    analysis = analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    topic_of = {names[s.actor]: s.topic for s in analysis.stances}
    assert topic_of["Tom Rook"] != topic_of["Ada Lund"]
    assert not analysis.disputes


def test_topics_a_phrase_inside_a_longer_one_is_no_naming_of_its_own(nlp):
    # "This is a disgrace", with nothing named before it, is about the topic named most often: the
    # ferry levy, named twice, not the fund, named once though read twice ("a harbour fund which is
    # fair" inside "creating a harbour fund which is fair")
    text = (
        '"This is a disgrace," said Mayor Ann Lee.\n\n'
        '"It is time to create a harbour fund which is fair," she said.\n\n'
        "Councillor Bo Kerr backs the ferry levy. Councillor Cy Marsh backs the ferry levy."
    )
    result = analyze(text)
    topics = {t.id: t.label for t in result.topics}
    lee = {(topics[s.topic], s.polarity) for s in result.stances if s.actor == "ann-lee"}
    assert lee == {("ferry levy", -1), ("creating a harbour fund which is fair", 1)}
