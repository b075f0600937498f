"""Statements a paragraph gives after its speaker's name and a colon, without quotation marks: a
headline ("Ana Reed: The Budget Is Not Balanced"), a turn of a transcript the article reprints
("HOST: Do you think he has changed?", "Moss: Well, the vote is close."), or an answer of an
interview printed as questions and answers ("Q: ..." / "A: ..."), with the paragraphs an answer
runs on to before the next question.

Found on the raw text; whether the label names a speaker is for the article to say
(attribution/transcript.py: someone it names elsewhere, or a tag of more than one turn), so that
"UPDATE: ..." or "Election 2016: ..." give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import QuoteSpan
from ...text.paragraphs import trim

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
    #: for an interview's answer ("A: ..."): where its first question ("Q: ...") starts, since
    #: the one who answers is the one the article introduced before it
    first_question_at: int | None = None


#: an interview's question and answer, each opening its paragraph ("Q: ...", "A. ...": the same
#: mark for both); not an initial ("A. J. Styles will headline")
_QUESTION = re.compile(r"Q(?P<mark>[:.])[^\S\n]+(?![A-Z]\.)\S")
_ANSWER = re.compile(r"A(?P<mark>[:.])[^\S\n]+(?![A-Z]\.)(?P<content>\S)")
#: a word of the one who answers, in a paragraph an answer may run on to ("I write about ...")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us)\b", re.I)


def labelled_statements(text: str, paragraphs: list[tuple[int, int]], quotes: list[QuoteSpan]) -> list[Labelled]:
    """The labelled paragraphs of ``text`` whose words after the label are not a quotation of
    their own (those are direct quotes, attributed by their colon), and the answers of an
    interview printed as questions and answers."""
    found = []
    questions = [(p, m.group("mark")) for p, (lo, hi) in enumerate(paragraphs) if (m := _QUESTION.match(text, lo, hi))]
    # the paragraph and mark of the first question, and the paragraph of the last
    first_question, question_mark = questions[0] if questions else (len(paragraphs), "")
    last_question = questions[-1][0] if questions else -1
    for p, (lo, hi) in enumerate(paragraphs):
        _, end = trim(text, lo, hi)
        # (where the interview's first question starts, for an answer or a named turn after it)
        asked = paragraphs[first_question][0] if first_question < p else None
        if asked is not None and (a := _ANSWER.match(text, lo, hi)) is not None and a.group("mark") == question_mark:
            if text[a.start("content")] not in _OPENING_MARKS and not _in_quote(quotes, a.start("content")):
                found.append(Labelled(a.start("content"), end, p, lo, lo + 1, headline=False, first_question_at=asked))
            continue
        if found and found[-1].first_question_at is not None and found[-1].paragraph == p - 1 \
                and p < last_question and _runs_on(text, lo, end, quotes):
            # an answer run on to a paragraph of its own, in the speaker's own words, before the
            # next question: the same turn (not narration set between two questions)
            last = found[-1]
            found.append(Labelled(lo, end, p, last.name_start, last.name_end, headline=False,
                                  first_question_at=last.first_question_at))
            continue
        m = _LABEL.match(text, lo, hi)
        if m is None or text[m.start("content")] in _OPENING_MARKS:
            continue
        words = text[m.start("content") : end].split()
        if len(words) < (_MIN_HEADLINE_WORDS if p == 0 else _MIN_TURN_WORDS):
            continue
        if p == 0 and text[end - 1] == "?":
            continue  # "Ana Reed: Reformer or Career Politician?": the writer asks
        if words[0][:1].isdigit():
            continue  # "Reed: 12 points, eight rebounds ...": a line of statistics
        if _in_quote(quotes, m.start("content")):
            continue  # the label stands inside a quotation
        # (a named turn after an interview's first question is an answer too: "Solvang: No. ...")
        found.append(Labelled(m.start("content"), end, p, m.start("name"), m.end("name"), headline=p == 0,
                              first_question_at=asked))
    return found


def _in_quote(quotes: list[QuoteSpan], offset: int) -> bool:
    return any(q.open_at <= offset < q.end for q in quotes)


def _runs_on(text: str, lo: int, end: int, quotes: list[QuoteSpan]) -> bool:
    """A paragraph with no label of its own and no quotation in it, in the first person: words an
    answer goes on with."""
    return _LABEL.match(text, lo, end) is None and _QUESTION.match(text, lo, end) is None \
        and not any(lo <= q.open_at < end for q in quotes) and _FIRST_PERSON.search(text, lo, end) is not None
