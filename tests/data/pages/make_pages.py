"""Write the saved web pages in tests/data/pages/, which test what the HTML reader keeps of a page.

    .venv/bin/python tests/data/pages/make_pages.py

Two pages lose what they show: one drawn by a script (the body holds a headline, a standfirst and
an empty <div>; the article is in a Next.js-style JSON blob, about 15 quotations), and one that
keeps its quotations in a "What they said" table (which the extraction leaves out). Three are ordinary pages that must keep theirs and not warn: a portal page
heavy with menus, "most read" and related-article lists (quotes in their headlines), a cookie
banner, a comment section and a long footer, with the article again in JSON-LD and in a JSON
state blob; a short brief on the same heavy page; and a blog post with inline links and a
pull quote. The story, people and outlet are invented.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUTLET = "Northfield Evening Post"
HEADLINE = "City council approves northern tram line after nine-hour debate"
STANDFIRST = ("The council voted 31 to 24 for the line, which will link the northern estates with the centre by "
              "2029. Opponents say the cost has doubled.")
PARAGRAPHS = [
    "The city council approved the northern tram line late on Tuesday, after a debate that ran for nine hours "
    "and ended just before midnight.",
    "“This is the most important transport decision this city has made in forty years,” said Mayor Helen "
    "Stroud, who had pushed for the line since her election.",
    "“People in the northern estates have waited long enough for a fast way into town,” she told councillors "
    "before the vote.",
    "The line will run for 14 kilometres, with 19 stops, from Ashgrove to the central station. Work is due to "
    "start next spring.",
    "Opposition leader Martin Kell called the plan “a blank cheque written on the taxpayers’ account” and said "
    "the cost had doubled since 2021.",
    "“We are not against trams. We are against spending money we do not have on a route nobody has tested,” "
    "Kell said.",
    "“The figures we were shown three years ago bear no relation to the figures we are voting on tonight,” he "
    "added.",
    "The city’s finance director, Priya Nandakumar, told the meeting that the rise reflected building costs "
    "across the country.",
    "“Every large project in the country has seen the same increase, and we have built a reserve for further "
    "rises,” Nandakumar said.",
    "Residents who had gathered outside the town hall cheered when the result was announced.",
    "“My daughter spends two hours a day on buses to get to college. This changes her life,” said Carol Dent, "
    "52, from Ashgrove.",
    "Shopkeepers on Mill Road, where the line will run, were less pleased. “Two years of roadworks will finish "
    "half of us,” said Samir Haddad, who runs a bakery there.",
    "“Nobody from the council has come to ask us what we need during the works,” Haddad said.",
    "The council said it would set up a fund to compensate businesses for lost trade. “We will not leave Mill "
    "Road to carry the cost alone,” Stroud said.",
    "A transport researcher at the city’s university, Dr. Owen Pryce, said the line was likely to cut car "
    "journeys in the north by a fifth.",
    "“The evidence from other cities of this size is very clear: trams bring people out of cars in a way buses "
    "have not,” Pryce said.",
    "“But the benefits depend on frequent services. A tram every twenty minutes will not change anyone’s "
    "habits,” he warned.",
    "The council has promised a tram every six minutes at peak times. The first trams are due to run in the "
    "autumn of 2029.",
]
#: the rows of the "What they said" table: who, and the paragraph that quotes them
SAID = [("Helen Stroud, mayor", 1), ("Martin Kell, opposition leader", 5), ("Priya Nandakumar, finance director", 8),
        ("Carol Dent, Ashgrove resident", 10), ("Samir Haddad, Mill Road baker", 12), ("Owen Pryce, researcher", 15)]
BRIEF = [
    "A water main burst on Station Street early on Wednesday, closing the road between the bridge and the "
    "market for most of the morning.",
    "“We expect the road to reopen by the evening rush hour,” a spokesperson for Northfield Water said.",
]
SECTIONS = ["News", "Local", "Politics", "Business", "Sport", "Football", "Cricket", "Culture", "Film", "Music",
            "Books", "Food", "Travel", "Property", "Motoring", "Jobs", "Opinion", "Letters", "Obituaries",
            "Weather", "Traffic", "Schools", "Health", "Science", "Puzzles", "Podcasts", "Video", "Photos",
            "Events", "Offers", "Subscribe", "E-edition", "Archive", "Contact us", "Advertise"]
MOST_READ = [
    "‘We were told nothing,’ say parents after school closure",
    "Police appeal after “serious assault” outside nightclub",
    "Council leader: “We cannot keep the library open”",
    "Five things to do in Northfield this weekend",
    "Football club boss: “This is the worst run of results in our history”",
]
RELATED = [
    ("Tram plan: what the northern line means for your commute",
     "From journey times to fares, we answer readers’ questions about the route, the stops and the years of "
     "roadworks before the first tram runs."),
    ("Mill Road traders fear for their future",
     "Shop owners say they were not consulted about the works. “We found out from the newspaper,” one told us "
     "last month, as the council published its plans."),
    ("Opinion: the tram is a bet on the city’s future",
     "Northfield has argued about trams for thirty years. Our columnist says it is time to stop arguing and "
     "start building, whatever the final bill turns out to be."),
    ("How other cities paid for their trams",
     "Nottingham, Edinburgh and Manchester each found the money in different ways. We look at what worked, "
     "what did not, and what it cost their taxpayers in the end."),
]
COMMENTS = [
    "About time. I have been waiting for this since I moved here in 1998 and I will believe it when I see a tram.",
    "Kell is right. “A blank cheque” is exactly what it is, and our council tax will pay for every penny of it.",
    "Will the trams run on Sundays? My shifts start at six and there is no bus before eight in the morning.",
]
COOKIES = ("We and our partners use cookies and similar technologies to store and access information on your "
           "device, to personalise content and advertising, to measure the performance of ads and content, and to "
           "understand how you use our website. You can accept all cookies, reject those that are not necessary, "
           "or choose your settings at any time from the privacy link at the bottom of every page.")
LEGAL = [
    "Northfield Evening Post is part of Northfield Media Group Limited, registered in England and Wales with "
    "company number 01234567 at 1 Market Square, Northfield NF1 1AA. All rights reserved.",
    "We are a member of the Independent Press Standards Organisation and abide by the Editors’ Code of "
    "Practice. If you have a complaint about our editorial content, please see our complaints page first.",
]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def head(title: str, *, date: str | None = "2025-03-11T23:40:00+00:00", extra: str = "") -> str:
    meta = [f"<title>{esc(title)}</title>", f'<meta property="og:site_name" content="{OUTLET}">',
            f'<meta property="og:title" content="{esc(HEADLINE)}">']
    if date:
        meta.append(f'<meta property="article:published_time" content="{date}">')
    return "<head>\n<meta charset=\"utf-8\">\n" + "\n".join(meta) + extra + "\n</head>"


def masthead() -> str:
    links = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}">{esc(s)}</a></li>' for s in SECTIONS)
    ticker = "".join(f'<a href="/news/{i}">{esc(h)}</a> ' for i, h in enumerate(MOST_READ))
    return (f'<header class="site-header"><a class="logo" href="/">{OUTLET}</a>'
            f'<nav class="mega-menu"><ul>{links}</ul></nav>'
            f'<div class="ticker"><span>Breaking:</span> {ticker}</div></header>')


def furniture() -> str:
    """What a news site puts around its article."""
    most_read = "".join(f'<li><a href="/news/{i}"><span class="rank">{i + 1}</span> {esc(h)}</a></li>'
                        for i, h in enumerate(MOST_READ))
    related = "".join(f'<div class="teaser"><h3><a href="/news/r{i}">{esc(t)}</a></h3><p>{esc(s)}</p></div>'
                      for i, (t, s) in enumerate(RELATED))
    comments = "".join(f'<div class="comment-body"><p>{esc(c)}</p></div>' for c in COMMENTS)
    legal = "".join(f"<p>{esc(p)}</p>" for p in LEGAL)
    footer_links = " | ".join(f'<a href="/{s.lower()}">{s}</a>' for s in SECTIONS[:12])
    return f"""<div class="newsletter"><h2>Get the Evening Post in your inbox</h2>
<p>Sign up to our free daily newsletter for the day's top stories from Northfield and around.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
<div class="related"><h2>More on this story</h2>{related}</div>
<div class="most-read"><h2>Most read</h2><ol>{most_read}</ol></div>
<section id="comments"><h2>Comments (3)</h2>{comments}</section>
<div class="cookie-banner"><p>{esc(COOKIES)}</p><button>Accept all</button><button>Settings</button></div>
<footer class="site-footer"><p>{footer_links}</p>{legal}</footer>"""


def ld_json(body: list[str]) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
            "description": STANDFIRST, "articleBody": " ".join(body), "datePublished": "2025-03-11T23:40:00Z",
            "publisher": {"@type": "Organization", "name": OUTLET}}
    return f'\n<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def state_blob(body: list[str], related: bool) -> str:
    """A client-side framework's state: the article as HTML strings, and other stories' teasers."""
    state = {"props": {"pageProps": {"article": {
        "id": 48213, "slug": "city-council-approves-northern-tram-line", "headline": HEADLINE, "standfirst": STANDFIRST,
        "byline": "By Ruth Mallory, local democracy reporter", "section": "news",
        "body": [{"type": "paragraph", "html": f"<p>{esc(p)}</p>"} for p in body],
        "related": [{"title": t, "summary": s} for t, s in RELATED] if related else []}},
        "config": {"ads": {"slots": ["top", "mpu1", "mpu2"]}, "theme": "light", "build": "a91f3c2"}}}
    return (f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
            '<script>window.__ANALYTICS__ = {"section": "news", "tags": ["transport", "council", "trams"]};'
            'function track(e) { console.log("event: " + e.type + " on " + e.target.id); }</script>')


def article(body: list[str], *, pull_quote: str | None = None) -> str:
    paragraphs = [f"<p>{esc(p)}</p>" for p in body]
    if pull_quote:
        paragraphs.insert(4, f'<aside class="pull-quote"><blockquote>{esc(pull_quote)}</blockquote></aside>')
    return (f'<main><article><h1>{esc(HEADLINE)}</h1><p class="standfirst">{esc(STANDFIRST)}</p>'
            f'<p class="byline">By <a href="/authors/ruth-mallory">Ruth Mallory</a>, local democracy reporter</p>'
            f'<figure><img src="/img/tram.jpg" alt="A tram"><figcaption>An artist’s impression of a tram on Mill '
            f'Road. Picture: Northfield City Council</figcaption></figure>'
            f'<div class="article-body">{"".join(paragraphs)}</div></article></main>')


def page(title: str, body: str, *, scripts: str = "", head_extra: str = "") -> str:
    return f"<!DOCTYPE html>\n<html lang=\"en\">\n{head(title, extra=head_extra)}\n<body>\n{body}\n{scripts}\n</body>\n</html>\n"


PAGES = {
    # the article is in the JSON only; the body shows the headline and the standfirst
    "script_rendered.html": lambda: page(
        f"{HEADLINE} | {OUTLET}",
        masthead() + f'<main><h1>{esc(HEADLINE)}</h1><p class="standfirst">{esc(STANDFIRST)}</p>'
                     '<div id="__next"><div class="spinner"></div></div></main>'
                     '<footer class="site-footer"><p>© Northfield Media Group</p></footer>',
        scripts=state_blob(PARAGRAPHS, related=True) + '<script src="/_next/static/chunks/main-a91f3c2.js"></script>'),
    # the quotations are in a "What they said" table, which the extraction leaves out
    "quotes_in_a_table.html": lambda: page(
        f"{HEADLINE} | {OUTLET}",
        masthead() + article([PARAGRAPHS[i] for i in (0, 3, 7, 9, 17)]).replace(
            "</div></article>", '</div><table class="what-they-said"><caption>What they said</caption>'
            + "".join(f"<tr><th>{esc(who)}</th><td>{esc(PARAGRAPHS[i])}</td></tr>" for who, i in SAID)
            + "</table></article>")
        + '<footer class="site-footer"><p>© Northfield Media Group</p></footer>'),
    # ordinary pages: the whole article is kept, and the page's furniture must not read as a loss
    "portal_page.html": lambda: page(
        f"{HEADLINE} | {OUTLET}", masthead() + article(PARAGRAPHS) + furniture(),
        scripts=state_blob(PARAGRAPHS, related=True), head_extra=ld_json(PARAGRAPHS)),
    "portal_brief.html": lambda: page(
        f"Station Street closed after water main bursts | {OUTLET}",
        masthead() + article(BRIEF).replace(esc(STANDFIRST), "Drivers are asked to avoid the town centre.")
        + furniture(),
        scripts=state_blob(BRIEF, related=True), head_extra=ld_json(BRIEF)),
    "blog_post.html": lambda: page(
        f"{HEADLINE} | {OUTLET}",
        masthead() + article([p.replace("Mill Road", '<a href="/tags/mill-road">Mill Road</a>') for p in PARAGRAPHS],
                             pull_quote=PARAGRAPHS[1]).replace("&lt;", "<").replace("&gt;", ">")
        + '<footer class="site-footer"><p>© Northfield Media Group</p></footer>'),
}


def main() -> None:
    for name, make in PAGES.items():
        (HERE / name).write_text(make(), encoding="utf-8")


if __name__ == "__main__":
    main()
