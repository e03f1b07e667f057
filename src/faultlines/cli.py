"""The ``faultlines`` command: analyze, eval, disputes, bench, demo.

Heavy modules (spaCy, trafilatura, rich) load inside the commands so ``faultlines --help`` is instant.
Exit codes: 0 when at least one record was analysed, 1 when none was, 2 for usage errors.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer

from faultlines.limits import TIME_LIMIT

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from faultlines.model import Analysis, ErrorEntry

app = typer.Typer(
    name="faultlines",
    help="Who said what, about whom, and where they split: quotes, actors, PLOVER events, stances, disputes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SHARED_POLNEAR = Path("../shared/eval/polnear-dev.jsonl")


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class State:
    debug = False


ModelOption = Annotated[
    str | None, typer.Option("--model", help="Any installed spaCy pipeline (default: en_core_web_sm).")
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w", help="Worker processes for more than a few documents (default: every core).", min=1
    ),
]


def _print_version(value: bool) -> None:
    # Eager, so that `faultlines --version` alone answers before a command is asked for.
    if value:
        from faultlines import __version__

        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of unexpected errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", is_eager=True, callback=_print_version),
    ] = False,
) -> None:
    State.debug = debug


@app.command()
def analyze(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .jsonl), http(s) URLs, or - for stdin.")
    ],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    model: ModelOption = None,
    actors: Annotated[
        Path | None, typer.Option("--actors", help="CSV of your own actors, added to the gazetteer.")
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option("--time-limit", help="Seconds per document before it becomes an E301 error.", min=0.001),
    ] = TIME_LIMIT,
    workers: WorkersOption = None,
) -> None:
    """Analyse articles: one output record per input record, in input order."""
    from faultlines.engines import ordered

    _use_actors(actors)
    with _open_output(output) as out:  # before the model loads: an unwritable path fails at once
        analyses = ordered.analyses(ordered.documents(inputs), _checked_model(model), workers, time_limit)
        analysed = _write(_reported(analyses, inputs, out), fmt, out)
    raise typer.Exit(0 if analysed else 1)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (quotes, PLOVER events or stances).", exists=True)],
    pred: Annotated[
        Path | None, typer.Option("--pred", help="Score these predictions instead of analysing.", exists=True)
    ] = None,
    save: Annotated[Path | None, typer.Option("--save", help="Also write the predictions here.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as one JSON object.")] = False,
    misses: Annotated[
        bool,
        typer.Option(
            "--misses", help="Also list what was missed or wrongly reported (quotes, stances, events)."
        ),
    ] = False,
    model: ModelOption = None,
    workers: WorkersOption = None,
) -> None:
    """Analyse the gold texts and print the metrics of ../shared/eval's scorers."""
    from faultlines import evaluate as scoring
    from faultlines.engines import ordered

    golds = _read_records(str(gold))
    kinds = scoring.scorers_for(golds)
    if not kinds:
        _fail(f"{gold}: no quotes, event or stances field in its records: not a gold file", code=2)
    if pred:
        preds = _read_records(str(pred))
    else:
        analyses = ordered.analyses(scoring.articles(golds), _checked_model(model), workers)
        preds = [a.to_dict() for a in _report_errors(analyses)]
    if save:
        save.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    results = {kind: scoring.SCORERS[kind](golds, preds) for kind in kinds}
    if as_json:
        typer.echo(json.dumps(results))
        return
    for kind, metrics in results.items():
        typer.echo(f"== {kind} ({gold.name})")
        for key, value in metrics.items():
            typer.echo(f"{key:16s} {value:.3f}" if isinstance(value, float) else f"{key:16s} {value}")
        if misses:
            from faultlines.misses import report

            for line in report(kind, golds, preds):
                typer.echo(line)


@app.command()
def disputes(
    results: Annotated[
        list[str],
        typer.Argument(
            help="Output of `faultlines analyze` (jsonl or json, gzipped or not), or - for stdin."
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per dispute history.")] = False,
) -> None:
    """Disputes across a corpus: the same topic and actors merged over articles, in date order."""
    from faultlines.errors import InvalidRecord
    from faultlines.model import Analysis
    from faultlines.stances.history import merge

    try:
        analyses = [Analysis.from_dict(r) for source in results for r in _read_records(source)]
    except InvalidRecord as exc:
        _fail(f"not analysis output (run `faultlines analyze` first): {exc!s}", code=2)
    histories = merge(analyses)
    if as_json:
        for history in histories:
            typer.echo(json.dumps(history.to_dict(), ensure_ascii=False))
        return
    if not histories:
        typer.echo(f"No disputes found in {len(analyses)} records.")
        return
    from rich.console import Console

    from faultlines.report import dispute_table

    Console().print(dispute_table(histories))


@app.command()
def bench(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Articles to time (default: PolNeAR dev, else the demo set).")
    ] = None,
    rounds: Annotated[int, typer.Option(help="Timed rounds of each, interleaved.", min=1)] = 3,
    limit: Annotated[int | None, typer.Option(help="Use at most this many articles.", min=1)] = None,
    model: ModelOption = None,
) -> None:
    """Throughput of the full pipeline and of a bare spaCy parse of the same texts, side by side."""
    from faultlines import bench as bench_mod

    articles = [a for a in _bench_articles(inputs) if not a.errors][:limit]
    if not articles:
        _fail("no readable articles to time", code=1)
    result = bench_mod.run(articles, rounds=rounds, model=_checked_model(model))
    typer.echo(f"articles      {result.docs}")
    typer.echo(f"words         {result.words}")
    typer.echo(f"bare parse    {result.bare_wps:,.0f} words/s")
    typer.echo(f"faultlines    {result.full_wps:,.0f} words/s")
    typer.echo(f"ratio         {result.ratio:.2f}x the bare parse (median of {rounds} interleaved rounds)")
    typer.echo(f"CPU ratio     {result.cpu_ratio:.2f}x the bare parse's CPU time (same rounds)")
    for name, share in result.stage_shares().items():
        typer.echo(f"  {name:11s} {share:6.1%} of pipeline time")


@app.command()
def demo(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the JSONL results.")] = Path(
        "demo-output.jsonl"
    ),
    model: ModelOption = None,
) -> None:
    """Analyse the bundled sample articles, print who said what and where they split."""
    from rich.console import Console

    from faultlines import demo as demo_mod
    from faultlines.pipeline import analyze_many
    from faultlines.report import quote_table, summary

    with _open_output(output) as out:
        analyses = list(_report_errors(analyze_many(demo_mod.articles(), model=_checked_model(model))))
        _write(analyses, Format.jsonl, out)
    console = Console()
    console.print(quote_table(analyses))
    console.print(summary(analyses))
    console.print(f"Wrote {len(analyses)} records to {output}")


def _bench_articles(inputs: list[str] | None):
    from faultlines.ingest import load

    if inputs:
        return list(load(*inputs))
    if SHARED_POLNEAR.is_file():
        return list(load(str(SHARED_POLNEAR)))
    from faultlines import demo as demo_mod

    return demo_mod.articles()


def _write(analyses: Iterable[Analysis], fmt: Format, out: TextIO) -> int:
    """Write in ``fmt`` (JSONL streams); return how many records were analysed without error."""
    if fmt is Format.jsonl:
        analysed = 0
        for analysis in analyses:
            out.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
            analysed += not analysis.errors
        return analysed
    collected = list(analyses)
    if fmt is Format.json:
        records = [a.to_dict() for a in collected]
        json.dump(records[0] if len(records) == 1 else records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        from rich.console import Console

        from faultlines.report import quote_table

        Console(file=out).print(quote_table(collected))
    return sum(not a.errors for a in collected)


def _reported(analyses: Iterable[Analysis], inputs: list[str], out: TextIO) -> Iterator[Analysis]:
    """Pass analyses through, one stderr line per error; above a progress bar when stderr is a
    terminal and the records go elsewhere (a bar between JSON lines would garble both)."""
    if out.isatty() or not (console := _stderr_console()).is_terminal:
        yield from _report_errors(analyses)
        return
    from faultlines.progress import Bar

    total = _expected(inputs)
    done = errors = words = 0
    with Bar(console) as bar:
        for analysis in analyses:
            for error in analysis.errors:
                bar.note(_error_line(error))
            done, errors, words = done + 1, errors + bool(analysis.errors), words + len(analysis.text.split())
            bar.show(done, total, words, errors)
            yield analysis


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _expected(inputs: list[str]) -> int | None:
    """How many records the inputs give, as a corpus run counts them (a directory is one error
    record here); None when stdin or a URL is among them."""
    from faultlines.ingest import url
    from faultlines.ingest.corpus import count

    if any(source == "-" or url.is_url(source) for source in inputs):
        return None
    return sum(1 if Path(source).is_dir() else count([source]) for source in inputs)


def _report_errors(analyses: Iterable[Analysis]) -> Iterable[Analysis]:
    """Pass analyses through, printing one stderr line per error as each record goes by."""
    for analysis in analyses:
        for error in analysis.errors:
            typer.echo(_error_line(error), err=True)
        yield analysis


def _error_line(error: ErrorEntry) -> str:
    return f"faultlines: {error.code} {error.message}"


def _use_actors(path: Path | None) -> None:
    if path is None:
        return
    from faultlines.actors import use_gazetteer
    from faultlines.errors import InputError

    try:
        use_gazetteer(path)
    except InputError as exc:  # a bad option value is a usage error, like an unknown model
        _fail(f"{exc.code} {exc}", code=2)


def _checked_model(model: str | None) -> str | None:
    """Load the pipeline up front so a missing model is one clear usage error, not N record errors."""
    from faultlines import nlp

    nlp.load(model)
    return model


def _open_output(path: Path | None):
    """The file to write (a usage error when it cannot be opened), else stdout."""
    from contextlib import nullcontext

    if path is None:
        return nullcontext(sys.stdout)
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}", code=2)


def _read_records(source: str) -> list[dict]:
    """The JSON objects of ``source`` (a path or ``-``); one it cannot read is a usage error."""
    from faultlines.errors import FaultlinesError
    from faultlines.records import read

    try:
        return read(source)
    except FaultlinesError as exc:
        _fail(f"{exc.code} {exc}", code=2)


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"faultlines: {message}", err=True)
    raise typer.Exit(code)


def main() -> None:
    """Console entry point: expected failures become one stderr line and an exit code."""
    from faultlines.errors import FaultlinesError, ModelNotFound

    try:
        app()
    except FaultlinesError as exc:
        if State.debug:
            raise
        typer.echo(f"faultlines: {exc.code} {exc}", err=True)
        sys.exit(2 if isinstance(exc, ModelNotFound) else 1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if State.debug:
            raise
        typer.echo(
            f"faultlines: unexpected error: {type(exc).__name__}: {exc} (rerun with --debug)", err=True
        )
        sys.exit(1)


# The corpus commands (run, export, report) live in their own module and add themselves here.
from faultlines.cli_corpus import register  # noqa: E402

register(app)

# The web app (serve) lives in faultlines.web and adds itself here.
from faultlines.web.cli import register as register_web  # noqa: E402

register_web(app)
