"""What a use case gives back to the page that asked for it: the shared result types.

Every message in them is plain text in the user's language; the details of a failure go to the
log, not to the message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Refusal:
    """Nothing was done (or nothing was lost); ``message`` says why and what to do."""

    message: str


@dataclass(frozen=True)
class Saved:
    """A file was written (an export, a printable card); ``paths[0]`` is the first one."""

    paths: tuple[Path, ...]
    notice: str
