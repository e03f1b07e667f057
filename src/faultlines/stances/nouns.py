"""Stances named by a noun or adjective: "a critic of the levy", "her support for the bill", "Trump
critic Ann Lee", "opposed to the levy", "in favor of the bill", "against the levy".

The noun says the side and its preposition the topic; the holder is whoever the noun describes:
its possessor ("Vega's support for X"), the name it is in apposition with ("Ann Lee, a critic of
X"), the names it lists ("critics of X, like Ann Lee and Bo Kim"), the subject it is predicated of
("Lee has been a critic of X") or the subject of the verb that shows it ("Lee voiced support for
X"). A noun that describes nobody named ("critics say") holds no stance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines import syntax
from faultlines.actors.lexicon import PAST
from faultlines.stances import clauses, phrasal, phrases, polarity, reasons, subjects, support
from faultlines.stances.expression import Expression
from faultlines.stances.lexicon import Lexicon
from faultlines.views import columns, lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, lex: Lexicon) -> list[Expression]:
    """Every noun stance of ``doc`` with a holder token, one expression per holder."""
    cols = columns(doc)
    words = _noun_index(lex)[1]
    found, lowered = [], lemmas(doc)
    # the table's words first, by lemma or as written: most words are neither and never become Tokens
    candidates = zip(lowered, cols.lower, strict=True)
    for i in [i for i, (lemma, word) in enumerate(candidates) if lemma in words or word in words]:
        # "appalled by X" may be parsed as a passive verb, "was moved by X" as an adjective of the
        # verb "move": it is the adjective as written all the same.
        felt = cols.tag[i] in ("VBN", "JJ") and cols.lower[i] in words
        if not felt and (cols.pos[i] not in ("NOUN", "ADJ", "ADP") or lowered[i] not in words):
            continue
        tok = doc[i]
        if (owned := _owned(tok, lex)) is not None:
            found.append(owned)
        if (received := support.received(tok, lex)) is not None:
            found.extend(received)
            continue
        # the topic first: most candidate words have none, and the readings that leave the rest
        # to ``polarity`` need not be asked of them
        stance = _topic(tok, lex)
        if stance is None or _former(tok):
            continue
        if _judged(tok, lex) or _answered(tok, lex) or _in_idiom(tok, lex) or _borne(tok, lex):
            continue  # "deemed his support for X an error": read as a judgement by ``polarity``
        topic, sign = stance
        topic, phrase, inner = phrases.content(topic, lex)
        if phrase is None or topic.lemma_.lower() in lex.circumstance:
            continue  # "troubled by the situation" feels about a state of things, takes no side
        side = sign * inner
        if _shown_by(tok).lemma_.lower() in lex.avoidance:
            continue  # "avoided criticism of X" keeps from the side the noun names
        if _left_open(tok, lex) and not _denied(tok):
            continue
        if _denied(tok):
            if (tok.pos_ == "ADJ" or tok.lemma_.lower() in lex.felt) and side < 0:
                continue  # "not worried about X", "voiced no concern over X" are not for X
            side = -side
        if not _shown(tok, lex):
            continue  # "eased concerns about X": someone else's worry
        for holder in _doers(tok) if tok.lemma_.lower() in lex.deed_noun else _holders(tok):
            found.append(Expression(tok.i, side, topic.i, phrase, agent=holder.i))
    return found


# Kinds of thing whose possessor made it and stands by it: "the state's law", "Velmor's drilling program".
MADE = frozenset({"law", "plan", "rule"})


# Per lexicon, read once: each stance noun's first sign in table order, and every word a noun stance
# may hang on (a stance noun, a generic noun, "against").
_index: tuple[Lexicon, dict[str, int], frozenset[str]] | None = None


def _noun_index(lex: Lexicon) -> tuple[dict[str, int], frozenset[str]]:
    global _index
    if _index is None or _index[0] is not lex:
        first: dict[str, int] = {}
        for words, sign in lex.noun.items():
            first.setdefault(words[0], sign)
        made = frozenset(w for w, k in lex.kind.items() if k in MADE)
        listed = (
            frozenset(first) | frozenset(lex.generic) | frozenset(lex.under) | lex.course | made | {"against"}
        )
        _index = (lex, first, listed)
    return _index[1], _index[2]


def _former(noun: Token) -> bool:
    """ "A former Lee supporter", "a onetime critic of X" hold the side no more. Before a name of
    two words the parse may hang "former" on the name's first word ("a former Ada Lark supporter"),
    so any word of the noun's phrase before it may say it."""
    return any(t.lower_ in PAST for t in noun.doc[noun.left_edge.i : noun.i])


def _denied(word: Token) -> bool:
    """Whether the position word is denied, by "no" ("is no fan of X", "has no objection to X") or
    by a negated verb it hangs on ("would not come to the defense of X")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return True
    tok = _shown_by(word)
    return tok.pos_ in ("VERB", "AUX") and clauses.negated(tok)


def _left_open(word: Token, lex: Lexicon) -> bool:
    """Whether the verb the position word hangs on leaves it open: "may voice support for X", "will
    she voice support for X?" ("could not support X" is a side: see ``_denied``)."""
    tok = _shown_by(word)
    return tok.pos_ in ("VERB", "AUX") and (bool(clauses.tentative(tok, lex)) or clauses.asked(tok))


def _shown_by(word: Token) -> Token:
    """The word a position word hangs on through its prepositions and objects: "rose" in "Lee
    rose in support of X", "avoided" in "avoided criticism of X"."""
    tok = word
    while tok.dep_ in ("pobj", "prep", "dobj", "attr", "acomp"):
        tok = tok.head
    return tok


def _judged(noun: Token, lex: Lexicon) -> bool:
    """Whether a position is itself judged ("now calls his old vote for X an error", "his
    support for X was a blunder"): what is held now is the judgement, not the position."""
    tok = noun
    while tok.dep_ in ("pobj", "prep"):
        tok = tok.head
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if tok is not verb and tok.dep_ not in ("dobj", "nsubj"):
        return False
    return any(c.dep_ in polarity.PREDICATIVE and c.lemma_.lower() in lex.evaluative for c in verb.children)


def _shown(noun: Token, lex: Lexicon) -> bool:
    """Whether a worry that others may address ("allayed concerns about X") is its holder's own: a
    verb shows it ("voiced concern over X"). Alone, "his concern about doing X well" may be care
    for X as well as a worry."""
    if noun.lemma_.lower() not in lex.felt:
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.showing


def _answered(noun: Token, lex: Lexicon) -> bool:
    """Whether a position is the object of a verb that rejects it ("dismissed the criticism of X",
    "pushed back on calls for X"): the position is someone else's, and the subject, who answers it,
    takes the other side, which ``polarity`` reads through the noun. One backed or filed ("backed
    calls for X", "filed a suit against X") is the subject's own side as well."""
    if clauses.child(noun, ("poss",)) is not None or _from(noun) is not None:
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "pushed back on criticism of X"
    if verb.pos_ != "VERB" or noun.dep_ not in ("dobj", "pobj"):
        return False
    match = phrasal.match_phrase(verb, lex.attitude)
    return match is not None and lex.attitude[match[0]] < 0 and match[1] is not None and match[1].i == noun.i


def _borne(noun: Token, lex: Lexicon) -> bool:
    """Whether a position is the object of a verb whose subject bears it or ends it ("Velmo faces a
    suit against its plan", "the judge threw out the suit against X"): someone else's side."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return any(
        (match := phrasal.match_phrase(verb, words)) is not None
        and match[1] is not None
        and match[1].i == noun.i
        for words in (lex.befalling, lex.undo)
    )


def _in_idiom(noun: Token, lex: Lexicon) -> bool:
    """Whether a position noun is a word of an attitude idiom that another verb wills, refuses or
    holds back ("declined to throw her support behind X", "stopped short of throwing her support
    behind X"): ``polarity`` reads the idiom whole, with that frame around it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ not in ("xcomp", "pcomp"):
        return False
    match = phrasal.match_phrase(verb, lex.attitude)
    return match is not None and noun.lower_ in match[0][1:]


def _owned(noun: Token, lex: Lexicon) -> Expression | None:
    """The maker's stance on what they made: "Lee's plan to close the port" is Lee's, for closing
    it; "a request from Lee to reopen it", "the tweets by Lee" too; the law, plan or rule one owns
    ("the state's new law", "Velmor's drilling program"); and the course a named actor takes ("Kim's
    approach")."""
    lemma = noun.lemma_.lower()
    course = lemma in lex.course
    made = lex.kind.get(lemma) in MADE and lemma not in lex.generic and not _sum_due(noun, lex)
    if lex.generic.get(lemma) not in ("ref", "said") and not course and not made:
        return None
    maker = clauses.child(noun, ("poss",))
    if course and (maker is None or maker.pos_ != "PROPN"):
        return None  # "his approach": no named actor whose course it is
    if maker is None:
        by = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "by")), None)
        maker = clauses.child(by, ("pobj",)) if by is not None else None
    if maker is None or maker.pos_ not in ("PROPN", "PRON"):
        return None
    maker = reasons.judged_owner(noun, maker)
    topic, phrase, sign = phrases.content(noun, lex)
    if phrase is None or phrase == "ref":
        return None
    return Expression(noun.i, sign, topic.i, phrase, agent=maker.i, owned=True)


def _sum_due(noun: Token, lex: Lexicon) -> bool:
    """A bill counted in money, named by a levy or plural is a sum to pay, which whoever owes it did
    not make: "Apple's $14 billion tax bill", "his tax bill", "fell behind on its bills"."""
    if noun.lemma_.lower() not in lex.owed:
        return False
    levied = any(c.dep_ == "compound" and c.lemma_.lower() in lex.measure for c in noun.children)
    counted = any(t.ent_type_ == "MONEY" for t in noun.doc[noun.left_edge.i : noun.i])
    return levied or counted or noun.tag_ == "NNS"


# Adverbs that place a subject somewhere, not on a side: "will be back against Croatia".
WHERE = frozenset({"back", "up", "out", "home", "away", "down", "off"})


def _placed_or_described(be: Token) -> bool:
    """Whether "be" already says what or where its subject is, so that "against" names whom it
    meets: an attribute, an adjective or a place."""
    return any(
        c.dep_ in ("attr", "acomp", "oprd") or (c.dep_ == "advmod" and c.lower_ in WHERE) for c in be.children
    )


def _topic(noun: Token, lex: Lexicon) -> tuple[Token, int] | None:
    """The topic token of a stance noun and its side."""
    lemma = noun.lower_ if noun.tag_ in ("VBN", "JJ") else noun.lemma_.lower()
    if lemma == "against" and noun.dep_ == "prep" and noun.head.lemma_ == "be":
        if _placed_or_described(noun.head):
            return None  # "will be back in action against Croatia", "his first against her": an opponent
        obj = clauses.child(noun, ("pobj", "pcomp"))  # "she is against the war"
        return (obj, -1) if obj is not None else None
    # "threw its support behind X": the parse may hang the preposition on the verb, right after the noun
    # (that word told on the head column: the verb's other words become no Token)
    after: tuple[Token, ...] = ()
    if noun.dep_ == "dobj":
        doc, nxt = noun.doc, noun.right_edge.i + 1
        if nxt < len(doc) and nxt != noun.head.i and syntax.tree(doc).heads[nxt] == noun.head.i:
            after = (doc[nxt],)
    for prep in (*noun.children, *after):
        if prep.dep_ in ("prep", "agent") and (sign := lex.noun.get((lemma, prep.lower_))) is not None:
            obj = clauses.child(prep, ("pobj", "pcomp"))
            if obj is not None and support.giver(noun, prep, obj, lex):
                return None
            return (obj, sign) if obj is not None else None
    # "a call for Borduria to accept refugees": the action asked for, parsed as a clause.
    sign = lex.noun.get((lemma, "for"))
    asked = next(
        (c for c in noun.children if c.dep_ in ("advcl", "acl", "relcl") and clauses.marked_by(c, ("for",))),
        None,
    )
    if sign is not None and asked is not None:
        return asked, sign
    # "The Herald gave Lee its endorsement": whom it is given to.
    given = clauses.child(noun.head, ("dative",)) if noun.dep_ == "dobj" else None
    sign = _noun_index(lex)[0].get(lemma)
    if sign is not None and given is not None and given.pos_ in ("PROPN", "NOUN"):
        return given, sign
    # "The levy came under fire from Lee": what came under it is the topic.
    if _under(noun) and (sign := lex.under.get(lemma)) is not None and _from(noun) is not None:
        came = clauses.child(noun.head.head, ("nsubj", "nsubjpass"))
        return (came, sign) if came is not None else None
    # "The plan drew criticism from Lee": what drew it is the topic.
    sign = _noun_index(lex)[0].get(lemma)
    if sign is not None and _from(noun) is not None and noun.dep_ == "dobj":
        drew = clauses.child(noun.head, ("nsubj",))
        return (drew, sign) if drew is not None else None
    # "Trump critic Ann Lee", "Lee, a Trump supporter": the name before the noun is the topic.
    sign = lex.noun.get((lemma,))
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (named[-1], sign) if sign is not None and named else None


def _aux_subject(verb: Token) -> Token | None:
    """The subject the parse may hang on the auxiliary: "Lee is opposed to X" with "Lee" under "is"."""
    aux = clauses.child(verb, ("auxpass", "aux"))
    return clauses.child(aux, ("nsubj", "nsubjpass")) if aux is not None else None


def _its_subject(noun: Token) -> Token | None:
    """The body or country "its" stands for as the subject of the verb showing the position: "the
    union threw its support behind X", "Norland restated its opposition to X"."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    subject = clauses.child(verb, ("nsubj",))
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or subject.ent_type_ == "PERSON":
        return None
    return subject


def _member(noun: Token) -> Token | None:
    """Who is counted among the holders: "Lee is among the critics of X", "Lee is one of the
    critics of X", "Lee, one of the backers of X"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "among" and prep.head.lemma_ == "be":
        return clauses.child(prep.head, ("nsubj",))
    one = prep.head
    if prep.lower_ != "of" or one.lower_ != "one":
        return None
    if one.dep_ == "appos":
        return one.head
    return clauses.child(one.head, ("nsubj",)) if one.dep_ == "attr" and one.head.lemma_ == "be" else None


def _fronted(noun: Token) -> bool:
    """A noun describing the subject before it is named, parsed as a modifier of its verb; not a
    clause with a subject of its own ("With leaders worried about X, Lee ...")."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("npadvmod", "advcl")
        and noun.head.pos_ in ("VERB", "AUX")
        and clauses.child(noun, clauses.SUBJECTS) is None
    )


def _from(noun: Token) -> Token | None:
    """Whose the position is, after "from": "(drew) criticism from Lee and Kim", "(came) under fire
    from Lee"."""
    owners = (noun, noun.head) if noun.dep_ == "dobj" else (noun, noun.head.head) if _under(noun) else (noun,)
    prep = next((p for o in owners for p in o.children if p.dep_ == "prep" and p.lower_ == "from"), None)
    return clauses.child(prep, ("pobj",)) if prep is not None else None


def _under(noun: Token) -> bool:
    """Whether a noun is what a verb's subject comes or is under: "came under fire", "is under attack"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX")


def _doers(noun: Token) -> list[Token]:
    """Who did the deed a noun names: its possessor ("Velmora's passage of X") or its agent,
    which the parse may hang on the thing done ("the signing of X by Lee")."""
    poss = clauses.child(noun, ("poss",))
    if poss is not None:
        return [poss]
    done = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    by = next((p for h in (noun, *done) for p in h.children if p.dep_ == "prep" and p.lower_ == "by"), None)
    agent = clauses.child(by, ("pobj",)) if by is not None else None
    return [agent] if agent is not None else []


def _holders(noun: Token) -> list[Token]:
    if noun.tag_ == "VBN" or noun.dep_ == "ccomp":  # "she was appalled by X", "said he was moved by X"
        if (s := clauses.child(noun, ("nsubjpass", "nsubj")) or _aux_subject(noun)) is not None:
            return [s]
        if noun.dep_ == "conj" and (first := syntax.first_conjunct(noun)).dep_ == "acomp":
            return _holders(first)  # "we are shocked and saddened by X": the feelings share a subject
        if noun.dep_ != "acomp":  # "Lee is opposed to X": the subject is the copula's
            return []
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        return [noun.head]
    if (member := _member(noun)) is not None:
        return [member]  # "Lee is one of the region's critics of X": Lee, not the region
    poss = clauses.child(noun, ("poss",))
    if poss is not None:
        return [_its_subject(noun) or poss] if poss.lower_ == "its" else [poss]
    if (source := _from(noun)) is not None:
        return [source, *(c for c in source.subtree if c.dep_ == "conj")]
    if any(p.dep_ == "prep" and p.lower_ in polarity.LISTING for p in noun.children):
        return [noun]  # "critics of X, like Ann Lee and Bo Kim": the holders are its list
    if noun.dep_ == "appos":
        return [syntax.name_head(noun.head)]
    if _fronted(noun):
        # "A longtime critic of the levy, Lee voted against it": the description fronts its subject.
        subject = clauses.child(noun.head, ("nsubj",))
        return [subject] if subject is not None and subject.i > noun.i else []
    appos = clauses.child(noun, ("appos",))
    if appos is not None:
        return [appos]
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "to"):
        head = head.head  # "voted in favor of X", "her vote in favor of X"
        if head.pos_ == "NOUN":
            return [poss] if (poss := clauses.child(head, ("poss",))) is not None else []
    if noun.dep_ == "oprd" and head.pos_ == "VERB":
        # "called Lee a critic of X" describes Lee; "called the death an indictment of X" is the namer's
        named = clauses.child(head, ("dobj",))
        if named is not None and named.pos_ in ("PROPN", "PRON"):
            return [named]
    if noun.dep_ in ("attr", "dobj", "acomp", "prep", "pobj", "oprd") and head.pos_ in ("VERB", "AUX"):
        subject = clauses.child(head, ("nsubj",)) or subjects.adjunct_subject(head)
        return [subjects.relative_antecedent(subject)] if subject is not None else []
    return []
