"""The attribute ruler finds its matches by table look-up (quotetrack/rules.py): the same matches
as spaCy's Matcher, so the same annotations."""

from __future__ import annotations

from quotetrack.rules import RuleMatcher

TEXTS = [
    "Hamas said on Thursday that the talks would resume, a Qatari official told AFP.",
    "\"I ain't gonna do it,\" he said. \"Y'all gotta let's c'm on, nothin' 'em.\"",
    "There is  a dog.\n\nIt was reported that she'd been there, but it wasn't so.",
    "", " ", "Whether or not they'd come, I'm sure you'll see it and him.",
]


def test_rule_matcher_finds_the_matchers_matches(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    fast = RuleMatcher.of(ruler)
    assert fast is not None and isinstance(ruler.match, RuleMatcher)  # load_model installed one
    stock = type(ruler).match.__get__(ruler)  # the Matcher's
    for doc in nlp.pipe(TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]):
        assert fast(doc) == stock(doc)
    assert any(len(fast(doc)) > len(doc) for doc in nlp.pipe(TEXTS[1:2], disable=["attribute_ruler", "lemmatizer"]))


def test_unknown_patterns_keep_the_matcher(nlp):
    import spacy

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "A"})
    assert RuleMatcher.of(ruler) is None
    ruler = blank.add_pipe("attribute_ruler", name="other")
    ruler.add([[{"LOWER": {"IN": ["a", "b"]}}, {"TAG": {"NOT_IN": ["NN"]}}]], {"LEMMA": "A"})
    assert RuleMatcher.of(ruler) is not None
