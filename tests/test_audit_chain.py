"""The audit chain (全过程记录): verification, tampering, the CLI check, and the one-action =
one-audit-entry + outbox rule of every write service."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from app.context import Actor, AppContext
from app.errors import DomainError
from app.rules.certificates import CertAction, StaffKind
from app.rules.roles import Role
from app.services import audit, setup, staff, users
from app.store import open_store
from local_db import audit as chain
from local_db.models import UserAccount
from local_db.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD, FakeClock

ROOT = Path(__file__).resolve().parent.parent
SYNCED = ("township", "user_account", "staff_member", "certificate_action")


def start_cli(db: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as con, con:
        for st in statements:
            con.execute(st)


# --- a store with a few dozen actions -----------------------------------------------------


def _busy_actions(ctx: AppContext, clock: FakeClock) -> None:
    admin = users.login(ctx, "admin", ADMIN_PASSWORD)
    users.create_user(
        ctx,
        admin,
        username="lisi",
        display_name="李四",
        roles={Role.LEADER},
        password="start-pass-1",
    )
    leader = users.login(ctx, "lisi", "start-pass-1")
    today = clock.today()
    for i in range(30):
        clock.advance(minutes=1)
        m = staff.add_staff(
            ctx,
            admin,
            staff.StaffInput(
                name=f"队员{i:02d}",
                kind=StaffKind.SWORN,
                cert_number=f"浙杭执{i:05d}",
                cert_expires_on=today + timedelta(days=900),
            ),
        )
        if i % 3 == 0:
            clock.advance(minutes=1)
            staff.apply_certificate_action(ctx, leader, m.id, CertAction.YELLOW, reason=f"警告{i}")
        if i % 5 == 0:
            clock.advance(minutes=1)
            staff.apply_certificate_action(ctx, admin, m.id, CertAction.ORANGE, reason=f"暂扣{i}")
    for _ in range(2):
        with pytest.raises(DomainError):
            users.login(ctx, "lisi", "wrong-pass-1")


@pytest.fixture(scope="module")
def busy_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("busy") / "busy.sqlite3"
    shutil.copyfile(template_db, path)
    clock = FakeClock()
    ctx = open_store(path, clock=clock)
    _busy_actions(ctx, clock)
    ctx.db.dispose()
    return path


@pytest.fixture
def busy(busy_template: Path, tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "busy.sqlite3"
    shutil.copyfile(busy_template, path)
    ctx = open_store(path, clock=FakeClock())
    yield ctx
    ctx.db.dispose()


def _entries(ctx: AppContext) -> int:
    with closing(sqlite3.connect(ctx.db_path)) as con:
        return int(con.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def test_chain_verifies_after_many_actions(busy: AppContext) -> None:
    n = _entries(busy)
    assert n >= 50
    report = audit.verify(busy)
    assert report.ok and report.checked == n and report.bad_seq is None


def test_empty_chain_verifies(empty_ctx: AppContext) -> None:
    assert audit.verify(empty_ctx) == chain.ChainReport(True, 0)


MIDDLE = 31

TAMPERS: dict[str, tuple[list[str], int]] = {
    "change_json": (
        [f"""UPDATE audit_log SET change_json='{{"reason":"篡改"}}' WHERE seq={MIDDLE}"""],
        MIDDLE,
    ),
    "change_json_value": (
        [
            f"UPDATE audit_log SET change_json=replace(change_json, '队员', '队贝') WHERE seq={MIDDLE}"
        ],
        MIDDLE,
    ),
    "user_name": ([f"UPDATE audit_log SET user_name='mallory' WHERE seq={MIDDLE}"], MIDDLE),
    "user_id": ([f"UPDATE audit_log SET user_id=NULL WHERE seq={MIDDLE}"], MIDDLE),
    "action": ([f"UPDATE audit_log SET action='staff.update' WHERE seq={MIDDLE}"], MIDDLE),
    "entity_id": ([f"UPDATE audit_log SET entity_id='x' WHERE seq={MIDDLE}"], MIDDLE),
    "at": ([f"UPDATE audit_log SET at=datetime(at, '+1 second') WHERE seq={MIDDLE}"], MIDDLE),
    "hash": ([f"UPDATE audit_log SET hash=lower(hex(randomblob(32))) WHERE seq={MIDDLE}"], MIDDLE),
    "delete_middle": ([f"DELETE FROM audit_log WHERE seq={MIDDLE}"], MIDDLE),
    "delete_first": (["DELETE FROM audit_log WHERE seq=1"], 1),
    "delete_run": ([f"DELETE FROM audit_log WHERE seq BETWEEN {MIDDLE} AND {MIDDLE + 4}"], MIDDLE),
    "swap_rows": (
        [
            f"UPDATE audit_log SET seq=-1 WHERE seq={MIDDLE}",
            f"UPDATE audit_log SET seq={MIDDLE} WHERE seq={MIDDLE + 1}",
            f"UPDATE audit_log SET seq={MIDDLE + 1} WHERE seq=-1",
        ],
        MIDDLE,
    ),
    "swap_contents": (
        [
            (
                f"UPDATE audit_log SET change_json=(SELECT change_json FROM audit_log "
                f"WHERE seq={MIDDLE + 2}), entity_id=(SELECT entity_id FROM audit_log "
                f"WHERE seq={MIDDLE + 2}) WHERE seq={MIDDLE}"
            ),
        ],
        MIDDLE,
    ),
}


@pytest.mark.parametrize("name", list(TAMPERS))
def test_tampering_is_found_at_its_seq(busy: AppContext, name: str) -> None:
    statements, bad = TAMPERS[name]
    with closing(sqlite3.connect(busy.db_path)) as con:
        before = con.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    _sql(busy.db_path, *statements)
    with closing(sqlite3.connect(busy.db_path)) as con:
        after = con.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    assert before != after  # the tampering did change something
    report = audit.verify(busy)
    assert not report.ok
    assert report.bad_seq == bad, report
    assert report.checked == bad - 1
    assert report.reason


def test_unreadable_change_json_is_reported_not_raised(busy: AppContext) -> None:
    _sql(busy.db_path, f"UPDATE audit_log SET change_json='{{not json' WHERE seq={MIDDLE}")
    report = audit.verify(busy)
    assert (report.ok, report.bad_seq) == (False, MIDDLE)


def test_cli_verify_audit_ok_then_names_the_tampered_seq(busy: AppContext, tmp_path: Path) -> None:
    n = _entries(busy)
    busy.db.dispose()
    one, two = tmp_path / "one.sqlite3", tmp_path / "two.sqlite3"
    shutil.copyfile(busy.db_path, one)
    _sql(one, f"UPDATE audit_log SET user_name='mallory' WHERE seq={MIDDLE}")
    shutil.copyfile(one, two)
    _sql(two, f"DELETE FROM audit_log WHERE seq={MIDDLE + 10}")  # the first bad stays first
    procs = [start_cli(db, "verify-audit") for db in (busy.db_path, one, two)]
    outputs = [p.communicate(timeout=120) for p in procs]
    (ok_rc, ok_out, ok_err), *bad = [
        (p.returncode, *o) for p, o in zip(procs, outputs, strict=True)
    ]
    assert ok_rc == 0, ok_err
    assert f"共 {n} 条记录" in ok_out
    for rc, out, err in bad:
        assert rc != 0
        assert f"seq={MIDDLE}" in err and f"第 {MIDDLE} 条" in err
        assert "Traceback" not in out + err


def test_entries_with_any_timezone_verify(empty_ctx: AppContext) -> None:
    """An aware time in another zone (a clock giving local time) must not break the chain."""
    setup.initialize(
        empty_ctx,
        township_name="镇",
        squad_name="队",
        doc_prefix="前",
        admin_username="admin",
        admin_display_name="A",
        admin_password=ADMIN_PASSWORD,
    )
    china = timezone(timedelta(hours=8))
    with UnitOfWork(empty_ctx.db, user_id=None, user_name="t", township_id=None) as uow:
        uow.now = datetime(2026, 11, 23, 10, 0, 0, 123456, tzinfo=china)
        uow.record("test.entry", "none", None, {"when": date(2026, 11, 23)})
        uow.commit()
    assert audit.verify(empty_ctx).ok
    entries = audit.list_entries(
        empty_ctx,
        users.login(empty_ctx, "admin", ADMIN_PASSWORD),
        audit.AuditFilter(action_prefix="test."),
    )
    assert entries[0].at == datetime(2026, 11, 23, 2, 0, 0, 123456, tzinfo=UTC)


# --- one action = one audit entry + its outbox rows -------------------------------------


def _rows(path: Path, table: str) -> dict[str, dict[str, Any]]:
    with closing(sqlite3.connect(path)) as con:
        con.row_factory = sqlite3.Row
        return {r["id"]: dict(r) for r in con.execute(f"SELECT * FROM {table}")}


def _snapshot(path: Path) -> dict[str, Any]:
    snap: dict[str, Any] = {t: _rows(path, t) for t in SYNCED}
    with closing(sqlite3.connect(path)) as con:
        snap["audit_log"] = con.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
        snap["sync_outbox"] = con.execute("SELECT * FROM sync_outbox ORDER BY seq").fetchall()
    return snap


@dataclass(frozen=True)
class Env:
    """The store's users and member the operations act on."""

    admin: Actor
    user: users.UserInfo
    me: Actor  # lisi, logged in
    member: staff.StaffInfo


@pytest.fixture(scope="module")
def env_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Env]:
    """A store with an officer account (lisi) and a certified member, built once."""
    path = tmp_path_factory.mktemp("env") / "env.sqlite3"
    shutil.copyfile(template_db, path)
    ctx = open_store(path, clock=FakeClock())
    admin = users.login(ctx, "admin", ADMIN_PASSWORD)
    user = users.create_user(
        ctx,
        admin,
        username="lisi",
        display_name="李四",
        roles={Role.OFFICER},
        password="start-pass-1",
    )
    me = users.login(ctx, "lisi", "start-pass-1")
    member = staff.add_staff(
        ctx,
        admin,
        staff.StaffInput(
            name="张三",
            kind=StaffKind.SWORN,
            cert_number="浙杭执1",
            cert_expires_on=ctx.clock.today() + timedelta(days=300),
        ),
    )
    ctx.db.dispose()
    return path, Env(admin, user, me, member)


@pytest.fixture
def env_ctx(
    env_template: tuple[Path, Env], tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[AppContext, Env]]:
    path = tmp_path / "env.sqlite3"
    shutil.copyfile(env_template[0], path)
    ctx = open_store(path, clock=clock)
    yield ctx, env_template[1]
    ctx.db.dispose()


Op = Callable[[AppContext, Env], object]

OPS: dict[str, Op] = {
    "create_user": lambda c, e: users.create_user(
        c,
        e.admin,
        username="wangwu",
        display_name="王五",
        roles={Role.CLERK},
        password="start-pass-2",
    ),
    "update_user": lambda c, e: users.update_user(
        c, e.admin, e.user.id, display_name="李四四", roles={Role.OFFICER, Role.REVIEWER}
    ),
    "reset_password": lambda c, e: users.reset_password(c, e.admin, e.user.id, "reset-pass-3"),
    "change_own_password": lambda c, e: users.change_own_password(
        c, e.me, "start-pass-1", "new-pass-4"
    ),
    "disable_user": lambda c, e: users.set_active(c, e.admin, e.user.id, False),
    "add_staff": lambda c, e: staff.add_staff(
        c, e.admin, staff.StaffInput(name="赵六", kind=StaffKind.AUXILIARY)
    ),
    "update_staff": lambda c, e: staff.update_staff(
        c,
        e.admin,
        e.member.id,
        staff.StaffInput(
            name="张三",
            kind=StaffKind.SWORN,
            phone="13800000000",
            cert_number="浙杭执1",
            cert_expires_on=e.member.cert_expires_on,
        ),
    ),
    "disable_staff": lambda c, e: staff.set_staff_active(
        c, e.admin, e.member.id, False, reason="离职"
    ),
    "cert_yellow": lambda c, e: staff.apply_certificate_action(
        c, e.admin, e.member.id, CertAction.YELLOW, reason="警告"
    ),
    "cert_issue": lambda c, e: staff.apply_certificate_action(
        c,
        e.admin,
        e.member.id,
        CertAction.ISSUE,
        reason="换发",
        cert_number="浙杭执2",
        expires_on=date(2031, 1, 1),
    ),
    "update_township": lambda c, e: setup.update_township(
        c, e.admin, name="孝顺镇", squad_name="孝顺镇综合行政执法一队", doc_prefix="孝顺综执"
    ),
}


@pytest.mark.parametrize("name", list(OPS))
def test_each_write_is_one_audit_entry_and_outbox_rows_with_new_versions(
    env_ctx: tuple[AppContext, Env], clock: FakeClock, name: str
) -> None:
    ctx, env = env_ctx
    clock.advance(minutes=1)
    before = _snapshot(ctx.db_path)
    OPS[name](ctx, env)
    after = _snapshot(ctx.db_path)

    new_audit = after["audit_log"][len(before["audit_log"]) :]
    assert after["audit_log"][: len(before["audit_log"])] == before["audit_log"]
    assert len(new_audit) == 1, new_audit

    changed: set[tuple[str, str, int]] = set()
    for table in SYNCED:
        for row_id, row in after[table].items():
            old = before[table].get(row_id)
            if old == row:
                continue
            expected_version = 1 if old is None else old["version"] + 1
            assert row["version"] == expected_version, (table, row_id)
            assert row["updated_at"].startswith(clock.now().strftime("%Y-%m-%d %H:%M:%S"))
            changed.add((table, row_id, row["version"]))
        assert set(before[table]) <= set(after[table]), "synced rows are never deleted"
    assert changed, "the operation changed no synced row"

    new_outbox = after["sync_outbox"][len(before["sync_outbox"]) :]
    assert after["sync_outbox"][: len(before["sync_outbox"])] == before["sync_outbox"]
    assert {(entity, row_id, version) for _, entity, row_id, version, _, _ in new_outbox} == changed
    assert len(new_outbox) == len(changed)
    for _, entity, row_id, version, op, payload in new_outbox:
        data = json.loads(payload)
        assert op == "upsert" and data["id"] == row_id and data["version"] == version
        row = after[entity][row_id]
        if entity == "user_account":  # the hash and login counters never leave the computer
            row = {k: v for k, v in row.items() if k not in UserAccount.__local_only_columns__}

        # same values (dates and times are written in another format in the payload)
        def plain(d: dict[str, Any]) -> dict[str, Any]:
            return {
                k: v
                for k, v in d.items()
                if isinstance(v, str) and not k.endswith(("_at", "_on", "_until"))
            }

        assert plain(data) == plain(row) and set(data) == set(row)
    assert audit.verify(ctx).ok


def test_login_writes_one_audit_entry(ctx: AppContext) -> None:
    """Login state (last login, failures) is device-local: audited, not queued for sync."""
    before = _snapshot(ctx.db_path)
    users.login(ctx, "admin", ADMIN_PASSWORD)
    with pytest.raises(DomainError):
        users.login(ctx, "admin", "wrong-pass-1")
    after = _snapshot(ctx.db_path)
    assert len(after["audit_log"]) == len(before["audit_log"]) + 2
    assert after["sync_outbox"] == before["sync_outbox"]


FAILING: dict[str, Op] = {
    "duplicate_user": lambda c, e: users.create_user(
        c,
        e.admin,
        username="lisi",
        display_name="李四",
        roles={Role.CLERK},
        password="start-pass-2",
    ),
    "last_admin_role": lambda c, e: users.update_user(
        c, e.admin, e.admin.user_id or "", display_name="管理员", roles={Role.LEADER}
    ),
    "disable_self": lambda c, e: users.set_active(c, e.admin, e.admin.user_id or "", False),
    "wrong_old_password": lambda c, e: users.change_own_password(
        c, e.me, "wrong-pass-9", "new-pass-4"
    ),
    "weak_reset": lambda c, e: users.reset_password(c, e.admin, e.user.id, "short"),
    "aux_with_cert": lambda c, e: staff.add_staff(
        c,
        e.admin,
        staff.StaffInput(
            name="赵六",
            kind=StaffKind.AUXILIARY,
            cert_number="浙杭执3",
            cert_expires_on=date(2030, 1, 1),
        ),
    ),
    "update_linked_user": lambda c, e: staff.update_staff(
        c,
        e.admin,
        e.member.id,
        staff.StaffInput(
            name="张三",
            kind=StaffKind.SWORN,
            user_id="missing",
            cert_number="浙杭执1",
            cert_expires_on=e.member.cert_expires_on,
        ),
    ),
    "renew_not_later": lambda c, e: staff.apply_certificate_action(
        c, e.admin, e.member.id, CertAction.RENEW, reason="延期", expires_on=date(2000, 1, 1)
    ),
    "issue_no_expiry": lambda c, e: staff.apply_certificate_action(
        c, e.admin, e.member.id, CertAction.ISSUE, reason="换发", cert_number="浙杭执2"
    ),
    "lift_from_green": lambda c, e: staff.apply_certificate_action(
        c, e.admin, e.member.id, CertAction.LIFT, reason="解除"
    ),
    "officer_red_card": lambda c, e: staff.apply_certificate_action(
        c, e.me, e.member.id, CertAction.RED, reason="越权"
    ),
    "township_blank": lambda c, e: setup.update_township(
        c, e.admin, name=" ", squad_name="队", doc_prefix="前"
    ),
}


@pytest.mark.parametrize("name", list(FAILING))
def test_a_refused_call_changes_nothing(env_ctx: tuple[AppContext, Env], name: str) -> None:
    ctx, env = env_ctx
    before = _snapshot(ctx.db_path)
    with pytest.raises(DomainError):
        FAILING[name](ctx, env)
    assert _snapshot(ctx.db_path) == before


def test_password_hashes_never_reach_the_sync_outbox(ctx: AppContext, admin: Actor) -> None:
    import json
    import sqlite3

    from app.rules.roles import Role
    from app.services import users

    users.create_user(
        ctx, admin, username="clerk1", display_name="赵敏", roles={Role.CLERK}, password="clerk-pass-1"
    )
    con = sqlite3.connect(ctx.db_path)
    try:
        payloads = [
            json.loads(p)
            for (p,) in con.execute("SELECT payload FROM sync_outbox WHERE entity='user_account'")
        ]
    finally:
        con.close()
    assert payloads, "user accounts still sync (names, roles)"
    for payload in payloads:
        assert "password_hash" not in payload and "failed_logins" not in payload
        assert "scrypt$" not in json.dumps(payload)
