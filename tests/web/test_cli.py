"""``faultlines serve`` on the command line: clear usage errors, and no web imports for other commands."""

from __future__ import annotations

import subprocess
import sys

from typer.testing import CliRunner

from faultlines.cli import app

runner = CliRunner()


def test_cli_serve_without_a_store_says_how_to_make_one(tmp_path):
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "faultlines run" in result.output and "make demo" in result.output


def test_cli_serve_on_a_file_that_is_no_database_is_one_line(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database")
    result = runner.invoke(app, ["serve", "--db", str(junk)])
    assert result.exit_code == 2 and "cannot open" in result.output and "Traceback" not in result.output


def test_cli_serve_is_listed_and_the_web_stack_loads_only_when_serving():
    assert "serve" in runner.invoke(app, ["--help"]).output
    code = "import sys, faultlines.cli; print(sorted(m for m in ('fastapi', 'uvicorn', 'duckdb') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
