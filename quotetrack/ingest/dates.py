"""Publication dates written out in metadata or on an article's date line.

Why dateparser: date lines come in many shapes ("Sat 04 Jan 2025 7:12 pm - Jerusalem Time",
"Tuesday, 08 July 2025 2:44 PM", "Jan. 4, 2025", "2025-01-04") and dateparser reads them all. It is
used strictly: English only (no language detection), only its absolute-date parsers (no relative
"2 days ago", no Unix timestamps), and day, month and year all required, so that it never guesses
a date from bare numbers. All-number dates are read here, and only when they cannot be read two
ways. It never touches the network.

Why only the first lines: further down, dates belong to the story ("since October 7, 2023").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from .. import lexicon

#: the date line is looked for among this many non-empty lines at the top of the article
HEAD_LINES = 6
#: a date is at most this many words ("Tuesday, 08 July 2025" is four)
_MAX_DATE_WORDS = 6
#: what may follow an unlabelled date on its line: a time and a zone ("at 10:00 a.m. ET")
_MAX_TIME_WORDS = 4
LANGUAGES = ["en"]
_STRICT = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")
# day and month (in either order) and a four-digit year, one separator: 19.01.2020, 1/19/2020, 19-01-2020
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b")
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
# a byline or a time zone may share the date's line: "By Jane Doe | 4 Jan 2025", "... - Jerusalem Time"
_SEGMENT = re.compile(r"\s*(?:\||•|·|\s[-–—]\s)\s*")


def parse_date(value: str | None) -> dt.date | None:
    """A full date (day, month and year) written in a common way; None when ``value`` is not one.

    ISO dates (and ISO date-times: the date as written is kept, no time-zone conversion) are read
    directly. Other all-number forms with a four-digit year are read only when they cannot be read
    two ways: 19.01.2020 (19 can only be a day), 01/19/2020, 05.05.2020 (either way the same day);
    04/01/2025 may be April or January, and is refused.
    """
    value = (value or "").strip()
    if not value:
        return None
    iso = _ISO.match(value)
    if iso:
        try:
            return dt.date(*map(int, iso.groups()))
        except ValueError:
            return None
    numeric = _NUMERIC.match(value)
    if numeric:
        return _one_reading(*map(int, numeric.group(1, 3, 4)))
    if not re.search(r"[A-Za-z]", value) or len(value.split()) > _MAX_DATE_WORDS + 3:
        return None
    import dateparser  # imported here: it takes a moment, and most articles have a manifest date

    parsed = dateparser.parse(value, languages=LANGUAGES, settings=_STRICT)
    return parsed.date() if parsed else None


def _one_reading(first: int, second: int, year: int) -> dt.date | None:
    """The date of first.second.year read day first and month first, when both give one day."""
    readings = _readings(first, second, year)
    return readings.pop() if len(readings) == 1 else None


def _readings(first: int, second: int, year: int) -> set[dt.date]:
    """The days first.second.year can be: day first, month first, or both."""
    readings = set()
    for day, month in ((first, second), (second, first)):
        try:
            readings.add(dt.date(year, month, day))
        except ValueError:
            continue
    return readings


@functools.cache
def _label() -> re.Pattern:
    labels = sorted(lexicon.words("date_labels"), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in labels) + r")\b\s*:?\s*", re.I)


def date_line(text: str, *, head_lines: int = HEAD_LINES) -> dt.date | None:
    """The publication date on a date line near the top of ``text``.

    The date must open the line, or a part of it after a separator ("|", " - "). After a label
    such as "Published:" or "date" (data/date_labels.txt) anything may follow it (a headline);
    without one, at most a time and a zone may ("Tuesday, 08 July 2025 2:44 PM"), so that a
    sentence that starts with a date ("On July 6, 2015, Sanders said") is not a date line.
    """
    for segment, labelled in _segments(text, head_lines):
        found = _date_at_start(segment, labelled=labelled)
        if found:
            return found
    return None


def ambiguous_date_line(text: str, *, head_lines: int = HEAD_LINES) -> str | None:
    """An all-number date opening a part of a line near the top of ``text`` that can be read two
    ways ("03.04.2020"), which ``date_line`` refuses: for telling the reader why no date was found."""
    for segment, _labelled in _segments(text, head_lines):
        numeric = _NUMERIC.match(segment)
        if numeric and len(_readings(*map(int, numeric.group(1, 3, 4)))) == 2:
            return numeric.group()
    return None


def _segments(text: str, head_lines: int) -> Iterator[tuple[str, bool]]:
    """The parts of the first ``head_lines`` non-empty lines where a date may open, each without
    its label, and whether it had one."""
    for n, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if n >= head_lines:
            break
        for segment in _SEGMENT.split(line.group()):
            segment = segment.strip()
            unlabelled = _label().sub("", segment)
            yield unlabelled, unlabelled != segment


def _date_at_start(segment: str, *, labelled: bool) -> dt.date | None:
    date = _ISO.match(segment) or _YEAR.search(segment)
    if not date:  # no year, no date line: also spares dateparser most lines
        return None
    candidate, rest = segment[: date.end()], segment[date.end() :]
    if len(candidate.split()) > _MAX_DATE_WORDS or (not labelled and len(rest.split()) > _MAX_TIME_WORDS):
        return None
    return parse_date(candidate)
