"""Who writes "I": the author of a first-person text (an opinion piece, a letter, a book excerpt),
found in the lines newspapers print for it, plain text only.

An "I" outside quotation marks is the writer's own voice ("As I said on the radio, "..."" in a
column). The writer is named by, in this order:
- a letter's signature: the first paragraph after the "I" that is only a name, signed as letters
  are ("Vera Lindqvist.", "- Dr. Vera Lindqvist", "Vera Lindqvist, Kelso"); letters pages print
  several, each after its letter, so the first one after the "I" decides, and one whose name the
  lexicon does not know is no later letter's writer (a byline or author's line may still name one);
- a byline: a paragraph near the top that is only "By <Name>";
- a book excerpt's note, near the top or among the last paragraphs ("The following is excerpted
  from Vera Lindqvist's new memoir", "Adapted from "Salt Roads" by Tom Ames");
- the author's line, a short paragraph among the last ("Vera Lindqvist is a nurse in Kelso.",
  "Tom Ames writes on farming.": data/author_line_verbs.txt; "Vera Lindqvist's column appears on
  Tuesdays": data/authored_works.txt).
Each needs a full name whose first name the lexicon gives a gender (or a form of address, in a
signature), so that "Read More." or "Associated Press." never sign a letter. No "I" of a
transcript's or interview's turn ("A: As I said, ...", "REED: I never ...") or of a text printed in
full after a colon ("It read:") is the writer's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ... import lexicon
from .gender import first_name_gender

# a capitalised word with a small letter in it (not "ANA REED", a transcript's label)
_WORD = r"[A-ZÀ-ÖØ-ÞŁŚŠŽČĆ][\w’'-]*[a-zß-öø-ÿ][\w’'-]*"
_PARTICLE = r"(?:de|da|van|von|la|le|del|di|bin)"
# a person's full name as a byline or signature prints it: a first name and one to three more
# words, initials and particles allowed, ending on a name ("Joel B. Pollak", "Ana de la Cruz")
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*(?:[A-Z]\.?|{_WORD})){{1,3}}"
_HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Miss|Prof|Rev)\.?\s+"
_DASH = r"[—–-]+\s*"
# (after a form of address, initials and a surname do: "Dr. J. Patel"); signed as letters are: a
# dash before, a place after ("June Patel, Dunmore"), or a full stop ("Tom Ames."), not a
# subheading ("Rising Costs") nor "Mr. Hale, too."
_SIGNATURE = re.compile(rf"\s*(?P<dash>{_DASH})?(?:{_HONORIFIC}(?P<addressed>(?:[A-Z]\.?\s+)*{_WORD}(?:\s+{_WORD}){{0,2}})"
                        rf"|(?P<name>{_NAME}))(?P<place>,\s*[A-Z][ \w.’'-]{{0,40}})?(?P<stop>\.)?\s*")
_BYLINE = re.compile(rf"\s*By\s+(?P<name>{_NAME})(?:,[^\n]{{1,60}})?\s*")
#: a turn of a transcript or an interview ("A:", "Q.", "REED:", "Ana Reed:") opening a paragraph
#: (not "Update:" nor "To the Editor:")
_TURN = re.compile(r"\s*(?:[A-Z][A-Z'’. -]*[A-Z]\s*:|[QA][:.]|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*:)\s")
#: what a paragraph says before a text printed in full ("It read:", "The statement said in full:")
_PRINTED_IN_FULL = re.compile(r"\b(?:read|reads|said|says|wrote|writes|statement|full|following)\W*:\s*$", re.I)
#: how far from its end an author's line may stand (a footnote or a "Follow him on Twitter" after
#: it), and how long it may be
_LAST_PARAGRAPHS = 3
_AUTHOR_LINE_WORDS = 60
#: how many paragraphs a letter may run before its signature
_LETTER_PARAGRAPHS = 8
#: the opening paragraphs a byline may stand in (after a headline and a date)
_FIRST_PARAGRAPHS = 4


def _either(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, the longest first (so "excerpts" wins over "excerpt")."""
    return "|".join(sorted(words, key=len, reverse=True))


@functools.cache
def _excerpt_note() -> re.Pattern[str]:
    work_nouns = _either(lexicon.words("authored_works"))
    notes = lexicon.table("excerpt_notes")
    kinds = {kind: _either(w for w, k in notes.items() if k == kind) for kind in ("opening", "excerpt", "new")}
    # the note's sentence says the text is an excerpt: "The following is ... excerpts from", "This
    # essay is adapted from", "(Excerpted from" at a line's or sentence's start (not "I read the
    # excerpts from ...", nor "This week I read the excerpts")
    starts = r"(?:^[^\w\n]*|[.:!?]\s+[^\w\n]*)"
    says = rf"(?i:{kinds['opening']})(?:\s+(?:{work_nouns}))?\s+(?:is|are|was)\b[^.\n]{{0,80}}?\b(?:{kinds['excerpt']})"
    # a title in quotation marks may hold a full stop ("Mr. Lincoln's Town")
    words = r"(?:“[^”\n]{0,80}”|\"[^\"\n]{0,80}\"|[^.\n])"
    # ... of "bestselling author Vera Lindqvist's new book", or of a work "by Tom Ames"; after a
    # bare "Adapted from", one that ends the note ("Adapted from "Salt Roads" by Tom Ames. Used
    # with permission."; not "Adapted from the novel by Stephen King, the new series opens ...", a
    # sentence of the text)
    def work(group: str) -> str:
        return rf"(?P<{group}>{_NAME})['’]s\s+(?:(?:{kinds['new']})\s+)?(?:{work_nouns})\b"
    return re.compile(rf"{starts}(?:{says}\s+from\s+{words}{{0,80}}?(?:{work('name')}|{words}{{0,70}}?\bby\s+(?P<by>{_NAME})\b)"
                      rf"|(?i:{kinds['excerpt']})\s+from\s+(?:{words}{{0,80}}?{work('note_name')}"
                      rf"|{words}{{0,150}}?\bby\s+(?P<note_by>{_NAME})(?=\s*(?:[.;)\]]|$))))", re.M)


def _excerpt_author(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The author a book excerpt's note in text[lo:hi] names, when the lexicon knows the first name."""
    m = _excerpt_note().search(text, lo, hi)
    return _person(m, next(g for g in ("name", "by", "note_name", "note_by") if m.group(g))) if m is not None else None


@functools.cache
def _author_line() -> re.Pattern[str]:
    verbs = _either(lexicon.words("author_line_verbs"))
    work_nouns = _either(lexicon.words("authored_works"))
    # "Vera Lindqvist is a nurse", "Tom Ames, a retired teacher, writes", "Vera Lindqvist's column
    # appears every Tuesday"; "is" only before what says a post ("is a", "is the", "is Senior
    # Editor", "is playwright-in-residence"), not "is among the missing" or "is leading the inquiry"
    return re.compile(rf"\s*(?:{_DASH})?(?P<name>{_NAME})(?:(?:,[^,\n]{{1,80}},)?\s+"
                      rf"(?:is\s+(?:a|an|the)\b|is\s+[A-Z]|is\s+\w+(?:-\w+)+|(?:{verbs})\b)|['’]s\s+(?:{work_nouns})\b)")


def _person(match: re.Match[str] | None, group: str = "name") -> tuple[str, int] | None:
    """The name (and its offset) in ``group`` of a match, when the lexicon knows its first name."""
    if match is None or first_name_gender(match.group(group)) is None:
        return None
    return match.group(group), match.start(group)


def _signature(text: str, lo: int, hi: int) -> tuple[str, int] | None | bool:
    """The name a paragraph signs with; False when the paragraph is no signature; None when it is
    shaped like one but names no one the lexicon or a form of address says is a person."""
    m = _SIGNATURE.fullmatch(text, lo, hi)
    if m is None or not (m.group("dash") or m.group("place") or m.group("stop")):
        return False
    if m.group("addressed"):
        return m.group("addressed"), m.start("addressed")
    return _person(m)


def first_person_writer(text: str, paragraphs: list[tuple[int, int]], paragraph: int) -> tuple[str, int] | None:
    """The name (and its offset) of whoever writes "I" in paragraph number ``paragraph`` of a
    first-person text, by the lines printed around it; None when the text prints none of them."""
    if not 0 <= paragraph < len(paragraphs):
        return None
    lo, hi = paragraphs[paragraph]
    before = text[paragraphs[paragraph - 1][0] : paragraphs[paragraph - 1][1]] if paragraph > 0 else ""
    if _TURN.match(text, lo, hi) or _PRINTED_IN_FULL.search(before):
        return None  # an interview's or transcript's turn; a text printed in full after "It read:"
    for lo, hi in paragraphs[paragraph + 1 : paragraph + 1 + _LETTER_PARAGRAPHS]:
        if (signed := _signature(text, lo, hi)) is not False:
            if signed is not None:
                return signed  # type: ignore[return-value]
            break  # a signature naming no one the lexicon knows: no later letter's, but a byline may
    for lo, hi in paragraphs[:_FIRST_PARAGRAPHS]:
        if (found := _person(_BYLINE.fullmatch(text, lo, hi))) is not None:
            return found
    for lo, hi in paragraphs[:_FIRST_PARAGRAPHS] + paragraphs[-_LAST_PARAGRAPHS:]:
        if (found := _excerpt_author(text, lo, hi)) is not None:
            return found
    for lo, hi in reversed(paragraphs[-_LAST_PARAGRAPHS:]):
        if len(text[lo:hi].split()) <= _AUTHOR_LINE_WORDS and (found := _person(_author_line().match(text, lo, hi))) is not None:
            return found
    return None
