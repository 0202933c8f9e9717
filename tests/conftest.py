"""Shared fixtures: the corpora in ../shared (tests that need them skip with a reason when absent)."""

from pathlib import Path

import pytest

from hronika.data import DataNotFound, data_dir


@pytest.fixture(scope="session")
def shared_data() -> Path:
    try:
        return data_dir()
    except DataNotFound:
        pytest.skip("needs the shared corpora (../shared/data or $HRONIKA_DATA); not on this machine")


@pytest.fixture(scope="session")
def example_article(shared_data: Path) -> str:
    path = shared_data.parent / "examples" / "kazakhstan-ablyazov.txt"
    if not path.exists():
        pytest.skip("needs ../shared/examples/kazakhstan-ablyazov.txt")
    return path.read_text(encoding="utf-8")
