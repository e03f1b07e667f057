"""The events stage: PLOVER events with source, target, tense, negation, intensity and evidence."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from faultlines import syntax, views
from faultlines.events import doers, guides, lexicon, parties, patterns, play, private
from faultlines.model import Analysis, Event, Party
from faultlines.quotes.quoted import quoted

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.events.candidate import Candidate

# One event per type per sentence, and at most this many per sentence: a sentence usually
# reports one act, and the rest are its circumstances.
MAX_PER_SENTENCE = 3
TRAILING = frozenset({"punct", "cc", "conj", "parataxis"})


def code(analysis: Analysis, doc: Doc) -> None:
    """Fill ``analysis.events``, sentence by sentence, the most salient asserted act first."""
    lex = lexicon.load()
    named = parties.named_tokens(analysis, doc)
    # on a page about play, or one that speaks to its reader, only the state's acts are events
    of_state_only = play.is_play(doc, lex) or guides.addresses_reader(analysis, doc)
    said_in_quote = partial(quoted, analysis)
    for sent in views.sents(doc):
        seen: set[str] = set()
        for cand in patterns.find(sent, lex, named, said_in_quote):
            if cand.code.type in seen or len(seen) == MAX_PER_SENTENCE:
                continue
            event = _event(analysis, cand, lex)
            if of_state_only and not doers.of_the_state(event, cand.pred):
                continue  # a move in a game, a product's or a reader's doing
            if private.page_verdict(analysis, cand, event):
                continue
            if private.narrated(analysis, cand, event) or private.intimate(cand, lex):
                continue  # the writer's own life, or one's family's
            if private.with_a_stranger(cand, lex) or private.regrets(cand, event):
                continue  # a private person met, or a personal apology
            if doers.tours_own_country(cand, event):
                continue
            seen.add(cand.code.type)
            analysis.events.append(event)


# Appeals, backing and protest by which people speak to a government: their own, when nothing else
# places them (an accusation is as often made of a foreign state: "Lee accused the Vellish government").
ADDRESSED_TO_A_STATE = frozenset({"PROTEST", "REQUEST", "SUPPORT"})


def _event(analysis: Analysis, cand: Candidate, lex: lexicon.Lexicon) -> Event:
    start, end = _evidence(cand, lex)
    source = parties.party(analysis, cand.sources)
    if cand.sources and not parties.stands_for(cand.sources[0], source, analysis):
        source = Party()
    if source is not None and source.actor is None:
        source = parties.quoted_speaker(analysis, cand.sources[0]) or source
    if source is None and (cand.judged or cand.said):  # a judgement or demand in a quote is its speaker's
        source = parties.quote_speaker(analysis, cand.pred)
    venue = parties.venue(cand.pred)
    if (source is None or source.country is None) and venue is not None:
        # "ethnic Albanians demonstrated in Serbia", "police in Dili": a doer of no known country
        # acts where the act took place
        source = replace(source, country=venue) if source is not None else Party(country=venue)
    target = parties.party(analysis, cand.targets, doer=source.actor if source else None)
    if target is not None and target.country is None and source is not None and source.country:
        # "Egyptian police dispersed demonstrators": people of no named country are the doer's own
        target = replace(target, country=source.country)
    if (
        cand.code.type in ADDRESSED_TO_A_STATE
        and source is not None
        and source.country is None
        and target is not None
        and target.country
        and target.sector == "GOV"
    ):
        # "Yoruba leaders will forgive the Nigerian president", "fundamentalists demanded the Algerian
        # president resign": a people of no named country speaks to its own government (not to a
        # country as such: "urged retaliation on Russia", "closer relations with Vietnam")
        source = replace(source, country=target.country)
    return Event(
        id=f"e{len(analysis.events) + 1}",
        type=cand.code.type,
        mode=cand.code.mode,
        source=source,
        target=target,
        negated=cand.negated,
        tense=cand.tense,
        intensity=lexicon.intensity(cand.code),
        evidence=analysis.span(start, end),
    )


def _evidence(cand: Candidate, lex: lexicon.Lexicon) -> tuple[int, int]:
    """Characters from the doer or the one the act is done to, whichever the sentence names first
    ("he was shot", "fled after being arrested"), to the end of the act's own phrase, leaving out
    "..., officials said"."""
    pred = cand.pred
    sent_of = views.sentence_numbers(pred.doc)
    sent = sent_of[pred.i]
    left, right = pred.i, pred.i
    if cand.sources and sent_of[cand.sources[0].i] == sent:
        left = min(left, cand.sources[0].left_edge.i)
    # the subject an act is done to or said of ("He is a fraud"), not a relative pronoun ("which
    # she championed") or a fronted place ("At the summit, Modi pledged")
    done_to = cand.targets[0] if cand.targets else None
    if (
        done_to is not None
        and sent_of[done_to.i] == sent
        and done_to.dep_ in syntax.SUBJECTS
        and done_to.tag_ not in ("WDT", "WP")
    ):
        left = min(left, done_to.left_edge.i)
    for child in pred.children:
        if child.dep_ == "nsubjpass" and child.i < pred.i:
            left = min(left, child.left_edge.i)
        elif child.i > pred.i and not _aside(child, lex):
            right = max(right, child.right_edge.i)
    for used in cand.uses:
        if sent_of[used.i] == sent:
            right = max(right, used.i)
    while right > left and pred.doc[right].is_punct:
        right -= 1
    first, last = pred.doc[left], pred.doc[right]
    return first.idx, last.idx + len(last.text)


def _aside(child: Token, lex: lexicon.Lexicon) -> bool:
    return child.dep_ in TRAILING or (child.dep_ in ("ccomp", "advcl") and child.lemma_.lower() in lex.speech)
