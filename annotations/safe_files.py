"""Writing a file whole or not at all: a temporary file beside the target, then one rename.

Shared by exports and backups. The temporary file is named after its target (`.NAME.xxxx.part`), so
one left behind by a killed process is recognised and swept away by the next write of that target.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

STALE_AFTER = 600.0
"""Seconds after which a `.part` file is taken for a leftover, not for a write still going on."""


def temporary_beside(target: Path, *, sweep: bool = True) -> Path:
    """A new empty temporary file in the target's folder (where the rename is atomic), earlier leftovers swept."""
    if sweep:
        sweep_leftovers(target.parent, f".{target.name}.")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    return Path(tmp)


def publish(tmp: Path, target: Path) -> None:
    """Put the finished temporary file in the target's place, readable as any file the user makes.

    mkstemp creates files only its owner may read (0600); a handout or CSV is meant to be shared.
    """
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, target)


def sweep_leftovers(folder: Path, prefix: str = "") -> None:
    """Delete `.part` files starting with prefix in folder that no write has touched for a while."""
    now = time.time()
    try:
        candidates = list(folder.glob(f"{prefix}*.part"))
    except OSError:
        return
    for part in candidates:
        try:
            if now - part.stat().st_mtime > STALE_AFTER:
                part.unlink()
        except OSError:
            continue  # gone already, or not ours to delete: never a reason to fail a write
