"""The metrics of ../shared/polnear/NOTES.md on hand-made gold: no corpus, no model."""

import pytest

from quotetrack.evaluate import (
    AttributionCounts,
    EvalResult,
    GoldArticle,
    GoldAttribution,
    GoldQuote,
    Prediction,
    attributions,
    canonical_correct,
    match_in_order,
    names_agree,
    outermost,
    read_polnear,
    score_article,
    score_attributions,
)


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
        (1, "Ned Trump Jr.", True),  # a generational suffix is no surname
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


# -- all attributions (NOTES.md "All attributions", GenderGapTracker's evaluation) -------------------
def _attribution_article(*spans: tuple[int, int, tuple[int, int]]) -> GoldArticle:
    """Gold attributions as (content start, content end, source span)."""
    return GoldArticle("a", "x" * 400, [], attributions=[GoldAttribution(a, b, [src]) for a, b, src in spans])


def test_a_prediction_inside_another_is_not_counted():
    clause, partial = Prediction(10, 60, kind="indirect"), Prediction(30, 50, kind="partial")
    twin = Prediction(10, 60, kind="indirect")
    assert outermost([partial, clause]) == [clause]
    assert outermost([clause, twin]) == [clause]  # of identical spans, the first
    assert outermost([Prediction(0, 20), Prediction(10, 30)]) == [Prediction(0, 20), Prediction(10, 30)]


@pytest.mark.parametrize(
    ("gold", "predicted", "threshold", "expected"),
    [
        ([(0, 100)], [(0, 30)], 0.3, {}),  # overlap / gold length must be above the threshold
        ([(0, 100)], [(0, 31)], 0.3, {0: 0}),
        ([(0, 100)], [(0, 79), (0, 90)], 0.8, {0: 1}),  # the best remaining prediction
        ([(0, 100)], [(0, 90), (0, 90)], 0.3, {0: 0}),  # the first of equals
        # the first gold span takes the long prediction, the second must do with what remains
        ([(0, 50), (40, 100)], [(0, 100), (45, 100)], 0.3, {0: 0, 1: 1}),
        ([(0, 50), (60, 100)], [(0, 100)], 0.3, {0: 0}),  # a prediction is matched once
    ],
)
def test_match_in_order(gold, predicted, threshold, expected):
    golds = [GoldAttribution(a, b, []) for a, b in gold]
    assert match_in_order(golds, [Prediction(a, b) for a, b in predicted], threshold) == expected


def test_all_attributions_figures():
    # three gold attributions; predicted: one exact with the right speaker, one 50% with a wrong
    # speaker, a partial quote inside it (not counted), one spurious; the third gold is missed
    article = _attribution_article((0, 100, (110, 120)), (200, 300, (310, 320)), (350, 390, (395, 399)))
    predictions = [
        Prediction(0, 100, speaker_start=112, speaker_end=115, kind="direct"),
        Prediction(200, 250, speaker_start=330, speaker_end=340, kind="indirect"),
        Prediction(210, 230, speaker_start=330, speaker_end=340, kind="partial"),
        Prediction(120, 180, kind="indirect"),
    ]
    counts = AttributionCounts()
    errors: list[dict] = []
    score_attributions(counts, article, predictions, errors)
    figures = counts.figures()
    assert (figures["gold"], figures["predicted"]) == (3, 3)
    assert figures["0.3"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "speaker_match": 0.5}
    assert figures["0.8"] == {"precision": 0.3333, "recall": 0.3333, "f1": 0.3333, "speaker_match": 1.0}
    assert sorted(e["type"] for e in errors) == ["attribution-missed", "attribution-speaker", "attribution-spurious"]


def test_rows_of_one_speaker_mention_and_cue_are_one_attribution():
    """'"We are ready," she said. "The talks resume."' is one attribution in two quotation rows:
    scored as one span; the same speaker with another cue, or no speaker, stays apart."""
    first = Prediction(1, 13, speaker_start=16, speaker_end=19, cue="said")
    second = Prediction(27, 43, speaker_start=16, speaker_end=19, cue="said")
    assert attributions([second, first]) == [Prediction(1, 43, speaker_start=16, speaker_end=19, cue="said")]
    added = Prediction(27, 43, speaker_start=50, speaker_end=53, cue="added")
    assert attributions([first, added]) == [first, added]
    assert attributions([Prediction(1, 13), Prediction(27, 43)]) == [Prediction(1, 13), Prediction(27, 43)]
    # gold: one attribution over both quotations; the two rows are one true positive, not a
    # true positive and a spurious row
    article = _attribution_article((1, 43, (16, 19)))
    counts = AttributionCounts()
    score_attributions(counts, article, [first, second], [])
    assert counts.figures()["0.8"]["precision"] == 1.0


def test_quote_figures_leave_indirect_rows_out():
    text = 'He said the talks would resume. "We are ready," she said.'
    article = GoldArticle("a", text, [GoldQuote(33, 46, [(48, 51)], "she")])
    result = EvalResult("dev", all_attributions=AttributionCounts())
    score_article(result, article, [Prediction(8, 30, kind="indirect"), Prediction(33, 46, None, 48, 51)])
    figures = result.figures()
    assert (figures["predicted_quotes"], figures["quote_lenient"]["precision"]) == (1, 1.0)
    assert figures["all_attributions"]["predicted"] == 2


def test_gold_attributions_span_their_content(tmp_path):
    """Each attribution with a Source and a Content is one gold span, from the first Content
    character to the last (across its pieces); one without a Source is left out."""
    text = "Hamas said the talks would resume, and that they would last. Nobody knows."
    data = tmp_path / "data"
    (data / "dev" / "text").mkdir(parents=True)
    (data / "dev" / "attributions").mkdir()
    (data / "metadata.tsv").write_text("compartment\tfilename\tannotators\tpublisher\tpublication_date\n"
                                       "dev\tart\tann1|ann2\tp\t2016-09-01\n", encoding="utf-8")
    (data / "dev" / "text" / "art.txt").write_text(text, encoding="utf-8")
    (data / "dev" / "attributions" / "art_ann1.ann").write_text(
        "T1\tSource 0 5\tHamas\nT2\tCue 6 10\tsaid\nT3\tContent 11 33;43 59\tthe talks would resume\n"
        "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
        "T5\tCue 68 73\tknows\nT6\tContent 61 67\tNobody\nT7\tAttribution 68 73\tknows\n"
        "E2\tAttribution:T7 Cue:T5 Content:T6\n", encoding="utf-8")
    (article,) = read_polnear(tmp_path, "dev")
    assert [(g.start, g.end, g.sources) for g in article.attributions] == [(11, 59, [(0, 5)])]
