"""When a quote was said: the day its own sentence names, relative to the publication day.

"Last Friday, John Kirby stated that the White House is "actively working" ..." in an article
published on Friday 3 January 2025 was said on 27 December 2024. The time expression is looked for
only in the quote's *frame*: the words of its sentence outside the quotation marks (a day inside a
quote is what the speaker talks about, and a day in the next sentence belongs to another event).

The weekday rule, in full ("on Friday" and "last Friday" differ on purpose):
- "Monday", "on Monday", "Monday's": the most recent Monday *on or before* publication, so "said
  on Friday" in a Friday article is the publication day itself (how news reports today's words);
- "last Monday", "this past Monday": the most recent Monday *strictly before* publication, so
  "Last Friday" in a Friday article is the Friday a week before.
A vague period ("earlier this week", "last month") gives the period's first day, and
``said_on_source`` says so ("text-week", "text-month"). Rules and words: data/time_expressions.txt.

Pure functions of (text, quote offsets, publication day); no parser needed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .. import lexicon
from ..text.sentences import sentence_pieces

__all__ = ["resolve", "said_on", "time_expressions"]

LANGUAGES = ["en"]
_SOURCES = {"week": "text-week", "month": "text-month", "month-before": "text-month"}
#: rules whose words are names, always capitalised ("Friday", "on January 3")
_NAMED = ("weekday", "date")


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a quote's frame, with its article offsets."""

    start: int
    end: int
    text: str
    rule: str  # days | weekday | weekday-before | date | week | month | month-before
    arg: int = 0
    order: int = 0  # the rule's line in the data file: breaks ties between equally near matches


@functools.cache
def _data() -> tuple[dict[str, list[str]], list[tuple[str, int, re.Pattern]]]:
    names: dict[str, list[str]] = {}
    rules = []
    for line in lexicon.lines("time_expressions.txt"):
        head, pattern = line.split("\t", 1)
        if head.startswith("@"):
            names[head[1:]] = pattern.split("|")
            continue
        for name, values in names.items():
            pattern = pattern.replace("{" + name + "}", "|".join(values))
        rule, _, arg = head.partition(" ")
        rules.append((rule, int(arg or 0), re.compile(pattern)))
    return names, rules


def time_expressions(text: str, start: int, end: int) -> list[TimeExpression]:
    """Time expressions in the quote's frame, nearest the quote first."""
    _, rules = _data()
    found = []
    for a, b in sentence_pieces(text, start, end):
        for order, (rule, arg, pattern) in enumerate(rules):
            for m in pattern.finditer(text, a, b):
                if rule not in _NAMED and m.group()[0].isupper() and not _starts_sentence(text, m.start()):
                    continue  # "USA Today", "This Week": a name, not a time
                found.append(TimeExpression(m.start(), m.end(), m.group(), rule, arg, order))
    # "Friday" inside "last Friday" is the same expression, not another one
    found = [x for x in found if not any(y is not x and y.start <= x.start and x.end <= y.end
                                             and (y.end - y.start, -y.order) > (x.end - x.start, -x.order) for y in found)]

    def distance(x: TimeExpression) -> int:
        return start - x.end if x.end <= start else max(0, x.start - end)

    return sorted(found, key=lambda x: (distance(x), x.order))


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def resolve(expression: TimeExpression, published: dt.date | None) -> dt.date | None:
    """The day an expression names, counted from ``published``; None when it cannot be placed
    (no publication day for a relative expression, or a day after publication)."""
    names, _ = _data()
    rule, arg = expression.rule, expression.arg
    if rule == "date":
        day = _explicit_date(expression.text, published)
    elif published is None:
        return None
    elif rule == "days":
        day = published - dt.timedelta(days=arg)
    elif rule in ("weekday", "weekday-before"):
        weekday = next(i for i, name in enumerate(names["weekday"]) if name in expression.text)
        back = (published.weekday() - weekday) % 7
        day = published - dt.timedelta(days=back or (7 if rule == "weekday-before" else 0))
    elif rule == "week":
        day = published - dt.timedelta(days=published.weekday() + 7 * arg)
    elif rule == "month":
        months = published.year * 12 + published.month - 1 - arg
        day = dt.date(months // 12, months % 12 + 1, 1)
    elif rule == "month-before":
        month = next(i for i, name in enumerate(names["month"], 1) if name in expression.text)
        day = dt.date(published.year - (month >= published.month), month, 1)
    else:
        raise ValueError(f"time_expressions.txt: unknown rule {rule!r}; use one the file's header lists")
    if day is None or (published is not None and day > published):
        return None  # words are not reported before they are said: this day is about something else
    return day


def _explicit_date(words: str, published: dt.date | None) -> dt.date | None:
    """The date ``words`` name; without a year, its occurrence nearest to publication (so that
    "on July 20" in a July 8 article is a coming day, refused by the caller, not last year's)."""
    import dateparser

    has_year = re.search(r"\b\d{4}\b", words) is not None
    if published is None and not has_year:
        return None
    settings = {"REQUIRE_PARTS": ["day", "month"], "PARSERS": ["absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(re.sub(r"^(?i:on)\s+", "", words), languages=LANGUAGES, settings=settings)
    if parsed is None:
        return None
    if has_year or published is None:
        return parsed.date()
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, parsed.month, parsed.day))
        except ValueError:  # 29 February outside a leap year
            continue
    return min(candidates, key=lambda day: abs(day - published), default=None)


def said_on(text: str, start: int, end: int, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """(the day the quote at ``text[start:end]`` was said, how it was found).

    The source is "text" when its sentence names the day, "text-week"/"text-month" when it names
    only a period (the day is the period's first), "published" when it names none, None when
    there is no publication day either.
    """
    for expression in time_expressions(text, start, end):
        day = resolve(expression, published)
        if day is not None:
            return day, _SOURCES.get(expression.rule, "text")
    return (published, "published") if published is not None else (None, None)
