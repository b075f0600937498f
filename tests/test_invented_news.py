"""Extraction scored on invented news outside politics (tests/data/invented_news/README.md): whose
each quotation and indirect statement is, by canonical name, and how many titles, nicknames and
scare quotes are taken for quotations. Floors are the figures measured when they were set; a
change that lowers one must say why."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from quotetrack import extract_text

FOLDER = Path(__file__).parent / "data" / "invented_news"
SETS = ("canadian", "web", "mixed_a", "mixed_b", "mixed_c", "mixed_d", "mixed_e", "mixed_f", "mixed_g", "mixed_h",
        "mixed_i", "mixed_j", "mixed_k", "mixed_l", "mixed_m", "mixed_n", "mixed_o", "mixed_p",
        "mixed_q", "mixed_r", "mixed_s", "mixed_t", "mixed_u")
#: (quotations with the right speaker, indirect statements with the right speaker, quoted words
#: nobody said taken for quotations), as counts, per set
FLOORS = {"canadian": (126, 68, 1), "web": (100, 45, 3), "mixed_a": (138, 78, 1), "mixed_b": (156, 92, 2),
          "mixed_c": (161, 75, 1), "mixed_d": (159, 141, 9), "mixed_e": (136, 123, 8),
          "mixed_f": (142, 125, 1), "mixed_g": (139, 86, 5), "mixed_h": (137, 91, 10), "mixed_i": (157, 80, 1),
          "mixed_j": (119, 75, 4), "mixed_k": (127, 85, 5), "mixed_l": (145, 90, 12), "mixed_m": (163, 80, 8),
          "mixed_n": (127, 77, 9), "mixed_o": (116, 107, 9), "mixed_p": (138, 84, 13),
          "mixed_q": (128, 72, 11), "mixed_r": (136, 97, 7), "mixed_s": (130, 81, 7), "mixed_t": (125, 85, 15),
          "mixed_u": (143, 103, 10)}
#: a gold row and a found row are one statement when this share of the gold words is in it
_SAME_STATEMENT = 0.5


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower())


def _share(gold: str, found: str) -> float:
    g, f = Counter(_words(gold)), Counter(_words(found))
    return sum((g & f).values()) / max(1, sum(g.values()))


def same_speaker(gold: str | None, name: str | None, kind: str | None) -> bool:
    """A name matches when its words are the gold name's, or (two words or more) a part of it or
    the gold name a part of it; a statement the article names no one for matches an unnamed or
    unknown speaker."""
    if gold is None:
        return name is None or kind in ("anonymous", "unknown")
    g, n = set(_words(gold)), set(_words(name))
    return bool(n) and (g == n or (len(n) >= 2 and n <= g) or (len(g) >= 2 and g <= n))


def score(name: str, nlp) -> dict[str, int]:
    """Counts for one folder: quotations and indirect statements found with the right speaker,
    and not_quote rows found as quotations."""
    gold = [json.loads(line) for line in (FOLDER / name / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {path.name: extract_text(path.read_text(encoding="utf-8"), nlp, article_id=path.stem)
             for path in sorted((FOLDER / name).glob("*.txt"))}
    counts: Counter[str] = Counter()
    for row in gold:
        best = max(found[row["file"]], key=lambda m: _share(row["text"], m.text), default=None)
        share = _share(row["text"], best.text) if best is not None else 0.0
        if row["kind"] == "not_quote":
            counts["not_quote_found"] += best is not None and share >= 0.8 and _share(best.text, row["text"]) >= 0.8
            continue
        group = "indirect" if row["kind"] == "indirect" else "quote"
        counts[group] += 1
        if best is not None and share >= _SAME_STATEMENT and same_speaker(row["speaker"], best.speaker, best.speaker_kind):
            counts[group + "_right"] += 1
    return counts


def test_speaker_matching_rules():
    assert same_speaker("Evelyn Marchand", "Evelyn Marchand", "person")
    assert same_speaker("Lena and George Vasilakis", "George Vasilakis", "person")
    assert not same_speaker("Evelyn Marchand", "Marchand", "person")  # a surname alone is not the name
    assert not same_speaker("Evelyn Marchand", "Daniel Marchand", "person")
    assert same_speaker(None, "a waiter", "anonymous")
    assert not same_speaker(None, "Lena Vasilakis", "person")


@pytest.mark.parametrize("name", SETS)
def test_invented_news_floors(name, nlp):
    counts = score(name, nlp)
    quotes, indirect, not_quotes = FLOORS[name]
    assert counts["quote_right"] >= quotes, f"{name}: quotations with the right speaker fell to {counts['quote_right']}"
    assert counts["indirect_right"] >= indirect, f"{name}: indirect statements with the right speaker fell to {counts['indirect_right']}"
    assert counts["not_quote_found"] <= not_quotes, f"{name}: {counts['not_quote_found']} titles or scare quotes taken for quotations"


if __name__ == "__main__":  # figures for a note: python -m tests.test_invented_news
    from quotetrack.nlp import load_model

    model = load_model()
    for name in SETS:
        c = score(name, model)
        print(f"{name}: quotations {c['quote_right']}/{c['quote']}, indirect {c['indirect_right']}/{c['indirect']}, "
              f"quoted words nobody said taken for quotations {c['not_quote_found']}")
