"""Quotation spans found on the raw text, before and independent of any parser.

Why not pair marks one after another (as textacy does)? Real articles have odd counts: an
apostrophe typed as a straight quote, a mark lost in scraping, a quote that runs over several
paragraphs and is re-opened at each one. So marks are classified by glyph *and* context, pairs are
found paragraph by paragraph (a broken paragraph cannot spoil the rest of the article), and an
unclosed mark is recovered locally.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .paragraphs import paragraph_spans, trim

DOUBLE_MARKS = '"“”„«»‟'
SINGLE_MARKS = "'‘’‚‛"
_OPEN_ONLY = "„«‟"
_CLOSE_ONLY = "»"
# characters that may stand right before an opening mark or right after a closing one
_OPEN_CONTEXT = set(" \t\n\r\xa0([{—–-/…")
_CLOSE_CONTEXT = set(" \t\n\r\xa0.,;:!?)]}—–-/…")
# words that start with an apostrophe rather than an opening single quote: 'em, 'til, '90s
_ELISIONS = re.compile(r"(?:em|til|tis|twas|cause|bout|n|s|re|ve|ll|d|m|\d\ds?)\b", re.I)


def opens_on_quote(paragraph: str) -> bool:
    """Whether a paragraph's text opens with a double quotation mark (after any spaces)."""
    first = paragraph.lstrip()[:1]
    return first != "" and first in DOUBLE_MARKS


@dataclass(frozen=True)
class QuoteSpan:
    """The text between a pair of marks: ``start``/``end`` exclude the marks themselves."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when recovered without one
    style: str = "double"  # double | single
    #: quotes of a multi-paragraph quotation share a group (the open-each-paragraph convention)
    group: int | None = None
    nested: tuple[tuple[int, int], ...] = ()

    @property
    def closed(self) -> bool:
        return self.close_at is not None


_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+))*\s*/?>")


def _context(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(opener-like, closer-like) for the mark at ``i`` within the paragraph [lo, hi)."""
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    left_open = left in _OPEN_CONTEXT or left in DOUBLE_MARKS + SINGLE_MARKS
    right_close = right in _CLOSE_CONTEXT or right in DOUBLE_MARKS + SINGLE_MARKS
    return left_open and not right.isspace(), not left.isspace() and right_close


def _double_roles(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(can open, can close) for a double mark, from its glyph and what surrounds it."""
    ch = text[i]
    opener, closer = _context(text, i, lo, hi)
    if ch in _OPEN_ONLY:
        return True, False
    if ch in _CLOSE_ONLY:
        return False, True
    if ch == "“":  # an opener, unless typed in a closer's place ('51 percent.“ ')
        return not closer or opener, closer and not opener
    if ch == "”":
        return opener and not closer, not opener or closer
    if opener == closer:  # straight mark with spaces on both sides, or none: either role
        return True, True
    return opener, closer


def _pair_double(text: str, lo: int, hi: int, marks: list[int]) -> tuple[list[tuple[int, int]], list[tuple[int, int]], int | None, list[int]]:
    """Pair double marks in one paragraph.

    Returns (outer pairs as (open, close), nested pairs, an outer open left unclosed,
    stray closers seen while nothing was open).
    """
    stack: list[int] = []
    outer: list[tuple[int, int]] = []
    nested: list[tuple[int, int]] = []
    stray: list[int] = []
    for i in marks:
        can_open, can_close = _double_roles(text, i, lo, hi)
        if not stack:
            if can_open:
                stack.append(i)
            else:
                stray.append(i)
            continue
        # a straight mark that could do either closes when its glyph matches the open one
        if can_close and (not can_open or text[i] in '"”' or len(stack) > 1):
            o = stack.pop()
            (nested if stack else outer).append((o, i))
        else:
            stack.append(i)
    unclosed = None
    if len(stack) > 1:
        # usually a straight mark misread as a nested opener: fall back to plain alternation
        if len(marks) % 2 == 0 and not stray:
            pairs = list(zip(marks[::2], marks[1::2]))
            return pairs, [], None, []
        unclosed = stack[0]  # the outermost open runs on; completed inner pairs stay nested
    elif stack:
        unclosed = stack[0]
    return outer, nested, unclosed, stray


def _single_pairs(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted spans in [lo, hi) outside ``blocked`` (double-quoted) ranges.

    An apostrophe between letters (Gaza's, don't) is never a mark; an opening mark needs a space
    or punctuation before it and a word after it that is not an elision ('90s, 'em).
    """
    pairs: list[tuple[int, int]] = []
    opener: int | None = None
    for m in re.finditer("[" + SINGLE_MARKS + "]", text[lo:hi]):
        i = lo + m.start()
        if any(s <= i < e for s, e in blocked) or _doubled(text, i):
            continue
        left = text[i - 1] if i > lo else " "
        right = text[i + 1] if i + 1 < hi else " "
        if left.isalnum() and right.isalnum():
            continue  # apostrophe inside a word
        is_open, is_close = _context(text, i, lo, hi)
        if text[i] == "’" and right.isalnum():
            is_open = False
        if text[i] == "‘":
            is_close = is_close and not is_open
        if is_open and text[i] != "‘" and _ELISIONS.match(text, i + 1):
            is_open = False
        if opener is None:
            if is_open:
                opener = i
        elif is_close and i > opener + 1:
            pairs.append((opener, i))
            opener = None
        elif is_open:
            opener = i  # the earlier one was an apostrophe after all
    return pairs


def find_quotes(text: str, *, skip: Iterable[tuple[int, int]] = (), single: bool = True) -> list[QuoteSpan]:
    """Every quotation in ``text``, in order, with offsets into ``text``.

    ``skip``: ranges (boilerplate) whose marks are ignored. Nested quotes stay inside their outer
    quote (listed in ``nested``); single-quoted spans are found only outside double quotes.
    Never raises on odd or stray marks.
    """
    # marks inside markup tags (<tweet author="...">) delimit attribute values, not quotations
    skip = sorted([*skip, *((m.start(), m.end()) for m in _MARKUP_TAG.finditer(text))])
    quotes: list[QuoteSpan] = []
    paragraphs = paragraph_spans(text)
    carry: int | None = None  # group of a quotation left open at the previous paragraph's end
    n_groups = 0
    for n, (lo, hi) in enumerate(paragraphs):
        if any(s <= lo and hi <= e for s, e in skip):
            carry = None
            continue
        marks = [lo + m.start() for m in re.finditer("[" + DOUBLE_MARKS + "]", text[lo:hi])]
        marks = [i for i in marks if not any(s <= i < e for s, e in skip)]
        outer, nested, unclosed, stray = _pair_double(text, lo, hi, marks)
        spans: list[QuoteSpan] = []
        first_open = min([o for o, _ in outer] + ([unclosed] if unclosed is not None else []), default=None)
        if carry is not None and stray and (first_open is None or stray[0] < first_open):
            # the quotation goes on without being re-opened: it ends at the first stray closer
            spans.append(QuoteSpan(lo, stray[0], lo, stray[0], group=carry))
            carry = None
        for o, c in outer:
            inner = tuple((a + 1, b) for a, b in nested if o < a < c)
            spans.append(QuoteSpan(o + 1, c, o, c, group=carry if o == lo else None, nested=inner))
        carry_next = None
        if unclosed is not None:
            nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
            continues = nxt is not None and (
                _double_roles(text, nxt[0], *nxt)[0] if text[nxt[0]] in DOUBLE_MARKS else _has_stray_closer(text, *nxt)
            )
            group = carry if (carry is not None and unclosed == lo) else None
            if continues and group is None:
                group, n_groups = n_groups, n_groups + 1
            inner = tuple((a + 1, b) for a, b in nested if a > unclosed)
            spans.append(QuoteSpan(unclosed + 1, hi, unclosed, None, group=group, nested=inner))
            carry_next = group if continues else None
        carry = carry_next
        quotes.extend(spans)
        if single:
            blocked = [(q.open_at, (q.close_at if q.close_at is not None else q.end) + 1) for q in spans] + skip
            quotes.extend(QuoteSpan(o + 1, c, o, c, style="single") for o, c in _single_pairs(text, lo, hi, blocked))
    quotes = [_strip(text, q) for q in quotes]
    return sorted((q for q in quotes if q.end > q.start), key=lambda q: q.start)


def _doubled(text: str, i: int) -> bool:
    """Part of a pair of apostrophes standing in for a double mark (''like this''), an old ASCII
    convention (LDC's New York Times text). They are not taken as quotation marks: the
    double-quote pairing does not know them and two single marks must not be paired instead."""
    return (i + 1 < len(text) and text[i + 1] in SINGLE_MARKS) or (i > 0 and text[i - 1] in SINGLE_MARKS)


def _has_stray_closer(text: str, lo: int, hi: int) -> bool:
    marks = [lo + m.start() for m in re.finditer("[" + DOUBLE_MARKS + "]", text[lo:hi])]
    return bool(marks) and not _double_roles(text, marks[0], lo, hi)[0]


def _strip(text: str, q: QuoteSpan) -> QuoteSpan:
    start, end = trim(text, q.start, q.end)
    if (start, end) == (q.start, q.end):
        return q
    return QuoteSpan(start, end, q.open_at, q.close_at, q.style, q.group, q.nested)
