"""squaddesk-admin commands about cases: `cases` lists cases one a line, tab-separated
(case number, status code, procedure, discovery date, party, fine in yuan)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.rules.workflow import Status


def cmd_cases(args: argparse.Namespace) -> int:
    from app.services import case_search
    from app.store import open_store

    ctx = open_store(args.db)
    try:
        f = case_search.CaseFilter(statuses=frozenset({Status(args.status)}) if args.status
                                   else frozenset())
        ids = case_search.case_ids(ctx, f, case_search.CaseSort.NUMBER)
        if args.limit is not None:
            ids = ids[: max(0, args.limit)]
        out = sys.stdout
        for start in range(0, len(ids), 500):
            for r in case_search.case_rows(ctx, ids[start:start + 500]):
                fields = [r.number, r.status.value, r.procedure.value, r.discovered_on.isoformat(),
                          r.party_name, f"{r.fine_fen / 100:.2f}"]
                out.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in fields))
                out.write("\n")
    finally:
        ctx.db.dispose()
    return 0


def add_cases_commands(subparsers: Any) -> None:
    """Add the `cases` subcommand to squaddesk-admin's subparsers."""
    s = subparsers.add_parser("cases", help="列出案件（每行一件，制表符分隔：案件编号、状态…）")
    s.add_argument("--status", choices=[x.value for x in Status], help="只列出该状态的案件")
    s.add_argument("--limit", type=int, default=None, help="最多列出多少件")
    s.set_defaults(func=cmd_cases)
