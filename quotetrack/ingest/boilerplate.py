"""Boilerplate: the lines of an article that are not its text, as character ranges.

Captions and photo credits, section labels, share and newsletter footers and an outlet's standing
notes carry no quotations of their own, and a stray quote mark in them can spoil the pairing of
the real ones. They are *marked* (``Article.boilerplate``), never deleted, so that every offset
still points into the text as ingested; ``find_quotes(..., skip=...)`` then ignores them.

The rules look at the shape of a line, not at one outlet's wording: phrases and patterns are in
data/boilerplate.txt. A line inside a real paragraph (long, ending a sentence) is never marked.
"""

from __future__ import annotations

import functools
import re

from .. import lexicon

#: a footer line ("Join the ... mailing list") is short; a paragraph that mentions a newsletter is not
FOOTER_MAX_WORDS = 12
CAPTION_MAX_WORDS = 25
LABEL_MAX_WORDS = 4
#: what a repeated caption may add to the line before it: the credit ("Avshalom Sassoni/Flash 90")
REPEAT_MAX_EXTRA_WORDS = 6
_SENTENCE_END = tuple('.!?:"”’')
_QUOTE_MARKS = re.compile('["“”„«»]')


@functools.cache
def _rules() -> dict[str, list[re.Pattern]]:
    rules: dict[str, list[re.Pattern]] = {"footer": [], "credit": [], "note": []}
    for line in lexicon.lines("boilerplate.txt"):
        kind, pattern = line.split("\t", 1)
        rules[kind].append(re.compile(pattern))
    return rules


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding whitespace."""
    spans = []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        start, end = m.span()
        start += len(m.group()) - len(m.group().lstrip())
        end -= len(m.group()) - len(m.group().rstrip())
        spans.append((start, end))
    return spans


def line_kind(line: str) -> str | None:
    """Which kind of boilerplate one line is on its own (footer, credit, note, label, punctuation),
    or None for a line of text."""
    words = len(line.split())
    if not re.search(r"\w", line):
        return "punctuation"
    rules = _rules()
    if words <= FOOTER_MAX_WORDS and any(p.search(line) for p in rules["footer"]):
        return "footer"
    if not _QUOTE_MARKS.search(line):
        if any(p.fullmatch(line) for p in rules["note"]):
            return "note"
        if words <= LABEL_MAX_WORDS:  # (a paragraph's letters are not worth listing)
            letters = [c for c in line if c.isalpha()]
            if len(letters) >= 2 and all(c.isupper() for c in letters):
                return "label"
    if words <= CAPTION_MAX_WORDS and not line.endswith(_SENTENCE_END) and any(p.search(line) for p in rules["credit"]):
        return "credit"
    return None


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` that are boilerplate, sorted, adjacent lines merged."""
    lines = _lines(text)
    marked = [line_kind(text[s:e]) is not None for s, e in lines]
    for i in range(1, len(lines)):
        if _repeats(text[slice(*lines[i - 1])], text[slice(*lines[i])]):
            marked[i - 1] = marked[i] = True  # a caption, then the same caption with its credit
    _mark_footer_block(text, lines, marked)
    ranges: list[tuple[int, int]] = []
    for (start, end), is_boilerplate in zip(lines, marked):
        if not is_boilerplate:
            continue
        if ranges and not text[ranges[-1][1] : start].strip():
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return tuple(ranges)


def _repeats(previous: str, line: str) -> bool:
    if len(previous) < 3 or not line.startswith(previous) or previous.endswith(_SENTENCE_END):
        return False
    return len(line[len(previous) :].split()) <= REPEAT_MAX_EXTRA_WORDS


def _mark_footer_block(text: str, lines: list[tuple[int, int]], marked: list[bool]) -> None:
    """The short lines that close an article after its first footer line (a repeated headline
    after "Share your opinion") belong to the footer too."""
    first_footer = None
    for i in range(len(lines) - 1, -1, -1):
        line = text[slice(*lines[i])]
        if not (marked[i] or _short_line(line)):
            break
        if line_kind(line) == "footer":
            first_footer = i
    if first_footer is not None:
        for i in range(first_footer, len(lines)):
            marked[i] = True


def _short_line(line: str) -> bool:
    return len(line.split()) <= FOOTER_MAX_WORDS and not line.endswith(_SENTENCE_END)
