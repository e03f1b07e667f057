"""He/she pronouns linked to the nearest earlier person of a compatible gender outside quotation marks,
preferring grammatical subjects, sentence by sentence; a pronoun that settles a gender still unknown
teaches it to the cluster."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.actors.clusters import WINDOW, Cluster
from faultlines.syntax import subject_rank
from faultlines.views import columns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from faultlines.actors.clusters import Clusters

PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip

# Sentence number -> its person mentions: (token index, cluster, subject rank, quotation number).
SentenceMentions = dict[int, list[tuple[int, Cluster, int, int | None]]]


def link(clusters: Clusters, doc: Doc, sent_of: list[int]) -> None:
    """Link he/she pronouns to the nearest earlier compatible person: in the pronoun's sentence the
    subject of the clause it hangs from first, else main-clause subjects first."""
    people = clusters.persons()
    if not people:
        return
    # A name inside a quotation is what the speaker talks about ("I admire Petra," he said), so it is
    # an antecedent only for pronouns inside the same quotation ("Petra knows what she wants").
    quoted = clusters.quoted
    # The mentions of each sentence, in text order, then in the order pronouns were linked.
    mentions: SentenceMentions = {}
    for s, *mention in sorted(
        (sent_of[span.start], span.start, person, _salience(span.root), quoted.get(span.start))
        for person in people
        for span in person.spans
    ):
        mentions.setdefault(s, []).append(tuple(mention))
    lower = columns(doc).lower
    for i in [i for i, word in enumerate(lower) if word in PRONOUNS]:  # few words are he or she
        gender = PRONOUNS[lower[i]]
        if i in clusters.at:
            continue
        tok = doc[i]
        # a pronoun object is never its own clause's subject, nor anyone that subject is
        barred = {clusters.at[j] for j in _own_subjects(tok) if j in clusters.at}
        governing = tuple(clusters.at[j] for j in _governing_subjects(tok) if j in clusters.at)
        person = (
            _emphasised(tok, clusters, gender)
            or _object_owner(tok, clusters, gender)
            or _antecedent(mentions, sent_of[tok.i], tok.i, gender, quoted.get(tok.i), barred, governing)
        )
        if person is not None:
            person.gender = person.gender or gender
            person.stated = person.stated or gender
            span = doc[tok.i : tok.i + 1]
            person.spans.append(span)
            clusters.add(person, span)
            mentions.setdefault(sent_of[tok.i], []).append(
                (tok.i, person, subject_rank(tok), quoted.get(tok.i))
            )


def _salience(root: Token) -> int:
    """How prominent a mention is: its subject rank, below any other mention when the name only
    modifies another noun ("on The Ada Lind Show", "the Quist campaign")."""
    return -1 if root.dep_ == "compound" else subject_rank(root)


# Marks that set off an aside: "Lee - himself a former mayor - backed it", "Lee, herself a nurse,".
ASIDE_MARKS = frozenset({",", "-", "–", "—", "("})


def _emphasised(tok: Token, clusters: Clusters, gender: str) -> Cluster | None:
    """The person an emphatic "himself" or "herself" set off after a name stands beside: in "Lee -
    himself a former mayor - and Kim backed him", Lee, whom the parse may not hang it on."""
    if not tok.lower_.endswith("self") or tok.dep_ in ("dobj", "pobj", "dative") or tok.i < 2:
        return None
    mark, name = tok.nbor(-1), tok.nbor(-2)
    person = clusters.at.get(name.i) if mark.text in ASIDE_MARKS else None
    return (
        person if person is not None and person.kind == "person" and person.gender in (None, gender) else None
    )


# Prepositions of what one is judged or asked over: "attacked Lee for her vote", "over his plan".
MATTER = frozenset({"for", "over", "on", "about"})


def _object_owner(tok: Token, clusters: Clusters, gender: str) -> Cluster | None:
    """The person a verb is done to, for a possessive in the matter it is done over: in "Ruiz
    attacked Lee over his plan" the plan is Lee's, as readers take it, not the subject's."""
    if tok.dep_ != "poss" or tok.lower_ not in ("his", "her") or tok.head.dep_ != "pobj":
        return None
    prep = tok.head.head
    if prep.dep_ != "prep" or prep.lower_ not in MATTER or prep.head.pos_ != "VERB":
        return None
    done_to = [clusters.at.get(c.i) for c in prep.head.children if c.dep_ == "dobj"]
    person = next((c for c in done_to if c is not None and c.kind == "person"), None)
    return person if person is not None and person.gender in (None, gender) else None


def _own_subjects(tok: Token) -> frozenset[int]:
    """The subjects a "him" or "her" object (of the verb or of its preposition) cannot stand for: its
    verb's own, and that of each verb whose subject its infinitive shares ("he tried to convince
    him": someone else; "he asked the mayor to fire him" may be himself, the mayor being the one to
    act)."""
    if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "dative", "pobj"):
        return frozenset()
    verb = tok.head
    if tok.dep_ == "pobj":
        # "they lined up behind him", "voted for her": the verb's own preposition; with an object
        # beside it the phrase may place that object by the subject ("put the bag beside her")
        verb = verb.head
        if tok.head.dep_ != "prep" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return frozenset()
    found = set()
    while verb.pos_ in ("VERB", "AUX"):
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            found.update(_joined(subject))
        to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        head = verb.head
        if not (verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to)) or head.i == verb.i:
            break
        if any(c.dep_ in ("dobj", "dative") for c in head.children):
            break  # the infinitive's doer is the head's object
        verb = head
    return frozenset(found)


def _joined(subject: Token) -> list[int]:
    """A subject's head word and those of the names joined to it: in "the union and Lee", "Lee, Kim
    and Ruiz" each is the subject."""
    return [subject.i] + [j for c in subject.children if c.dep_ in ("conj", "appos") for j in _joined(c)]


def _antecedent(
    mentions: SentenceMentions,
    sent_no: int,
    tok_i: int,
    gender: str,
    quote: int | None,
    barred: set[Cluster],
    governing: tuple[Cluster, ...] = (),
) -> Cluster | None:
    for back in range(WINDOW + 1):
        here = [
            (i, c, subj)
            for i, c, subj, q in mentions.get(sent_no - back, ())
            if i < tok_i and c.gender in (None, gender) and q in (None, quote) and c not in barred
        ]
        if back == 0 and governing and (near := _governing(here, governing)) is not None:
            return near
        if here:
            return max(here, key=_preference(back, quote is not None))[1]
    return None


def _governing(here: list[tuple[int, Cluster, int]], governing: tuple[Cluster, ...]) -> Cluster | None:
    """The subject of the nearest clause governing the pronoun among the candidates as sure to match
    as any: a person known to match still outranks one whose gender nobody has told."""
    sure = [c for _, c, _ in here if c.gender is not None] or [c for _, c, _ in here]
    return next((g for g in governing if any(c is g for c in sure)), None)


def _preference(back: int, quoted: bool = False):
    """How candidates of one sentence rank. Within the pronoun's own sentence a person known to match
    outranks one whose gender nobody has told ("Mayor Zoltar Quenby praised Anna Berg after she won");
    in an earlier sentence its main subject does, as the story carries on about them ("Zippy Duvall
    said ... the president. He urged ..."), unless the pronoun is quoted: a speaker's "she" is whom
    they talk about, often the one the sentence before acted on ("Gov. Kit Arlow scolded Mrs. Ada
    Quist. 'She has no plan,' he said")."""
    if back and quoted:
        return lambda x: (x[1].gender is not None, x[2] == 2, x[2], x[0])
    if back:
        return lambda x: (x[2] == 2, x[1].gender is not None, x[2], x[0])
    return lambda x: (x[1].gender is not None, x[2], x[0])


# Clauses a pronoun's clause may hang from, whose subjects govern it: "said Lee won because he ran",
# "Lee was right when he said", "said Lee would fight, proving he was fit".
GOVERNED = frozenset({"advcl", "ccomp", "xcomp", "conj"})


def _governing_subjects(tok: Token) -> list[int]:
    """The subjects named before the pronoun of its own clause and of the clauses it hangs from,
    nearest first: in "Ada Lind said Ivo Marsh lost because he ran late" Marsh, whose clause the
    pronoun's hangs from, comes before Lind, who only reports it; in "Lind said Marsh released his
    returns", Marsh's own clause names him; in "Lind said he lost", only Lind is there."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "hit him in his face": a possessive after a pronoun object is that object's, not the subject's
    done_to = any(c.dep_ in ("dobj", "dative") and c.tag_ == "PRP" and c.i < tok.i for c in verb.children)
    found = [] if done_to else _subjects_before(verb, tok.i)
    while verb.dep_ in GOVERNED and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        found += _subjects_before(verb, tok.i)
    return found


def _subjects_before(verb: Token, i: int) -> list[int]:
    return [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i]
