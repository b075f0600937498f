"""`quotetrack build` over the seed articles mixed with the files a real archive holds: each bad file
is recorded in `articles` with its reason and named in the summary, the seeds are built as if alone,
--strict fails without replacing the dataset, and the same input always gives the same bytes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotetrack import build, load
from quotetrack.cli import main
from quotetrack.ingest import complete
from quotetrack.pipeline import extract_one
from quotetrack.records import Article

from .conftest import ARTICLES

SEED_IDS = sorted(p.stem for p in ARTICLES.glob("*.txt"))
# what each bad file becomes: (status, words of its reason or warning)
BAD = {
    "empty": ("skipped", "the file is empty"),
    "binary": ("error", "looks like a binary file"),
    "huge": ("skipped", "too large for one article"),
    "latin1": ("ok", "not UTF-8"),  # undecodable as UTF-8: read as Latin-1, with a warning naming it
    "marks": ("ok", None),  # only quote marks: read, nothing quoted, no crash
    "page": ("skipped", "no article text found"),
    "dump-line1": ("error", "not valid JSON"),
    "no-text": ("error", 'no "text"'),  # the line's own id
}


def _bad_archive(folder: Path) -> Path:
    """The seed articles and their manifest, plus one file of each kind that breaks naive tools."""
    shutil.copytree(ARTICLES, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with open(folder / "huge.txt", "w", encoding="utf-8") as handle:  # 50 MB, written here, never committed
        line = "All work and no play makes a long, long file. " * 20 + "\n"
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    (folder / "latin1.txt").write_bytes('date 2025-01-05\n\n"We are ready," the minister said at the caf\xe9 '
                                        'in Doha on Sunday.\n'.encode("latin-1") + b"\xff\xfe")
    (folder / "marks.txt").write_text('"""\u201c\u201d\u2018\u2019\'\'\'\n\n\u201c\u201c\u201d"\'\u00ab\u00bb\n' * 40)
    (folder / "page.html").write_text("<html><head><title>Log in</title></head><body><script>x()</script></body></html>")
    (folder / "dump.jsonl").write_text('{"id": "broken\n{"id": "no-text", "title": "x"}\n')
    # the manifest: a duplicate id and a date that does not parse
    manifest = (folder / "manifest.csv").read_text(encoding="utf-8")
    manifest += "000_d266340e8b49bfd6,latin1.txt,Some Outlet,04/01/2025,,,a duplicate id and an ambiguous date\n"
    (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return _bad_archive(tmp_path_factory.mktemp("archive") / "articles")


@pytest.fixture(scope="module")
def seed_mentions(seed_dataset):
    return _per_article(load(seed_dataset).frame("mentions"))


def _per_article(mentions):
    """What extraction found per article, without the corpus-level ids (which depend on the corpus)."""
    columns = ["article_id", "start", "end", "text", "kind", "speaker_mention", "cue", "said_on"]
    return sorted(map(tuple, mentions[columns].astype(str).itertuples(index=False)))


@pytest.fixture(scope="module")
def mixed_build(archive, tmp_path_factory):
    out = tmp_path_factory.mktemp("mixed") / "dataset"
    result = CliRunner().invoke(main, ["build", str(archive), "--out", str(out)])
    return result, out


def test_the_build_goes_on_and_the_summary_names_each_bad_file(mixed_build, archive):
    result, _out = mixed_build
    assert result.exit_code == 0, result.output
    assert "13 articles (6 skipped, 2 manifest problem(s))" in result.stdout
    for name, reason in [("empty.txt", "the file is empty"), ("binary.txt", "looks like a binary file"),
                         ("huge.txt", "too large for one article"), ("page.html", "no article text found"),
                         ("dump.jsonl:1", "not valid JSON"), ("dump.jsonl:2", 'no "text"')]:
        assert any(line.startswith("skipped ") and f"{archive / name}: " in line and reason in line
                   for line in result.stderr.splitlines()), f"{name} is not named in the summary"
    manifest = archive / "manifest.csv"
    assert f"manifest: {manifest}:7: published '04/01/2025' is not a date" in result.stderr
    assert f"manifest: {manifest}:7: id '000_d266340e8b49bfd6' is also used for" in result.stderr
    assert f"warning: {archive / 'latin1.txt'}: not UTF-8" in result.stderr
    assert "Traceback" not in result.output


def test_each_bad_file_is_recorded_in_articles(mixed_build):
    _result, out = mixed_build
    articles = load(out).articles.set_index("article_id")
    assert set(articles.index) == set(SEED_IDS) | set(BAD)
    for article_id, (status, words) in BAD.items():
        row = articles.loc[article_id]
        assert row["status"] == status, article_id
        if status != "ok":
            assert words in row["error"] and row["n_mentions"] == 0
        elif words:
            assert words in row["warnings"]
    assert (articles.loc[SEED_IDS, "status"] == "ok").all()
    assert articles.loc["latin1", "encoding"] == "latin-1" and articles.loc["latin1", "n_mentions"] == 1
    assert articles.loc["marks", "n_mentions"] == 0  # marks alone: no quote invented


def test_the_seed_articles_are_built_as_if_alone(mixed_build, seed_mentions):
    _result, out = mixed_build
    mentions = load(out).frame("mentions")
    assert _per_article(mentions[mentions["article_id"].isin(SEED_IDS)]) == seed_mentions
    assert sum(kind != "indirect" for _, _, _, _, kind, *_ in seed_mentions) == 32


def test_strict_fails_and_leaves_the_dataset(archive, mixed_build, tmp_path):
    _result, built = mixed_build
    out = tmp_path / "dataset"
    shutil.copytree(built, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = CliRunner().invoke(main, ["build", str(archive), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert "--strict: 6 article(s) skipped and 2 manifest problem(s)" in result.output
    assert f"{archive / 'huge.txt'}: " in result.output and f"{archive / 'manifest.csv'}:7" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_strict_passes_on_clean_input(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "--out", str(tmp_path / "ds"), "--strict"])
    assert result.exit_code == 0 and "5 articles (0 skipped)" in result.output


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # no file column: the manifest is ignored (and named with the fix), the files still read
        ("id,filename,outlet,published,title,url,note", "rename its 'filename' column to 'file'"),
        # optional columns missing: nothing to report, their values come from the text
        ("id,file", None),
    ],
    ids=["no-file-column", "only-id-and-file"],
)
def test_a_manifest_with_a_missing_column(tmp_path, header, expected):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    rows = (ARTICLES / "manifest.csv").read_text(encoding="utf-8").splitlines()[1:]
    width = header.count(",") + 1
    (folder / "manifest.csv").write_text("\n".join([header] + [",".join(r.split(",")[:width]) for r in rows]) + "\n")
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "ds")])
    assert result.exit_code == 0, result.output
    articles = load(tmp_path / "ds").articles
    assert sorted(articles["article_id"]) == SEED_IDS and (articles["status"] == "ok").all()
    if expected:
        assert f"manifest: {folder / 'manifest.csv'}: manifest has no 'file' column" in result.stderr
        assert expected in result.stderr and "read without it" in result.stderr
        assert "5 articles (0 skipped, 1 manifest problem(s))" in result.stdout
    else:
        assert "manifest:" not in result.stderr and "5 articles (0 skipped)," in result.stdout
        assert set(articles["outlet"]) == {"unknown"}


def test_a_missing_manifest_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(ARTICLES), "--manifest", str(tmp_path / "nope.csv"),
                                       "--out", str(tmp_path / "ds")])
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "ds").exists()


# -- deterministic output ------------------------------------------------------------------------------
def test_the_same_input_gives_the_same_bytes_with_one_or_two_jobs(archive, mixed_build, tmp_path):
    """Two builds of the mixed archive (one job, two jobs) give byte-identical Parquet files."""
    _result, first = mixed_build
    build([archive], out=tmp_path / "again", jobs=2)
    files = sorted(p.name for p in first.iterdir())
    assert files == ["articles.parquet", "build.json", "mentions.parquet", "quotes.parquet", "speakers.parquet"]
    for name in files:
        assert (tmp_path / "again" / name).read_bytes() == (first / name).read_bytes(), name
    assert json.loads((first / "build.json").read_text())["articles"] == 13


def test_two_builds_of_the_seeds_are_byte_identical(seed_dataset, tmp_path):
    build([ARTICLES], out=tmp_path / "again")
    for path in sorted(seed_dataset.iterdir()):
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name


# -- failures inside extraction -----------------------------------------------------------------------
def _article(text: str) -> Article:
    return complete(Article(article_id="a", text=text, path="a.txt", published=dt.date(2025, 1, 3)))


def test_a_paragraph_longer_than_the_parser_takes_is_skipped_with_the_fix(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 300)  # spaCy's is 1,000,000 characters
    result = extract_one(_article("Officials met again. " * 20 + '"We are ready," he said.'), nlp)
    assert result.status == "skipped"
    assert result.error.startswith("a.txt: a paragraph is too long for the parser") and "blank lines" in result.error


def test_an_extraction_bug_is_recorded_for_that_article_only(nlp, monkeypatch):
    from quotetrack.extract.stage import ArticleReading
    from quotetrack.pipeline import extract_chunk

    original = ArticleReading.finish

    def broken(reading):
        if reading.article.article_id == "bad":
            raise KeyError("boom")
        original(reading)

    monkeypatch.setattr(ArticleReading, "finish", broken)
    bad, good = _article('"We are ready," he said.').replace(article_id="bad"), _article('"We are ready," he said.')
    result, other = extract_chunk([bad, good], nlp)
    assert result.status == "error" and result.mentions == []
    assert result.error.startswith("a.txt: extraction failed (KeyError: 'boom'") and "please report" in result.error
    assert other.status == "ok" and len(other.mentions) == 1


def test_an_article_that_fails_on_its_raw_text_spoils_no_other(nlp, monkeypatch):
    """An error while finding candidates (before any parse) stays with its article: the batch
    goes on (it used to fail whole, the failed reading having no parses to clear)."""
    from quotetrack.extract import stage
    from quotetrack.pipeline import extract_chunk

    original = stage.direct_quotes

    def broken(text, skip=()):
        if text.startswith("BAD"):
            raise ValueError("cannot read")
        return original(text, skip)

    monkeypatch.setattr(stage, "direct_quotes", broken)
    bad, good = _article('BAD "We are ready," he said.').replace(article_id="bad"), _article('"We are ready," he said.')
    result, other = extract_chunk([bad, good], nlp)
    assert result.status == "error" and "ValueError: cannot read" in result.error
    assert other.status == "ok" and [m.text for m in other.mentions] == ["We are ready"]
