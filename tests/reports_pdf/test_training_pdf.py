"""培训登记卡 and the annual training report as PDFs, read back."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from app.cli_training import add_training_commands
from app.context import Actor, AppContext
from app.errors import PermissionDenied
from app.rules.roles import Role
from app.services import training_reports

from .conftest import (
    YEAR,
    TrainedSquad,
    add_training,
    assert_fonts_embedded,
    page_count,
    page_texts,
    pdf_text,
)


def test_card_of_an_officer_short_of_hours(
    ctx: AppContext, admin: Actor, trained: TrainedSquad, tmp_path: Path
) -> None:
    pdf = training_reports.training_card_pdf(ctx, admin, trained.weak, YEAR)
    assert pdf.startswith(b"%PDF")
    assert page_count(pdf) in (1, 2)
    text = pdf_text(pdf)
    for expected in (
        "孝顺镇综合行政执法队",
        "执法人员培训登记卡",
        "年度：2026年",
        "王强",
        "浙杭执33010003",
        "绿色（有效）",
        "杭州市萧山区人民政府",
        "一、培训记录",
        "全省行政执法人员网络培训",
        "县综合执法队伍能力提升集",  # long titles wrap inside their cell
        "09-09至",
        "09-11",
        "12.5",
        "40.0",
        "合计",
        "共5次，其中集中培训4次",
        "63.0",  # all categories: 40 + 12.5 + 3.5 + 4 + 3
        "二、年度学时与集中培训要求",
        "≥60.0学时",
        "56.0学时",
        "未达标（差4.0学时）",
        "年度结论",
        "三、年度考核",
        "2025年不合格办案超期",
        "2026年不合格",
        "连续不合格，应按程序退出执法队伍",
        "四、签字确认",
        "本人签字",
        "队负责人",
        "第1页共",
    ):
        assert expected in text, expected
    assert_fonts_embedded(pdf, tmp_path)


def test_leader_card_checks_the_leader_rule(
    ctx: AppContext, admin: Actor, trained: TrainedSquad
) -> None:
    text = pdf_text(training_reports.training_card_pdf(ctx, admin, trained.leader, YEAR))
    assert "队负责人" in text
    assert "上级组织集中培训" in text and "本单位集中培训" in text
    assert "≥10天" in text and "7天" in text and "未达标（差3天）" in text
    assert "暂无考核记录" in text


def test_card_of_an_officer_who_meets_everything(
    ctx: AppContext, admin: Actor, trained: TrainedSquad
) -> None:
    text = pdf_text(training_reports.training_card_pdf(ctx, admin, trained.good, YEAR))
    assert "60.0学时" in text and "年度结论全部达标" in text
    assert "未达标" not in text
    assert "2025年优秀" in text


def test_auxiliary_card_registers_without_verdicts(
    ctx: AppContext, admin: Actor, trained: TrainedSquad
) -> None:
    text = pdf_text(training_reports.training_card_pdf(ctx, admin, trained.auxiliary, YEAR))
    assert "刘军" in text and "辅助执法人员" in text
    assert "春季队列体能训练" in text
    assert "不适用执法队员年度学时" in text


def test_long_year_runs_over_pages_with_the_header_repeated(
    ctx: AppContext, admin: Actor, trained: TrainedSquad
) -> None:
    for i in range(30):
        add_training(
            ctx,
            admin,
            [trained.good],
            f"月度执法业务学习第{i + 1}期：典型案例评析与执法文书规范",
            start=date(YEAR, 1 + i % 12, 1 + i % 27),
            units="2",
        )
    pdf = training_reports.training_card_pdf(ctx, admin, trained.good, YEAR)
    pages = page_texts(pdf)
    assert len(pages) >= 2
    n = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"第{number}页共{n}页" in text
    # the table header is printed again on every page the table runs onto
    with_header = [t for t in pages if "培训名称" in t and "学时" in t]
    assert len(with_header) >= 2
    assert "第30期" in "".join(pages)
    assert "本人签字" in pages[-1]


def test_card_is_deterministic(ctx: AppContext, admin: Actor, trained: TrainedSquad) -> None:
    a = training_reports.training_card_pdf(ctx, admin, trained.weak, YEAR)
    b = training_reports.training_card_pdf(ctx, admin, trained.weak, YEAR)
    assert a == b
    assert training_reports.training_card_pdf(ctx, admin, trained.good, YEAR) != a


def test_card_needs_the_training_permission(
    ctx: AppContext, admin: Actor, trained: TrainedSquad
) -> None:
    aux = Actor("u-aux", "liujun", "刘军", frozenset({Role.AUXILIARY}), None)
    with pytest.raises(PermissionDenied):
        training_reports.training_card_pdf(ctx, aux, trained.good, YEAR)


def test_annual_report_pdf(
    ctx: AppContext, admin: Actor, trained: TrainedSquad, tmp_path: Path
) -> None:
    report = training_reports.annual_report(ctx, admin, YEAR)
    pdf = training_reports.annual_report_pdf(report)
    pages = page_texts(pdf)
    assert 2 <= len(pages) <= 4
    text = "".join(pages)
    for expected in (
        "孝顺镇综合行政执法队",
        "2026年度培训情况报告",
        "县综合行政执法局：",
        "一、基本情况",
        "在编执法队员3人，辅助执法人员1人",
        "全年组织和参加各类培训6次",
        "二、学时完成情况",
        "完成年度60学时的1人，占33.3%",
        "符合集中培训次数与天数要求的2人，占66.7%",
        "全部达标1人，占33.3%",
        "未全部达标人员：",
        "三、本单位组织培训情况",
        "四、首轮全员轮训",
        "特此报告。",
        "2026年11月23日",
        "附表一",
        "张队长",
        "李娜",
        "王强",
        "56.0",
        "附表二",
        "公共法律知识",
        "体能",
        "附表三",
        "执法业务培训",
        "道德文明培训",
    ):
        assert expected in text, expected
    # the signature closes the report text on the first pages; the tables follow as 附表
    first_table = next(i for i, t in enumerate(pages) if "执法队员学时完成情况" in t)
    assert "特此报告" in "".join(pages[:first_table])
    assert "2026年11月23日" in "".join(pages[:first_table])
    assert_fonts_embedded(pdf, tmp_path)
    assert training_reports.annual_report_pdf(report) == pdf


def _cli(db: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="squaddesk-admin")
    parser.add_argument("--db", type=Path)
    add_training_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["--db", str(db), *argv])
    return int(args.func(args))


def test_cli_writes_the_pdf_report(
    ctx: AppContext,
    trained: TrainedSquad,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out" / "孝顺镇2026培训报告.pdf"
    assert _cli(db_path, "training-report", "--year", "2026", "-o", str(out)) == 0
    assert "完成 60 学时 1 人" in capsys.readouterr().out
    pdf = out.read_bytes()
    assert "2026年度培训情况报告" in pdf_text(pdf)
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left
