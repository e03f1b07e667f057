"""A generated corpus of short original news texts (invented people and places) for whole-pipeline runs."""

from __future__ import annotations

import json
from pathlib import Path

PEOPLE = [
    ("Mayor", "Ada Roos"),
    ("Councillor", "Ben Ito"),
    ("Minister", "Carla Nyberg"),
    ("Senator", "Dario Quist"),
    ("Professor", "Elin Marsh"),
]
PLANS = ["the harbour tunnel", "the ferry fare rise", "the new stadium", "the library closures"]


def text(n: int) -> str:
    role, name = PEOPLE[n % len(PEOPLE)]
    other_role, other = PEOPLE[(n + 2) % len(PEOPLE)]
    plan = PLANS[n % len(PLANS)]
    return (
        f'"We will go ahead with {plan}," {role} {name} said on Monday in Velmora.\n\n'
        f"{other_role} {other} said {plan} would be a costly mistake for district {n}. "
        f'"It is not what people asked for," {other.split()[-1]} told reporters.\n\n'
        f"The council will vote on {plan} next week."
    )


def write_jsonl(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(start, start + count):
            record = {"id": f"doc-{n}", "text": text(n), "published": f"2026-{1 + n % 3:02d}-{1 + n % 28:02d}",
                      "outlet": ["Velmora Post", "Fjord Times"][n % 2]}  # fmt: skip
            out.write(json.dumps(record) + "\n")
    return path
