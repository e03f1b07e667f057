"""Who holds a stance expression: the speaker of the quote it sits in, or the actor that states it.

A stance inside a quote (direct, indirect or mixed) is its speaker's; when the cue has coordinated
subjects ("Both Senator A and Senator B said they support ...") each of them holds it, and one told
as another's belief in the quote ("Lee said Kim believes the city should ...") is that other's.
Outside any quote, only a verb that reports its subject's own position ("Borduria opposes the
pipeline", "Ruritania vowed to build it") or promises an action ("Ruritania will build it") has a
holder: that subject, when it is an actor (or its apposition is: "the mayor, Ada Roos, defended it");
on a letters page, what a letter says in the first person or with no one named is its writer's.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from faultlines import letters, pronouns, syntax, views
from faultlines.actors import GENDERS
from faultlines.actors.antecedents import pair_before
from faultlines.actors.lexicon import PAST, generic_bodies, given_gender
from faultlines.actors.mention import surname
from faultlines.quotes.quoted import quoted
from faultlines.stances import clauses, companions, members, nameable, plurals, reports, subjects
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import load
from faultlines.stances.polarity import LISTING
from faultlines.stances.quoted import speaks_as_it
from faultlines.stances.said_in import SaidIn
from faultlines.stances.topics import RECALL_SENTENCES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.model import Analysis, Quote


# The actors' genders ("female") by the letter the pronoun and given-name tables use ("f").
GENDER_LETTERS = {word: letter for letter, word in GENDERS.items()}
# Possessive pronouns by the subject pronoun of the same person.
OWNERS = {"its": "it", "his": "he", "her": "she", "our": "we", "my": "i", "their": "they"}
# Doers that may be the speaker of the quote around them: "we will", "she said she opposes it", and
# the first person in any case ("should not make us wait to pass X" is the speaker's wish).
SPEAKER_PRONOUNS = pronouns.FIRST_PERSON | pronouns.PERSON_SUBJECTS


# The relations of the words that may set someone beside a holder: "like Kim" (``companions.beside``),
# "joined by Kim" (``companions.joined_on``).
BESIDE_DEPS = frozenset({"prep", "acl", "advcl"})


@dataclass(frozen=True, slots=True)
class Holding:
    actors: tuple[str, ...]
    quote: str | None


class Holders:
    """Maps expressions of one document to the actors that hold them."""

    def __init__(self, analysis: Analysis, doc: Doc) -> None:
        self.doc, self.analysis = doc, analysis
        self.actor_at: dict[int, str] = {}
        self.people = {a.id for a in analysis.actors if a.kind == "person"}
        # whose "his" or "her" a person may be: as the text states it, else as the given name tells
        self.genders = {
            a.id: GENDER_LETTERS.get(a.gender or "") or given_gender(a.name.split()[0])
            for a in analysis.actors
            if a.kind == "person" and a.name
        }
        self.countries = {a.id for a in analysis.actors if a.kind == "country"}
        self.bodies = {a.id for a in analysis.actors if a.kind == "organisation"}
        self.by_kind = {"person": self.people, "country": self.countries, "organisation": self.bodies}
        # people with a full name, whom a body named after them ("the Lee campaign") is not
        self.named_people = {a.id for a in analysis.actors if a.kind == "person" and " " in a.name}
        # A person described ("the senator said she opposes it") speaks for herself; a described
        # group, body or document ("officials", "the report") holds no stance of its own.
        nameables = [a for a in analysis.actors if nameable.named(a)]  # asked once of each actor
        self.named = {a.id for a in nameables}
        tree = syntax.tree(doc)
        for actor in nameables:
            for m in actor.mentions:
                bounds = views.token_bounds(doc, m.start, m.end, "expand")
                for i in range(*bounds) if bounds is not None else ():
                    if not nameable.described(doc, tree, i, *bounds):
                        self.actor_at.setdefault(i, actor.id)
        self._sentence_starts: list[int] | None = None
        # the actors each holder token names, read once: the quotes and the expressions ask of the
        # same subjects again, and what is read (the mentions above, the parse) no longer changes
        self._actors_of: dict[int, tuple[str, ...]] = {}
        known = self.named | {a.id for a in analysis.actors if nameable.speaks_for_self(a)}
        self.said = SaidIn(doc, analysis.quotes, lambda quote, cue: self._speakers(quote, cue, known))

    @cached_property
    def surnamed(self) -> dict[str, str]:
        """Surname (``mention.surname``) -> the one person named in full with it ("clinton" ->
        Hillary Clinton where she is the only Clinton), read once, when a topic word asks."""
        full = [(surname(a.name), a.id) for a in self.analysis.actors if a.kind == "person" and " " in a.name]
        counts = Counter(name for name, _ in full)
        return {name: actor for name, actor in full if counts[name] == 1}

    @cached_property
    def bodies_by_name(self) -> dict[str, str]:
        """Whole name -> the one body or country of that name ("NATO"), read once, when a topic word
        asks."""
        named = [(a.name, a.id) for a in self.analysis.actors if a.kind != "person"]
        counts = Counter(name for name, _ in named)
        return {name: actor for name, actor in named if counts[name] == 1}

    def of(self, expr: Expression) -> Holding:
        """The actors holding ``expr`` (none when nobody can be named) and the quote that shows it."""
        found = self.said.innermost(self.doc[expr.predicate])
        if found is None and reports.claimed(self.doc[expr.predicate]):
            return Holding((), None)
        agents = self._actors(expr.agent)
        if found is None:
            return Holding(agents or self._actors(expr.committer) or self._writer(expr), None)
        quote, speakers = found
        if self._demanded(expr, quote):
            return Holding((), quote.id)
        # "Borduria opposes it, the minister said": the named subject holds it, on the speaker's word
        # (not where the speaker only reports another's report: "said the ad suggests that ...").
        if agents and not set(agents) <= set(speakers):
            if self._relayed(expr, quote):
                return Holding((), quote.id)
            return Holding(agents + self._spokesmen(agents, speakers), quote.id)
        # "they oppose it", "they'll scrap it", in someone's quote, is no stance of the speaker's.
        doer = expr.agent if expr.agent is not None else expr.committer
        believers = self._believers(expr, quote) if doer is None else None
        if believers is not None and not set(believers) <= set(speakers):
            return Holding(believers, quote.id)
        if doer is not None and not self._actors(doer) and not self._speaker_like(doer, speakers, quote):
            return Holding((), quote.id)
        # "Lee said Kim will build the dam": Kim's promise, on Lee's word ("Lee said she will" is
        # Lee's; "Vesta will build it, its mayor said" is the mayor's, who speaks for the town).
        committers = self._actors(expr.committer) if expr.agent is None else ()
        person = committers and set(committers) <= self.people and not set(committers) & set(speakers)
        if person and not self._speaker_like(expr.committer, speakers, quote):
            return Holding(() if self._relayed(expr, quote) else committers, quote.id)
        # a paper reporting a finding takes no side; whom it reports as saying so does
        cue = self.said.cues[quote.id]
        if cue is not None and reports.relays(cue):
            teller = reports.teller(self.doc[expr.predicate], cue)
            return Holding(self._actors(teller.i) if teller is not None else (), quote.id)
        return Holding(speakers, quote.id)

    def _spokesmen(self, agents: tuple[str, ...], speakers: tuple[str, ...]) -> tuple[str, ...]:
        """The speakers who state their own country's side: an official saying "the United States
        does not support X" holds it too."""
        countries = {self.analysis.actor(a).country for a in agents if a in self.countries}
        people = (self.analysis.actor(s) for s in speakers if s in self.people)
        return tuple(p.id for p in people if p is not None and any(members.official(p, c) for c in countries))

    def _writer(self, expr: Expression) -> tuple[str, ...]:
        """A letter's writer, for what the letter says in the first person or with no one named."""
        doers = (expr.agent, expr.committer)
        if any(i is not None and self.doc[i].lower_ not in pronouns.FIRST_PERSON_WORDS for i in doers):
            return ()
        at = self.doc[expr.predicate].idx
        found = letters.writer(self.doc, at, self.actor_at)  # None at once off a letters page
        if found is None or quoted(self.analysis, at):
            return ()  # no letter, or another's words quoted in it
        return (found,)

    def _demanded(self, expr: Expression, quote: Quote) -> bool:
        """Whether the quote is the stance verb itself (or the will it completes), laid on its subject
        by a modal of duty: "Vesta should oppose the levy" tells what the writer wants of Vesta, not
        Vesta's side ("Lee said Vesta should oppose it" is Lee's demand, her quote another verb's)."""
        predicate = self.doc[expr.predicate]
        cue = self.said.cues[quote.id]
        return (
            cue is not None
            and cue.i in (predicate.i, clauses.completed(predicate).i)
            and clauses.demanded(predicate, load())
        )

    def _relayed(self, expr: Expression, quote: Quote) -> bool:
        """Whether a stance sits in what another report says, inside the quote: "the ad suggests
        that Borduria backs X", in the minister's words."""
        from faultlines.quotes import cues

        predicate = self.doc[expr.predicate]
        # a relative clause describes who it names, in the speaker's words: "hopes for talks with the
        # Front, who refused to negotiate" relays no refusal
        clause = next((t for t in (predicate, *predicate.ancestors) if t.dep_ in ("ccomp", "relcl")), None)
        if clause is None or clause.dep_ == "relcl" or cues.cue_kind(clause.head) is None:
            return False
        cue = self.said.cues[quote.id]
        return cue is None or clause.head.i != cue.i

    def _believers(self, expr: Expression, quote: Quote) -> tuple[str, ...] | None:
        """Who states a stance inside the quote when another report there does: "Lee said Kim
        believes the city needs to audit the port" is Kim's demand, on Lee's word. None when no
        other report holds it, or its teller is a pronoun or names no actor ("the study shows",
        which the speaker cites)."""
        cue = self.said.cues[quote.id]
        teller = reports.teller(self.doc[expr.predicate], cue) if cue is not None else None
        if teller is None or teller.pos_ == "PRON":
            return None
        return self._actors(teller.i) or None

    def _actors(self, i: int | None) -> tuple[str, ...]:
        """The actors a holder token names with those coordinated with it ("Borduria and Vesta
        oppose it"), compared to it ("Lee, like Kim, opposes it") or set beside it ("Lee, along
        with Kim, opposes it")."""
        if i is None:
            return ()
        found = self._actors_of.get(i)
        if found is None:
            found = self._actors_of[i] = self._read_actors(i)
        return found

    def _read_actors(self, i: int) -> tuple[str, ...]:
        doc, tree = self.doc, syntax.tree(self.doc)
        tok = doc[i]
        # "Lee, like Kim, opposes it": "like" hangs on the subject or on the verb, between the two,
        # or after a subject set after its verb ("said Lee, along with Kim"). Only a preposition or
        # a participle can set someone beside the holder: the others are told on the tree and
        # become no Token.
        head = tree.heads[i]
        near = (*tree.children(i), *(c for c in tree.children(head) if c < i or i < c < head or head < i))
        around = [doc[c] for c in near if tree.dep[c] in BESIDE_DEPS]
        alike = [o for p in around if p.dep_ == "prep" for o in companions.beside(p)]
        alike += companions.joined_by(tok) + [o for c in around for o in companions.joined_on(c)]
        joined = syntax.conjuncts(tok)
        # "President Ada Roos, Senator Ben Hale and Governor Cy Marr": persons listed after a person,
        # or each made a subject of the verb
        listed = companions.listed_after(tok) or companions.fellow_subjects(tok)
        if listed and all(self.actor_at.get(t.i) in self.people for t in (tok, *listed)):
            joined = (*joined, *listed)
        # "Bush, who signed it, and his wife": a relative clause before the names joined to Bush
        # is Bush's alone ("Lee and Kim, who oppose it" is both of theirs).
        if any(c.dep_ == "relcl" and any(c.i < j.i for j in joined) for c in tok.children):
            joined = ()
        # "the support of the party and Kim recovers": Kim starts a clause; a name's inner word ("of
        # Dairy Farmers") is no such object.
        if tok.dep_ == "pobj" and syntax.name_head(tok).i == tok.i:
            joined = tuple(c for c in joined if not companions.before_verb(c))
        found = (a for t in (tok, *joined, *alike) for a in self._named_by(t))
        return tuple(dict.fromkeys(found))

    def _named_by(self, tok: Token) -> tuple[str, ...]:
        """The actors one holder token names: its leader ("states led by Vesta"), else itself or
        its apposition ("the mayor, Ada Roos"), else whom it speaks for ("lawyers for Lee"), else
        the members it lists ("unions, including the teachers' union and the nurses' union")."""
        leader = companions.leader(tok)
        if leader is not None and leader.i in self.actor_at:
            return (self.actor_at[leader.i],)
        # "Another host, Ann Lee, denounced it": the name, not the description, holds it.
        appos = tuple(c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN")
        appos += tuple(t for t in companions.after_place(tok) if self.actor_at.get(t.i) in self.people)
        if tok.pos_ == "NOUN" and (listed := companions.apposed_list(tok)):
            listed_actors = [self.actor_at.get(t.i) for t in listed]
            if all(listed_actors):
                return tuple(dict.fromkeys(listed_actors))  # "two states, Norland and Vetland, ..."
        named = (*appos, tok) if tok.pos_ == "NOUN" else (tok, *appos)
        actor = next((self.actor_at[t.i] for t in named if t.i in self.actor_at), None) or members.body_named(
            tok, self.actor_at, self.named_people
        )
        if actor is not None:
            return (actor,)
        if tok.lemma_.lower() in load().representative:
            return members.represented(tok, self.actor_at, self.countries)
        if spoken_for := members.bodies(tok, self.actor_at, self.people):
            return spoken_for
        if tok.lower_ == "they" and (pair := pair_before(tok, self.actor_at, self._sentence_start(tok.i, 1))):
            return pair
        if counted := plurals.counted_before(tok, self.actor_at, self.by_kind, self._sentence_start):
            return counted
        listed = [
            t
            for p in tok.children
            if p.dep_ == "prep" and (p.lower_ in LISTING or companions.such_as(p))
            for o in p.children
            if o.dep_ == "pobj"
            for t in (o, *(c for c in o.subtree if c.dep_ == "conj"))
        ]
        return tuple(dict.fromkeys(self.actor_at[t.i] for t in listed if t.i in self.actor_at))

    def person_before(self, i: int, others_than: tuple[str, ...]) -> str | None:
        """The person last named before token ``i`` in its sentence or the two before it, other
        than ``others_than``: whom "he" in "He is unfit" most likely is, when the actors left the
        pronoun unresolved. A name the tagger misread as a noun still names its person. A person
        named as a subject comes first: in "Lee said Kim was right to say that under Ruiz it
        failed. He is right", "he" is Kim."""
        first = self._sentence_start(i, RECALL_SENTENCES)
        named = None
        for tok in reversed(range(first, i)):
            actor = self.actor_at.get(tok)
            if actor not in self.people or actor in others_than or self.doc[tok].pos_ == "PRON":
                continue
            if subjects.in_subject(self.doc[tok]):
                return actor
            named = named or actor
        return named

    def _sentence_start(self, i: int, back: int) -> int:
        """The first token of the sentence ``back`` sentences before token ``i``'s."""
        if self._sentence_starts is None:
            self._sentence_starts = [sent.start for sent in views.sents(self.doc)]
        starts = self._sentence_starts
        return starts[max(bisect_right(starts, i) - 1 - back, 0)]

    def owner_at(self, i: int) -> str | None:
        """The actor a possessive "his" or "her" at token ``i`` stands for. In their own words
        speakers say "my": in a direct quote, a "his" read as its speaker is someone else, whom
        the text leaves to the reader ("the sooner he opens his files", Lee said, is not Lee's
        files), so nobody."""
        actor = self.actor_at.get(i)
        if actor is None or OWNERS.get(self.doc[i].lower_) not in pronouns.PERSON_SUBJECTS:
            return actor
        return None if self.in_own_words(i, actor) else actor

    def in_own_words(self, i: int, actor: str) -> bool:
        """Whether token ``i`` is in ``actor``'s own words, a direct quote of theirs: there a "he"
        or "his" is someone else, where in reported speech ("Lee said he was qualified") it may be
        the speaker."""
        return any(q.kind == "direct" and actor in speakers for q, speakers in self.said.at.get(i, ()))

    def _speaker_like(self, i: int, speakers: tuple[str, ...], quote: Quote) -> bool:
        """A subject that may be the speaker: the quote's source itself, "I", "we", "she said she
        opposes it", "they" after two speakers ("Ames and Cole said they support it") or a body, or
        "it" after a country or an organisation ("Borduria said it opposes the dam"), or the body
        one of these owns ("she said her department is suing X"). In their own words speakers say
        "I" or "we": a "he" or "she" there is someone else."""
        # "Velmor's envoy accused Norland of X": the source the quote stage named, when it named
        # someone by name (a described "the businessman" may be anyone)
        at = self.doc[i].idx
        if set(speakers) <= self.named and any(s.start <= at < s.end for s in quote.sources):
            return True
        body, owner = self.doc[i], clauses.child(self.doc[i], ("poss",))
        if owner is not None and body.lemma_.lower() in generic_bodies() and owner.lower_ in OWNERS:
            i = owner.i  # "she said her department is suing X": the speaker's own body acts for her
        word = self.doc[i].lower_
        word = OWNERS.get(word, word)  # "Borduria said its goal of ..." as "it"
        if word == "it":
            return speaks_as_it(speakers, self.people) and not self._body_named_before(i, speakers, quote)
        if quote.kind == "direct" and word in pronouns.PERSON_SUBJECTS:
            return False
        # "they" after two speakers, or after one body: "police said they have no plans to ..."
        plural = len(speakers) > 1 or (bool(speakers) and not set(speakers) & self.people)
        return word in SPEAKER_PRONOUNS or (word == "they" and plural)

    def _body_named_before(self, i: int, speakers: tuple[str, ...], quote: Quote) -> bool:
        """Whether a body, a country or a group other than the speakers is named in the quote before
        the "it" at token ``i``, which may then stand for it: "fined the faction for its support of
        X, the ministry said" is the faction's support, not the ministry's."""
        at = self.doc[i].idx
        content = next((c for c in quote.contents if c.start <= at < c.end), None)
        if content is None:
            return False
        before = itertools.takewhile(lambda j: self.doc[j].idx >= content.start, range(i - 1, -1, -1))
        return any(
            (a := self.actor_at.get(j)) is not None and a not in self.people and a not in speakers
            for j in before
        )

    def _speakers(self, quote: Quote, cue: Token | None, known: set[str]) -> tuple[str, ...]:
        ids = [quote.speaker.actor] if quote.speaker and quote.speaker.actor in known else []
        doer = syntax.subject(cue, ("nsubj",)) if cue is not None else None
        if doer is not None and doer.lower_ == "they" and not ids:
            return self._actors(doer.i)  # "Lee and Kim met. They said": the pair, speaking as one group
        if doer is None or doer.pos_ == "PRON":
            return tuple(ids)
        # The cue's subject read as a holder is: those joined or listed with the speaker ("Lee and
        # Kim said", "said three senators, Lee, Kim and Ruiz"), or the body whose members speak
        # ("Apex executives said"), the quote stage naming no one it can hold to a side.
        together = self._actors(doer.i)
        # "a Velmo spokesperson said": a described speaker speaks for whom the source names ("Velmor's
        # foreign ministry said" is the ministry's, whose country the actors record)
        if any(t.lower_ in PAST for t in doer.subtree if t.i < doer.i):
            return tuple(ids)  # "a former Velmo spokesperson" speaks for no one
        if ids and ids[0] not in self.named and together and ids[0] not in together:
            return together
        # Names joined as a subject the parse found besides the speaker ('Lee said on the show "Fox
        # and Friends"') say nothing.
        if ids and (ids[0] not in together or len(together) < 2):
            return tuple(ids)
        return tuple(dict.fromkeys([*ids, *together]))
