"""Statements a paragraph gives after its speaker's name and a colon, without quotation marks: a
headline ("Ana Reed: The Budget Is Not Balanced") or a turn of a transcript the article reprints
("HOST: Do you think he has changed?", "Moss: Well, the vote is close.").

Found on the raw text; whether the label names a speaker is for the article to say
(attribution/transcript.py: someone it names elsewhere, or a tag of more than one turn), so that
"UPDATE: ..." or "Election 2016: ..." give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import QuoteSpan

#: a short name (up to four capitalised words, "Ana M. Reed", "HOST"; not the "Q:" and
#: "A:" of an interview, which name no one) that opens its paragraph, a colon, and words after it
_LABEL = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*){0,3}):[^\S\n]+(?P<content>\S)")
#: what may open the words after the label that makes them a quotation of their own
_OPENING_MARKS = "\"“‘'"
#: fewest words after the label: of a headline ("Ana Reed: Budget Is Broken"), of a turn (a
#: subheading "Reed: Last chance." over a section is the writer's, not a turn)
_MIN_HEADLINE_WORDS = 3
_MIN_TURN_WORDS = 5


@dataclass(frozen=True)
class Labelled:
    """The words after a label (``start``, ``end``), its paragraph and the label's name."""

    start: int
    end: int
    paragraph: int
    name_start: int
    name_end: int
    headline: bool  # the article's first line ("Ana Reed: ..."), else a transcript turn


def labelled_statements(text: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[Labelled]:
    """The labelled paragraphs of ``text`` whose words after the label are not a quotation of
    their own (those are direct quotes, attributed by their colon)."""
    found = []
    for p, (lo, hi) in enumerate(paragraphs):
        m = _LABEL.match(text, lo, hi)
        if m is None or text[m.start("content")] in _OPENING_MARKS:
            continue
        end = hi
        while end > m.start("content") and text[end - 1].isspace():
            end -= 1
        words = text[m.start("content") : end].split()
        if len(words) < (_MIN_HEADLINE_WORDS if p == 0 else _MIN_TURN_WORDS):
            continue
        if p == 0 and text[end - 1] == "?":
            continue  # "Ana Reed: Reformer or Career Politician?": the writer asks
        if words[0][:1].isdigit():
            continue  # "Reed: 12 points, eight rebounds ...": a line of statistics
        if any(q.open_at <= m.start("content") < q.end for q in quotes):
            continue  # the label stands inside a quotation
        found.append(Labelled(m.start("content"), end, p, m.start("name"), m.end("name"), headline=p == 0))
    return found
