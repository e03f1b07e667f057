import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from faultlines.cli import app

SCHEMA = json.loads(resources.files("faultlines").joinpath("analysis.schema.json").read_text())
FAULTLINES = Path(sys.executable).with_name("faultlines")

STORY = "“The ferry will run all winter,” Transport Minister Olga Brandt said on Friday."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dispute_record(doc_id: str, published: str) -> dict:
    from faultlines.model import Actor, Analysis, Dispute, Topic

    a = Analysis(id=doc_id, text="Roos backs the tunnel. Ito opposes the tunnel.", published=published)
    a.actors = [Actor("ada-roos", "Ada Roos", "person"), Actor("ben-ito", "Ben Ito", "person")]
    a.topics = [Topic("t1", "the tunnel")]
    a.disputes = [Dispute("t1", [["ada-roos"], ["ben-ito"]], [])]
    return a.to_dict()


def test_cli_analyze_seed_gives_one_valid_record_with_quotes(shared, tmp_path):
    """Integration: the installed command on the shared seed article."""
    done = subprocess.run(
        [str(FAULTLINES), "analyze", str(shared / "eval" / "seed.jsonl"), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.validate(record, SCHEMA)
    assert record["id"] == "seed-rafah"
    assert record["quotes"]
    for quote in record["quotes"]:
        for span in [*quote["contents"], *quote["sources"]]:
            assert record["text"][span["start"] : span["end"]] == span["text"]


def test_cli_analyze_bad_records_get_errors_and_the_run_goes_on(runner, tmp_path, nlp):
    src = write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            json.dumps({"id": "good", "text": STORY}),
            "{not json",
            json.dumps({"id": "no-text", "title": "nothing here"}),
            json.dumps({"id": "number", "text": 42}),
            json.dumps({"id": "blank", "text": "  "}),
        ],
    )
    result = runner.invoke(app, ["analyze", str(src), "--format", "jsonl"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert records[0]["id"] == "good" and not records[0]["errors"]
    assert [r["errors"][0]["code"] for r in records[1:]] == ["E101", "E102", "E102", "E103"]
    problems = result.stderr.strip().splitlines()
    assert len(problems) == 4
    assert all(line.startswith("faultlines: E10") for line in problems)
    assert "Traceback" not in result.stderr


def test_cli_analyze_exits_1_when_nothing_could_be_analysed(runner, tmp_path, nlp):
    src = write_jsonl(tmp_path / "bad.jsonl", ["{oops", json.dumps({"id": "x", "text": ""})])
    result = runner.invoke(app, ["analyze", str(src)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2


def test_cli_analyze_missing_file_is_a_record_error(runner, tmp_path, nlp):
    result = runner.invoke(app, ["analyze", str(tmp_path / "nowhere.txt")])
    record = json.loads(result.stdout)
    assert result.exit_code == 1
    assert record["id"] == str(tmp_path / "nowhere.txt")
    assert record["errors"][0]["code"] == "E100"


def test_cli_analyze_usage_errors_exit_2(runner):
    assert runner.invoke(app, ["analyze"]).exit_code == 2
    assert runner.invoke(app, ["analyze", "x.txt", "--format", "yaml"]).exit_code == 2


def test_cli_unknown_model_is_one_clear_line_and_exit_2(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    done = subprocess.run(
        [str(FAULTLINES), "analyze", str(story), "--model", "no_such_pipeline"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "faultlines: E200 spaCy pipeline 'no_such_pipeline' is not installed"


def test_cli_analyze_text_file_keeps_text_and_path_id(runner, tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(story), "--format", "json"])
    record = json.loads(result.stdout)
    assert record["id"] == str(story)
    assert record["text"] == STORY


def test_cli_analyze_table_shows_speaker_and_quote(runner, tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "table.txt"
    result = runner.invoke(app, ["analyze", str(story), "--format", "table", "-o", str(out)])
    assert result.exit_code == 0
    table = out.read_text(encoding="utf-8")
    assert "Olga Brandt" in table
    assert "ferry will run" in table


def test_cli_eval_prints_the_quote_metrics(runner, shared, nlp):
    result = runner.invoke(app, ["eval", str(shared / "eval" / "phenomena.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["quotes"]
    assert metrics["docs"] == 26
    assert 0.0 <= metrics["quote_f1"] <= 1.0


def test_cli_eval_refuses_a_file_that_is_not_gold(runner, tmp_path):
    src = write_jsonl(tmp_path / "plain.jsonl", [json.dumps({"id": "a", "text": "x"})])
    result = runner.invoke(app, ["eval", str(src)])
    assert result.exit_code == 2
    assert "not a gold file" in result.stderr


def test_cli_bench_prints_both_throughputs_and_the_ratio(runner, nlp):
    result = runner.invoke(app, ["bench", "--rounds", "1", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "bare parse" in result.stdout
    assert "ratio" in result.stdout
    assert "CPU ratio" in result.stdout
    assert "quotes" in result.stdout


def test_cli_demo_writes_one_record_per_sample_article(runner, tmp_path, nlp):
    from faultlines import demo

    out = tmp_path / "demo.jsonl"
    result = runner.invoke(app, ["demo", "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(demo.articles()) >= 10
    assert "Analysed" in result.stdout


def test_cli_analyze_actors_csv_adds_a_user_actor(runner, tmp_path, nlp):
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "id,name,kind,country,sector,gender,aliases,roles\n"
        "olga-brandt,Olga Brandt,person,NOR,GOV,f,Brandt,Transport Minister@2024-\n",
        encoding="utf-8",
    )
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(story), "--actors", str(actors), "--format", "json"])
    record = json.loads(result.stdout)
    speaker = record["quotes"][0]["speaker"]
    actor = next(a for a in record["actors"] if a["id"] == speaker["actor"])
    assert (actor["id"], actor["country"], actor["sector"]) == ("olga-brandt", "NOR", "GOV")


def test_cli_disputes_merges_the_same_dispute_across_articles(runner, tmp_path):
    records = [json.dumps(dispute_record("a", "2026-01-01")), json.dumps(dispute_record("b", "2026-01-05"))]
    results = write_jsonl(tmp_path / "out.jsonl", records)
    result = runner.invoke(app, ["disputes", str(results), "--json"])
    assert result.exit_code == 0, result.output
    (history,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["article"] for e in history["episodes"]] == ["a", "b"]
    assert history["names"] == {"ada-roos": "Ada Roos", "ben-ito": "Ben Ito"}


def test_cli_disputes_refuses_input_that_is_not_analysis_output(runner, tmp_path):
    src = write_jsonl(tmp_path / "articles.jsonl", [json.dumps({"id": "a", "text": "x"})])
    result = runner.invoke(app, ["disputes", str(src)])
    assert result.exit_code == 2
    assert "not analysis output" in result.stderr


def test_cli_version_alone_prints_the_version(runner):
    from faultlines import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == __version__


def test_cli_disputes_reads_every_format_analyze_writes(runner, tmp_path):
    import gzip

    one, two = dispute_record("a", "2026-01-01"), dispute_record("b", "2026-01-05")
    single = tmp_path / "one.json"
    single.write_text(json.dumps(one, indent=2), encoding="utf-8")  # --format json, one record
    array = tmp_path / "two.json"
    array.write_text(json.dumps([one, two], indent=2), encoding="utf-8")  # --format json, several
    packed = tmp_path / "two.jsonl.gz"
    packed.write_bytes(gzip.compress((json.dumps(one) + "\n" + json.dumps(two) + "\n").encode()))
    stdin = json.dumps(two) + "\n"
    for args, articles in (
        ([str(single), "-"], ["a", "b"]),
        ([str(array)], ["a", "b"]),
        ([str(packed)], ["a", "b"]),
    ):
        result = runner.invoke(app, ["disputes", *args, "--json"], input=stdin)
        assert result.exit_code == 0, result.output
        (history,) = [json.loads(line) for line in result.stdout.splitlines()]
        assert [e["article"] for e in history["episodes"]] == articles


def test_cli_disputes_unreadable_input_is_one_e100_line(runner, tmp_path):
    for path in (tmp_path / "missing.jsonl", tmp_path):
        result = runner.invoke(app, ["disputes", str(path)])
        assert result.exit_code == 2
        assert result.stderr.startswith(f"faultlines: E100 {path}:") and result.stderr.count("\n") == 1


def test_cli_disputes_says_so_when_there_is_none(runner, tmp_path):
    from faultlines.model import Analysis

    src = write_jsonl(tmp_path / "out.jsonl", [json.dumps(Analysis(id="a", text="Calm day.").to_dict())])
    result = runner.invoke(app, ["disputes", str(src)])
    assert result.exit_code == 0
    assert result.stdout.strip() == "No disputes found in 1 records."


def test_cli_analyze_directory_is_one_clear_error_record(runner, tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path), str(story)])
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert result.exit_code == 0
    assert first["errors"][0]["code"] == "E100" and "a directory" in first["errors"][0]["message"]
    assert not second["errors"]
    assert result.stderr.count("\n") == 1


def test_cli_analyze_table_shows_error_records(runner, tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    missing = tmp_path / "gone.txt"
    result = runner.invoke(app, ["analyze", str(story), str(missing), "--format", "table"])
    assert result.exit_code == 0
    assert "Olga Brandt" in result.stdout
    assert "E100" in result.stdout and "No such file" in " ".join(result.stdout.split())


def test_cli_analyze_bad_actors_csv_is_a_usage_error(runner, tmp_path):
    actors = tmp_path / "actors.csv"
    actors.write_text("id,name,kind\nx,Ada Roos,person\nx,Ben Ito,person\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", "-", "--actors", str(actors)], input="Hello.")
    assert result.exit_code == 2
    assert result.stderr.startswith("faultlines: E100") and "'x'" in result.stderr


def test_cli_unwritable_output_is_one_line_and_exit_2(runner, tmp_path):
    for command in (["analyze", "-"], ["demo"]):
        result = runner.invoke(app, [*command, "-o", str(tmp_path / "no" / "out.jsonl")], input="Hello.")
        assert result.exit_code == 2
        assert result.stderr.startswith("faultlines: cannot write") and result.stderr.count("\n") == 1


def test_cli_analyze_a_document_over_the_time_limit_is_an_e301_record_between_analysed_ones(
    runner, tmp_path, nlp, monkeypatch
):
    import time

    from faultlines import pipeline

    def stalls_on_one(analysis, doc):
        if analysis.id == "slow":
            time.sleep(5)

    monkeypatch.setattr(pipeline, "STAGES", (*pipeline.STAGES, ("stall", stalls_on_one)))
    lines = [json.dumps({"id": doc_id, "text": STORY}) for doc_id in ("before", "slow", "after")]
    src = write_jsonl(tmp_path / "three.jsonl", lines)
    result = runner.invoke(app, ["analyze", str(src), "--time-limit", "1"])
    assert result.exit_code == 0
    before, slow, after = (json.loads(line) for line in result.stdout.splitlines())
    assert slow["errors"] == [{"code": "E301", "message": "slow: not analysed within the time limit of 1 s"}]
    assert not slow["quotes"] and before["quotes"] and after["quotes"]
    assert "faultlines: E301 slow:" in result.stderr


def stories(path: Path, ids: list[str]) -> Path:
    return write_jsonl(path, [json.dumps({"id": doc_id, "text": STORY if doc_id else ""}) for doc_id in ids])


@pytest.fixture
def pooled(monkeypatch) -> list[int]:
    """Inputs of a few short stories go to the real pool of workers, as a corpus of long articles
    would; the list gets the number of workers of each pool started."""
    from faultlines.engines import ordered

    started: list[int] = []
    real = ordered.analyse_in_order

    def analyse_in_order(documents, settings, workers):
        started.append(workers)
        return real(documents, settings, workers)

    monkeypatch.setattr(ordered, "POOL_CHARS", 300)
    monkeypatch.setattr(ordered, "analyse_in_order", analyse_in_order)
    return started


def test_cli_analyze_many_documents_run_on_workers_in_input_order_with_their_errors(
    runner, tmp_path, nlp, pooled
):
    ids = [f"story-{n}" for n in range(12)]
    ids[4] = ""  # no id and no text: one E103 record in its place
    src = stories(tmp_path / "many.jsonl", ids)
    on_workers = runner.invoke(app, ["analyze", str(src), "--workers", "2"])
    alone = runner.invoke(app, ["analyze", str(src), "--workers", "1"])
    assert pooled == [2]
    assert on_workers.exit_code == alone.exit_code == 0
    assert on_workers.stdout == alone.stdout
    records = [json.loads(line) for line in on_workers.stdout.splitlines()]
    assert len(records) == 12 and records[4]["errors"][0]["code"] == "E103"
    assert [r["id"] for n, r in enumerate(records) if n != 4] == [i for i in ids if i]
    assert on_workers.stderr.count("\n") == 1 and "E103" in on_workers.stderr


def test_cli_analyze_a_little_text_is_analysed_without_starting_workers(runner, tmp_path, nlp, pooled):
    from faultlines.engines import ordered

    src = stories(tmp_path / "few.jsonl", [f"story-{n}" for n in range(3)])
    assert len(STORY) * 3 < ordered.POOL_CHARS
    result = runner.invoke(app, ["analyze", str(src), "--workers", "2"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3
    assert pooled == []


def test_cli_analyze_actors_csv_reaches_the_workers(runner, tmp_path, nlp, pooled):
    actors = tmp_path / "actors.csv"
    actors.write_text(
        "id,name,kind,country,sector,gender,aliases,roles\n"
        "olga-brandt,Olga Brandt,person,NOR,GOV,f,Brandt,Transport Minister@2024-\n",
        encoding="utf-8",
    )
    src = stories(tmp_path / "many.jsonl", [f"story-{n}" for n in range(10)])
    result = runner.invoke(app, ["analyze", str(src), "--actors", str(actors), "--workers", "2"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert pooled == [2] and len(records) == 10
    assert all(record["quotes"][0]["speaker"]["actor"] == "olga-brandt" for record in records)


def test_cli_eval_on_workers_gives_the_metrics_of_one_process(runner, shared, tmp_path, nlp, pooled):
    (seed,) = [json.loads(line) for line in (shared / "eval" / "seed.jsonl").read_text().splitlines()]
    gold = write_jsonl(tmp_path / "gold.jsonl", [json.dumps({**seed, "id": f"seed-{n}"}) for n in range(9)])
    on_workers = runner.invoke(app, ["eval", str(gold), "--json", "--workers", "2"])
    alone = runner.invoke(app, ["eval", str(gold), "--json", "--workers", "1"])
    assert pooled == [2]
    assert on_workers.exit_code == alone.exit_code == 0, on_workers.output
    assert json.loads(on_workers.stdout) == json.loads(alone.stdout)
    assert json.loads(on_workers.stdout)["quotes"]["quote_f1"] > 0


def test_cli_analyze_into_a_file_shows_progress_on_a_terminal_with_error_lines_above(
    runner, tmp_path, nlp, monkeypatch
):
    from io import StringIO

    from rich.console import Console

    from faultlines import cli

    screen = StringIO()
    monkeypatch.setattr(
        cli,
        "_stderr_console",
        lambda: Console(file=screen, force_terminal=True, width=120, color_system=None),
    )
    src = stories(tmp_path / "three.jsonl", ["story-0", "", "story-2"])
    result = runner.invoke(app, ["analyze", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    shown = screen.getvalue()
    assert "3/3" in shown and "1 errors" in shown
    assert "faultlines: E103" in shown and result.stderr == ""
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 3


def test_cli_analyze_to_the_terminal_shows_no_progress_bar(monkeypatch):
    from io import StringIO

    from rich.console import Console

    from faultlines import cli
    from faultlines.model import Analysis

    class Terminal(StringIO):
        def isatty(self) -> bool:
            return True

    screen = StringIO()
    monkeypatch.setattr(
        cli,
        "_stderr_console",
        lambda: Console(file=screen, force_terminal=True, width=120, color_system=None),
    )
    analyses = [Analysis(id="a", text="Calm day."), Analysis(id="b", text="Calm night.")]
    assert list(cli._reported(analyses, ["a.txt", "b.txt"], Terminal())) == analyses
    assert screen.getvalue() == ""
