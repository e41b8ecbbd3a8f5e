"""Training PDFs on the shared page template: the officer's 培训登记卡 (001) and the township's
annual training report to the county (001: reported before the end of November).

Both are laid out from the plain data of app.services.training_reports (`TrainingCard`,
`AnnualReport`); the numbers they print come from app.rules.training, formatted the same way
as on screen and in the xlsx (学时 with one decimal, rounded half-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
)

from app.documents.layout import (
    DocumentSpec,
    SignatureBlock,
    body,
    body_flush,
    chinese_date,
    form_table,
    render_pdf,
    sign_cell,
    small,
)
from app.documents.report_tables import Column, Heading, grid, heading, info_line, iso
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.training import (
    ANNUAL_REQUIRED_UNITS,
    ASSESSMENT_LABELS,
    CATEGORY_LABELS,
    COUNTED_CATEGORIES,
    LEADER_MIN_DAYS,
    LEADER_MIN_OWN_UNIT_CONCENTRATED,
    LEADER_MIN_SUPERIOR_CONCENTRATED,
    MEMBER_MIN_CONCENTRATED,
    MEMBER_MIN_DAYS,
    MODE_LABELS,
    ORGANISER_LABELS,
    OWN_TRAINING_LABELS,
    REQUIREMENT_LABELS,
    AssessmentResult,
    Requirement,
    RuleCheck,
    format_days,
    format_units,
)

if TYPE_CHECKING:
    from app.services.training import PersonProgress, PersonTraining
    from app.services.training_reports import AnnualReport, TrainingCard

OK_MARK, BAD_MARK = "达标", "未达标"
CARD_TITLE = "执法人员培训登记卡"
REPORT_TITLE_SUFFIX = "年度培训情况报告"
COUNTY_RECIPIENT = "县综合行政执法局"
UNITS_SCOPE = "公共法律知识、业务知识、执法技能"


def _position_label(position: StaffPosition) -> str:
    from app.services.staff import POSITION_LABELS

    return POSITION_LABELS[position]


def _rule_summary(position: StaffPosition) -> str:
    """The yearly requirement of a leader or a member in words (003, 001)."""
    if position is StaffPosition.LEADER:
        return (
            f"队负责人：年度学时不少于{ANNUAL_REQUIRED_UNITS}学时；参加上级组织集中培训不少于"
            f"{LEADER_MIN_SUPERIOR_CONCENTRATED}次、本单位组织集中培训不少于"
            f"{LEADER_MIN_OWN_UNIT_CONCENTRATED}次，集中培训累计不少于{LEADER_MIN_DAYS}天。"
        )
    return (
        f"队员：年度学时不少于{ANNUAL_REQUIRED_UNITS}学时；参加集中培训不少于"
        f"{MEMBER_MIN_CONCENTRATED}次，集中培训累计不少于{MEMBER_MIN_DAYS}天。"
    )


def _figure(check: RuleCheck, value: int) -> str:
    if check.requirement is Requirement.ANNUAL_UNITS:
        return f"{format_units(value)} 学时"
    if check.requirement is Requirement.CONCENTRATED_DAYS:
        return f"{format_days(value)} 天"
    return f"{value} 次"


def _verdict_text(check: RuleCheck) -> str:
    if check.ok:
        return OK_MARK
    return f"{BAD_MARK}（差 {_figure(check, check.shortfall)}）".replace(" 学时）", "学时）")


# --- 培训登记卡 --------------------------------------------------------------------------------


def _date_span(t: PersonTraining) -> str:
    e = t.event
    start = f"{e.start_date:%m-%d}"
    if e.end_date != e.start_date:
        return f"{start}至{e.end_date:%m-%d}"
    return start


def _card_header(card: TrainingCard) -> list[Flowable]:
    from app.services.staff import CERT_STATUS_LABELS, KIND_LABELS

    p = card.staff
    sworn = p.kind is StaffKind.SWORN
    status = CERT_STATUS_LABELS[p.cert_status] if sworn and p.cert_number else "—"
    if card.cert_alert:
        status += f"（{card.cert_alert}）"
    rows = [
        ["姓名", p.name, "性别", p.gender or ""],
        ["人员类别", KIND_LABELS[p.kind], "职务", _position_label(p.position)],
        ["执法证号", p.cert_number or "—", "证件状态", status],
        ["发证机关", p.cert_issuer or "—", "有效期至", iso(p.cert_expires_on) or "—"],
    ]
    return [
        info_line(f"单位：{card.squad}", f"年度：{card.year}年"),
        form_table(rows, [24, 54, 24, 54], label_cols=(0, 2)),
    ]


def _card_trainings(card: TrainingCard) -> list[Flowable]:
    cols = [
        Column("序号", 8),
        Column("日期", 19),
        Column("培训名称", 47, "LEFT"),
        Column("组织单位", 13),
        Column("培训类别", 19),
        Column("培训形式", 13),
        Column("集中培训", 10),
        Column("学时", 11),
        Column("天数", 10),
    ]
    rows: list[list[str]] = []
    days_total = 0
    for i, t in enumerate(card.trainings, start=1):
        e = t.event
        days_total += e.days_tenths
        rows.append(
            [
                str(i),
                _date_span(t),
                e.title,
                ORGANISER_LABELS[e.organiser_level],
                CATEGORY_LABELS[e.category],
                MODE_LABELS[e.mode],
                "是" if e.concentrated else "否",
                format_units(t.credited_seconds),
                format_days(e.days_tenths) if e.days_tenths else "—",
            ]
        )
    spans = []
    totals = []
    if rows:
        tally = card.tally
        r = len(rows)
        rows.append(
            [
                "合计",
                "",
                f"共 {tally.trainings} 次，其中集中培训 {tally.concentrated} 次",
                "",
                "",
                "",
                "",
                format_units(tally.total_seconds),
                format_days(days_total),
            ]
        )
        spans = [((0, r), (1, r)), ((2, r), (6, r))]
        totals = [r]
    table = grid(cols, rows, spans=spans, total_rows=totals, empty_text="本年度无培训记录")
    return [*heading("一、培训记录"), table]


def _card_verdicts(card: TrainingCard) -> list[Flowable]:
    title = "二、年度学时与集中培训要求"
    if card.verdict is None:
        return [
            *heading(title),
            body_flush("辅助执法人员不适用执法队员年度学时和集中培训要求，培训情况仅作登记。"),
        ]
    cols = [Column("项目", 46, "LEFT"), Column("要求", 28), Column("实际", 28), Column("结论", 42)]
    rows: list[list[str]] = []
    short: list[int] = []
    for check in card.verdict.checks:
        label = REQUIREMENT_LABELS[check.requirement]
        if check.requirement is Requirement.ANNUAL_UNITS:
            label += f"（{UNITS_SCOPE}）"
        if not check.ok:
            short.append(len(rows))
        rows.append(
            [
                label,
                f"≥ {_figure(check, check.required)}",
                _figure(check, check.actual),
                _verdict_text(check),
            ]
        )
    rows.append(
        [
            "全部学时（含政治理论、道德文明、体能等，仅作登记）",
            "—",
            f"{format_units(card.tally.total_seconds)} 学时",
            "—",
        ]
    )
    verdict = card.verdict
    overall = (
        "全部达标"
        if verdict.ok
        else "未达标：" + "；".join(c.describe() for c in verdict.shortfalls)
    )
    last = len(rows)
    rows.append(["年度结论", overall, "", ""])
    table = grid(
        cols,
        rows,
        short_rows=short + ([] if verdict.ok else [last]),
        total_rows=[last] if verdict.ok else [],
        spans=[((1, last), (3, last))],
    )
    # a short table: heading, table and note stay on one page
    return [
        KeepTogether(
            [Heading(title), table, Spacer(1, 1.5 * mm), small(_rule_summary(card.staff.position))]
        )
    ]


def _card_assessments(card: TrainingCard) -> list[Flowable]:
    cols = [Column("考核年度", 24), Column("考核结果", 28), Column("备注", 104, "LEFT")]
    rows = [[f"{a.year}年", ASSESSMENT_LABELS[a.result], a.note or ""] for a in card.assessments]
    short = [i for i, a in enumerate(card.assessments) if a.result is AssessmentResult.FAIL]
    out: list[Flowable] = [
        Heading("三、年度考核"),
        grid(cols, rows, short_rows=short, empty_text="暂无考核记录"),
    ]
    if card.exit_years:
        years = "、".join(str(y) for y in card.exit_years)
        out.append(body_flush(f"提示：{years}年度考核连续不合格，应按程序退出执法队伍。"))
    return [KeepTogether(out)]


def _card_signatures(card: TrainingCard) -> Flowable:
    rows: list[list[Any]] = [
        ["本人签字", sign_cell("本人确认以上培训记录属实。"), "填卡人", sign_cell()],
        ["队负责人\n审核意见", sign_cell(blank_lines=2), None, None],
    ]
    return form_table(rows, [22, 56, 22, 56], label_cols=(0, 2), spans=[((1, 1), (3, 1))])


def card_body(card: TrainingCard) -> list[Flowable]:
    """The flowables of a 培训登记卡 (between the title and the footer)."""
    return [
        *_card_header(card),
        *_card_trainings(card),
        *_card_verdicts(card),
        *_card_assessments(card),
        Spacer(1, 3 * mm),
        KeepTogether([Heading("四、签字确认"), _card_signatures(card)]),
        Spacer(1, 2 * mm),
        small(
            f"填卡日期：{chinese_date(card.generated_on)}。本卡由执法队按人建立，逐年登记，随个人培训档案保存。"
        ),
    ]


def render_training_card(card: TrainingCard) -> bytes:
    """PDF bytes of an officer's 培训登记卡 (deterministic for the same data)."""
    spec = DocumentSpec(
        title=CARD_TITLE,
        authority=card.squad or None,
        subject=f"{card.staff.name} {card.year}年度培训登记卡",
    )
    return render_pdf(spec, card_body(card))


# --- 年度培训情况报告 --------------------------------------------------------------------------


def report_title(report: AnnualReport) -> str:
    """《XX镇综合行政执法队YYYY年度培训情况报告》 without the brackets."""
    return f"{report.squad}{report.year}{REPORT_TITLE_SUFFIX}"


def _percent(part: int, whole: int) -> str:
    if not whole:
        return "—"
    tenths = (part * 1000 + whole // 2) // whole
    return f"{tenths // 10}.{tenths % 10}%"


def _short_names(people: tuple[PersonProgress, ...]) -> str:
    names = [p.name for p in people if p.active and not p.verdict.ok]
    return "、".join(names)


def _signer(report: AnnualReport) -> str:
    return report.squad or report.township or "综合行政执法队"


def _report_text(report: AnnualReport) -> list[Flowable]:
    comp = report.composition
    n = report.officers
    own = report.own
    rot = report.rotation
    out: list[Flowable] = [
        body_flush(f"{COUNTY_RECIPIENT}："),
        body(
            f"根据全年执法人员培训工作要求，现将{report.squad}{report.year}年度执法人员"
            f"培训情况报告如下。"
        ),
        *heading("一、基本情况"),
        body(
            f"本队现有在岗在编执法队员{n}人，辅助执法人员{comp.auxiliaries}人"
            f"（辅助执法人员{'未超过' if comp.within_limit else '超过'}在编执法队员人数）。"
            f"全年组织和参加各类培训{report.trainings}次，其中集中培训"
            f"{report.concentrated_trainings}次。"
        ),
        *heading("二、学时完成情况"),
        body(
            f"全年执法队员人均取得{UNITS_SCOPE}学时{format_units(report.average_seconds)}学时。"
            f"完成年度{ANNUAL_REQUIRED_UNITS}学时的{report.met_units}人，"
            f"占{_percent(report.met_units, n)}；"
            f"符合集中培训次数与天数要求的{report.met_role_rule}人，"
            f"占{_percent(report.met_role_rule, n)}；"
            f"全部达标{report.met_all}人，占{_percent(report.met_all, n)}。"
        ),
    ]
    names = _short_names(report.people)
    if names:
        out.append(body(f"未全部达标人员：{names}。逐人情况见附表一。"))
    else:
        out.append(body("全体执法队员均已达标。逐人情况见附表一。"))
    own_parts = "，".join(
        f"{OWN_TRAINING_LABELS[i.kind]}{i.count}次（应不少于{i.required}次）" for i in own.items
    )
    out += [
        *heading("三、本单位组织培训情况"),
        body(
            f"本队全年自行组织{own_parts}，"
            f"{'均已达到要求' if own.ok else '尚未全部达到要求'}。分类情况见附表二、附表三。"
        ),
        *heading("四、首轮全员轮训"),
        body(
            f"首轮全员轮训截止日期为{chinese_date(rot.deadline)}，"
            f"按期完成{len(rot.on_time)}人，逾期完成{len(rot.late)}人，"
            f"未参训{len(rot.untrained)}人，"
            f"{'已全部完成' if rot.complete else '尚未全部完成'}。"
        ),
        body("特此报告。"),
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                SignatureBlock(_signer(report), report.generated_on, None),
                Spacer(1, 4 * mm),
                small("填报人：　　　　　　　　联系电话："),
            ]
        ),
    ]
    return out


def _people_table(report: AnnualReport) -> list[Flowable]:
    cols = [
        Column("序号", 8),
        Column("姓名", 15),
        Column("职务", 18),
        Column("年度学时", 13),
        Column("集中培训次数", 13),
        Column("其中上级组织", 12),
        Column("其中本单位组织", 13),
        Column("集中培训天数", 12),
        Column("60学时", 13),
        Column("集中培训要求", 13),
        Column("未达标项", 36, "LEFT"),
    ]
    rows: list[list[str]] = []
    short: list[int] = []
    for i, p in enumerate(report.people, start=1):
        t = p.tally
        name = p.name if p.active else f"{p.name}（已离岗）"
        if p.active and not p.verdict.ok:
            short.append(len(rows))
        rows.append(
            [
                str(i),
                name,
                _position_label(p.position),
                format_units(t.counted_seconds),
                str(t.concentrated),
                str(t.superior_concentrated),
                str(t.own_unit_concentrated),
                format_days(t.concentrated_days_tenths),
                OK_MARK if p.verdict.units_ok else BAD_MARK,
                OK_MARK if p.verdict.role_rule_ok else BAD_MARK,
                "；".join(c.describe() for c in p.verdict.shortfalls),
            ]
        )
    return [
        *heading("附表一　执法队员学时完成情况"),
        grid(cols, rows, size=9.5, short_rows=short, empty_text="无执法队员"),
        small(
            f"年度学时指{UNITS_SCOPE}学时（未注明学时的按45分钟折合1学时），"
            f"要求不少于{ANNUAL_REQUIRED_UNITS}学时；"
            f"{_rule_summary(StaffPosition.LEADER)}{_rule_summary(StaffPosition.MEMBER)}"
            "红色行为未全部达标人员。"
        ),
    ]


def _category_table(report: AnnualReport) -> list[Flowable]:
    cols = [
        Column("培训类别", 40, "LEFT"),
        Column("培训次数", 26),
        Column("参训人次", 26),
        Column("学时合计", 30),
        Column("计入60学时", 30),
    ]
    rows = [
        [
            CATEGORY_LABELS[c.category],
            str(c.trainings),
            str(c.attendances),
            format_units(c.seconds),
            "是" if c.category in COUNTED_CATEGORIES else "否",
        ]
        for c in report.categories
    ]
    r = len(rows)
    rows.append(
        [
            "合计",
            str(sum(c.trainings for c in report.categories)),
            str(sum(c.attendances for c in report.categories)),
            format_units(sum(c.seconds for c in report.categories)),
            "",
        ]
    )
    return [
        *heading("附表二　全年培训分类统计", room=70 * mm),
        grid(cols, rows, total_rows=[r]),
    ]


def _own_table(report: AnnualReport) -> list[Flowable]:
    cols = [
        Column("本单位组织培训", 30, "LEFT"),
        Column("应达次数", 17),
        Column("实际次数", 17),
        Column("是否达标", 17),
        Column("培训名称", 75, "LEFT"),
    ]
    rows = []
    short = []
    for i, item in enumerate(report.own.items):
        if not item.ok:
            short.append(i)
        rows.append(
            [
                OWN_TRAINING_LABELS[item.kind],
                str(item.required),
                str(item.count),
                OK_MARK if item.ok else BAD_MARK,
                "；".join(item.titles) or "—",
            ]
        )
    return [
        *heading("附表三　本单位组织培训情况", room=60 * mm),
        grid(cols, rows, short_rows=short),
    ]


def annual_report_body(report: AnnualReport) -> list[Flowable]:
    """The flowables of the annual training report (text, then the three tables)."""
    return [
        *_report_text(report),
        PageBreak(),
        *_people_table(report),
        Spacer(1, 2 * mm),
        *_category_table(report),
        Spacer(1, 2 * mm),
        *_own_table(report),
        Spacer(1, 4 * mm),
    ]


def render_annual_report(report: AnnualReport) -> bytes:
    """PDF bytes of the annual training report: the text signed with the squad's name and the
    date, then the tables as 附表 from a new page (deterministic for the same data)."""
    spec = DocumentSpec(
        title=f"{report.year}{REPORT_TITLE_SUFFIX}",
        authority=report.squad or None,
        subject=report_title(report),
    )
    return render_pdf(spec, annual_report_body(report))
