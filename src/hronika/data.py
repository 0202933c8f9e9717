"""Where the training and evaluation corpora live (never bundled with the package)."""

from __future__ import annotations

import os
from pathlib import Path


class DataNotFound(RuntimeError):
    """The shared corpora (``../shared/data``) are not on this machine."""


def _holds_corpora(path: Path) -> bool:
    return (path / "slavicner").is_dir() or (path / "ud-bulgarian-btb").is_dir()


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Locate the shared data directory.

    Order: ``explicit``, ``$HRONIKA_DATA``, ``./../shared/data`` from the working directory,
    then ``../shared/data`` beside the source checkout. A directory given explicitly is never
    silently replaced by another one.
    """
    if explicit:
        path = Path(explicit)
        if _holds_corpora(path):
            return path
        raise DataNotFound(f"{path}: no shared corpora there (expected slavicner/ or ud-bulgarian-btb/ inside)")
    candidates: list[Path] = []
    if os.environ.get("HRONIKA_DATA"):
        candidates.append(Path(os.environ["HRONIKA_DATA"]))
    candidates.append(Path.cwd().parent / "shared" / "data")
    candidates.append(Path(__file__).resolve().parents[3] / "shared" / "data")
    for path in candidates:
        if _holds_corpora(path):
            return path
    raise DataNotFound(
        "shared corpora not found: pass --data DIR or set HRONIKA_DATA "
        "(expected a directory holding slavicner/ and ud-bulgarian-btb/)"
    )


def examples_dir() -> Path | None:
    """``../shared/examples`` if present (the real wire story used by tests and benchmarks)."""
    try:
        return data_dir().parent / "examples"
    except DataNotFound:
        return None
