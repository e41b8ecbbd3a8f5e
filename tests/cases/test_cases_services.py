"""Summary limits, transfers, joint actions, evidence, search, statistics, ledger, reference
updates and the `cases` command line, on a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.context import SYSTEM_ACTOR, AppContext
from app.errors import DomainError, ValidationError
from app.rules.deadlines import Deadline
from app.rules.workflow import Move, PartyType, Procedure, Status
from app.services import (
    case_deadlines,
    case_evidence,
    case_search,
    case_transfers,
    cases,
    reference_data,
)
from app.services.case_search import CaseFilter
from local_db.models import AuditLog
from local_db.models_cases import Case
from tests.cases.conftest import Squad
from tests.cases.helpers import CITIZEN, COMPANY, register
from tests.conftest import FakeClock

ACT = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


def _summary(squad: Squad, party: cases.PartyInput, fine: int, **kw: object) -> cases.SummaryInput:
    return cases.SummaryInput(party=party, place="孝顺镇孝顺村人民路5号", act_at=ACT,
                              item_code="WT-001", facts="小型汽车停放在人行道上。", fine_fen=fine,
                              handler_ids=(squad.officer_ids[0],), **kw)  # type: ignore[arg-type]


def _rows(ctx: AppContext) -> tuple[int, int]:
    with ctx.db.read_session() as s:
        return (s.scalar(select(func.count()).select_from(Case)) or 0,
                s.scalar(select(func.count()).select_from(AuditLog)) or 0)


def test_summary_limits_refused_with_message_and_nothing_written(cctx: AppContext,
                                                                 squad: Squad) -> None:
    before = _rows(cctx)
    with pytest.raises(DomainError, match="200 元以下罚款或警告") as exc:
        cases.quick_summary_case(cctx, squad.officers[0], _summary(squad, CITIZEN, 200_01))
    assert exc.value.code == "summary_over_limit"
    with pytest.raises(DomainError, match="3000 元以下"):
        cases.quick_summary_case(cctx, squad.officers[0], _summary(squad, COMPANY, 3000_01))
    assert _rows(cctx) == before
    ok = cases.quick_summary_case(cctx, squad.officers[0],
                                  _summary(squad, COMPANY, 3000_00, reasons="多次违停"))
    assert ok.status is Status.SERVED and ok.number == "孝顺镇综执简〔2026〕第1号"
    warn = cases.quick_summary_case(cctx, squad.officers[0],
                                    _summary(squad, CITIZEN, 0, warning_only=True))
    assert warn.status is Status.CLOSED
    # summary cases never enter the general workflow
    with pytest.raises(DomainError, match="简易程序"):
        cases.move(cctx, squad.leader, ok.id, Move.CLOSE)
    [pay] = [d for d in case_deadlines.case_deadlines(cctx, ok.id)]
    assert pay.kind is Deadline.PAYMENT and pay.due_on == date(2026, 12, 8)
    paid = cases.record_payment(cctx, squad.officers[0], ok.id, 3000_00, date(2026, 12, 10))
    assert paid.status is Status.CLOSED
    detail = case_search.case_detail(cctx, ok.id)
    assert detail.late_fee_fen == 3000_00 * 3 * 2 // 100  # two days late, 3 % a day


def test_bad_identifiers_are_refused(cctx: AppContext, squad: Squad) -> None:
    bad_id = cases.PartyInput(PartyType.CITIZEN, "吴建国", id_number="110105194912310021")
    with pytest.raises(ValidationError, match="校验位") as exc:
        cases.quick_summary_case(cctx, squad.officers[0], _summary(squad, bad_id, 50_00))
    assert exc.value.field == "parties[0].id_number"
    bad_uscc = cases.PartyInput(PartyType.ORGANISATION, "某公司", uscc="91350100M000100Y44")
    with pytest.raises(ValidationError, match="校验位"):
        cases.quick_summary_case(cctx, squad.officers[0], _summary(squad, bad_uscc, 50_00))


def test_transfer_out_tracked_to_acknowledgement(cctx: AppContext, squad: Squad,
                                                 clock: FakeClock) -> None:
    ref = register(cctx, squad, item="SR-001")
    t = case_transfers.propose_transfer_out(
        cctx, squad.officers[0], ref.id, counterpart="金华市公安局金东分局", to_police=True,
        reasons="涉嫌销售假冒商品，数额较大，涉嫌犯罪。", materials=["现场检查笔录", "照片 12 张"])
    due = next(d for d in case_deadlines.case_deadlines(cctx, ref.id)
               if d.kind is Deadline.TRANSFER)
    assert due.due_on == date(2026, 11, 26)  # 3 working days from Monday 23 November
    with pytest.raises(DomainError):
        case_transfers.send_transfer(cctx, squad.officers[0], t.id, letter_number="移〔2026〕1号")
    sent = case_transfers.send_transfer(cctx, squad.leader, t.id, letter_number="移〔2026〕1号")
    assert sent.sent_at is not None
    assert case_search.case_detail(cctx, ref.id).status is Status.TRANSFERRED
    assert [x.id for x in case_transfers.transfers(cctx, unacknowledged=True)] == [t.id]
    clock.advance(days=2)
    case_transfers.acknowledge_transfer(cctx, squad.officers[0], t.id)
    assert case_transfers.transfers(cctx, unacknowledged=True) == []


def test_urgent_transfer_due_in_24_hours(cctx: AppContext, squad: Squad) -> None:
    ref = register(cctx, squad)
    case_transfers.propose_transfer_out(cctx, squad.officers[0], ref.id, counterpart="区市场监管局",
                                        reasons="食品安全", urgent=True)
    d = next(x for x in case_deadlines.case_deadlines(cctx, ref.id)
             if x.kind is Deadline.TRANSFER_URGENT)
    assert d.due_at is not None and d.due_at - ACT == timedelta(hours=25)  # found at 02:00 UTC


def test_transfer_in_and_joint_action(cctx: AppContext, squad: Squad) -> None:
    data = cases.CaseInput(source=cases.CaseSource.TRANSFER_IN, parties=[CITIZEN],
                           place="孝顺镇车客村", act_at=ACT, discovered_on=date(2026, 11, 23),
                           item_codes=["JS-001"], facts="违法搭建", handler_ids=squad.officer_ids[:2])
    ref = cases.register_case(cctx, squad.officers[0], data, received=cases.ReceivedTransfer(
        "区自然资源和规划局", "属乡镇赋权事项", ["移送函"], "金自然资移〔2026〕3号"))
    [t] = case_transfers.transfers(cctx, case_id=ref.id)
    assert t.direction == "in" and t.acknowledged_at is not None
    with pytest.raises(DomainError, match="提前 5 日"):
        case_transfers.start_joint_action(
            cctx, squad.leader, kind=case_transfers.JointKind.SPECIAL, title="餐饮油烟专项整治",
            start_on=date(2026, 11, 25), lead_department="孝顺镇", departments=["区生态环境分局"],
            plan="方案")
    j = case_transfers.start_joint_action(
        cctx, squad.leader, kind=case_transfers.JointKind.SPECIAL, title="餐饮油烟专项整治",
        start_on=date(2026, 11, 30), lead_department="孝顺镇", departments=["区生态环境分局"],
        plan="方案")
    j = case_transfers.link_joint_case(cctx, squad.officers[0], j.id, department="孝顺镇",
                                       case_number="", case_id=ref.id)
    j = case_transfers.link_joint_case(cctx, squad.officers[0], j.id, department="区生态环境分局",
                                       case_number="金环罚〔2026〕88号")
    assert [c[1] for c in j.cases] == [ref.number, "金环罚〔2026〕88号"]


def test_evidence_is_content_addressed_and_survives_the_source(cctx: AppContext, squad: Squad,
                                                              tmp_path: Path) -> None:
    ref = register(cctx, squad)
    src = tmp_path / "现场照片.jpg"
    src.write_bytes(b"\xff\xd8 photo bytes " * 1000)
    e = case_evidence.attach_evidence(cctx, squad.officers[0], ref.id, src,
                                      kind=case_evidence.EvidenceKind.PHOTO)
    import hashlib

    assert e.sha256 == hashlib.sha256(src.read_bytes()).hexdigest() and e.size == src.stat().st_size
    stored = case_evidence.stored_path(cctx, e.sha256)
    assert stored == cctx.db_path.parent / "evidence" / e.sha256[:2] / e.sha256
    src.unlink()
    assert case_evidence.verify_evidence(cctx, e.id)
    [listed] = case_evidence.case_evidence(cctx, ref.id)
    assert listed.stored and listed.original_name == "现场照片.jpg"
    # the same content elsewhere is stored once; on the same case it is a duplicate
    again = tmp_path / "copy.jpg"
    again.write_bytes(stored.read_bytes())
    other = register(cctx, squad)
    case_evidence.attach_evidence(cctx, squad.officers[0], other.id, again,
                                  kind=case_evidence.EvidenceKind.PHOTO)
    with pytest.raises(DomainError, match="已作为本案证据"):
        case_evidence.attach_evidence(cctx, squad.officers[0], other.id, again,
                                      kind=case_evidence.EvidenceKind.PHOTO)
    assert len(list((cctx.db_path.parent / "evidence").rglob("*"))) == 2  # one folder, one file


def test_search_filters_rows_and_statistics(cctx: AppContext, squad: Squad, tmp_path: Path) -> None:
    a = register(cctx, squad, text="在店门外摆摊经营水果。")
    b = register(cctx, squad, party=COMPANY, place="孝顺镇低田村工业园路9号", item="JS-001",
                 facts={"cost_yuan": 1000}, text="未经许可搭建钢棚。",
                 handlers=squad.officer_ids[1:3])
    c = cases.quick_summary_case(cctx, squad.officers[0], _summary(squad, CITIZEN, 100_00))

    def ids(**kw: object) -> set[str]:
        return set(case_search.case_ids(cctx, CaseFilter(**kw)))  # type: ignore[arg-type]

    assert ids(text="吴建国") == {a.id, c.id}  # party name (3 characters: index)
    assert ids(text="吴海") == {b.id}  # legal representative, 2 characters: scan
    assert ids(text="低田村") == {b.id}  # place
    assert ids(text="钢棚") == {b.id}  # facts
    assert ids(text="综执简") == {c.id}  # number
    assert ids(text="11010519491231002X") == {a.id, c.id}  # ID number
    assert ids(text='"水果') == set()  # query syntax is quoted, never an error
    assert ids(procedure=Procedure.SUMMARY) == {c.id}
    assert ids(statuses=frozenset({Status.RECEIVED})) == {a.id, b.id}
    assert ids(item_code="JS-001") == {b.id}
    assert ids(handler_id=squad.officer_ids[2]) == {b.id}
    assert ids(date_from=date(2026, 11, 21)) == {c.id}
    order = case_search.case_ids(cctx, CaseFilter(), case_search.CaseSort.NUMBER)
    rows = case_search.case_rows(cctx, list(reversed(order)))
    assert [r.id for r in rows] == list(reversed(order))
    assert rows[-1].lead_handler == "李娜"
    stats = case_search.statistics(cctx)
    assert stats.total == 3 and stats.by_procedure == {"general": 2, "summary": 1}
    assert stats.by_status == {"received": 2, "served": 1} and stats.by_item["SR-001"] == 1
    assert stats.fines_fen == 100_00 and stats.by_month == {"2026-11": 3}
    out = tmp_path / "台账.xlsx"
    with pytest.raises(DomainError):
        case_search.export_ledger(cctx, squad.officers[0], out)
    assert case_search.export_ledger(cctx, squad.clerk, out) == 3
    sheet = load_workbook(out).active
    assert sheet is not None
    values = list(sheet.values)
    assert values[0][:3] == ("序号", "案件编号", "程序") and len(values) == 4


def test_overdue_listing(cctx: AppContext, squad: Squad, clock: FakeClock) -> None:
    ref = register(cctx, squad, discovered_on=date(2026, 11, 2),
                   act_at=datetime(2026, 11, 1, 1, tzinfo=UTC))
    [d] = case_deadlines.attention_list(cctx)
    assert d.case_id == ref.id and d.kind is Deadline.FILING
    clock.advance(days=3)
    assert case_deadlines.overdue_count(cctx) == 1


def test_holiday_update_adds_a_year_and_recomputes(cctx: AppContext, squad: Squad,
                                                   clock: FakeClock) -> None:
    clock.current = datetime(2030, 12, 28, 2, tzinfo=UTC)  # a year without holiday data
    ref = register(cctx, squad, act_at=datetime(2030, 12, 28, 1, tzinfo=UTC),
                   discovered_on=date(2030, 12, 28))
    [d] = case_deadlines.case_deadlines(cctx, ref.id)
    assert d.provisional
    before = d.due_on
    reference_data.apply_reference_update(cctx, SYSTEM_ACTOR, "holidays", {
        "version": "9999.1", "years": [2030, 2031],
        "days": [{"day": f"2031-01-{n:02d}", "kind": "holiday", "name": "元旦"} for n in (1, 2, 3)]
        + [{"day": "2031-01-04", "kind": "workday", "name": "元旦调休"},
           {"day": "2030-10-01", "kind": "holiday", "name": "国庆节"}]})
    [d] = case_deadlines.case_deadlines(cctx, ref.id)
    assert not d.provisional and d.due_on != before
    with pytest.raises(DomainError, match="不比已载入"):
        reference_data.apply_reference_update(cctx, SYSTEM_ACTOR, "holidays", {
            "version": "9998", "days": []})


def test_cli_lists_cases_tab_separated(cctx: AppContext, squad: Squad,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from app.cli_cases import add_cases_commands

    a = register(cctx, squad)
    c = cases.quick_summary_case(cctx, squad.officers[0], _summary(squad, CITIZEN, 100_00))
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    add_cases_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--db", str(cctx.db_path), "cases"])
    assert args.func(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split("\t")[:2] for ln in lines] == [[a.number, "received"], [c.number, "served"]]
    args = parser.parse_args(["--db", str(cctx.db_path), "cases", "--status", "served",
                              "--limit", "5"])
    args.func(args)
    assert capsys.readouterr().out.split("\t")[:2] == [c.number, "served"]
