"""The events grid: who acts x the PLOVER type and how it is told (done, passive, nominal, planned,
possible, denied), and sentences that report no event, each under every source.

Scored like ``events-sentences-dev``: only events told as having happened count, so a planned or
denied event and a sentence with no event are right when nothing is reported as done.
"""

from __future__ import annotations

from itertools import product

KIND = "sentence_events"

# How the text names the one acting, and a reader's name for it.
SOURCES = {
    "person": ("Senator Ada Roos", "Ada Roos"),
    "organisation": ("the Federation of Dairy Farmers", "Federation of Dairy Farmers"),
    "country": ("Canada", "Canada"),
    "government_of": ("the government of Peru", "Peru government"),
    "police": ("police in Chile", "police"),
    "minister": ("Brazil's foreign minister", "Brazil's foreign minister"),
}
TARGET, TARGET_NAME = "Tomas Berg, the mayor of Lisbon,", "Tomas Berg"

# Forms whose event has not happened: planned or possible ("hypothetical") and denied ("negated").
NOT_DONE = {"future": "hypothetical", "plan": "hypothetical", "modal": "hypothetical", "denied": "negated"}

FORMS = {
    "ACCUSE": {
        "criticised": "{S} criticised {T} for the delays.",
        "condemned": "{S} condemned {T} on Monday.",
        "blamed": "{S} blamed {T} for the flooding.",
        "accused": "{S} accused {T} of fraud.",
        "charged": "{S} charged {T} with bribery.",
        "investigated": "{S} opened an investigation into {T}.",
        "perfect": "{S} has denounced {T}.",
        "passive": "{t} was criticised by {S} on Monday.",
        "future": "{S} will criticise {T} on Monday.",
        "denied": "{S} did not criticise {T}.",
    },
    "SUPPORT": {
        "praised": "{S} praised {T} on Monday.",
        "endorsed": "{S} endorsed {T} for re-election.",
        "thanked": "{S} thanked {T} for the help.",
        "passive": "{t} was praised by {S}.",
        "future": "{S} is expected to endorse {T}.",
        "denied": "{S} did not endorse {T}.",
    },
    "REQUEST": {
        "urged": "{S} urged {T} to resign.",
        "told": "{S} told {T} to resign.",
        "called_for": "{S} called for {T} to resign.",
        "called_on": "{S} called on {T} to release the report.",
        "asked": "{S} asked {T} to reopen the port.",
        "ordered": "{S} ordered {T} to stop the works.",
        "demanded": "{S} demanded that {T} apologise.",
        "passive": "{t} was urged by {S} to resign.",
        "plan": "{S} plans to ask {T} for a recount.",
        "denied": "{S} did not ask {T} to resign.",
    },
    "AGREE": {
        "promised": "{S} promised to cooperate with {T} on water.",
        "pledged": "{S} pledged to work with {T}.",
        "agreed": "{S} agreed to a ceasefire with {T}.",
        "reached": "{S} reached an agreement with {T}.",
        "modal": "{S} may sign a trade deal with {T}.",
        "denied": "{S} did not sign the deal with {T}.",
    },
    "CONSULT": {
        "met": "{S} met {T} on Monday.",
        "met_with": "{S} met with {T} on Monday.",
        "talks": "{S} held talks with {T} in Madrid.",
        "phone": "{S} spoke by phone with {T}.",
        "visited": "{S} visited {T} in Lisbon.",
        "future": "{S} will meet {T} next week.",
        "plan": "{S} plans to meet {T} next week.",
        "modal": "{S} may meet {T} next week.",
        "denied": "{S} did not meet {T}.",
    },
    "COERCE": {
        "arrested": "{S} arrested {T} on Monday.",
        "detained": "{S} detained {T} at the airport.",
        "seized": "{S} seized a shipment belonging to {T}.",
        "shut": "{S} shut down a newspaper owned by {T}.",
        "sentenced": "{S} sentenced {T} to two years in prison.",
        "passive": "{t} was arrested by {S} on Monday.",
        "nominal": "The arrest of {T} by {S} drew crowds.",
        "denied": "{S} did not arrest {T}.",
    },
    "SANCTION": {
        "cut_ties": "{S} cut ties with {T}.",
        "fined": "{S} fined {T} for the spill.",
        "cancelled": "{S} cancelled a contract with {T}.",
        "passive": "{t} was fined by {S} for the spill.",
        "plan": "{S} plans to cut ties with {T}.",
        "denied": "{S} did not fine {T}.",
    },
    "AID": {
        "donated": "{S} donated food to {T}.",
        "asylum": "{S} granted asylum to {T}.",
        "future": "{S} will donate food to {T}.",
    },
    "PROTEST": {
        "rallied": "{S} rallied against {T} outside city hall.",
        "plan": "{S} plans to rally against {T} on Friday.",
    },
    "REJECT": {
        "voted_against": "{S} voted against the budget of {T}.",
        "refused": "{S} refused to meet {T}.",
        "rejected": "{S} rejected the offer from {T}.",
        "modal": "{S} may reject the offer from {T}.",
        "denied": "{S} did not reject the offer from {T}.",
    },
}

# Sentences that report no event: opinions, forecasts, comments declined, denials, questions,
# results, campaigning, markets, accidents, advice, and acts held back.
NO_EVENT = {
    "opinion": "{S} said the economy of Lisbon is weak.",
    "forecast": "{S} warned that prices would rise.",
    "declined": "{S} declined to comment.",
    "denial": "{S} denied the claims.",
    "question": "Will {S} meet {T}?",
    "campaign": "{S} held a campaign rally in Ohio.",
    "fundraiser": "{S} raised $2 million at a fundraiser.",
    "insisted": "{S} insisted that the plan was sound.",
    "hope": "{S} said it hoped the talks would succeed.",
    "ready": "{S} said it was ready to move on.",
    "told_that": "{S} told reporters that the economy was weak.",
    "avoided": "{S} avoided criticising {T}.",
    "advice": "{S} told farmers how to apply for the grant.",
    "fact": "{S} has 200 members in Lisbon.",
    "comment": "{S} said the report was long.",
    "refrained": "{S} refrained from condemning {T}.",
    "blame_asked": "Who is to blame for the delays?",
    "agree_asked": "Do you agree with {S}?",
    "result": "Lisbon beat Porto 2-1 on Sunday.",
    "market": "Shares of Northwind fell 3 percent on Monday.",
    "accident": "A bus crashed near Lisbon, killing two.",
    "exhortation": "Everyone in the valley has to keep calm this week.",
}


def _sentence(template: str, source: str) -> str:
    text = template.format(S=source, T=TARGET, t=TARGET_NAME).replace(",.", ".").replace(",?", "?")
    return text[0].upper() + text[1:]


def records() -> list[dict]:
    """One gold record per cell, its id naming the cell as ``source|type|form``; a sentence written
    the same under two sources is kept once."""
    out, seen = [], set()
    for (sk, (said, name)), (kind, forms) in product(SOURCES.items(), FORMS.items()):
        for fk, template in forms.items():
            mood = NOT_DONE.get(fk)
            event = {
                "type": kind,
                "source": name,
                "target": TARGET_NAME,
                "negated": mood == "negated",
                "hypothetical": mood == "hypothetical",
            }
            out.append({"id": f"{sk}|{kind}|{fk}", "text": _sentence(template, said), "events": [event]})
    for (sk, (said, _)), (nk, template) in product(SOURCES.items(), NO_EVENT.items()):
        out.append({"id": f"{sk}|NONE|{nk}", "text": _sentence(template, said), "events": []})
    return [r for r in out if not (r["text"] in seen or seen.add(r["text"]))]
