"""Hand-built analyses for the store tests (no spaCy): two councillors split on a harbour tunnel."""

from __future__ import annotations

from faultlines.model import Actor, Analysis, Dispute, ErrorEntry, Event, Party, Quote, Ref, Stance, Topic

TEXT = "Mayor Ada Roos backs the harbour tunnel. Councillor Ben Ito opposes the harbour tunnel."


def analysis(
    doc_id: str, published: str | None = "2026-03-02", outlet: str | None = "Harbour Post"
) -> Analysis:
    a = Analysis(
        id=doc_id, text=TEXT, published=published, outlet=outlet, url=f"https://example.org/{doc_id}"
    )
    a.actors = [
        Actor("ada-roos", "Ada Roos", "person", "NOR", "GOV", ["Mayor"], [a.span(6, 14)]),
        Actor("ben-ito", "Ben Ito", "person", None, "GOV", ["Councillor"], [a.span(52, 59)]),
    ]
    a.quotes = [
        Quote(
            "q1", "indirect", [a.span(21, 39)], a.span(15, 20), [a.span(0, 14)], Ref("ada-roos", "Ada Roos")
        ),
        Quote(
            "q2", "indirect", [a.span(68, 86)], a.span(60, 67), [a.span(41, 59)], Ref("ben-ito", "Ben Ito")
        ),
    ]
    a.events = [
        Event(
            "e1",
            "SUPPORT",
            a.span(15, 20),
            source=Party("ada-roos", "NOR", "GOV"),
            target=Party("ben-ito"),
            intensity=2.0,
        )
    ]
    a.topics = [Topic("t1", "the harbour tunnel")]
    a.stances = [Stance("ada-roos", "t1", 1, ["q1"]), Stance("ben-ito", "t1", -1, ["q2"])]
    a.disputes = [Dispute("t1", [["ada-roos"], ["ben-ito"]], ["q1", "q2"])]
    return a


def failed(doc_id: str) -> Analysis:
    return Analysis(id=doc_id, text="", errors=[ErrorEntry("E103", f"{doc_id}: the document has no text")])
