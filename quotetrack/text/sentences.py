"""Sentences around a quotation, read on raw text: bounded by sentence ends outside quotation
marks, within the quotation's paragraph. Shared by the date rules (extract/when.py) and `show`."""

from __future__ import annotations

import functools
import re

from .. import lexicon
from .marks import find_quotes
from .paragraphs import paragraph_spans


@functools.lru_cache(maxsize=4)
def _paragraphs(text: str) -> list[tuple[int, int]]:
    return paragraph_spans(text)  # cached: every quote of an article asks for the same paragraphs


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence that holds the quote at ``start``/``end`` (without its marks): it is
    bounded by sentence ends outside quotes, within the quote's paragraph."""
    first, last, _ = _sentence(text, start, end)
    return first, last


def _sentence(text: str, start: int, end: int) -> tuple[int, int, list[tuple[int, int]]]:
    """The quote's sentence bounds, and the spans inside quotation marks in its paragraph."""
    paragraphs = _paragraphs(text)
    lo, hi = next(((a, b) for a, b in paragraphs if a <= start < b or a < end <= b), (start, end))
    masks = [(start, end)]
    for q in find_quotes(text[lo:hi]):
        masks.append((lo + q.open_at, lo + (q.close_at + 1 if q.close_at is not None else hi - lo)))
    masks = _merge(masks)
    ends = _sentence_ends(text, lo, hi, masks)
    first = max([e for e in ends if e <= start], default=lo)
    last = min([e for e in ends if e >= end], default=hi)
    return first, last, masks


def sentence_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of the quote's sentence outside quotation marks, as article offsets.

    ``start``/``end`` are the quote's offsets (without its marks). The sentence is bounded by
    sentence ends outside quotes, within the quote's paragraph.
    """
    first, last, masks = _sentence(text, start, end)
    pieces, cursor = [], first
    for a, b in masks:
        if b <= first or a >= last:
            continue
        pieces.append((cursor, max(cursor, a)))
        cursor = max(cursor, b)
    pieces.append((cursor, last))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _sentence_ends(text: str, lo: int, hi: int, masks: list[tuple[int, int]]) -> list[int]:
    """Offsets where a new sentence may start: after . ! ? outside quotes (not after an
    abbreviation or an initial), and after a quote that ends with a full stop when a capital
    follows ('... resistance." Hamas made ...'). A quote ending in ? or ! is usually followed by
    its attribution ('"Why now?" Smith asked'), so it ends no sentence."""
    abbreviations = lexicon.words("abbreviations")
    ends = []
    for m in re.finditer(r"[.!?]+(?=\s|$)", text[lo:hi]):
        at = lo + m.start()
        if any(a <= at < b for a, b in masks) or _next_char(text, lo + m.end(), hi).islower():
            continue
        if text[at] == ".":
            word = re.findall(r"[\w.]*$", text[lo:at])[0].split(".")[-1]
            if (len(word) == 1 and word.isalpha()) or word.lower() in abbreviations:
                continue
        ends.append(lo + m.end())
    for _, b in masks:
        after = _next_char(text, b, hi)
        if text[b - 2 : b - 1] == "." and after and (after.isupper() or after in "\"“‘'"):
            ends.append(b)
    return sorted(ends)


def _next_char(text: str, at: int, hi: int) -> str:
    rest = text[at:hi].lstrip()
    return rest[0] if rest else ""
