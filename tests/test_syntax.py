import pytest

from faultlines import syntax
from tests.parsed import parsed


def _word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_syntax_subject_is_the_verbs_own_subject(nlp):
    doc = nlp("Mayor Ines Varga said the ferry would sail.")
    assert syntax.subject(_word(doc, "said")).text == "Varga"
    assert syntax.subject(_word(doc, "sail")).text == "ferry"


def test_syntax_subject_of_a_passive_only_when_asked(nlp):
    doc = nlp("The plan was dropped by the council.")
    dropped = _word(doc, "dropped")
    assert syntax.subject(dropped).text == "plan"
    assert syntax.subject(dropped, ("nsubj",)) is None


def test_syntax_agent_names_who_did_a_passive(nlp):
    doc = nlp("The plan was dropped by the council.")
    assert syntax.agent(_word(doc, "dropped")).text == "council"
    assert syntax.agent(nlp("The council dropped the plan.")[2]) is None


def test_syntax_subject_rank_puts_the_main_clause_first(nlp):
    doc = nlp("Brandt said he met Okafor on Monday.")
    assert syntax.subject_rank(_word(doc, "Brandt")) == 2
    assert syntax.subject_rank(_word(doc, "he")) == 1
    assert syntax.subject_rank(_word(doc, "Okafor")) == 0


def test_syntax_phrase_bounds_leave_out_what_describes_the_noun(nlp):
    doc = nlp("Eva Lind's deputy, a former envoy, said the talks would resume.")
    lo, hi = syntax.phrase_bounds(_word(doc, "deputy"))
    assert doc[lo:hi].text == "Eva Lind's deputy"


def test_syntax_children_are_each_tokens_dependents_in_text_order(nlp):
    doc = nlp("The harbour board said on Friday that it would not reopen the old pier.\nOlsen agreed.")
    assert [syntax.children(tok) for tok in doc] == [[c.i for c in tok.children] for tok in doc]


def test_syntax_dependent_is_the_first_with_a_wanted_relation(nlp):
    doc = nlp("The council did not approve the plan.")
    approve = _word(doc, "approve")
    assert syntax.dependent(approve, ("neg",)).text == "not"
    assert syntax.dependent(approve, ("dobj", "nsubj")).text == "council"
    assert syntax.dependent(approve, ("agent",)) is None


def test_syntax_dependents_are_all_with_a_wanted_relation_in_text_order(nlp):
    doc = nlp("Ministers will have been told.")
    told = _word(doc, "told")
    assert [t.text for t in syntax.dependents(told, ("aux", "auxpass"))] == ["will", "have", "been"]
    assert syntax.dependents(told, ("dobj",)) == []


def test_syntax_tree_heads_are_each_tokens_head(nlp):
    doc = nlp("The harbour board said on Friday that it would not reopen the old pier.\nOlsen agreed.")
    assert syntax.tree(doc).heads == [tok.head.i for tok in doc]


def test_syntax_subtree_holds_the_tokens_of_spacys_subtree(nlp):
    doc = nlp("The harbour board said on Friday that it would not reopen the old pier.\nOlsen agreed.")
    for tok in doc:
        assert sorted(syntax.subtree(tok)) == [t.i for t in tok.subtree]


def test_syntax_ordered_subtree_walks_in_spacys_subtree_order(nlp):
    doc = nlp("The ferry board, which met in Tromso on Friday, said the old pier would reopen soon.")
    for tok in doc:
        assert syntax.ordered_subtree(tok) == [t.i for t in tok.subtree]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSLO - the ferry union condemned the harbour toll on Monday.", "union"),
        ("PORT VELMO, Norland — the carrier Skyline Air dropped the route.", "carrier"),
        ("Oslo harbour staff condemned the toll.", "staff"),
    ],
)
def test_syntax_subject_is_no_dateline_before_the_dash(nlp, text, expected):
    doc = nlp(text)
    assert syntax.subject(doc[[t.dep_ for t in doc].index("ROOT")]).text == expected


@pytest.mark.parametrize(
    ("text", "head", "joined"),
    [
        ("The Federation of Dairy Farmers and Ben Hart oppose the toll.", "Federation", ["Hart"]),
        ("Ada Roos opposes new tariffs on steel and the harbour levy.", "tariffs", ["levy"]),
        ("Ada Roos opposes tariffs on steel and iron.", "tariffs", []),
        ("Ada Roos mocked talks with Ben Hart and the union.", "talks", []),
    ],
)
def test_syntax_conjuncts_include_those_hung_on_the_last_noun(nlp, text, head, joined):
    doc = nlp(text)
    assert [c.text for c in syntax.conjuncts(_word(doc, head))] == joined


def test_syntax_name_head_is_the_word_heading_the_whole_name(nlp):
    doc = nlp("The Federation of Dairy Farmers met Ada Roos.")
    assert syntax.name_head(_word(doc, "Farmers")).text == "Federation"
    assert syntax.name_head(_word(doc, "met")).text == "met"


@pytest.mark.parametrize(
    ("text", "thing", "sender"),
    [
        ("Ada Roos's posts attacking the levy drew replies.", "posts", "Roos"),
        ("Ada Roos posted a string of messages attacking the levy.", "messages", "posted"),
        ("Ada Roos sent a letter urging talks.", "letter", "sent"),
        ("In a memo backing the levy, Ada Roos said it was fair.", "memo", "said"),
        ("Critics called an Ada Roos campaign ad attacking the levy unfair.", "ad", "Roos"),
    ],
)
def test_syntax_sending_names_who_sent_what_a_participle_hangs_on(nlp, text, thing, sender):
    doc = nlp(text)
    found = syntax.sending(next(t for t in doc if t.text == thing))
    assert found is not None and found.text == sender


def test_syntax_sending_is_nobody_for_a_thing_handled_by_a_participle(nlp):
    doc = nlp("Clerks handling lawsuits seeking the records were busy.")
    assert syntax.sending(next(t for t in doc if t.text == "lawsuits")) is None


def test_syntax_sending_is_nobody_for_a_place_named_before_a_thing(nlp):
    doc = nlp("A Paris shop selling the prints opened.")
    assert syntax.sending(next(t for t in doc if t.text == "shop")) is None


def test_syntax_sending_is_nobody_for_a_verb_the_parse_took_for_a_noun(nlp):
    # the tree the small parser builds in some articles: "avoids" a noun, "Lee" its compound
    doc = parsed(
        nlp,
        """
        Lee         1  compound  PROPN  _  _  B-PERSON
        avoids      1  ROOT      NOUN   _  _  O
        condemning  1  acl       VERB   _  _  O
        the         4  det       DET    _  _  O
        raid        2  dobj      NOUN   _  _  O
        .           1  punct     PUNCT  _  _  O
        """,
    )
    assert syntax.sending(doc[1]) is None


def test_syntax_past_particles_reaches_the_verb_a_phrasal_preposition_hangs_on(nlp):
    doc = nlp("Brenholt pulled out of the treaty.")
    of = next(t for t in doc if t.text == "of")
    assert syntax.past_particles(of).text == "pulled"
    assert syntax.past_particles(doc[1]).text == "pulled"


def test_syntax_described_name_is_the_name_a_description_is_set_beside(nlp):
    doc = nlp("Aid went to Harbor45, a small charity that feeds the docks.")
    charity = next(t for t in doc if t.text == "charity")
    assert syntax.described_name(charity).text == "Harbor45"
    assert syntax.described_name(doc[0]) == doc[0]


def test_syntax_described_name_is_not_a_name_a_clause_stands_between(nlp):
    # the tree the small parser builds in some articles: the group hung on the person who heads it
    doc = parsed(
        nlp,
        """
        Lee       0   ROOT   PROPN
        ,         0   punct  PUNCT
        who       3   nsubj  PRON
        heads     0   relcl  VERB
        the       5   det    DET
        Alliance  3   dobj   PROPN
        ,         0   punct  PUNCT
        a         8   det    DET
        group     0   appos  NOUN
        that      10  nsubj  PRON
        acts      8   relcl  VERB
        """,
    )
    assert syntax.described_name(doc[8]) == doc[8]


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The aid the mayor requested arrived on Monday.", "requested", "aid"),
        ("The deal the union rejected was signed anyway.", "rejected", "deal"),
        ("The deal that the union rejected was signed anyway.", "rejected", None),
        ("The day the rebels attacked the town was cold.", "attacked", None),
        ("The aid arrived after the mayor requested it.", "requested", None),
    ],
)
def test_syntax_relative_object_is_the_noun_a_bare_relative_clause_leaves_out(nlp, text, verb, expected):
    found = syntax.relative_object(_word(nlp(text), verb))
    assert (found.text if found is not None else None) == expected


def test_syntax_relative_pronoun_opens_a_relative_clause(nlp):
    doc = nlp("The envoy who met the rebels signed the deal that ended the war.")
    assert syntax.relative_pronoun(_word(doc, "who")) and syntax.relative_pronoun(_word(doc, "that"))
    assert not syntax.relative_pronoun(_word(doc, "envoy"))


@pytest.mark.parametrize(
    ("text", "verb", "bare"),
    [
        ("Ada Roos demanded that the council end the levy.", "end", True),
        ("Ada Roos asked that the levy be scrapped.", "scrapped", True),
        ("Ada Roos insisted that the levy is fair.", "is", False),
        ("Ada Roos said that the council will end the levy.", "end", False),
        ("The ruling suggests that Roos and the council back the plan.", "back", False),  # two of them
    ],
)
def test_syntax_bare_that_is_the_bare_form_a_demand_takes(nlp, text, verb, bare):
    doc = nlp(text)
    assert syntax.bare_that(next(t for t in doc if t.text == verb)) is bare
