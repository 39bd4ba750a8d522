"""Writing files so that nobody ever reads half of one.

Every save goes to a temporary file of its own in the same folder, then replaces the target in
one step (``os.replace``). The temporary name is unique (``tempfile.mkstemp``): two saves at once,
from two threads or from two computers on the same team drive, never write into the same
temporary file, and a crash leaves at worst a stray ``.tmp`` beside an intact original.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    ``mode`` sets the permissions of the new file (POSIX); by default an existing file's
    permissions are kept, so an operator's choices about who may write it survive a save.

    Raises:
        OSError: the folder cannot be written; nothing was changed.
    """
    # A private file (no group or other bits) gets a private new folder too: a draft folder
    # made on first save must not be listable by others.
    private = mode is not None and not mode & 0o077
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700 if private else 0o777)
    if mode is None:
        with contextlib.suppress(OSError):
            mode = path.stat().st_mode & 0o7777
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            with contextlib.suppress(OSError):  # some network shares do not keep modes
                os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
