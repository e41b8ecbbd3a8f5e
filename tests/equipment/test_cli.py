"""`squaddesk-admin equipment-compliance` (parser built here until app.cli wires it)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli_equipment import add_equipment_commands
from app.context import Actor, AppContext


def _run(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path)
    add_equipment_commands(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(argv)
    return int(args.func(args))


def test_compliance_xlsx(
    ctx: AppContext, admin: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ctx.db_path
    ctx.db.dispose()
    out = tmp_path / "out" / "gap.xlsx"
    assert _run(["--db", str(db), "equipment-compliance", "-o", str(out)]) == 0
    assert "未达标" in capsys.readouterr().out
    assert load_workbook(out).sheetnames == ["配备对照", "缺口清单"]


def test_other_suffix_refused(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # .pdf works now (tests/reports_pdf); anything but .xlsx and .pdf is refused
    assert (
        _run(["--db", str(ctx.db_path), "equipment-compliance", "-o", str(tmp_path / "g.csv")]) == 2
    )
