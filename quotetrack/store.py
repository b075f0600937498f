"""The dataset on disk: four Parquet tables in one folder, replaced atomically.

A build writes a complete new folder beside the old one, then swaps it into place, so a reader
(or a crash, or kill -9) sees either the old dataset or the new one, never a mix. A lock file
beside the folder stops two builds writing the same dataset at once. The next build removes the
staging folders a killed build left behind, and a reader opens all four files of one folder, so a
swap in the middle of a load is read again rather than mixed.

build.json records each table file's size and sha256, so that a reader can tell a damaged file
(truncated, overwritten) and say how to make the dataset again, rather than fail inside pyarrow.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import hashlib
import json
import os
import shlex
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .errors import DatasetDamagedError, DatasetLockedError, DatasetNotFoundError, NotADatasetError
from .files import umask

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made: shell completion reads Parquet without it
    import pandas as pd

DEFAULT_DATA_DIR = "data/dataset"
TABLES = ("articles", "mentions", "quotes", "speakers")

_ROLE = pa.struct([("role", pa.string()), ("first_seen", pa.date32()), ("last_seen", pa.date32())])

#: column order and types of each table (DESIGN.md's data model, plus a few helpful extras)
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", pa.string()), ("path", pa.string()), ("outlet", pa.string()),
        ("published", pa.date32()), ("date_source", pa.string()), ("title", pa.string()),
        ("url", pa.string()), ("sha256", pa.string()), ("n_chars", pa.int64()), ("encoding", pa.string()),
        ("status", pa.string()), ("error", pa.string()), ("warnings", pa.string()), ("n_mentions", pa.int64()),
    ]),
    "mentions": pa.schema([
        ("mention_id", pa.string()), ("article_id", pa.string()), ("outlet", pa.string()),
        ("published", pa.date32()), ("said_on", pa.date32()), ("said_on_source", pa.string()),
        ("quote_id", pa.string()), ("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("kind", pa.string()), ("speaker", pa.string()), ("speaker_id", pa.string()),
        ("speaker_kind", pa.string()), ("speaker_mention", pa.string()), ("speaker_start", pa.int64()),
        ("speaker_end", pa.int64()), ("speaker_antecedent_start", pa.int64()), ("speaker_antecedent_end", pa.int64()), ("role", pa.string()), ("affiliation", pa.string()),
        ("cue", pa.string()), ("channel", pa.string()), ("attribution", pa.string()), ("context", pa.string()),
    ]),
    "quotes": pa.schema([
        ("quote_id", pa.string()), ("speaker_id", pa.string()), ("speaker", pa.string()),
        ("text", pa.string()), ("first_published", pa.date32()), ("last_published", pa.date32()),
        ("n_mentions", pa.int64()), ("n_outlets", pa.int64()), ("outlets", pa.list_(pa.string())),
    ]),
    "speakers": pa.schema([
        ("speaker_id", pa.string()), ("name", pa.string()), ("kind", pa.string()),
        ("roles", pa.list_(_ROLE)), ("affiliation", pa.string()), ("aliases", pa.list_(pa.string())),
        ("n_mentions", pa.int64()), ("n_quotes", pa.int64()), ("first_seen", pa.date32()),
        ("last_seen", pa.date32()),
    ]),
}
#: the (speaker, date) index of the pandas views: these columns become the index levels, as with
#: ``set_index(drop=True)``, so ``reset_index()`` gives the table back
INDEXED = {"mentions": ["speaker", "published"], "quotes": ["speaker", "first_published"]}


def data_dir(path: str | os.PathLike | None = None) -> Path:
    """The dataset folder: ``path``, else $QUOTETRACK_DATA, else data/dataset."""
    return Path(path or os.environ.get("QUOTETRACK_DATA") or DEFAULT_DATA_DIR)


@dataclass
class Dataset:
    """The four tables as pandas DataFrames. ``quotes`` is indexed by (speaker, first_published) and
    ``mentions`` by (speaker, published), levels that are not also columns (``reset_index()`` gives
    the flat table); ``frame(name)`` gives any table flat, with its columns in schema order."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame
    path: Path | None = None

    def frame(self, name: str) -> pd.DataFrame:
        table = getattr(self, name)
        # the index levels are columns of the table (set_index's drop=True): put them back
        levels = [level for level in table.index.names if level is not None and level not in table.columns]
        if levels:
            table = table.reset_index(level=levels)
        return table[[c for c in SCHEMAS[name].names if c in table.columns]].reset_index(drop=True)


def empty_frame(name: str) -> pd.DataFrame:
    return SCHEMAS[name].empty_table().to_pandas()


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    """A DataFrame as an Arrow table with exactly the table's schema (missing columns are null)."""
    import pandas as pd

    schema = SCHEMAS[name]
    columns = {}
    for fld in schema:
        values = frame[fld.name] if fld.name in frame.columns else [None] * len(frame)
        values = [None if _is_missing(v, pd.NaT) else v
                  for v in (values.tolist() if hasattr(values, "tolist") else values)]
        columns[fld.name] = pa.array(values, type=fld.type)
    return pa.Table.from_pydict(columns, schema=schema)


def _is_missing(value: Any, nat: Any) -> bool:
    """None, NaN or ``nat`` (pandas' NaT, passed in: this module imports pandas only where it makes
    a DataFrame)."""
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return value is nat


BUILD_INFO = "build.json"
#: what a dataset folder may hold; a folder with anything else is not one (and a build refuses it)
DATASET_FILES = frozenset({*(f"{name}.parquet" for name in TABLES), BUILD_INFO})


def check_target(path: str | os.PathLike) -> None:
    """Raise NotADatasetError when ``path`` exists but is not a dataset folder (or an empty one):
    a build replaces the whole folder, so writing into, say, the articles folder would lose it."""
    target = Path(path)
    if not target.exists() and not target.is_symlink():
        return
    if not target.is_dir() or target.is_symlink():
        raise NotADatasetError(f"{target} is a file, not a dataset folder; give --out a folder name that is not "
                               f"taken (e.g. data/dataset)")
    entries = sorted(p.name for p in target.iterdir())
    if entries and not (set(entries) & DATASET_FILES):
        shown = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
        raise NotADatasetError(
            f"{target} holds {shown}, not a quotetrack dataset; a build replaces the whole folder, so give --out "
            f"a new folder (e.g. data/dataset) or remove this one yourself"
        )


def prepare_target(path: str | os.PathLike) -> None:
    """Ready ``path`` for a build (the caller holds its build lock): put back a dataset that a build
    killed mid-swap left aside, remove the staging folders killed builds left, and refuse a folder
    that is not a dataset."""
    target = Path(path)
    _recover(target)
    for leftover in _leftovers(target):
        shutil.rmtree(leftover, ignore_errors=True)
    check_target(target)


def _leftovers(target: Path) -> list[Path]:
    """Staging folders (``.NAME.new-*``) and set-aside old datasets (``.NAME.old-*``) beside ``target``."""
    if not target.parent.is_dir():
        return []
    prefixes = (f".{target.name}.new-", f".{target.name}.old-")
    return sorted(p for p in target.parent.iterdir() if p.name.startswith(prefixes) and p.is_dir())


def write_dataset(path: str | os.PathLike, tables: dict[str, pd.DataFrame], info: dict | None = None) -> Path:
    """Write the tables into ``path`` atomically: a full new folder is swapped in at the end."""
    target = Path(path)
    check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        staging.chmod(0o777 & ~umask())  # mkdtemp's folder is private; a dataset is as shared as any folder
        files = {}
        for name in TABLES:
            frame = tables.get(name, empty_frame(name))
            table_file = staging / f"{name}.parquet"
            # no statistics' timestamps or writer-dependent metadata: same input, same bytes
            pq.write_table(to_arrow(name, frame), table_file, compression="zstd", store_schema=True,
                           write_statistics=True)
            data = table_file.read_bytes()
            files[table_file.name] = {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        info = {**(info or {}), "files": files}
        (staging / BUILD_INFO).write_text(json.dumps(info, indent=2, sort_keys=True, default=str) + "\n")
        _fsync_tree(staging)
        _swap_into_place(staging, target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _fsync_tree(folder: Path) -> None:
    for child in folder.iterdir():
        with open(child, "rb") as handle:
            os.fsync(handle.fileno())
    _fsync_dir(folder)


def _swap_into_place(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging``: one atomic exchange on Linux, two renames elsewhere."""
    if not target.exists():
        os.rename(staging, target)
        _fsync_dir(target.parent)
        return
    if _rename_exchange(staging, target):
        _fsync_dir(target.parent)
        shutil.rmtree(staging, ignore_errors=True)  # staging now holds the old dataset
        return
    old = target.with_name(f".{target.name}.old-{os.getpid()}")
    os.rename(target, old)
    os.rename(staging, target)
    _fsync_dir(target.parent)
    shutil.rmtree(old, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _rename_exchange(a: Path, b: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): swap two paths in one step. False where unsupported."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    if not hasattr(libc, "renameat2"):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = libc.renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.EINVAL, errno.ENOSYS, errno.EXDEV, errno.ENOTSUP):
        return False
    raise OSError(ctypes.get_errno(), f"cannot swap {a} into {b}")


def _recover(target: Path) -> None:
    """A build killed between the two renames of the fallback swap leaves the old dataset aside."""
    if target.exists() or not target.parent.is_dir():
        return
    leftovers = [p for p in _leftovers(target) if p.name.startswith(f".{target.name}.old-")]
    if leftovers:
        os.rename(leftovers[-1], target)


@contextlib.contextmanager
def build_lock(path: str | os.PathLike):
    """Exclusive lock on a dataset folder for the length of a build."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock_path = target.with_name(f".{target.name}.lock")
    handle = open(lock_path, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise DatasetLockedError(
                f"{target} is being built by {holder}; wait for that build to finish, or build into "
                f"another folder with --out"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        yield
    finally:
        handle.close()


def read_columns(path: str | os.PathLike | None, name: str, columns: list[str]) -> list[dict]:
    """Some columns of one table as rows of plain values, read with pyarrow's ParquetFile alone
    (pq.read_table would import pandas through pyarrow.dataset) and unchecked: quick enough for
    shell completion on every TAB."""
    return pq.ParquetFile(data_dir(path) / f"{name}.parquet").read(columns=columns).to_pylist()


def load(path: str | os.PathLike | None = None) -> Dataset:
    """The dataset at ``path`` (default data/dataset): quotes and mentions indexed by (speaker, date)."""
    folder = data_dir(path)
    _recover(folder)
    frames = {name: _view(name, table) for name, table in _read_tables(folder).items()}
    return Dataset(**frames, path=folder)


def view(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A table made in memory as load() gives it: the schema's columns and types, quotes and
    mentions indexed by (speaker, date)."""
    return _view(name, to_arrow(name, frame))


def _view(name: str, table: pa.Table) -> pd.DataFrame:
    frame = table.to_pandas(date_as_object=False)
    if name in INDEXED:
        frame = frame.set_index(INDEXED[name])
    return frame


def _read_tables(folder: Path, attempts: int = 5) -> dict[str, pa.Table]:
    """The four tables of one dataset, each checked against build.json. All four files are opened
    in the same folder before any is read, so a build that swaps a new dataset in meanwhile is never
    read half old, half new: the files already open still hold the old one, and one that was removed
    first means reading again. Raises DatasetDamagedError naming a file that is not as written."""
    for _ in range(attempts):
        missing = [name for name in TABLES if not (folder / f"{name}.parquet").is_file()]
        if missing:
            raise DatasetNotFoundError(_no_dataset(folder, missing))
        handles = []
        try:
            dir_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            try:
                for name in TABLES:
                    handles.append(os.fdopen(os.open(f"{name}.parquet", os.O_RDONLY, dir_fd=dir_fd), "rb"))
                info = _build_info(folder, dir_fd)
            finally:
                os.close(dir_fd)
            return {name: _read_table(folder / f"{name}.parquet", handle.read(), info)
                    for name, handle in zip(TABLES, handles)}
        except FileNotFoundError:
            continue  # a build replaced the dataset while its files were being opened: read the new one
        finally:
            for handle in handles:
                handle.close()
    raise DatasetNotFoundError(f"{folder} kept changing while it was read (builds running one after another); "
                               f"load it again when the build has finished")


def _no_dataset(folder: Path, missing: list[str]) -> str:
    """Why there is no dataset at ``folder``, with a build command that a build accepts: a folder
    that holds something else (the articles, say) is never one to build into."""
    try:
        check_target(folder)
    except NotADatasetError:
        pass
    else:
        return (f"no dataset at {folder} (missing {', '.join(missing)}); run `make dataset` or "
                f"`quotetrack build --out {shlex.quote(str(folder))}` first")
    from .ingest import ARTICLE_SUFFIXES  # only on this error: ingest imports its readers

    out = Path(DEFAULT_DATA_DIR)
    if out.resolve() == folder.resolve():
        out = folder.with_name(f"{folder.name}-dataset")
    if folder.is_dir() and any(p.suffix.lower() in ARTICLE_SUFFIXES for p in folder.rglob("*") if p.is_file()):
        return (f"{folder} holds articles, not a dataset (the folder a build writes); build one from them with "
                f"`quotetrack build {shlex.quote(str(folder))} --out {shlex.quote(str(out))}`, then give --data "
                f"{shlex.quote(str(out))}" + (" (or leave --data out)" if out == Path(DEFAULT_DATA_DIR) else ""))
    return (f"{folder} is not a dataset; give --data the folder a build writes (`quotetrack build SOURCE... --out "
            f"DIR`, by default data/dataset)")


def _build_info(folder: Path, dir_fd: int) -> dict:
    """build.json of the folder open as ``dir_fd``; {} when there is none (a dataset of an older
    quotetrack, whose files are then read unchecked)."""
    try:
        with os.fdopen(os.open(BUILD_INFO, os.O_RDONLY, dir_fd=dir_fd), "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        return {}
    try:
        info = json.loads(data)
    except ValueError as exc:
        raise _damaged(folder / BUILD_INFO, f"not JSON: {exc}", {}) from None
    files = info.get("files", {}) if isinstance(info, dict) else None
    if not isinstance(files, dict) or not all(
            isinstance(f, dict) and isinstance(f.get("bytes"), int) and isinstance(f.get("sha256"), str)
            for f in files.values()):
        raise _damaged(folder / BUILD_INFO, "not what a build writes", info if isinstance(info, dict) else {})
    return info


def _read_table(path: Path, data: bytes, info: dict) -> pa.Table:
    """The table in ``data``, the bytes of ``path``: checked against the size and sha256 that
    build.json records, read as Parquet, and holding the columns a reader cannot do without."""
    written = info.get("files", {}).get(path.name)
    if written is not None:
        if len(data) != written["bytes"]:
            raise _damaged(path, f"{len(data):,} bytes where the build wrote {written['bytes']:,}: truncated "
                                 f"or overwritten", info)
        if hashlib.sha256(data).hexdigest() != written["sha256"]:
            raise _damaged(path, "its sha256 is not the one the build wrote: overwritten or changed", info)
    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise _damaged(path, f"not readable as Parquet: {exc}", info) from None
    name = path.stem
    lacking = [c for c in (SCHEMAS[name].names[0], *INDEXED.get(name, [])) if c not in table.column_names]
    if lacking:
        raise _damaged(path, f"not a {name} table: no {', '.join(lacking)} column", info)
    return table


def _damaged(path: Path, what: str, info: dict) -> DatasetDamagedError:
    """The error for a damaged file of a dataset, with the build command that makes it again: from
    the sources build.json recorded when it can be read."""
    folder = path.parent
    sources = info.get("sources")
    if isinstance(sources, list) and sources and all(isinstance(s, str) for s in sources):
        command = f"quotetrack build {shlex.join(sources)} --out {shlex.quote(str(folder))}"
    else:
        command = f"quotetrack build SOURCE... --out {shlex.quote(str(folder))}"
    also = " or `make dataset`" if folder == Path(DEFAULT_DATA_DIR) else ""
    return DatasetDamagedError(f"{path} is damaged ({what}); build the dataset again with `{command}`{also}")
