"""The JSON API over a store of the demo articles (FastAPI's TestClient)."""

from __future__ import annotations


def test_api_documents_are_paged_and_filtered(client):
    first = client.get("/api/documents", params={"limit": 5}).json()
    assert first["total"] == 13 and len(first["items"]) == 5
    rest = client.get("/api/documents", params={"limit": 5, "offset": 10}).json()
    assert len(rest["items"]) == 3
    ledger = client.get("/api/documents", params={"outlet": "The Harbour Ledger"}).json()
    assert [d["id"] for d in ledger["items"]] == ["demo-01-velsbury-dock-strike"]
    spring = client.get("/api/documents", params={"from": "2025-04-01", "to": "2025-04-30"}).json()
    assert {d["date"] for d in spring["items"]} <= {"2025-04-08", "2025-04-24"} and spring["total"] == 2
    assert client.get("/api/documents", params={"text": "reservoir"}).json()["total"] >= 1


def test_api_document_has_every_layer_or_404(client):
    doc = client.get("/api/documents/demo-01-velsbury-dock-strike").json()
    assert doc["title"].startswith("Dock strike")
    assert {q["speaker"] for q in doc["quotes"]} >= {"Ines Darrow"}
    assert doc["actors"] and doc["disputes"] and doc["stances"]
    missing = client.get("/api/documents/no-such-document")
    assert missing.status_code == 404 and "no-such-document" in missing.json()["detail"]


def test_api_actors_list_and_one_actor(client):
    actors = client.get("/api/actors", params={"name": "darrow"}).json()
    assert [a["id"] for a in actors["items"]] == ["ines-darrow"]
    actor = client.get("/api/actors/ines-darrow").json()
    assert actor["name"] == "Ines Darrow" and actor["quotes_total"] >= 3
    assert actor["quotes_by_week"] and actor["stances"]
    assert client.get("/api/actors/nobody-at-all").status_code == 404


def test_api_quotes_filter_by_speaker_words_kind_and_date(client):
    by_name = client.get("/api/quotes", params={"speaker": "Ines Darrow"}).json()
    by_id = client.get("/api/quotes", params={"speaker": "ines-darrow"}).json()
    assert by_name["total"] == by_id["total"] >= 3
    direct = client.get("/api/quotes", params={"speaker": "ines-darrow", "kind": "direct"}).json()
    assert direct["items"] and all(q["kind"] == "direct" for q in direct["items"])
    assert client.get("/api/quotes", params={"q": "night-shift"}).json()["total"] >= 1
    assert client.get("/api/quotes", params={"from": "2030-01-01"}).json()["total"] == 0
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422


def test_api_disputes_carry_sides_and_evidence_quotes(client):
    disputes = client.get("/api/disputes").json()
    strike = next(d for d in disputes if "ines-darrow" in d["side_a"] + d["side_b"])
    assert "tomas-brenner" in strike["side_a"] + strike["side_b"]
    assert {q["speaker_id"] for q in strike["evidence"]} >= {"ines-darrow"}


def test_api_events_filter_by_type(client):
    events = client.get("/api/events").json()
    assert events["total"] > 0
    kind = events["items"][0]["type"]
    only = client.get("/api/events", params={"type": kind}).json()
    assert only["items"] and {e["type"] for e in only["items"]} == {kind}


def test_api_analyze_returns_the_interchange_record(client):
    text = '"The tunnel opens in June," Mayor Ada Brook said. Councillor Rui Sato said the tunnel should not open.'
    record = client.post("/api/analyze", json={"text": text, "id": "t1"}).json()
    assert record["schema"] == "faultlines/1" and record["id"] == "t1"
    assert "Ada Brook" in {q["speaker"]["name"] for q in record["quotes"] if q["speaker"]}


def test_api_analyze_refuses_big_bodies_urls_and_ambiguous_input(client):
    assert client.post("/api/analyze", json={"text": "x" * 60_000}).status_code == 413
    refused = client.post("/api/analyze", json={"url": "https://example.org/story"})
    assert refused.status_code == 403 and "--allow-fetch" in refused.json()["detail"]
    assert client.post("/api/analyze", json={"text": "a", "html": "<p>b</p>"}).status_code == 422


def test_api_analyze_answers_504_past_the_time_limit(demo_store):
    from fastapi.testclient import TestClient

    from faultlines.web.app import Settings, create_app

    slow = create_app(Settings(demo_store, warm=False, time_limit=0.000001))
    with TestClient(slow) as client:
        answer = client.post("/api/analyze", json={"text": "Mayor Ada Brook said the tunnel opens in June."})
    assert answer.status_code == 504 and "longer than" in answer.json()["detail"]


def test_api_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/analyze", "/api/documents", "/api/documents/{doc_id}", "/api/actors",
                 "/api/actors/{actor_id}", "/api/quotes", "/api/disputes", "/api/events"):  # fmt: skip
        assert path in paths


def test_api_analyze_reads_an_html_page(client):
    body = "".join(
        f"<p>“The ferry will run again in May,” Mayor Lena Ostrova said on day {n} of the works.</p>"
        for n in range(4)
    )
    html = f"<html><head><title>Ferry returns</title></head><body><article>{body}</article></body></html>"
    record = client.post("/api/analyze", json={"html": html}).json()
    assert "ferry will run again" in record["text"]
    assert "Lena Ostrova" in {q["speaker"]["name"] for q in record["quotes"] if q["speaker"]}


def test_api_analyze_with_allow_fetch_still_refuses_local_addresses(demo_store):
    from fastapi.testclient import TestClient

    from faultlines.web.app import Settings, create_app

    with TestClient(create_app(Settings(demo_store, warm=False, allow_fetch=True))) as client:
        record = client.post("/api/analyze", json={"url": "http://127.0.0.1:9/private"}).json()
    assert [e["code"] for e in record["errors"]] == ["E106"]


def test_api_analyze_hostile_bodies_get_answers_never_a_server_error(client):
    # A lone surrogate escape in the JSON (no encoder accepts it) was a 500.
    lone = client.post(
        "/api/analyze",
        content=b'{"text": "Mayor Ada Brook said \\ud800 the tunnel opens."}',
        headers={"content-type": "application/json"},
    )
    assert lone.status_code == 200 and "\ufffd" in lone.json()["text"]
    deep = client.post(
        "/api/analyze", content=b"[" * 10_000 + b"]" * 10_000, headers={"content-type": "application/json"}
    )
    assert deep.status_code in (400, 422)
    french = "Le maire a déclaré mardi que le tunnel serait ouvert au mois de juin, et les habitants " * 3
    assert [e["code"] for e in client.post("/api/analyze", json={"text": french}).json()["errors"]] == [
        "E108"
    ]
