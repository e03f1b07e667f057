"""Construction grids: sentences of our own that cross the ways news states a thing, scored as gold sets.

A grid crosses independent axes (who holds a stance, the frame that states it, the kind of thing it is
on), so a rule that fixes a construction fixes a whole row and a rule fitted to one sentence shows as a
single cell. The quality gate scores each grid like a shared gold set (``grid:<name>`` in
``quality_floors.json``, scored by the module's ``KIND`` of scorer, stances unless it says otherwise);
``python -m tests.grid <name>`` lists the failing cells by axis.
"""
