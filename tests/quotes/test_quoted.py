"""Whether a character lies inside a quotation."""

from __future__ import annotations

from faultlines.model import Analysis, Quote
from faultlines.quotes.quoted import quoted


def test_quoted_inside_a_quotes_content_or_open_marks():
    text = 'Lee said the toll is unfair. "It is a blessing. We love it."'
    a = Analysis(id="t", text=text)
    start = text.index("the toll")
    a.quotes.append(Quote(id="q1", kind="indirect", contents=[a.span(start, start + 22)]))
    assert quoted(a, text.index("unfair"))
    assert quoted(a, text.index("We love"))  # a later sentence of a quote, inside its marks
    assert not quoted(a, text.index("Lee"))
