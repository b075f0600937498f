"""Transcript turns: a quotation that opens with a name in capitals and a colon ("WALLACE: Let's
start ...", "CLINTON: I feel ...") is that person's turn in an interview an article reprints.

The name is the speaker and the words after the colon are the quote. A capitalised label that is
not a person ("VIDEO:", "UPDATE:") is told apart by asking the article: the name must be one the
article gives a person elsewhere, or tag more than one turn (a dialogue).
"""

from __future__ import annotations

import re
from collections import Counter

from ...records import AttributionKind
from ...text import QuoteSpan
from ..coref.index import ArticleIndex
from ..state import QuoteState, Speaker

# one to three capitalised words, then a colon and the turn's first word
_TURN = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[^\S\n]+(?=\S)")


def turn_tag(text: str, q: QuoteSpan) -> re.Match | None:
    """The "NAME: " that opens quote ``q``, if it opens with one."""
    return _TURN.match(text, q.start, q.end)


def turn_speakers(text: str, states: list[QuoteState], index: ArticleIndex) -> None:
    """Give each quote no cue attributed, that opens a transcript turn, the turn's speaker."""
    tags = {k: m for k, state in enumerate(states)
            if state.speaker.how == AttributionKind.NONE and (m := turn_tag(text, state.span))}
    turns = Counter(m.group(1) for m in tags.values())
    for k, m in tags.items():
        tag = m.group(1)
        name = tag.title()
        entity = index.match(name, "person", m.start())
        if entity is None and turns[tag] < 2:
            continue  # a label, or a name the article never gives anyone
        states[k].speaker = Speaker(start=m.start(1), end=m.end(1), words=tag, name=entity.name if entity else name,
                                    kind="person", cue=":", how=AttributionKind.TRANSCRIPT, entity=entity)
