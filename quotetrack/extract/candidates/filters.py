"""Quoted words nobody said: numbers, links and handles, a pronoun talked about as a word, titles
of shows and books, scare quotes. Some are known from the raw text alone (is_junk), the others
only once attribution has run (nobody_said)."""

from __future__ import annotations

import functools
import re

from ... import lexicon
from ...records import AttributionKind
from ...text import QuoteSpan, sentence_bounds
from ..attribution.cues import document_nouns, has_cue_word, is_cue_word
from ..state import Speaker

# quoted strings that are not words anyone said: numbers, links, @handles, #tags, CamelCaseHandles,
# a transcript's stage directions ("(CROSSTALK.)", "[Applause]")
_JUNK_QUOTE = re.compile(
    r"^(?:\W*|\d[\d\s.,:/-]*|\([^()]*\)[.,]?|\[[^\[\]]*\][.,]?|(?:https?://|www\.|pic\.twitter\.com)\S*|[@#]\w+[.,:]?|[A-Za-z][a-z]+(?:[A-Z][a-z]+)+\d*)$"
)
_SOCIAL_MARKUP = re.compile(r"(?:https?://|www\.|pic\.twitter\.com)\S*|[@#]\w+")
# "on "Fox News Sunday"", "on CNN's "State of the Union"", "of HBO's "Real Time"": the show or
# book a title names, where someone spoke or what they read (the preposition in any case, the
# network's name capitalised)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:on|at|during|to|with|from|in|of)\s+(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s*)?$")
# a lone personal pronoun in quotes is the word being talked about ("because "she" is a "he"")
_PRONOUN_AS_WORD = re.compile(r"^(?:he|him|she|her|they|them|we|us|you|me|i|it)\.?$", re.I)
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs vs. de la & is".split())


def is_junk(quoted: str) -> bool:
    """Not words anyone said: numbers, links, a pronoun talked about as a word, or social-media
    markup with a word or less besides ("– @realDonaldTrump #MakeAmericaGreatAgain")."""
    if _JUNK_QUOTE.match(quoted) or _PRONOUN_AS_WORD.match(quoted.strip()):
        return True
    rest = _SOCIAL_MARKUP.sub(" ", quoted)
    return rest != quoted and len(re.findall(r"[^\W\d_]{2,}", rest)) <= 1


def _title_words(quoted: str) -> list[str]:
    """The words of a quotation that Title Case is read from: not those that start with a digit
    ("6am", "2nd")."""
    return re.findall(r"(?<![\w'’.-])[^\W\d_][\w'’.-]*", quoted)


def is_title(quoted: str) -> bool:
    """Title Case and short: the name of a show, book, group or slogan rather than speech."""
    return _in_title_case(_title_words(quoted))


def _in_title_case(words: list[str]) -> bool:
    if not words or len(words) > 8 or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


@functools.cache
def _naming_before() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """data/naming_words.txt as three patterns anchored at the opening mark: for any quotation,
    for a quotation in Title Case, and for one in Title Case of two words or more."""
    rows = [line.split("\t", 1) if line.startswith(("title\t", "appositive\t")) else ["any", line]
            for line in lexicon.lines("naming_words.txt")]

    def pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(r"(?:" + "|".join(p for k, p in rows if k in kinds) + r")[\s,:—–]*$", re.I)

    return pattern(("any",)), pattern(("any", "title")), pattern(("any", "title", "appositive"))


def names_something(text: str, q: QuoteSpan, paragraph_start: int) -> bool:
    """The quoted words name or gloss something, or are only imagined: a translation after
    "meaning", speech after "you might say", a show or a book after "called", "titled", "naming"
    (data/naming_words.txt); or a title that a noun follows (`"Girls" creator`, `"Fox News
    Sunday" host`: data/title_nouns.txt) or a "which" clause describes."""
    before = text[max(paragraph_start, q.open_at - 60) : q.open_at]
    words = _title_words(text[q.start : q.end])
    title = _in_title_case(words)
    # (a name after a naming word may open on "the": "known locally as "the Sidings"")
    named = title or (len(words) > 1 and words[0] == "the" and _in_title_case(words[1:]))
    any_quote, title_case, longer_title = _naming_before()
    if (longer_title if named and len(words) > 1 else title_case if named else any_quote).search(before):
        return True
    if title and _is_heading(text, q, paragraph_start):
        return True
    if q.close_at is None or not title:
        return False
    after = text[q.close_at + 1 : q.close_at + 40]
    # a name a relative clause goes on about ('the update adds "Quiet Nudges," which remind ...';
    # not what a cue right before says: 'She shouted "Get Out Now," which drew cheers')
    if len(words) > 1 and re.match(r",?\s*which\b", after) and (text[q.end - 1 : q.end] == "," or after.startswith(",")) \
            and not ((said := re.search(r"(\w+)\W*$", before)) and is_cue_word(said.group(1))):
        return True
    noun = re.match(r"(?:['’]s)?\s+([a-z][a-z-]+)\b", after)
    return noun is not None and noun.group(1) in lexicon.words("title_nouns")


def _is_heading(text: str, q: QuoteSpan, paragraph_start: int) -> bool:
    """A title that is its paragraph, after a list number at most, and ends on no full stop: the
    heading of a list ("4. "Night Shift at the Museum""), not a floating quotation ("Absolutely.")."""
    if q.close_at is None or text[q.end - 1 : q.end] in (".", "!", "?", ","):
        return False
    head = text[paragraph_start : q.open_at]
    rest = text[q.close_at + 1 :].split("\n", 1)[0]
    return re.fullmatch(r"\s*(?:\d{1,3}[.)]|[-•*])?\s*", head) is not None and re.fullmatch(r"\s*", rest) is not None


def nobody_said(text: str, q: QuoteSpan, speaker: Speaker, paragraph_start: int) -> bool:
    """Quoted words that attribution shows nobody said: single-quoted scare quotes no cue
    attributes, names in quotes ("Game of Thrones") with no cue, a single-quoted subheading
    ("'All Bets Are Off.'") and the show someone spoke on ("said on "Fox News Sunday"")."""
    unattributed = speaker.name is None and speaker.start is None
    if (unattributed and q.style == "single") or names_something(text, q, paragraph_start):
        return True
    if not is_title(text[q.start : q.end]):
        return False
    inherited = speaker.how == AttributionKind.INHERITED
    # (a Title Case quotation of four words or more in what a document found is its title: "The
    # audit, "Funds Delayed: Grant Management at the Agency," found ..."; not a rating, ""Mostly
    # False,"" PolitiFact concluded)
    found = speaker.cue is not None and not speaker.cue.startswith("according") and has_cue_word(speaker.cue, "finding_cues") \
        and len(text[q.start : q.end].split()) >= 4 and _names_a_document(speaker.words)
    return (unattributed or speaker.how == AttributionKind.SUBJECT or found
            or (inherited and (q.style == "single" or _inside_narration(text, q)))
            or bool(_PREPOSITION_BEFORE.search(text[max(paragraph_start, q.open_at - 40) : q.open_at])))


def _names_a_document(words: str | None) -> bool:
    """Whether speaker words hold a noun for a document or a body of evidence ("A March report by
    the Inspector General"; not "Reed", who "suggested" it)."""
    return words is not None and any(re.sub(r"['’]s$|s$", "", w.lower().strip(",.")) in document_nouns() for w in words.split())


def _inside_narration(text: str, q: QuoteSpan) -> bool:
    """The quotation stands in the writer's sentence, after words of it ("Her films include
    "Salt Water""), rather than opening a sentence of quoted speech."""
    first, _ = sentence_bounds(text, q.start, q.end)
    return re.search(r"\b[a-z]{2,}", text[first : q.open_at]) is not None
