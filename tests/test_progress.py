from io import StringIO

from rich.console import Console

from faultlines.progress import Bar


def terminal() -> tuple[Console, StringIO]:
    buffer = StringIO()
    return Console(file=buffer, force_terminal=True, width=120, color_system=None), buffer


def test_progress_shows_documents_of_the_total_rates_and_errors_with_notes_above():
    console, buffer = terminal()
    with Bar(console) as bar:
        bar.note("faultlines: E103 empty: the document has no text")
        bar.show(3, 4, 900, 1)
    shown = buffer.getvalue()
    assert "3/4" in shown and "1 errors" in shown and "words/s" in shown
    assert shown.index("E103 empty") < shown.rindex("3/4")


def test_progress_an_unknown_total_is_shown_as_such():
    console, buffer = terminal()
    with Bar(console) as bar:
        bar.show(2, None, 100, 0)
    assert "2/?" in buffer.getvalue()
