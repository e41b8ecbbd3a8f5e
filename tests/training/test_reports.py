"""The annual training report, the two ledgers as xlsx, and `training-report` on the CLI."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.cli_training import add_training_commands
from app.context import Actor, AppContext
from app.errors import PermissionDenied
from app.rules.training import AssessmentResult, OrganiserLevel, TrainingCategory, TrainingMode
from app.services import training, training_reports

from .conftest import Squad, add_officer


def _event(
    ctx: AppContext,
    admin: Actor,
    people: list[str],
    title: str,
    *,
    level: OrganiserLevel = OrganiserLevel.OWN_UNIT,
    category: TrainingCategory = TrainingCategory.BUSINESS,
    mode: TrainingMode = TrainingMode.OFFLINE,
    start: date = date(2026, 4, 1),
    days: int = 1,
    units: str = "4",
) -> None:
    training.record_event(
        ctx,
        admin,
        training.EventInput(
            title,
            level,
            category,
            mode,
            start,
            start + timedelta(days=days - 1),
            stated_units=units,
        ),
        people,
    )


@pytest.fixture
def trained(ctx: AppContext, admin: Actor, squad: Squad) -> Squad:
    """李娜 meets everything; the others do not."""
    a = squad.members[0]
    _event(
        ctx,
        admin,
        [a],
        "省网络培训",
        level=OrganiserLevel.SUPERIOR,
        mode=TrainingMode.ONLINE,
        units="40",
    )
    _event(
        ctx,
        admin,
        [a, squad.leader],
        "县集中轮训",
        level=OrganiserLevel.COUNTY,
        days=3,
        units="18",
        start=date(2026, 5, 10),
    )
    _event(ctx, admin, squad.sworn, "执法文书规范制作", category=TrainingCategory.SKILLS, days=2)
    _event(
        ctx,
        admin,
        squad.sworn + [squad.auxiliary],
        "廉政警示教育",
        category=TrainingCategory.ETHICS,
        units="2",
        start=date(2026, 6, 1),
    )
    return squad


def test_annual_report_figures(ctx: AppContext, admin: Actor, trained: Squad) -> None:
    report = training_reports.annual_report(ctx, admin, 2026)
    assert (report.township, report.year, report.officers) == ("孝顺镇", 2026, 4)
    assert report.trainings == 4 and report.concentrated_trainings == 3
    assert (report.met_units, report.met_role_rule, report.met_all) == (1, 1, 1)
    rows = {p.name: p for p in report.people}
    assert rows["李娜"].counted_units_text == "62.0" and rows["李娜"].verdict.ok
    assert rows["李娜"].total_units_text == "64.0"
    # Average over the four officers of the 学时 that count: (62 + 22 + 4 + 4) / 4 = 23.
    assert report.average_seconds == 23 * 2700
    by_cat = {c.category: c for c in report.categories}
    assert (
        by_cat[TrainingCategory.ETHICS].trainings,
        by_cat[TrainingCategory.ETHICS].attendances,
    ) == (1, 5)
    assert by_cat[TrainingCategory.SKILLS].seconds == 4 * 4 * 2700
    assert report.composition.within_limit
    assert not report.own.ok


def test_annual_report_xlsx(ctx: AppContext, admin: Actor, trained: Squad, tmp_path: Path) -> None:
    report = training_reports.annual_report(ctx, admin, 2026)
    path = training_reports.write_annual_report_xlsx(report, tmp_path / "out" / "report.xlsx")
    wb = openpyxl.load_workbook(path)
    try:
        assert wb.sheetnames == ["汇总", "人员学时", "分类统计", "本单位培训"]
        summary = {r[0]: r[1] for r in wb["汇总"].iter_rows(min_row=4, values_only=True)}
        assert summary["完成 60 学时人数"] == 1
        assert summary["辅助执法人员不超过在编执法队员"] == "是"
        people = list(wb["人员学时"].iter_rows(min_row=4, values_only=True))
        assert [r[1] for r in people] == ["张队长", "李娜", "王强", "陈静"]  # leaders first
        lina = next(r for r in people if r[1] == "李娜")
        assert (lina[4], lina[10], lina[11], lina[12]) == (62.0, "达标", "达标", None)
        leader = people[0]
        # County class + two own-unit concentrated trainings: only 学时 and days fall short.
        assert leader[12] == "年度学时 22.0/60.0（差 38.0 学时）；集中培训天数 6/10（差 4 天）"
        assert wb["人员学时"]["E4"].number_format == "0.0"
    finally:
        wb.close()
    assert list(tmp_path.joinpath("out").iterdir()) == [path]  # no temporary file left behind


def test_activity_ledger_xlsx(
    ctx: AppContext, admin: Actor, trained: Squad, tmp_path: Path
) -> None:
    ledger = training_reports.activity_ledger(ctx, admin, 2026)
    assert [t.event.title for t in ledger.trainings] == [
        "执法文书规范制作",
        "省网络培训",
        "县集中轮训",
        "廉政警示教育",  # by date, then title
    ]
    path = training_reports.write_activity_ledger_xlsx(ledger, tmp_path / "ledger.xlsx")
    wb = openpyxl.load_workbook(path)
    try:
        ws = wb["学习活动台账"]
        assert ws["A1"].value == "孝顺镇2026年度学习活动台账"
        rows = list(ws.iter_rows(min_row=4, values_only=True))
        assert len(rows) == 4
        ethics = rows[3]
        assert ethics[3] == "廉政警示教育" and ethics[10] == 5 and "刘军" in str(ethics[11])
        assert ethics[4] == "本单位" and ethics[5] == "道德文明" and ethics[9] == 2.0
    finally:
        wb.close()


def test_staff_ledger_xlsx(ctx: AppContext, admin: Actor, trained: Squad, tmp_path: Path) -> None:
    today = ctx.clock.today()
    add_officer(ctx, admin, "周快到", expires=today + timedelta(days=20))
    training.record_assessment(ctx, admin, trained.members[1], 2025, AssessmentResult.FAIL)
    training.record_assessment(ctx, admin, trained.members[1], 2026, AssessmentResult.FAIL)
    ledger = training_reports.staff_ledger(ctx, admin, 2026)
    assert ledger.assessment_years == (2024, 2025, 2026)
    path = training_reports.write_staff_ledger_xlsx(ledger, tmp_path / "staff.xlsx")
    wb = openpyxl.load_workbook(path)
    try:
        ws = wb["队伍管理台账"]
        assert "在编 5 人，辅助 1 人" in ws["A2"].value
        rows = {r[1]: r for r in ws.iter_rows(min_row=4, values_only=True)}
        assert rows["周快到"][10] == "30 天内到期"
        assert rows["王强"][15:18] == (
            "不合格",
            "不合格",
            "2025、2026年连续不合格，应按程序退出执法队伍",
        )
        assert rows["刘军"][3] == "辅助执法人员" and rows["刘军"][11] == "否"
        assert "辅助执法人员不得从事执法行为" in str(rows["刘军"][12])
        assert rows["李娜"][13] == 62.0
    finally:
        wb.close()


def test_reports_need_the_view_permission(
    ctx: AppContext, auxiliary_actor: Actor, officer_actor: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        training_reports.annual_report(ctx, auxiliary_actor, 2026)
    assert training_reports.annual_report(ctx, officer_actor, 2026).officers == 0


# --- command line ---------------------------------------------------------------------------


def _cli(db: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="squaddesk-admin")
    parser.add_argument("--db", type=Path)
    add_training_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["--db", str(db), *argv])
    return int(args.func(args))


def test_cli_writes_the_xlsx_report(
    ctx: AppContext,
    trained: Squad,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "孝顺镇2026培训报告.xlsx"
    assert _cli(db_path, "training-report", "--year", "2026", "-o", str(out)) == 0
    assert out.exists()
    assert "完成 60 学时 1 人" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    try:
        assert wb["汇总"]["A1"].value == "孝顺镇2026年度行政执法人员培训情况"
    finally:
        wb.close()


def test_cli_refuses_other_file_types(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # .pdf works now (tests/reports_pdf); anything but .xlsx and .pdf is refused
    assert _cli(db_path, "training-report", "--year", "2026", "-o", str(tmp_path / "r.csv")) == 2
    assert not (tmp_path / "r.csv").exists()
    assert "不支持的文件类型" in capsys.readouterr().err


def test_cli_refuses_a_missing_or_empty_store(
    empty_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.xlsx"
    missing = tmp_path / "nowhere.sqlite3"
    assert _cli(missing, "training-report", "--year", "2026", "-o", str(out)) == 2
    assert "数据库文件不存在" in capsys.readouterr().err
    assert not missing.exists()  # not created by asking
    assert _cli(empty_ctx.db_path, "training-report", "--year", "2026", "-o", str(out)) == 2
    assert "尚未初始化" in capsys.readouterr().err
    assert not out.exists()


def test_cli_checks_the_year(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        _cli(db_path, "training-report", "--year", "二〇二六", "-o", "x.xlsx")
    assert exc.value.code == 2
    assert "年度须为四位数字" in capsys.readouterr().err
