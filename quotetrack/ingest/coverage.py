"""How much of a saved web page's text, and of its quotations, the extracted article kept.

trafilatura keeps the article and leaves out menus, footers and comments. On a page whose article
is drawn by a script (its text in a JSON blob, the body holding a headline and an empty <div>), or
whose article sits in elements trafilatura drops, it keeps a headline and a line, and nothing says
the article was lost. This compares the extracted text with the text the page shows:

- the page's text is its body's text blocks (paragraphs, list items, headings...) outside <nav>,
  <aside>, <footer>, forms and comment sections (which the extraction leaves out by design), and
  without blocks that are mostly link text (menus, lists of other articles: the "link density"
  readability tools use); plus the prose in its scripts' strings (JSON data of script-rendered
  pages), since a browser would show it;
- both are compared as sentences of words (case, punctuation and spacing aside), each counted
  once: a JSON blob that repeats the article adds nothing;
- quotations are double-quoted spans of three words or more, paired by text.marks.find_quotes.

A page gets a warning when most of its text was not kept (at least ``LOST_SHARE`` of it, and at
least ``LOST_CHARS`` characters: a few paragraphs, more than a page's stray teaser or caption), or
when most of its quotations were not (at least ``LOST_QUOTES``, and more than were kept).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..text import find_quotes

if TYPE_CHECKING:  # lxml is imported where a page is read: the command line starts without it
    from lxml.html import HtmlElement

#: a page whose extracted text lacks this share of its text, and ...
LOST_SHARE = 2 / 3
#: ... at least this many characters of it (a few paragraphs), lost its article
LOST_CHARS = 1000
#: a page whose extracted text lacks this many of its quotations, and more than it kept, lost them
LOST_QUOTES = 3
#: a block whose text is mostly link text is navigation (menus, lists of other articles)
MAX_LINK_DENSITY = 0.5
#: shorter pieces ("Share", "Read more", a byline) are not sentences of an article
SENTENCE_MIN_WORDS = 4
#: shorter quoted spans are names and scare quotes, not quotations
QUOTE_MIN_WORDS = 3
#: a string in a script with fewer words is code or a label, not prose
SCRIPT_PROSE_MIN_WORDS = 8

# text nobody sees, or that is not text
_UNSEEN = frozenset("script style noscript template svg math head iframe object select textarea button".split())
# not the article by HTML's own meaning, or left out by the extraction on purpose
_NOT_ARTICLE = frozenset("nav aside footer form".split())
_COMMENTS = re.compile(r"\bcomments?\b|\bcomment[-_]", re.I)
_BLOCKS = frozenset(
    "address article blockquote body br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li main ol p pre section summary table td th tr ul".split())
_WORD = re.compile(r"\w+")
# a sentence ends at . ! ? (and a closing mark or bracket) followed by a space
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’»)\]]*\s+")
_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
# prose ends a sentence; a heading, a label or a credit does not
_PROSE_END = re.compile(r"[.!?][\"'”’»)\]]*$")


@dataclass(frozen=True)
class Coverage:
    """What the page shows and what of it the extracted text kept (characters, quotations)."""

    page_chars: int
    kept_chars: int
    #: the most characters the extraction left out in a row (consecutive paragraphs)
    longest_lost_run: int
    page_quotes: int
    kept_quotes: int
    #: characters left out that the page holds only in its scripts (a page drawn by script)
    lost_in_scripts: int

    @property
    def lost_chars(self) -> int:
        return self.page_chars - self.kept_chars

    @property
    def lost_quotes(self) -> int:
        return self.page_quotes - self.kept_quotes

    @property
    def text_lost(self) -> bool:
        return self.longest_lost_run >= LOST_CHARS and self.lost_chars >= LOST_SHARE * self.page_chars

    @property
    def quotes_lost(self) -> bool:
        return self.lost_quotes >= LOST_QUOTES and self.lost_quotes > self.kept_quotes

    @property
    def drawn_by_script(self) -> bool:
        return self.lost_in_scripts > self.lost_chars / 2


class _Tally:
    """Sentences and quotations of a page's blocks, each counted once, against the kept text."""

    def __init__(self, extracted: str) -> None:
        self.kept = f" {_key(extracted)} "
        self.sentences: dict[str, bool] = {}  # words -> kept
        self.chars = self.kept_chars = self.longest_run = self.lost_in_scripts = 0
        self.quotes: set[str] = set()

    def add(self, blocks: Iterable[tuple[str, bool]], *, scripts: bool) -> None:
        """Blocks in page order: a run of lost text goes on through blocks of prose that add
        sentences, none of them kept; a heading, a list of links or a kept sentence ends it."""
        run = 0
        for text, navigation in blocks:
            if navigation:
                run = 0
                continue
            self.quotes.update(_quotations(text))
            lost = kept = 0
            for words, chars in _sentences(text):
                if words in self.sentences:
                    continue
                self.sentences[words] = f" {words} " in self.kept
                self.chars += chars
                if self.sentences[words]:
                    kept += chars
                else:
                    lost += chars
            self.kept_chars += kept
            if scripts:
                self.lost_in_scripts += lost
            run = run + lost if lost and not kept and _PROSE_END.search(text) else 0
            self.longest_run = max(self.longest_run, run)


def measure(tree: HtmlElement, extracted: str) -> Coverage:
    """Compare the page ``tree`` with the text extracted from it."""
    tally = _Tally(extracted)
    body = tree.find("body")
    tally.add(_blocks(body if body is not None else tree), scripts=False)
    for strings in _script_strings(tree):
        tally.add((block for string in strings for block in _blocks(_fragment(string))), scripts=True)
    return Coverage(page_chars=tally.chars, kept_chars=tally.kept_chars, longest_lost_run=tally.longest_run,
                    page_quotes=len(tally.quotes), kept_quotes=sum(f" {q} " in tally.kept for q in tally.quotes),
                    lost_in_scripts=tally.lost_in_scripts)


def lost_text_warning(tree: HtmlElement, extracted: str, source: str) -> str | None:
    """A warning saying what the extracted text left out of the page, and what to do; None when it
    kept the article."""
    found = measure(tree, extracted)
    if not (found.text_lost or found.quotes_lost):
        return None
    if found.drawn_by_script:
        why = " (the page draws its article with a script)"
        fix = ("save the page after the browser has drawn it (\"Save page as\", complete), or the article's text "
               "as a .txt file")
    else:
        why, fix = "", "save the article's text as a .txt file"
    return (f"{source}: the text read from the page keeps {found.kept_chars:,} of the {found.page_chars:,} "
            f"characters of text the page shows, and {found.kept_quotes} of its {found.page_quotes} "
            f"quotations{why}; {fix}")


# -- the page's text, as blocks ----------------------------------------------------------------------------
def _blocks(root: HtmlElement | None) -> Iterator[tuple[str, bool]]:
    """(text, is navigation) of each block of ``root``, whitespace collapsed; navigation is a
    block that is mostly link text."""
    if root is None:
        return
    pieces: list[tuple[str, bool]] = []
    for piece in _flow(root, in_link=False):
        if piece is None:
            yield from _block_text(pieces)
            pieces = []
        else:
            pieces.append(piece)
    yield from _block_text(pieces)


def _block_text(pieces: list[tuple[str, bool]]) -> Iterator[tuple[str, bool]]:
    text = " ".join(" ".join(t.split()) for t, _ in pieces).strip()
    if text:
        linked = sum(len(" ".join(t.split())) for t, link in pieces if link)
        yield text, linked > MAX_LINK_DENSITY * len(text)


def _flow(element, *, in_link: bool) -> Iterator[tuple[str, bool] | None]:
    """The text of ``element`` in reading order, as (text, inside a link), with None at each
    block boundary. A skipped element's tail is still text of its parent."""
    tag = element.tag.lower() if isinstance(element.tag, str) else None  # comments have no str tag
    if tag is not None and tag not in _UNSEEN and not _left_out(element, tag):
        block = tag in _BLOCKS
        link = in_link or tag == "a"
        if block:
            yield None
        if element.text:
            yield element.text, link
        for child in element:
            yield from _flow(child, in_link=link)
        if block:
            yield None
    if element.tail:
        yield element.tail, in_link


def _left_out(element, tag: str) -> bool:
    if tag in _NOT_ARTICLE or element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return bool(_COMMENTS.search(f"{element.get('id', '')} {element.get('class', '')}"))


# -- the prose in scripts ---------------------------------------------------------------------------------
def _script_strings(tree: HtmlElement) -> Iterator[list[str]]:
    """The strings of prose in each of the page's scripts: JSON data (Next.js, JSON-LD, a state
    object), in their order."""
    for script in tree.iter("script"):
        strings = []
        for literal in _JSON_STRING.findall(script.text or ""):
            try:
                value = json.loads(literal)
            except ValueError:  # a JavaScript-only escape: code, not data
                continue
            if len(_WORD.findall(value)) >= SCRIPT_PROSE_MIN_WORDS:
                strings.append(value)
        if strings:
            yield strings


def _fragment(text: str) -> HtmlElement | None:
    """A string from a script as an element: it may be HTML ("<p>...</p>") or plain text."""
    from lxml import html as lxml_html

    try:
        return lxml_html.fragment_fromstring(f"<div>{text}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several types on text it cannot parse; then it is not prose
        return None


# -- sentences and quotations, as words -------------------------------------------------------------------
def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _sentences(block: str) -> Iterator[tuple[str, int]]:
    """(words, characters) of each sentence of the block."""
    for sentence in _SENTENCE_END.split(block):
        key = _key(sentence)
        if key.count(" ") + 1 >= SENTENCE_MIN_WORDS:
            yield key, len(sentence.strip())


def _quotations(block: str) -> Iterable[str]:
    """Words of each double-quoted span of three words or more, paired as extraction pairs them."""
    for q in find_quotes(block, single=False):
        key = _key(block[q.start : q.end])
        if key.count(" ") + 1 >= QUOTE_MIN_WORDS:
            yield key
