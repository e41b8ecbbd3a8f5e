"""The start-up's first page: log in and read the 工作台 straight from the store file with
sqlite3 alone, before the ORM is loaded (ui.first_page runs this in a second process).

Light to load: the password's check starts before the figures' modules (the reads, the
rules: app.services.dashboard) are even imported, so scrypt (~60 ms, the GIL released) runs
while they load and while the figures are read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.reads import users as user_reads
from app.rules.accounts import verify_password
from app.services.dashboard_data import FirstPage, may_see_dashboard
from local_db import rawsql

if TYPE_CHECKING:  # no pathlib: the reading process does without it
    from os import PathLike

    from app.actor import Actor, Clock


def first_page(
    path: str | PathLike[str],
    username: str,
    password: str,
    clock: Clock,
    on_candidate: Callable[[Actor], None] | None = None,
    *,
    check_aside: bool = True,
) -> FirstPage | None:
    """Log in and read the dashboard straight from the store file at `path` with sqlite3
    alone (nothing is written). None when the store is not there or not current
    (local_db.rawsql.NotCurrent) or the login would fail: the start-up then goes the usual
    way (app.store.open_store, users.login), which migrates, reports or counts the failure.
    Raises sqlite3.Error when the file cannot be read (the usual way reports damage).

    With `check_aside` the password's scrypt check runs on a thread while the figures'
    modules load and the figures are read for the account; without it (a reading process
    that has one core to itself: ui.first_page) the check comes first and the figures are
    read only for the right password. Either way they are returned only when it is right.
    `on_candidate` hears the account the figures are read for, before they are (nothing is
    shown for it: the app shows the page only once the password is checked).
    """
    try:
        con = rawsql.open_current(path)
    except rawsql.NotCurrent:
        return None
    try:
        with rawsql.snapshot(con):
            now = clock.now()
            candidate = user_reads.login_candidate(con, username, now)
            if candidate is None:
                return None
            actor, stored = candidate
            verdict: list[bool] = []

            def check() -> None:
                verdict.append(verify_password(password, stored))

            checking = threading.Thread(target=check, name="first-page-login", daemon=True)
            if check_aside:
                checking.start()
            if on_candidate is not None:
                on_candidate(actor)
            if not check_aside:
                check()
                if not verdict[0]:
                    return None
            data = None
            if may_see_dashboard(actor):
                from app.services.dashboard import figures  # (check_aside: while scrypt runs)

                data = figures(con, actor, clock.today(), now)
            if check_aside:
                checking.join()
            if not verdict or not verdict[0]:
                return None
            return FirstPage(actor, data)
    finally:
        con.close()
