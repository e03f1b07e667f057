from rich.console import Console

from faultlines.model import Actor, Analysis, Dispute, ErrorEntry, Quote, Ref, Stance, Topic
from faultlines.report import quote_table, summary

TEXT = "Mayor Ana Ruiz backs the bridge. The council [majority] opposes the bridge."


def analysis() -> Analysis:
    a = Analysis(id="bridge", text=TEXT)
    a.actors = [Actor("ana-ruiz", "Ana Ruiz", "person"), Actor("council", "council", "organisation")]
    a.quotes = [
        Quote(
            "q1", "indirect", [a.span(21, 31)], a.span(15, 20), [a.span(0, 14)], Ref("ana-ruiz", "Ana Ruiz")
        ),
        Quote("q2", "indirect", [a.span(64, 74)], a.span(56, 63), [a.span(33, 55)], None),
    ]
    a.topics = [Topic("t1", "the bridge")]
    a.stances = [Stance("ana-ruiz", "t1", 1, ["q1"]), Stance("council", "t1", -1, ["q2"])]
    a.disputes = [Dispute("t1", [["ana-ruiz"], ["council"]], ["q1", "q2"])]
    return a


def render(table) -> str:
    console = Console(width=200, record=True)
    console.print(table)
    return console.export_text()


def test_report_table_shows_speaker_or_else_the_source_as_written():
    text = render(quote_table([analysis()]))
    assert "Ana Ruiz" in text
    assert "The council [majority]" in text  # brackets are text, not rich markup


def test_report_summary_counts_and_names_the_dispute():
    text = summary([analysis()])
    assert "2 quotes (0 direct, 2 indirect, 0 mixed)" in text
    assert "Ana Ruiz vs council on “the bridge”" in text


def test_report_table_marks_an_unresolved_pronoun_and_shows_errors_and_empty_articles():
    a = Analysis(id="night", text="“Stay inside,” they said.")
    a.quotes = [Quote("q1", "direct", [a.span(1, 12)], a.span(20, 24), [a.span(15, 19)], None)]
    failed = Analysis(id="gone.txt", text="")
    failed.errors = [ErrorEntry("E100", "gone.txt: No such file or directory")]
    text = render(quote_table([a, Analysis(id="calm", text="A quiet day."), failed]))
    assert "“they” (unresolved)" in text
    assert "no quotes found" in text
    assert "E100" in text and "gone.txt: No such file or directory" in text


def test_report_table_names_an_article_by_title_else_file_name():
    titled = Analysis(id="/data/pages/x1.html.gz", text="Calm.", title="Ferry returns to Eastport")
    untitled = Analysis(id="/data/pages/notes-0412.txt", text="Calm.")
    text = render(quote_table([titled, untitled]))
    assert "Ferry returns" in text and "notes-0412.txt" in text
    assert "/data/pages" not in text
