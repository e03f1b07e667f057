"""An Analysis as rows of the store's tables (plain tuples, cheap to send between processes)."""

from __future__ import annotations

from datetime import date

from faultlines.model import Analysis, Party, Topic

Rows = dict[str, list[tuple]]


def rows(analysis: Analysis) -> Rows:
    """Every row one document adds, by table, in the column order of schema.TABLES."""
    doc = analysis.id
    day = _date(analysis.published)
    return {
        "documents": [
            (
                doc,
                analysis.title,
                analysis.url,
                analysis.outlet,
                analysis.published,
                day,
                day.strftime("%Y-%m") if day else None,
                analysis.author,
                len(analysis.text.split()),
                len(analysis.errors),
                analysis.text,
            )
        ],
        "quotes": [
            (
                doc,
                q.id,
                q.kind,
                q.text,
                q.cue.text if q.cue else None,
                q.sources[0].text if q.sources else None,
                q.speaker.actor if q.speaker else None,
                q.speaker_name,
                q.addressee.actor if q.addressee else None,
                q.addressee.name if q.addressee and q.addressee.name else None,
                q.confidence,
                min(s.start for s in q.contents) if q.contents else None,
                max(s.end for s in q.contents) if q.contents else None,
                q.cue.start if q.cue else None,
                q.cue.end if q.cue else None,
                q.sources[0].start if q.sources else None,
                q.sources[0].end if q.sources else None,
            )
            for q in analysis.quotes
        ],
        "actors": [
            (
                doc,
                a.id,
                a.name,
                a.kind,
                a.country,
                a.sector,
                a.gender,
                a.roles[0] if a.roles else None,
                list(a.roles),
                len(a.mentions),
            )
            for a in analysis.actors
        ],
        "mentions": [(doc, a.id, m.start, m.end, m.text) for a in analysis.actors for m in a.mentions],
        "events": [
            (
                doc,
                e.id,
                e.type,
                e.mode,
                *_party(e.source),
                *_party(e.target),
                e.negated,
                e.tense,
                e.intensity,
                e.evidence.text,
                e.evidence.start,
                e.evidence.end,
            )
            for e in analysis.events
        ],
        "stances": [(doc, s.actor, s.topic, s.polarity, list(s.quotes)) for s in analysis.stances],
        "topics": [(doc, t.id, t.label, topic_key(t)) for t in analysis.topics],
        "disputes": [
            (doc, d.topic, [list(side) for side in d.sides], list(d.evidence)) for d in analysis.disputes
        ],
        "errors": [(doc, e.code, e.message) for e in analysis.errors],
    }


def topic_key(topic: Topic) -> str:
    """The topic's content-word key, computed from the label as stances/topics.py keys topics when a
    record read back from older output has none, so topics merge across documents the same way."""
    from faultlines.stances.keys import topic_key as key_of

    return topic.key or key_of(topic.label)


def _party(party: Party | None) -> tuple[str | None, str | None, str | None]:
    return (party.actor, party.country, party.sector) if party else (None, None, None)


def _date(published: str | None) -> date | None:
    """The publication day of an ISO date or timestamp ("2024-03-22", "2024-03-22T10:00:00Z")."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None
