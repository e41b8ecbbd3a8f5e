"""Demo cases for the 孝顺镇 demo squad: a realistic township year (about 1,000 general,
3,000 summary and 26,000 parking-style summary cases) across statuses, with parties, items,
handlers, steps, deadlines and evidence metadata (no files).

Written fast: plain bulk INSERTs in one transaction per 5,000 cases. Each case gets one audit
entry ("demo.case", hash-chained like every other entry, built in bulk) so that its detail page
has a timeline. Demo rows are not queued in the sync outbox: demo data is never sent to the
county.
"""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, time, timedelta
from time import time_ns
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.rules.certificates import StaffKind, StaffPosition
from app.rules.deadlines import Deadline, due_date
from app.rules.identity import USCC_ALPHABET, id_check_char, uscc_check_char
from app.rules.workflow import Outcome, PartyType, Procedure, Status
from app.services import reference_data, staff
from app.services.cases import format_case_number
from local_db import audit
from local_db.ids import new_id
from local_db.models import AuditLog, Township
from local_db.models_cases import (
    Case,
    CaseDeadline,
    CaseHandler,
    CaseItem,
    CaseParty,
    CaseStep,
    Evidence,
)

VILLAGES = [
    "孝顺村", "浦口村", "低田村", "中柔村", "车客村", "严店村", "上范村", "下范村", "新屋村",
    "芦塘村", "溪口村", "塘头村", "荷花塘村", "石塔村", "金村", "大塘下村", "五四村", "东湖塘村",
]
STREETS = ["振兴路", "人民路", "孝顺大道", "浦口路", "金东路", "文化路", "工业园路", "兴业街",
           "老街", "商贸路", "车站路", "柔川街"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
         "超", "秀英", "华", "建国", "志强", "海燕", "晓东", "丽华", "建华", "国强", "文杰", "俊",
         "红梅", "晨", "浩然", "雪", "斌", "波", "宇航", "佳怡", "子涵", "振华", "立新", "春花"]
SHOPS = ["小吃店", "餐饮店", "水果店", "五金店", "汽修店", "便利店", "烧烤店", "建材商行",
         "家具厂", "纺织有限公司", "食品有限公司", "物流有限公司"]
PLATES = "ABCDEFGHJK"

FALLBACK_CATALOG: dict[str, Any] = {
    "version": "0.demo",
    "items": [
        {"code": "SR-001", "name": "擅自占用城市道路摆摊设点", "domain": "市容环卫"},
        {"code": "SR-002", "name": "店外经营", "domain": "市容环卫"},
        {"code": "LJ-001", "name": "未按规定分类投放生活垃圾", "domain": "垃圾分类"},
        {"code": "YY-001", "name": "餐饮油烟未经处理直接排放", "domain": "餐饮油烟"},
        {"code": "JS-001", "name": "未取得建设工程规划许可证进行建设", "domain": "违法建设"},
        {"code": "WT-001", "name": "机动车在人行道违法停放", "domain": "人行道违停"},
    ],
}

# General-case status spread (weights), most cases of a year are finished.
GENERAL_STATUSES = [
    (Status.RECEIVED, 3), (Status.FILED, 4), (Status.INVESTIGATING, 8), (Status.REVIEWING, 3),
    (Status.NOTIFIED, 4), (Status.HEARING, 1), (Status.DECIDED, 3), (Status.SERVED, 4),
    (Status.EXECUTING, 5), (Status.CLOSED, 25), (Status.ARCHIVED, 35), (Status.TRANSFERRED, 5),
]
ORDER = [Status.RECEIVED, Status.FILED, Status.INVESTIGATING, Status.REVIEWING, Status.NOTIFIED,
         Status.HEARING, Status.DECIDED, Status.SERVED, Status.EXECUTING, Status.CLOSED,
         Status.ARCHIVED]
MOVE_INTO = {Status.FILED: "file", Status.INVESTIGATING: "investigate",
             Status.REVIEWING: "submit_review", Status.NOTIFIED: "notify",
             Status.HEARING: "request_hearing", Status.DECIDED: "decide", Status.SERVED: "serve",
             Status.EXECUTING: "start_execution", Status.CLOSED: "close",
             Status.ARCHIVED: "archive", Status.TRANSFERRED: "transfer"}
BATCH = 5000


def _id_number(rng: random.Random) -> str:
    born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
    first17 = f"330703{born:%Y%m%d}{rng.randint(0, 999):03d}"
    return first17 + id_check_char(first17)


def _uscc(rng: random.Random) -> str:
    first17 = "91330703" + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    return first17 + uscc_check_char(first17)


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _place(rng: random.Random) -> str:
    return f"孝顺镇{rng.choice(VILLAGES)}{rng.choice(STREETS)}{rng.randint(1, 280)}号"


_LOCAL_TZ = datetime.now().astimezone().tzinfo


def _at(day: date, rng: random.Random) -> datetime:
    local = datetime.combine(day, time(rng.randint(7, 20), rng.choice((0, 10, 20, 30, 40, 50))))
    return local.replace(tzinfo=_LOCAL_TZ).astimezone(UTC)


class _Ids:
    """UUIDv7-layout ids like local_db.ids.new_id, drawn from the seeded generator (os.urandom
    per id made the bulk build slow); the millisecond part keeps them time-ordered."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ms = time_ns() // 1_000_000

    def __call__(self) -> str:
        self.ms += 1
        rand = self.rng.getrandbits(74)
        value = (self.ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | ((rand >> 62) & 0xFFF) << 64
        value |= 0b10 << 62 | (rand & ((1 << 62) - 1))
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_new_id = new_id


def _sync(ts: datetime, township: str, user_id: str | None) -> dict[str, Any]:
    return {"id": _new_id(), "township_id": township, "version": 1, "updated_at": ts,
            "updated_by": user_id, "deleted": False}


def _sql_value(v: Any) -> Any:
    """The value as SQLAlchemy's SQLite types store it (UTC naive text, ISO dates, 0/1)."""
    if isinstance(v, datetime):
        return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


def _bulk_insert(conn: Any, table: str, rows: list[dict[str, Any]]) -> None:
    cols = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    conn.exec_driver_sql(sql, [tuple(_sql_value(r[c]) for c in cols) for r in rows])


class _Chain:
    """Builds hash-chained audit rows in bulk, continuing the store's chain."""

    def __init__(self, seq: int, prev: str) -> None:
        self.seq, self.prev = seq, prev

    def entry(self, at: datetime, user_id: str | None, user_name: str, entity_id: str,
              change: dict[str, Any]) -> dict[str, Any]:
        self.seq += 1
        row = SimpleNamespace(seq=self.seq, at=at, user_id=user_id, user_name=user_name,
                              action="demo.case", entity="enforcement_case", entity_id=entity_id,
                              change_json=audit.canonical_json(change), prev_hash=self.prev)
        h = audit.entry_hash(self.prev, row)  # type: ignore[arg-type]
        self.prev = h
        return {"seq": row.seq, "at": at, "user_id": user_id, "user_name": user_name,
                "action": "demo.case", "entity": "enforcement_case", "entity_id": entity_id,
                "change_json": row.change_json, "prev_hash": row.prev_hash, "hash": h}


def fill_cases_demo(ctx: AppContext, admin: Actor, seed: int = 2026, general: int = 1000,
                    summary: int = 3000, parking: int = 26000) -> int:
    """Add a township year of cases to an initialised demo store; returns how many."""
    global _new_id
    rng = random.Random(seed)
    _new_id = _Ids(random.Random(seed + 1))
    reference_data.ensure_loaded(ctx)
    items = [i for i in reference_data.catalog(ctx) if i.township_power]
    if not items:
        reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "catalog", FALLBACK_CATALOG)
        items = [i for i in reference_data.catalog(ctx) if i.township_power]
    parking_items = [i for i in items if "违停" in i.domain or "停放" in i.name] or items[:1]
    other_items = [i for i in items if i not in parking_items] or items
    cal = reference_data.calendar(ctx)
    today = ctx.clock.today()
    people = staff.list_staff(ctx)
    leaders = [p for p in people if p.position is StaffPosition.LEADER and p.user_id]
    decider = leaders[0] if leaders else None
    eligible = [p for p in people if p.kind is StaffKind.SWORN
                and staff.eligibility(p, today).ok and p is not decider]
    reviewer = next((p for p in eligible if p.name == "陈静"), eligible[-1])
    handlers = [p for p in eligible if p is not reviewer]
    if len(handlers) < 2:
        raise ValueError("the demo squad needs at least two certified officers")
    with ctx.db.read_session() as s:
        township = s.scalar(select(Township))
        assert township is not None
        tid, prefix = township.id, township.doc_prefix
        last = s.execute(select(AuditLog.seq, AuditLog.hash).order_by(AuditLog.seq.desc())
                         .limit(1)).first()
    chain = _Chain(last[0], last[1]) if last else _Chain(0, audit.GENESIS_HASH)
    kinds = ([Procedure.GENERAL] * general + [Procedure.SUMMARY] * summary + ["parking"] * parking)
    rng.shuffle(kinds)
    days = sorted(today - timedelta(days=rng.randint(0, 364)) for _ in kinds)
    seqs: dict[tuple[int, str], int] = {}
    now = ctx.clock.now()
    total = 0
    for start in range(0, len(kinds), BATCH):
        rows: dict[str, list[dict[str, Any]]] = {k: [] for k in (
            "case", "party", "item", "handler", "step", "deadline", "evidence", "audit")}
        for kind, day in zip(kinds[start:start + BATCH], days[start:start + BATCH], strict=True):
            _one_case(rng, kind, day, today, now, cal, tid, prefix, seqs, handlers, reviewer,
                      decider, parking_items, other_items, admin, rows, chain)
        with ctx.uow(admin) as uow:
            conn = uow.session.connection()
            # Parties before their cases (foreign keys checked at commit): the case's FTS
            # trigger then indexes the parties at once instead of being updated per party.
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for table, model in (("party", CaseParty), ("case", Case), ("item", CaseItem),
                                 ("handler", CaseHandler), ("step", CaseStep),
                                 ("deadline", CaseDeadline), ("evidence", Evidence),
                                 ("audit", AuditLog)):
                if rows[table]:
                    _bulk_insert(conn, model.__tablename__, rows[table])
            uow.commit()
        total += len(rows["case"])
    return total


def _one_case(rng: random.Random, kind: Any, day: date, today: date, now: datetime, cal: Any,
              tid: str, prefix: str, seqs: dict[tuple[int, str], int], handlers: list[Any],
              reviewer: Any, decider: Any, parking_items: list[Any], other_items: list[Any],
              admin: Actor, rows: dict[str, list[dict[str, Any]]], chain: _Chain) -> None:
    procedure = Procedure.GENERAL if kind is Procedure.GENERAL else Procedure.SUMMARY
    key = (day.year, procedure.value)
    seqs[key] = seqs.get(key, 0) + 1
    number = format_case_number(prefix, procedure, day.year, seqs[key])
    act_at = _at(day, rng)
    uid = admin.user_id
    who = rng.sample(handlers, 2)
    item = rng.choice(parking_items if kind == "parking" else other_items)
    organisation = kind != "parking" and rng.random() < 0.25
    if organisation:
        name = f"金华市金东区孝顺{rng.choice(VILLAGES)[:-1]}{rng.choice(SHOPS)}"
        party = {"party_type": PartyType.ORGANISATION.value, "name": name, "id_number": None,
                 "uscc": _uscc(rng), "legal_rep": _person(rng), "phone": None}
    else:
        name = _person(rng)
        party = {"party_type": PartyType.CITIZEN.value, "name": name,
                 "id_number": _id_number(rng), "uscc": None, "legal_rep": None,
                 "phone": f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"}
    place = _place(rng)
    if kind == "parking":
        plate = f"浙G{rng.choice(PLATES)}{rng.randint(10000, 99999)}"
        facts = f"车牌号{plate}的小型汽车停放在{place}人行道上，妨碍行人通行。"
        fine = rng.choice((5000, 10000, 10000, 15000, 20000))
    else:
        facts = f"当事人{name}在{place}{item.name}，经现场检查属实。"
        fine = rng.choice((5000, 10000, 20000, 50000, 100000, 200000, 300000))
        if not organisation:
            fine = min(fine, 20000)
    case_id = new_id()
    case: dict[str, Any] = {
        **_sync(now, tid, uid), "id": case_id, "number": number, "number_year": day.year,
        "number_seq": seqs[key], "procedure": procedure.value,
        "source": "patrol" if kind == "parking" else rng.choice(
            ("patrol", "patrol", "complaint", "digital", "assigned")),
        "source_detail": None, "item_code": item.code, "party_type": party["party_type"],
        "party_name": name, "place": place, "act_at": act_at, "act_on": day, "discovered_on": day,
        "facts": facts, "facts_json": "{}", "life_health_finance": item.life_health_finance,
        "within_limitation": True, "lead_handler_id": who[0].id, "reviewer_id": None,
        "decider_id": None, "filed_on": None, "investigation_report": None,
        "review_passed": False, "review_opinion": None, "notice_on": None,
        "hearing_requested": False, "hearing_held": False, "first_offence": False,
        "outcome": None, "warning_only": False, "fine_fen": 0, "benchmark_version": None,
        "tier": None, "range_min_fen": None, "range_max_fen": None, "reasons": None,
        "decided_on": None, "decision_number": None, "served_on": None, "paid_fen": 0,
        "late_fee_fen": 0, "paid_on": None, "payment_ref": None, "closed_on": None,
    }
    steps: list[tuple[str, str | None, str, date]] = []
    deadlines: list[tuple[Deadline, date, date | None]] = []  # kind, start, met on
    if procedure is Procedure.SUMMARY:
        paid = rng.random() < 0.93 or (today - day).days > 30
        case.update(outcome=Outcome.PENALTY.value, fine_fen=fine, decided_on=day, served_on=day,
                    decider_id=who[0].id, decision_number=number,
                    status=(Status.CLOSED if paid else Status.SERVED).value)
        if paid:
            pay_day = min(today, day + timedelta(days=rng.randint(0, 12)))
            case.update(paid_fen=fine, paid_on=pay_day, closed_on=pay_day)
        deadlines.append((Deadline.PAYMENT, day, case["paid_on"]))
        steps.append(("summary_decision", None, case["status"], day))
    else:
        age = (today - day).days
        weights = [(s, w) for s, w in GENERAL_STATUSES
                   if age > 60 or s not in (Status.CLOSED, Status.ARCHIVED)]
        target = rng.choices([s for s, _ in weights], [w for _, w in weights])[0]
        case["reviewer_id"] = reviewer.id
        steps.append(("register", None, Status.RECEIVED.value, day))
        deadlines.append((Deadline.FILING, day, None))
        path = [Status.TRANSFERRED] if target is Status.TRANSFERRED else [
            s for s in ORDER[1:ORDER.index(target) + 1]
            if s is not Status.HEARING or target is Status.HEARING or rng.random() < 0.05]
        if target is Status.TRANSFERRED and rng.random() < 0.5:
            path = [Status.FILED, Status.INVESTIGATING, Status.TRANSFERRED]
        span = max(1, min(age, 80))
        prev = Status.RECEIVED
        for n, status in enumerate(path):
            when = min(today, day + timedelta(days=1 + span * (n + 1) // (len(path) + 1)))
            steps.append((MOVE_INTO[status], prev.value, status.value, when))
            prev = status
            if status is Status.FILED:
                case["filed_on"] = when
                deadlines[0] = (Deadline.FILING, day, when)
                deadlines.append((Deadline.DECISION, when, None))
            elif status is Status.REVIEWING or (status is Status.NOTIFIED):
                case["investigation_report"] = "调查终结，事实清楚。"
                if status is Status.REVIEWING:
                    case["review_passed"] = True
            if status is Status.NOTIFIED:
                case["notice_on"] = when
            elif status is Status.DECIDED:
                case.update(outcome=Outcome.PENALTY.value, fine_fen=fine, decided_on=when,
                            decider_id=decider.id if decider else None, tier="general")
                deadlines = [(k, st, met if met else (when if k is Deadline.DECISION else met))
                             for k, st, met in deadlines]
                deadlines.append((Deadline.SERVICE, when, None))
            elif status is Status.SERVED:
                case["served_on"] = when
                deadlines = [(k, st, when if k is Deadline.SERVICE else met)
                             for k, st, met in deadlines]
                deadlines.append((Deadline.PAYMENT, when, None))
            elif status is Status.CLOSED:
                case.update(paid_fen=case["fine_fen"], paid_on=when, closed_on=when)
                deadlines = [(k, st, met or when) for k, st, met in deadlines]
            elif status is Status.TRANSFERRED:
                deadlines = [(k, st, met or when) for k, st, met in deadlines]
        case["status"] = prev.value
    rows["case"].append(case)
    rows["party"].append({**_sync(now, tid, uid), "case_id": case_id, "seq": 0, "address": None,
                          **party})
    rows["item"].append({**_sync(now, tid, uid), "case_id": case_id, "item_code": item.code,
                         "seq": 0})
    for i, h in enumerate(who if procedure is Procedure.GENERAL else who[:1]):
        rows["handler"].append({**_sync(now, tid, uid), "case_id": case_id, "staff_id": h.id,
                                "lead": i == 0})
    for move, frm, to, when in steps:
        by = decider if move in ("file", "decide", "close", "transfer") and decider else who[0]
        rows["step"].append({**_sync(now, tid, uid), "case_id": case_id, "move": move,
                             "from_status": frm, "to_status": to, "at": _at(when, rng),
                             "by_user_id": None, "by_staff_id": by.id, "by_name": by.name,
                             "document_ref": None, "note": None})
    for dkind, start, met in deadlines:
        due = due_date(cal, dkind, start)
        rows["deadline"].append({**_sync(now, tid, uid), "case_id": case_id, "kind": dkind.value,
                                 "start_on": start, "due_on": due.day, "due_at": None,
                                 "provisional": due.provisional,
                                 "met_at": _at(met, rng) if met else None, "transfer_id": None})
    for n in range(rng.choice((1, 2, 2, 3)) if kind != "parking" else 1):
        digest = hashlib.sha256(f"{case_id}/{n}".encode()).hexdigest()
        rows["evidence"].append({**_sync(now, tid, uid), "case_id": case_id, "sha256": digest,
                                 "original_name": f"IMG_{day:%Y%m%d}_{rng.randint(1000, 9999)}.jpg",
                                 "kind": "photo", "size": rng.randint(800_000, 4_000_000),
                                 "captured_at": act_at, "note": "现场照片（演示数据，无文件）"})
    rows["audit"].append(chain.entry(now, uid, admin.username, case_id, {
        "number": number, "status": case["status"], "demo": True}))
