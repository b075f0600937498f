"""Saved web pages: the article's text, title, date, site name and URL, read offline.

Why trafilatura: it finds the article's own text in a page (dropping menus, footers and
comments) and reads its metadata (Open Graph and schema.org tags, with htmldate for the date)
in a few milliseconds. It is given the page's text, never a URL, so it fetches nothing.

The date comes from the page's metadata only: its <head>, JSON-LD and published-time elements,
then a date in its <title> read by the date-line rule. Given the whole page, htmldate falls back to
any date-like number in the body even without its "extensive search", and given the title it
guesses at all-number dates (03.04.2020): it sees neither. A date line in the body is read later,
by the same rule as for text files.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, SkippedInputError
from ..records import Article
from .coverage import lost_text_warning
from .dates import date_line, parse_date
from .text import failed, read_file

if TYPE_CHECKING:
    from lxml.html import HtmlElement

HTML_SUFFIXES = (".html", ".htm")
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# where a page states its own publication date (schema.org microdata, HTML5 pubdate, a header's <time>)
_DATE_ELEMENTS = ("//body//script[@type='application/ld+json'] | //body//*[@itemprop='datePublished']"
                  " | //body//time[@pubdate] | //body//header//time")


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    #: what the extraction left out of the page (see coverage.py), with what to do
    warnings: tuple[str, ...] = ()


def parse_html(html: str, source: str) -> Page:
    """The article in an HTML page; raises SkippedInputError when the page holds no article text."""
    import trafilatura  # imported here: it takes a moment and is needed only for web pages

    # parsed once, as trafilatura parses a page (comments dropped, faulty HTML repaired): the extraction,
    # the coverage check and the date read the same tree. bare_extraction works on a copy of a tree it
    # is given (trafilatura 2.3+), so the tree stays whole for the other two.
    tree = trafilatura.load_html(html)
    # a Document (its type says "or a dict", which only as_dict=True gives)
    doc: Any = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False, include_tables=False,
                                           date_extraction_params=dict(_DATE_PARAMS)) if tree is not None else None
    text = (doc.text or "").strip() if doc is not None else ""
    if tree is None or not text:
        # trafilatura may refuse a page (not HTML enough) that lxml still reads for what it shows
        seen = tree if tree is not None else _tree(html)
        lost = lost_text_warning(seen, "", source) if seen is not None else None
        raise SkippedInputError(lost or f"{source}: no article text found in the page; save the article's own page, "
                                        f"or its text as a .txt file")
    title = (doc.title or "").strip() or None
    if title and text.split("\n", 1)[0].strip() != title:
        text = f"{title}\n{text}"  # the headline is part of the article (it may hold a quote)
    lost = lost_text_warning(tree, text, source)
    return Page(text=text, title=title, date=_metadata_date(tree, doc.url),
                sitename=(doc.sitename or "").strip() or None, url=doc.url, warnings=(lost,) if lost else ())


def _tree(html: str) -> HtmlElement | None:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _metadata_date(tree: HtmlElement, url: str | None) -> str | None:
    """The publication date the page's metadata states, read from a page cut down to its metadata;
    else a date in its <title> ("Headline | Outlet | 19.01.2020"), read as a date line is."""
    import trafilatura
    from lxml import etree

    head = tree.find("head")
    title = tree.findtext("head/title") or ""
    if head is not None:  # the title is read below: htmldate would guess at 03.04.2020
        head = copy.deepcopy(head)
        for element in head.findall("title"):
            head.remove(element)
    parts = [etree.tostring(e, encoding="unicode") for e in tree.xpath(_DATE_ELEMENTS)]
    page = (f"<html>{etree.tostring(head, encoding='unicode') if head is not None else ''}"
            f"<body>{''.join(parts)}</body></html>")
    found = trafilatura.extract_metadata(page, default_url=url, date_config={**_DATE_PARAMS, "url": url}).date
    if found:
        return found
    in_title = date_line(" ".join(title.split()), head_lines=1)
    return in_title.isoformat() if in_title else None


def read_html_file(path: str | Path, *, article_id: str, **meta) -> Article:
    """One saved web page as an Article. ``meta`` (from a manifest) wins over the page's own metadata."""
    path = Path(path)
    base = dict(article_id=article_id, text="", path=str(path), **meta)
    try:
        html, encoding, warnings = read_file(path)
        page = parse_html(html, str(path))
    except InputError as exc:
        return failed(base, exc)
    published, date_source = meta.get("published"), meta.get("date_source")
    if published is None and (page_date := parse_date(page.date)):
        published, date_source = page_date, "html"
    return Article(**{**base, "text": page.text, "outlet": meta.get("outlet") or page.sitename,
                      "title": meta.get("title") or page.title, "url": meta.get("url") or page.url,
                      "published": published, "date_source": date_source},
                   encoding=encoding, warnings=(*warnings, *page.warnings))
