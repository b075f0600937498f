"""An article's raw text, read without a parser: paragraphs, quotation marks, sentences.

Shared by the per-article stage (extract/), the corpus stage and the queries behind `show`.
"""

from .marks import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan, find_quotes, opens_on_quote
from .paragraphs import is_headline, paragraph_spans, trim
from .sentences import sentence_bounds, sentence_pieces

__all__ = ["DOUBLE_MARKS", "SINGLE_MARKS", "QuoteSpan", "find_quotes", "is_headline", "opens_on_quote", "paragraph_spans",
           "sentence_bounds", "sentence_pieces", "trim"]
