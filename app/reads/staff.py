"""Staff register reads in plain SQL: the squad's composition (auxiliaries ≤ sworn, 003).

app.services.staff answers the same question by calling this (Database.dbapi_read).
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from app.rules.certificates import StaffKind, auxiliaries_within_limit


class SquadComposition(NamedTuple):
    """Counts of active sworn officers and auxiliaries, and whether the 003 limit holds."""

    sworn: int
    auxiliaries: int
    within_limit: bool


def squad_composition(con: sqlite3.Connection) -> SquadComposition:
    """Active sworn officers vs auxiliaries, and whether auxiliaries ≤ sworn holds."""
    counts = dict(
        con.execute(
            "SELECT kind, count(*) FROM staff_member"
            " WHERE deleted IS 0 AND active IS 1 GROUP BY kind"
        ).fetchall()
    )
    sworn = int(counts.get(StaffKind.SWORN.value, 0))
    aux = int(counts.get(StaffKind.AUXILIARY.value, 0))
    return SquadComposition(sworn, aux, auxiliaries_within_limit(sworn, aux))
