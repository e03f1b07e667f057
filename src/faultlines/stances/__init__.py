"""Topics, stances and disputes: who is for and who against what, and where they split.

Stance expressions are read off the parse (``polarity``), given to the speakers of the quotes they
sit in (``holders``), grouped into topics (``topics``), summed per actor and topic, and opposed
stances on one topic become a dispute (``disputes``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from faultlines import questions, views
from faultlines.model import Stance, Topic
from faultlines.stances import (
    accusations,
    actor_topics,
    advice,
    affairs,
    answers,
    commitments,
    deeds,
    defences,
    disputes,
    doers,
    echoes,
    evaluations,
    feelings,
    fitness,
    hopes,
    judged,
    keys,
    labels,
    leanings,
    makers,
    manner,
    needs,
    nouns,
    owned,
    pleas,
    polarity,
    reactions,
    refusals,
    regards,
    regions,
    remarks,
    reproaches,
    responses,
    rulings,
    sanctions,
    stakes,
    targets,
    topics,
    undoing,
    wills,
    withheld,
    wrongs,
)
from faultlines.stances.antecedents import person_roles
from faultlines.stances.expression import Expression
from faultlines.stances.holders import Holders, Holding
from faultlines.stances.lexicon import load as load_lexicon
from faultlines.stances.mentions import phrase_of
from faultlines.stances.quoted import Context

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from faultlines.model import Analysis

__all__ = ["assess"]


def assess(analysis: Analysis, doc: Doc) -> None:
    """Fill ``analysis.topics``, ``analysis.stances`` and ``analysis.disputes``."""
    lex = load_lexicon()
    accused = accusations.find(doc, lex)
    found = [
        *polarity.find(doc, lex),
        *nouns.find(doc, lex),
        *targets.find(doc, lex),
        *regards.find(doc, lex),
        *wills.find(doc, lex),
        *makers.find(doc, lex),
        *needs.find(doc, lex),
        *accused,
        *defences.find(analysis, doc, lex, accused),
        *commitments.find(doc, lex),
        *refusals.find(doc, lex),
        *withheld.find(doc, lex),
        *pleas.find(doc, lex),
        *sanctions.find(doc, lex),
        *feelings.find(doc, lex),
        *hopes.find(doc, lex),
        *leanings.find(doc, lex),
    ]
    # each predicate's sentence read off the cached sentences: ``Token.sent`` builds a Span each time
    sentences, numbers = views.sents(doc), views.sentence_numbers(doc)
    found = [e for e in found if not questions.yes_no(sentences[numbers[e.predicate]])]
    found += reproaches.find(doc, lex)
    # an evaluation read in a quote, with what its "it" stands for, replaces the same one read bare
    in_quotes = evaluations.find(analysis, doc, lex)
    context = Context.of(analysis, doc)
    found += wrongs.find(context, lex) + wrongs.misdeeds(context, lex) + fitness.find(context, lex)
    found += manner.find(context, lex)
    found += reactions.doers(in_quotes, context, lex)
    read_in_quotes = {j.predicate for j in in_quotes}
    found = [
        e
        for e in found
        if e.predicate not in read_in_quotes
        and not context.told_by_unnamed(doc[e.predicate])
        and not judged.untold(doc[e.topic], lex, context)
    ] + in_quotes
    found = [e for e in found if not advice.to_reader(e, doc)]
    exprs = sorted(
        found + echoes.find(doc, found) + answers.find(doc, found, lex) + deeds.find(doc, found, lex),
        key=lambda e: e.predicate,
    )
    exprs = [affairs.mark(responses.aimed(e, doc, lex), doc, lex) for e in exprs]
    # a side on "the ruling" is a side on what it decided
    exprs = rulings.carried(exprs, context, lex)
    if not exprs:
        return
    holders = Holders(analysis, doc)
    held = regions.unplaced(exprs, [holders.of(e) for e in exprs], analysis, doc)
    names = {a.id: a.name for a in analysis.actors}
    groups = _groups(exprs, held, holders, doc, names)
    for made in _told(exprs, groups, doc):
        exprs.append(made[0])
        groups.append(made[1])
        held.append(holders.of(made[0]))
    exprs = undoing.composed(exprs, groups, doc, lex)
    # A maker's stance on what they made counts where someone else takes a side on it.
    sides: dict[Group | None, set[str]] = {}
    for e, g, h in zip(exprs, groups, held, strict=True):
        if not e.owned:
            sides.setdefault(g, set()).update(h.actors)
    groups = [
        None if e.owned and not sides.get(g, set()) - set(h.actors) else g
        for e, g, h in zip(exprs, groups, held, strict=True)
    ]

    # A phrase topic that only "it" or "this" ever stands for names nothing a reader could take a side on.
    named = {g for e, g in zip(exprs, groups, strict=True) if g is not None and topics.mention(e, doc)}
    groups = [g if g is None or g[0] == "actor" or g in named else None for g in groups]

    # A topic is kept when someone holds a stance on it; its mentions are all the phrases naming it.
    kept = list(dict.fromkeys(g for g, h in zip(groups, held, strict=True) if g is not None and h.actors))
    topic_ids = {g: f"t{n}" for n, g in enumerate(kept, 1)}
    members: dict[Group, list[Expression]] = {}
    for e, g in zip(exprs, groups, strict=True):
        if g in topic_ids:
            members.setdefault(g, []).append(e)
    who = _doers(exprs, groups, held, topic_ids, holders, names, doc)
    spell = partial(doers.spelt, doc, actor_at=holders.actor_at, names=names)
    for g in kept:
        named = (
            actor_topics.label(names[g[1]], members[g], doc) if g[0] == "actor" and g[1] in names else None
        )
        analysis.topics.append(_topic(topic_ids[g], members[g], analysis, doc, named, (who, spell)))

    speakers = {q.id: q.speaker.actor for q in analysis.quotes if q.speaker is not None}
    analysis.stances = _stances(exprs, groups, held, topic_ids, speakers)
    _name_the_remarks(analysis)
    analysis.disputes = disputes.find(analysis.stances, analysis.actors)


Group = tuple[str, str | int]


def _groups(
    exprs: list[Expression], held: list[Holding], holders: Holders, doc: Doc, names: dict[str, str]
) -> list[Group | None]:
    """The topic of each expression: the actor it names when it names one ("he is unfit", "backs
    Ruiz"), else its phrase's topic group, phrases naming actors left out of that grouping; none
    for a pronoun that names no actor, for an actor's stance on themself, or for a phrase naming
    nothing at stake (``stakes``: "for decades", "such gloom")."""
    actors = [actor_topics.named(e, h, holders, doc) for e, h in zip(exprs, held, strict=True)]
    things = [i for i, a in enumerate(actors) if a is None]
    grouped = topics.group([exprs[i] for i in things], doc)
    spans = [topics.mention(exprs[i], doc) for i in things]
    # "Kim unveiled a tax plan" is Kim's, as "her tax plan" is
    makers = [_maker(exprs[i], held[i]) for i in things]
    whose = (holders.actor_at, holders.owner_at, holders.genders)
    grouped = owned.regroup(grouped, spans, doc, whose, names, makers)
    phrase_groups = dict(zip(things, grouped, strict=True))
    found: list[Group | None] = []
    for i, (e, h, actor) in enumerate(zip(exprs, held, actors, strict=True)):
        g = phrase_groups.get(i)
        if actor is not None:
            found.append(("actor", actor) if actor not in h.actors else None)
        elif (
            g is None
            or (e.phrase == "np" and (doc[e.topic].pos_ == "PRON" or _someone(e, doc) or _somewhere(e, doc)))
            or stakes.unfit(e, doc, load_lexicon())
        ):
            found.append(None)
        else:
            found.append(("phrase", things[g]))
    return found


def _maker(e: Expression, h: Holding) -> str | None:
    """The one actor who made the thing of an expression read off its making."""
    return h.actors[0] if e.owned and e.agent is not None and len(h.actors) == 1 else None


def _doers(exprs, groups, held, topic_ids, holders: Holders, names: dict[str, str], doc: Doc):
    """How the doer of each action on a kept topic is named, where that doer holds no stance on the
    topic ("Lee urged Kim to stop closing libraries" is about Kim closing them), and the owner of
    each thing ("his tax plan" is Kim's tax plan)."""
    holding: dict[Group, set[str]] = {}
    for g, h in zip(groups, held, strict=True):
        if g in topic_ids:
            holding.setdefault(g, set()).update(h.actors)
    found = {}
    for e, g in zip(exprs, groups, strict=True):
        if g not in topic_ids or g[0] == "actor":
            continue
        if e.phrase == "vp":
            who = doers.naming(doc[e.topic], tuple(holding[g]), holders.actor_at, names)
        else:
            span = topics.mention(e, doc)
            who = (
                doers.owner(doc, *span, holders.actor_at, names, holders.owner_at, holders.genders)
                if span
                else None
            )
        if who:
            found[e] = who
    return found


def _told(exprs: list[Expression], groups: list[Group | None], doc: Doc):
    """The maker's stance on a remark said just before it is named ("Lee complained about the mic.
    Kim mocked the complaint"): Lee made it and stands by it, counted as for a plan she made."""
    found: dict[tuple[Group, int], Expression] = {}
    said = load_lexicon().generic
    starts: list[int] = []
    for e, g in zip(exprs, groups, strict=True):
        if g is None or e.phrase != "np" or said.get(doc[e.topic].lemma_.lower()) != "said":
            continue
        starts = starts or [sent.start for sent in views.sents(doc)]
        if (maker := remarks.teller(e, doc, starts)) is not None:
            found.setdefault((g, maker.i), replace(e, polarity=1, agent=maker.i, committer=None, owned=True))
    return [(e, g) for (g, _), e in found.items()]


def _someone(e: Expression, doc: Doc) -> bool:
    """A person named by role alone ("attacked the senator", "his wife"), whom no actor stands for:
    a person, not a thing to take a side on, and nobody a reader could name."""
    span = topics.mention(e, doc)
    return span is not None and span[1] - span[0] == 1 and doc[span[0]].lemma_.lower() in person_roles()


def _somewhere(e: Expression, doc: Doc) -> bool:
    """A bare name of a city or region in the gazetteer that no actor stands for ("Denver is
    wonderful", "will play in Miami"): where things happen, not a thing to take a side on."""
    from faultlines.actors.lexicon import place

    span = topics.mention(e, doc)
    if span is None or not doc[span[0]].ent_type_:
        return False
    found = place(doc[span[0] : span[1]].text)
    return found is not None and not found.is_name  # a country is an actor, not a place


def _topic(
    topic_id: str,
    members: list[Expression],
    analysis: Analysis,
    doc: Doc,
    name: str | None,
    naming: tuple[dict[Expression, str], Callable[[int, int], str]],
) -> Topic:
    """The topic named by ``members``' phrases, labelled by the one that stands for them best (a noun
    phrase on a tie), or by the actor's name when it is an actor. An action is labelled with its
    doer when that is someone else than its holder: "Kim attacking the mayor" (``naming`` holds the
    doers and owners of ``_doers`` and how a span is spelt with its pronouns named)."""
    who, spell = naming
    kinds: dict[tuple[int, int], str] = {}
    named: set[tuple[int, int]] = set()
    doer: dict[tuple[int, int], str] = {}
    for e in members:
        if (span := topics.mention(e, doc)) is not None:
            kinds.setdefault(span, phrase_of(e, doc))
            # a span some phrase names in full is a full naming ("the Harbor Act", which "the bill"
            # later also stands for)
            if not topics.refers_back(e, doc):
                named.add(span)
            if e in who:
                doer.setdefault(span, who[e])
    spans = sorted(kinds)
    # A full naming labels it rather than one referring back ("unseal the divorce file", not
    # "unseal the records"); a noun phrase rather than a verb phrase on a tie.
    full = [s for s in spans if s in named] or spans
    nouns_first = sorted(full, key=lambda s: kinds[s] != "np")
    # an actor judged only as "he" or "him" ("he is an honest leader") is named by that word
    shown = spans or (sorted({(e.topic, e.topic + 1) for e in members}) if name is not None else [])
    mentions = [analysis.span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in shown]
    phrases = [labels.action(doc, a, b) if kinds[(a, b)] == "vp" else doc[a:b].text for a, b in nouns_first]
    label = name or _label(doc, nouns_first, phrases, kinds, (doer, spell))
    return Topic(topic_id, label, mentions, keys.topic_key(label))


def _label(doc: Doc, spans, phrases: list[str], kinds: dict[tuple[int, int], str], naming) -> str:
    """The phrase that stands for all of a topic's ``phrases`` (one for each of ``spans``), an
    action with its doer, a thing with its owner, the people its pronouns stand for named."""
    doer, spell = naming
    chosen = spans[labels.best(phrases)]
    if kinds[chosen] == "vp":
        return doers.labelled(doc, *chosen, doer.get(chosen), spell)
    named = labels.clean(spell(*chosen))
    return f"{doer[chosen]}'s {named}" if chosen in doer else named


def _name_the_remarks(analysis: Analysis) -> None:
    """A bare "the remark" is labelled by whose it is: the one actor standing by it."""
    names = {a.id: a.name for a in analysis.actors}
    for topic in analysis.topics:
        if topic.key != keys.SAID:
            continue
        defenders = [s.actor for s in analysis.stances if s.topic == topic.id and s.polarity > 0]
        if len(defenders) == 1 and defenders[0] in names:
            topic.label = f"{names[defenders[0]]}'s {topic.label}"
            topic.key = keys.topic_key(topic.label)


def _stances(exprs, groups, held, topic_ids, speakers: dict[str, str | None]) -> list[Stance]:
    """One stance per actor and topic: the sign of its firm expressions, 0 when it has none. On a
    tie, what the actor says in their own words settles it ("Lee says she lied about her support
    for the deal. She now says she opposes it" is against the deal)."""
    votes: dict[tuple[str, str], list[tuple[int, str | None]]] = {}
    made: dict[tuple[str, str], tuple[int, str | None]] = {}
    for expr, g, holding in zip(exprs, groups, held, strict=True):
        if g not in topic_ids:
            continue
        for actor in holding.actors:
            if expr.owned:
                # A plan the speakers announce in their own quote is shown by it; a thing named as
                # someone's in another's words ("her plan", in his quote) is not their evidence.
                made[(actor, topic_ids[g])] = (expr.polarity, holding.quote if expr.agent is None else None)
            else:
                votes.setdefault((actor, topic_ids[g]), []).append((expr.polarity, holding.quote))
    for pair, side in made.items():
        votes.setdefault(pair, [side])  # what they said of it outweighs having made it
    stances = []
    for (actor, topic), vs in votes.items():
        total = sum(p for p, _ in vs) or sum(p for p, q in vs if q and speakers.get(q) == actor)
        polarity = (total > 0) - (total < 0)
        quotes = [q for p, q in vs if q and (p == polarity or not polarity)]
        if polarity:  # a stance with no side is not worth reporting
            stances.append(Stance(actor, topic, polarity, list(dict.fromkeys(quotes))))
    return stances
