"""Speaker identity across the corpus: one id per person, same-surname people apart."""

import pandas as pd
import pytest

from quotetrack import build, load
from quotetrack.corpus.speakers import assign_speakers, merge_people, name_in_words


def rows(*specs):
    """(article_id, speaker, kind, role, affiliation) -> a minimal mentions frame."""
    return pd.DataFrame([
        {"mention_id": f"{a}:{n}", "article_id": a, "speaker": s, "speaker_kind": k, "role": r, "affiliation": f,
         "published": None, "speaker_mention": s}
        for n, (a, s, k, r, f) in enumerate(specs)
    ])


def test_a_surname_in_one_outlet_joins_the_full_name_in_another():
    out = assign_speakers(rows(("a1", "John Kirby", "person", "White House adviser", "White House"),
                               ("a2", "Kirby", "person", None, None)))
    assert out["speaker_id"].nunique() == 1
    assert set(out["speaker"]) == {"John Kirby"}


def test_people_sharing_a_surname_stay_apart_and_context_decides_a_bare_surname():
    out = assign_speakers(rows(
        ("a1", "Hillary Clinton", "person", "Democratic nominee", None),
        ("a2", "Bill Clinton", "person", "former president", None),
        ("a3", "Clinton", "person", "Democratic presidential nominee", None),
        ("a4", "Clinton", "person", None, None),
    ))
    ids = dict(zip(out["mention_id"], out["speaker_id"]))
    assert ids["a1:0"] != ids["a2:1"]
    assert ids["a3:2"] == ids["a1:0"]  # shares "democratic nominee" with Hillary
    assert ids["a4:3"] not in (ids["a1:0"], ids["a2:1"])  # nothing to go on: not guessed


def test_a_bare_surname_joins_the_person_its_role_is_far_more_often():
    """Barack Obama is "President" six times, Michelle Obama once (a slip of one article): a bare
    "Obama", President, is Barack; with two against one it is not guessed."""
    barack = [(f"b{n}", "Barack Obama", "person", "President", None) for n in range(6)]
    slip = [("m1", "Michelle Obama", "person", "President", None), ("m2", "Michelle Obama", "person", "first lady", None)]
    out = assign_speakers(rows(*barack, *slip, ("x", "Obama", "person", "President", None)))
    assert out.iloc[-1]["speaker"] == "Barack Obama"
    out = assign_speakers(rows(*barack[:2], *slip, ("x", "Obama", "person", "President", None)))
    assert out.iloc[-1]["speaker"] == "Obama"
    # more of its words shared decides first: one "former secretary of state" against many "former president"
    hillary = [(f"h{n}", "Hillary Clinton", "person", "former secretary of state", None) for n in range(10)]
    bill = [(f"c{n}", "Bill Clinton", "person", "former president", None) for n in range(40)]
    out = assign_speakers(rows(*hillary, *bill, ("y", "Clinton", "person", "former secretary of state", None)))
    assert out.iloc[-1]["speaker"] == "Hillary Clinton"


def test_anonymous_sources_are_never_merged_across_articles():
    out = assign_speakers(rows(("a1", "a US official", "anonymous", None, None),
                               ("a2", "a US official", "anonymous", None, None),
                               ("a1", "a US official", "anonymous", None, None)))
    assert out["speaker_id"].nunique() == 2


def test_organisations_match_without_the_article():
    out = assign_speakers(rows(("a1", "Hamas", "organization", None, None),
                               ("a2", "the Hamas", "organization", None, None)))
    assert out["speaker_id"].nunique() == 1


def test_indirect_mentions_never_change_who_a_quotation_is_by():
    """Read alone, "Trump" joins "Donald Trump"; an indirect mention naming "Donald J. Trump" and
    another Trump ("Melania Trump") must change neither the quotations' names nor their ids."""
    quotations = [("a1", "Donald Trump", "person", None, None), ("a2", "Trump", "person", None, None)]
    reported = [("a3", "Donald J. Trump", "person", None, None), ("a4", "Melania Trump", "person", None, None),
                ("a5", "Hamas", "organization", None, None)]
    alone = assign_speakers(rows(*quotations))
    table = rows(*quotations, *reported).assign(kind=["direct", "partial", "indirect", "indirect", "indirect"])
    out = assign_speakers(table)
    assert out.loc[:1, ["speaker_id", "speaker"]].equals(alone[["speaker_id", "speaker"]])
    # the indirect mentions: Donald J. Trump is the quotations' Donald Trump; the others are their own
    assert out.loc[2, "speaker_id"] == alone.loc[0, "speaker_id"] and out.loc[2, "speaker"] == "Donald Trump"
    assert list(out.loc[3:, "speaker"]) == ["Melania Trump", "Hamas"]
    assert len(set(out["speaker_id"])) == 3


def test_a_speaker_of_indirect_speech_only_never_takes_a_quotation_speakers_id():
    # quoted: "Trump" (article a2), id "trump"; reported: another article's "Trump" that, with two
    # Trumps named, cannot be told apart and would be "trump" as well
    quotations = [("a2", "Trump", "person", None, None)]
    reported = [("a1", "Trump", "person", None, None), ("a3", "Donald Trump", "person", None, None),
                ("a4", "Melania Trump", "person", None, None)]
    out = assign_speakers(rows(*quotations, *reported).assign(kind=["direct", "indirect", "indirect", "indirect"]))
    assert out.loc[0, "speaker_id"] == assign_speakers(rows(*quotations)).loc[0, "speaker_id"] == "trump"
    assert out["speaker_id"].notna().all() and out["speaker_id"].is_unique


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ({"hillary clinton", "hillary rodham clinton"}, {"hillary clinton": "hillary rodham clinton"}),
        ({"john kirby", "kirby@a2"}, {"kirby@a2": "john kirby"}),
        ({"john kirby", "jane kirby", "kirby@a3"}, {"kirby@a3": "kirby@a3"}),  # which Kirby? not guessed
        ({"kirby@a1", "kirby@a2"}, {"kirby@a1": "kirby", "kirby@a2": "kirby"}),  # no full name anywhere
    ],
)
def test_merge_people(keys, expected):
    mapping = merge_people(keys)
    for key, target in expected.items():
        assert mapping[key] == target


@pytest.mark.parametrize(
    ("words", "name", "kind", "alias"),
    [
        ("Qatar's Foreign Ministry spokesman Majed Al-Ansari", "Majed Al-Ansari", "person", "Majed Al-Ansari"),
        ("Ansari", "Majed Al-Ansari", "person", "Ansari"),
        ("the US president", "Donald Trump", "person", None),
        ("The Prime Minister's Office", "Prime Minister's Office", "organization", "Prime Minister's Office"),
        ("The movement", "Hamas", "organization", None),
    ],
)
def test_name_in_words(words, name, kind, alias):
    assert name_in_words(words, name, kind) == alias


def test_corpus_of_two_articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(
        'White House national security adviser John Kirby spoke on Friday.\n\n'
        '"Hamas is the obstacle to a deal," Kirby said.\n', encoding="utf-8")
    (folder / "two.txt").write_text(
        '"We are actively working on a ceasefire agreement," Kirby told reporters.\n', encoding="utf-8")
    build([folder], out=tmp_path / "ds")
    ds = load(tmp_path / "ds")
    speakers = ds.frame("speakers").set_index("name")
    assert "John Kirby" in speakers.index and "Kirby" not in speakers.index
    kirby = speakers.loc["John Kirby"]
    assert kirby["n_mentions"] == 2 and set(kirby["aliases"]) == {"John Kirby", "Kirby"}
    assert [r["role"] for r in kirby["roles"]] == ["White House national security adviser"]
