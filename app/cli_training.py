"""squaddesk-admin training commands: `training-report --year Y -o FILE.(xlsx|pdf)` (the
PDF is the report as printed for the county, the xlsx the same data as tables).

`app.cli.build_parser` calls `add_training_commands(sub)`; the command runs as the system
actor, like `backup`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK = 0
EXIT_REFUSED = 2  # same code app.cli.main gives a DomainError


def cmd_training_report(args: argparse.Namespace) -> int:
    """Write the township's annual training report for the county."""
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        print(
            f"错误：不支持的文件类型“{out.suffix or '（无扩展名）'}”，请使用 .xlsx 或 .pdf。",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    from app.context import SYSTEM_ACTOR
    from app.services import setup, training_reports
    from app.store import open_store

    if not Path(args.db).exists():
        print(f"错误：数据库文件不存在：{args.db}", file=sys.stderr)
        return EXIT_REFUSED
    ctx = open_store(args.db)
    try:
        if not setup.is_initialized(ctx):
            print("错误：数据库尚未初始化，没有可统计的乡镇数据。", file=sys.stderr)
            return EXIT_REFUSED
        report = training_reports.annual_report(ctx, SYSTEM_ACTOR, args.year)
        if suffix == ".pdf":
            training_reports.write_annual_report_pdf(report, out)
        else:
            training_reports.write_annual_report_xlsx(report, out)
    finally:
        ctx.db.dispose()
    print(
        f"已生成 {report.township}{report.year} 年度培训情况报告：{out}"
        f"（执法队员 {report.officers} 人，完成 60 学时 {report.met_units} 人，"
        f"全部达标 {report.met_all} 人）"
    )
    return EXIT_OK


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"年度须为四位数字：{text}") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"年度超出范围：{text}")
    return year


def add_training_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the training commands on squaddesk-admin's sub-command parser."""
    s = subparsers.add_parser("training-report", help="导出年度培训情况报告（报县）")
    s.add_argument("--year", type=_year, required=True, help="统计年度，如 2026")
    s.add_argument("-o", "--output", type=Path, required=True, help="输出文件（.xlsx 或 .pdf）")
    s.set_defaults(func=cmd_training_report)
