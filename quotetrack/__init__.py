"""quotetrack: who said what, when, and which outlets carried it.

    >>> import quotetrack
    >>> quotetrack.build(["data/articles"], out="data/dataset")   # doctest: +SKIP
    >>> ds = quotetrack.load("data/dataset")                      # doctest: +SKIP
    >>> ds.quotes.loc["John Kirby"]                               # doctest: +SKIP

The names below are imported on first use (PEP 562): `import quotetrack`, and the command line
with it, stays free of pandas, pyarrow and spaCy until something needs them, so that `--help` and
shell completion start at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: each public name and the module that defines it
_PUBLIC = {
    "Dataset": "store",
    "build": "pipeline",
    "cluster_quotes": "corpus.dedup",
    "extract_article": "extract",
    "extract_files": "pipeline",
    "extract_text": "extract",
    "load": "store",
}
# a literal list: linters and type checkers read __all__ without running the module
__all__ = ["Dataset", "build", "cluster_quotes", "extract_article", "extract_files", "extract_text", "load"]

if TYPE_CHECKING:  # what type checkers and editors see; at run time __getattr__ imports them
    from .corpus.dedup import cluster_quotes
    from .extract import extract_article, extract_text
    from .pipeline import build, extract_files
    from .store import Dataset, load


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_PUBLIC[name]}", __name__), name)
    globals()[name] = value  # the next look-up is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
