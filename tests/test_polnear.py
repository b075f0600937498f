"""PolNeAR dev score as a regression test: it fails when a figure drops below the best reached so
far. Raise FLOORS when the figures improve (and say so in the commit). Skips without ../shared."""

import pytest

from quotetrack.evaluate import evaluate, quotetrack_predictor

from .conftest import shared_path

#: the best dev figures reached so far (quotetrack eval --polnear ../shared/polnear --split dev)
FLOORS = {
    # 0.9574 / 0.9525 before a Title Case quotation in the writer's sentence stopped inheriting the
    # speaker of the quotation before it (film and book titles): one dev quote, a coined name in
    # quotes that PolNeAR's annotators give to someone else than that speaker, went with them.
    # 0.9567 / 0.9519 before a nickname stopped being a quotation ("the Ohio native nicknamed
    # "King James"": PolNeAR marks it, inside the candidate's reported words; issue 14 wants
    # nicknames left out, as the held-out web pages' gold does)
    ("quote_lenient", "f1"): 0.956,
    ("quote_strict", "f1"): 0.951,
    ("attributed", "f1"): 0.898,
    ("attributed", "precision"): 0.884,
    # 0.916 before a quotation inside a named person's reported words stayed that person's ("X said
    # Reed called it "a bargain"": PolNeAR's annotators give it to X; one dev quote)
    ("speaker_accuracy", None): 0.924,
    # a proxy (the resolved surname inside a named gold source); the canonical figure below is the
    # real one. 0.928 before a description joined to a role ("the former X and Y said") was
    # resolved to the person named before: the proxy counts the words left unresolved as right
    # (their last word is in the source) and the name as wrong; the canonical figure counts it right
    ("speaker_name_accuracy", None): 0.935,
    # NOTES.md's canonical speaker accuracy, with canonical/dev.jsonl (703 of 764)
    ("canonical_speaker_accuracy", None): 0.920,
}


#: all attributions (NOTES.md, GenderGapTracker's metric), direct, mixed and indirect speech: the
#: best dev figures so far (quotetrack eval --polnear ../shared/polnear --split dev --all-attributions)
ATTRIBUTION_FLOORS = {
    ("0.3", "f1"): 0.7145,
    ("0.3", "precision"): 0.895,
    ("0.3", "speaker_match"): 0.956,
    ("0.8", "f1"): 0.649,
}


@pytest.fixture(scope="module")
def dev_figures(nlp):
    root = shared_path("polnear")
    return evaluate(root, split="dev", predict=quotetrack_predictor(), all_attributions=True).figures()


def test_no_article_is_abandoned(dev_figures):
    assert dev_figures["abandoned"] == 0
    assert dev_figures["articles"] == 84


@pytest.mark.parametrize(("figure", "part"), list(FLOORS))
def test_figure_does_not_drop(dev_figures, figure, part):
    value = dev_figures[figure][part] if part else dev_figures[figure]
    assert value >= FLOORS[(figure, part)], f"{figure} {part or ''} fell to {value}"


@pytest.mark.parametrize(("threshold", "part"), list(ATTRIBUTION_FLOORS))
def test_all_attributions_figure_does_not_drop(dev_figures, threshold, part):
    value = dev_figures["all_attributions"][threshold][part]
    assert value >= ATTRIBUTION_FLOORS[(threshold, part)], f"all attributions {threshold} {part} fell to {value}"


def test_gold_reading_matches_notes(dev_figures):
    """794 gold quotes on dev, as the metric of NOTES.md defines them."""
    assert dev_figures["gold_quotes"] == 794
    assert dev_figures["all_attributions"]["gold"] == 2066  # attributions with a Source and a Content
