"""CSV that a spreadsheet opens safely (OWASP's CSV-injection rule), that pandas reads back exactly,
in UTF-8 (with a byte-order mark under --excel); an export that fails leaves no half file."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from quotetrack import build, load
from quotetrack.cli import main
from quotetrack.errors import ExportError
from quotetrack.export import csv_text, neutralise, write

BOM = b"\xef\xbb\xbf"
# every kind of cell that breaks a naive CSV writer or a spreadsheet
TRICKY = [
    '=HYPERLINK("http://evil.example","click")', "+1 555 0100", "-2 degrees", "@SUM(A1:A9)", "\tindented",
    "\rcarriage", "=1+1", 'He said "no", then left', "line one\nline two", "a\rb", "x\r\ny", "comma, inside",
    "caf\u00e9 \u201ccurly\u201d \u2014 \u0627\u0644\u0642\u062f\u0633 \U0001F600", "plain", "", " =not at the start",
    "'already quoted", "NA", "null",
]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("a=1", "a=1"), (" =1", " =1"), ("", ""), ("plain", "plain"), (None, None), (-1, -1), (2.5, 2.5),
    ],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def _frame(values) -> pd.DataFrame:
    return pd.DataFrame({"text": values, "n": range(len(values))})


def _neutralised(values) -> list[str]:
    return [("'" + v) if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v for v in values]


@pytest.mark.parametrize("excel", [False, True], ids=["utf8", "excel"])
def test_csv_round_trips_through_pandas(tmp_path, excel):
    path = tmp_path / "out.csv"
    write(_frame(TRICKY), "csv", path, excel=excel)
    data = path.read_bytes()
    assert data.startswith(BOM) == excel
    back = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig" if excel else "utf-8")
    assert list(back.columns) == ["text", "n"]
    assert back["text"].tolist() == _neutralised(TRICKY)
    assert back["n"].tolist() == [str(i) for i in range(len(TRICKY))]


def test_every_cell_holding_a_line_break_is_quoted():
    text = csv_text(_frame(["a\rb", "a\nb", "ab"]))
    assert '"a\rb"' in text and '"a\nb"' in text and "\r\nab," in text
    assert text.count("\r\n") == 4  # header and three rows, each ended by CRLF (RFC 4180)


def test_lists_dates_and_structs_become_plain_cells():
    frame = pd.DataFrame({
        "outlets": [["AP", "=Reuters"]], "day": [dt.date(2025, 1, 3)], "when": [pd.Timestamp("2025-01-04")],
        "roles": [[{"role": "spokesman", "first_seen": pd.Timestamp("2025-01-03"), "last_seen": pd.Timestamp("2025-03-28")},
                   {"role": "adviser", "first_seen": dt.date(2025, 1, 3), "last_seen": dt.date(2025, 1, 3)},
                   {"role": "envoy", "first_seen": None, "last_seen": None}]],
        "other": [{"a": 1, "b": dt.date(2025, 1, 3)}], "missing": [None],
    })
    back = pd.read_csv(io.StringIO(csv_text(frame)), dtype=str, keep_default_na=False)
    row = back.iloc[0].to_dict()
    assert row["outlets"] == "AP; =Reuters"  # the joined cell starts with A: no formula
    assert (row["day"], row["when"], row["missing"]) == ("2025-01-03", "2025-01-04", "")
    # each role with the days it was seen, as the README says: no JSON, no times of day
    assert row["roles"] == "spokesman (2025-01-03 to 2025-03-28); adviser (2025-01-03); envoy"
    assert json.loads(row["other"]) == {"a": 1, "b": "2025-01-03"}


def test_a_failed_export_leaves_no_half_file(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("the previous export\n")

    def broken(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tempfile._TemporaryFileWrapper.write", broken, raising=False)
    with pytest.raises((ExportError, OSError)):
        write(_frame(["x"]), "csv", path)
    assert path.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_an_export_into_a_missing_folder_says_so(tmp_path):
    with pytest.raises(ExportError, match="cannot be written .No such file or directory.; check that its folder"):
        write(_frame(["x"]), "csv", tmp_path / "nope" / "out.csv")


# -- through the command line, on a dataset whose quotes look like formulas ------------------------------
@pytest.fixture(scope="module")
def formula_dataset(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formulas")
    (folder / "a.txt").write_text(
        "date 2025-01-03\n\n"
        '"=HYPERLINK(http://evil.example) is what they sent," John Smith, a spokesman, told reporters.\n\n'
        '"-5 degrees and falling, with snow expected," Smith said on Friday.\n\n'
        '"@everyone, the talks resume today," the spokesman said.\n', encoding="utf-8")
    out = folder / "dataset"
    build([folder / "a.txt"], out=out)
    return out


@pytest.mark.parametrize("output", ["file", "stdout"])
@pytest.mark.parametrize("excel", [False, True], ids=["utf8", "excel"])
def test_export_command_writes_safe_csv(formula_dataset, tmp_path, output, excel):
    target = tmp_path / "mentions.csv" if output == "file" else "-"
    args = ["export", "--table", "mentions", "--format", "csv", "-o", str(target), "--data", str(formula_dataset)]
    result = CliRunner().invoke(main, args + (["--excel"] if excel else []))
    assert result.exit_code == 0, result.output
    data = target.read_bytes() if isinstance(target, Path) else result.stdout_bytes
    assert data.startswith(BOM) == excel
    back = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    mentions = load(formula_dataset).frame("mentions")
    assert len(back) == len(mentions)
    assert {t[0] for t in mentions["text"]} == {"=", "-", "@"}  # the quotes do start like formulas
    assert back["text"].tolist() == _neutralised(mentions["text"].tolist())
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in back.to_numpy().ravel())
    assert back["speaker"].tolist() == ["John Smith"] * 3


# -- formats: by the file's name, json as one array, Parquet never on a terminal -------------------------
def _export(*args) -> Result:
    return CliRunner().invoke(main, ["export", *map(str, args)], catch_exceptions=False)


@pytest.mark.parametrize("suffix", [".csv", ".json", ".jsonl", ".parquet", ".PARQUET"])
def test_without_format_the_file_name_says_which(formula_dataset, tmp_path, suffix):
    named, told = tmp_path / f"by-name{suffix}", tmp_path / "told"
    assert _export("--table", "mentions", "-o", named, "--data", formula_dataset).exit_code == 0
    fmt = suffix.lower().lstrip(".")
    assert _export("--table", "mentions", "--format", fmt, "-o", told, "--data", formula_dataset).exit_code == 0
    assert named.read_bytes() == told.read_bytes()
    mentions = load(formula_dataset).frame("mentions")
    readers = {"csv": pd.read_csv, "json": pd.read_json, "jsonl": lambda p: pd.read_json(p, lines=True),
               "parquet": pd.read_parquet}
    assert readers[fmt](named)["mention_id"].tolist() == mentions["mention_id"].tolist()


def test_a_file_name_that_says_no_format_is_refused(formula_dataset, tmp_path):
    result = CliRunner().invoke(main, ["export", "-o", str(tmp_path / "m.txt"), "--data", str(formula_dataset)])
    assert result.exit_code == 2
    assert "'m.txt' does not say a format; name the file .csv, .json, .jsonl or .parquet, or give --format" in \
        result.output.replace(str(tmp_path) + "/", "")
    assert list(tmp_path.iterdir()) == []


def test_json_is_one_array_of_the_rows_jsonl_has(formula_dataset):
    array = json.loads(_export("--format", "json", "-o", "-", "--data", formula_dataset).stdout)
    lines = _export("--format", "jsonl", "-o", "-", "--data", formula_dataset).stdout.splitlines()
    assert isinstance(array, list) and array == [json.loads(line) for line in lines] and len(array) == 3


def test_parquet_goes_to_standard_output_when_it_is_not_a_terminal(formula_dataset):
    result = _export("--format", "parquet", "-o", "-", "--data", formula_dataset)
    assert result.exit_code == 0
    assert len(pd.read_parquet(io.BytesIO(result.stdout_bytes))) == 3


def test_parquet_is_refused_on_a_terminal(formula_dataset):
    import os
    import pty
    import subprocess
    import sys

    leader, terminal = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "quotetrack", "export", "--format", "parquet", "-o", "-",
                               "--data", str(formula_dataset)], stdout=terminal, stderr=subprocess.PIPE, text=True)
        os.set_blocking(leader, False)
        with pytest.raises(BlockingIOError):  # not one byte reached the terminal
            os.read(leader, 1024)
    finally:
        os.close(leader)
        os.close(terminal)
    assert done.returncode == 1
    assert done.stderr == ("Error: Parquet is binary and is not written to a terminal; give -o FILE.parquet, or "
                           "redirect standard output to a file (-o - > FILE.parquet)\n")


def test_the_speakers_roles_read_as_text_with_days(seed_dataset):
    speakers = pd.read_csv(io.StringIO(_export("--table", "speakers", "-o", "-", "--data", seed_dataset).stdout))
    roles = dict(zip(speakers["name"], speakers["roles"]))
    assert roles["Basem Naim"] == "Hamas spokesman (2025-03-28)"
    # each role with the day an article gave it, in a quotation or in what it reported he said
    assert roles["John Kirby"] == ("White House National Security Council spokesman (2025-01-04); "
                                   "White House National security communications adviser (2025-01-03)")


def test_the_command_line_offers_every_export_format():
    from quotetrack.cli import EXPORT_FORMATS
    from quotetrack.export import FORMATS

    assert EXPORT_FORMATS == FORMATS  # spelled out in cli.py so that --help does not import pandas
