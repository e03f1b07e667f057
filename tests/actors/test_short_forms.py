from tests.actors.helpers import cluster_of, clusters_of


def test_short_forms_first_word_of_a_company_name_is_the_company(nlp):
    doc, clusters = clusters_of(
        nlp, "Brightwater Holdings Inc. bought the pier. Brightwater said it opposes the tax."
    )
    assert cluster_of(doc, clusters, "Brightwater", 1) is cluster_of(doc, clusters, "Brightwater", 0)
    assert cluster_of(doc, clusters, "Brightwater", 0).name == "Brightwater Holdings"


def test_short_forms_initials_are_the_body_they_abbreviate(nlp):
    text = "Northern Harbor & Rail Co. said it backs the pier. NH&R has long opposed the tax."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "NH&R") is cluster_of(doc, clusters, "Northern")


def test_short_forms_initials_are_the_body_they_spell_though_they_open_a_part_of_it(nlp):
    text = (
        "The Northern Harbor Authority backed the pier. The NHA Office of Audits faulted the plan. "
        "NHA said the audit was wrong."
    )
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "NHA", 1) is cluster_of(doc, clusters, "Northern")
    assert cluster_of(doc, clusters, "NHA", 0) is not cluster_of(doc, clusters, "Northern")


def test_short_forms_first_word_of_a_part_of_the_body_stays_apart(nlp):
    text = "Amazon Music raised its fee on Monday. Amazon said the deal was fair."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "Amazon", 1) is not cluster_of(doc, clusters, "Amazon", 0)


def test_short_forms_first_word_of_two_bodies_names_neither(nlp):
    text = (
        "Brightwater Holdings Inc. bought the pier. Brightwater Foundation paid for it. Brightwater said so."
    )
    doc, clusters = clusters_of(nlp, text)
    short = cluster_of(doc, clusters, "Brightwater", 2)
    assert short is not cluster_of(doc, clusters, "Brightwater", 0)


def test_short_forms_company_name_tagged_as_a_person_is_the_company(nlp):
    text = "Kestrel Group Corp. shares fell on Monday. Kestrel has long opposed the harbour plan."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "Kestrel", 1) is cluster_of(doc, clusters, "Kestrel", 0)
    assert cluster_of(doc, clusters, "Kestrel", 0).kind == "organisation"


def test_short_forms_initials_leave_out_the_small_words_of_the_name(nlp):
    text = "The Alliance to Restore Our Piers rallied on Monday. AROP said the plan would fail."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "AROP") is cluster_of(doc, clusters, "Alliance")


def test_short_forms_a_papers_masthead_noun_is_the_paper(nlp):
    text = "The Harbourside Gazette endorsed the pier plan. The Gazette said the tax was unfair."
    doc, clusters = clusters_of(nlp, text)
    assert cluster_of(doc, clusters, "Gazette", 1) is cluster_of(doc, clusters, "Gazette", 0)


def test_short_forms_first_word_of_a_company_named_with_its_trade_is_the_company(nlp):
    doc, clusters = clusters_of(
        nlp, "Brightwater Energy bought the pier. Brightwater said it opposes the tax."
    )
    assert cluster_of(doc, clusters, "Brightwater", 1) is cluster_of(doc, clusters, "Brightwater", 0)
