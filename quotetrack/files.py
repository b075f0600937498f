"""File-system helpers shared by the dataset store and the exports."""

from __future__ import annotations

import os


def umask() -> int:
    """The process's file mode creation mask (os.umask only sets it: it is set and put back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
