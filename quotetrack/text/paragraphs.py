"""Paragraphs of an article's text as character spans (blank lines, single newlines, hard wraps)."""

from __future__ import annotations

import re

from .. import lexicon


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of surrounding whitespace.

    A blank line always separates paragraphs. A single newline does too, unless the text is
    hard-wrapped: blank-line-separated blocks whose inner lines have a typical wrap width and
    mostly do not end a sentence. There a single newline is a soft wrap.
    """
    lines = [trim(text, m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    blocks = [trim(text, m.start(), m.end()) for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|\Z))+", text)]
    if len(blocks) < 2 or len(lines) < 2 * len(blocks):
        return lines
    block_ends = {e for _, e in blocks}
    inner = [(s, e) for s, e in lines if e not in block_ends]
    widths = sorted(e - s for s, e in inner)
    wrap_width = widths[len(widths) // 2] if widths else 0
    sentence_ends = sum(text[e - 1] in ".!?:\"”" for _, e in inner)
    hard_wrapped = 40 <= wrap_width <= 100 and sentence_ends < 0.5 * len(inner)
    return blocks if hard_wrapped else lines


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_headline(text: str) -> bool:
    """A short line in Title Case (a headline or a subheading): its capitalised words are title
    words, not names the tagger can be trusted with ("Mayor Reed May Not Run Again ...")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not 3 <= len(words) <= 20 or text.rstrip().endswith((".", "?", "!", '"', "”")) and len(words) > 12:
        return False
    small = lexicon.words("function_words")
    return all(w[0].isupper() or w.lower() in small for w in words) and sum(w[0].isupper() for w in words) >= 3
