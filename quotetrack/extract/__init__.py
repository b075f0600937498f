"""The per-article stage: an Article in, its mentions out (stage.py reads as its steps).

    candidates/   where statements enter: quotation marks (direct.py), indirect speech (indirect.py);
                  words nobody said (filters.py)
    attribution/  the cue and the speaker's words: in the sentence, colon introductions, transcript
                  turns, floating quotes that continue a speaker's quotation
    coref/        the speaker's words resolved to a name: the article's entities (index.py, no
                  spaCy), the evidence the parse gives (evidence.py, roles.py), the resolver
    syntax.py     label sets and walks over a parse that every rule shares
    frames.py     the text the parser reads; when.py the day a statement was made
"""

from __future__ import annotations

from ..records import Article, Mention
from .stage import extract_articles

__all__ = ["extract_article", "extract_articles", "extract_text"]


def extract_text(text: str, nlp=None, *, article_id: str = "text", **meta) -> list[Mention]:
    """Mentions in a plain string: the library's one-call entry point."""
    from ..ingest import complete
    from ..nlp import load_model

    return extract_article(complete(Article(article_id=article_id, text=text, **meta)), nlp or load_model())


def extract_article(article: Article, nlp) -> list[Mention]:
    """Every statement in ``article`` with its speaker, cue and offsets into ``article.text``."""
    result = extract_articles([article], nlp)[0]
    if isinstance(result, Exception):
        raise result
    return result
