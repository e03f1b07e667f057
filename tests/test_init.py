import json
import re
from pathlib import Path

from faultlines import pipeline
from tests.ingest.pages import ARTICLE

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_python() -> str:
    """The README's Python example, as the user copies it."""
    (block,) = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return block


def test_init_readme_python_example_runs_when_a_quote_has_no_speaker(nlp, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    unattributed = "“Nobody warned us,” she said. The tolls rise in March."
    Path("articles.jsonl").write_text(json.dumps({"id": "n1", "text": unattributed}) + "\n", encoding="utf-8")
    Path("page.html").write_text(ARTICLE, encoding="utf-8")
    analysed = []

    def analyze(*args, **kwargs):
        analysed.append(pipeline.analyze(*args, **kwargs))
        return analysed[-1]

    monkeypatch.setattr("faultlines.analyze", analyze, raising=False)
    exec(compile(readme_python(), str(README), "exec"), {})
    (shown,) = analysed
    assert any(q.speaker is None for q in shown.quotes), "the example must show a quote without a speaker"
    out = capsys.readouterr().out
    assert "(no speaker) direct It is not over" in out
    assert "Karim Haddad direct We will not back down" in out
    assert '"id": "n1"' in out or "'id': 'n1'" in out
