"""squaddesk-admin sync commands: `sync` (headless, for a scheduled task), `sync-enrol`,
`sync-status`.

`app.cli.build_parser` calls `add_sync_commands(sub)`; the commands act as the system actor,
like `backup`. Exit codes: 0 done, 2 refused (not enrolled, keyring, county said no),
4 county unreachable (try again later).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 2
EXIT_RETRY = 4


def _open(args: argparse.Namespace) -> Any:
    from app.store import open_store

    return open_store(args.db)


def cmd_sync(args: argparse.Namespace) -> int:
    """One sync: push the outbox, pull county data; prints a summary."""
    from app.sync import client

    ctx = _open(args)
    try:
        report = client.sync_now(ctx, trigger="cli")
    except client.SyncError as exc:
        print(f"同步失败：{exc}", file=sys.stderr)
        return EXIT_RETRY if exc.retryable else EXIT_REFUSED
    finally:
        ctx.db.dispose()
    p, q = report.push, report.pull
    print(
        f"同步完成：上传 {p.rows} 行（{p.batches} 批），审计记录 {p.audit_entries} 条；"
        f"下载 {q.rows} 行，更新 {q.applied} 行；冲突 {p.conflicts + q.conflicts} 条，"
        f"被拒 {p.rejected} 条；待上传 {report.pending_after} 行。"
    )
    return EXIT_OK


def cmd_sync_enrol(args: argparse.Namespace) -> int:
    """Enrol this store with the county (code read from stdin when not given)."""
    from app.context import SYSTEM_ACTOR
    from app.sync import client

    code = args.code or sys.stdin.readline().strip()
    ctx = _open(args)
    try:
        result = client.enrol(ctx, SYSTEM_ACTOR, args.url, code, ca_file=args.ca_file)
    except client.SyncError as exc:
        print(f"登记失败：{exc}", file=sys.stderr)
        return EXIT_RETRY if exc.retryable else EXIT_REFUSED
    finally:
        ctx.db.dispose()
    print(f"已登记到县局：{result.township_name}（{result.township_code}），设备 {result.device_id}")
    return EXIT_OK


def cmd_sync_status(args: argparse.Namespace) -> int:
    """Local sync state: enrolment, last success, last error, pending rows, conflicts."""
    from app.sync import client

    ctx = _open(args)
    try:
        st = client.sync_status(ctx)
    finally:
        ctx.db.dispose()
    print(f"县局地址：{st.county_url or '（未登记）'}")
    print(f"上次成功：{st.last_success or '无'}")
    print(f"上次错误：{st.last_error or '无'}")
    print(f"待上传：{st.pending} 行；待核对冲突：{st.open_conflicts} 条")
    return EXIT_OK


def add_sync_commands(sub: Any) -> None:
    """Register the sync subcommands on squaddesk-admin's subparsers."""
    s = sub.add_parser("sync", help="与县局同步一次（可用于计划任务）")
    s.set_defaults(func=cmd_sync)
    s = sub.add_parser("sync-enrol", help="登记到县局（登记码可从标准输入读取）")
    s.add_argument("--url", required=True, help="县局服务器地址 https://…")
    s.add_argument("--code", help="一次性登记码")
    s.add_argument("--ca-file", help="县局 CA 证书（PEM），使用自建证书时")
    s.set_defaults(func=cmd_sync_enrol)
    s = sub.add_parser("sync-status", help="同步状态")
    s.set_defaults(func=cmd_sync_status)
