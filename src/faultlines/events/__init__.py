"""PLOVER event coding: who did what to whom, as PLOVER 2.0 event types and modes."""

from faultlines.events.coder import code

__all__ = ["code"]
