"""Who writes "I": the author of a first-person text (an opinion piece, a letter, a book excerpt),
found in the lines newspapers print for it, plain text only.

An "I" outside quotation marks is the writer's own voice ("As I said on the radio, "..."" in a
column). The writer is named, in order of how close the line is to the "I":
- a letter's signature, the next paragraph that is only a name ("Vera Lindqvist." or "- Vera
  Lindqvist, Kelso"): letters pages print several, each after its letter;
- the author's line at the end ("Vera Lindqvist is a nurse in Kelso.", data/author_line_verbs.txt;
  "Vera Lindqvist's column appears on Tuesdays", data/authored_works.txt);
- a byline at the top ("By Vera Lindqvist");
- a columnist's name heading the headline ("Vera Lindqvist: Why I left the party").
Each needs a full name whose first word the first-name lexicon gives a gender, so that "Read
More." or "Associated Press." never sign a letter.
"""

from __future__ import annotations

import functools
import re

from ... import lexicon
from .gender import first_name_gender

# a person's full name as a byline or signature prints it: two to four capitalised words,
# initials and particles allowed ("Joel B. Pollak", "Ana de la Cruz", "Mary O'Neil-Brandt")
_NAME = r"[A-Z][\w’'-]+(?: (?:[A-Z]\.|[A-Z][\w’'-]+|de|da|van|von|la|le|del|di|bin)){1,3}"
_DASH = r"(?:[—–-]+|--)\s*"
_SIGNATURE = re.compile(rf"\s*(?:{_DASH})?(?P<name>{_NAME})(?:,[ \w.’'-]{{1,40}})?\.?\s*")
_BYLINE = re.compile(rf"\s*By (?P<name>{_NAME})(?:,| and |\s*$)")
_HEADLINE = re.compile(rf"\s*(?P<name>{_NAME}):\s")
#: how far from its end an author's line may stand (a footnote or a "Follow him on Twitter" after it)
_LAST_PARAGRAPHS = 3
#: how many paragraphs a letter may run before its signature
_LETTER_PARAGRAPHS = 8
#: the opening paragraphs a byline may stand in (after a headline and a dateline)
_FIRST_PARAGRAPHS = 3


@functools.cache
def _author_line() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon.words("author_line_verbs"), key=len, reverse=True))
    works = "|".join(sorted(lexicon.words("authored_works"), key=len, reverse=True))
    # "Vera Lindqvist is a nurse", "Tom Ames, a retired teacher, writes", "Vera Lindqvist's column
    # appears every Tuesday" (data/authored_works.txt)
    return re.compile(rf"\s*(?:{_DASH})?(?P<name>{_NAME})(?:(?:,[^,\n]{{1,80}},)? (?:{verbs})\b|['’]s (?:{works})\b)")


def _person(match: re.Match[str] | None) -> tuple[str, int] | None:
    if match is None or first_name_gender(match.group("name")) is None:
        return None
    return match.group("name"), match.start("name")


def first_person_writer(text: str, paragraphs: list[tuple[int, int]], paragraph: int) -> tuple[str, int] | None:
    """The name (and its offset) of whoever writes "I" in paragraph number ``paragraph`` of a
    first-person text, by the lines above; None when the text prints none of them."""
    for lo, hi in paragraphs[paragraph + 1 : paragraph + 1 + _LETTER_PARAGRAPHS]:
        if (found := _person(_SIGNATURE.fullmatch(text, lo, hi))) is not None:
            return found
    for lo, hi in reversed(paragraphs[-_LAST_PARAGRAPHS:]):
        if (found := _person(_author_line().match(text, lo, hi))) is not None:
            return found
    for lo, hi in paragraphs[:_FIRST_PARAGRAPHS]:
        if (found := _person(_BYLINE.match(text, lo, hi))) is not None:
            return found
    if paragraphs:
        return _person(_HEADLINE.match(text, *paragraphs[0]))
    return None
