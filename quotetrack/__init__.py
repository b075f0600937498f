"""quotetrack: who said what, when, and which outlets carried it.

    >>> import quotetrack
    >>> quotetrack.build(["data/articles"], out="data/dataset")   # doctest: +SKIP
    >>> ds = quotetrack.load("data/dataset")                      # doctest: +SKIP
    >>> ds.quotes.loc["John Kirby"]                               # doctest: +SKIP
"""

__version__ = "0.1.0"

from .corpus.dedup import cluster_quotes  # noqa: E402
from .extract import extract_article, extract_text  # noqa: E402
from .pipeline import build, extract_files  # noqa: E402
from .store import Dataset, load  # noqa: E402

__all__ = ["Dataset", "build", "cluster_quotes", "extract_article", "extract_files", "extract_text", "load"]
