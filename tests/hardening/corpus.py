"""A hostile corpus, generated: each case is a JSONL record or a file that news crawls really produce
at some point (or an attacker would), with the error codes it must give ([] for a clean result).

Every hostile record sits between two copies of an ordinary story, so a test can check that the
documents around it come out exactly as they do alone.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.ingest import warcs

STORY = (
    "“The ferry will run all winter,” Transport Minister Olga Brandt said on Friday. The union of "
    "Tolvik dock workers rejected the plan, and its leader, Ivo Marsh, accused the ministry of ignoring "
    "safety rules."
)
FRENCH = (
    "Le maire de Tolvik a déclaré vendredi que le traversier circulerait tout l'hiver. « Nous ne "
    "pouvons pas attendre plus longtemps », a-t-il dit aux journalistes, pendant que les habitants se "
    "rassemblaient devant la mairie pour demander des réponses sur les travaux."
)
ARABIC = (
    "قال وزير النقل يوم الجمعة إن العبارة ستعمل طوال فصل الشتاء. وأضاف أمام الصحفيين أنه لا يمكن "
    "الانتظار أكثر من ذلك، بينما تجمع السكان أمام مبنى البلدية للمطالبة بإجابات عن أسئلتهم."
)
LIMIT = 1_000_000


def _deep_html(depth: int) -> str:
    return "<html><body>" + "<div>" * depth + f"<p>{STORY}</p>" + "</div>" * depth + "</body></html>"


# name -> (JSONL line, error codes expected)
RECORDS: dict[str, tuple[str, list[str]]] = {
    "nul-and-control": (
        json.dumps({"text": "Olga\x00 Brandt\x07 said\x1b[31m the \x0c ferry runs. " + STORY}),
        [],
    ),
    "only-control": (json.dumps({"text": "\x01\x02\x03\x04\x05" * 200}), []),
    "single-token-1mb": (json.dumps({"text": "a" * LIMIT}), []),
    "at-the-limit": (json.dumps({"text": ("x" * 999 + " ") * (LIMIT // 1000)}), []),
    "over-the-limit": (json.dumps({"text": "word " * (LIMIT // 5) + "!"}), ["E105"]),
    "20000-marks": (json.dumps({"text": '"' * 20_000}), []),
    "20000-marks-between-words": (json.dumps({"text": 'He said "' + '"a"' * 6_667 + " and left."}), []),
    "unbalanced-and-mixed-marks": (
        json.dumps(
            {"text": ("“Open ‘never closed « non » „ja” ' ’ ‚ ``x'' said Olga Brandt. " * 60) + STORY}
        ),
        [],
    ),
    "right-to-left": (json.dumps({"text": STORY + " \u202eevil\u202c " + ARABIC[:60] + " " + STORY}), []),
    "emoji": (json.dumps({"text": "👩‍👩‍👧‍👦🇫🇷 " + STORY + " 🔥" * 50 + "\u200d\ufe0f"}), []),
    "lone-surrogate": (
        '{"text": "He said \\ud800 yes. ' + STORY.replace("“", "\\u201c").replace("”", "\\u201d") + '"}',
        [],
    ),
    "html-20000-deep": (json.dumps({"html": _deep_html(20_000)}), ["E107"]),
    "html-only-scripts": (
        json.dumps(
            {
                "html": "<html><head><script>var a=1;</script></head><body>"
                + "<script>f()</script>" * 300
                + "</body></html>"
            }
        ),
        ["E107"],
    ),
    "text-is-a-number": (json.dumps({"text": 42}), ["E102"]),
    "text-is-a-list": (json.dumps({"text": [STORY]}), ["E102"]),
    "text-missing": (json.dumps({"title": "No body"}), ["E102"]),
    "text-blank": (json.dumps({"text": " \n\t "}), ["E103"]),
    "json-nested-deep": ("[" * 100_000 + "]" * 100_000, ["E101"]),
    "not-json": ("{'single': quotes}", ["E101"]),
    "french": (json.dumps({"text": FRENCH}), ["E108"]),
    "arabic": (json.dumps({"text": ARABIC}), ["E108"]),
}


def hostile_jsonl(path: Path) -> list[tuple[str, list[str]]]:
    """Write every hostile record between ordinary stories; return (id, expected codes) per line."""
    lines, expected = [], []
    for n, (name, (line, codes)) in enumerate(RECORDS.items()):
        lines.append(json.dumps({"id": f"story-{n}", "text": STORY}))
        expected.append((f"story-{n}", []))
        record = _with_id(line, name)
        lines.append(record)
        expected.append((name if record != line else f"{path}:{len(lines)}", codes))
    lines.append(json.dumps({"id": "story-last", "text": STORY}))
    expected.append(("story-last", []))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def _with_id(line: str, name: str) -> str:
    """The record with its case name as id, when it is a JSON object at all."""
    if not line.startswith('{"'):
        return line
    return '{"id": ' + json.dumps(name) + ", " + line[1:]


def hostile_files(folder: Path) -> dict[str, list[str]]:
    """Write one file per hostile file kind into ``folder``; return file name -> expected codes."""
    folder.mkdir(parents=True, exist_ok=True)
    page = f"<html><head><title>Ferry</title></head><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>"
    files = {
        "cp1252.txt": (STORY.replace("Olga", "Zoë") + " Café owners agreed.").encode("cp1252"),
        "utf16-bom.txt": STORY.encode("utf-16"),
        "utf16le-no-bom.txt": STORY.encode("utf-16-le"),
        "page.html.gz": gzip.compress(page.encode()),
        "cut.txt.gz": gzip.compress(_incompressible().encode())[:2000],
        "nested.html": _deep_html(20_000).encode(),
        "scripts.html": b"<html><body>" + b"<script>alert(1)</script>" * 300 + b"</body></html>",
        "binary.txt": bytes(range(256)) * 40,
        "empty.txt": b"",
    }
    expected = {
        "cp1252.txt": [],
        "utf16-bom.txt": [],
        "utf16le-no-bom.txt": [],
        "page.html.gz": [],
        "cut.txt.gz": ["E100"],
        "nested.html": ["E107"],
        "scripts.html": ["E107"],
        "binary.txt": ["E104"],
        "empty.txt": ["E103"],
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return expected


def cut_warc(path: Path) -> tuple[list[str], str]:
    """A WARC of three pages cut inside the third; (URIs of the whole pages, the path's error code)."""
    records = [warcs.response(f"https://example.org/ferry/{n}", warcs.page("Ferry", STORY)) for n in range(3)]
    whole = b"".join(gzip.compress(r) for r in records)
    path.write_bytes(whole[: len(whole) - len(gzip.compress(records[-1])) // 2])
    return [f"https://example.org/ferry/{n}" for n in range(2)], "E100"


def _incompressible() -> str:
    import random

    rng = random.Random(13)
    return " ".join(
        "".join(rng.choice("abcdefghijklmnop") for _ in range(rng.randint(2, 9))) for _ in range(2000)
    )
