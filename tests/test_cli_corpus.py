from typer.testing import CliRunner

from faultlines.cli import app
from faultlines.store import Store, rows
from tests.store.corpus import analysis

runner = CliRunner()


def stored(tmp_path):
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.write([rows(analysis("a")), rows(analysis("b", outlet="Fjord Times"))])
    return db


def test_cli_corpus_export_writes_the_flat_quote_table(tmp_path):
    db = stored(tmp_path)
    out = tmp_path / "q.jsonl"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 4


def test_cli_corpus_export_of_an_unknown_table_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(stored(tmp_path)), "--table", "nope"])
    assert result.exit_code == 2 and "no table 'nope'" in result.output


def test_cli_corpus_report_shows_speakers_and_the_audit_per_outlet(tmp_path):
    result = runner.invoke(app, ["report", "--db", str(stored(tmp_path))], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Ada Roos" in result.output and "Fjord Times" in result.output and "GOV 100%" in result.output


def test_cli_corpus_run_refuses_missing_inputs_and_a_ray_address_without_ray(tmp_path):
    missing = runner.invoke(app, ["run", str(tmp_path / "gone"), "--db", str(tmp_path / "c.duckdb")])
    assert missing.exit_code == 2 and "no such file or folder" in missing.output
    address = runner.invoke(
        app, ["run", str(tmp_path), "--db", str(tmp_path / "c.duckdb"), "--ray-address", "auto"]
    )
    assert address.exit_code == 2 and "--engine ray" in address.output


def test_cli_corpus_run_with_an_unknown_model_fails_before_creating_the_database(tmp_path):
    (tmp_path / "a.txt").write_text("Mayor Ada Roos said the tunnel opens in May.")
    result = runner.invoke(
        app, ["run", str(tmp_path), "--db", str(tmp_path / "c.duckdb"), "--model", "no_such_model"]
    )
    assert result.exit_code != 0 and not (tmp_path / "c.duckdb").exists()


def test_cli_corpus_run_on_a_full_disk_says_so_in_one_line_and_exits_1(tmp_path, monkeypatch):
    from faultlines.engines import runner as corpus_runner
    from faultlines.errors import StoreWriteFailed

    def full(*args, **kwargs):
        raise StoreWriteFailed("c.duckdb: cannot write the store (No space left on device)")

    monkeypatch.setattr(corpus_runner, "run", full)
    (tmp_path / "a.txt").write_text("Mayor Ada Roos said the tunnel opens in May.")
    result = runner.invoke(app, ["run", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.duckdb")])
    assert result.exit_code == 1
    assert "E400 c.duckdb: cannot write the store (No space left on device)" in result.output


def test_cli_corpus_run_max_memory_makes_a_document_too_big_for_a_worker_an_e303_record(tmp_path):
    import json

    ferry = "Mayor Ada Roos said the ferry would run again in May, and the council agreed. "
    records = [
        {"id": "small-1", "text": ferry},
        {"id": "big", "text": ferry * 3000},
        {"id": "small-2", "text": ferry},
    ]
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "c.duckdb"
    result = runner.invoke(
        app, ["run", str(source), "--db", str(db), "--workers", "1", "--max-memory", "320"]
    )
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        errors = store.con.execute("SELECT document_id, code FROM errors").fetchall()
        quoted = store.con.execute("SELECT DISTINCT document_id FROM quotes ORDER BY 1").fetchall()
    assert errors == [("big", "E303")]
    assert quoted == [("small-1",), ("small-2",)]


def test_cli_corpus_run_with_nothing_new_says_so_instead_of_a_zero_rate(tmp_path):
    db = stored(tmp_path)
    source = tmp_path / "again.jsonl"
    source.write_text('{"id": "a", "text": "Mayor Ada Roos spoke."}\n{"id": "b", "text": "She left."}\n')
    result = runner.invoke(app, ["run", str(source), "--db", str(db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Nothing new to analyse. Skipped 2 already stored." in result.output
    assert "docs/s" not in result.output


def test_cli_corpus_run_over_a_folder_without_documents_says_it_found_none(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(
        app, ["run", str(tmp_path / "empty"), "--db", str(tmp_path / "c.duckdb")], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "No documents in the inputs" in result.output
