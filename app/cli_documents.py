"""squaddesk-admin commands about documents: `print` (one document of a case as PDF),
`archive` (the case's 卷宗 as one PDF), `verify-qr` (一案一码, offline) and `disclosure`
(公示: a masked decision PDF or the masked list as .xlsx/.csv).

`print` writes the current issued version when there is one (audited as a reprint), issues
it first with `--issue --user NAME` (password on standard input), or else writes a 草稿.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _open(args: argparse.Namespace) -> Any:
    from app.store import open_store

    return open_store(args.db)


def _login(ctx: Any, username: str) -> Any:
    from app.services import users

    password = sys.stdin.readline().rstrip("\r\n")
    return users.login(ctx, username, password)


def cmd_print(args: argparse.Namespace) -> int:
    from app.services import case_documents as cd
    from app.services import documents as doc_service

    if args.list_types:
        for code, short, title in cd.doc_type_list():
            print(f"{code}\t{short}\t{title}")
        return 0
    if not args.case_no or not args.doc_type or not args.output:
        print("用法：print CASE_NO DOC_TYPE -o FILE.pdf（或 --list-types）", file=sys.stderr)
        return 2
    kind = cd.resolve_doc_type(args.doc_type)
    ctx = _open(args)
    try:
        case_id = cd.case_id_by_number(ctx, args.case_no)
        actor = _login(ctx, args.user) if args.user else None
        current = cd.issued_document(ctx, case_id, kind)
        note = ""
        if args.draft:
            pdf = cd.render_case_document(ctx, case_id, kind, draft=True)
            note = "草稿（未编号）"
        elif args.issue:
            if actor is None:
                print("签发文书需要 --user 用户名（密码从标准输入读取）。", file=sys.stderr)
                return 2
            info = cd.issue_case_document(ctx, actor, case_id, kind, seal_id=args.seal)
            pdf = doc_service.document_pdf(ctx, info.id)
            note = f"已签发 {info.number_text}"
        elif current is not None:
            if actor is not None:
                pdf = doc_service.reprint_document(ctx, actor, current.id)
            else:
                pdf = doc_service.document_pdf(ctx, current.id)
            note = f"已签发文书 {current.number_text}"
        else:
            pdf = cd.render_case_document(ctx, case_id, kind, draft=True)
            note = "尚未签发，输出草稿（未编号）"
        Path(args.output).write_bytes(pdf)
        print(f"{note}：{args.output}")
    finally:
        ctx.db.dispose()
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from app.services import case_documents as cd

    ctx = _open(args)
    try:
        case_id = cd.case_id_by_number(ctx, args.case_no)

        def progress(done: int, total: int, what: str) -> None:
            if not args.quiet:
                print(f"[{done}/{total}] {what}", file=sys.stderr, flush=True)

        pdf = cd.build_archive(ctx, case_id, progress)
        Path(args.output).write_bytes(pdf)
        print(f"卷宗已生成：{args.output}")
    finally:
        ctx.db.dispose()
    return 0


def cmd_verify_qr(args: argparse.Namespace) -> int:
    from app.services import public_keys

    text = args.payload if args.payload != "-" else sys.stdin.read()
    ctx = _open(args)
    try:
        if args.keys:
            from app.documents.qr import verify_payload

            extra = json.loads(Path(args.keys).read_text(encoding="utf-8"))
            keys = public_keys.key_map(ctx)
            for e in extra.get("keys", []):
                keys[str(e["township_code"])] = public_keys._decode_key(str(e["public_key"]))
            verdict = verify_payload(text, keys)
        else:
            verdict = public_keys.verify_qr(ctx, text)
    finally:
        ctx.db.dispose()
    for line in public_keys.verdict_lines(verdict):
        print(line)
    return 0 if verdict.ok else 1


def cmd_public_keys(args: argparse.Namespace) -> int:
    from app.services import public_keys

    ctx = _open(args)
    try:
        if args.import_file:
            from app.context import SYSTEM_ACTOR

            doc = json.loads(Path(args.import_file).read_text(encoding="utf-8"))
            n = public_keys.import_county_keys(ctx, SYSTEM_ACTOR, doc)
            print(f"已导入 {n} 个乡镇公钥。")
        for k in public_keys.known_keys(ctx):
            print(f"{k.township_code}\t{k.name}\t{k.source}\t{k.key.hex()}")
    finally:
        ctx.db.dispose()
    return 0


def cmd_disclosure(args: argparse.Namespace) -> int:
    from app.services import case_documents as cd

    out = Path(args.output)
    ctx = _open(args)
    try:
        if out.suffix.lower() == ".pdf":
            if not args.case_no:
                print("公示决定书（.pdf）需要 --case 案件编号。", file=sys.stderr)
                return 2
            out.write_bytes(cd.disclosure_decision_pdf(ctx, cd.case_id_by_number(ctx, args.case_no)))
            print(f"公示文本已生成：{out}")
        else:
            n = cd.write_disclosure_list(ctx, out, args.year)
            print(f"公示清单已生成：{out}（{n} 条）")
    finally:
        ctx.db.dispose()
    return 0


def add_document_commands(subparsers: Any) -> None:
    """Add `print`, `archive`, `verify-qr`, `public-keys` and `disclosure`."""
    s = subparsers.add_parser("print", help="打印（导出）案件文书为 PDF")
    s.add_argument("case_no", nargs="?", help="案件编号")
    s.add_argument("doc_type", nargs="?", help="文书名称（如 行政处罚决定书）或代码（如 decision）")
    s.add_argument("-o", "--output", help="输出 PDF 文件")
    s.add_argument("--list-types", action="store_true", help="列出文书类型")
    s.add_argument("--draft", action="store_true", help="输出草稿（不编号）")
    s.add_argument("--issue", action="store_true", help="签发（编号）后输出；需 --user")
    s.add_argument("--user", help="操作用户名（密码从标准输入读取）")
    s.add_argument("--seal", help="加盖的印章 ID（签发时）")
    s.set_defaults(func=cmd_print)
    s = subparsers.add_parser("archive", help="生成案件卷宗 PDF（封面、目录、文书、证据清单）")
    s.add_argument("case_no", help="案件编号")
    s.add_argument("-o", "--output", required=True, help="输出 PDF 文件")
    s.add_argument("-q", "--quiet", action="store_true", help="不显示进度")
    s.set_defaults(func=cmd_archive)
    s = subparsers.add_parser("verify-qr", help="离线核验一案一码（有效 / 被篡改 / 未知乡镇）")
    s.add_argument("payload", help="二维码内容（SD1.…），- 表示从标准输入读取")
    s.add_argument("--keys", help="另用的县局公钥文件（JSON）")
    s.set_defaults(func=cmd_verify_qr)
    s = subparsers.add_parser("public-keys", help="列出或导入乡镇公钥（一案一码核验用）")
    s.add_argument("--import", dest="import_file", help="导入县局下发的公钥文件（JSON）")
    s.set_defaults(func=cmd_public_keys)
    s = subparsers.add_parser("disclosure", help="行政处罚公示：脱敏决定书 PDF 或公示清单 xlsx/csv")
    s.add_argument("-o", "--output", required=True, help="输出文件（.pdf / .xlsx / .csv）")
    s.add_argument("--case", dest="case_no", help="案件编号（输出该案脱敏决定书）")
    s.add_argument("--year", type=int, default=None, help="公示清单的年份（按决定日期）")
    s.set_defaults(func=cmd_disclosure)
