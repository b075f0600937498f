"""cluster_quotes on hand-made mention tables: which versions are one statement, which are not."""

from __future__ import annotations

import datetime as dt
import string

import pandas as pd
import pytest

from quotetrack import cluster_quotes
from quotetrack.corpus.dedup import quote_id_for, quotes_table

DAY = dt.date(2025, 1, 3)


def mentions(texts, **columns) -> pd.DataFrame:
    """One mention per text, each in its own article and outlet, same speaker and day unless given."""
    n = len(texts)
    frame = pd.DataFrame({
        "mention_id": [f"a{i}:0-{len(t)}" for i, t in enumerate(texts)],
        "article_id": [f"a{i}" for i in range(n)],
        "outlet": [f"Outlet {string.ascii_uppercase[i]}" for i in range(n)],
        "published": [DAY] * n,
        "speaker_id": ["hamas"] * n,
        "speaker": ["Hamas"] * n,
        "speaker_kind": ["organization"] * n,
        "affiliation": [None] * n,
        "text": texts,
    })
    for name, values in columns.items():
        frame[name] = values
    return frame


def grouping(quote_ids: pd.Series) -> str:
    """Quote ids as letters in order of appearance: "AAB" = the first two are one quote."""
    letters: dict[str, str] = {}
    return "".join(letters.setdefault(q, string.ascii_uppercase[len(letters)]) for q in quote_ids)


LONG = ("We will not accept any agreement unless it guarantees a complete end to the war. "
        "The talks will resume on Friday in Cairo, and we expect the mediators to present a written proposal.")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        pytest.param([LONG, LONG], "AA", id="exact copies"),
        pytest.param(["We won\u2019t accept \u201cany\u201d deal, ever.", "we won't accept 'any' deal ever",
                      "WE WILL NOT ACCEPT ANY DEAL, EVER!"], "AAA", id="case, punctuation, quote style, contraction"),
        pytest.param([LONG, "a complete end to the war"], "AA", id="fragment"),
        pytest.param([LONG, "The talks will resume on Friday in Cairo, and we expect the mediators to present "
                            "a written proposal."], "AA", id="one sentence of two"),
        pytest.param([LONG, LONG.replace("the mediators ", "").replace("Friday in", "in")], "AA", id="dropped words"),
        pytest.param([LONG, LONG.replace("a complete end", "end a complete")], "AA", id="swapped words"),
        pytest.param(["The talks will resume on Friday in Cairo, and we expect the mediators to present a written proposal.",
                      "The negotiations will resume on Friday in Cairo, and we anticipate the mediators to present a "
                      "written proposal."], "AA", id="light rewording"),
        pytest.param(["Indirect negotiations will resume today, Friday, in the Qatari capital Doha,",
                      "indirect negotiations will resume today, Friday, in the Qatari capital, Doha.",
                      "The indirect negotiations resume today, in Doha, the capital of Qatar. The movement reaffirms its "
                      "seriousness and optimism, as it always does, and continues to work toward an agreement that "
                      "will fulfill the aspirations and goals of our people,"], "AAA", id="another translation"),
        pytest.param(["The talks will resume on Friday in Cairo, and we expect the mediators to present a written proposal.",
                      "Talks on the prisoner exchange broke down because the occupation refused to open the crossings."],
                     "AB", id="two statements on one topic and day"),
        pytest.param(["We call on the mediators to close the remaining gaps without further delay.",
                      "We call on Washington to guarantee the flow of aid without further delay."],
                     "AB", id="one frame, other words"),
        pytest.param(["Our delegation arrived in Istanbul on Wednesday to discuss the prisoner exchange.",
                      "Our delegation arrived in Vienna today to discuss the prisoner exchange, and the monitoring "
                      "mechanism, with the Turkish mediators."], "AB", id="other names in the same frame"),
        pytest.param(["new conditions", "The occupation keeps adding new conditions to every proposal on the table."],
                     "AB", id="two-word fragment stays apart"),
        pytest.param(["We will accept the proposal.", "We will not accept the proposal."], "AB", id="negation"),
        pytest.param(["framework", "We are speaking with them separately on a framework for the talks."],
                     "AB", id="one word is no fragment"),
    ],
)
def test_versions_of_one_statement_are_one_quote(texts, expected):
    assert grouping(cluster_quotes(mentions(texts))) == expected


def test_a_phrase_two_statements_share_does_not_merge_them():
    texts = ["We call on the mediators to close the remaining gaps in the proposal without further delay.",
             "Our delegation told Cairo that we are ready to close the remaining gaps before the weekend.",
             "close the remaining gaps"]
    ids = cluster_quotes(mentions(texts))
    assert ids[0] != ids[1]
    assert ids[2] in (ids[0], ids[1])


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param([DAY, DAY + dt.timedelta(days=2)], "AA", id="within the window"),
        pytest.param([DAY, DAY + dt.timedelta(days=10)], "AB", id="ten days apart: said again"),
        pytest.param([DAY, None], "AA", id="a missing date may be any day"),
    ],
)
def test_date_window(published, expected):
    assert grouping(cluster_quotes(mentions([LONG, LONG], published=published))) == expected


def test_an_undated_text_never_ties_two_dated_statements_together():
    first = "We will not accept any agreement unless it guarantees a complete end to the war."
    second = "Our delegation arrived in Cairo this week to discuss the reconstruction plan."
    undated_both = first + " " + second
    ids = cluster_quotes(mentions([first, second, undated_both],
                                  published=[DAY, DAY + dt.timedelta(days=40), None]))
    assert ids[0] != ids[1]


@pytest.mark.parametrize(
    ("speakers", "kinds", "affiliations", "texts", "expected"),
    [
        pytest.param(["hamas", "basem-naim"], ["organization", "person"], [None, "Hamas"], [LONG, LONG.upper()],
                     "AA", id="spokesperson, near-identical"),
        pytest.param(["hamas", "basem-naim"], ["organization", "person"], [None, "Hamas"],
                     [LONG, "a complete end to the war"], "AB", id="spokesperson, fragment"),
        pytest.param(["hamas", "john-kirby"], ["organization", "person"], [None, "White House"], [LONG, LONG],
                     "AB", id="person of another organisation"),
        pytest.param(["basem-naim", "sami-abu-zuhri"], ["person", "person"], ["Hamas", "Hamas"], [LONG, LONG],
                     "AB", id="two people of one organisation"),
        pytest.param(["hamas", None], ["organization", "unknown"], [None, None], [LONG, LONG.lower()],
                     "AA", id="no speaker, copy"),
        pytest.param(["hamas", None], ["organization", "unknown"], [None, None], [LONG, "a complete end to the war"],
                     "AB", id="no speaker, fragment"),
        pytest.param([None, None], ["unknown", "unknown"], [None, None], [LONG, LONG + ".."], "AA",
                     id="no speaker either"),
        pytest.param([None, None], ["unknown", "unknown"], [None, None], [LONG, "a complete end to the war"], "AB",
                     id="no speaker either, fragment"),
    ],
)
def test_speakers(speakers, kinds, affiliations, texts, expected):
    frame = mentions(texts, speaker_id=speakers, speaker_kind=kinds, affiliation=affiliations,
                     speaker=[s.title() if s else None for s in speakers])
    assert grouping(cluster_quotes(frame)) == expected


def test_without_speaker_kind_and_affiliation_different_speakers_stay_apart():
    frame = mentions([LONG, LONG, LONG], speaker_id=["hamas", "basem-naim", "hamas"])
    frame = frame.drop(columns=["speaker_kind", "affiliation", "speaker"])
    assert grouping(cluster_quotes(frame)) == "ABA"


def test_quote_ids_come_from_the_earliest_mention_and_do_not_depend_on_row_order():
    frame = mentions([LONG, "a complete end to the war", LONG.lower()],
                     published=[DAY + dt.timedelta(days=1), DAY, DAY + dt.timedelta(days=2)])
    ids = cluster_quotes(frame)
    assert set(ids) == {quote_id_for(frame["mention_id"][1])}  # the fragment came first
    shuffled = frame.sample(frac=1, random_state=7).set_index(pd.Index([10, 11, 12]))
    again = cluster_quotes(shuffled)
    assert dict(zip(shuffled["mention_id"], again)) == dict(zip(frame["mention_id"], ids))
    assert list(again.index) == [10, 11, 12]


def test_empty_table():
    assert cluster_quotes(mentions([])).empty


def test_quotes_table_keeps_the_longest_version_dates_and_outlets():
    frame = mentions([LONG, "a complete end to the war", "Our delegation arrived in Cairo."],
                     published=[DAY + dt.timedelta(days=1), DAY, None], outlet=["B", "A", "C"])
    frame["quote_id"] = cluster_quotes(frame)
    quotes = quotes_table(frame)
    assert list(quotes["n_mentions"]) == [2, 1]
    first = quotes.iloc[0]
    assert first["text"] == LONG and first["speaker_id"] == "hamas"
    assert (first["first_published"], first["last_published"]) == (DAY, DAY + dt.timedelta(days=1))
    assert (first["n_outlets"], list(first["outlets"])) == (2, ["A", "B"])
    assert quotes.iloc[1]["first_published"] is None


def test_quote_ids_are_the_same_in_every_process():
    """Python salts string hashes per process: nothing in the clustering may depend on them."""
    import os
    import subprocess
    import sys

    script = (
        "import datetime as dt, sys; import pandas as pd; from quotetrack import cluster_quotes\n"
        "from tests.corpus.test_dedup import LONG, mentions\n"
        "texts = [LONG, LONG.lower(), 'a complete end to the war', 'We call on the mediators to close the gaps.',\n"
        "         'call on the mediators to close the gaps', 'We will accept the proposal.']\n"
        "sys.stdout.write(' '.join(cluster_quotes(mentions(texts))))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=root,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1 and len(next(iter(runs)).split()) == 6


# -- indirect mentions ------------------------------------------------------------------------------
def _with_kinds(texts, kinds, **columns):
    return mentions(texts, kind=kinds, **columns)


def test_an_indirect_mention_joins_the_quote_it_repeats_without_changing_its_id():
    quote = "The talks will resume on Friday in Cairo, and the mediators will present a written proposal."
    reported = "the talks will resume on Friday in Cairo, and the mediators will present a written proposal"
    # the indirect version is the earliest mention: the quote keeps the id of its quotations
    table = _with_kinds([reported, quote, quote], ["indirect", "direct", "direct"])
    ids = cluster_quotes(table)
    assert len(set(ids)) == 1
    assert ids[1] == cluster_quotes(table[table["kind"] != "indirect"])[1] == quote_id_for(table["mention_id"][1])


def test_an_indirect_paraphrase_is_no_quote_of_the_words_it_paraphrases():
    """Reworded or holding more than the quoted words: its own statement, not the quote's."""
    quote = "a complete end to the war"
    ids = cluster_quotes(_with_kinds([quote, LONG], ["partial", "indirect"]))
    assert ids[0] != ids[1]


def test_an_indirect_mention_never_ties_two_quotes_together():
    first = "We will not accept any agreement unless it guarantees a complete end to the war."
    second = "The talks will resume on Friday in Cairo, and we expect a written proposal."
    both = first + " " + second
    ids = cluster_quotes(_with_kinds([first, second, both], ["direct", "direct", "indirect"]))
    assert ids[0] != ids[1]
    # ... and a quotation never hangs on an indirect one: the fuller text reported without marks
    # does not pull a fragment of it out of its own quote
    ids = cluster_quotes(_with_kinds([both, first], ["indirect", "direct"]))
    assert ids[1] == quote_id_for("a1:0-" + str(len(first)))


def test_indirect_versions_of_one_statement_are_one_quote():
    texts = ["the talks will resume on Friday in Cairo and the mediators will present a written proposal",
             "the negotiations would resume on Friday in Cairo and the mediators would present a written proposal",
             "Talks on the prisoner exchange broke down because the occupation refused to open the crossings"]
    assert grouping(cluster_quotes(_with_kinds(texts, ["indirect"] * 3))) == "AAB"


def test_quotations_and_indirect_mentions_together_get_these_quote_ids():
    """The whole output on a table of both kinds, pinned. The quotations are clustered alone for
    their ids: the fragment quoted in a3 stays in the quote of a1, though an indirect mention of the
    same words (a0, earlier) makes the two one text when all mentions are clustered together."""
    fragment = "a complete end to the war"
    arrived = "Our delegation arrived in Cairo this week to discuss the reconstruction plan."
    texts = [fragment, LONG, LONG.lower().replace(",", "").replace(".", ""), fragment, arrived,
             arrived.lower().rstrip("."),
             "the negotiations would resume on Friday and the mediators would present a written plan",
             "the talks will resume on Friday and the mediators will present a written plan"]
    kinds = ["indirect", "direct", "indirect", "partial", "direct", "indirect", "indirect", "indirect"]
    table = _with_kinds(texts, kinds)
    quote = dict(zip("abcdefgh", map(quote_id_for, table["mention_id"])))
    assert list(cluster_quotes(table)) == [quote[k] for k in "bbbbeegg"]
    quoted = table[table["kind"] != "indirect"]
    assert list(cluster_quotes(quoted)) == [quote[k] for k in "bbe"]


def test_the_quotes_table_shows_the_quoted_words():
    quote = "The talks will resume on Friday in Cairo."
    reported = "Hamas said that the talks will resume on Friday in Cairo"  # longer, but not the speaker's words
    table = _with_kinds([reported, quote], ["indirect", "direct"])
    table["quote_id"] = "q1"
    assert quotes_table(table)["text"].tolist() == [quote]
