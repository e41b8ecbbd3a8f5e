"""Demo equipment for the 孝顺镇 demo squad: a realistic inventory of several hundred items
with check-out/return history, maintenance, one closed stock-take and seized goods — and a
few gaps against the standard so the gap report has something to say.

Run after app.services.demo.fill_demo (it needs the squad): fill_equipment_demo(ctx, admin).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.context import Actor, AppContext, Clock
from app.rules.certificates import StaffKind
from app.rules.equipment import ItemStatus, MaintenanceKind
from app.services import equipment as eq
from app.services import equipment_seized as sz
from app.services import equipment_stocktake as st
from app.services import staff

LOCATIONS = ("装备室", "值班室", "车库", "办公室", "档案室")
FUNDING = ("县财政专项", "县财政专项", "镇财政", "上级配发", "自筹")


@dataclass(frozen=True)
class _Line:
    category: str
    count: int
    brand: str | None
    model: str
    name: str
    price_yuan: int
    location: str


def _lines(officers: int, people: int) -> list[_Line]:
    """What the demo squad owns; counts below the standard are deliberate gaps."""
    return [
        _Line("copier", 1, "理光", "MP 2555SP", "数码复印机", 16800, "办公室"),
        # no fax machine: a gap
        _Line("scanner", 1, "富士通", "fi-7160", "高速扫描仪", 6200, "办公室"),
        _Line("projector", 1, "爱普生", "CB-X06", "投影仪", 3299, "办公室"),
        _Line("printer", 2, "惠普", "LaserJet Pro M405d", "激光打印机", 2199, "办公室"),
        _Line("office_phone", 2, "步步高", "HCD007(6082)", "办公电话", 128, "办公室"),
        _Line("computer", officers - 2, "联想", "启天 M430", "台式计算机", 5299, "办公室"),
        _Line("video_camera", 5, "索尼", "HDR-CX680", "数码摄像机", 3999, "装备室"),
        _Line("still_camera", 4, "佳能", "EOS 200D II", "数码照相机", 4299, "装备室"),
        _Line("body_camera", 12, "海康威视", "DSJ-MH2311", "执法记录仪", 2680, "装备室"),
        _Line("measuring_kit", 2, "博世", "GLM 50-27 CG", "激光测距仪", 1099, "装备室"),
        _Line("audio_recorder", 3, "索尼", "ICD-UX570F", "录音笔", 799, "装备室"),
        _Line("removable_drive", officers + 1, "闪迪", "CZ73 64GB", "U盘", 59, "办公室"),
        _Line("car", 5, "比亚迪", "秦PLUS DM-i", "执法车", 109800, "车库"),
        _Line("ebike", 8, "雅迪", "冠能E8", "电动自行车", 3599, "车库"),
        _Line("desk", people - 20, None, "1.4m 办公桌", "办公桌椅", 980, "办公室"),
        _Line("helmet", people, None, "JF-T2", "执勤头盔", 168, "装备室"),
        _Line("duty_bag", people, None, "ZQB-3", "执勤包", 189, "装备室"),
        _Line("rain_gear", people - 8, None, "YY-07 反光雨衣", "雨衣", 96, "装备室"),
        _Line("climate_gear", people, None, "冬夏执勤服套装", "防暑防寒用品", 420, "装备室"),
        _Line("radio", officers - 2, "摩托罗拉", "P8668i", "数字对讲机", 2380, "值班室"),
        _Line("enforcement_phone", officers, "华为", "nova 12 执法版", "执法手机", 2699, "值班室"),
        _Line("stab_vest", -(-officers * 4 // 5), None, "FCF-02", "防刺背心", 560, "装备室"),
        _Line("riot_shield", officers // 2, None, "PC-DP1", "防暴盾牌", 320, "装备室"),
        _Line("cut_gloves", -(-officers * 4 // 5), None, "FG-5", "防割手套", 85, "装备室"),
        _Line("insulated_boots", officers * 3 // 4, None, "JY-25kV", "绝缘靴", 150, "装备室"),
        _Line("reflective_vest", officers, None, "FG-V3", "反光背心", 35, "装备室"),
        _Line("torch", officers - 4, "神火", "C8", "强光手电", 129, "值班室"),
        _Line("cctv", 1, "海康威视", "DS-7808N-K2", "视频监控系统", 8600, "值班室"),
        # no alarm: a gap
    ]


def _at(ctx: AppContext, when: datetime) -> AppContext:
    """The same store seen at another moment (to write history in the past)."""
    return type(ctx)(db=ctx.db, clock=Clock(now_fn=lambda: when))


def fill_equipment_demo(ctx: AppContext, admin: Actor, seed: int = 2026) -> int:
    """Fill the demo inventory and its history; returns the number of items registered."""
    rng = random.Random(seed)
    now = ctx.clock.now()
    today = ctx.clock.today()
    eq.set_township_code(ctx, admin, "XS")
    squad = staff.list_staff(ctx)
    sworn = [p for p in squad if p.kind is StaffKind.SWORN]
    everyone = list(squad)
    lines = _lines(len(sworn), len(everyone) + 1)
    inputs: list[eq.ItemInput] = []
    for line in lines:
        for i in range(line.count):
            bought = today - timedelta(days=rng.randint(60, 6 * 365))
            serial = None
            if line.brand:
                prefix = line.model.split()[0][:4].upper()
                serial = f"{prefix}{bought:%y}{rng.randint(100000, 999999)}{i}"
            inputs.append(
                eq.ItemInput(
                    category=line.category,
                    name=line.name,
                    brand=line.brand,
                    model=line.model,
                    serial_no=serial,
                    purchase_date=bought,
                    price_fen=line.price_yuan * 100,
                    funding_source=rng.choice(FUNDING),
                    location=line.location,
                )
            )
    inputs += [
        eq.ItemInput(
            category="evidence_bag", name="物证袋（大号）", quantity=500, location="装备室"
        ),
        eq.ItemInput(category="seal_tape", name="封条", quantity=200, location="档案室"),
        eq.ItemInput(
            category="battery",
            name="执法记录仪备用电池",
            model="DSJ-MH2311 电池",
            quantity=24,
            location="装备室",
        ),
    ]
    past = _at(ctx, now - timedelta(days=400))
    tags = eq.register_items(past, admin, inputs)
    by_cat: dict[str, list[str]] = {}
    for data, tag in zip(inputs, tags, strict=True):
        by_cat.setdefault(data.category, []).append(tag)
    ids = {tag: iid for iid, tag in _tag_index(ctx).items()}

    # Personal kit and per-officer devices: issued long-term a year ago.
    kit: list[tuple[str, str]] = []
    for cat in ("helmet", "duty_bag", "rain_gear", "climate_gear"):
        for tag, person in zip(by_cat[cat], everyone, strict=False):
            kit.append((ids[tag], person.id))
    for cat in ("radio", "enforcement_phone", "removable_drive"):
        for tag, person in zip(by_cat[cat], sworn, strict=False):
            kit.append((ids[tag], person.id))
    eq.issue_kit(_at(ctx, now - timedelta(days=380)), admin, kit, condition="配发，完好")

    # Day-to-day loans of cameras, cars and e-bikes over the last months.
    pool = (
        by_cat["body_camera"]
        + by_cat["video_camera"]
        + by_cat["still_camera"]
        + by_cat["car"]
        + by_cat["ebike"]
    )
    notes_in = ("完好", "完好", "完好", "电量不足，已充电", "外壳轻微划痕", "镜头有污渍，已清洁")
    for day in range(120, 3, -3):
        when = now - timedelta(days=day)
        at = _at(ctx, when)
        for tag in rng.sample(pool, 4):
            person = rng.choice(sworn)
            eq.check_out(
                at,
                admin,
                ids[tag],
                person.id,
                due_back=(when + timedelta(days=1)).astimezone().date(),
                condition="完好",
            )
            eq.return_item(
                _at(ctx, when + timedelta(hours=rng.randint(3, 30))),
                admin,
                ids[tag],
                condition=rng.choice(notes_in),
            )
    # Currently out: two overdue, three due later.
    for n, tag in enumerate(by_cat["body_camera"][:3] + by_cat["car"][:2]):
        when = now - timedelta(days=6 - n)
        eq.check_out(
            _at(ctx, when),
            admin,
            ids[tag],
            sworn[n].id,
            due_back=(when + timedelta(days=2 + 2 * n)).astimezone().date(),
            condition="完好，电量满格" if n < 3 else "油量满，里程正常",
        )
    # Condition problems: one camera back broken, one lost, one retired.
    eq.check_out(
        _at(ctx, now - timedelta(days=40)),
        admin,
        ids[by_cat["body_camera"][5]],
        sworn[7].id,
        due_back=(now - timedelta(days=39)).astimezone().date(),
    )
    eq.return_item(
        _at(ctx, now - timedelta(days=39)),
        admin,
        ids[by_cat["body_camera"][5]],
        condition="摔落后无法开机",
        to_repair=True,
    )
    eq.set_item_status(
        _at(ctx, now - timedelta(days=90)),
        admin,
        ids[by_cat["body_camera"][11]],
        ItemStatus.RETIRED,
        reason="电池鼓包，经鉴定无维修价值",
    )
    eq.set_item_status(
        ctx, admin, ids[by_cat["ebike"][7]], ItemStatus.REPAIR, reason="刹车失灵，送修"
    )
    eq.issue_consumable(
        _at(ctx, now - timedelta(days=30)),
        admin,
        ids[by_cat["evidence_bag"][0]],
        sworn[2].id,
        60,
        note="专项整治取证",
    )

    # Maintenance: vehicles' inspection and insurance, camera batteries, services.
    for n, tag in enumerate(by_cat["car"]):
        iid = ids[tag]
        eq.add_schedule(
            past,
            admin,
            iid,
            MaintenanceKind.INSURANCE,
            today + timedelta(days=(12 + 53 * n) % 200),
            interval_months=12,
        )
        eq.add_schedule(
            past,
            admin,
            iid,
            MaintenanceKind.INSPECTION,
            today + timedelta(days=-5 if n == 0 else 40 + 70 * n),
            interval_months=24,
        )
        done = today - timedelta(days=60 + 30 * n)
        eq.record_maintenance(
            ctx,
            admin,
            iid,
            MaintenanceKind.SERVICE,
            done,
            cost_fen=rng.randint(300, 900) * 100,
            vendor="孝顺镇比亚迪特约维修站",
            note="常规保养，更换机油机滤",
        )
    for n, tag in enumerate(by_cat["body_camera"][:10]):
        eq.add_schedule(
            past,
            admin,
            ids[tag],
            MaintenanceKind.BATTERY,
            today + timedelta(days=7 + 25 * n),
            interval_months=18,
            note="记录仪电池更换",
        )
    for tag in by_cat["ebike"][:4]:
        eq.record_maintenance(
            ctx,
            admin,
            ids[tag],
            MaintenanceKind.BATTERY,
            today - timedelta(days=rng.randint(20, 200)),
            cost_fen=68000,
            vendor="雅迪专卖店",
            note="更换锂电池",
        )

    # One closed stock-take of the equipment room two months ago.
    st_at = _at(ctx, now - timedelta(days=60))
    session = st.open_stocktake(
        st_at,
        admin,
        f"{(now - timedelta(days=60)).astimezone():%Y年%m月}装备室盘点",
        location_scope="装备室",
    )
    in_room = set(
        eq.item_ids(st_at, eq.ItemFilter(location="装备室", statuses=(ItemStatus.IN_STORE,)))
    )
    room = [tag for tag in tags if ids[tag] in in_room]
    seen = [t for t in room if t != by_cat["audio_recorder"][2]]  # one recorder is not found
    st.tick_items(st_at, admin, session.id, seen)
    st.scan_tag(st_at, admin, session.id, by_cat["projector"][0])  # found in the wrong room
    st.scan_tag(st_at, admin, session.id, "XS-ZB-2019-00031")  # an old label, not in the register
    st.close_stocktake(st_at, admin, session.id)

    # Seized goods.
    goods = [
        (
            "孝顺镇综执罚决字〔2026〕第8号",
            "占道经营三轮车（蓝色，无牌）",
            1,
            "辆",
            "罚没物品库A区",
            80,
            None,
        ),
        (
            "孝顺镇综执罚决字〔2026〕第11号",
            "违规设置的户外广告牌",
            3,
            "块",
            "罚没物品库B区",
            50,
            sz.Disposal.DESTROY,
        ),
        (
            "孝顺镇综执罚决字〔2026〕第15号",
            "流动摊贩经营用电子秤",
            2,
            "台",
            "罚没物品库A区",
            35,
            sz.Disposal.RETURN_OWNER,
        ),
        (
            "孝顺镇综执罚决字〔2026〕第19号",
            "非法运输的建筑垃圾运输车钥匙及行驶证",
            1,
            "套",
            "保险柜",
            20,
            None,
        ),
        (
            "孝顺镇综执罚决字〔2026〕第21号",
            "违规燃放的烟花爆竹",
            12,
            "箱",
            "危险品暂存间",
            12,
            None,
        ),
        ("孝顺镇综执罚决字〔2026〕第23号", "占道堆放的瓷砖", 40, "箱", "罚没物品库B区", 6, None),
    ]
    for n, (case_no, desc, qty, unit, place, days, decision) in enumerate(goods):
        at = _at(ctx, now - timedelta(days=days))
        good = sz.register_seized(
            at,
            admin,
            sz.SeizedInput(
                case_number=case_no,
                description=desc,
                storage_place=place,
                seized_on=(now - timedelta(days=days)).astimezone().date(),
                quantity=qty,
                unit=unit,
            ),
        )
        if decision is not None:
            sz.dispose(
                _at(ctx, now - timedelta(days=days - 20)),
                admin,
                good.id,
                decision,
                on=(now - timedelta(days=days - 20)).astimezone().date(),
                note="依据行政处罚决定书执行",
            )
        elif n == 3:
            sz.take_out(ctx, admin, good.id, reason="送交区交警大队核查车辆信息")
    return len(tags)


def _tag_index(ctx: AppContext) -> dict[str, str]:
    """id → asset tag of every item (demo-only helper)."""
    rows = eq.item_rows(ctx, eq.item_ids(ctx))
    return {iid: row.asset_tag for iid, row in rows.items()}
