"""Transcript turns: a quotation that opens with a name in capitals and a colon ("WALLACE: Let's
start ...", "CLINTON: I feel ...") is that person's turn in an interview an article reprints; so
is a paragraph without quotation marks that opens so (labelled_speaker), and a headline "Ana Reed:
..." is Reed's.

The name is the speaker and the words after the colon are the quote. A capitalised label that is
not a person ("VIDEO:", "UPDATE:") is told apart by asking the article: the name must be one the
article gives a person elsewhere, or tag more than one turn (a dialogue).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ...records import AttributionKind
from ...text import QuoteSpan
from ..candidates.labelled import Labelled
from ..coref.gender import first_name_gender
from ..coref.index import ArticleIndex, Entity
from ..state import QuoteState, Speaker, StatementState

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


def labelled_speaker(text: str, found: Labelled, tags: Counter[str], index: ArticleIndex) -> Speaker | None:
    """The speaker of a labelled statement (candidates/labelled.py), or None when its label names
    no one: under a headline, a person the article names or an organisation it has speak
    elsewhere (not "Iowa:" over a list of names, not "The Latest:"), or a person's name written in
    the body; in a turn, a person the article names, or a tag of a dialogue (two tags or more that
    each open more than one turn: not "READ MORE:" twice, not "Raptors:" and "Celtics:" once each)."""
    tag = text[found.name_start : found.name_end]
    if found.first_question_at is not None and tag == "A":
        return _interviewee(found.first_question_at, found, index)
    name = tag.title() if tag.isupper() else tag
    entity = index.match(name, "person", found.name_start) or index.match(name, "organization", found.name_start)
    if entity is not None and entity.kind != "person" and (
            not found.headline or not any(s.entity is entity and s.speaker for s in index.sightings)):
        entity = None
    if entity is None:
        if found.headline:
            newline = text.find("\n", found.end)
            body = text[newline + 1 :] if newline != -1 else ""
            if not (first_name_gender(name) is not None and re.search(rf"\b{re.escape(name)}\b", body)):
                return None  # "UPDATE: ...", "Election 2016: ...": a label
        elif tags[tag] < 2 or sum(n >= 2 for n in tags.values()) < 2:
            return None
    how = AttributionKind.COLON if found.headline else AttributionKind.TRANSCRIPT
    return Speaker(start=found.name_start, end=found.name_end, words=tag, name=entity.name if entity else name,
                   kind=entity.kind if entity else "person", cue=":", how=how, entity=entity)


#: how many paragraphs before an interview's first question may introduce the one who answers
_INTRODUCED_WITHIN = 3


def _interviewee(asked_at: int, found: Labelled, index: ArticleIndex) -> Speaker | None:
    """Who answers the questions of an interview whose first question starts at ``asked_at``
    ("A: ..."): the person a headline that announces an interview names ("Q&A with Vice
    President ..."), else the first person named in the last paragraph before the first question
    that names one ("Doreen Macklin, 61, has been the librarian since 1999. She spoke to the
    Courier."), within a few paragraphs; None when they name nobody."""
    first = index.paragraph_of(asked_at)
    people = [s for s in index.sightings if s.offset < asked_at and s.entity.kind == "person"]
    headline = index.text.split("\n", 1)[0]
    in_headline = [s for s in people if s.paragraph == 0] if _ANNOUNCES_AN_INTERVIEW.search(headline) else []
    before = [s for s in people if first - _INTRODUCED_WITHIN <= s.paragraph]
    if in_headline:
        entity = in_headline[0].entity
    elif before:
        entity = _met_by_the_interviewer(first - 1, index) \
            or next(s.entity for s in before if s.paragraph == before[-1].paragraph)
    else:
        return None
    return Speaker(start=found.name_start, end=found.name_end, words=index.text[found.name_start : found.name_end],
                   name=entity.name, kind=entity.kind, cue=":", how=AttributionKind.TRANSCRIPT, entity=entity)


#: how an article says its writer met the one interviewed: a journalist's title, their name, and
#: the meeting ("staff writer Owen Tarrant sat down with Joanna Whitfield"): whoever the text names
#: after it is interviewed, not the writer named first ("he spoke with senior writer Ana Reed", "Ada
#: Moss, a former news anchor, talked with ..." are the other way round or someone else's title)
_MET_BY_A_JOURNALIST = re.compile(
    r"\b(?:writer|reporter|correspondent|columnist|editor|host|anchor|journalist|interviewer)s?"
    r"[^\S\n]+(?:[A-Z][\w'’.-]*[^\S\n]+){1,3}"
    r"(?:(?:sat|sits|sit)[^\S\n]+down[^\S\n]+with|(?:spoke|speaks|talked|talks|chatted|chats|caught[^\S\n]+up)[^\S\n]+(?:with|to)"
    r"|interviewed)\b")


def _met_by_the_interviewer(paragraph: int, index: ArticleIndex) -> Entity | None:
    """The person the paragraph right before an interview's questions names after saying a
    journalist met them (_MET_BY_A_JOURNALIST); None otherwise."""
    met = _MET_BY_A_JOURNALIST.search(index.paragraph_text(paragraph))
    if met is None:
        return None
    at = index.paragraph_start(paragraph) + met.end()
    after = [s for s in index.sightings if s.paragraph == paragraph and s.offset >= at and s.entity.kind == "person"]
    return min(after, key=lambda s: s.offset).entity if after else None


#: a headline that says the article is an interview
_ANNOUNCES_AN_INTERVIEW = re.compile(r"\bQ\s?(?:&|\+|and)\s?A\b|\binterview|\bin conversation\b|\btalks? (?:with|to)\b", re.I)


#: speaker words of the one whose turn a statement stands in
_FIRST_PERSON = frozenset({"i", "me", "we", "us"})


def first_person_in_turns(statements: list[StatementState]) -> None:
    """"I said that about the last one" inside an interview's answer or a transcript turn: the
    "I" is the one whose turn it is (a labelled statement holding it), not nobody."""
    turns = [s for s in statements if s.speaker.how in (AttributionKind.TRANSCRIPT, AttributionKind.COLON)
             and s.speaker.entity is not None]
    for statement in statements:
        sp = statement.speaker
        if sp.entity is None and sp.words is not None and sp.words.lower() in _FIRST_PERSON:
            turn = next((t for t in turns if t.start <= statement.start and statement.end <= t.end), None)
            if turn is not None:
                statement.speaker = replace(sp, name=turn.speaker.name, kind=turn.speaker.kind, entity=turn.speaker.entity)
