"""Builds a decided (and optionally closed) general-procedure case through the real workflow
for the case-document tests; the case fixtures (cctx, squad) come from tests/cases."""

from __future__ import annotations

from pathlib import Path

from app.context import AppContext
from app.rules.discretion import Tier
from app.rules.workflow import Move, Outcome
from app.services import cases
from tests.cases.conftest import Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock

PHONE = "13800000000"
ID_NUMBER = "11010519491231002X"


def decided_case(ctx: AppContext, squad: Squad, clock: FakeClock, *, close: bool = True,
                 fine_fen: int = 10000) -> str:
    ref = register(ctx, squad)
    cases.assign_reviewer(ctx, squad.leader, ref.id, squad.reviewer_id)
    cases.move(ctx, squad.leader, ref.id, Move.FILE)
    cases.move(ctx, squad.officers[0], ref.id, Move.INVESTIGATE)
    cases.record_investigation_report(ctx, squad.officers[1], ref.id,
                                      f"当事人吴建国（电话{PHONE}）对违法事实无异议。")
    cases.move(ctx, squad.officers[0], ref.id, Move.SUBMIT_REVIEW)
    cases.record_review(ctx, squad.reviewer, ref.id, passed=True, opinion="事实清楚，同意。")
    cases.move(ctx, squad.officers[0], ref.id, Move.NOTIFY)
    clock.advance(days=10)
    cases.move(ctx, squad.leader, ref.id, Move.DECIDE,
               cases.MoveRequest(Outcome.PENALTY, fine_fen, tier=Tier.GENERAL))
    if close:
        cases.move(ctx, squad.officers[0], ref.id, Move.SERVE)
        cases.record_payment(ctx, squad.officers[0], ref.id, fine_fen, clock.today())
        cases.move(ctx, squad.leader, ref.id, Move.CLOSE)
    return ref.id


ISSUED_TYPES = ("case_source", "filing_approval", "inspection_record", "advance_notice",
                "penalty_decision", "service_receipt", "closing_report")


def build_issued_store(template: Path, dest: Path) -> tuple[str, str]:
    """A store copied from the case template with one closed case whose main documents are
    issued (signing key in a throwaway in-memory keyring; its public key stays in the store).
    Returns (case id, case number)."""
    import shutil

    import keyring

    from app.services import case_documents as cd
    from app.store import open_store
    from tests.cases.conftest import build_squad  # noqa: F401
    from tests.conftest import MemoryKeyring

    shutil.copyfile(template, dest)
    clock = FakeClock()
    ctx = open_store(dest, clock=clock)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        from sqlalchemy import select

        from app.services import users
        from local_db.models import StaffMember, UserAccount

        with ctx.db.read_session() as s:
            by_user = {u.username: u for u in s.scalars(select(UserAccount))}
            staff_of = {m.user_id: m.id for m in s.scalars(select(StaffMember))}
        act = {k: users.actor_for(u) for k, u in by_user.items()}
        sid = {k: staff_of.get(u.id) or "" for k, u in by_user.items()}
        squad = Squad(act["leader"], (act["officer0"], act["officer1"], act["officer2"]),
                      act["reviewer"], act["clerk"], sid["leader"],
                      (sid["officer0"], sid["officer1"], sid["officer2"]), sid["reviewer"],
                      act["admin"])
        case_id = decided_case(ctx, squad, clock)
        for kind in ISSUED_TYPES:
            cd.issue_case_document(ctx, squad.leader, case_id, kind)
        number = cd.case_doc_data(ctx, case_id).case_number
    finally:
        keyring.set_keyring(previous)
        ctx.db.dispose()
    return case_id, number


def make_cases_template(path: Path) -> Path:
    """The case tests' template store (township, reference data, squad) at `path`."""
    from app.context import SYSTEM_ACTOR
    from app.services import reference_data, setup
    from app.store import open_store
    from tests.cases import conftest as cc
    from tests.conftest import ADMIN_PASSWORD

    ctx = open_store(path, clock=FakeClock())
    setup.initialize(ctx, township_name="孝顺镇", squad_name="孝顺镇综合行政执法队",
                     doc_prefix="孝顺镇综执", admin_username="admin", admin_display_name="管理员",
                     admin_password=ADMIN_PASSWORD)
    reference_data.ensure_loaded(ctx)
    reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "catalog", cc.CATALOG)
    reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "benchmarks", cc.BENCHMARKS)
    cc.build_squad(ctx)
    ctx.db.dispose()
    reference_data.invalidate(ctx)
    return path


def issued_store_at(tmp: Path) -> tuple[Path, str, str]:
    """(store path, case id, case number) of a fresh issued store under `tmp`."""
    template = make_cases_template(tmp / "template.sqlite3")
    path = tmp / "issued.sqlite3"
    cid, number = build_issued_store(template, path)
    return path, cid, number
