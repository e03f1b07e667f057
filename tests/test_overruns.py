"""Entities NER ran on over the clause their name is the subject of (overruns.py)."""

from __future__ import annotations

from faultlines import overruns
from tests.parsed import parsed


def test_overruns_an_entity_ends_before_the_verb_its_subject_takes(nlp):
    doc = parsed(
        nlp,
        """
        Ines   1 nsubj   PROPN NNP  ines  B-ORG
        hit    1 ROOT    VERB  VBD  hit   I-ORG
        Roos   1 dobj    PROPN NNP  roos  I-ORG
        in     1 prep    ADP   IN   in    O
        court  3 pobj    NOUN  NN   court O
        .      1 punct   PUNCT .    .     O
        """,
    )
    overruns.mend(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ines", "ORG")]


def test_overruns_an_entity_whose_first_word_is_the_verb_s_subject_keeps_only_that_word(nlp):
    doc = parsed(
        nlp,
        """
        Officers 1 nsubj  NOUN  NNS  officer B-WORK_OF_ART
        arrested 1 ROOT   VERB  VBD  arrest  I-WORK_OF_ART
        Webb     1 dobj   PROPN NNP  webb    I-WORK_OF_ART
        .        1 punct  PUNCT .    .       O
        """,
    )
    overruns.mend(doc)
    assert [e.text for e in doc.ents] == ["Officers"]


def test_overruns_a_title_written_in_capitals_keeps_its_verb(nlp):
    doc = parsed(
        nlp,
        """
        Fans   1 nsubj  NOUN  NNS fan    O
        sang   1 ROOT   VERB  VBD sing   O
        A      3 det    DET   DT  a      B-WORK_OF_ART
        Change 4 nsubj  NOUN  NN  change I-WORK_OF_ART
        Is     4 aux    AUX   VBZ be     I-WORK_OF_ART
        Coming 1 ccomp  VERB  VBG come   I-WORK_OF_ART
        .      1 punct  PUNCT .   .      O
        """,
    )
    overruns.mend(doc)
    assert [e.text for e in doc.ents] == ["A Change Is Coming"]


def test_overruns_the_loaded_pipeline_cuts_a_name_run_over_its_verb(nlp):
    doc = nlp("Brack and Park argued before Park hit Brack in the head.")
    assert not any(t.lower_ == "hit" for e in doc.ents for t in e)
