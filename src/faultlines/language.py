"""The language of an article, from its script and its commonest words: faultlines reads English, and a
text in another language is reported (E108) rather than given nonsense attributions.

No model: the letters of each script are counted, and the text's words are matched against the
function words of a few languages (``function_words.tsv``). Only the start of a long text is read, and
a short one (a headline, a line of a test) is never judged, so the cost stays a small fraction of a
parse. A decision needs clear evidence: English news full of foreign names and quoted phrases stays
English.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import repeat
from pathlib import Path

from faultlines.tables import rows

# The start of a text that is read: an article's language shows in its first paragraphs.
SAMPLE = 20_000
# Fewer letters or words than this and nothing is decided.
MIN_LETTERS = 40
MIN_WORDS = 20
# Share of the letters a script other than Latin needs for the text to be in it.
SCRIPT_SHARE = 0.5
# Share of the words another language's function words need, and how many times English's.
WORD_SHARE = 0.12
OVER_ENGLISH = 2.0

# Scripts other than Latin: (letters, the language named when no word list settles it).
SCRIPTS = {
    "Cyrillic": ("\u0400-\u04ff", "a Cyrillic-script language"),
    "Arabic": ("\u0600-\u06ff\u0750-\u077f", "an Arabic-script language"),
    "Hebrew": ("\u0590-\u05ff", "Hebrew"),
    "Greek": ("\u0370-\u03ff", "Greek"),
    "Devanagari": ("\u0900-\u097f", "Hindi"),
    "Thai": ("\u0e00-\u0e7f", "Thai"),
    "Hangul": ("\uac00-\ud7af\u1100-\u11ff", "Korean"),
    "Kana": ("\u3040-\u30ff", "Japanese"),
    "Han": ("\u4e00-\u9fff\u3400-\u4dbf", "Chinese"),
}
SCRIPT_LETTERS = {name: re.compile(f"[{chars}]") for name, (chars, _) in SCRIPTS.items()}
# The letters of every script above at once (their ranges do not overlap): one scan of the sample
# tells whether any of them could be its script, which for English text none is.
OTHER_SCRIPTS = re.compile(f"[{''.join(chars for chars, _ in SCRIPTS.values())}]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# Runs of Latin letters: counted by their lengths, a text's letters make a few thousand matches, not
# one each.
LATIN_RUN = re.compile("[A-Za-z\u00c0-\u024f]+")
WORD = re.compile(r"[^\W\d_]+")
ENGLISH = "English"


def foreign(text: str) -> str | None:
    """The name of the language ``text`` is written in when it is clearly not English, else None."""
    sample = text[:SAMPLE]
    others = len(OTHER_SCRIPTS.findall(sample))
    if not others:  # most texts: whether there are letters enough is all the count would decide
        return _by_words(sample, "Latin") if _has_letters(sample, MIN_LETTERS) else None
    total = sum(map(len, LATIN_RUN.findall(sample))) + others
    if total < MIN_LETTERS:
        return None
    if others <= SCRIPT_SHARE * total:  # no other script can hold the share alone
        return _by_words(sample, "Latin")
    by_script = {name: len(letters.findall(sample)) for name, letters in SCRIPT_LETTERS.items()}
    script, count = max(by_script.items(), key=lambda item: item[1])
    if count > SCRIPT_SHARE * total:
        if script == "Han" and by_script["Kana"]:
            return "Japanese"
        return _by_words(sample, script) or SCRIPTS[script][1]
    return _by_words(sample, "Latin")


def _has_letters(sample: str, least: int) -> bool:
    """Whether ``sample`` holds ``least`` Latin letters: counted only as far as that."""
    seen = 0
    for run in LATIN_RUN.finditer(sample):
        seen += run.end() - run.start()
        if seen >= least:
            return True
    return False


def _by_words(sample: str, script: str) -> str | None:
    """The language written in ``script`` whose function words are clearly the commonest in ``sample``
    (English never: it is the language faultlines reads)."""
    words = WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    # dict.get, not Counter's [] (a Python call for every function word the text lacks)
    hits = {
        name: sum(map(counts.get, vocabulary, repeat(0))) for name, vocabulary in _languages(script).items()
    }
    english = hits.pop(ENGLISH, 0) if script == "Latin" else 0
    best = max(hits, key=hits.__getitem__, default=None)
    if best and hits[best] >= WORD_SHARE * len(words) and hits[best] > OVER_ENGLISH * english:
        return best
    return None


@cache
def _languages(script: str) -> dict[str, frozenset[str]]:
    """Language name -> function words, for the languages written in ``script`` (read once)."""
    letters = SCRIPT_LETTERS.get(script, LATIN)
    languages = {}
    for _, name, words in rows(Path(__file__).with_name("function_words.tsv"), 3):
        vocabulary = frozenset(words.split())
        if sum(1 for w in vocabulary if letters.match(w)) > len(vocabulary) / 2:
            languages[name] = vocabulary
    return languages
