"""The data model and its JSON form: the interchange format of DESIGN.md, schema ``faultlines/1``.

Every layer is a plain dataclass; ``Analysis.to_dict``/``Analysis.from_dict`` are the only places
that know the JSON shape, and ``analysis.schema.json`` beside this module describes the same shape for others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from faultlines.errors import InvalidRecord, Messages

SCHEMA = "faultlines/1"

QuoteKind = Literal["direct", "indirect", "mixed"]
ActorKind = Literal["person", "organisation", "country", "group"]
Gender = Literal["female", "male"]
Tense = Literal["past", "present", "future", "hypothetical"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range of the article text; ``text`` is always ``article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(slots=True)
class Ref:
    """A pointer to an actor of the same analysis, with its display name."""

    actor: str | None
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "name": self.name}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Ref | None:
        return cls(d.get("actor"), d.get("name") or "") if d else None


@dataclass(slots=True)
class Quote:
    id: str
    kind: QuoteKind
    contents: list[Span]
    cue: Span | None = None
    sources: list[Span] = field(default_factory=list)
    speaker: Ref | None = None
    addressee: Ref | None = None
    confidence: float = 0.5
    # Id of the quote whose speaker this one takes (a continuation paragraph, a headline quote), and
    # the phrase a cue's object names as the one spoken to ("told reporters"): links the quotes stage
    # leaves for the actors stage, which alone sets ``speaker`` and ``addressee``; not part of the
    # interchange format.
    inherits: str | None = None
    addressed: Span | None = None

    @property
    def text(self) -> str:
        """The quoted words; the parts of a quote split by its cue are joined with " … "."""
        return " … ".join(span.text for span in self.contents)

    @property
    def speaker_name(self) -> str | None:
        """The resolved speaker's name, or None when the text gives no source or it names no one known."""
        return self.speaker.name if self.speaker and self.speaker.name else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "contents": [s.to_dict() for s in self.contents],
            "cue": self.cue.to_dict() if self.cue else None,
            "sources": [s.to_dict() for s in self.sources],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quote:
        return cls(
            id=d["id"],
            kind=d["kind"],
            contents=[Span.from_dict(s) for s in d["contents"]],
            cue=Span.from_dict(d["cue"]) if d.get("cue") else None,
            sources=[Span.from_dict(s) for s in d.get("sources") or []],
            speaker=Ref.from_dict(d.get("speaker")),
            addressee=Ref.from_dict(d.get("addressee")),
            confidence=float(d.get("confidence", 0.5)),
        )


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    # "female" or "male" only where the text says so (an honorific, a coreferring pronoun), else None.
    gender: Gender | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "roles": list(self.roles),
            "gender": self.gender,
            "mentions": [s.to_dict() for s in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d["kind"],
            country=d.get("country"),
            sector=d.get("sector"),
            roles=list(d.get("roles") or []),
            mentions=[Span.from_dict(s) for s in d.get("mentions") or []],
            gender=d.get("gender"),
        )


@dataclass(slots=True)
class Party:
    """The source or target of an event: an actor of the analysis and/or its codes."""

    actor: str | None = None
    country: str | None = None
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "country": self.country, "sector": self.sector}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Party | None:
        return cls(d.get("actor"), d.get("country"), d.get("sector")) if d else None


@dataclass(slots=True)
class Event:
    id: str
    type: str
    evidence: Span
    mode: str | None = None
    source: Party | None = None
    target: Party | None = None
    negated: bool = False
    tense: Tense = "past"
    intensity: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "negated": self.negated,
            "tense": self.tense,
            "intensity": self.intensity,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"],
            type=d["type"],
            evidence=Span.from_dict(d["evidence"]),
            mode=d.get("mode"),
            source=Party.from_dict(d.get("source")),
            target=Party.from_dict(d.get("target")),
            negated=bool(d.get("negated", False)),
            tense=d.get("tense", "past"),
            intensity=d.get("intensity"),
        )


@dataclass(slots=True)
class Topic:
    id: str
    label: str
    mentions: list[Span] = field(default_factory=list)
    # The normalised content words of the label, sorted: one key for one topic across documents.
    key: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "key": self.key,
            "mentions": [s.to_dict() for s in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Topic:
        return cls(
            d["id"], d["label"], [Span.from_dict(s) for s in d.get("mentions") or []], d.get("key") or ""
        )


@dataclass(slots=True)
class Stance:
    actor: str
    topic: str
    polarity: int
    quotes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "topic": self.topic,
            "polarity": self.polarity,
            "quotes": list(self.quotes),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stance:
        return cls(d["actor"], d["topic"], int(d["polarity"]), list(d.get("quotes") or []))


@dataclass(slots=True)
class Dispute:
    topic: str
    sides: list[list[str]]
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "sides": [list(s) for s in self.sides], "evidence": list(self.evidence)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Dispute:
        return cls(d["topic"], [list(s) for s in d["sides"]], list(d.get("evidence") or []))


@dataclass(frozen=True, slots=True)
class ErrorEntry:
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


# The article's metadata, in the order the interchange format lists it after ``id`` and ``text``.
METADATA = ("title", "url", "outlet", "published", "author")


@dataclass(slots=True)
class Article:
    """One input document after ingest: the text every offset refers to, plus its metadata."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    errors: list[ErrorEntry] = field(default_factory=list)


@dataclass(slots=True)
class Analysis(Article):
    """An article and everything faultlines knows about it; each pipeline stage fills its own layer."""

    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article) -> Analysis:
        meta = {key: getattr(article, key) for key in METADATA}
        return cls(id=article.id, text=article.text, errors=list(article.errors), **meta)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "id": self.id,
            "text": self.text,
            **{key: getattr(self, key) for key in METADATA},
            "quotes": [q.to_dict() for q in self.quotes],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "stances": [s.to_dict() for s in self.stances],
            "topics": [t.to_dict() for t in self.topics],
            "disputes": [d.to_dict() for d in self.disputes],
            "errors": [e.to_dict() for e in self.errors],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        """The Analysis a record of ``to_dict`` holds; InvalidRecord (E101) for anything else."""
        if not isinstance(d, dict) or d.get("schema") != SCHEMA:
            found = d.get("schema") if isinstance(d, dict) else None
            raise InvalidRecord(Messages.NOT_ANALYSIS.format(schema=SCHEMA, found=found))
        try:
            return cls._from_record(d)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidRecord(Messages.BAD_ANALYSIS.format(kind=type(exc).__name__, error=exc)) from exc

    @classmethod
    def _from_record(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            id=d["id"],
            text=d["text"],
            **{key: d.get(key) for key in METADATA},
            quotes=[Quote.from_dict(q) for q in d.get("quotes") or []],
            actors=[Actor.from_dict(a) for a in d.get("actors") or []],
            events=[Event.from_dict(e) for e in d.get("events") or []],
            stances=[Stance.from_dict(s) for s in d.get("stances") or []],
            topics=[Topic.from_dict(t) for t in d.get("topics") or []],
            disputes=[Dispute.from_dict(x) for x in d.get("disputes") or []],
            errors=[ErrorEntry(e["code"], e["message"]) for e in d.get("errors") or []],
        )
