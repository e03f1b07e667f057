"""What the quotes of one document may be judging: where each quote is and whose it is, the
actors named, what the article is about (its headline and lead), and what a speaker's "it" or
"this" stands for.

A signed letter or column is its writer's own words, as a quote is its speaker's: its words not
quoted from someone else are read as a quote of the writer's (``letters.written``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from faultlines import letters, pronouns, syntax, views
from faultlines.quotes import cues
from faultlines.quotes.marks import SINGLE_CLOSING
from faultlines.stances import clauses, done, keys, phrases, subjects
from faultlines.stances.acts import ACT_KINDS, act, standing_for_an_act
from faultlines.stances.antecedents import kind
from faultlines.stances.lexicon import Lexicon, load

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token

    from faultlines.model import Analysis, Quote

# Sentences from the start that state what the article is about: the headline and its lead.
LEAD_SENTENCES = 3
# Prepositions by which an attribution names what a quote is about: "she said of the plan".
ABOUT = ("of", "about", "on")
# Prepositions of an attribution that name an actor as where or to whom it was said: "said on CNN".
VENUE_PREPS = frozenset({"on", "to"})
# A single quotation mark opening a quote within a quote, and one closing it (not an apostrophe,
# which a letter follows: "it’s").
INNER_OPEN = re.compile(r"‘|(?<![\w'])'(?=\w)")
INNER_CLOSE = re.compile(f"[{SINGLE_CLOSING}](?!\\w)")
# The context of the last analysis asked about, kept with its Doc (``Context.of``).
CONTEXTS = views.DocCache["tuple[Analysis, Context]"]("stances.context")
# Sentences before a quote in which the narration may name the act a speaker's "it" stands for.
NARRATED_BEFORE = 2
# Where a thing judged or named is found in a clause.
ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "ROOT", "conj")


def speaks_as_it(speakers: Collection[str], people: Collection[str]) -> bool:
    """Whether "it" in the words of ``speakers`` stands for them: a body or a country says "it" of
    itself ("Borduria said it opposes the dam"), a person does not."""
    return bool(speakers) and not set(speakers) & set(people)


class Context:
    """What the quotes of one document may be judging: where each quote is, who the actors are, and
    what the article is about (the words of its headline and lead)."""

    def __init__(self, analysis: Analysis, doc: Doc) -> None:
        self.doc = doc
        self.quote_at: dict[int, Quote] = {}
        # largest first, so that a quote inside another one is the one its tokens are read in
        by_size = sorted(analysis.quotes, key=lambda q: sum(c.end - c.start for c in q.contents))
        for quote in reversed(by_size):
            # several speakers together ("Lee and Kim said") are named though no one actor stands
            # for them: ``holders`` gives it to each
            if quote.speaker is None or (quote.speaker.actor is None and not quote.speaker.name):
                continue
            for c in quote.contents:
                bounds = views.token_bounds(doc, c.start, c.end, "contract")
                if bounds is not None:  # each token at once: quotes cover much of a document
                    self.quote_at.update(dict.fromkeys(range(*bounds), quote))
        # the kind of actor each token names: "person", "organisation", ...; and which actor
        self.actor_at: dict[int, str] = {}
        self.actor_id_at: dict[int, str] = {}
        self.people = {actor.id for actor in analysis.actors if actor.kind == "person"}
        signed = letters.signed(doc)
        for actor in analysis.actors if self.quote_at or signed else ():
            for m in actor.mentions:
                bounds = views.token_bounds(doc, m.start, m.end, "expand")
                if bounds is not None:
                    self.actor_at.update(dict.fromkeys(range(*bounds), actor.kind))
                    self.actor_id_at.update(dict.fromkeys(range(*bounds), actor.id))
        for i, written in letters.written(analysis, doc, self.actor_id_at).items():
            self.quote_at.setdefault(i, written)  # another's words quoted in a letter stay theirs
        # every word in someone's own words, in text order: each reader of own words walks them
        self.own_words = sorted(self.quote_at)
        self.sentences = [(s.start, s.end) for s in views.sents(doc)] if self.quote_at else []
        # the narrator's words: a speaker's own words in the lead are not what the article is about
        lead_end = self.sentences[min(LEAD_SENTENCES, len(self.sentences)) - 1][1] if self.sentences else 0
        words = views.columns(doc).text
        told = " ".join(words[i] for i in range(lead_end) if i not in self.quote_at)
        self.contested = keys.key(told)

    @classmethod
    def of(cls, analysis: Analysis, doc: Doc) -> Context:
        """The context of ``analysis``'s quotes in ``doc``, made once: the evaluations and the stage
        itself both read it, and the layers it is made from are complete before either asks."""
        kept = CONTEXTS.peek(doc)
        if kept is None or kept[0] is not analysis:
            kept = CONTEXTS.put(doc, (analysis, cls(analysis, doc)))
        return kept[1]

    def sentence_of(self, i: int) -> int:
        return bisect_right(self.sentences, (i, len(self.doc) + 1)) - 1

    def referent(self, placeholder: Token, lex: Lexicon) -> Token | None:
        """What "it", "this" or "the plan" in a quote stands for: the thing the quote is said to be
        about ("said of the plan", "asked about the plan"), else the thing the speaker last made
        the subject of a finite clause, in its sentence or the one before ("When the training is tailored,
        it can be effective"), else, for a pronoun in a direct quote where the speaker named nothing
        before it, the act the narration named just before the quote (``_act_told_before``). None
        leaves it to ``topics``, which takes the last topic named."""
        quote = self.quote_at.get(placeholder.i)
        about = self._asked_about(quote, lex) if quote is not None else None
        if about is not None:
            return about
        first = self.sentences[max(self.sentence_of(placeholder.i) - 1, 0)][0]
        for tok in reversed(self.doc[first : placeholder.i]):
            if self.quote_at.get(tok.i) is not quote:
                # the speaker's own words, not the narrator's, say what "it" is; where they said
                # nothing of anything yet, "it" is what the narration just told of
                told = quote is not None and quote.kind == "direct" and standing_for_an_act(placeholder, lex)
                # within quotation marks: in "the ministry said it regrets", "it" is the ministry
                marked = any(t.is_quote for t in self.doc[tok.i : placeholder.i])
                return self._act_told_before(tok.i, lex) if told and marked else None
            if tok.lower_ in pronouns.FIRST_PERSON_SUBJECTS and tok.head in placeholder.ancestors:
                continue  # "I find it troubling", "we think this is neat": the speaker names nothing judged
            if tok.dep_ in syntax.SUBJECTS and tok.lower_ not in lex.placeholder and _finite(tok.head):
                tok = _through_kind(tok, lex)
                named = _thing(tok) and tok.i not in self.actor_at and phrases.phrase_kind(tok, lex) == "np"
                return tok if named else None
        return None

    def _act_told_before(self, end: int, lex: Lexicon) -> Token | None:
        """The plan, bill, ruling, decision, remark or other act the narration names last before a
        quote, up to token ``end``, in the quote's sentence or the two before it ("The council
        unveiled its harbour plan. 'It is a disgrace,' said Roos"), reported words too ("critics said
        the plan would fail"), but no one's own words between; or the act it tells a named actor did
        ("The party renamed its account. 'This is a stunt,' said Roos"), as its verb, which
        ``phrases.action_topic`` reads ("blocked the subsidies" is against them). Only an act stands
        for a speaker's "it" so strongly: a place, a person or a state of affairs named there may be
        anything the speaker's "it" is not."""
        first = self.sentences[max(self.sentence_of(end) - NARRATED_BEFORE, 0)][0]
        for tok in reversed(self.doc[first : end + 1]):
            told = self.quote_at.get(tok.i)
            if told is not None and told.kind == "direct":
                return None  # someone's own words lie between: what they said is theirs
            if act(tok, lex) and _thing(tok) and tok.i not in self.actor_at:  # "the Clean Power Plan" too
                # "the council blocked the plan": the blocking, which is against the plan
                return self._summed(tok, lex) or self._undone(tok, lex) or tok
            if (verb := self._acted(tok, lex)) is not None:
                return verb
        return None

    def _summed(self, noun: Token, lex: Lexicon) -> Token | None:
        """The act an act noun set after a comma sums up: "the party renamed its account, a move that
        drew criticism" (the parse hangs the noun on the verb), when a named actor did it."""
        doc = noun.doc
        if kind(noun)[0] not in ACT_KINDS or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
        ):
            return None
        if noun.left_edge.i == 0 or doc[noun.left_edge.i - 1].text != ",":
            return None
        return self._acted(noun.head, lex)

    def _undone(self, thing: Token, lex: Lexicon) -> Token | None:
        """The verb of the act told done on ``thing`` by a named actor when the act, not the thing, is
        what a reaction just after it judges: one against the thing ("Lee blocked the plan", "the
        plan was dropped by Lee", "Velmor pulled out of the treaty"), or one on it named after a
        preposition ("Velmor withdrew from the treaty"). "Lee approved the plan" leaves the plan."""
        verb = syntax.past_particles(thing.head)  # "pulled out of the treaty"
        if thing.dep_ not in ("dobj", "nsubjpass", "pobj") or self._acted(verb, lex) is None:
            return None
        topic, _, sign = phrases.action_topic(verb, lex)
        if topic.i == thing.i:
            return verb if sign < 0 else None
        return verb if thing.dep_ == "pobj" else None

    def _acted(self, tok: Token, lex: Lexicon) -> Token | None:
        """``tok`` when it is the verb of an act the narration tells done on something (``done.told_act``)
        by a named actor; None for any other word, and for an act whose doer the text leaves unnamed."""
        return tok if tok.pos_ == "VERB" and self.doer_named(tok, lex) is not None else None

    def doer_named(self, verb: Token, lex: Lexicon) -> Token | None:
        """The doer of the act ``verb`` tells done (``done.told_act``) when the text names them: a
        person, a body or a country, not an unnamed group ("residents", "critics")."""
        return self.named(done.told_act(verb, lex))

    def named(self, doer: Token | None) -> Token | None:
        """``doer`` where the text names them (a person, a body or a country), else None."""
        if doer is None:
            return None
        named = (self.actor_at.get(t.i) for t in doer.subtree if t.i <= doer.i)
        return doer if any(kind not in (None, "group") for kind in named) else None

    def after_others_words(self, tok: Token) -> bool:
        """Whether another speaker's own words (a direct quote) come in the sentence before the one
        ``tok`` is quoted in: the topic named before them may not be what ``tok`` stands for, which
        may be what that speaker said."""
        quote = self.quote_at.get(tok.i)
        if quote is None:
            return False
        number = self.sentence_of(tok.i)
        start = self.sentences[number][0]
        first = self.sentences[max(number - 1, 0)][0]
        for t in reversed(self.doc[first:start]):
            if t.is_punct or t.is_space:
                continue
            other = self.quote_at.get(t.i)
            if other is None or other is quote or other.kind != "direct":
                continue  # an attribution after their words ("said Lee, a local trader")
            mine = quote.speaker.actor if quote.speaker is not None else None
            theirs = other.speaker.actor if other.speaker is not None else None
            return mine is None or theirs != mine
        return False

    def after_own_words(self, tok: Token) -> bool:
        """Whether the speaker said something just before ``tok`` (its phrase: "the plan") in the same
        quote."""
        quote = self.quote_at.get(tok.i)
        words = self.doc[: tok.left_edge.i]
        before = next((t for t in reversed(words) if not (t.is_punct or t.is_space)), None)
        return quote is not None and before is not None and self.quote_at.get(before.i) is quote

    def reported(self, judge: Token) -> bool:
        """Whether the speaker reports another's words or belief ("voters hear the rival claim it
        is a sham", "they say, 'it is a sham'"), which is not the speaker's own judgement."""
        quote = self.quote_at.get(judge.i)
        if quote is not None and _inner_quote(views.text(self.doc), quote, judge.idx):
            return True
        below = judge
        for head in judge.ancestors:
            if self.quote_at.get(head.i) is not quote:
                return False
            if head.pos_ == "VERB" and head.lemma_.lower() in cues.lexicon():
                doer = syntax.subject(head, ("nsubj",))
                if doer is None and below.lower_ == "as":
                    return False  # "it must be recognized as intolerable" is the speaker's naming
                return doer is None or not self._speaker_self(doer, quote)
            below = head
        return False

    def _speaker_self(self, sayer: Token, quote: Quote) -> bool:
        """Whether ``sayer`` is the speaker of ``quote``: "I", "we", or in reported words a pronoun
        the actors found to be the speaker ("Lee said she worried the levy would hurt families"), or
        "it" after a body or a country that no other actor took ("the union said it considers the
        levy illegal")."""
        if sayer.lower_ in pronouns.FIRST_PERSON_SUBJECTS:
            return True
        speaker = quote.speaker.actor if quote.speaker is not None else None
        if sayer.pos_ != "PRON" or speaker is None:
            return False
        if sayer.lower_ == "it" and sayer.i not in self.actor_id_at:
            return speaks_as_it((speaker,), self.people)
        return self.actor_id_at.get(sayer.i) == speaker

    def told_by_unnamed(self, judge: Token) -> bool:
        """Whether the speaker of a quote reports ``judge`` as what someone unnamed says
        ("voters hear a rival say it is a sham"): no one's a reader could name. A named sayer holds
        it (``holders``), the speaker's own "I say" is the speaker's, and only the clause a cue verb
        governs is said: "why won't she publish it?" is the asker's own. So is the clause of a noun
        the verb takes: "people believe in the illusion that X is vital" is what they believe."""
        quote = self.quote_at.get(judge.i)
        if quote is None:
            return False
        below, held = judge, False
        for head in judge.ancestors:
            if self.quote_at.get(head.i) is not quote:
                return False
            if head.pos_ == "NOUN" and below.dep_ in ("acl", "ccomp") and clauses.marked_by(below, ("that",)):
                held = True  # "the illusion that X": the noun holds what the verb over it says
            said = below.dep_ == "ccomp" or (held and below.dep_ in ("dobj", "prep"))
            if head.pos_ == "VERB" and said and head.lemma_.lower() in cues.lexicon():
                sayer = syntax.subject(head, ("nsubj",))
                sayer = subjects.relative_antecedent(sayer) if sayer is not None else None  # "people who say"
                if sayer is None or sayer.lower_ in pronouns.FIRST_PERSON_SUBJECTS or sayer.pos_ == "PRON":
                    return False
                return not any(t.i in self.actor_at for t in sayer.subtree)
            below = head
        return False

    def _asked_about(self, quote: Quote, lex: Lexicon) -> Token | None:
        """The thing a quote's attribution says it is about: "Lee said of the levy", "asked about
        the levy, Lee said", "replying to the levy", "in reply to it", "as for the toll", "Lee
        weighed the toll: ...", or the act it was said after ("Lee said after the council scrapped
        the levy"), done by a named actor."""
        if quote.cue is None:
            return None
        cue = views.char_span(self.doc, quote.cue.start, quote.cue.end, "expand")
        if cue is None or not len(cue):
            return None
        verb = cue.root
        after = (c for c in verb.children if c.dep_ == "advcl" and clauses.marked_by(c, ("after",)))
        if (act := next((a for c in after if (a := self._acted(c, lex)) is not None), None)) is not None:
            return act
        found = (
            obj
            for obj in _attributed_to(verb)
            if (_thing(obj) or _act_named(obj)) and obj.i not in self.quote_at and not self._venue(obj)
        )
        return next(found, None)

    def _venue(self, obj: Token) -> bool:
        """Where or to whom it was said, not what of: "said on CNN", "speaking to Reuters" ("said of
        RT" is about RT)."""
        return obj.head.lower_ in VENUE_PREPS and obj.i in self.actor_at


def _attributed_to(verb: Token) -> list[Token]:
    """The things an attributing verb says its quote answers: its "of"/"about"/"on" object, that of
    a clause of asking or responding on it ("asked about X", "responding to X"), of "in response to
    X" and "as for X", and the object a colon sets the quote after ("dismissed X: ...")."""
    found = []
    speaker = clauses.child(verb, ("nsubj",))
    around = [*verb.children, *(speaker.children if speaker is not None else ())]  # "Lee, asked about X,"
    answering = [c for c in around if c.dep_ in ("advcl", "acl") and c.lemma_.lower() in load().answering]
    for head in (verb, *answering):
        preps = ABOUT if head is verb else (*ABOUT, "to")
        found += [o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in _objects(p)]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for noun in _objects(prep):
            # "in response to X", "as for X": the phrase's own "to"/"for" names the thing
            if (prep.lower_, noun.lemma_.lower()) in (("in", "response"), ("in", "reply")):
                found += [
                    o for p in noun.children if p.dep_ == "prep" and p.lower_ == "to" for o in _objects(p)
                ]
        if prep.lower_ == "as":
            found += [o for p in prep.children if p.dep_ == "prep" and p.lower_ == "for" for o in _objects(p)]
    obj = clauses.child(verb, ("dobj",))
    if (
        obj is not None
        and obj.right_edge.i + 1 < len(verb.doc)
        and verb.doc[obj.right_edge.i + 1].text == ":"
    ):
        found.append(obj)
    return found


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj" or _act_named(c)]


def _act_named(tok: Token) -> bool:
    """An act a preposition names by its verb: "said of closing the depot"."""
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG"


def _inner_quote(text: str, quote: Quote, at: int) -> bool:
    """Whether offset ``at`` lies inside a quote within ``quote``, opened by a single mark and not
    yet closed: words the speaker voices or mentions ("they say, 'it is a sham'", "the label of
    'criminal'"), not their own."""
    start = next((c.start for c in quote.contents if c.start <= at < c.end), None)
    if start is None:
        return False
    before = text[start:at]
    opened = max((m.end() for m in INNER_OPEN.finditer(before)), default=-1)
    return opened >= 0 and INNER_CLOSE.search(before, opened) is None


def _finite(verb: Token) -> bool:
    """A clause of its own, not a participle or bare infinitive hung on another ("with their fees
    doubled", "hear a rival say"): what "it" stands for is a subject the speaker stated something of."""
    return verb.tag_ in syntax.FINITE or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _through_kind(noun: Token, lex: Lexicon) -> Token:
    """ "this kind of training" names the training."""
    if lex.generic.get(noun.lemma_.lower()) != "none":
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return clauses.child(of, ("pobj",)) or noun if of is not None else noun


def _thing(tok: Token) -> bool:
    """A noun naming a thing one may take a side on, not a person, place or people."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ in ARGUMENTS
        and tok.ent_type_ not in ("PERSON", "GPE", "NORP", "DATE", "TIME", "CARDINAL", "PERCENT", "MONEY")
    )
