"""faultlines: who said what, about whom, and where they split.

The public API is small and stable: ``analyze``, ``analyze_many`` and ``load``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_many", "load"]

if TYPE_CHECKING:
    from faultlines.ingest import load
    from faultlines.pipeline import analyze, analyze_many


def __getattr__(name: str) -> Any:
    # Keep `import faultlines` light: spaCy and friends load only when the API is first used.
    if name in ("analyze", "analyze_many"):
        from faultlines import pipeline

        return getattr(pipeline, name)
    if name == "load":
        from faultlines.ingest import load

        return load
    raise AttributeError(name)
