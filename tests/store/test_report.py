from rich.console import Console

from faultlines.store import Store, rows
from faultlines.store.report import print_report
from tests.store.corpus import failed


def report_of(store: Store) -> str:
    console = Console(record=True, width=120)
    print_report(store, console)
    return console.export_text()


def test_report_of_a_fresh_store_says_each_section_is_empty_without_empty_tables(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        text = report_of(store)
    assert "0 documents (0 with errors)" in text
    assert "Top speakers: none" in text and "Errors by code: none" in text
    assert "Who is quoted, per month (share of quotes): none" in text
    assert "┏" not in text  # no table drawn with only its header


def test_report_of_a_run_whose_every_document_failed_shows_only_the_errors_table(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write([rows(failed("blank"))])
        text = report_of(store)
    assert "1 document (1 with errors), 0 quotes" in text
    assert "E103" in text and "blank: the document has no text" in text
    assert "Top speakers: none" in text and "Events by PLOVER type: none" in text
    assert text.count("┏") == 1
