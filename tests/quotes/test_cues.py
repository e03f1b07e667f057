from faultlines.quotes.cues import (
    ADDRESSEE,
    CLAIMED,
    DEMAND,
    GERUND,
    INFINITIVE,
    cue_bounds,
    cue_kind,
    is_cue_noun,
    lexicon,
    prepositions,
    tagged,
)


def test_cues_lexicon_sections_cover_speech_belief_and_position():
    table = lexicon()
    assert table["say"] == "speech" and table["tweet"] == "speech"
    assert table["believe"] == "belief" and table["back"] == "position"


def test_cues_span_takes_perfect_auxiliary_and_particle(nlp):
    doc = nlp("The agency has learned that the board pointed out the error.")
    learned = next(t for t in doc if t.text == "learned")
    pointed = next(t for t in doc if t.text == "pointed")
    assert doc.text[slice(*cue_bounds(learned))] == "has learned"
    assert doc.text[slice(*cue_bounds(pointed))] == "pointed out"


def test_cues_nouns_are_not_cues(nlp):
    doc = nlp("The report was late.")
    assert cue_kind(doc[1]) is None


def test_cues_claim_nouns_are_listed_apart_from_verbs(nlp):
    doc = nlp("Her claim that the dam leaks was checked.")
    assert is_cue_noun(doc[1]) and cue_kind(doc[1]) is None
    assert "statement" not in lexicon()


def test_cues_tagged_subsets_are_cues_of_the_one_lexicon():
    assert {"tell", "warn", "ask"} <= tagged(ADDRESSEE)
    assert "say" not in tagged(ADDRESSEE)
    assert "vow" in tagged(INFINITIVE)
    for tag in (ADDRESSEE, INFINITIVE):
        assert tagged(tag) <= set(lexicon())


def test_cues_tags_of_a_verb_and_noun_row_add_up():
    # "report" is a gerund-taking verb and a noun whose rejection is a denial
    assert "report" in tagged(GERUND) and "report" in tagged(CLAIMED)


def test_cues_demand_verbs_are_speech_cues():
    assert {"say", "warn"} <= tagged(DEMAND)
    assert all(lexicon()[lemma] == "speech" for lemma in tagged(DEMAND))


def test_cues_prepositions_say_which_phrase_was_said():
    assert prepositions()["call"] == {"for", "on"}
    assert "say" not in prepositions()
