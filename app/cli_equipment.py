"""squaddesk-admin equipment commands: `equipment-compliance -o FILE.(xlsx|pdf)`.

Wired by app.cli.build_parser through `add_equipment_commands(sub)`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def cmd_equipment_compliance(args: argparse.Namespace) -> int:
    """Write the standard-compliance gap report; exit 2 for an unsupported output type."""
    out: Path = args.output
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        print(
            f"错误：不支持的输出格式“{out.suffix or out.name}”，请使用 .xlsx 或 .pdf。",
            file=sys.stderr,
        )
        return 2
    if args.offices < 1:
        print("错误：办公室数量至少为 1。", file=sys.stderr)
        return 2
    from app.services import equipment_reports, setup
    from app.store import open_store

    ctx = open_store(args.db)
    try:
        town = setup.township(ctx)
        report = equipment_reports.compliance(ctx, offices=args.offices)
        if suffix == ".pdf":
            equipment_reports.write_compliance_pdf(
                equipment_reports.compliance_pdf(ctx, report=report), out
            )
        else:
            equipment_reports.write_compliance_xlsx(
                report, out, township=town.name if town else "", on=ctx.clock.today().isoformat()
            )
    finally:
        ctx.db.dispose()
    print(
        f"装备配备达标情况已写入 {out}：共 {len(report.lines)} 项，未达标 {len(report.gaps)} 项。"
    )
    return 0


def add_equipment_commands(sub: Any) -> None:
    """Register the equipment subcommands on squaddesk-admin's subparsers."""
    s = sub.add_parser("equipment-compliance", help="导出装备配备达标（缺口）报告")
    s.add_argument("-o", "--output", type=Path, required=True, help="输出文件（.xlsx 或 .pdf）")
    s.add_argument("--offices", type=int, default=1, help="办公室数量（打印机、电话按办公室配备）")
    s.set_defaults(func=cmd_equipment_compliance)
