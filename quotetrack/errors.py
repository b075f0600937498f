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


class UndecodableError(InputError):
    """A file's bytes are not text in any encoding quotetrack reads (UTF-8, UTF-16 with a BOM,
    Windows-1252, Latin-1): most likely a binary file."""


class ManifestError(InputError):
    """A manifest.csv that cannot be used at all (unreadable, not text, no ``file`` column). A build
    reports it and reads the folder's files without it."""


class SkippedInputError(InputError):
    """A readable file that holds no article to extract (empty, or too large to be one article)."""


class DatasetNotFoundError(QuotetrackError):
    """No built dataset where one was expected."""


class DatasetDamagedError(QuotetrackError):
    """A file of a built dataset is not as the build wrote it (truncated, overwritten, not Parquet):
    the message names the file and the build command that makes the dataset again."""


class DatasetLockedError(QuotetrackError):
    """Another build is writing the same dataset."""


class ExportError(QuotetrackError):
    """An export could not be written where asked."""


class NotADatasetError(QuotetrackError):
    """The output folder exists and holds something other than a quotetrack dataset: a build would
    replace it, so it refuses."""


class BuildError(QuotetrackError):
    """A build ran but could not finish (or --strict found skipped articles)."""
