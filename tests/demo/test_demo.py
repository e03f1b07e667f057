import re
from datetime import date

from faultlines import demo


def test_demo_articles_are_twelve_valid_articles():
    articles = demo.articles()
    assert len(articles) == 12
    assert len({a.id for a in articles}) == 12
    for article in articles:
        assert article.errors == [], article.id
        assert article.title and article.outlet
        date.fromisoformat(article.published)
        assert 150 <= len(article.text.split()) <= 350, article.id


def test_demo_articles_use_both_curly_and_straight_quotes():
    texts = [a.text for a in demo.articles()]
    curly = [t for t in texts if "“" in t]
    straight = [t for t in texts if '"' in t]
    assert curly and straight
    assert not set(curly) & set(straight)


def test_demo_articles_cover_the_quoting_phenomena():
    corpus = "\n\n".join(a.text for a in demo.articles())
    patterns = {
        "inverted cue": r"[”\"] (?:said|warned) [A-Z]",
        "pronoun speaker": r"[,”\"] (?:she|he) said",
        "title-only speaker": r"the (?:minister|director) said",
        "split quote": r",[”\"] (?:she|he) said, [“\"][a-z]",
        "indirect quote": r"\b[A-Z][a-z]+ said that\b",
        "according to": r"\bAccording to\b",
        "told": r"\btold (?:reporters|the)\b",
        "added": r"\b(?:She|He) added\b",
        "continuation paragraph": r"[”\"]\n\n[“\"][A-Z][^\n]*[”\"]\n\n",
    }
    missing = [name for name, pattern in patterns.items() if not re.search(pattern, corpus)]
    assert missing == []
