"""Entities NER ran on over the clause their name is the subject of (overruns.py)."""

from __future__ import annotations

import pytest

from faultlines import overruns
from tests.parsed import parsed

# A name, the verb it is the subject of and its object, all one ORG.
ACTING = """
Ines   1 nsubj   PROPN NNP  ines  B-ORG
hit    1 ROOT    VERB  VBD  hit   I-ORG
Roos   1 dobj    PROPN NNP  roos  I-ORG
in     1 prep    ADP   IN   in    O
court  3 pobj    NOUN  NN   court O
.      1 punct   PUNCT .    .     O
"""
# A common noun subject, its verb and object, all one WORK_OF_ART.
ARRESTING = """
Officers 1 nsubj  NOUN  NNS  officer B-WORK_OF_ART
arrested 1 ROOT   VERB  VBD  arrest  I-WORK_OF_ART
Webb     1 dobj   PROPN NNP  webb    I-WORK_OF_ART
.        1 punct  PUNCT .    .       O
"""
# A title with a capitalised verb of its own.
TITLED = """
Fans   1 nsubj  NOUN  NNS fan    O
sang   1 ROOT   VERB  VBD sing   O
A      3 det    DET   DT  a      B-WORK_OF_ART
Change 5 nsubj  NOUN  NN  change I-WORK_OF_ART
Is     5 aux    AUX   VBZ be     I-WORK_OF_ART
Coming 1 ccomp  VERB  VBG come   I-WORK_OF_ART
.      1 punct  PUNCT .   .      O
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (ACTING, [("Ines", "ORG")]),  # the entity ends before the verb its subject takes
        (ARRESTING, [("Officers", "WORK_OF_ART")]),
        (TITLED, [("A Change Is Coming", "WORK_OF_ART")]),  # a title's capitalised verb stays
    ],
)
def test_overruns_an_entity_ends_before_a_lower_case_verb_of_its_subject(nlp, table, expected):
    doc = parsed(nlp, table)
    overruns.mend(doc)
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_overruns_the_loaded_pipeline_cuts_a_name_run_over_its_verb(nlp):
    doc = nlp("Brack and Park argued before Park hit Brack in the head.")
    assert not any(t.lower_ == "hit" for e in doc.ents for t in e)
