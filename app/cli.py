"""squaddesk-admin: the command line for administrators and scripts (no Qt)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app.context import AppContext
from app.errors import DomainError
from local_db.engine import StoreDamaged


def _open(args: argparse.Namespace) -> AppContext:
    from app.store import open_store

    return open_store(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    from app.services import setup

    password = sys.stdin.readline().rstrip("\r\n")
    ctx = _open(args)
    info = setup.initialize(
        ctx,
        township_name=args.township,
        squad_name=args.squad or f"{args.township}综合行政执法队",
        doc_prefix=args.prefix or f"{args.township}综执",
        admin_username=args.admin,
        admin_display_name=args.admin_name or args.admin,
        admin_password=password,
    )
    print(f"已初始化：{info.name}（{info.squad_name}），管理员 {args.admin}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo, setup

    ctx = _open(args)
    if setup.is_initialized(ctx):
        print("数据库已初始化，未写入演示数据。", file=sys.stderr)
        return 1
    demo.fill_township_year(
        ctx, lambda step, done, total: print(f"[{done}/{total}] {step}", flush=True) if step else None
    )
    print(f"演示数据已写入 {args.db}；管理员 {demo.DEMO_ADMIN}，密码 {demo.DEMO_PASSWORD}")
    return 0


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from app.services import audit

    report = audit.verify(_open(args))
    if report.ok:
        print(f"审计链完整：共 {report.checked} 条记录。")
        return 0
    print(
        f"审计链校验失败：第 {report.bad_seq} 条记录（seq={report.bad_seq}）：{report.reason}；"
        f"此前 {report.checked} 条完好。",
        file=sys.stderr,
    )
    return 1


def cmd_check(args: argparse.Namespace) -> int:
    from local_db.engine import check_file

    check_file(args.db, full=True)
    print("数据库完整性检查通过（integrity_check: ok）。")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from app.context import SYSTEM_ACTOR
    from app.services import backup

    path = backup.backup_now(_open(args), SYSTEM_ACTOR, dest_dir=args.to, reason="manual")
    print(f"备份完成：{path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import backup

    aside = backup.restore_into(args.db, args.file)
    msg = f"已从 {args.file} 恢复到 {args.db}。"
    if aside:
        msg += f"原数据库已另存为 {aside}。"
    print(msg)
    return 0


def build_parser() -> argparse.ArgumentParser:
    from app.store import default_db_path

    p = argparse.ArgumentParser(prog="squaddesk-admin", description="SquadDesk 管理命令")
    p.add_argument("--db", type=Path, default=default_db_path(), help="数据库文件路径")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("init", help="初始化（管理员密码从标准输入读取）")
    s.add_argument("--township", required=True)
    s.add_argument("--admin", required=True)
    s.add_argument("--admin-name")
    s.add_argument("--squad")
    s.add_argument("--prefix")
    s.set_defaults(func=cmd_init)
    sub.add_parser("demo", help="写入演示乡镇数据").set_defaults(func=cmd_demo)
    sub.add_parser("verify-audit", help="校验审计链").set_defaults(func=cmd_verify_audit)
    sub.add_parser("check", help="数据库完整性检查").set_defaults(func=cmd_check)
    s = sub.add_parser("backup", help="立即备份")
    s.add_argument("--to", type=Path, default=None)
    s.set_defaults(func=cmd_backup)
    s = sub.add_parser("restore", help="从备份恢复")
    s.add_argument("file", type=Path)
    s.set_defaults(func=cmd_restore)
    from app.cli_cases import add_cases_commands
    from app.cli_documents import add_document_commands
    from app.cli_equipment import add_equipment_commands
    from app.cli_sync import add_sync_commands
    from app.cli_training import add_training_commands

    add_cases_commands(sub)
    add_document_commands(sub)
    add_equipment_commands(sub)
    add_sync_commands(sub)
    add_training_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except StoreDamaged as exc:
        print(f"数据库文件已损坏或不是 SquadDesk 数据库：{exc.path}（{exc.detail}）。"
              "可用 restore 命令从备份恢复。", file=sys.stderr)
        return 3
    except DomainError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
