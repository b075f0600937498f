"""The metrics of ../shared/polnear/NOTES.md on hand-made gold: no corpus, no model."""

import pytest

from quotetrack.evaluate import GoldArticle, GoldQuote, Prediction, canonical_correct, names_agree


@pytest.mark.parametrize(
    ("predicted", "gold", "agree"),
    [
        ("Trump", "Donald J. Trump", True),  # one name's words within the other's
        ("Donald Trump", "Donald J. Trump", True),
        ("Mr. Trump's", "Donald Trump", True),  # titles and "'s" left out
        ("Majed Al-Ansari", "Ansari", True),  # the particle "al" left out
        ("Sen. Bernie Sanders", "Bernie Sanders", True),
        ("José Núñez", "Jose Nunez", True),  # accents
        ("Hillary Clinton", "Bill Clinton", False),  # same surname, another person
        ("Donald Trump", "Donald Trump Jr.", True),  # "Jr" is a title for the metric
        ("Clinton campaign", "Hillary Clinton", False),  # last words differ
        (None, "Hillary Clinton", False),
        ("", "Hillary Clinton", False),
    ],
)
def test_names_agree(predicted, gold, agree):
    assert names_agree(predicted, gold) is agree


def _article(canonical):
    text = "Donald Trump spoke. He said it. A doctor said so."
    quotes = [GoldQuote(0, 5, [(20, 22)], "He"), GoldQuote(0, 5, [(0, 12)], "Donald Trump"),
              GoldQuote(0, 5, [(32, 40)], "A doctor")]
    return GoldArticle("a", text, quotes, canonical=canonical)


@pytest.mark.parametrize(
    ("quote", "speaker", "expected"),
    [
        (0, "Donald Trump", True),  # a pronoun resolved by hand
        (0, "Melania Trump", False),
        (0, None, False),  # the article names him: no name is a wrong name
        (1, "Trump", True),  # a named Source: the predicted surname must occur in it
        (1, "Hillary Clinton", False),
        (2, "a doctor", None),  # the article never names the doctor: not scored
    ],
)
def test_canonical_correct(quote, speaker, expected):
    article = _article({((20, 22),): "Donald Trump", ((32, 40),): None})
    assert canonical_correct(article, article.quotes[quote], Prediction(0, 5, speaker)) is expected


def test_the_readme_lists_every_attribution_kind():
    """The README's table of `attribution` values is the enumeration's, no more, no less."""
    import re
    from pathlib import Path

    from quotetrack.records import AttributionKind

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    table = readme.split("The `attribution` values", 1)[1].split("\n\n", 2)[1]
    listed = re.findall(r"^\| `([a-z-]+)` \|", table, flags=re.M)
    assert listed == [kind.value for kind in AttributionKind]
