"""Where SquadDesk keeps its files by default (platform data and log folders); imports nothing
heavy so the window can appear before the store is opened."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "SquadDesk"
APP_AUTHOR = "SquadDesk"


def default_db_path() -> Path:
    """squaddesk.sqlite3 in the platform's per-user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "squaddesk.sqlite3"


def log_dir() -> Path:
    """Folder for the rotating log files."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
