"""Compliance maths (≥ 80 % rounds up) and the gap report."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.context import Actor, AppContext
from app.rules.equipment import (
    Headcount,
    HeadGroup,
    ItemStatus,
    RuleKind,
    StandardRule,
    load_standard,
    meets,
    required_count,
)
from app.rules.roles import Role
from app.services import equipment as eq
from app.services import equipment_reports as rep
from app.services import users

from .conftest import add_people

RATIO = StandardRule(RuleKind.PER_OFFICER_RATIO, ratio_permille=800)


@pytest.mark.parametrize(
    ("officers", "held", "ok"),
    [
        (10, 8, True),
        (10, 7, False),
        (11, 9, True),
        (11, 8, False),
        (5, 4, True),
        (1, 1, True),
        (1, 0, False),
        (0, 0, True),
        (15, 12, True),
        (16, 12, False),
        (16, 13, True),
    ],
)
def test_eighty_percent_edge(officers: int, held: int, ok: bool) -> None:
    heads = Headcount(officers=officers, clerks=0, auxiliaries=0, aux_leaders=0)
    assert meets(RATIO, held, heads) is ok


def test_required_counts_per_rule_kind() -> None:
    heads = Headcount(officers=12, clerks=2, auxiliaries=9, aux_leaders=2, offices=3)
    std = load_standard()
    req = {c.code: required_count(c.rule, heads) for c in std.categories}
    assert (
        req["copier"] == 1 and req["body_camera"] == 10 and req["car"] == 5 and req["ebike"] == 10
    )
    assert req["computer"] == 14 and req["removable_drive"] == 14
    assert req["printer"] == 3
    assert req["helmet"] == 23  # every person
    assert req["radio"] == 14 and req["enforcement_phone"] == 14
    assert req["stab_vest"] == 10  # ceil(9.6)
    assert req["cctv"] == 1
    assert req["evidence_bag"] == 0
    assert heads.of(HeadGroup.ALL_STAFF) == 23


def test_standard_covers_the_domain_table() -> None:
    codes = {c.code for c in load_standard().categories}
    assert {
        "copier",
        "fax",
        "scanner",
        "projector",
        "printer",
        "office_phone",
        "computer",
        "video_camera",
        "still_camera",
        "body_camera",
        "measuring_kit",
        "audio_recorder",
        "removable_drive",
        "car",
        "ebike",
        "desk",
        "helmet",
        "duty_bag",
        "rain_gear",
        "climate_gear",
        "radio",
        "enforcement_phone",
        "stab_vest",
        "riot_shield",
        "cut_gloves",
        "insulated_boots",
        "reflective_vest",
        "torch",
        "cctv",
        "alarm",
    } <= codes


def _vests(ctx: AppContext, admin: Actor, n: int) -> list[eq.ItemInfo]:
    return [
        eq.register_item(
            ctx, admin, eq.ItemInput(category="stab_vest", model="FC-2", serial_no=str(i))
        )
        for i in range(n)
    ]


def test_compliance_from_the_store_at_the_edge(
    ctx: AppContext, admin: Actor, tmp_path: Path
) -> None:
    add_people(ctx, admin, 11, auxiliaries=4, aux_leaders=2)
    users.create_user(
        ctx,
        admin,
        username="neiqin",
        display_name="内勤甲",
        roles={Role.CLERK},
        password="clerk-pass-1",
    )
    vests = _vests(ctx, admin, 9)
    report = rep.compliance(ctx)
    assert report.headcount == Headcount(officers=11, clerks=1, auxiliaries=4, aux_leaders=2)
    line = {x.code: x for x in report.lines}
    assert (line["stab_vest"].required, line["stab_vest"].held, line["stab_vest"].ok) == (
        9,
        9,
        True,
    )
    assert line["radio"].required == 13
    assert line["computer"].required == 12
    eq.set_item_status(ctx, admin, vests[0].id, ItemStatus.RETIRED, reason="破损")
    line = {x.code: x for x in rep.compliance(ctx).lines}
    assert (line["stab_vest"].held, line["stab_vest"].ok, line["stab_vest"].shortfall) == (
        8,
        False,
        1,
    )
    eq.set_item_status(ctx, admin, vests[1].id, ItemStatus.REPAIR, reason="拉链损坏")
    assert {x.code: x for x in rep.compliance(ctx).lines}["stab_vest"].held == 8  # repair counts

    out = tmp_path / "gap.xlsx"
    rep.write_compliance_xlsx(rep.compliance(ctx), out, township="孝顺镇", on="2026-11-23")
    from openpyxl import load_workbook

    wb = load_workbook(out)
    assert wb.sheetnames == ["配备对照", "缺口清单"]
    gaps = [row for row in wb["缺口清单"].iter_rows(min_row=2, values_only=True)]
    assert ("防护装备", "防刺背心", "不少于执法队员人数的 80%", 9, 8, 1) in gaps
