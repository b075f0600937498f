"""The word lists of quotetrack/data agree with each other where two rules read one fact."""

import pytest

from quotetrack import lexicon


def test_every_title_abbreviation_ends_no_raw_sentence():
    """The tokenizer keeps the stop of each title of role_abbreviations.txt ("Const."); the raw-text
    sentence finder must not end a sentence there either (abbreviations.txt)."""
    raw = lexicon.words("abbreviations")
    dotted = {w[:-1] for a in lexicon.role_abbreviations() for w in a.split() if w.endswith(".") and w[:-1].isalpha()}
    assert dotted and dotted <= raw, sorted(dotted - raw)


def test_the_verbs_of_mixed_and_phrasal_speech_are_lemmas():
    """mixed_cues.txt and phrasal_cues.txt are read by lemma: a line is a lowercase lemma and a
    preposition or particle, not an inflected form."""
    for lemma in lexicon.mixed_cues():
        assert lemma.isalpha() and lemma.islower() and not lemma.endswith(("ed", "ing")), lemma
    for pair in lexicon.words("phrasal_cues"):
        verb, particle = pair.split()
        assert not verb.endswith(("ed", "ing")) and particle.isalpha(), pair


@pytest.mark.parametrize(("lemma", "third", "forms"), [
    ("say", "says", {"say", "says", "saying", "said"}),
    ("deny", "denies", {"deny", "denies", "denied", "denying"}),
    ("stress", "stresses", {"stress", "stresses", "stressed", "stressing"}),
    ("note", "notes", {"note", "notes", "noted", "noting"}),
    ("slam", "slams", {"slam", "slams", "slammed", "slamming"}),
])
def test_the_forms_of_a_cue_verb(lemma, third, forms):
    """What the cheap raw-text test and the mistagged-noun test look for: the present third person
    (third_person) among the inflections (verb_forms)."""
    from quotetrack.extract.attribution.cues import third_person, verb_forms

    assert third_person(lemma) == third
    assert forms <= verb_forms(lemma)


def test_lists_that_must_hold_each_others_words_do():
    """A court filing is read as a document only if it is a statement noun; a name's last word
    points to a noun for an organisation only if that noun is a group noun."""
    assert lexicon.words("legal_filings") <= lexicon.statement_nouns()
    assert lexicon.words("court_rulings") <= lexicon.statement_nouns()
    assert set(lexicon.table("name_end_kinds").values()) <= lexicon.group_nouns()
