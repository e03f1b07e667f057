import gzip
import json
import re
from collections import Counter

from faultlines.ingest import html, load
from tests.ingest.pages import ARTICLE, FURNISHED, NO_BODY


def test_html_extract_gives_the_body_without_boilerplate():
    article = html.extract(ARTICLE, "page")
    assert article.errors == []
    assert "Crane operators at the port of Velsbury" in article.text
    assert '"We will stay out until the night-shift cuts are withdrawn," said Ines Darrow' in article.text
    assert "Subscribe to our newsletter" not in article.text
    assert "Weather" not in article.text


def test_html_extract_reads_the_metadata():
    article = html.extract(ARTICLE.encode("utf-8"), "page")
    assert article.title == "Dock strike enters second week"
    assert article.author == "Mara Quillfeather"
    assert article.published == "2024-05-14"
    assert article.outlet == "The Harbour Ledger"
    assert article.url == "https://ledger.example.org/news/dock-strike-week-two"


def test_html_extract_keeps_paragraphs_apart():
    paragraphs = html.extract(ARTICLE, "page").text.split("\n")
    assert any(p.startswith("Crane operators") for p in paragraphs)
    assert any(p.startswith('"We will stay out') for p in paragraphs)


def test_html_extract_without_a_body_is_extraction_failed():
    article = html.extract(NO_BODY, "menu.html")
    assert article.text == ""
    assert [e.code for e in article.errors] == ["E107"]
    assert article.errors[0].message.startswith("menu.html: ")


def test_html_file_uses_the_path_as_id(tmp_path):
    path = tmp_path / "strike.html"
    path.write_text(ARTICLE, encoding="utf-8")
    (article,) = load(str(path))
    assert article.id == str(path)
    assert "Velsbury" in article.text


def test_html_extract_finds_the_true_body_of_benchmark_pages(shared):
    # A slice of the article-extraction benchmark; benchmarks/ingest_aeb.py scores all 181 pages.
    root = shared / "eval" / "aeb"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for page in sorted(truth)[:10]:
        data = gzip.decompress((root / "html" / f"{page}.html.gz").read_bytes())
        true = Counter(re.findall(r"\w+", truth[page]["articleBody"]))
        found = Counter(re.findall(r"\w+", html.extract(data, page).text))
        hits = sum((true & found).values())
        scores.append(2 * hits / (sum(true.values()) + sum(found.values())))
    assert sum(scores) / len(scores) > 0.85


def test_html_extract_drops_page_furniture_from_the_body():
    text = html.extract(FURNISHED, "ferry").text
    assert "Tomas Eld" in text and "half-price passes" in text
    for furnished in ("READ MORE", "Also on", "newsletter", "hear what you think", "Photo:"):
        assert furnished not in text


def test_html_extract_keeps_a_summary_lede_in_front():
    text = html.extract(FURNISHED, "ferry").text
    assert text.index("Island ferry fares will rise") < text.index("The operator blamed fuel costs")


def test_html_extract_drops_a_hover_card_hidden_in_a_name_link():
    card = (
        '<span class="rollover-people-block"><span class="rollover-block"><a class="name" href="/p/ines">'
        'Ines Maria Darrow</a><a class="people-articles" href="/a/1">Darrow backs harbour levy</a>'
        '<a class="more" href="/p/ines">MORE</a></span></span>'
    )
    page = ARTICLE.replace("said Ines Darrow,", f'said <a href="/p/ines">Ines Darrow</a>{card},')
    text = html.extract(page, "page").text
    assert 'withdrawn," said Ines Darrow, who leads' in text
    assert "MORE" not in text and "Ines Maria Darrow" not in text
