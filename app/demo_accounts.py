"""The demo database's login, and the auto-login the benchmarks and screenshots use.

No database import: the desktop's start-up reads these before the ORM is loaded.
"""

from __future__ import annotations

import os

DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo1234"
DEMO_AUTOLOGIN_ENV = "SQUADDESK_DEMO_AUTOLOGIN"


def autologin_requested() -> bool | str:
    """SQUADDESK_DEMO_AUTOLOGIN (benchmarks and screenshots only): "1" → True (the demo
    administrator); another name → that demo user; unset → False."""
    value = os.environ.get(DEMO_AUTOLOGIN_ENV, "").strip()
    if not value:
        return False
    return True if value == "1" else value


def autologin_name(autologin: bool | str) -> str:
    """The user name an auto-login request stands for."""
    return autologin if isinstance(autologin, str) else DEMO_ADMIN
