"""The indirect statements a reader finds in the five seed articles, each with the speaker the
article gives it (its canonical name), as rows of the built seed dataset.

The statements whose speaker the in-article coreference gets wrong today are listed too, marked
xfail (strict): they pass, and must be moved up, when coreference names them right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotetrack import load

COREF = "the speaker's words are found; coreference names the wrong referent"


def known_error(article: str, words: str, speaker: str, reason: str):
    """A statement found with the wrong speaker today: xfail (strict), so it is moved up once right."""
    return pytest.param(article, words, speaker, marks=pytest.mark.xfail(strict=True, reason=reason))


STATEMENTS = [
    # (article, the statement's first words, speaker)
    ("000", 'the talks would "focus on ensuring', "Hamas"),  # "The statement noted that ..."
    ("000", 'Netanyahu "approved the professional-level delegation', "Prime Minister's Office"),
    ("000", "Israel presented new conditions", "Hamas"),  # "..., claiming ..."
    ("000", 'the White House is "actively working"', "John Kirby"),
    ("001", "indirect talks with Israel resumes", "Hamas"),  # the headline "Hamas says ..."
    ("001", "indirect negotiations with Israel have resumed in Doha", "Hamas"),  # "Hamas confirmed that"
    ("001", "the latest round of talks is expected to focus", "Hamas"),  # "The statement added"
    ("001", "Hamas had proposed a one-week ceasefire", "Kan TV"),
    ("001", "Israel would intensify its military operations", "Israel Katz"),
    ("001", "it had sent a delegation to Doha", "Israel"),  # a place is not Israel Katz
    ("002", "negotiations over a ceasefire between the terrorist group", "Basem Naim"),
    ("002", "discussions began Thursday night", "Sources close to Hamas"),
    ("002", "the proposed deal “aims to achieve a ceasefire", "Basem Naim"),  # "According to Naim"
    ("002", "the agreement is intended to facilitate", "Basem Naim"),  # "He added"
    ("002", "Hamas is engaging in the negotiations", "Basem Naim"),
    ("002", "the United States has presented Hamas with a new proposal", "Axios"),
    ("002", "the proposal hinges on Hamas releasing Alexander", "Axios"),  # "According to the report"
    ("003", "the Biden administration is urging Hamas", "John Kirby"),
    ("003", "the White House welcomed Israel's decision", "John Kirby"),
    ("003", "America remains committed", "John Kirby"),  # "He stressed"
    ("003", "Israel and Hamas are still at an impasse", "a senior Israeli official"),
    ("004", "negotiations for a truce in Gaza between Israel and Hamas will need more time", "Majed Al-Ansari"),
    ("004", "the indirect talks between the two sides are focused", "Majed Al-Ansari"),  # "noting that"
    ("004", "Hamas is willing to end the conflict", "Donald Trump"),  # "..., he added, ..."
    ("004", "Israeli negotiators were given clear instructions", "Benjamin Netanyahu"),
    ("004", 'the Israeli military has "utterly failed', "Hamas"),
    ("004", "Israel's \"relentless attempts\"", "Hamas"),  # "The Palestinian resistance group went on to say"
    # "the terrorist organization confirmed": not Qatar, a place named since (issue 14, 2026-11-27)
    ("000", "Indirect negotiations for a Gaza truce", "Hamas"),
    known_error("000", "the Israeli delegation will leave on Friday", "Prime Minister's Office",
                "\"Netanyahu's office\" is given no name"),
    known_error("002", "Qatar is intensively involved", "Kan 11 News",  # "According to the report"
                COREF + " (a report as the last speaker, Naim)"),
    known_error("003", "a mid-level Israeli negotiating team", "The Israeli occupation authorities", "the speaker is named \"Israeli authorities\" (the government the words name, without \"occupation\"; Qatar before 2026-11-27)"),
]


@pytest.fixture(scope="module")
def indirect(seed_dataset: Path):
    mentions = load(seed_dataset).frame("mentions")
    return mentions[mentions["kind"] == "indirect"]


@pytest.mark.parametrize(("article", "words", "speaker"), STATEMENTS)
def test_indirect_statement_with_its_speaker(indirect, article, words, speaker):
    rows = indirect[indirect["article_id"].str.startswith(article) & indirect["text"].str.startswith(words)]
    assert len(rows) == 1, f"no indirect row {words!r} in {article}"
    assert rows.iloc[0]["speaker"] == speaker
