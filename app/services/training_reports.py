"""Training reports and ledgers: the township's annual training report for the county, the
学习活动台账 (training activity ledger) and the 队伍管理台账 (staff management ledger).

Each has a data function returning plain dataclasses (the PDF writers use the same data) and
an xlsx writer (openpyxl). Files are written to a temporary name and moved into place, so a
failed write never leaves half a file under the chosen name.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select

from app.context import Actor, AppContext
from app.reads import training as training_reads
from app.rules.certificates import StaffKind
from app.rules.roles import Permission
from app.rules.training import (
    ASSESSMENT_LABELS,
    CATEGORY_LABELS,
    CERT_ALERT_LABELS,
    COUNTED_CATEGORIES,
    MODE_LABELS,
    ORGANISER_LABELS,
    OWN_TRAINING_LABELS,
    AssessmentResult,
    PersonVerdict,
    TrainingCategory,
    YearTally,
    held_cert_alert_level,
    check_year,
    exit_flag,
    units_tenths_rounded,
    year_bounds,
)
from app.services import setup, training
from app.services import staff as staff_service
from local_db.models import StaffMember
from local_db.models_training import AnnualAssessment, TrainingAttendance, TrainingEvent

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

YES, NO = "是", "否"
OK_MARK, BAD_MARK = "达标", "未达标"


# --- the annual training report ------------------------------------------------------------


@dataclass(frozen=True)
class CategoryTotal:
    """Trainings of one category in the year: how many, attended how often, credit given."""

    category: TrainingCategory
    trainings: int
    attendances: int
    seconds: int


@dataclass(frozen=True)
class AnnualReport:
    """The township's annual training report to the county (001), as plain data."""

    year: int
    township: str
    squad: str
    generated_on: date
    people: tuple[training.PersonProgress, ...]
    own: training.OwnTrainings
    categories: tuple[CategoryTotal, ...]
    trainings: int
    concentrated_trainings: int
    composition: staff_service.SquadComposition
    rotation: training.RotationStatus

    @property
    def officers(self) -> int:
        """Active sworn officers in the report."""
        return sum(1 for p in self.people if p.active)

    @property
    def met_units(self) -> int:
        return sum(1 for p in self.people if p.active and p.verdict.units_ok)

    @property
    def met_role_rule(self) -> int:
        return sum(1 for p in self.people if p.active and p.verdict.role_rule_ok)

    @property
    def met_all(self) -> int:
        return sum(1 for p in self.people if p.active and p.verdict.ok)

    @property
    def counted_seconds(self) -> int:
        return sum(p.tally.counted_seconds for p in self.people if p.active)

    @property
    def average_seconds(self) -> int:
        """Average credit towards the 60 学时 per active officer (whole seconds, floored)."""
        return self.counted_seconds // self.officers if self.officers else 0


def _category_totals(ctx: AppContext, year: int) -> tuple[tuple[CategoryTotal, ...], int, int]:
    first, last = year_bounds(year)
    e, a = TrainingEvent, TrainingAttendance
    live = (e.deleted.is_(False), e.start_date.between(first, last))
    with ctx.db.read_session() as s:
        per_event = {
            cat: (int(n), int(conc or 0))
            for cat, n, conc in s.execute(
                select(
                    e.category, func.count(), func.sum(case((e.concentrated.is_(True), 1), else_=0))
                )
                .where(*live)
                .group_by(e.category)
            ).all()
        }
        per_attendance = {
            cat: (int(n), int(secs or 0))
            for cat, n, secs in s.execute(
                select(e.category, func.count(), func.sum(a.credited_seconds))
                .join(e, e.id == a.event_id)
                .where(a.deleted.is_(False), *live)
                .group_by(e.category)
            ).all()
        }
    totals = []
    for category in TrainingCategory:
        n, _ = per_event.get(category.value, (0, 0))
        people, secs = per_attendance.get(category.value, (0, 0))
        totals.append(CategoryTotal(category, n, people, secs))
    trainings = sum(n for n, _ in per_event.values())
    concentrated = sum(c for _, c in per_event.values())
    return tuple(totals), trainings, concentrated


def annual_report(
    ctx: AppContext, actor: Actor, year: int, today: date | None = None
) -> AnnualReport:
    """Everything the annual training report says, for `year`."""
    actor.require(Permission.VIEW_TRAINING)
    today = today or ctx.clock.today()
    town = setup.township(ctx)
    categories, trainings, concentrated = _category_totals(ctx, year)
    return AnnualReport(
        year=year,
        township=town.name if town else "",
        squad=town.squad_name if town else "",
        generated_on=today,
        people=tuple(training.year_progress(ctx, actor, year)),
        own=training.squad_own_trainings(ctx, actor, year),
        categories=categories,
        trainings=trainings,
        concentrated_trainings=concentrated,
        composition=staff_service.squad_composition(ctx),
        rotation=training.first_rotation_status(ctx, actor),
    )


# --- 学习活动台账 ---------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerTraining:
    """One line of the 学习活动台账: a training and who attended it."""

    event: training.EventInfo
    attendees: tuple[str, ...]


@dataclass(frozen=True)
class ActivityLedger:
    """学习活动台账 of one year."""

    year: int
    township: str
    squad: str
    generated_on: date
    trainings: tuple[LedgerTraining, ...]


def activity_ledger(
    ctx: AppContext, actor: Actor, year: int, today: date | None = None
) -> ActivityLedger:
    """The year's trainings with their attendees' names."""
    events = training.list_events(ctx, actor, year)
    first, last = year_bounds(year)
    names: dict[str, list[str]] = defaultdict(list)
    with ctx.db.read_session() as s:
        for event_id, name in s.execute(
            select(TrainingAttendance.event_id, StaffMember.name)
            .join(StaffMember, StaffMember.id == TrainingAttendance.staff_id)
            .join(TrainingEvent, TrainingEvent.id == TrainingAttendance.event_id)
            .where(
                TrainingAttendance.deleted.is_(False),
                TrainingEvent.deleted.is_(False),
                TrainingEvent.start_date.between(first, last),
            )
            .order_by(StaffMember.name)
        ):
            names[event_id].append(name)
    town = setup.township(ctx)
    return ActivityLedger(
        year,
        town.name if town else "",
        town.squad_name if town else "",
        today or ctx.clock.today(),
        tuple(LedgerTraining(e, tuple(names.get(e.id, ()))) for e in events),
    )


# --- 队伍管理台账 ---------------------------------------------------------------------------

ASSESSMENT_YEARS_SHOWN = 3  # the ledger shows the report year and the two before it


@dataclass(frozen=True)
class StaffLedgerRow:
    """One squad member in the 队伍管理台账."""

    staff: staff_service.StaffInfo
    eligible: bool  # may handle a case today
    ineligible_reasons: tuple[str, ...]
    alert: str  # certificate expiry alert label, "" when none
    counted_seconds: int | None  # sworn officers: 学时 of the year towards the 60
    assessments: dict[int, AssessmentResult]
    exit_years: tuple[int, ...] | None


@dataclass(frozen=True)
class StaffLedger:
    """队伍管理台账: the squad, certificates, 学时 and assessments."""

    year: int
    township: str
    squad: str
    generated_on: date
    rows: tuple[StaffLedgerRow, ...]
    composition: staff_service.SquadComposition

    @property
    def assessment_years(self) -> tuple[int, ...]:
        return tuple(range(self.year - ASSESSMENT_YEARS_SHOWN + 1, self.year + 1))


def staff_ledger(
    ctx: AppContext, actor: Actor, year: int, today: date | None = None
) -> StaffLedger:
    """The active squad with certificate status, handler eligibility, 学时 and assessments."""
    actor.require(Permission.VIEW_TRAINING)
    from app.rules.certificates import INELIGIBLE_LABELS

    today = today or ctx.clock.today()
    people = staff_service.list_staff(ctx)
    with ctx.db.dbapi_read() as con:
        tallies = training_reads.year_tallies(con, year)
    with ctx.db.read_session() as s:
        results: dict[str, dict[int, AssessmentResult]] = defaultdict(dict)
        for sid, y, result in s.execute(
            select(AnnualAssessment.staff_id, AnnualAssessment.year, AnnualAssessment.result).where(
                AnnualAssessment.deleted.is_(False)
            )
        ):
            results[sid][y] = AssessmentResult(result)
    rows = []
    for p in people:
        verdict = staff_service.eligibility(p, today)
        sworn = p.kind is StaffKind.SWORN
        level = (
            held_cert_alert_level(p.cert_number, p.cert_status, p.cert_expires_on, today)
            if sworn
            else None
        )
        tally = tallies.get(p.id)
        rows.append(
            StaffLedgerRow(
                p,
                verdict.ok,
                tuple(INELIGIBLE_LABELS[r] for r in verdict.reasons),
                CERT_ALERT_LABELS[level] if level else "",
                (tally.counted_seconds if tally else 0) if sworn else None,
                dict(results.get(p.id, {})),
                exit_flag(results.get(p.id, {})) if sworn else None,
            )
        )
    town = setup.township(ctx)
    return StaffLedger(
        year,
        town.name if town else "",
        town.squad_name if town else "",
        today,
        tuple(rows),
        staff_service.squad_composition(ctx),
    )


# --- xlsx writers --------------------------------------------------------------------------


def _units_number(seconds: int) -> float:
    """学时 for a spreadsheet cell: one decimal, rounded half-up like everywhere else."""
    return units_tenths_rounded(seconds) / 10


def _book() -> Workbook:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]
    return wb


def _table_sheet(
    wb: Workbook, title: str, heading: str, subheading: str, columns: list[tuple[str, int]]
) -> Worksheet:
    """A sheet with a title line, a sub-title line and a bold, frozen header row (row 3)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws: Worksheet = wb.create_sheet(title)
    ws.append([heading])
    ws.append([subheading])
    ws.append([name for name, _ in columns])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(1, len(columns)))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=max(1, len(columns)))
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, (_, width) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A4"
    return ws


def _number_format(ws: Worksheet, column: int, fmt: str) -> None:
    for (cell,) in ws.iter_rows(min_row=4, min_col=column, max_col=column):
        cell.number_format = fmt


def _save(wb: Workbook, path: Path) -> Path:
    """Write next to `path` under a temporary name, then move into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _shortfalls(p: training.PersonProgress) -> str:
    return "；".join(c.describe() for c in p.verdict.shortfalls)


def write_annual_report_xlsx(report: AnnualReport, path: Path) -> Path:
    """The annual training report as xlsx: 汇总, 人员学时, 分类统计, 本单位培训."""
    wb = _book()
    heading = f"{report.township}{report.year}年度行政执法人员培训情况"
    sub = f"{report.squad}　统计日期：{report.generated_on.isoformat()}"

    ws = _table_sheet(wb, "汇总", heading, sub, [("项目", 34), ("数值", 18), ("说明", 60)])
    own_text = "，".join(
        f"{OWN_TRAINING_LABELS[i.kind]} {i.count}/{i.required}" for i in report.own.items
    )
    rot = report.rotation
    comp = report.composition
    lines: list[tuple[str, object, str]] = [
        ("在编执法队员（在岗）", report.officers, ""),
        ("辅助执法人员（在岗）", comp.auxiliaries, ""),
        (
            "辅助执法人员不超过在编执法队员",
            YES if comp.within_limit else NO,
            f"辅助 {comp.auxiliaries} 人，在编 {comp.sworn} 人",
        ),
        ("全年培训次数", report.trainings, f"其中集中培训 {report.concentrated_trainings} 次"),
        (
            "人均学时（计入 60 学时部分）",
            _units_number(report.average_seconds),
            "公共法律知识、业务知识、执法技能",
        ),
        ("完成 60 学时人数", report.met_units, f"共 {report.officers} 人"),
        (
            "符合集中培训次数与天数要求人数",
            report.met_role_rule,
            "队负责人：上级≥1次、本单位≥2次、≥10天；队员：≥3次、≥5天",
        ),
        ("全部达标人数", report.met_all, ""),
        ("本单位组织培训", OK_MARK if report.own.ok else BAD_MARK, own_text),
        (
            "首轮全员轮训",
            "完成" if rot.complete else "未完成",
            (
                f"截止 {rot.deadline.isoformat()}：按期 {len(rot.on_time)} 人，"
                f"逾期 {len(rot.late)} 人，未参训 {len(rot.untrained)} 人"
            ),
        ),
    ]
    for line in lines:
        ws.append(list(line))
    for row in ws.iter_rows(min_row=4):
        if row[0].value == "人均学时（计入 60 学时部分）":
            row[1].number_format = "0.0"

    cols = [
        ("序号", 6),
        ("姓名", 10),
        ("职务", 10),
        ("在岗", 6),
        ("年度学时", 10),
        ("全部学时", 10),
        ("集中培训次数", 10),
        ("上级组织", 9),
        ("本单位组织", 10),
        ("集中培训天数", 10),
        ("60学时", 8),
        ("集中培训要求", 12),
        ("未达标项", 60),
    ]
    ws = _table_sheet(wb, "人员学时", heading + "（人员）", sub, cols)
    for i, p in enumerate(report.people, start=1):
        t = p.tally
        ws.append(
            [
                i,
                p.name,
                staff_service.POSITION_LABELS[p.position],
                YES if p.active else NO,
                _units_number(t.counted_seconds),
                _units_number(t.total_seconds),
                t.concentrated,
                t.superior_concentrated,
                t.own_unit_concentrated,
                t.concentrated_days_tenths / 10,
                OK_MARK if p.verdict.units_ok else BAD_MARK,
                OK_MARK if p.verdict.role_rule_ok else BAD_MARK,
                _shortfalls(p),
            ]
        )
    _number_format(ws, 5, "0.0")
    _number_format(ws, 6, "0.0")
    _number_format(ws, 10, "0.0")

    ws = _table_sheet(
        wb,
        "分类统计",
        heading + "（按类别）",
        sub,
        [
            ("培训类别", 16),
            ("培训次数", 10),
            ("参训人次", 10),
            ("学时合计", 12),
            ("计入60学时", 12),
        ],
    )
    for c in report.categories:
        counted = YES if c.category in COUNTED_CATEGORIES else NO
        ws.append(
            [
                CATEGORY_LABELS[c.category],
                c.trainings,
                c.attendances,
                _units_number(c.seconds),
                counted,
            ]
        )
    _number_format(ws, 4, "0.0")

    ws = _table_sheet(
        wb,
        "本单位培训",
        heading + "（本单位组织）",
        sub,
        [("要求", 16), ("应达", 8), ("实际", 8), ("是否达标", 10), ("培训名称", 80)],
    )
    for item in report.own.items:
        ws.append(
            [
                OWN_TRAINING_LABELS[item.kind],
                item.required,
                item.count,
                OK_MARK if item.ok else BAD_MARK,
                "；".join(item.titles),
            ]
        )
    return _save(wb, path)


def write_activity_ledger_xlsx(ledger: ActivityLedger, path: Path) -> Path:
    """学习活动台账 as xlsx: one line per training with its attendees."""
    wb = _book()
    cols = [
        ("序号", 6),
        ("开始日期", 12),
        ("结束日期", 12),
        ("培训名称", 36),
        ("组织层级", 9),
        ("培训类别", 13),
        ("培训形式", 9),
        ("集中培训", 9),
        ("天数", 7),
        ("学时", 7),
        ("参训人数", 9),
        ("参训人员", 60),
        ("备注", 24),
    ]
    ws = _table_sheet(
        wb,
        "学习活动台账",
        f"{ledger.township}{ledger.year}年度学习活动台账",
        f"{ledger.squad}　生成日期：{ledger.generated_on.isoformat()}",
        cols,
    )
    for i, item in enumerate(ledger.trainings, start=1):
        e = item.event
        ws.append(
            [
                i,
                e.start_date,
                e.end_date,
                e.title,
                ORGANISER_LABELS[e.organiser_level],
                CATEGORY_LABELS[e.category],
                MODE_LABELS[e.mode],
                YES if e.concentrated else NO,
                e.days_tenths / 10,
                _units_number(e.default_credit_seconds)
                if e.default_credit_seconds is not None
                else "按人计",
                len(item.attendees),
                "、".join(item.attendees),
                e.note or "",
            ]
        )
    _number_format(ws, 2, "yyyy-mm-dd")
    _number_format(ws, 3, "yyyy-mm-dd")
    _number_format(ws, 9, "0.0")
    _number_format(ws, 10, "0.0")
    return _save(wb, path)


def write_staff_ledger_xlsx(ledger: StaffLedger, path: Path) -> Path:
    """队伍管理台账 as xlsx: members, certificates, eligibility, 学时 and assessments."""
    wb = _book()
    years = ledger.assessment_years
    cols = [
        ("序号", 6),
        ("姓名", 10),
        ("性别", 6),
        ("人员类别", 13),
        ("职务", 9),
        ("联系电话", 14),
        ("执法证号", 18),
        ("发证机关", 20),
        ("有效期至", 12),
        ("证件状态", 12),
        ("到期提醒", 12),
        ("可否办案", 9),
        ("不可办案原因", 28),
        (f"{ledger.year}年学时", 10),
        *[(f"{y}年考核", 10) for y in years],
        ("退出预警", 24),
    ]
    comp = ledger.composition
    ws = _table_sheet(
        wb,
        "队伍管理台账",
        f"{ledger.township}综合行政执法队队伍管理台账",
        f"{ledger.squad}　在编 {comp.sworn} 人，辅助 {comp.auxiliaries} 人"
        f"（辅助不超过在编：{YES if comp.within_limit else NO}）　"
        f"生成日期：{ledger.generated_on.isoformat()}",
        cols,
    )
    for i, r in enumerate(ledger.rows, start=1):
        p = r.staff
        sworn = p.kind is StaffKind.SWORN
        ws.append(
            [
                i,
                p.name,
                p.gender or "",
                staff_service.KIND_LABELS[p.kind],
                staff_service.POSITION_LABELS[p.position],
                p.phone or "",
                p.cert_number or "",
                p.cert_issuer or "",
                p.cert_expires_on,
                staff_service.CERT_STATUS_LABELS[p.cert_status] if sworn and p.cert_number else "",
                r.alert,
                YES if r.eligible else NO,
                "；".join(r.ineligible_reasons),
                _units_number(r.counted_seconds) if r.counted_seconds is not None else "",
                *[ASSESSMENT_LABELS[r.assessments[y]] if y in r.assessments else "" for y in years],
                (
                    f"{'、'.join(str(y) for y in r.exit_years)}年连续不合格，应按程序退出执法队伍"
                    if r.exit_years
                    else ""
                ),
            ]
        )
    _number_format(ws, 9, "yyyy-mm-dd")
    _number_format(ws, 14, "0.0")
    return _save(wb, path)


def export_annual_report(ctx: AppContext, actor: Actor, year: int, path: Path) -> Path:
    """Compute the annual report and write it as xlsx."""
    return write_annual_report_xlsx(annual_report(ctx, actor, year), path)


# --- PDF forms (app.documents.training_pdf lays them out) ----------------------------------

CARD_ASSESSMENT_YEARS = 3  # the card shows the assessments of the card's year and two before


@dataclass(frozen=True)
class TrainingCard:
    """培训登记卡 (001) of one person for one year, as plain data."""

    year: int
    township: str
    squad: str
    generated_on: date
    staff: staff_service.StaffInfo
    trainings: tuple[training.PersonTraining, ...]
    tally: YearTally
    verdict: PersonVerdict | None  # None for auxiliaries: the yearly rules bind officers
    assessments: tuple[training.AssessmentInfo, ...]  # up to the card's year, oldest first
    exit_years: tuple[int, ...] | None  # consecutive 不合格 years that call for exit
    cert_alert: str  # certificate expiry alert label, "" when none


def training_card(
    ctx: AppContext, actor: Actor, staff_id: str, year: int, today: date | None = None
) -> TrainingCard:
    """Everything an officer's 培训登记卡 of `year` shows."""
    actor.require(Permission.VIEW_TRAINING)
    today = today or ctx.clock.today()
    person = staff_service.get_staff(ctx, staff_id)
    trainings = tuple(training.person_trainings(ctx, actor, staff_id, year))
    with ctx.db.dbapi_read() as con:
        tally = training_reads.year_tallies(con, year).get(staff_id) or YearTally()
    sworn = person.kind is StaffKind.SWORN
    verdict = check_year(person.position, tally) if sworn else None
    history = [
        a for a in training.list_assessments(ctx, actor, staff_id=staff_id) if a.year <= year
    ]
    results = {a.year: a.result for a in history}
    shown = tuple(a for a in history if a.year > year - CARD_ASSESSMENT_YEARS)
    level = (
        held_cert_alert_level(person.cert_number, person.cert_status, person.cert_expires_on, today)
        if sworn
        else None
    )
    town = setup.township(ctx)
    return TrainingCard(
        year=year,
        township=town.name if town else "",
        squad=town.squad_name if town else "",
        generated_on=today,
        staff=person,
        trainings=trainings,
        tally=tally,
        verdict=verdict,
        assessments=shown,
        exit_years=exit_flag(results) if sworn else None,
        cert_alert=CERT_ALERT_LABELS[level] if level else "",
    )


def training_card_pdf(
    ctx: AppContext, actor: Actor, staff_id: str, year: int, today: date | None = None
) -> bytes:
    """An officer's 培训登记卡 of `year` as PDF bytes (several pages when the year is long)."""
    from app.documents.training_pdf import render_training_card

    return render_training_card(training_card(ctx, actor, staff_id, year, today))


def annual_report_pdf(report: AnnualReport) -> bytes:
    """The annual training report to the county as PDF bytes."""
    from app.documents.training_pdf import render_annual_report

    return render_annual_report(report)


def write_bytes_atomically(data: bytes, path: Path) -> Path:
    """Write `data` next to `path` under a temporary name, then move it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem, suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_annual_report_pdf(report: AnnualReport, path: Path) -> Path:
    """The annual training report as a PDF file (written atomically)."""
    return write_bytes_atomically(annual_report_pdf(report), path)
