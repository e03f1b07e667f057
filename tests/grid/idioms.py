"""The idiom grid: stance idioms and phrasal verbs, each crossed with the shapes news puts it in.

Each idiom takes a side on the thing after it ("pushed back on X", "threw its support behind X");
the shapes vary tense, aspect, an adverb and a relative clause; a denied idiom takes the other side,
as a denied verb does ("did not oppose X"), and so does one declined. The literal uses of an idiom's
words are negatives: they take no side on the topic.
"""

from __future__ import annotations

from itertools import product

# How the text names the holder, and the name a reader gives the actor.
HOLDERS = {
    "person": ("Senator Ada Roos", "Ada Roos"),
    "org": ("the Alliance for Clean Rivers", "Alliance for Clean Rivers"),
}

# The thing at stake as the text names it, and a reader's label for it.
TOPICS = {
    "plural": ("the new tariffs on steel", "tariffs on steel"),
    "law": ("the Clean Harbours Act", "Clean Harbours Act"),
}

# Each holder with one topic: the idioms and shapes are the axes crossed here.
PAIRS = list(zip(HOLDERS.items(), TOPICS.items(), strict=True))

# The idiom as base form, past, participle and the words before the topic; its side on the topic.
# {O} is the holder's own possessive ("its", "her"), {S} its reflexive ("itself", "herself").
IDIOMS = {
    "push_back_on": ("push", "pushed", "pushed", "back on", -1),
    "push_back_against": ("push", "pushed", "pushed", "back against", -1),
    "speak_out_against": ("speak", "spoke", "spoken", "out against", -1),
    "come_out_against": ("come", "came", "come", "out against", -1),
    "rail_against": ("rail", "railed", "railed", "against", -1),
    "take_issue_with": ("take", "took", "taken", "issue with", -1),
    "find_fault_with": ("find", "found", "found", "fault with", -1),
    "balk_at": ("balk", "balked", "balked", "at", -1),
    "bristle_at": ("bristle", "bristled", "bristled", "at", -1),
    "pour_cold_water_on": ("pour", "poured", "poured", "cold water on", -1),
    "take_to_court": ("take", "took", "taken", "{T} to court", -1),
    "file_suit_over": ("file", "filed", "filed", "suit over", -1),
    "file_lawsuit_against": ("file", "filed", "filed", "a lawsuit against", -1),
    "tear_into": ("tear", "tore", "torn", "into", -1),
    "fire_back_at": ("fire", "fired", "fired", "back at", -1),
    "scoff_at": ("scoff", "scoffed", "scoffed", "at", -1),
    "wage_war_on": ("wage", "waged", "waged", "war on", -1),
    "turn_against": ("turn", "turned", "turned", "against", -1),
    "take_aim_at": ("take", "took", "taken", "aim at", -1),
    "hit_out_at": ("hit", "hit", "hit", "out at", -1),
    "lash_out_at": ("lash", "lashed", "lashed", "out at", -1),
    "cry_foul_over": ("cry", "cried", "cried", "foul over", -1),
    "take_a_swipe_at": ("take", "took", "taken", "a swipe at", -1),
    "pour_scorn_on": ("pour", "poured", "poured", "scorn on", -1),
    "cast_doubt_on": ("cast", "cast", "cast", "doubt on", -1),
    "go_to_court_over": ("go", "went", "gone", "to court over", -1),
    "take_action_against": ("take", "took", "taken", "action against", -1),
    "distance_from": ("distance", "distanced", "distanced", "{S} from", -1),
    "come_out_in_favour_of": ("come", "came", "come", "out in favour of", 1),
    "come_out_for": ("come", "came", "come", "out for", 1),
    "sign_on_to": ("sign", "signed", "signed", "on to", 1),
    "get_behind": ("get", "got", "gotten", "behind", 1),
    "line_up_behind": ("line", "lined", "lined", "up behind", 1),
    "rally_behind": ("rally", "rallied", "rallied", "behind", 1),
    "rally_around": ("rally", "rallied", "rallied", "around", 1),
    "side_with": ("side", "sided", "sided", "with", 1),
    "stand_with": ("stand", "stood", "stood", "with", 1),
    "stand_by": ("stand", "stood", "stood", "by", 1),
    "throw_support_behind": ("throw", "threw", "thrown", "{O} support behind", 1),
    "throw_weight_behind": ("throw", "threw", "thrown", "{O} weight behind", 1),
    "press_for": ("press", "pressed", "pressed", "for", 1),
    "push_for": ("push", "pushed", "pushed", "for", 1),
    "make_the_case_for": ("make", "made", "made", "the case for", 1),
    "speak_up_for": ("speak", "spoke", "spoken", "up for", 1),
    "go_to_bat_for": ("go", "went", "gone", "to bat for", 1),
    "sing_the_praises_of": ("sing", "sang", "sung", "the praises of", 1),
    "give_green_light_to": ("give", "gave", "given", "the green light to", 1),
    "sign_off_on": ("sign", "signed", "signed", "off on", 1),
    "stand_up_for": ("stand", "stood", "stood", "up for", 1),
    "heap_praise_on": ("heap", "heaped", "heaped", "praise on", 1),
}

# {H} the holder, {W} its relative pronoun, {B}/{D}/{N} the idiom's base, past and participle, {R} the rest with the topic.
SHAPES = {
    "past": ("{H} {D} {R}.", 1),
    "long": ("{H} has long {N} {R}.", 1),
    "again": ("{H} again {D} {R} on Monday.", 1),
    "adverb": ("{H} sharply {D} {R}.", 1),
    "relative": ("{H}, {W} has {N} {R}, met on Monday.", 1),
    "negated": ("{H} did not {B} {R}.", -1),
    "vowed": ("{H} vowed to {B} {R}.", 1),
    "declined": ("{H} declined to {B} {R}.", -1),
    "firm_adverb": ("{H} {D} {R} hard on Monday.", 1),
}

# Idioms of a deed: denied, it is not done yet, no side taken ("did not sign off on X"), as a denied
# "did not sign X" is.
DEEDS = frozenset({"sign_on_to", "sign_off_on"})

# Literal uses of an idiom's words: no side on the topic.
LITERAL = {
    "pushed_back_date": "{H} pushed back the date of the vote on {T}.",
    "stood_by_door": "{H} stood by the door during the debate on {T}.",
    "behind_schedule": "{H} got behind schedule with the report on {T}.",
    "fired_back_home": "{H} fired back an email about {T} to the press.",
    "signed_on_to_panel": "{H} signed on to speak at a panel about {T}.",
}

PRONOUNS = {"person": "her"}
RELATIVES = {"person": "who"}
REFLEXIVES = {"person": "herself"}


def _text(template: str, holder: str, kind: str, topic: str, idiom: tuple | None = None) -> str:
    base = past = part = rest = ""
    if idiom is not None:
        base, past, part, words, _ = idiom
        rest = words.format(T=topic, O=PRONOUNS.get(kind, "its"), S=REFLEXIVES.get(kind, "itself"))
        rest = rest if "{T}" in words else f"{rest} {topic}".strip()
    text = template.format(H=holder, T=topic, B=base, D=past, N=part, R=rest, W=RELATIVES.get(kind, "which"))
    return " ".join((text[0].upper() + text[1:]).split())


def _side(idiom: str, shape: str, side: int) -> int:
    return 0 if idiom in DEEDS and shape == "negated" else side


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``holder|idiom|shape|topic``."""
    cells = [
        (
            f"{hk}|{ik}|{sk}|{tk}",
            _text(shape, said, hk, phrase, idiom),
            name,
            label,
            _side(ik, sk, sign * idiom[4]),
        )
        for ((hk, (said, name)), (tk, (phrase, label))), (ik, idiom), (sk, (shape, sign)) in product(
            PAIRS, IDIOMS.items(), SHAPES.items()
        )
    ]
    cells += [
        (f"{hk}|literal|{lk}|{tk}", _text(template, said, hk, phrase), name, label, 0)
        for ((hk, (said, name)), (tk, (phrase, label))), (lk, template) in product(PAIRS, LITERAL.items())
    ]
    return [
        {
            "id": cid,
            "text": text,
            "stances": [{"actor": name, "topic": label, "polarity": polarity}],
            "disputes": [],
        }
        for cid, text, name, label, polarity in cells
    ]
