from hypothesis import given
from hypothesis import strategies as st

from faultlines.events.lexicon import load
from faultlines.events.scan import depths, may_act, tree_depths


def test_scan_tree_depths_count_steps_to_the_root():
    assert tree_depths([0, 0, 1, 2, 2]) == [0, 1, 2, 3, 3]
    assert tree_depths([1, 1, 1, 5, 5, 5]) == [1, 0, 1, 1, 1, 0]


def test_scan_tree_depths_of_a_long_chain_on_a_long_input():
    # Climbing from every token separately took 28 s on 20,000 quotation marks parsed as one chain.
    heads = [0, *range(50_000 - 1)]
    assert tree_depths(heads)[-1] == 50_000 - 1


def test_scan_tree_depths_end_on_a_head_cycle():
    assert len(tree_depths([1, 2, 0, 3])) == 4


def test_scan_depths_follow_the_parse(nlp):
    doc = nlp("The minister of Varnia said the talks would resume.")
    assert depths(doc)[doc[4].i] == 0  # "said" is the root
    assert depths(doc)[doc[1].i] == 1


@given(st.lists(st.floats(0, 1), max_size=200))
def test_scan_tree_depths_match_a_climb_from_every_node(picks):
    # A random forest: each node hangs on itself (a root) or on an earlier node.
    heads = [i if pick > 0.9 else int(pick * i) for i, pick in enumerate(picks)]

    def climb(i: int) -> int:
        steps = 0
        while heads[i] != i:
            i, steps = heads[i], steps + 1
        return steps

    assert tree_depths(heads) == [climb(i) for i in range(len(heads))]


def test_scan_may_act_marks_lexicon_verbs_and_act_nouns_only(nlp):
    lex = load()
    doc = nlp("The harbour police arrested two men after the shelling of the old pier.")
    acting = {t.text for t, may in zip(doc, may_act(doc, lex), strict=True) if may}
    assert {"arrested", "shelling"} <= acting
    assert not acting & {"The", "harbour", "two", "old", "pier", "."}
