"""County reports across townships, derived from the rows the townships pushed
(`received_row.payload`, field names of local_db.models*), with the desktop's rules:

- 乡镇一览: townships, devices, last sync, pending problems (audit-chain breaks, conflicts);
- 培训达标: per sworn officer the year's 学时 and the leader/member rule
  (app.rules.training.check_year), per township 达标/未达标;
- 案件统计: cases of a year (of discovery, as the desktop's statistics) by procedure, status
  and month, fines;
- 装备缺口: holdings against the equipment standard (app.services.equipment_reports
  .compliance_of, the desktop's maths) per township.

Every report is a `Report` of `Table`s; the HTML page and the xlsx export both render these
same tables, so the export is exactly what the page shows. No web or Qt code here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from io import BytesIO
from typing import Any

from sqlalchemy import Numeric, case, func, select
from sqlalchemy.orm import Session

from app.rules.certificates import StaffKind, StaffPosition
from app.rules.equipment import HELD_STATUSES, EquipmentStandard, Headcount, parse_standard
from app.rules.roles import Role, parse_roles
from app.rules.training import (
    ANNUAL_REQUIRED_SECONDS,
    AttendedTraining,
    YearTally,
    check_year,
    format_units,
    tally_year,
    year_bounds,
)
from app.rules.workflow import STATUS_LABELS, Procedure, Status
from county.db import (
    AppliedBatch,
    AuditState,
    CountyReference,
    Device,
    ReceivedConflict,
    ReceivedRow,
    Township,
)

CHINA_TZ = timezone(timedelta(hours=8))  # no DST: no tzdata needed
PROCEDURE_LABELS: dict[Procedure, str] = {
    Procedure.SUMMARY: "简易程序",
    Procedure.GENERAL: "一般程序",
}
POSITION_LABELS: dict[StaffPosition, str] = {
    StaffPosition.LEADER: "队负责人",
    StaffPosition.MEMBER: "队员",
}
TOTAL = "合计"
MAX_PROBLEMS = 500  # conflicts listed on the overview (newest first)


@dataclass(frozen=True)
class Money:
    """An amount in fen: shown as yuan with two decimals, exported as a number."""

    fen: int

    def __str__(self) -> str:
        sign = "-" if self.fen < 0 else ""
        yuan, fen = divmod(abs(self.fen), 100)
        return f"{sign}{yuan:,}.{fen:02d}"


Cell = str | int | Money


@dataclass(frozen=True)
class Table:
    """One table of a report: `key` names the xlsx sheet and the HTML id."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total_row: bool = False  # the last row is a 合计 row


@dataclass(frozen=True)
class Report:
    """A report page: a title, notes and its tables."""

    key: str
    title: str
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)


def cell_text(value: Cell) -> str:
    """How a cell reads on the page (and in the xlsx, as text)."""
    return str(value)


def _fmt_time(at: datetime | None) -> str:
    if at is None:
        return "—"
    return at.astimezone(CHINA_TZ).strftime("%Y-%m-%d %H:%M")


def this_year(now: datetime | None = None) -> int:
    """The current year in China."""
    return (now or datetime.now(CHINA_TZ)).astimezone(CHINA_TZ).year


# --- loading pushed rows ---------------------------------------------------------------------


@dataclass(frozen=True)
class TownshipRef:
    """A township whose township_id is bound (it has enrolled a device)."""

    township_id: str
    code: str
    name: str


def enrolled_townships(s: Session) -> list[TownshipRef]:
    """Townships bound to a store, by code."""
    return [
        TownshipRef(tid, code, name)
        for tid, code, name in s.execute(
            select(Township.township_id, Township.code, Township.name)
            .where(Township.township_id.is_not(None))
            .order_by(Township.code)
        )
    ]


def _payloads(
    s: Session, entity: str, fields: Sequence[str], township_ids: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """Per township id: the live (not deleted) rows of `entity`, only `fields` of each payload
    (selected inside PostgreSQL, not whole payloads)."""
    ids = list(township_ids)
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if not ids:
        return out
    cols = [ReceivedRow.payload[f].label(f"f{i}") for i, f in enumerate(fields)]
    stmt = select(ReceivedRow.township_id, *cols).where(
        ReceivedRow.entity == entity,
        ReceivedRow.deleted.is_(False),
        ReceivedRow.township_id.in_(ids),
    )
    for tid, *values in s.execute(stmt):
        out[tid].append(dict(zip(fields, values, strict=True)))
    return out


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


# --- 乡镇一览 ----------------------------------------------------------------------------------


def overview(s: Session) -> Report:
    """Townships, their devices and last syncs, and what needs looking at."""
    towns = s.execute(select(Township).order_by(Township.code)).scalars().all()
    devices = s.execute(select(Device).order_by(Device.enrolled_at)).scalars().all()
    by_town: dict[int, list[Device]] = defaultdict(list)
    for d in devices:
        by_town[d.township_pk].append(d)
    last_push = dict(
        s.execute(
            select(AppliedBatch.device_id, func.max(AppliedBatch.applied_at)).group_by(
                AppliedBatch.device_id
            )
        ).all()
    )
    batches = dict(
        s.execute(
            select(AppliedBatch.device_id, func.count()).group_by(AppliedBatch.device_id)
        ).all()
    )
    held = dict(
        s.execute(
            select(ReceivedRow.township_id, func.count()).group_by(ReceivedRow.township_id)
        ).all()
    )
    conflicts = dict(
        s.execute(
            select(ReceivedConflict.township_id, func.count()).group_by(
                ReceivedConflict.township_id
            )
        ).all()
    )
    states = s.execute(select(AuditState)).scalars().all()
    broken: dict[str, list[AuditState]] = defaultdict(list)
    for st in states:
        if not st.ok:
            broken[st.township_id].append(st)
    device_names = {d.id: d.name for d in devices}

    town_rows: list[tuple[Cell, ...]] = []
    for t in towns:
        devs = [d for d in by_town[t.pk] if not d.revoked]
        pushes = [last_push[d.id] for d in by_town[t.pk] if d.id in last_push]
        tid = t.township_id or ""
        if not tid:
            audit = "未登记"
        elif broken.get(tid):
            audit = f"断裂（{len(broken[tid])} 台设备）"
        else:
            audit = "正常"
        town_rows.append(
            (
                t.name,
                t.code,
                len(devs),
                _fmt_time(max(pushes) if pushes else None),
                int(held.get(tid, 0)) if tid else 0,
                int(conflicts.get(tid, 0)) if tid else 0,
                audit,
            )
        )
    names = {t.pk: t.name for t in towns}
    device_rows: list[tuple[Cell, ...]] = [
        (
            names.get(d.township_pk, ""),
            d.name,
            _fmt_time(d.enrolled_at),
            _fmt_time(d.last_seen_at),
            _fmt_time(last_push.get(d.id)),
            int(batches.get(d.id, 0)),
            "已停用" if d.revoked else "正常",
        )
        for d in sorted(devices, key=lambda d: (names.get(d.township_pk, ""), d.enrolled_at, d.id))
    ]
    tid_names = {t.township_id: t.name for t in towns if t.township_id}
    problems: list[tuple[Cell, ...]] = []
    for tid in sorted(broken, key=lambda x: tid_names.get(x, x)):
        for st in sorted(broken[tid], key=lambda x: x.device_id):
            problems.append(
                (
                    tid_names.get(tid, tid),
                    device_names.get(st.device_id, st.device_id),
                    "审计链断裂",
                    st.reason or f"第 {st.bad_seq} 条",
                    _fmt_time(st.checked_at),
                )
            )
    for c in s.execute(
        select(ReceivedConflict)
        .order_by(ReceivedConflict.at.desc(), ReceivedConflict.id.desc())
        .limit(MAX_PROBLEMS)
    ).scalars():
        problems.append(
            (
                tid_names.get(c.township_id, c.township_id),
                device_names.get(c.losing_device, c.losing_device),
                "同步冲突",
                (
                    f"{c.entity} {c.row_id}：第 {c.losing_version} 版未采用，"
                    f"县局保留第 {c.winner_version} 版"
                    f"（{device_names.get(c.winner_device, c.winner_device)}）"
                ),
                _fmt_time(c.at),
            )
        )
    notes = (
        "被县局拒收的批次（格式错误、越权）不入库，由上传的设备记录并在本机显示。",
        f"同步冲突最多列出最近 {MAX_PROBLEMS} 条。",
    )
    return Report(
        "overview",
        "乡镇一览",
        (
            Table(
                "townships",
                "乡镇",
                ("乡镇", "代码", "在用设备", "最后上传", "县局保存记录", "同步冲突", "审计链"),
                tuple(town_rows),
            ),
            Table(
                "devices",
                "设备",
                ("乡镇", "设备", "登记时间", "最后连接", "最后上传", "上传批次", "状态"),
                tuple(device_rows),
            ),
            Table(
                "problems", "待处理问题", ("乡镇", "设备", "类型", "说明", "时间"), tuple(problems)
            ),
        ),
        notes,
    )


# --- 培训达标 ----------------------------------------------------------------------------------


def _tallies(
    events: list[dict[str, Any]], attendances: list[dict[str, Any]], year: int
) -> dict[str, YearTally]:
    """Per staff id: what they attended in `year`, by the desktop's own rule
    (app.rules.training.tally_year) over the pushed rows; trainings count in the year of their
    start date."""
    first, last = year_bounds(year)
    by_id = {e["id"]: e for e in events}

    def attended() -> Iterator[AttendedTraining]:
        for a in attendances:
            e = by_id.get(a["event_id"])
            start = _day(e["start_date"]) if e else None
            if e is None or start is None or not first <= start <= last:
                continue
            yield AttendedTraining(
                a["staff_id"], _int(a["credited_seconds"]), str(e["category"]),
                e["concentrated"] is True, str(e["organiser_level"]), _int(e["days_tenths"]),
            )

    return tally_year(attended())


@dataclass(frozen=True)
class OfficerLine:
    """One sworn officer's year (the figures behind a row of the 培训达标 table)."""

    township: str
    staff_id: str
    name: str
    position: StaffPosition
    active: bool
    tally: YearTally

    @property
    def verdict(self) -> Any:
        return check_year(self.position, self.tally)


def officer_lines(s: Session, year: int) -> list[OfficerLine]:
    """Sworn officers per township: active ones and those who left but trained that year
    (app.services.training.year_progress), leaders first, then by name."""
    towns = enrolled_townships(s)
    ids = [t.township_id for t in towns]
    staff = _payloads(s, "staff_member", ("id", "name", "kind", "position", "active"), ids)
    events = _payloads(
        s,
        "training_event",
        ("id", "category", "organiser_level", "concentrated", "days_tenths", "start_date"),
        ids,
    )
    att = _payloads(s, "training_attendance", ("event_id", "staff_id", "credited_seconds"), ids)
    out: list[OfficerLine] = []
    for t in towns:
        tallies = _tallies(events[t.township_id], att[t.township_id], year)
        people = sorted(
            (p for p in staff[t.township_id] if p["kind"] == StaffKind.SWORN.value),
            key=lambda p: (str(p["position"]), str(p["name"]), str(p["id"])),
        )
        for p in people:
            tally = tallies.get(p["id"])
            if p["active"] is not True and tally is None:
                continue
            out.append(
                OfficerLine(
                    t.name,
                    p["id"],
                    str(p["name"]),
                    StaffPosition(p["position"]),
                    p["active"] is True,
                    tally or YearTally(),
                )
            )
    return out


def training(s: Session, year: int) -> Report:
    """The training-compliance tables across townships for `year`."""
    lines = officer_lines(s, year)
    rows: list[tuple[Cell, ...]] = []
    summary: dict[str, list[int]] = {t.name: [0, 0, 0, 0, 0] for t in enrolled_townships(s)}
    for line in lines:
        v = line.verdict
        rows.append(
            (
                line.township,
                line.name,
                POSITION_LABELS[line.position],
                "在职" if line.active else "已离队",
                format_units(line.tally.counted_seconds),
                format_units(ANNUAL_REQUIRED_SECONDS),
                "是" if v.units_ok else "否",
                "是" if v.role_rule_ok else "否",
                "；".join(c.describe() for c in v.shortfalls),
                "达标" if v.ok else "未达标",
            )
        )
        sm = summary.setdefault(line.township, [0, 0, 0, 0, 0])
        sm[0] += 1
        sm[1 if v.ok else 2] += 1
        sm[3] += 0 if v.units_ok else 1
        sm[4] += 0 if v.role_rule_ok else 1

    def rate(ok: int, n: int) -> str:
        return f"{ok * 100 / n:.1f}%" if n else "—"

    sum_rows: list[tuple[Cell, ...]] = [
        (name, n, ok, bad, units_bad, role_bad, rate(ok, n))
        for name, (n, ok, bad, units_bad, role_bad) in summary.items()
    ]
    tot = [sum(v[i] for v in summary.values()) for i in range(5)]
    sum_rows.append((TOTAL, *tot, rate(tot[1], tot[0])))
    return Report(
        "training",
        f"培训达标（{year} 年）",
        (
            Table(
                "summary",
                "各乡镇汇总",
                ("乡镇", "执法队员", "达标", "未达标", "学时未达标", "角色规则未达标", "达标率"),
                tuple(sum_rows),
                total_row=True,
            ),
            Table(
                "officers",
                "执法队员明细",
                (
                    "乡镇",
                    "姓名",
                    "职务",
                    "状态",
                    "年度学时",
                    "应达学时",
                    "学时达标",
                    "角色规则达标",
                    "未达标项",
                    "结论",
                ),
                tuple(rows),
            ),
        ),
        (
            "学时只计公共法律知识、业务知识、执法技能三类；培训按开始日期计入年度（与乡镇工作台相同的规则）。",
            (
                "队负责人：上级组织集中培训 ≥ 1 次、本单位集中培训 ≥ 2 次、集中培训 ≥ 10 天；"
                "队员：集中培训 ≥ 3 次、≥ 5 天。"
            ),
        ),
    )


# --- 案件统计 ----------------------------------------------------------------------------------


@dataclass
class CaseFigures:
    """One township's cases of a year."""

    total: int = 0
    by_procedure: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    by_month: Counter[int] = field(default_factory=Counter)
    fines_fen: int = 0
    paid_fen: int = 0


def _json_int(key: str) -> Any:
    """payload->key as a bigint inside PostgreSQL (0 when absent or not a number)."""
    value = ReceivedRow.payload[key]
    return case(
        (func.jsonb_typeof(value) == "number", ReceivedRow.payload[key].astext.cast(Numeric)),
        else_=0,
    )


def case_figures(s: Session, year: int) -> dict[str, CaseFigures]:
    """Per township name: cases discovered in `year` (app.services.case_search.statistics),
    aggregated inside PostgreSQL (a township has tens of thousands of cases a year)."""
    towns = enrolled_townships(s)
    first, last = year_bounds(year)
    discovered = ReceivedRow.payload["discovered_on"].astext
    month = func.substr(discovered, 6, 2)
    procedure = ReceivedRow.payload["procedure"].astext
    status = ReceivedRow.payload["status"].astext
    rows = s.execute(
        select(
            ReceivedRow.township_id,
            procedure,
            status,
            month,
            func.count(),
            func.sum(_json_int("fine_fen")),
            func.sum(_json_int("paid_fen")),
        )
        .where(
            ReceivedRow.entity == "enforcement_case",
            ReceivedRow.deleted.is_(False),
            ReceivedRow.township_id.in_([t.township_id for t in towns]),
            func.substr(discovered, 1, 10).between(first.isoformat(), last.isoformat()),
        )
        .group_by(ReceivedRow.township_id, procedure, status, month)
    ).all()
    out = {t.name: CaseFigures() for t in towns}
    name_of = {t.township_id: t.name for t in towns}
    for tid, proc, st, mon, n, fines, paid in rows:
        fig = out[name_of[tid]]
        fig.total += n
        fig.by_procedure[str(proc)] += n
        fig.by_status[str(st)] += n
        if mon and str(mon).isdigit():
            fig.by_month[int(mon)] += n
        fig.fines_fen += int(fines or 0)
        fig.paid_fen += int(paid or 0)
    return out


def cases(s: Session, year: int) -> Report:
    """Case statistics across townships for `year` (year of discovery)."""
    figs = case_figures(s, year)
    procs = list(Procedure)
    summary: list[tuple[Cell, ...]] = [
        (
            name,
            f.total,
            *(f.by_procedure.get(p.value, 0) for p in procs),
            Money(f.fines_fen),
            Money(f.paid_fen),
        )
        for name, f in figs.items()
    ]
    summary.append(
        (
            TOTAL,
            sum(f.total for f in figs.values()),
            *(sum(f.by_procedure.get(p.value, 0) for f in figs.values()) for p in procs),
            Money(sum(f.fines_fen for f in figs.values())),
            Money(sum(f.paid_fen for f in figs.values())),
        )
    )
    known = [st.value for st in Status]
    seen = {k for f in figs.values() for k in f.by_status}
    statuses = [k for k in known if k in seen] + sorted(seen - set(known))
    status_label = {st.value: STATUS_LABELS[st] for st in Status}
    status_rows: list[tuple[Cell, ...]] = [
        (name, *(f.by_status.get(k, 0) for k in statuses), f.total) for name, f in figs.items()
    ]
    status_rows.append(
        (
            TOTAL,
            *(sum(f.by_status.get(k, 0) for f in figs.values()) for k in statuses),
            sum(f.total for f in figs.values()),
        )
    )
    month_rows: list[tuple[Cell, ...]] = [
        (name, *(f.by_month.get(m, 0) for m in range(1, 13)), f.total) for name, f in figs.items()
    ]
    month_rows.append(
        (
            TOTAL,
            *(sum(f.by_month.get(m, 0) for f in figs.values()) for m in range(1, 13)),
            sum(f.total for f in figs.values()),
        )
    )
    return Report(
        "cases",
        f"案件统计（{year} 年）",
        (
            Table(
                "summary",
                "案件与罚款",
                (
                    "乡镇",
                    "案件数",
                    *(PROCEDURE_LABELS[p] for p in procs),
                    "罚款合计（元）",
                    "已缴（元）",
                ),
                tuple(summary),
                total_row=True,
            ),
            Table(
                "by_status",
                "按状态",
                ("乡镇", *(status_label.get(k, k) for k in statuses), TOTAL),
                tuple(status_rows),
                total_row=True,
            ),
            Table(
                "by_month",
                "按月份（发现日期）",
                ("乡镇", *(f"{m}月" for m in range(1, 13)), TOTAL),
                tuple(month_rows),
                total_row=True,
            ),
        ),
        ("按案件发现日期计入年度；罚款合计为已决定的罚款金额（与乡镇工作台的案件统计相同）。",),
    )


# --- 装备缺口 ----------------------------------------------------------------------------------


def county_standard(s: Session) -> EquipmentStandard:
    """The equipment standard the county published (ref:equipment_standard), else the one
    shipped in resources/."""
    doc = s.scalar(
        select(CountyReference.payload).where(CountyReference.entity == "ref:equipment_standard")
    )
    if doc:
        try:
            return parse_standard(doc)
        except ValueError:
            pass
    from app.services.equipment import shipped_standard_cached

    return shipped_standard_cached()


def headcount_of(
    staff: list[dict[str, Any]], users: list[dict[str, Any]], offices: int = 1
) -> Headcount:
    """app.services.equipment_reports.headcount over pushed rows: active sworn officers,
    active auxiliaries, auxiliary leaders, clerks not in the staff register."""
    people = [p for p in staff if p["active"] is True]
    linked = {p["user_id"] for p in people if p["user_id"]}
    clerks = sum(
        1
        for u in users
        if u["active"] is True
        and Role.CLERK in parse_roles(str(u["roles"] or ""))
        and u["id"] not in linked
    )
    return Headcount(
        officers=sum(1 for p in people if p["kind"] == StaffKind.SWORN.value),
        clerks=clerks,
        auxiliaries=sum(1 for p in people if p["kind"] == StaffKind.AUXILIARY.value),
        aux_leaders=sum(
            1
            for p in people
            if p["kind"] == StaffKind.AUXILIARY.value
            and p["position"] == StaffPosition.LEADER.value
        ),
        offices=offices,
    )


def holdings_of(items: list[dict[str, Any]]) -> dict[str, int]:
    """app.services.equipment_reports.holdings_by_category over pushed rows."""
    held_codes = {st.value for st in HELD_STATUSES}
    out: Counter[str] = Counter()
    for i in items:
        if i["status"] in held_codes:
            out[str(i["category"])] += _int(i["quantity"]) if i["consumable"] is True else 1
    return dict(out)


def equipment(s: Session) -> Report:
    """Equipment gaps per township against the county standard (the desktop's maths)."""
    from app.services.equipment_reports import compliance_of

    std = county_standard(s)
    towns = enrolled_townships(s)
    ids = [t.township_id for t in towns]
    staff = _payloads(s, "staff_member", ("kind", "position", "active", "user_id"), ids)
    users = _payloads(s, "user_account", ("id", "roles", "active"), ids)
    items = _payloads(s, "equipment_item", ("category", "status", "quantity", "consumable"), ids)
    summary: list[tuple[Cell, ...]] = []
    gaps: list[tuple[Cell, ...]] = []
    for t in towns:
        heads = headcount_of(staff[t.township_id], users[t.township_id])
        rep = compliance_of(std, heads, holdings_of(items[t.township_id]))
        summary.append(
            (
                t.name,
                heads.officers,
                heads.auxiliaries,
                heads.clerks,
                len(rep.lines) - len(rep.gaps),
                len(rep.gaps),
                sum(g.shortfall for g in rep.gaps),
            )
        )
        gaps += [(t.name, g.name, g.rule_text, g.required, g.held, g.shortfall) for g in rep.gaps]
    return Report(
        "equipment",
        "装备缺口",
        (
            Table(
                "summary",
                "各乡镇汇总",
                ("乡镇", "执法队员", "辅助执法人员", "内勤", "达标类别", "缺口类别", "缺口件数"),
                tuple(summary),
            ),
            Table(
                "gaps",
                "缺口明细",
                ("乡镇", "类别", "配备标准", "应配", "实有", "缺口"),
                tuple(gaps),
            ),
        ),
        (
            f"配备标准：{std.issued_by} {std.version} 版。",
            "在库、领用、维修中的装备计入实有；报废、遗失不计。办公室按 1 间计。",
        ),
    )


# --- xlsx --------------------------------------------------------------------------------------


def to_xlsx(report: Report) -> bytes:
    """The report's tables, one sheet each (title row, header row, the rows as shown)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for table in report.tables:
        ws = wb.create_sheet(table.title[:31])
        ws.append([f"{report.title} — {table.title}"])
        ws.cell(1, 1).font = bold
        ws.append(list(table.columns))
        for c in range(1, len(table.columns) + 1):
            ws.cell(2, c).font = bold
        for row in table.rows:
            ws.append([v.fen / 100 if isinstance(v, Money) else v for v in row])
            for c, v in enumerate(row, start=1):
                if isinstance(v, Money):
                    ws.cell(ws.max_row, c).number_format = "#,##0.00"
        for c, name in enumerate(table.columns, start=1):
            width = max([len(name)] + [len(cell_text(r[c - 1])) for r in table.rows]) * 2 + 2
            ws.column_dimensions[ws.cell(2, c).column_letter].width = min(width, 60)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


REPORTS = ("overview", "training", "cases", "equipment")


def build(s: Session, name: str, year: int) -> Report:
    """A report by name (see REPORTS)."""
    if name == "overview":
        return overview(s)
    if name == "training":
        return training(s, year)
    if name == "cases":
        return cases(s, year)
    if name == "equipment":
        return equipment(s)
    raise KeyError(name)
