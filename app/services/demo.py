"""A realistic demo township (孝顺镇): users and a squad of sworn officers and auxiliaries.

Later features add their own demo data through `fill_demo`'s steps.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from app.context import Actor, AppContext
from app.demo_accounts import DEMO_ADMIN as DEMO_ADMIN
from app.demo_accounts import DEMO_PASSWORD as DEMO_PASSWORD
from app.rules.certificates import CertAction, StaffKind, StaffPosition
from app.rules.roles import Role
from app.services import setup, staff, users


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟"
GIVEN = [
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
    "秀英", "华", "建国", "志强", "海燕", "晓东", "丽华", "建华", "国强", "文杰", "俊", "红梅",
    "晨", "浩然", "雪", "斌", "波", "宇航", "佳怡", "子涵", "振华", "立新", "春花", "卫东",
]

DEMO_USERS = [
    # username, display name, roles
    ("admin", "管理员", {Role.ADMIN}),
    ("zhangwei", "张伟", {Role.LEADER}),
    ("lina", "李娜", {Role.OFFICER}),
    ("wangqiang", "王强", {Role.OFFICER}),
    ("chenjing", "陈静", {Role.REVIEWER}),
    ("zhaomin", "赵敏", {Role.CLERK}),
    ("liujun", "刘军", {Role.AUXILIARY}),
]


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in used:
            used.add(n)
            return n


def fill_demo(ctx: AppContext, *, sworn: int = 40, auxiliaries: int = 30, seed: int = 2026) -> Actor:
    """Initialise an empty store as the 孝顺镇 demo squad; returns the admin actor."""
    rng = random.Random(seed)
    setup.initialize(
        ctx,
        township_name="孝顺镇",
        squad_name="孝顺镇综合行政执法队",
        doc_prefix="孝顺镇综执",
        admin_username=DEMO_ADMIN,
        admin_display_name="管理员",
        admin_password=DEMO_PASSWORD,
    )
    admin = users.login(ctx, DEMO_ADMIN, DEMO_PASSWORD)
    user_ids: dict[str, str] = {}
    for username, display, roles in DEMO_USERS[1:]:
        info = users.create_user(
            ctx, admin, username=username, display_name=display, roles=roles, password=DEMO_PASSWORD
        )
        user_ids[display] = info.id
    today = ctx.clock.today()
    used = {d for _, d, _ in DEMO_USERS}
    linked = {"张伟": StaffPosition.LEADER, "李娜": StaffPosition.MEMBER, "王强": StaffPosition.MEMBER,
              "陈静": StaffPosition.MEMBER}
    people: list[tuple[str, StaffKind, StaffPosition, str | None]] = [
        (n, StaffKind.SWORN, pos, user_ids[n]) for n, pos in linked.items()
    ]
    for i in range(sworn - len(people)):
        pos = StaffPosition.LEADER if i < 2 else StaffPosition.MEMBER
        people.append((_name(rng, used), StaffKind.SWORN, pos, None))
    people.append(("刘军", StaffKind.AUXILIARY, StaffPosition.MEMBER, user_ids["刘军"]))
    for _ in range(auxiliaries - 1):
        people.append((_name(rng, used), StaffKind.AUXILIARY, StaffPosition.MEMBER, None))
    for n, (name, kind, pos, uid) in enumerate(people):
        cert = None
        issued = expires = None
        if kind is StaffKind.SWORN:
            cert = f"浙杭执{330109 + n:06d}{rng.randint(10, 99)}"
            issued = today - timedelta(days=rng.randint(200, 1800))
            expires = issued + timedelta(days=365 * 5)
            if n % 13 == 5:
                expires = today + timedelta(days=rng.randint(5, 55))  # expiring soon
            if expires < today:
                expires = today + timedelta(days=rng.randint(60, 900))
        member = staff.add_staff(
            ctx,
            admin,
            staff.StaffInput(
                name=name,
                kind=kind,
                position=pos,
                gender=rng.choice(["男", "男", "女"]),
                phone=f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}",
                user_id=uid,
                cert_number=cert,
                cert_issuer="杭州市萧山区人民政府" if cert else None,
                cert_issued_on=issued,
                cert_expires_on=expires,
            ),
        )
        if kind is StaffKind.SWORN and n % 17 == 7:
            staff.apply_certificate_action(
                ctx, admin, member.id, CertAction.YELLOW, reason="年度考核发现执法文书不规范，予以黄牌警告"
            )
        if kind is StaffKind.SWORN and n == 30:
            staff.apply_certificate_action(
                ctx, admin, member.id, CertAction.ORANGE, reason="执法过错责任追究，暂扣执法证"
            )
    return admin


def fill_township_year(
    ctx: AppContext, progress: Callable[[str, int, int], None] | None = None
) -> Actor:
    """The whole demo township: squad and users, a year of training, the equipment inventory
    and about 30,000 cases. `progress(step, done, total)` is called between steps."""
    from app.services.demo_cases import fill_cases_demo
    from app.services.demo_equipment import fill_equipment_demo
    from app.services.demo_training import fill_training_demo

    steps = ["人员与账户", "培训记录", "装备台账", "案件"]

    def tell(i: int) -> None:
        if progress is not None:
            progress(steps[i] if i < len(steps) else "", i, len(steps))

    tell(0)
    admin = fill_demo(ctx)
    tell(1)
    fill_training_demo(ctx, admin, ctx.clock.today().year)
    tell(2)
    fill_equipment_demo(ctx, admin)
    tell(3)
    fill_cases_demo(ctx, admin)
    tell(4)
    return admin
