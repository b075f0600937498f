"""Direct and partial quotations: the words between quotation marks (text/marks.py pairs them on
the raw text), less the quoted strings nobody said, and whether each is a clause of its own."""

from __future__ import annotations

from ...records import MentionKind
from ...text import QuoteSpan, find_quotes
from ..frames import is_clause_quote
from .filters import is_junk


def direct_quotes(text: str, skip: tuple[tuple[int, int], ...] = ()) -> list[QuoteSpan]:
    """The quotations of ``text``, in order, outside the ``skip`` ranges (boilerplate)."""
    return [q for q in find_quotes(text, skip=skip) if not is_junk(text[q.start : q.end])]


def quote_kind(text: str, q: QuoteSpan, paragraph_start: int, paragraph_end: int) -> MentionKind:
    """direct: a clause of its own (frames.is_clause_quote) of a few words that also ends where
    the quote ends: its last word is not followed by more of the same sentence ("stressed that
    "Hamas is the obstacle" to an agreement" is partial). partial otherwise."""
    if len(text[q.start : q.end].split()) < 3 or not is_clause_quote(text, q, paragraph_start):
        return "partial"
    if text[q.end - 1] in ".,!?;:…—-":
        return "direct"
    after = text[(q.close_at + 1 if q.close_at is not None else q.end) : paragraph_end].lstrip()
    return "direct" if not after or after[0] in ".,;:!?)—–-" else "partial"


def without_joining_comma(text: str, q: QuoteSpan) -> int:
    """The quote's end without the comma that only joins it to its attribution ("...our
    people," Hamas said -> ...our people): a researcher pastes the words, not the join."""
    end = q.end
    if q.closed and text[end - 1] == ",":
        end -= 1
        while end > q.start and text[end - 1].isspace():
            end -= 1
    return end
