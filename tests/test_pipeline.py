import json
import time
from importlib import resources

import jsonschema

from faultlines import pipeline
from faultlines.model import Article, ErrorEntry, Topic

SCHEMA = json.loads(resources.files("faultlines").joinpath("analysis.schema.json").read_text())

STORY = (
    "Harbour Minister Tilda Marsh said the new pier would open in June. "
    "“We are ready,” she told reporters. "
    "“The money is there.”"
)


def spans_of(record: dict) -> list[dict]:
    """Every span object anywhere in an output record."""
    found = []

    def walk(x):
        if isinstance(x, dict):
            if {"start", "end", "text"} <= x.keys():
                found.append(x)
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk({k: v for k, v in record.items() if k != "text"})
    return found


def test_pipeline_analyze_accepts_a_plain_string(nlp):
    analysis = pipeline.analyze(STORY)
    assert analysis.id == "text"
    assert analysis.text == STORY
    assert not analysis.errors


def test_pipeline_output_is_valid_and_every_span_matches_the_text(nlp):
    record = pipeline.analyze(Article(id="pier", text=STORY)).to_dict()
    jsonschema.validate(record, SCHEMA)
    for span in spans_of(record):
        assert STORY[span["start"] : span["end"]] == span["text"]


def test_pipeline_keeps_order_and_reports_bad_records_without_losing_good_ones(nlp):
    articles = [
        Article(id="good-1", text=STORY),
        Article(id="empty", text="   \n"),
        Article(id="broken", text="", errors=[ErrorEntry("E101", "broken: invalid JSON")]),
        Article(id="huge", text="word " * 250_001),
        Article(id="good-2", text="The council met on Monday."),
    ]
    out = list(pipeline.analyze_many(articles))
    assert [a.id for a in out] == ["good-1", "empty", "broken", "huge", "good-2"]
    assert [e.code for e in out[1].errors] == ["E103"]
    assert [e.code for e in out[2].errors] == ["E101"]
    assert [e.code for e in out[3].errors] == ["E105"]
    assert not out[0].errors and not out[4].errors


def test_pipeline_stage_failure_is_recorded_and_the_run_goes_on(nlp, monkeypatch):
    def explode(analysis, doc):
        if analysis.id == "bad":
            raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "STAGES", (("quotes", explode),))
    out = list(pipeline.analyze_many([Article("bad", "One."), Article("fine", "Two.")]))
    assert out[0].errors[0].code == "E300"
    assert out[0].errors[0].message == "bad: quotes stage failed: RuntimeError: boom"
    assert out[1].errors == []


def test_pipeline_timings_cover_parse_and_every_stage(nlp):
    timings: dict[str, float] = {}
    list(pipeline.analyze_many([Article("t", STORY)], timings=timings))
    assert set(timings) == {"parse"} | {name for name, _ in pipeline.STAGES}
    assert all(seconds >= 0 for seconds in timings.values())


def test_pipeline_two_threads_share_one_loaded_model_safely(nlp):
    """The web server's worker and another caller analyse at once: neither may free the other's strings."""
    from concurrent.futures import ThreadPoolExecutor

    def run(thread: int) -> list[str]:
        texts = [
            f'"The Zorvex{thread}x{n} quarry must close," Mayor Ulla Brandvik{thread}y{n} said.'
            for n in range(15)
        ]
        out = []
        for text in texts:
            result = pipeline.analyze(text)
            assert not result.errors, result.errors
            out.append(result.quotes[0].contents[0].text)
        return out

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, (1, 2)))
    assert results[0][3] == "The Zorvex1x3 quarry must close"
    assert results[1][14] == "The Zorvex2x14 quarry must close"


def test_pipeline_a_text_that_is_not_valid_unicode_is_an_error_and_its_batch_goes_on(nlp):
    # A lone surrogate (a Python caller's string) made spaCy raise and lose every document of the batch.
    good = Article(id="good", text="Mayor Ada Brook said the tunnel opens in June.")
    bad = Article(id="bad", text="Mayor Ada Brook said \ud800 no.")
    analyses = list(pipeline.analyze_many([bad, good]))
    assert [[e.code for e in a.errors] for a in analyses] == [["E104"], []]
    assert "offset 21" in analyses[0].errors[0].message


class FailsOnOne:
    """The real pipeline, except that it raises on any text holding "BOOM", as spaCy's pipe stops."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp

    def __call__(self, text: str):
        if "BOOM" in text:
            raise ValueError("no parse")
        return self.nlp(text)

    def pipe(self, texts, batch_size: int):
        for text in texts:
            yield self(text)

    def memory_zone(self):
        return self.nlp.memory_zone()


def test_pipeline_a_document_spacy_fails_on_is_an_error_and_the_others_are_analysed(nlp):
    texts = ["Mayor Ada Brook said the tunnel opens.", "BOOM said Ada.", "Ben Ito said fares fall."]
    chunk = [Article(id=f"d{n}", text=text) for n, text in enumerate(texts)]
    analyses = list(pipeline._analyze_chunk(chunk, FailsOnOne(nlp), 2, None))
    assert [[e.code for e in a.errors] for a in analyses] == [[], ["E300"], []]
    assert analyses[0].quotes and analyses[2].quotes


class SlowOnOne(FailsOnOne):
    """The real pipeline, except that a text holding "SLOW" takes seconds, and that a batch is parsed
    whole when its first document is asked for, as spaCy's pipe does."""

    def __call__(self, text: str):
        if "SLOW" in text:
            time.sleep(5)
        return self.nlp(text)

    def pipe(self, texts, batch_size: int):
        yield from [self(text) for text in texts]


def test_pipeline_a_parse_over_the_time_limit_is_an_e301_record_and_its_batch_is_analysed(nlp):
    texts = ["Mayor Ada Brook said the tunnel opens.", "SLOW said Ada.", "Ben Ito said fares fall."]
    chunk = [Article(id=f"d{n}", text=text, outlet="Velmora Post") for n, text in enumerate(texts)]
    analyses = list(pipeline._analyze_chunk(chunk, SlowOnOne(nlp), 8, None, time_limit=1))
    assert [[e.code for e in a.errors] for a in analyses] == [[], ["E301"], []]
    assert analyses[1].errors[0].message == "d1: not analysed within the time limit of 1 s"
    assert analyses[1].outlet == "Velmora Post" and analyses[1].text == texts[1]
    assert analyses[0].quotes and analyses[2].quotes


def test_pipeline_a_stage_over_the_time_limit_is_an_e301_record_without_half_made_layers(nlp, monkeypatch):
    def stalls_on_one(analysis, doc):
        analysis.topics.append(Topic("t1", "the tunnel"))
        if analysis.id == "slow":
            time.sleep(5)

    monkeypatch.setattr(pipeline, "STAGES", (("quotes", stalls_on_one),))
    articles = [Article("before", "One."), Article("slow", "Two."), Article("after", "Three.")]
    before, slow, after = pipeline.analyze_many(articles, time_limit=1)
    assert [e.code for e in slow.errors] == ["E301"] and not slow.topics
    assert not before.errors and before.topics and not after.errors and after.topics


def test_pipeline_without_a_time_limit_a_slow_document_is_analysed(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "STAGES", (("quotes", lambda analysis, doc: time.sleep(0.2)),))
    (analysis,) = pipeline.analyze_many([Article("slow", "Two.")])
    assert not analysis.errors


def test_pipeline_the_text_the_stages_read_is_the_docs_own(nlp, monkeypatch):
    from faultlines import views

    seen = []
    monkeypatch.setattr(pipeline, "STAGES", (("probe", lambda analysis, doc: seen.append(views.text(doc))),))
    text = "Ona Vell  spoke.\r\n\r\n\u201cWe wait,\u201d she said.\t" + "=" * 300 + " done \n"
    pipeline.analyze(text)
    parsed = nlp(text)
    assert seen == [parsed.text] == [text]


def test_pipeline_analyze_many_on_workers_gives_what_one_process_gives_with_the_users_actors(nlp, tmp_path):
    from faultlines.actors import use_gazetteer

    actors = tmp_path / "actors.csv"
    actors.write_text(
        "id,name,kind,country,sector,gender,aliases,roles\n"
        "tilda-marsh,Tilda Marsh,person,NZL,GOV,f,Marsh,Harbour Minister@2020-\n",
        encoding="utf-8",
    )
    use_gazetteer(actors)
    articles = [Article(id=f"pier-{n}", text=STORY) for n in range(12)]
    articles[3] = Article(id="empty", text="")
    pooled = [a.to_dict() for a in pipeline.analyze_many(articles, workers=2)]
    assert pooled == [a.to_dict() for a in pipeline.analyze_many(articles)]
    assert [a["id"] for a in pooled] == [a.id for a in articles]
    assert pooled[3]["errors"][0]["code"] == "E103"
    marsh = next(a for a in pooled[0]["actors"] if a["id"] == "tilda-marsh")
    assert marsh["country"] == "NZL"


def test_pipeline_timings_are_not_kept_with_workers(nlp):
    import pytest

    with pytest.raises(ValueError, match="timings"):
        pipeline.analyze_many([Article(id="a", text=STORY)], timings={}, workers=2)


def test_pipeline_a_missing_model_with_workers_is_one_error_at_the_call():
    import pytest

    from faultlines.errors import ModelNotFound

    with pytest.raises(ModelNotFound):
        pipeline.analyze_many([Article(id="a", text=STORY)], model="no_such_pipeline", workers=2)
