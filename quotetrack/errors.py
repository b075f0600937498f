"""Named exceptions. Each message says what went wrong *and* how to fix it.

The CLI maps these to ``click.ClickException``; the library never exits the process.
"""

from __future__ import annotations


class QuotetrackError(Exception):
    """Base class for every error quotetrack raises on purpose."""


class ModelNotFoundError(QuotetrackError):
    """The spaCy pipeline named by --model / QUOTETRACK_MODEL (or the default) is not installed."""


class InputError(QuotetrackError):
    """An input file or manifest cannot be used as given."""


class DatasetNotFoundError(QuotetrackError):
    """No built dataset where one was expected."""


class DatasetLockedError(QuotetrackError):
    """Another build is writing the same dataset."""


class BuildError(QuotetrackError):
    """A build ran but could not finish (or --strict found skipped articles)."""
