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


def test_labels_quoted_transcript_turn_runs_over_its_paragraphs(nlp):
    text = (
        "Host Kira Bell spoke with Senator Omar Haddad.\n\n"
        '"BELL: Will you back the budget?\n\n'
        '"HADDAD: No, we will not vote for this budget.\n\n'
        '"It cuts the clinics in every county.\n\n'
        '"(CROSSTALK)\n\n'
        '"BELL: Thank you, Senator."'
    )
    haddad = [q for q in quotes_of(nlp, text) if source(q) == "HADDAD"]
    assert [[c.text for c in q.contents] for q in haddad] == [
        ["No, we will not vote for this budget.", "It cuts the clinics in every county."]
    ]
