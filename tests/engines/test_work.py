from faultlines.engines import work
from faultlines.ingest.corpus import Task
from faultlines.model import Article
from faultlines.pipeline import analyze

TEXT = (
    '"We will reopen the bridge in May," Mayor Ana Ruiz said. Councillor Tom Berg said it would be a mistake.'
)


def test_work_a_document_is_analysed_as_analyze_does(nlp):
    got = work.analyses([Task("a", "record", {"id": "a", "text": TEXT})], None, 60)[0]
    assert got.to_dict() == analyze(Article(id="a", text=TEXT)).to_dict()


def test_work_a_document_over_the_time_limit_is_an_e301_record_and_the_next_one_goes_on(nlp):
    slow = Task("slow", "record", {"id": "slow", "text": TEXT * 200, "outlet": "Velmora Post"})
    timed_out = work.analyses([slow], None, 0.01)[0]
    assert [e.code for e in timed_out.errors] == ["E301"]
    assert timed_out.outlet == "Velmora Post" and not timed_out.quotes
    after = work.analyses([Task("b", "record", {"id": "b", "text": TEXT})], None, 60)[0]
    assert not after.errors and after.quotes


def test_work_a_failing_reader_is_an_error_record_not_a_crash(nlp):
    broken = Task("x", "file", None)  # a reader that raises on its payload
    (error,) = work.analyses([broken], None, 60)[0].errors
    assert error.code == "E300" and error.message.startswith("x: ")


def test_work_results_carry_rows_words_and_error_counts(nlp):
    work.setup(work.Settings(time_limit=60, max_memory=None))
    ready = Task("e", "ready", Article(id="e", text="", errors=[]))
    good, empty = work.process([Task("a", "record", {"id": "a", "text": TEXT}), ready])
    assert (good.id, good.words, good.errors) == ("a", len(TEXT.split()), 0)
    assert good.rows["quotes"] and good.rows["documents"][0][0] == "a"
    assert empty.errors == 1 and empty.rows["errors"][0][1] == "E103"


def test_work_the_time_limit_holds_outside_the_main_thread_too(nlp):
    from concurrent.futures import ThreadPoolExecutor

    slow = Task("slow", "record", {"id": "slow", "text": TEXT * 200})
    quick = Task("b", "record", {"id": "b", "text": TEXT})
    with ThreadPoolExecutor(1) as pool:  # as Ray Data runs a UDF
        timed_out = pool.submit(work.analyses, [slow], None, 0.01).result()[0]
        after = pool.submit(work.analyses, [quick], None, 60).result()[0]
    assert [e.code for e in timed_out.errors] == ["E301"]
    assert not after.errors and after.quotes


def test_work_a_stage_over_the_time_limit_is_an_e301_record_without_its_layers(nlp, monkeypatch):
    import time

    from faultlines import pipeline

    monkeypatch.setattr(
        pipeline, "STAGES", (*pipeline.STAGES, ("stall", lambda analysis, doc: time.sleep(5)))
    )
    timed_out = work.analyses([Task("slow", "record", {"id": "slow", "text": TEXT})], None, 1)[0]
    (error,) = timed_out.errors
    assert (error.code, error.message) == ("E301", "slow: not analysed within the time limit of 1 s")
    assert not timed_out.quotes and not timed_out.actors
