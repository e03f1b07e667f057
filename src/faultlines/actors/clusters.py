"""An actor's mentions gathered in one cluster, and the clusters of one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.actors.lexicon import key
from faultlines.actors.mention import surname

if TYPE_CHECKING:
    from spacy.tokens import Span

    from faultlines.actors.gazetteer import Entry
    from faultlines.actors.mention import Mention

# How many sentences back a pronoun or a title-only mention looks for its person.
WINDOW = 6


@dataclass(slots=True, eq=False)  # one cluster per actor: compared by identity
class Cluster:
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    gender: str | None = None
    entry: Entry | None = None
    roles: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    # Named only by a description ("the senator"): the same words in two articles are two actors.
    described: bool = False
    # The gender the text states (an honorific, a gendered role noun, a coreferring pronoun), unlike
    # ``gender``, which a given name may also suggest for linking pronouns.
    stated: str | None = None
    # The name last asked for its surname, and that surname: each mention compares its surname with
    # every person's, and a name changes seldom (``absorb``).
    _surname: tuple[str | None, str] = field(default=(None, ""), repr=False)

    @property
    def surname(self) -> str:
        if self._surname[0] is not self.name:
            self._surname = (self.name, surname(self.name))
        return self._surname[1]

    def sector_in(self, year: int | None) -> str | None:
        """The sector in ``year``: the gazetteer's, dated by the roles it lists, where it gives one;
        else the one the text coded."""
        entry = self.entry
        return entry.sector_in(year) if entry is not None and entry.sector else self.sector

    def absorb(self, mention: Mention) -> None:
        self.spans.append(mention.span)
        if len(mention.name) > len(self.name) and self.entry is None and mention.kind == self.kind:
            self.name = mention.name
        self.country = self.country or mention.country
        self.sector = self.sector or mention.sector
        self.gender = self.gender or mention.gender
        self.entry = self.entry or mention.entry


@dataclass(slots=True)
class Clusters:
    """The clusters of one document and where each token-level mention points."""

    items: list[Cluster] = field(default_factory=list)
    # first token index of a mention -> its cluster; lets the speaker stage look spans up.
    at: dict[int, Cluster] = field(default_factory=dict)
    # token index -> sentence number, and the tokens inside quotation marks.
    sent_of: list[int] = field(default_factory=list)
    quoted: dict[int, int] = field(default_factory=dict)
    # The article's year, when known: which of the gazetteer's dated roles were held then.
    year: int | None = None

    def add(self, cluster: Cluster, span: Span) -> None:
        if cluster not in self.items:
            self.items.append(cluster)
        for i in range(span.start, span.end):
            self.at.setdefault(i, cluster)

    def named(self, name: str) -> Cluster | None:
        """The actor other than a country that the document already calls ``name``: a speaker's
        name NER missed once ("RT", tagged a body elsewhere) is that actor, whatever its kind."""
        wanted = key(name)
        return next((c for c in self.items if c.kind != "country" and key(c.name) == wanted), None)

    def persons(self) -> list[Cluster]:
        return [c for c in self.items if c.kind == "person"]

    def within(self, span: Span) -> list[Cluster]:
        """Clusters with a mention inside ``span``, in text order."""
        seen: list[Cluster] = []
        for i in range(span.start, span.end):
            c = self.at.get(i)
            if c is not None and c not in seen:
                seen.append(c)
        return seen
