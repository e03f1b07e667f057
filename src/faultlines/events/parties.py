"""Source and target of an event: the actors whose mentions cover its subject and object tokens.

The actors stage owns who is who (and their country and sector); this module only finds, on the
parse, which tokens name the doer and the one done to, and looks them up in ``analysis.actors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import pronouns, syntax, views
from faultlines.actors.collectives import ethnic
from faultlines.actors.lexicon import PAST, place
from faultlines.actors.mention import MEDIA
from faultlines.events import modality
from faultlines.events.lexicon import load as load_lexicon
from faultlines.model import Actor, Analysis, Party
from faultlines.syntax import agent
from faultlines.syntax import subject as own_subject
from faultlines.views import DocCache

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "csubj")
# Prepositions that introduce the one an act is done to ("fired at", "talks with", "aid to").
TARGET_PREPS = frozenset({"against", "on", "at", "with", "to", "into", "from", "toward", "towards", "over"})
# Modifiers of an event noun that name its doer ("Israeli shelling", "the Hamas rampage").
AGENT_MODIFIERS = ("poss", "compound", "amod", "nmod")
# Pronouns that never stand for one person: "Lee said they hit him" is not Lee's doing.
NOT_ONE_PERSON = frozenset({"it", "its", "they", "them", "their"})
# Clauses inside a noun phrase say something about it; they do not name who it is.
CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "parataxis"})
# Per-Doc cache: token index -> the actors covering it, for the analysis it was built from.
MENTIONS = DocCache[tuple[Analysis, dict[int, list[Actor]]]]("events.mentions")
# Prepositions of where an act took place.
LOCATIVE = frozenset({"in", "at", "near", "across", "throughout", "outside", "inside", "around"})


def subject(pred: Token) -> Token | None:
    """The doer of a verbal predicate: its subject, a passive's by-agent, or a controller's subject."""
    if syntax.dependent(pred, ("agent",)) is not None:
        return agent(pred)  # a passive's doer, even one whose object the parse lost
    if (own := own_subject(pred, SUBJECTS)) is not None:
        # "the minister, who met his counterpart": the relative pronoun stands for the minister
        relative = syntax.relative_pronoun(own)
        return pred.head if relative and pred.dep_ == "relcl" else own
    if syntax.dependent(pred, ("nsubjpass",)) is not None or _undergone(pred.doc, pred.i) is not None:
        # "after she was released", "returned home after being deported": a passive with no
        # by-agent names no doer, and the subject it shares underwent the act
        return None
    if modality.made_to(pred):
        return syntax.dependent(pred.head, ("dobj",))  # "prompted the police to arrest them"
    if pred.dep_ in ("xcomp", "conj", "advcl", "pcomp") and pred.head.i != pred.i:
        head = pred.head
        if head.dep_ == "prep":
            head = head.head
        if _shared_patient(pred.doc, pred.i) is not None:
            return agent(head)  # "was convicted by a jury and sentenced": the jury sentenced
        passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if pred.dep_ == "conj" and passive is not None and not _is_passive(pred):
            return passive  # "was indicted by the court and will resign": the one indicted resigns
        if pred.dep_ == "advcl" and modality.made_to(head):
            return subject(head.head)  # "forced her to hide while threatening her parents": his threat
        if head.pos_ in ("VERB", "AUX", "ADJ") or pred.dep_ == "conj":
            return subject(head)
    if pred.dep_ == "acomp":
        return subject(pred.head)
    if pred.dep_ in ("relcl", "acl") and pred.head.pos_ in ("NOUN", "PROPN"):
        # "Lee posted a string of messages attacking X": the sender's act, not the messages'
        if pred.tag_ == "VBG" and pred.head.lemma_.lower() in load_lexicon().message:
            sender = syntax.sending(pred.head)
            if sender is not None:
                sent_by = subject(sender) if sender.pos_ in ("VERB", "AUX") else sender
                if sent_by is not None:
                    return sent_by
        return pred.head
    return None


def _is_passive(pred: Token) -> bool:
    return pred.tag_ == "VBN" and any(c.dep_ in ("auxpass", "agent") for c in pred.children)


def _shared_patient(doc: Doc, i: int) -> int | None:
    """The one a passive joined to another verb is done to, when it names no one of its own: the
    subject of the verb it is joined to ("was convicted and sentenced", "pleaded not guilty and
    was released", "dunked and was fouled"). A bare participle is passive only beside a passive;
    one with an auxiliary of its own ("and will resign", "and has released") is not passive."""
    found, cols = syntax.tree(doc), views.columns(doc)
    # "was tased and then shot": a past form the tagger took for a base form (its lemma is another word)
    participle = cols.tag[i] == "VBN" or (cols.tag[i] == "VB" and views.lemmas(doc)[i] != cols.lower[i])
    if found.dep[i] != "conj" or not participle:
        return None
    own = [found.dep[c] for c in found.children(i)]
    head = found.heads[i]
    if "nsubj" in own or "nsubjpass" in own or "aux" in own:
        return None
    beside = found.children(head)
    if "auxpass" not in own and not any(found.dep[c] == "auxpass" for c in beside):
        return None
    return next((c for c in beside if found.dep[c] in ("nsubjpass", "nsubj")), None)


def _undergone(doc: Doc, i: int) -> int | None:
    """The one a passive clause with no subject of its own is done to: the subject of the verb it
    hangs on ("returned home after being deported", "fled before being arrested", "wants to be
    released"), as the one who underwent it, never its doer."""
    found = syntax.tree(doc)
    if found.dep[i] not in ("pcomp", "advcl", "xcomp"):
        return None
    own = [found.dep[c] for c in found.children(i)]
    if "auxpass" not in own or "nsubjpass" in own or "nsubj" in own:
        return None
    head = found.heads[i]
    if found.dep[head] == "prep":
        head = found.heads[head]
    shared = next((c for c in found.children(head) if found.dep[c] in ("nsubj", "nsubjpass")), None)
    if shared is not None:
        return shared
    # "returned home broke after being deported": the verb it hangs on takes its subject from its own head
    who = subject(doc[head])
    return who.i if who is not None else None


def targets(pred: Token) -> list[Token]:
    """Who an act may be done to, best first: a passive subject, the dative ("gave Tanzania a
    grant"), the direct object, then the objects of target prepositions, leaving out times."""
    return [pred.doc[i] for i in target_indexes(pred.doc, pred.i)]


def target_indexes(doc: Doc, pred: int) -> list[int]:
    """``targets`` as token indexes, read on the tree and the columns: asked of every act found."""
    found, cols = syntax.tree(doc), views.columns(doc)
    dep, kids = found.dep, found.children(pred)
    # "OSLO (AP) — The party was accused": the parse may take the dateline for a second subject
    out = [c for c in kids if dep[c] == "nsubjpass" and not syntax.dateline(doc[c])]
    if (patient := _shared_patient(doc, pred)) is not None or (patient := _undergone(doc, pred)) is not None:
        out.append(patient)
    out += [c for relation in ("dative", "dobj") for c in kids if dep[c] == relation]
    for c in kids:
        if dep[c] == "prep" and cols.lower[c] in TARGET_PREPS:
            out += prepositional_objects(doc, c)
    return out


def telling_when(prep: Token) -> bool:
    """A preposition telling when: "on Monday", "over the weekend"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in syntax.TIME_ENTITIES for g in prep.children)


def prepositional_objects(doc: Doc, prep: int) -> list[int]:
    """The objects of a preposition of an act that may be whom it is done to: not a time, and not
    the message or the occasion it was done in ("condemned it in a statement", "at a rally")."""
    found, cols, lemmas, lex = syntax.tree(doc), views.columns(doc), views.lemmas(doc), load_lexicon()
    return [
        g
        for g in found.children(prep)
        if found.dep[g] == "pobj"
        and cols.ent_type[g] not in syntax.TIME_ENTITIES
        and lemmas[g] not in lex.message
        and lemmas[g] not in lex.occasion
    ]


def agent_modifier(noun: Token) -> Token | None:
    """The doer named inside a noun phrase: "Israeli" in "Israeli tanks", "Hamas" in "the Hamas rampage";
    not whose relatives or friends they are ("Lee's relatives asked ...")."""
    if _kin_word(noun):
        return None
    for child in noun.children:
        named = child.pos_ in ("PROPN", "NOUN") or child.ent_type_ in ("NORP", "GPE", "ORG")
        if child.dep_ in AGENT_MODIFIERS and child.i < noun.i and named:
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def party(analysis: Analysis, tokens: list[Token], doer: str | None = None) -> Party | None:
    """The first actor named by one of ``tokens`` (best first) or a word of its phrase, as a Party.

    Within a phrase the person it names acts, in the country and sector of the body their
    description names when they have none of their own ("U.N. envoy Tomas Brandt" is Brandt, for
    the UN); otherwise an actor with a country comes first, and an uncoded one takes a country its
    phrase names; a phrase with no actor but a known place is done to the place's country ("fired
    at targets in Jericho"); failing both, the party a participle ties it to. The ``doer`` is never
    its own target: in "praised her staff" or "withdrew its troops" the possessive names the doer,
    not whom the act is done to.
    None when the parse names no one; a Party with None fields when nothing in the phrases is known.
    """
    if not tokens:
        return None
    doc = tokens[0].doc
    for tok in tokens:
        phrase = _phrase_indexes(tok)
        if (found := _covering(analysis, doc, phrase, doer)) is not None:
            actor, body = found
            # An uncoded actor takes the country its phrase names: "the Sudanese government".
            country = actor.country or (body and body.country) or _place_country(doc, phrase)
            return Party(actor=actor.id, country=country, sector=actor.sector or (body and body.sector))
        if (country := _place_country(doc, phrase)) is not None:
            return Party(country=country)
    for tok in tokens:
        if (found := _covering(analysis, doc, _affiliation(tok), doer)) is not None:
            actor = found[0]
            return Party(actor=actor.id, country=actor.country, sector=actor.sector)
    return Party()


def stands_for(word: Token, party: Party | None, analysis: Analysis) -> bool:
    """Whether ``word``, a doer's first candidate, can be the ``party`` found for it: "it" and "they"
    are no one person, whom the fallback to a reported clause's speaker may find ("Lee told the
    paper that they hit the coach")."""
    if party is None or party.actor is None or word.lower_ not in NOT_ONE_PERSON:
        return True
    actor = analysis.actor(party.actor)
    return actor is None or actor.kind != "person"


def quoted_speaker(analysis: Analysis, tok: Token) -> Party | None:
    """The speaker of the quote that holds a first-person pronoun: "we" in his quote is his side."""
    if tok.lower_ not in pronouns.FIRST_PERSON:
        return None
    return quote_speaker(analysis, tok)


def quote_speaker(analysis: Analysis, tok: Token) -> Party | None:
    """The resolved speaker of the quote whose content holds ``tok``."""
    for quote in analysis.quotes:
        if quote.speaker is None or quote.speaker.actor is None:
            continue
        if any(c.start <= tok.idx < c.end for c in quote.contents):
            actor = analysis.actor(quote.speaker.actor)
            if actor is not None:
                return Party(actor=actor.id, country=actor.country, sector=actor.sector)
    return None


def venue(pred: Token) -> str | None:
    """The country of the place an act took place in, named by a locative phrase of the act or of
    its subject or object: "demonstrated in Serbia", "police in Dili", "a convoy near Kandahar"."""
    # on the tree's indexes: only the words of a locative phrase become Tokens
    doc = pred.doc
    found, lower = syntax.tree(doc), views.columns(doc).lower
    dep = found.dep
    holders = [pred.i, *(c for c in found.children(pred.i) if dep[c] in ("nsubj", "dobj", "nsubjpass"))]
    places = [
        t
        for h in holders
        for c in found.children(h)
        if dep[c] == "prep" and lower[c] in LOCATIVE
        for g in found.children(c)
        if dep[g] == "pobj"
        for t in syntax.ordered_subtree(doc[g])
    ]
    return _place_country(doc, places)


def _phrase_indexes(tok: Token) -> list[int]:
    """The head first (a name set beside it before it), then its coordinated heads, then its
    modifiers left to right, then the rest of the phrase without its clauses ("a warning to Borduria
    that it must admit the monitors"), as indexes: the phrase of a party is read on the columns, and
    most of its words never become Tokens."""
    heads = [tok, *(c for c in tok.conjuncts)]
    # "his wife, Ada Lark": the name set beside a description is who it is, before its owner "his"
    named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"] if tok.pos_ == "NOUN" else []
    heads = named[:1] + heads
    if _kin_word(tok):
        return [h.i for h in heads]  # "Lee's relatives", "relatives of Lee" act for themselves, not Lee
    modifiers = sorted(c.i for h in heads for c in h.children if c.i < h.i)
    clauses = {t for h in heads for c in h.children if c.dep_ in CLAUSES for t in syntax.subtree(c)}
    taken = {h.i for h in heads} | set(modifiers) | clauses
    rest = [i for i in syntax.ordered_subtree(tok) if i not in taken]
    return [h.i for h in heads] + modifiers + rest


def _kin_word(noun: Token) -> bool:
    """A relative, a friend or a neighbour, named by whose they are: they act for themselves."""
    return noun.lemma_.lower() in load_lexicon().relative


def _affiliation(tok: Token) -> list[int]:
    """The objects of a participle that ties an unnamed party to a named one ("workers affiliated
    with the union"), leaving out a by-agent: "rebels backed by Rwanda" are not Rwanda."""
    return [
        t.i
        for acl in tok.children
        if acl.dep_ == "acl" and acl.tag_ == "VBN"
        for prep in acl.children
        if prep.dep_ == "prep" and prep.lower_ != "by"
        for t in prep.subtree
    ]


def _covering(
    analysis: Analysis, doc: Doc, tokens: list[int], doer: str | None = None
) -> tuple[Actor, Actor | None] | None:
    """The first actor covering one of the tokens at ``tokens``, preferring one whose country is
    known (but for a person the phrase is headed by); never the ``doer``, whose own "its" or "her"
    the phrase may hold ("withdrew its troops from Lebanon"). With it, the body whose country and
    sector a person of none acts in: "U.N. envoy Tomas Brandt" acts for the UN."""
    if not tokens:
        return None
    index = _mention_index(analysis, doc)
    found = [actor for i in tokens for actor in index.get(i, ()) if actor.id != doer]
    coded = [a for a in found if a.country]
    if not coded:
        return (found[0], None) if found else None
    first = found[0]
    if first is coded[0]:
        return first, None
    if coded[0].sector == MEDIA and first.sector != MEDIA:
        return first, None  # "NBC's Lester Holt" asks his own questions, of whatever country
    if first.kind != "person":
        return coded[0], None
    if coded[0].kind == "country" or any(doc[i].lower_ in PAST for i in tokens):
        # "Pennsylvania Gov. Ed Rendell" is of the state's country, which the phrase gives; "a
        # former party chairman" no longer acts for the party
        return first, None
    if not any(a is first for a in index.get(tokens[0], ())):
        return coded[0], None
    # "Harbor Lions striker Lee Moss" acts, for the club; "Lark aide Ada Moss" for no body of Lark's
    return first, coded[0] if coded[0].kind != "person" else None


def named_tokens(analysis: Analysis, doc: Doc) -> frozenset[int]:
    """Indexes of the tokens that name a person, organisation or country (not an unnamed group)."""
    index = _mention_index(analysis, doc)
    return frozenset(i for i, actors in index.items() if any(a.kind != "group" for a in actors))


def _mention_index(analysis: Analysis, doc: Doc) -> dict[int, list[Actor]]:
    """Token index -> the actors with a mention covering that token, in actor order; built once per
    Doc and analysis, so finding an event's parties does not scan every mention again."""
    cached = MENTIONS.peek(doc)
    if cached is not None and cached[0] is analysis:
        return cached[1]
    index: dict[int, list[Actor]] = {}
    for actor in analysis.actors:
        for mention in actor.mentions:
            bounds = views.token_bounds(doc, mention.start, mention.end, "contract")
            for i in range(*bounds) if bounds is not None else ():
                index.setdefault(i, []).append(actor)
    MENTIONS.put(doc, (analysis, index))
    return index


def _place_country(doc: Doc, tokens: list[int]) -> str | None:
    """The country of the first place named among the tokens at ``tokens``, by its entity's name or
    its own word; a name the small model leaves untagged counts too ("Canberra suspended ...")."""
    cols = views.columns(doc)
    for i in tokens:
        untagged = cols.pos[i] == "PROPN" and not cols.ent_type[i]
        if cols.ent_type[i] not in ("GPE", "LOC", "FAC", "NORP") and not untagged:
            continue
        if ethnic(doc[i]):
            continue  # "ethnic Albanian guerrillas" are of no country the word names
        ent = syntax.entity(doc[i])
        found = (place(ent.text) if ent is not None else None) or place(cols.text[i])
        if found is not None:
            return found.country
    return None
