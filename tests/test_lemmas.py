from faultlines.lemmas import Index, mended, stems

SHORT = stems({"hop", "hope", "sing", "singe", "rat", "rate", "plan"})


def test_lemmas_stems_pair_a_verb_with_its_verb_in_e():
    assert SHORT == {"hop": "hope", "sing": "singe", "rat": "rate"}


def test_lemmas_mended_takes_the_verb_in_e_before_a_single_consonant():
    assert mended("hop", "hoped", SHORT) == "hope"
    assert mended("hop", "hopes", SHORT) == "hope"
    assert mended("hop", "hoping", SHORT) == "hope"
    assert mended("rat", "rated", SHORT) == "rate"


def test_lemmas_mended_keeps_a_stem_in_ng_before_ing():
    assert mended("sing", "singing", SHORT) == "sing"
    assert mended("sing", "singed", SHORT) == "singe"


def test_lemmas_mended_leaves_other_words_alone():
    assert mended("hop", "hopped", SHORT) == "hop"
    assert mended("plan", "planned", SHORT) == "plan"


def test_lemmas_parse_gives_every_stage_the_mended_lemma(nlp):
    doc = nlp("Ada Roos hoped the harbour plan would pass, and she hates the delay. Critics are hoping too.")
    verbs = {tok.lower_: tok.lemma_ for tok in doc if tok.pos_ == "VERB"}
    assert (verbs["hoped"], verbs["hates"], verbs["hoping"]) == ("hope", "hate", "hope")


def test_lemmas_views_read_the_mended_lemma(nlp):
    from faultlines.views import lemmas

    doc = nlp("The council fined the shop and staged a vote.")
    assert [lemmas(doc)[tok.i] for tok in doc if tok.lower_ in ("fined", "staged")] == ["fine", "stage"]


def test_lemmas_index_reads_a_prefix_on_a_known_verb():
    index = Index(
        {"arrest", "report", "hop", "hope"}, {"took": ["take"]}, [["ed", "e"], ["ed", ""], ["ing", ""]]
    )
    assert index.prefixed("rearrested") == "rearrest"
    assert index.prefixed("misreported") == "misreport"
    assert index.prefixed("re-took") == "re-take"
    assert index.prefixed("unhoped") == "unhope"


def test_lemmas_index_leaves_a_word_with_no_known_verb_behind_a_prefix():
    index = Index({"arrest"}, {}, [["ed", "e"], ["ed", ""]])
    assert index.prefixed("stiffed") is None
    assert index.prefixed("united") is None


def test_lemmas_parse_mends_a_prefixed_verb_the_model_does_not_know(nlp):
    doc = nlp("Police rearrested the courier, and the paper misreported the vote.")
    verbs = {tok.lower_: tok.lemma_ for tok in doc if tok.pos_ == "VERB"}
    assert (verbs["rearrested"], verbs["misreported"]) == ("rearrest", "misreport")


def test_lemmas_parse_mends_a_past_form_tagged_as_a_base_form(nlp):
    # the tagger reads "shot" after "and then" as a base form, whose lemma is the form itself
    doc = nlp("The courier was tased and then shot after he ran to the door.")
    shot = next(tok for tok in doc if tok.lower_ == "shot")
    assert (shot.tag_, shot.lemma_) == ("VB", "shoot")
