"""squaddesk-county: run the county sync server and administer it.

    squaddesk-county serve --database-url URL [--host 127.0.0.1 --port 8443 --certfile --keyfile]
    squaddesk-county migrate
    squaddesk-county create-township NAME CODE
    squaddesk-county enrolment-code TOWNSHIP_CODE [--hours 72]
    squaddesk-county publish-reference FILE_OR_DIR [--kind KIND]
    squaddesk-county add-admin NAME      (password prompted twice, or one line on stdin)
    squaddesk-county certificate-status --import FILE.xlsx|csv|json [--replace]
    squaddesk-county certificate-status --list
    squaddesk-county township-keys

The database URL comes from --database-url or $SQUADDESK_COUNTY_DATABASE_URL. Every command
first upgrades the database to the newest county migration (`serve` too, before it listens);
`migrate` does only that.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app.sync.protocol import REFERENCE_KINDS

ENV_URL = "SQUADDESK_COUNTY_DATABASE_URL"


@contextmanager
def _session(args: argparse.Namespace) -> Iterator[Session]:
    """One transaction on the county database (committed when the block succeeds)."""
    from county.db import make_engine
    from county.migrate import upgrade

    engine = make_engine(args.database_url)
    try:
        upgrade(engine)
        with Session(engine, expire_on_commit=False) as s, s.begin():
            yield s
    finally:
        engine.dispose()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from county.app import create_app

    uvicorn.run(
        create_app(args.database_url),
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        log_level="info",
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from county.db import make_engine
    from county.migrate import upgrade

    engine = make_engine(args.database_url)
    try:
        before, after = upgrade(engine)
    finally:
        engine.dispose()
    if before == after:
        print(f"数据库结构已是最新（{after}）。")
    else:
        print(f"数据库结构已升级：{before or '空库'} → {after}")
    return 0


def cmd_create_township(args: argparse.Namespace) -> int:
    from county import service

    with _session(args) as s:
        t = service.create_township(s, args.name, args.code)
        print(f"已创建乡镇：{t.name}（代码 {t.code}）")
    return 0


def cmd_enrolment_code(args: argparse.Namespace) -> int:
    from county import service

    with _session(args) as s:
        code, expires = service.new_enrolment_code(
            s, args.township_code, ttl=timedelta(hours=args.hours)
        )
    print(code)
    print(f"一次性登记码，有效期至 {expires.astimezone():%Y-%m-%d %H:%M}。", file=sys.stderr)
    return 0


def cmd_publish_reference(args: argparse.Namespace) -> int:
    from county import service

    path = Path(args.file)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    with _session(args) as s:
        for f in files:
            kind = args.kind or f.stem
            if kind not in REFERENCE_KINDS:
                if path.is_dir():
                    continue
                print(f"错误：未知的参考数据类型 {kind}（可用：{'、'.join(REFERENCE_KINDS)}）", file=sys.stderr)
                return 2
            doc = json.loads(f.read_text(encoding="utf-8"))
            changed = service.publish_reference(s, kind, doc)
            print(f"{kind}：{'已发布' if changed else '未变化'}（版本 {doc.get('version', '?')}）")
    return 0


def _read_password() -> str | None:
    """The new password: prompted twice on a terminal, else the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass("新密码：")
        if getpass.getpass("再次输入新密码：") != first:
            print("错误：两次输入的密码不一致。", file=sys.stderr)
            return None
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def cmd_add_admin(args: argparse.Namespace) -> int:
    from county import web_auth

    password = _read_password()
    if password is None:
        return 2
    with _session(args) as s:
        admin = web_auth.add_admin(s, args.name, password)
    print(f"已添加县局管理员：{admin.username}")
    return 0


def cmd_certificate_status(args: argparse.Namespace) -> int:
    from county import service
    from county.certificates import read_certificate_file

    if args.import_file is None:
        with _session(args) as s:
            doc = service.reference_payload(s, "certificate_status") or {}
        certs = doc.get("certificates") or {}
        print(f"执法证状态：第 {doc.get('version', 0)} 版，共 {len(certs)} 个证号")
        for number, e in sorted(certs.items()):
            print(f"{number}\t{e.get('status')}\t{e.get('valid_until') or '—'}\t{e.get('date')}")
        return 0
    path = Path(args.import_file)
    if not path.is_file():
        print(f"错误：文件不存在：{path}", file=sys.stderr)
        return 2
    entries = read_certificate_file(path)
    with _session(args) as s:
        changed, version = service.publish_certificate_status(s, entries, replace=args.replace)
    if changed:
        print(f"执法证状态已发布：第 {version} 版（本次 {len(entries)} 个证号）")
    else:
        print(f"执法证状态未变化（仍为第 {version} 版）")
    return 0


def cmd_township_keys(args: argparse.Namespace) -> int:
    from county import service

    with _session(args) as s:
        doc = service.township_keys_document(s)
        version = service.reference_version(s, "township_keys")
    print(f"乡镇公钥：第 {version} 版")
    for k in doc["keys"]:
        state = "当前" if k["current"] else "已停用"
        print(f"{k['township_code']}\t{k['name']}\t{k['key_id']}\t{state}\t{k['public_key']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="squaddesk-county", description="SquadDesk 县局同步服务")
    p.add_argument("--database-url", default=os.environ.get(ENV_URL), help=f"PostgreSQL URL（或 ${ENV_URL}）")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve", help="运行同步服务")
    s.add_argument("--database-url", dest="database_url", default=argparse.SUPPRESS)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--certfile", help="TLS 证书（PEM）；生产环境必须使用 HTTPS")
    s.add_argument("--keyfile", help="TLS 私钥（PEM）")
    s.set_defaults(func=cmd_serve)
    s = sub.add_parser("migrate", help="把数据库结构升级到最新版本")
    s.set_defaults(func=cmd_migrate)
    s = sub.add_parser("create-township", help="新建乡镇")
    s.add_argument("name")
    s.add_argument("code")
    s.set_defaults(func=cmd_create_township)
    s = sub.add_parser("enrolment-code", help="生成一次性设备登记码")
    s.add_argument("township_code")
    s.add_argument("--hours", type=int, default=72)
    s.set_defaults(func=cmd_enrolment_code)
    s = sub.add_parser("publish-reference", help="发布参考数据（目录、裁量基准、节假日等 JSON）")
    s.add_argument("file", help="JSON 文件，或含 catalog.json 等的目录")
    s.add_argument("--kind", choices=REFERENCE_KINDS)
    s.set_defaults(func=cmd_publish_reference)
    s = sub.add_parser("add-admin", help="添加县局网页管理员（密码从终端输入或标准输入读取）")
    s.add_argument("name", help="用户名")
    s.set_defaults(func=cmd_add_admin)
    s = sub.add_parser("certificate-status", help="发布执法证状态（有效、暂扣、注销、吊销）")
    g = s.add_mutually_exclusive_group(required=True)
    g.add_argument("--import", dest="import_file", metavar="FILE", help="Excel（.xlsx）、CSV 或 JSON 文件")
    g.add_argument("--list", action="store_true", help="列出已发布的执法证状态")
    s.add_argument("--replace", action="store_true", help="以文件内容替换全部（默认：合并更新）")
    s.set_defaults(func=cmd_certificate_status)
    s = sub.add_parser("township-keys", help="列出各乡镇的一案一码公钥")
    s.set_defaults(func=cmd_township_keys)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from county.service import ApiError

    args = build_parser().parse_args(argv)
    if not args.database_url:
        print(f"错误：请用 --database-url 或 ${ENV_URL} 指定 PostgreSQL 数据库。", file=sys.stderr)
        return 2
    try:
        return int(args.func(args))
    except ApiError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
