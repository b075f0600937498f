"""Shared fixtures. Tests that need ../shared (seed expectations, PolNeAR) skip with a reason
when it is absent; everything else runs on the repository alone."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
SHARED = Path(os.environ.get("QUOTETRACK_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: these checks need the shared seeds/PolNeAR folder beside the project")
    return path


@pytest.fixture(scope="session")
def nlp():
    from quotetrack.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def expected_quotes() -> list[dict]:
    path = shared_path("seeds", "expected_quotes.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_dataset(tmp_path_factory) -> Path:
    """The seed articles built once into a temporary dataset folder."""
    from quotetrack import build

    out = tmp_path_factory.mktemp("seed") / "dataset"
    build([ARTICLES], out=out)
    return out
