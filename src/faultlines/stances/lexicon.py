"""The stance vocabulary of ``stance_words.txt``, read once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from faultlines import tables
from faultlines.actors.lexicon import voices_of
from faultlines.quotes import cues

WORDS_FILE = Path(__file__).with_name("stance_words.txt")


@dataclass(frozen=True, slots=True)
class Lexicon:
    evaluative: dict[str, int]
    capacity: frozenset[str]  # "unfit": "unfit to serve" judges its subject, not serving
    # A phrase is its words: the verb lemma first, then particles/prepositions ("call for" -> ("call", "for")).
    attitude: dict[tuple[str, ...], int]
    contesting: frozenset[tuple[str, ...]]  # ("fight",): "fought the battle" names the contest, no side
    granting: frozenset[tuple[str, ...]]  # ("extend",): a side only on a leave or term ([permission])
    signing: frozenset[tuple[str, ...]]  # ("sign",): a side only on a text that binds ([signed], [kind])
    asking: frozenset[tuple[str, ...]]  # ("question",): "questioned the witness" asks, no side
    volition: dict[str, int]
    stated: frozenset[str]  # volition heads that report their subject's own position ("vowed to")
    scheduling: frozenset[str]  # volition heads that name a plan ("plans to"): what will be done next
    deciding: frozenset[str]  # volition heads whose subject proposes the act ("decided to close X")
    mandative: frozenset[str]  # verbs whose bare that-clause is demanded ("demanded that X stop")
    promising: frozenset[str]  # volition heads promising their that-clause ("pledged that it would X")
    ready: frozenset[str]  # volition heads of readiness, borne by the subject they complete ("is set to")
    duty: frozenset[str]  # volition heads laying the action on their subject ("needs to"): not its stance
    demanding: frozenset[str]  # modals laying the action on their subject ("must back X"): not its stance
    firm: frozenset[str]
    tentative: frozenset[str]
    future: frozenset[str]
    carrier: frozenset[tuple[str, ...]]
    light: frozenset[str]
    condition: frozenset[str]
    charge: frozenset[str]  # "accuse": against the act it charges someone with ("of hiding X")
    rebuttal: frozenset[str]  # "deny": a side only on a claim ("denied the claims")
    charge_noun: frozenset[str]  # "charge": what a defendant denies or pleads to ("the charges")
    arrival: frozenset[str]  # "reach": "will veto it if it reaches his desk" is no condition on the side
    office: dict[str, frozenset[str]]  # "win" -> {"election", ...}: "if she wins, she will X" is a pledge
    placeholder: frozenset[str]
    undo: frozenset[tuple[str, ...]]
    bringing_out: frozenset[tuple[str, ...]]  # "unveil": the doer of a product launch takes no side
    halting: frozenset[tuple[str, ...]]  # ("scuttle",): "Marsh scuttled the talks" is against them
    aspect: frozenset[str]
    comparative: dict[str, int]
    generic: dict[str, str]  # noun -> "ref" (stands for a topic named before) or "none"
    contrast: frozenset[str]
    noun: dict[tuple[str, ...], int]  # ("critic", "of") -> -1; ("critic",) -> -1
    deed_noun: frozenset[str]  # "passage": a deed's noun, whose side is its doer's alone
    reaction_noun: dict[str, int]  # "criticism" -> -1: a reaction a bare "the criticism" stands for
    undo_noun: frozenset[tuple[str, str]]  # ("repeal", "of")
    circumstance: frozenset[str]
    avoidance: frozenset[str]  # "avoided criticism of X": no side taken
    feeling: dict[str, int]  # "scare" -> -1: "X scares me" is the speaker's stance against X
    regard: frozenset[str]  # "describe": "described X as a mistake" judges X
    finding: frozenset[str]  # "find": "I find it troubling" judges it by the bare adjective after it
    factive: frozenset[str]  # "expose": "exposes him as a fraud" is the speaker's naming, whoever exposes
    practice: frozenset[str]  # "habit": "her habit of attacking X" is her attack on X
    course: frozenset[str]  # "approach": "Kim's approach" is Kim's, who stands by it
    kind: dict[str, str]  # "bill" -> "law": "the bill" may be the "Harbor Act" named before
    signed: frozenset[str]  # "petition": "signed a petition" takes its side
    misconduct: frozenset[str]  # "lie": "Kim lied about it", in Lee's words, is Lee's blame of Kim
    manner: dict[str, int]  # "foolishly" -> -1: "Kim foolishly closed X", in Lee's words, judges the act
    leaning: dict[str, int]  # "anti" -> -1: "the anti-Vesta League" is against Vesta
    leaning_exempt: frozenset[str]  # "semitism": "anti-Semitism" names no party
    will_noun: dict[str, int]  # "pledge" -> 1, "refusal" -> -1: "her pledge to scrap X" is her will
    drive: frozenset[str]  # "campaign": "launched the campaign" carries it out, as a proposal
    race: frozenset[str]  # "presidential": "her presidential campaign" is a run for office
    decided: frozenset[str]  # "selection": "announced the selection of X" carries it out
    join: frozenset[str]  # "lead": "led the effort to scrap X" is the subject's will
    make: frozenset[tuple[str, ...]]  # ("issue",), ("roll", "out"): "the agency issued the rules"
    start: frozenset[tuple[str, ...]]  # ("launch",): "launched a campaign to curb X" sets an act going
    alias: dict[str, str]  # "obamacare" -> "affordable care act": one thing, no word in common
    fitness: frozenset[str]  # "temperament": "he lacks the temperament to lead" judges him unfit
    wording: frozenset[str]  # "term", "phrase": one word in a topic's key ("using the term X")
    omission: frozenset[str]  # "fail", "refuse": "failing to release X" leaves X unreleased
    version: frozenset[str]  # "revised": "his revised plan" is his plan, as "his tax plan" is
    wrapper: frozenset[str]  # "discussion": "blocked any discussion of X" names X
    nominal: dict[str, str]  # "withdrawal" -> "withdraw": the act's noun counts as its verb in a key
    act_verb: frozenset[str]  # "announce": "announced that it would X" tells an act done
    act_doer: frozenset[str]  # "make": "Velmor made a decision to X" says whose the act is
    sanction: frozenset[str]  # "suspend": "suspended Lee for striking X" is against striking X
    deal: frozenset[str]  # "deal": "finalized a deal to buy X" is for the deal
    deal_verb: frozenset[tuple[str, ...]]  # ("commit", "to"): "committed to a rescue" is for it
    deployed: frozenset[str]  # "troop": "withdraw the troops" is an act taken a side on
    hope: frozenset[str]  # "hope", "hopeful": "hoped the swap would X" is for the swap
    becoming: frozenset[str]  # "go": "it went bankrupt" tells what happened, judges nothing
    passing: frozenset[str]  # "send": "sent a terrible message" passes on the message's judgement
    working: dict[tuple[str, ...], int]  # "work" -> +1: "the levy works" judges it by whether it does its job
    embodying: frozenset[str]  # "embody": "she embodies greed" judges her
    surprising: frozenset[str]  # "amaze": rated by VADER, takes no side
    effort: frozenset[str]  # "hard": how hard an act is takes no side on it
    measure: frozenset[str]  # "levy": "the levy will hurt shops" judges the levy by its effect
    owed: frozenset[str]  # "bill": "his tax bill" is a sum he owes, not a law he made
    vehicle: frozenset[str]  # "sign": "a sign of weakness" judges by what it is of
    trying: frozenset[str]  # "attempt": "a crude attempt to mislead the town" judges by what it tries
    factual: frozenset[str]  # "true": rated by VADER, states a fact
    answering: frozenset[str]  # "ask": "asked about X, Lee said" answers X
    naming: frozenset[str]  # "call": "what she called a breach" names her object so
    stop_noun: frozenset[str]  # "mine": a stop word that names a thing at stake
    community: frozenset[str]  # "country": "the country needs X" is a case made for X
    requirement: frozenset[str]  # "precondition": "X is a precondition for talks" is for X
    contest: frozenset[str]  # "battle": "fought the battle" takes no side against it
    reported: frozenset[str]  # "say": "is said to oppose X" lends its subject to the infinitive
    sensing: frozenset[str]  # "learn": "sad to learn X" feels about X
    state: frozenset[str]  # "seem": a verb of a state, not an act
    failing: frozenset[str]  # "collapse": a deed that comes to nothing
    time_unit: frozenset[str]  # "decade": measures time, names nothing at stake
    given: frozenset[str]  # "endorsement": "the endorsement of Lee" is given by Lee
    representative: frozenset[str]  # "lawyer": "lawyers for Lee opposed it" state Lee's position
    member: frozenset[str]  # "leader": "Apex leaders denied it" is Apex's denial
    felt: frozenset[str]  # "concern": a worry held only by its possessor or a [showing] verb's subject
    showing: frozenset[str]  # "voice": "voiced concern over X" shows the subject's own worry
    receiving: frozenset[str]  # "win": "Kim won the support of Lee" is Lee's side on Kim
    funding: frozenset[str]  # "pledge": "pledged $2 billion to rebuild X" is for rebuilding it
    befalling: frozenset[tuple[str, ...]]  # "face": "faces a suit against X" bears another's side
    permission: frozenset[str]  # "waiver": "extended the waiver" is for it
    under: dict[str, int]  # "fire" -> -1: "the levy came under fire from Lee" is Lee's side against it
    ruling_act: frozenset[str]  # "strike": "struck down the levy" is what "the ruling" then names
    conformity: dict[tuple[str, str], int]  # ("line", "with") -> 1: "in line with our policy" keeps to it
    norm: frozenset[str]  # "law", "policy": what a thing may keep to or break


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The stance vocabulary shipped beside this module."""
    s = tables.sections(WORDS_FILE)

    def words(name: str) -> frozenset[str]:
        return frozenset(row[0] for row in s[name])

    def phrases(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(row[0].split()) for row in s[name])

    # A row's marks follow its word (and its polarity, a number no mark is): "appeal  -1  contest".
    def marked(name: str, mark: str) -> frozenset[str]:
        return frozenset(row[0] for row in s[name] if mark in row[1:])

    def marked_phrases(name: str, mark: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(row[0].split()) for row in s[name] if mark in row[1:])

    return Lexicon(
        evaluative={row[0]: int(row[1]) for row in s["evaluative"]},
        capacity=marked("evaluative", "capacity"),
        attitude={tuple(row[0].split()): int(row[1]) for row in s["attitude"]},
        contesting=marked_phrases("attitude", "contest"),
        granting=marked_phrases("attitude", "granting"),
        signing=marked_phrases("attitude", "signing"),
        asking=marked_phrases("attitude", "asking"),
        volition={row[0]: int(row[1]) for row in s["volition"]},
        stated=marked("volition", "stated"),
        scheduling=marked("volition", "schedule"),
        deciding=marked("volition", "decision"),
        mandative=cues.tagged(cues.MANDATIVE),
        promising=marked("volition", "would"),
        ready=marked("volition", "ready"),
        duty=marked("volition", "duty"),
        firm=words("firm"),
        demanding=marked("firm", "duty"),
        tentative=words("tentative"),
        future=words("future"),
        carrier=phrases("carrier"),
        light=words("light"),
        condition=words("condition"),
        charge=words("charge"),
        rebuttal=words("rebuttal"),
        charge_noun=words("charge noun"),
        arrival=words("arrival"),
        office={row[0]: frozenset(row[1:]) for row in s["office"]},
        placeholder=words("placeholder"),
        undo=phrases("undo"),
        bringing_out=phrases("bringing out"),
        halting=marked_phrases("undo", "told"),
        aspect=words("aspect"),
        comparative={row[0]: int(row[1]) for row in s["comparative"]},
        generic={row[0]: row[1] for row in s["generic"]},
        contrast=words("contrast"),
        noun={tuple(row[0].split()): int(row[1]) for row in s["noun"]},
        deed_noun=frozenset(row[0].split()[0] for row in s["noun"] if "done" in row[2:]),
        reaction_noun={row[0].split()[0]: int(row[1]) for row in s["noun"] if "reaction" in row[2:]},
        undo_noun=frozenset(tuple(row[0].split()) for row in s["undo noun"]),
        circumstance=words("circumstance"),
        avoidance=words("avoidance"),
        feeling={row[0]: int(row[1]) for row in s["feeling"]},
        regard=words("regard"),
        finding=marked("regard", "finding"),
        factive=marked("regard", "factive"),
        practice=words("practice"),
        course=words("course"),
        kind={row[0]: row[1] for row in s["kind"]},
        will_noun={row[0]: int(row[1]) for row in s["will noun"]},
        signed=words("signed"),
        misconduct=words("misconduct"),
        manner={row[0]: int(row[1]) for row in s["manner"]},
        leaning={row[0]: int(row[1]) for row in s["leaning"] if "exempt" not in row[1:]},
        leaning_exempt=marked("leaning", "exempt"),
        drive=words("drive"),
        race=words("race"),
        decided=words("decided"),
        join=words("join"),
        make=phrases("make"),
        start=marked_phrases("make", "start"),
        alias={row[0]: row[1] for row in s["alias"]},
        fitness=words("fitness"),
        wording=words("wording"),
        omission=words("omission") | {row[0] for row in s["volition"] if int(row[1]) < 0},
        version=words("version"),
        wrapper=words("wrapper"),
        nominal={row[0]: row[1] for row in s["nominal"]},
        act_verb=frozenset(row[0] for row in s["act verb"] if "doer" not in row[1:]),
        act_doer=words("act verb"),
        sanction=words("sanction"),
        deal=words("deal"),
        deal_verb=phrases("deal verb"),
        deployed=words("deployed"),
        hope=words("hope"),
        becoming=words("becoming"),
        passing=words("passing"),
        working={tuple(row[0].split()): int(row[1]) for row in s["working"]},
        embodying=words("embodying"),
        surprising=words("surprising"),
        effort=words("effort"),
        measure=words("measure"),
        owed=words("owed"),
        vehicle=words("vehicle"),
        trying=words("trying"),
        factual=words("factual"),
        answering=words("answering"),
        # the cue verbs tagged as naming, and the stances' own ([regard] rows marked "naming")
        naming=cues.tagged(cues.NAMING) | {row[0] for row in s["regard"] if "naming" in row[1:]},
        stop_noun=words("stop noun"),
        community=words("community"),
        requirement=words("requirement"),
        contest=words("contest"),
        reported=words("reported"),
        sensing=words("sensing"),
        state=words("state"),
        failing=words("failing"),
        time_unit=words("time unit"),
        given=words("given"),
        # who speaks for someone is the actors' fact (actors/voices.tsv), read here for stances
        representative=voices_of("spokesperson", "counsel"),
        member=voices_of("member"),
        felt=frozenset(row[0].split()[0] for row in s["noun"] if "felt" in row[2:]),
        showing=words("showing"),
        receiving=words("receiving"),
        funding=words("funding"),
        befalling=phrases("befalling"),
        permission=words("permission"),
        under={row[0]: int(row[1]) for row in s["under"]},
        ruling_act=words("ruling act"),
        conformity={(row[0].split()[0], row[0].split()[1]): int(row[1]) for row in s["conformity"]},
        norm=words("norm"),
    )
