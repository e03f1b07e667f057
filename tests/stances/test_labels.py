"""Topic labels: the best naming phrase, gerunds of actions, quotation marks left out."""

from __future__ import annotations

from faultlines.stances.labels import action, clean, gerund, label


def test_labels_label_prefers_the_phrase_that_names_the_others():
    phrases = ["the harbour offensive", "a ground offensive in the harbour", "the harbour"]
    assert label(phrases) == "a ground offensive in the harbour"
    assert label(["the video", "the police videos", "that video"]) == "the police videos"


def test_labels_label_prefers_the_naming_the_text_repeats():
    # the plain naming written three times names the thing, not the one fuller naming written once
    assert label(["levies", "Kim's levy plans", "levies", "Levies"]) == "levies"
    assert label(["the video", "the police videos", "the police videos"]) == "the police videos"


def test_labels_clean_strips_quotation_marks_not_apostrophes():
    assert clean("“a grave   error” in Valdoria’s plan") == "a grave error in Valdoria’s plan"


def test_labels_label_prefers_the_specific_phrase_on_a_tie():
    assert label(["the cuts", "the night-shift cuts"]) == "the night-shift cuts"


def test_labels_gerund_of_base_verbs():
    words = ["stop", "release", "see", "die", "admit", "open", "visit", "limit", "offer", "unseal"]
    assert [gerund(w) for w in words] == [
        "stopping",
        "releasing",
        "seeing",
        "dying",
        "admitting",
        "opening",
        "visiting",
        "limiting",
        "offering",
        "unsealing",
    ]


def test_labels_a_full_name_labels_its_topic_over_its_nickname():
    assert label(["Obamacare", "the Affordable Care Act"]) == "the Affordable Care Act"


def test_labels_an_act_told_in_the_past_is_named_as_an_action(nlp):
    doc = nlp("The party renamed its campaign account.")
    assert action(doc, 2, 6) == "renaming its campaign account"


def test_labels_an_act_told_with_a_perfect_is_named_as_an_action_and_a_present_state_is_kept(nlp):
    done = nlp("The party has renamed its campaign account.")
    state = nlp("The port needs a new crane.")
    assert (action(done, 3, 7), action(state, 2, 6)) == ("renaming its campaign account", "needs a new crane")


def test_labels_an_act_told_with_a_perfect_gerund_is_named_as_an_action(nlp):
    doc = nlp("Ada Roos denied having taken money from the harbour fund.")
    assert action(doc, 4, 10) == "taking money from the harbour fund"


def test_labels_verbs_sharing_one_object_are_all_named_as_gerunds(nlp):
    doc = nlp("Velmora wants to close and sell the old ferry depot.")
    assert action(doc, 3, 10) == "closing and selling the old ferry depot"
