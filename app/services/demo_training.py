# ruff: noqa: E501 - the PLANS table keeps one training per line
"""Demo training data: a realistic year of trainings for the demo squad (孝顺镇).

About 40 trainings — online courses from the province, county classes, the squad's own
lectures, drills, ethics education, mentoring and a competition — with attendance drawn per
person from a "diligence" figure, so that most officers reach 60 学时 over a full year and a
few fall short; plus assessment results for the two years before, one officer with two
consecutive 不合格 (flagged for exit). Trainings later than today are left out, so for the
current year this is the year so far: call it for the previous year too for a full year.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from app.context import Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.training import (
    AssessmentResult,
    OrganiserLevel,
    TrainingCategory,
    TrainingMode,
)
from app.services import staff, training

SUP, CTY, OWN = OrganiserLevel.SUPERIOR, OrganiserLevel.COUNTY, OrganiserLevel.OWN_UNIT
LAW, BIZ, SKL = TrainingCategory.PUBLIC_LAW, TrainingCategory.BUSINESS, TrainingCategory.SKILLS
POL, ETH, PHY = TrainingCategory.POLITICAL, TrainingCategory.ETHICS, TrainingCategory.PHYSICAL
ONL, OFF, MEN, SITE, COMP = (
    TrainingMode.ONLINE,
    TrainingMode.OFFLINE,
    TrainingMode.MENTORING,
    TrainingMode.ON_SITE,
    TrainingMode.COMPETITION,
)


@dataclass(frozen=True)
class _Plan:
    title: str
    level: OrganiserLevel
    category: TrainingCategory
    mode: TrainingMode
    start: tuple[int, int]  # month, day
    span_days: int  # calendar days from start to end, inclusive
    units: str | None  # stated 学时
    minutes: int | None  # duration when no 学时 is stated
    audience: str  # "sworn", "leaders", "all" (sworn + auxiliaries), "few"
    share: float  # base share of the audience invited
    days: str | None = None  # None = by mode


# One line per training reads best as a table.
# fmt: off
PLANS: tuple[_Plan, ...] = (
    _Plan("全省行政执法人员网络培训：《行政处罚法》精讲", SUP, LAW, ONL, (2, 20), 40, "8", None, "sworn", 0.95),
    _Plan("新春收心会暨廉政警示教育", OWN, ETH, OFF, (2, 26), 1, "2", None, "all", 1.0),
    _Plan("《行政处罚法》专题培训", OWN, LAW, OFF, (3, 6), 1, "4", None, "sworn", 0.95),
    _Plan("月度执法业务学习（3月）：执法事项清单解读", OWN, BIZ, OFF, (3, 20), 1, None, 90, "sworn", 0.75),
    _Plan("春季队列体能训练", OWN, PHY, OFF, (3, 27), 2, "4", None, "all", 0.95),
    _Plan("执法文书规范制作", OWN, SKL, OFF, (4, 10), 1, "4", None, "sworn", 0.95),
    _Plan("县综合行政执法队伍能力提升集中轮训班（第一期）", CTY, SKL, OFF, (4, 15), 3, "18", None, "sworn", 0.3),
    _Plan("月度执法业务学习（4月）：违法建设查处程序", OWN, BIZ, OFF, (4, 24), 1, None, 90, "sworn", 0.75),
    _Plan("执法记录仪使用与证据固定", OWN, SKL, OFF, (5, 8), 1, "3", None, "sworn", 0.9),
    _Plan("导师制带教（上半年）：新队员跟班办案", OWN, SKL, MEN, (3, 1), 120, None, 900, "few", 0.25, "0"),
    _Plan("政治理论学习：习近平法治思想", OWN, POL, OFF, (5, 15), 1, "3", None, "all", 0.9),
    _Plan("月度执法业务学习（5月）：餐饮油烟与垃圾分类执法要点", OWN, BIZ, OFF, (5, 22), 1, None, 90, "sworn", 0.75),
    _Plan("市城市管理局镇街综合执法业务培训班", SUP, BIZ, OFF, (6, 3), 2, "12", None, "sworn", 0.3),
    _Plan("县司法局行政执法人员公共法律知识培训", CTY, LAW, OFF, (6, 12), 1, "6", None, "sworn", 0.5),
    _Plan("月度执法业务学习（6月）：典型案例研讨", OWN, SKL, OFF, (6, 19), 1, None, 90, "sworn", 0.75),
    _Plan("执法队负责人专题研修班", CTY, BIZ, OFF, (6, 22), 5, "30", None, "leaders", 1.0),
    _Plan("文明执法规范与执法礼仪培训", OWN, ETH, OFF, (7, 3), 1, "2", None, "all", 0.9),
    _Plan("夏季防暑体能训练", OWN, PHY, OFF, (7, 10), 1, "3", None, "all", 0.85),
    _Plan("全省行政执法人员网络培训：执法程序与文书（下半年）", SUP, BIZ, ONL, (7, 15), 60, "6", None, "sworn", 0.9),
    _Plan("月度执法业务学习（7月）：养犬管理与人行道违停", OWN, BIZ, OFF, (7, 24), 1, None, 90, "sworn", 0.75),
    _Plan("驻点跟班学习（县市场监管局）", CTY, SKL, SITE, (8, 4), 5, "20", None, "few", 0.15),
    _Plan("法院庭审观摩：行政诉讼案件", OWN, LAW, OFF, (8, 14), 1, "3", None, "sworn", 0.8),
    _Plan("月度执法业务学习（8月）：证据先行登记保存", OWN, BIZ, OFF, (8, 21), 1, None, 90, "sworn", 0.75),
    _Plan("综合行政执法办案系统操作培训", OWN, SKL, OFF, (9, 4), 1, "3", None, "sworn", 0.95),
    _Plan("县综合行政执法队伍能力提升集中轮训班（第二期）", CTY, SKL, OFF, (9, 9), 3, "18", None, "sworn", 0.3),
    _Plan("月度执法业务学习（9月）：听证程序", OWN, BIZ, OFF, (9, 18), 1, None, 90, "sworn", 0.75),
    _Plan("现场模拟执法演练", OWN, SKL, OFF, (9, 25), 1, "3", None, "sworn", 0.9),
    _Plan("全市综合行政执法大比武", SUP, SKL, COMP, (10, 14), 2, "8", None, "few", 0.3),
    _Plan("法律知识竞赛（队内选拔）", OWN, LAW, COMP, (10, 9), 1, "3", None, "sworn", 0.8),
    _Plan("月度执法业务学习（10月）：行刑衔接与案件移送", OWN, BIZ, OFF, (10, 23), 1, None, 90, "sworn", 0.75),
    _Plan("秋季体能测试", OWN, PHY, OFF, (10, 30), 1, "2", None, "all", 0.9),
    _Plan("廉政警示教育：旁听职务犯罪庭审", OWN, ETH, OFF, (11, 6), 1, "3", None, "all", 0.85),
    _Plan("导师制带教（下半年）：新队员跟班办案", OWN, SKL, MEN, (9, 1), 90, None, 675, "few", 0.25, "0"),
    _Plan("月度执法业务学习（11月）：年度典型案例评析", OWN, SKL, OFF, (11, 13), 1, None, 90, "sworn", 0.75),
    _Plan("行政执法案卷评查培训", CTY, BIZ, OFF, (11, 18), 1, "6", None, "sworn", 0.4),
    _Plan("冬季队列训练", OWN, PHY, OFF, (12, 4), 1, "3", None, "all", 0.85),
    _Plan("月度执法业务学习（12月）：新法新规解读", OWN, LAW, OFF, (12, 11), 1, None, 135, "sworn", 0.75),
    _Plan("年终执法工作总结与规范化建设交流", OWN, BIZ, OFF, (12, 18), 1, "2", None, "sworn", 0.95),
    _Plan("全省行政执法人员网络培训：行政复议与行政诉讼", SUP, LAW, ONL, (9, 1), 90, "5", None, "sworn", 0.85),
    _Plan("宪法宣传周：宪法与法治政府建设专题学习", OWN, LAW, ONL, (12, 2), 5, "2", None, "all", 0.85),
)
# fmt: on


@dataclass(frozen=True)
class TrainingDemoSummary:
    """What `fill_training_demo` wrote."""

    year: int
    trainings: int
    attendances: int
    assessments: int


def _diligence(rng: random.Random, n: int, index: int) -> float:
    """Chance a person takes up an invitation: most keen, a few much less so."""
    if index % 11 == 4:
        return rng.uniform(0.25, 0.4)
    if index % 7 == 2:
        return rng.uniform(0.55, 0.7)
    return rng.uniform(0.9, 1.0)


def _assessment(seed: int, year: int, index: int) -> AssessmentResult:
    """The same result for a person and year whichever demo year asks for it."""
    if index == 9:
        return AssessmentResult.FAIL  # every year: flagged for exit once two years exist
    if index == 17 and year % 2 == 1:
        return AssessmentResult.FAIL  # odd years only: never two in a row
    if index % 13 == 3:
        return AssessmentResult.BASIC_PASS
    roll = random.Random(f"{seed}-{year}-{index}").random()
    return AssessmentResult.EXCELLENT if roll < 0.15 else AssessmentResult.PASS


def fill_training_demo(
    ctx: AppContext, admin: Actor, year: int, seed: int = 2026
) -> TrainingDemoSummary:
    """Record the demo year of trainings (through the services) for the squad in the store."""
    rng = random.Random(seed * 7919 + year)
    today = ctx.clock.today()
    people = staff.list_staff(ctx)
    sworn = [p for p in people if p.kind is StaffKind.SWORN]
    auxiliaries = [p for p in people if p.kind is StaffKind.AUXILIARY]
    diligence = {p.id: _diligence(rng, len(people), i) for i, p in enumerate(people)}
    trainings = attendances = 0
    for plan in PLANS:
        start = date(year, *plan.start)
        end = start + timedelta(days=plan.span_days - 1)
        if end > today:
            continue
        if plan.audience == "leaders":
            pool = [p for p in sworn if p.position is StaffPosition.LEADER]
        elif plan.audience == "all":
            pool = sworn + auxiliaries
        else:
            pool = sworn
        chosen = [
            p.id
            for p in pool
            if rng.random()
            < (plan.share if plan.audience == "few" else plan.share * diligence[p.id])
        ]
        info = training.record_event(
            ctx,
            admin,
            training.EventInput(
                title=plan.title,
                organiser_level=plan.level,
                category=plan.category,
                mode=plan.mode,
                start_date=start,
                end_date=end,
                days=plan.days,
                stated_units=plan.units,
                duration_minutes=plan.minutes,
            ),
            chosen,
        )
        trainings += 1
        attendances += info.attendee_count
    assessments = 0
    done = {(a.staff_id, a.year) for a in training.list_assessments(ctx, admin)}
    for past in (year - 2, year - 1):
        if past > today.year or (past == today.year and today < date(past, 12, 1)):
            continue  # results are given at the end of a year
        for i, p in enumerate(sworn):
            if (p.id, past) in done:
                continue
            training.record_assessment(ctx, admin, p.id, past, _assessment(seed, past, i))
            assessments += 1
    return TrainingDemoSummary(year, trainings, attendances, assessments)
