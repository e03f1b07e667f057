"""Layers point one way: the base modules import no stage, and a stage imports no later one."""

from __future__ import annotations

import ast
from pathlib import Path

import faultlines

SRC = Path(faultlines.__file__).parent
STAGES = ("quotes", "actors", "events", "stances")
BASE = ("model.py", "errors.py", "limits.py", "nlp.py", "views.py", "tables.py", "syntax.py", "ingest")


def _imported(path: Path) -> set[str]:
    """The faultlines modules a file imports, at its top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("faultlines"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("faultlines"))
    return found


def _files(part: str) -> list[Path]:
    path = SRC / part
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _stages_in(modules: set[str]) -> set[str]:
    return {
        stage
        for m in modules
        for stage in STAGES
        if m == f"faultlines.{stage}" or m.startswith(f"faultlines.{stage}.")
    }


def test_layers_base_modules_import_no_stage():
    for part in BASE:
        for path in _files(part):
            assert not _stages_in(_imported(path)), path


def test_layers_a_stage_imports_no_later_stage():
    for n, stage in enumerate(STAGES):
        later = set(STAGES[n + 1 :])
        for path in _files(stage):
            assert not _stages_in(_imported(path)) & later, path
