from faultlines.model import Actor, Analysis, Dispute, Quote, Ref, Topic
from faultlines.stances.history import merge
from faultlines.stances.keys import key, same_topic

TEXT = "Mayor Ada Roos backs the harbour tunnel. Councillor Ben Ito opposes the harbour tunnel."


def article(doc_id: str, published: str, label: str, sides: list[list[str]]) -> Analysis:
    a = Analysis(id=doc_id, text=TEXT, published=published)
    a.actors = [
        Actor("ada-roos", "Ada Roos", "person"),
        Actor("ben-ito", "Ben Ito", "person"),
        Actor("eva-sund", "Eva Sund", "person"),
        Actor("kai-lunde", "Kai Lunde", "person"),
    ]
    a.quotes = [
        Quote(
            "q1", "indirect", [a.span(21, 39)], a.span(15, 20), [a.span(0, 14)], Ref("ada-roos", "Ada Roos")
        )
    ]
    a.topics = [Topic("t1", label)]
    a.disputes = [Dispute("t1", sides, ["q1"])]
    return a


def test_history_same_topic_and_actors_merge_in_date_order():
    later = article("b", "2026-03-02", "the harbour tunnel", [["ben-ito"], ["ada-roos"]])
    earlier = article("a", "2026-03-01", "harbour tunnel plan", [["ada-roos"], ["ben-ito"]])
    (history,) = merge([later, earlier])
    assert [e.article for e in history.episodes] == ["a", "b"]
    assert history.sides == [{"ben-ito"}, {"ada-roos"}]
    assert history.names["ada-roos"] == "Ada Roos"
    assert history.episodes[0].evidence == [
        {"quote": "q1", "speaker": "Ada Roos", "text": "the harbour tunnel"}
    ]


def test_history_a_shared_actor_on_the_same_side_joins_the_history():
    one = article("a", "2026-03-01", "the harbour tunnel", [["ada-roos"], ["ben-ito"]])
    two = article("b", "2026-03-02", "the harbour tunnel", [["ben-ito"], ["eva-sund"]])
    (history,) = merge([one, two])
    assert history.sides == [{"ada-roos", "eva-sund"}, {"ben-ito"}]


def test_history_unrelated_or_contradicting_actors_stay_apart():
    one = article("a", "2026-03-01", "the harbour tunnel", [["ada-roos"], ["ben-ito"]])
    strangers = article("b", "2026-03-02", "the harbour tunnel", [["eva-sund"], ["kai-lunde"]])
    assert len(merge([one, strangers])) == 2
    mixed = article("c", "2026-03-03", "the harbour tunnel", [["ada-roos", "ben-ito"], ["eva-sund"]])
    assert len(merge([one, mixed])) == 2


def test_history_different_topics_stay_apart():
    one = article("a", "2026-03-01", "the harbour tunnel", [["ada-roos"], ["ben-ito"]])
    two = article("b", "2026-03-02", "the school budget", [["ada-roos"], ["ben-ito"]])
    assert len(merge([one, two])) == 2


def test_history_bare_remarks_of_two_articles_stay_apart():
    assert not same_topic(key("the remark"), key("that tweet"))


def test_history_two_things_one_disputant_said_stay_apart():
    # the owner's name makes up most of each key; the things said are not one
    complaint = article("a", "2026-03-01", "Ben Ito's complaint about the count", [["ada-roos"], ["ben-ito"]])
    tweets = article("b", "2026-03-02", "Ben Ito's tweets on the levy", [["ada-roos"], ["ben-ito"]])
    assert len(merge([complaint, tweets])) == 2


def test_history_what_a_disputant_said_named_by_whose_it_is_merges():
    one = article("a", "2026-03-01", "Ben Ito's comments", [["ada-roos"], ["ben-ito"]])
    two = article("b", "2026-03-02", "Ito's remarks", [["ada-roos"], ["ben-ito"]])
    assert len(merge([one, two])) == 1


def test_history_a_person_and_the_persons_plan_stay_apart():
    person = article("a", "2026-03-01", "Ben Ito", [["ada-roos"], ["eva-sund"]])
    plan = article("b", "2026-03-02", "Ben Ito's budget plan", [["ada-roos"], ["ben-ito"]])
    assert len(merge([person, plan])) == 2


def test_history_the_same_thing_named_with_and_without_its_owner_merges():
    owned = article("a", "2026-03-01", "Ben Ito's harbour tunnel", [["ada-roos"], ["ben-ito"]])
    bare = article("b", "2026-03-02", "the harbour tunnel", [["ada-roos"], ["ben-ito"]])
    assert len(merge([owned, bare])) == 1


def test_history_a_disputant_as_the_topic_of_two_articles_merges():
    one = article("a", "2026-03-01", "Ben Ito", [["ada-roos"], ["ben-ito"]])
    two = article("b", "2026-03-02", "Ito", [["ben-ito"], ["eva-sund"]])
    (history,) = merge([one, two])
    assert history.articles == 2


def test_history_counts_an_article_once_however_many_episodes_it_holds():
    one = article("a", "2026-03-01", "the harbour tunnel", [["ada-roos"], ["ben-ito"]])
    one.topics.append(Topic("t2", "the harbour tunnel plan"))
    one.disputes.append(Dispute("t2", [["ada-roos"], ["ben-ito"]], []))
    (history,) = merge([one])
    assert len(history.episodes) == 2
    assert history.articles == 1
