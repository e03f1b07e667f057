"""Page furniture: the lines a news page puts around its story, recognised once for every stage.

Share rows and menus ("Facebook / Twitter / Email", three or more lines of one or two words),
reader prompts ("READ MORE: …", "Also on …", "Sign up for our newsletter", "We'd like to hear what
you think", "Follow us on Twitter"), link-preview blocks (a "Related:" line and the list of headlines
under it, headlines tagged "[VIDEO]"), and credit lines (photo credits, "Reporting by …", "X
contributed to this report"). The HTML reader drops these lines from the body; for plain text, whose
offsets must stay the input's, ``furniture`` gives their spans and later stages leave them alone.
A headline line opening the text (``headline_end``) is recognised here too.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A prompt or credit line, by how it opens (case-insensitive; the whole line is furniture).
PROMPT = re.compile(
    r"""^[\s\[(]*(?:
        (?:read|see|watch|listen|click|find\ out)\ (?:more|also|here|now|our|the\ full)\b
      | also\ (?:on|read|see|watch)\b | related(?:\ (?:post|stories|articles|coverage|content|video))?\s*:
      | more\ (?:from|on|stories|coverage|news)\b[^.!?]{0,60}$ | (?:more|also|tags|source|comments?)\s*:?\s*$
      | don'?’?t\ miss | you\ (?:may|might)\ also\ like | most\ (?:read|popular|viewed)\b
      | recommended(?:\ for\ you)?\s*:?\s*$ | trending(?:\ now)?\s*:?\s*$
      | (?:sign\ up|subscribe)\b.{0,80}(?:newsletter|inbox|updates|free)
      | get\ (?:the|our)\ .{0,60}(?:newsletter|inbox|delivered)
      | (?:start|get)\ your\ day\ with\b
      | follow\b.{0,80}\bon\ (?:twitter|facebook|instagram|linkedin|youtube)
      | follow\ us\b | like\ (?:this|our)\ (?:story|page)\b | share\ (?:this|it)\b[^.]{0,40}$
      | tell\ us\ what\ you\ think | we['’]d\ (?:like|love)\ to\ hear | have\ a\ (?:news\ )?tip\b
      | if\ you\ (?:enjoyed|liked)\ this\ article | reach\ the\ (?:reporters?|writers?)\b
      | this\ (?:copy|material)\ is\ for\ your\ personal | filed\ under\s*:
      | (?:additional\ )?reporting\ by\b | editing\ by\b | writing\ by\b
      | (?:photo|image|picture|video)(?:\ credit)?s?\s*:\ | photos?\ by\ [^.]{0,60}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Lines that end as a credit or a tagged link ("… contributed to this report.", "… [VIDEO]"). Every
# match opens with "c", "(", "/" or "[": said first, it lets the search pass other places at once.
CLOSING = re.compile(
    r"(?=[c(/\[])(?:\bcontributed\ (?:to\ this\ (?:report|story|article)|reporting\b.{0,40})\.?"
    r"|\((?:photo|image)[^)]*\)|/\s*getty\ images|\[[A-Z]{3,}\]\s*\|?)\s*$",
    re.IGNORECASE | re.VERBOSE,
)
# What a line needs for CLOSING to match ("contr" has no letter that matches another when case is
# ignored): a line with none of them is not searched.
CLOSING_NEEDS = ("(", "/", "[")
# Three or more lines in a row of one or two bare words: share buttons, menus, tag lists.
BUTTON_LINES = re.compile(r"(?:^[ \t]*[\w&'’-]+(?:[ \t]+[\w&'’-]+)?[ \t]*(?:\n+|$)){3,}", re.MULTILINE)
# One such line, whole: a text with fewer than three is searched for none (the search tries every
# character of the text as a line start; most stories have no such run).
BUTTON_LINE = re.compile(r"[ \t]*[\w&'’-]+(?:[ \t]+[\w&'’-]+)?[ \t]*")
# Prompts that head a list of linked headlines: the list lines under them are furniture too.
LIST_HEAD = re.compile(
    r"^\W*(?:related|more|also|don'?’?t miss|you (?:may|might) also like|most read|recommended)\b",
    re.IGNORECASE,
)
LINE = re.compile(r"[^\n]+")
# A linked headline under a list head: a bullet line, or a short line that ends without a full stop.
MAX_LIST_WORDS = 20


@lru_cache(maxsize=8)
def furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the furniture lines of ``text``, in order (kept for the last few texts)."""
    lines = list(LINE.finditer(text))
    buttons = sum(1 for line in lines if BUTTON_LINE.fullmatch(line.group()))
    found = [m.span() for m in BUTTON_LINES.finditer(text)] if buttons >= 3 else []
    in_list = False
    for line in lines:
        body = line.group().strip()
        if not body:
            continue
        if PROMPT.match(body) or (_may_close(body) and CLOSING.search(body)):
            found.append(line.span())
            in_list = bool(LIST_HEAD.match(body))
        elif in_list and _listed(body):
            found.append(line.span())
        else:
            in_list = False
    return tuple(sorted(found))


def _may_close(line: str) -> bool:
    return any(mark in line for mark in CLOSING_NEEDS) or "contr" in line.lower()


def _listed(line: str) -> bool:
    return line.startswith(("- ", "• ", "* ")) or (
        len(line.split()) <= MAX_LIST_WORDS and line[-1] not in '.!?"”’'
    )


def within(offset: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``offset`` lies in one of the furniture ``spans``."""
    return any(start <= offset < end for start, end in spans)


def strip(text: str) -> str:
    """``text`` without its furniture lines (for readers that make the text themselves)."""
    spans = furniture(text)
    if not spans:
        return text
    kept, at = [], 0
    for start, end in spans:
        end += text[end : end + 1] == "\n"  # the line's own break goes with it
        if start >= at:
            kept.append(text[at:start])
            at = end
        else:
            at = max(at, end)
    kept.append(text[at:])
    return re.sub(r"\n{3,}", "\n\n", "".join(kept)).strip()


def headline_end(text: str) -> int:
    """End of the first line if it is a headline: a line of its own, title-cased or unpunctuated."""
    end = text.find("\n")
    if end <= 0 or not text[end:].strip():
        return 0
    line = text[:end].rstrip()
    words = [w for w in line.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return end if line[-1:] not in ".!?" or capitalised >= 0.6 * len(words) else 0
