"""manifest.csv: what is required (a file column), what is optional, and every problem reported
with the manifest, its line and the fix, while the files are still read."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from quotetrack.errors import ManifestError
from quotetrack.ingest import read_articles
from quotetrack.ingest.manifest import load_manifest

from ..conftest import ARTICLES

D = dt.date


def _write(tmp_path, manifest: str | bytes, files=("a.txt", "b.txt")):
    for name in files:
        (tmp_path / name).write_text(f"{name} text: \"We are ready,\" the minister said.\n", encoding="utf-8")
    path = tmp_path / "manifest.csv"
    path.write_bytes(manifest if isinstance(manifest, bytes) else manifest.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        # only 'file' is required: any other column may be missing
        ("file\na.txt\n", {"a.txt": (None, None, None)}),
        ("file,outlet\na.txt,AP\n", {"a.txt": (None, "AP", None)}),
        # header names in any case and with spaces; a byte-order mark (Excel's "CSV UTF-8") is dropped
        ("\ufeffID , File ,Outlet,PUBLISHED\nx1,a.txt,AP,2025-01-02\n", {"a.txt": ("x1", "AP", D(2025, 1, 2))}),
        # a date written out is read; an ISO date-time keeps its date
        ("id,file,published\nx1,a.txt,28 March 2025\nx2,b.txt,2025-03-29T23:10:00+03:00\n",
         {"a.txt": ("x1", None, D(2025, 3, 28)), "b.txt": ("x2", None, D(2025, 3, 29))}),
        # a short row is read as far as it goes; blank lines are skipped
        ("id,file,outlet,published\nx1,a.txt\n\n", {"a.txt": ("x1", None, None)}),
    ],
    ids=["file-only", "file-outlet", "case-bom", "written-dates", "short-row"],
)
def test_what_a_manifest_may_hold(tmp_path, manifest, expected):
    loaded = load_manifest(_write(tmp_path, manifest))
    assert {f: (e.id, e.outlet, e.published) for f, e in loaded.entries.items()} == expected
    assert loaded.problems == [] and all(not e.problems for e in loaded.entries.values())


@pytest.mark.parametrize(
    ("manifest", "words"),
    [
        ("id,filename,outlet\nx,a.txt,AP\n", ["no 'file' column", "it has id, filename, outlet",
                                              "rename its 'filename' column to 'file'"]),
        ("a.txt,AP,2025-01-02\nb.txt,AP,2025-01-03\n", ["no 'file' column", "looks like a row, not a header",
                                                        "id,file,outlet,published,title,url,note"]),
        ("id,outlet\nx,AP\n", ["no 'file' column", "add a 'file' column"]),
        ("", ["manifest is empty"]),
        (b"\x00\x01\x02\x03PK\x03\x04 binary", ["looks like a binary file", "a manifest is a CSV text file"]),
        ('file,outlet\n"a.txt,AP\n', ["not valid CSV"]),
    ],
    ids=["renamed-file", "no-header", "no-file", "empty", "binary", "broken-csv"],
)
def test_a_manifest_that_cannot_be_used_names_itself_and_the_fix(tmp_path, manifest, words):
    path = _write(tmp_path, manifest)
    with pytest.raises(ManifestError) as caught:
        load_manifest(path)
    assert str(caught.value).startswith(str(path))
    for word in words:
        assert word in str(caught.value)


def test_row_and_column_problems_name_the_line_and_the_fix(tmp_path):
    path = _write(tmp_path, "id,file,date,outlet,published\n"
                            "x1,a.txt,2025-01-01,AP,03/01/2025\n"   # ambiguous: refused, never guessed
                            "x1,b.txt,,AP,yesterday\n"               # duplicate id, not a date
                            "x3,a.txt,,AP,\n"                        # a.txt again
                            ",,,Reuters,\n")                         # a row without a file
    loaded = load_manifest(path)
    a, b = loaded.entries["a.txt"], loaded.entries["b.txt"]
    assert (a.id, a.published, b.id, b.published) == ("x1", None, None, None)
    assert any(f"{path}:2: published '03/01/2025' is not a date" in p and "YYYY-MM-DD" in p for p in a.problems)
    assert any(f"{path}:3: id 'x1' is also used for a.txt" in p for p in b.problems)
    assert any(f"{path}:3: published 'yesterday'" in p for p in b.problems)
    assert not any("column 'date'" in p for p in loaded.problems)  # 'published' is there: 'date' is a note column
    assert any(f"{path}:4: a.txt is listed again" in p for p in loaded.problems)
    assert any(f"{path}:5: row has no file name" in p for p in loaded.problems)


def test_an_unknown_column_that_means_a_known_one_is_named(tmp_path):
    loaded = load_manifest(_write(tmp_path, "file,date,source\na.txt,2025-01-02,AP\n"))
    assert loaded.entries["a.txt"].published is None
    assert any("column 'date' is not read; rename it to 'published'" in p for p in loaded.problems)
    assert any("column 'source' is not read; rename it to 'outlet'" in p for p in loaded.problems)


def test_a_windows_1252_manifest_is_read_with_a_warning(tmp_path):
    loaded = load_manifest(_write(tmp_path, "file,outlet\na.txt,Caf\u00e9 \u2013 Le Monde\n".encode("cp1252")))
    assert loaded.entries["a.txt"].outlet == "Caf\u00e9 \u2013 Le Monde"
    assert loaded.problems == [] and any("decoded as cp1252" in w for w in loaded.warnings)


# -- through read_articles: the files are read whatever the manifest ------------------------------
def test_an_unusable_manifest_is_reported_and_its_files_read_without_it(tmp_path):
    path = _write(tmp_path, "id,filename\nx1,a.txt\n")
    problems: list[str] = []
    articles = list(read_articles([tmp_path], on_problem=problems.append))
    assert [(a.article_id, a.status) for a in articles] == [("a", "ok"), ("b", "ok")]
    (problem,) = problems
    assert problem.startswith(f"{path}: manifest has no 'file' column") and "read without it" in problem


def test_without_a_problem_handler_an_unusable_manifest_raises(tmp_path):
    _write(tmp_path, "id,filename\nx1,a.txt\n")
    with pytest.raises(ManifestError, match="no 'file' column"):
        list(read_articles([tmp_path]))


def test_row_problems_are_reported_once_and_kept_on_the_article(tmp_path):
    path = _write(tmp_path, "id,file,published\nsame,a.txt,2025-01-02\nsame,b.txt,not a date\n")
    problems: list[str] = []
    articles = {a.article_id: a for a in read_articles([tmp_path], on_problem=problems.append)}
    assert set(articles) == {"same", "b"}  # the duplicate id falls back to the file stem
    assert articles["same"].published == D(2025, 1, 2)
    assert len(problems) == 2 and all(p.startswith(f"{path}:3:") for p in problems)
    assert set(problems) <= set(articles["b"].warnings)


def test_a_listed_file_that_is_not_there_is_reported(tmp_path):
    path = _write(tmp_path, "id,file\nx1,a.txt\nx2,gone.txt\nx3,notes.pdf\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    problems: list[str] = []
    ids = [a.article_id for a in read_articles([tmp_path], on_problem=problems.append)]
    assert ids == ["x1", "b"]
    assert sorted(problems) == sorted([
        f"{path}: lists gone.txt, which is not there; correct the name, add the file, or remove the row",
        f"{path}: lists notes.pdf, which is not an article file quotetrack reads (.txt, .html, .htm, .jsonl); "
        f"convert it or remove the row",
    ])


def test_the_seed_manifest_has_no_problems(tmp_path):
    shutil.copytree(ARTICLES, tmp_path / "articles")
    problems: list[str] = []
    articles = list(read_articles([tmp_path / "articles"], on_problem=problems.append))
    assert problems == [] and len(articles) == 5


# -- a manifest kept apart from its articles (--manifest) ---------------------------------------------------
@pytest.mark.parametrize("listed", ["a.txt", "articles/a.txt"], ids=["as-in-the-folder-read", "from-the-manifest"])
def test_a_manifest_elsewhere_finds_its_files(tmp_path, listed):
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "file\n")  # the articles, and an empty manifest beside them
    (folder / "manifest.csv").unlink()
    elsewhere = tmp_path / "meta" / "m.csv"
    elsewhere.parent.mkdir()
    elsewhere.write_text(f"id,file,outlet\nx1,{listed},AP\n".replace("articles/", "../articles/"), encoding="utf-8")
    problems: list[str] = []
    articles = list(read_articles([folder], manifest=elsewhere, on_problem=problems.append))
    assert problems == []  # each row was reported "not there", though applied
    assert [(a.article_id, a.outlet) for a in articles] == [("x1", "AP"), ("b", "unknown")]


def test_a_manifest_elsewhere_names_where_it_looked(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    _write(folder, "file\n")
    elsewhere = tmp_path / "m.csv"
    elsewhere.write_text("file\ngone.txt\n", encoding="utf-8")
    problems: list[str] = []
    list(read_articles([folder], manifest=elsewhere, on_problem=problems.append))
    assert problems == [f"{elsewhere}: lists gone.txt, which is not there (looked in {tmp_path}, {folder}); "
                        f"correct the name, add the file, or remove the row"]


def test_strict_builds_with_a_correct_manifest_kept_elsewhere(tmp_path, seed_dataset):
    from click.testing import CliRunner

    from quotetrack import load
    from quotetrack.cli import main

    shutil.copytree(ARTICLES, tmp_path / "articles")
    (tmp_path / "articles" / "manifest.csv").rename(tmp_path / "m.csv")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "articles"), "--manifest", str(tmp_path / "m.csv"),
                                       "--strict", "--out", str(tmp_path / "ds")])
    assert result.exit_code == 0, result.output
    assert "manifest" not in result.output
    columns = ["article_id", "outlet", "published", "date_source", "title"]
    built, beside = load(tmp_path / "ds").articles[columns], load(seed_dataset).articles[columns]
    assert built.equals(beside)  # as with the manifest in the articles folder


def test_a_folders_own_manifest_names_only_its_own_files(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    path = _write(first, "file,outlet\nb.txt,AP\n", files=["a.txt"])
    _write(second, "file\n", files=["b.txt"])
    (second / "manifest.csv").unlink()
    problems: list[str] = []
    list(read_articles([first, second], on_problem=problems.append))
    assert problems == [f"{path}: lists b.txt, which is not there; correct the name, add the file, or remove the row"]
