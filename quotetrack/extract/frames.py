"""The text the parser reads: a paragraph whose whole-clause quotes are replaced by a placeholder.

Attribution lives in the frame around a quote ("...," Naim told AFP), not in the quote. A long
quote costs parse time, and its own sentence breaks make the parser cut the frame off from the
quote. So a quote that is a clause of its own is parsed as one short word that the parser attaches
to the reporting verb like any quoted clause; a partial quote ("the White House is "actively
working"") is part of its sentence's grammar and is kept as written.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .. import lexicon
from ..text import QuoteSpan, sentence_bounds
from .attribution.cues import is_cue_word
from .syntax import token_range

#: parses as an interjection attached to the reporting verb ("Yes," he said)
PLACEHOLDER = "Yes"
#: after "that" a clause is expected ("her remark that "it is so"")
CLAUSE_PLACEHOLDER = "it is so"
_AFTER_THAT = re.compile(r"\bthat\s*$", re.I)
_CLAUSE_OPENERS = re.compile(r"(?:^|[:,;—–(\[]|\bthat|\bsaying|\bsays?|\bsaid)\s*$", re.I)
_MIN_WORDS_TO_REPLACE = 4


def is_clause_quote(text: str, q: QuoteSpan, paragraph_start: int) -> bool:
    """True when the quote stands as a clause of its own rather than as words inside a sentence.

    It opens the paragraph, follows a colon, comma, dash or "that"; or starts with a capital
    after the end of a sentence.
    """
    before = text[paragraph_start : q.open_at].rstrip()
    if not before or before[-1] in ".!?\"”'’":
        return True
    last_word = re.search(r"(\w+)\W*$", before)
    after_cue = last_word is not None and is_cue_word(last_word.group(1))  # writing "Feels great ..."
    if before[-1] == "," and text[q.start : q.start + 1].islower():
        # "calling her, of all things, "a tired old hand."": words of the sentence; but
        # '"...," said coach Ned Reed, "and we will win."' goes on with the quotation: a cue
        # right before it, or a quotation that closed on a comma and then only a cue and its
        # speaker
        return after_cue or _resumes_quotation(text, q, paragraph_start)
    return after_cue or _CLAUSE_OPENERS.search(before[-12:]) is not None


def _resumes_quotation(text: str, q: QuoteSpan, paragraph_start: int) -> bool:
    """A quotation of the same sentence closed on a comma before ``q``, and only a cue and its
    speaker stand between ('"...," said coach Ned Reed, "and ...')."""
    sentence = text[max(paragraph_start, sentence_bounds(text, q.start, q.end)[0]) : q.open_at]
    close = max(sentence.rfind("\""), sentence.rfind("”"))
    if close < 1 or sentence[close - 1] != ",":
        return False
    between = re.findall(r"\w+", sentence[close + 1 :])
    return len(between) <= 8 and any(is_cue_word(w) for w in between)


@dataclass
class Frame:
    """A paragraph as the parser sees it, with the way back to article offsets."""

    text: str
    #: (frame offset, article offset) at the start of each piece copied from the article
    _frame_starts: list[int] = field(default_factory=list)
    _article_starts: list[int] = field(default_factory=list)
    #: frame (start, end) of each placeholder -> the quote it stands for
    placeholders: dict[tuple[int, int], QuoteSpan] = field(default_factory=dict)

    def to_article(self, offset: int) -> int:
        """Article offset of a frame offset that lies in copied (not placeholder) text."""
        i = bisect.bisect_right(self._frame_starts, offset) - 1
        return self._article_starts[i] + (offset - self._frame_starts[i])

    def to_frame(self, offset: int) -> int:
        """Frame offset of an article offset in copied text (the inverse of to_article)."""
        i = bisect.bisect_right(self._article_starts, offset) - 1
        return self._frame_starts[i] + (offset - self._article_starts[i])

    def article_span(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Article offsets of tokens [start, end) of the frame's Doc."""
        last = doc[end - 1]
        return self.to_article(doc[start].idx), self.to_article(last.idx + len(last.text))

    def quote_tokens(self, doc: Doc, q: QuoteSpan) -> QuoteTokens:
        """Where quote ``q`` (of this frame's paragraph) sits in the frame's Doc."""
        placeholder = next((span for span, pq in self.placeholders.items() if pq is q), None)
        content = placeholder or (self.to_frame(q.start), self.to_frame(q.end))
        outer_lo = self.to_frame(q.open_at)
        outer_hi = self.to_frame(q.close_at) + 1 if q.close_at is not None else content[1]
        cs, ce = token_range(doc, *content)
        os_, oe = token_range(doc, outer_lo, outer_hi)
        return QuoteTokens(cs, ce, min(os_, cs), max(oe, ce))


@dataclass
class QuoteTokens:
    """Where one quote sits in a frame's Doc."""

    start: int  # first content token
    end: int  # one past the last content token
    outer_start: int  # first token including the opening mark
    outer_end: int


# "TALLAHASSEE —", "LA CROSSE, Wis. —", "WASHINGTON (Reuters) -", and in title case only with a news
# agency of data/news_agencies.txt ("Washington (AFP) –"; not "Ana Price (Labour) –"): a dateline
# is never a speaker, and the parser takes it for one
@functools.cache
def _dateline() -> re.Pattern[str]:
    agencies = "|".join(re.escape(a) for a in sorted(lexicon.words("news_agencies"), key=len, reverse=True))
    return re.compile(
        r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}\s*(?:\([^()\n]{1,40}\)\s*)?"
        rf"|[A-Z][a-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*){{0,3}}\s*\((?i:{agencies})\)\s*)(?:—|–|--|-)\s+"
    )


def dateline_end(text: str, lo: int, hi: int) -> int:
    """Where the text of a paragraph starts once a leading dateline is skipped."""
    m = _dateline().match(text, lo, hi)
    return m.end() if m and not any(c in text[lo : m.end()] for c in "\"“”") else lo


def build_frame(text: str, lo: int, hi: int, quotes: list[QuoteSpan]) -> Frame:
    """The frame of paragraph [lo, hi) given the quotes that lie in it (a dateline left out)."""
    frame = Frame("")
    pieces: list[str] = []
    length = 0
    lo = dateline_end(text, lo, hi)
    cursor = lo
    for q in sorted(quotes, key=lambda q: q.start):
        words = len(text[q.start : q.end].split())
        if q.style != "double" or words < _MIN_WORDS_TO_REPLACE or not is_clause_quote(text, q, lo):
            continue
        frame._frame_starts.append(length)
        frame._article_starts.append(cursor)
        pieces.append(text[cursor : q.start])
        length += q.start - cursor
        # keep the quote's last punctuation: it tells the parser whether the sentence ends there
        tail = text[q.end - 1] if text[q.end - 1] in ",.!?;:" else ""
        placeholder = CLAUSE_PLACEHOLDER if _AFTER_THAT.search(text[max(lo, q.open_at - 12) : q.open_at]) else PLACEHOLDER
        stand_in = placeholder + tail
        frame.placeholders[(length, length + len(placeholder))] = q
        pieces.append(stand_in)
        length += len(stand_in)
        cursor = q.end
    frame._frame_starts.append(length)
    frame._article_starts.append(cursor)
    pieces.append(text[cursor:hi])
    frame.text = "".join(pieces)
    return frame
