"""Construction grids: sentences of our own that cross the ways news states a thing, scored as gold sets.

A grid crosses independent axes (who holds a stance, the frame that states it, the kind of thing it is
on), so a rule that fixes a construction fixes a whole row and a rule fitted to one sentence shows as a
single cell. The quality gate scores each grid like a shared gold set (``grid:<name>`` in
``quality_floors.json``, scored by the module's ``KIND`` of scorer, stances unless it says otherwise);
``python -m tests.grid <name>`` lists the failing cells by axis.
"""


def filled(template: str, **slots: str) -> str:
    """A cell's sentence: the template's slots filled ({Tc} is the topic {T} capitalised), its first
    letter capitalised."""
    topic = slots.get("T", "")
    text = template.format(Tc=topic[:1].upper() + topic[1:], **slots)
    return text[0].upper() + text[1:]


def stance_record(cell: tuple[str, ...], text: str, actors: list[str], label: str, polarity: int) -> dict:
    """One gold record for a cell, its id naming the cell's axis values joined by "|"."""
    return {
        "id": "|".join(cell),
        "text": text,
        "stances": [{"actor": actor, "topic": label, "polarity": polarity} for actor in actors],
        "disputes": [],
    }
