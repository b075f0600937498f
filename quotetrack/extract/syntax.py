"""What the attribution and coreference rules ask of a parse: label sets, subjects, mention spans.

Each dependency or entity label set is defined here once, and so is the walk from a verb to its
subjects, so that every rule reads a parse the same way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .attribution.cues import is_cue

#: subjects a speaker can be: nominal ("Hamas said") and passive ("was quoted")
NOMINAL_SUBJECTS = ("nsubj", "nsubjpass")
#: ... and clausal ones ("What he said was ...")
SUBJECT_DEPS = (*NOMINAL_SUBJECTS, "csubj", "csubjpass")
#: entity labels of people, and of organisations and places that can speak as one ("Qatar said")
PERSON_LABELS = ("PERSON",)
ORG_LABELS = ("ORG", "GPE", "NORP")
#: entity labels of places, which can hold an affiliation but are rarely speakers
PLACE_LABELS = ("FAC", "LOC")
#: entity labels of names that are places or peoples, never a person's first name ("Israel")
PLACE_NAME_LABELS = ("GPE", "NORP", "LOC")
#: the hyphens the tokenizer splits a word at ("co-author", "Strand-Oyelowo")
HYPHENS = ("-", "‐")
#: every label of a place: a country or city, a region, a building or road
ALL_PLACE_LABELS = ("GPE", "LOC", "FAC")
#: tokens that end a speaker's noun phrase (the rest is an appositive or a clause about them)
MENTION_STOPS = frozenset({",", "(", "—", "–", "-", ";", ":", "who", "whose", "which", "that"})
#: determiners and possessives that open a noun phrase ("the", "its", "another")
DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that", "its", "his", "her", "their", "our", "my", "your"})


def subjects_of(verb: Token, inside: Sequence[bool] | None = None, *,
                deps: tuple[str, ...] = SUBJECT_DEPS) -> list[Token]:
    """The verb's subjects, in order, leaving out tokens inside a quotation (``inside[i]``), and
    the parts of a hyphenated noun the parser made subjects each ("Her co-author, Ana Reed, said":
    "co", "-" and "author"), but its last."""
    found = [c for c in verb.children if c.dep_ in deps and not (inside is not None and inside[c.i])]
    doc = verb.doc
    return [c for c in found if not (c.text in HYPHENS or (c.i + 2 < len(doc) and doc[c.i + 1].text in HYPHENS
                                                            and doc[c.i + 2] in found))]


def is_common_noun(token: Token) -> bool:
    """A common noun, or a lowercase word the tagger took for a proper noun ("the media mogul")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and not token.text[:1].isupper()


def sentence_token_ids(doc: Doc, start: int, end: int) -> list[int]:
    """Indices of the tokens of the sentences that tokens [start, end) touch, in order (each
    sentence read once, not once per token)."""
    ids: list[int] = []
    i = start
    while i < end:
        sent = doc[i].sent
        ids += range(max(sent.start, ids[-1] + 1 if ids else 0), sent.end)
        i = max(sent.end, i + 1)
    return ids


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens overlapping characters [start, end) of the doc's text, as (first, one past last)."""
    starts = doc.to_array("IDX").tolist()
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if first < len(doc) and doc[first].idx + len(doc[first]) <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return first, max(last, first + 1)


def mention_span(head: Token, inside: Sequence[bool]) -> tuple[int, int]:
    """Token span of the words a quote is attributed to: the subject's phrase, cut before an
    appositive, a parenthesis or a relative clause ("Basem Naim, a Hamas spokesman," -> "Basem Naim")."""
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    start = head.left_edge.i
    end = head.right_edge.i + 1
    if start == head.i and not inside[glued := glued_start(head)]:
        start = glued  # "Hartmann-Bell", "co-author": the parser made each part a subject of its own
        # ... with the words the first part took ("The vice-president": "The" went to "vice")
        first = head.doc[glued].left_edge.i
        if first < glued and not any(inside[first:glued]):
            start = first
    for tok in head.doc[head.i + 1 : end]:
        # an appositive after a comma is a description; "Chief Chuck Jordan" parsed as one is the name
        if (tok.text.lower() in MENTION_STOPS and not joins_a_word(tok)) or tok.dep_ == "relcl" or inside[tok.i] or (
            tok.dep_ == "acl" and is_cue(tok)  # "a sign saying ..."
        ):
            end = tok.i
            break
    while start < head.i and (head.doc[start].is_punct or head.doc[start].dep_ in ("cc", "prep") or inside[start]):
        start += 1
    return start, max(end, head.i + 1)


def glued_start(token: Token) -> int:
    """Where the word ``token`` ends began, when the tokenizer split it at hyphens written without
    spaces ("Hartmann-Bell": the index of "Hartmann" for "Bell")."""
    start = token.i
    while start >= 2 and joins_a_word(token.doc[start - 1]):
        start -= 2
    return start


def joins_a_word(tok: Token) -> bool:
    """A hyphen that joins a word ("co-host", "pro-Sanders", "Ruiz-Brennan"), not a dash that ends
    a phrase: no space on either side."""
    return tok.text in HYPHENS and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def is_age_aside(doc: Doc, comma: int) -> bool:
    """Whether an age set off by commas opens at token ``comma`` (", 44," of "Ana Reed, 44, said")."""
    return comma + 2 < len(doc) and doc[comma].text == "," and doc[comma + 1].like_num and doc[comma + 2].text == ","


def has_which_subject(verb: Token) -> bool:
    """A clause whose subject is "which" ("Low Tide Pictures, which said ..."): of a thing or an
    organisation, never of a person."""
    return any(c.lower_ == "which" and c.dep_ in NOMINAL_SUBJECTS for c in verb.children)
