"""The rotating log file (imports nothing heavy: set up before the window appears)."""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE = "squaddesk.log"
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 5


def configure_logging(folder: Path) -> Path:
    """Rotating file log (1 MB × 5) in `folder`; returns the log file path."""
    import logging.handlers  # ~25 ms: imported when the log is set up, after the first paint

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "squaddesk", False):
            root.removeHandler(h)
            h.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.squaddesk = True  # type: ignore[attr-defined]
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
