from faultlines.stances import actor_topics
from faultlines.stances.expression import Expression
from tests.stances.helpers import word


def _on(doc, topic: str) -> Expression:
    return Expression(word(doc, "backs").i, 1, word(doc, topic).i, "np")


def test_actor_topics_label_keeps_the_noun_the_text_names_a_country_by(nlp):
    doc = nlp("Libya backs the government.")
    assert actor_topics.label("Chad", [_on(doc, "government")], doc) == "Chad's government"


def test_actor_topics_label_is_the_name_where_the_text_names_the_actor(nlp):
    doc = nlp("Libya backs Chad and the government.")
    assert actor_topics.label("Chad", [_on(doc, "Chad")], doc) == "Chad"
    assert actor_topics.label("Chad", [_on(doc, "Chad"), _on(doc, "government")], doc) == "Chad"


def test_actor_topics_label_adds_no_noun_the_name_holds(nlp):
    doc = nlp("Libya backs the government.")
    assert actor_topics.label("Chad Government", [_on(doc, "government")], doc) == "Chad Government"
