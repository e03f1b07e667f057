"""Shared fixtures: the spaCy pipeline loads once per test session; gold data is read from ../shared."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# Property tests: few examples, derandomized (the same examples on every run, in CI and here) and no
# example database. HYPOTHESIS_PROFILE=deep searches longer and at random when hunting for a bug.
settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("deep", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def shipped_gazetteer_only():
    """The actors a test adds from its own CSV (``use_gazetteer``, process-wide) are gone after it, so
    no later test, gold run or in-process analysis finds them and the workers' results differ."""
    yield
    from faultlines.actors import gazetteer

    if gazetteer._user:
        gazetteer._user.clear()
        gazetteer.index.cache_clear()


@pytest.fixture(scope="session")
def nlp():
    from faultlines.nlp import load

    return load()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared gold data; tests that need it skip with a clear message in a user's clone."""
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"../shared is not beside the project ({SHARED}): gold-data tests skipped")
    return SHARED


@pytest.fixture(scope="session")
def gold_run(shared, nlp):
    """``gold_run(name)`` -> (gold records, predicted records, path of the predictions as JSONL).

    Each gold file of ../shared/eval, or grid of tests/grid named ``grid:<module>``, is analysed once
    per test session, whoever asks first.
    """
    import importlib
    import json

    from faultlines.evaluate import predict

    cache: dict[str, tuple[list[dict], list[dict], Path]] = {}
    out_dir = Path(tempfile.mkdtemp(prefix="faultlines-gold-"))

    def run(name: str) -> tuple[list[dict], list[dict], Path]:
        if name not in cache:
            if name.startswith("grid:"):
                golds = importlib.import_module(f"tests.grid.{name[5:]}").records()
            else:
                path = shared / "eval" / name
                golds = [
                    json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
                ]
            preds = [a.to_dict() for a in predict(golds)]
            pred_path = out_dir / name.replace(":", "-")
            pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
            cache[name] = (golds, preds, pred_path)
        return cache[name]

    return run
