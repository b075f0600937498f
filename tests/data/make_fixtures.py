"""Regenerate the HTML pages and the JSON lines file in tests/data/ from data/articles.

    .venv/bin/python tests/data/make_fixtures.py

The pages look like saved news pages (menu, figure with caption, footer, Open Graph metadata) so
that the HTML reader is tested on what it meets in the wild; two carry their date in metadata, the
others only on a date line in the text, and one names no site. The JSON lines file holds the
five articles with the manifest's metadata (dates only where the manifest has one).
"""

from __future__ import annotations

import csv
import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parents[1] / "data" / "articles"

# per article: site name, published_time metadata, headline (else the manifest's title), caption lines
PAGES = {
    "000_d266340e8b49bfd6": dict(site="Israel National News", time="2025-01-03T16:05:00+02:00",
                                 title="Hamas: Indirect negotiations to resume in Doha", figure=2),
    "002_9c15fb091c17fee0": dict(site="Israel National News", time="2025-03-28T18:30:00+03:00",
                                 title="Hamas: Ceasefire negotiations are progressing", figure=2),
    "001_6c84b83942d16bb2": dict(site="Xinhua (syndicated)", time=None, title=None, figure=0),
    "003_11a515866dbf4758": dict(site="Al-Quds", time=None, title=None, figure=0),
    "004_eac08c1094c6cf81": dict(site=None, time=None, title=None, figure=0),
}


def page(article_id: str, text: str, manifest_title: str) -> str:
    spec = PAGES[article_id]
    lines = [line for line in text.split("\n") if line.strip()]
    figure = ""
    if spec["figure"]:  # the caption, then the caption with the photo credit glued on
        caption, credit = lines[0], lines[1][len(lines[0]) :]
        figure = (f'<figure><img src="/images/photo.jpg" alt="{html.escape(caption)}">'
                  f"<figcaption>{html.escape(caption)}<span class=\"credit\">{html.escape(credit)}</span>"
                  f"</figcaption></figure>\n")
        lines = lines[2:]
    title = spec["title"] or manifest_title
    head = [f"<title>{html.escape(title)}{' | ' + spec['site'] if spec['site'] else ''}</title>",
            f'<meta property="og:title" content="{html.escape(title)}">']
    if spec["site"]:
        head.append(f'<meta property="og:site_name" content="{html.escape(spec["site"])}">')
    if spec["time"]:
        head.append(f'<meta property="article:published_time" content="{spec["time"]}">')
    body = "\n".join(f"<p>{html.escape(line.strip(), quote=False)}</p>" for line in lines)
    h1 = f"<h1>{html.escape(spec['title'])}</h1>\n" if spec["title"] else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
{chr(10).join(head)}
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<main><article>
{h1}{figure}{body}
</article></main>
<footer><p>Sign up for our daily newsletter</p><p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def main() -> None:
    manifest = {row["id"]: row for row in csv.DictReader(open(ARTICLES / "manifest.csv", encoding="utf-8"))}
    (HERE / "html").mkdir(exist_ok=True)
    rows = []
    for article_id, entry in sorted(manifest.items()):
        text = (ARTICLES / entry["file"]).read_text(encoding="utf-8")
        (HERE / "html" / f"{article_id}.html").write_text(page(article_id, text, entry["title"]), encoding="utf-8")
        row = {"id": article_id, "text": text, "outlet": entry["outlet"], "title": entry["title"] or None}
        if entry["published"]:
            row["published"] = entry["published"]
        rows.append(json.dumps(row, ensure_ascii=False))
    (HERE / "seeds.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
