"""squaddesk-admin (app/cli.py) run as a separate process: init, demo, check, verify-audit."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from app.rules.certificates import StaffKind
from app.services import audit, demo, setup, staff, users
from app.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def start(db: Path, *args: str, stdin: str | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--db", str(db), *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    proc.stdin_text = stdin  # type: ignore[attr-defined]
    return proc


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = proc.communicate(input=proc.stdin_text, timeout=180)  # type: ignore[attr-defined]
    assert "Traceback" not in err, err
    return proc.returncode, out, err


def run_all(*procs: subprocess.Popen[str]) -> list[tuple[int, str, str]]:
    """Started together (2 cores), collected in order."""
    return [finish(p) for p in procs]


def _count(db: Path, sql: str) -> int:
    with closing(sqlite3.connect(db)) as con:
        return int(con.execute(sql).fetchone()[0])


def test_init_demo_check(tmp_path: Path) -> None:
    town = tmp_path / "town.sqlite3"
    weak = tmp_path / "weak.sqlite3"
    demo_db = tmp_path / "demo" / "demo.sqlite3"
    (init, init_out, init_err), (weak_rc, _, weak_err), (demo_rc, demo_out, demo_err) = run_all(
        start(
            town,
            "init",
            "--township",
            "瓜沥镇",
            "--admin",
            "chief",
            "--admin-name",
            "陈队长",
            stdin="Strong-pass-2026\n",
        ),
        start(weak, "init", "--township", "瓜沥镇", "--admin", "chief", stdin="12345678\n"),
        start(demo_db, "demo"),
    )

    assert init == 0, init_err
    assert "已初始化：瓜沥镇（瓜沥镇综合行政执法队），管理员 chief" in init_out
    ctx = open_store(town)
    try:
        info = setup.township(ctx)
        assert info is not None
        assert (info.name, info.squad_name, info.doc_prefix) == (
            "瓜沥镇",
            "瓜沥镇综合行政执法队",
            "瓜沥镇综执",
        )
        actor = users.login(ctx, "chief", "Strong-pass-2026")
        assert actor.display_name == "陈队长"
        assert audit.verify(ctx).ok
    finally:
        ctx.db.dispose()

    assert weak_rc == 2 and "错误：" in weak_err and "密码须同时包含字母和数字" in weak_err
    assert _count(weak, "SELECT count(*) FROM user_account") == 0
    assert _count(weak, "SELECT count(*) FROM audit_log") == 0

    assert demo_rc == 0, demo_err
    assert f"管理员 {demo.DEMO_ADMIN}，密码 {demo.DEMO_PASSWORD}" in demo_out
    assert _count(demo_db, "SELECT count(*) FROM staff_member") == 70
    assert _count(demo_db, "SELECT count(*) FROM user_account") == len(demo.DEMO_USERS)

    (
        (again, _, again_err),
        (demo2, _, demo2_err),
        (ver, ver_out, ver_err),
        (chk, chk_out, chk_err),
    ) = run_all(
        start(town, "init", "--township", "别的镇", "--admin", "other", stdin="Strong-pass-2026\n"),
        start(demo_db, "demo"),
        start(demo_db, "verify-audit"),
        start(demo_db, "check"),
    )
    assert again == 2 and "已完成初始化" in again_err
    assert demo2 == 1 and "已初始化" in demo2_err
    entries = _count(demo_db, "SELECT count(*) FROM audit_log")
    assert ver == 0, ver_err
    assert ver_out.strip() == f"审计链完整：共 {entries} 条记录。"
    assert chk == 0, chk_err
    assert "integrity_check: ok" in chk_out

    ctx = open_store(demo_db)
    try:
        comp = staff.squad_composition(ctx)
        assert (comp.sworn, comp.auxiliaries, comp.within_limit) == (40, 30, True)
        assert len(staff.list_staff(ctx, kind=StaffKind.SWORN)) == 40
        admin = users.login(ctx, demo.DEMO_ADMIN, demo.DEMO_PASSWORD)
        assert len(users.list_users(ctx, admin)) == len(demo.DEMO_USERS)
        assert users.login(ctx, "lina", demo.DEMO_PASSWORD).username == "lina"
        # the demo squad has flagged and suspended officers, as the register should show
        statuses = {s.cert_status.value for s in staff.list_staff(ctx, kind=StaffKind.SWORN)}
        assert {"green", "yellow", "orange"} <= statuses
    finally:
        ctx.db.dispose()
    assert _count(town, "SELECT count(*) FROM staff_member") == 0  # init wrote no demo data


def test_check_healthy_file_and_help(db_path: Path) -> None:
    (rc, out, err), (help_rc, help_out, _) = run_all(
        start(db_path, "check"), start(db_path, "--help")
    )
    assert rc == 0, err
    assert out.strip() == "数据库完整性检查通过（integrity_check: ok）。"
    assert help_rc == 0 and "verify-audit" in help_out and "restore" in help_out
