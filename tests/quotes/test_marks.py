from itertools import pairwise

from hypothesis import given

from faultlines.quotes.marks import QUOTE_MARKS, find_marks
from tests.hardening.texts import mark_sequences


def stretches(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_marks(text)]


def test_marks_pair_straight_curly_single_and_guillemets():
    assert stretches('He said "go now" and left.') == ["go now"]
    assert stretches("She wrote “we are ready” twice.") == ["we are ready"]
    assert stretches("Headline: ‘We stay’") == ["We stay"]
    assert stretches("«On reste», dit-il.") == ["On reste"]


def test_marks_keep_nested_single_marks_inside_the_double_quote():
    text = "“She told me, ‘Wait here,’ and drove off,” the neighbour said."
    assert stretches(text) == ["She told me, ‘Wait here,’ and drove off,"]


def test_marks_skip_apostrophes():
    assert stretches("The mayor’s plan isn’t final, the council's aide said.") == []


def test_marks_run_a_quote_over_paragraphs_opened_on_each():
    text = "She read: “First point.\n\n“Second point.\n\n“Last point.”\n\nThen she sat."
    assert stretches(text) == ["First point.\n\n“Second point.\n\n“Last point."]


def test_marks_never_pair_an_unclosed_mark_across_a_paragraph():
    assert stretches('"We will win, he said.\n\nThe crowd cheered "loudly" later.') == ["loudly"]


def test_marks_open_with_a_closing_glyph_at_paragraph_start():
    assert stretches("”Enough is enough.” ― Ana Lopez") == ["Enough is enough."]


def test_marks_survive_stray_and_empty_marks():
    for text in ['"', '""', "“”“", "’’’", 'a " b', "‘x"]:
        find_marks(text)


def test_marks_read_a_plural_possessive_inside_a_single_quote_as_an_apostrophe():
    text = "'The farmers' anger is real,' said Dan Orr. 'We hear them.'"
    assert stretches(text) == ["The farmers' anger is real,", "We hear them."]


def test_marks_still_close_a_single_quote_after_a_plural():
    assert stretches("She called them 'cowards' and left.") == ["cowards"]
    assert stretches("The pilots' union said no.") == []


def test_marks_pair_doubled_single_marks_as_one_double_mark():
    assert stretches("He said, ''We are ready,'' and left.") == ["We are ready,"]
    assert stretches("She called it ‘‘a fair deal’’ twice.") == ["a fair deal"]
    assert stretches("``Not now,'' he said.") == ["Not now,"]


def test_marks_a_quote_left_open_over_many_paragraphs_on_a_long_input():
    # Each paragraph re-walked every paragraph since the opening mark: 3,000 took minutes.
    text = '"The harbour will stay open, said the mayor of Tolvik.\n' * 3000 + "Plain closing paragraph."
    assert stretches(text) == []


def test_marks_many_possessive_marks_on_a_long_input():
    text = "The farmers’ plan and the ministers’ reply ‘stalled’. " * 5000
    assert stretches(text) == ["stalled"] * 5000


@given(mark_sequences)
def test_marks_any_mark_sequence_pairs_into_ordered_stretches_between_marks(text):
    found = find_marks(text)
    for m in found:
        assert 0 < m.start < m.end < len(text)
        assert text[m.open] in QUOTE_MARKS | {"`"} and text[m.close] in QUOTE_MARKS
    assert all(a.end < b.start for a, b in pairwise(found))
    assert not any("\n" in text[m.start : m.end] for m in found if m.single)
