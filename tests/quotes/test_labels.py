from tests.quotes.helpers import quotes_of, said, source


def test_labels_transcript_speaker_before_a_colon(nlp):
    text = "Host Kira Bell spoke with Senator Omar Haddad.\n\nHADDAD: We will not vote for this budget.\n\nBELL: Why not?"
    quotes = quotes_of(nlp, text)
    assert [(source(q), said(q)) for q in quotes] == [("HADDAD", "We will not vote for this budget.")]


def test_labels_editorial_labels_are_not_speakers(nlp):
    text = (
        "Correction: An earlier version of this story misstated the date of the vote.\n\nThe vote is Monday."
    )
    assert quotes_of(nlp, text) == []
