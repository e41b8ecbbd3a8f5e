"""Crash safety: a writer process killed with SIGKILL at random moments, 50 times on one
database file, never leaves it damaged, never loses a commit it reported, never breaks the
audit chain or the change + audit + outbox atomicity, and the next process opens and writes.

Linux only by nature (fork, SIGKILL). The writer is tests/crash_writer.py: a fork server
imports the app once; each kill hits a new forked writer process (see its docstring).
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.services import audit
from app.store import open_store

ROOT = Path(__file__).resolve().parent.parent
WRITER = Path(__file__).resolve().parent / "crash_writer.py"
SEED = 20261123
KILLS = 50
MIN_DELAY, MAX_DELAY = 0.020, 0.200


class LineReader:
    """Lines from a pipe with a timeout (a hung child fails the test instead of hanging it)."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.fd = proc.stdout.fileno()
        self.buf = b""

    def line(self, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                raise AssertionError(f"no answer from the writer within {timeout} s")
            chunk = os.read(self.fd, 4096)
            if not chunk:
                raise AssertionError(f"the writer server exited; output so far: {self.buf!r}")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode("utf-8")


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))


@pytest.fixture
def server(db_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], LineReader]]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), "serve", str(db_path)],
        cwd=ROOT,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    reader = LineReader(proc)
    try:
        assert reader.line(timeout=60) == "IMPORTED"
        yield proc, reader
    finally:
        if proc.poll() is None:
            assert proc.stdin is not None
            try:
                proc.stdin.write(b"quit\n")
                proc.stdin.close()
                proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def _send(proc: subprocess.Popen[bytes], text: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(text.encode("utf-8") + b"\n")
    proc.stdin.flush()


@dataclass
class Reported:
    """What one writer said it had committed."""

    added: list[str] = field(default_factory=list)
    yellow: list[str] = field(default_factory=list)
    ready: bool = False


def _parse(path: Path) -> Reported:
    return _parse_text(path.read_text(encoding="utf-8"))


def _wait_ready(path: Path, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            if text.startswith("READY\n"):
                return
            if "Traceback" in text:
                raise AssertionError(f"the writer failed to start:\n{text}")
        time.sleep(0.002)
    raise AssertionError(f"the writer did not open the store within {timeout} s")


def _snapshot_copy(db: Path, dest: Path) -> Path:
    """Copy the database as the crash left it (main file + WAL) for checking."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir()
    copy = dest / db.name
    shutil.copyfile(db, copy)
    wal = Path(str(db) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(copy) + "-wal"))
    return copy


def _check_store(path: Path, tag: str, said: Reported, all_added: set[str], context: str) -> None:
    """Integrity, reported commits present, atomicity of change + audit + outbox, the chain."""
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        names = {n for (n,) in con.execute("SELECT name FROM staff_member")}
        mine = {n for n in names if n.startswith(tag + "-")}
        missing = all_added - names
        assert not missing, f"{context}: reported commits lost: {sorted(missing)[:5]}"
        # at most one commit the writer had no time to report
        unreported = mine - set(said.added)
        assert unreported <= {f"{tag}-{len(said.added):05d}"}, f"{context}: {sorted(unreported)}"
        for name in said.yellow:
            status = con.execute(
                "SELECT cert_status FROM staff_member WHERE name=?", (name,)
            ).fetchone()
            assert status == ("yellow",), f"{context}: {name} reported yellow, is {status}"

        def count(sql: str) -> int:
            return int(con.execute(sql).fetchone()[0])

        members = count("SELECT count(*) FROM staff_member")
        actions = count("SELECT count(*) FROM certificate_action")
        assert count("SELECT count(*) FROM audit_log WHERE action='staff.add'") == members, context
        assert (
            count("SELECT count(*) FROM audit_log WHERE action='certificate.yellow'") == actions
        ), context
        assert (
            count("SELECT count(*) FROM sync_outbox WHERE entity='staff_member'")
            == members + actions
        )
        assert (
            count("SELECT count(*) FROM sync_outbox WHERE entity='certificate_action'") == actions
        )
        assert count("SELECT count(*) FROM staff_member WHERE cert_status='yellow'") == actions, (
            context
        )
        assert (
            count(
                "SELECT count(*) FROM staff_member m WHERE m.version != 1 + "
                "(SELECT count(*) FROM certificate_action a WHERE a.staff_id = m.id)"
            )
            == 0
        ), context
        entries = count("SELECT count(*) FROM audit_log")
    ctx = open_store(path)
    try:
        report = audit.verify(ctx)
    finally:
        ctx.db.dispose()
    assert report.ok and report.checked == entries, f"{context}: {report}"


def test_sigkill_never_damages_the_store_or_loses_a_commit(
    server: tuple[subprocess.Popen[bytes], LineReader], db_path: Path, tmp_path: Path
) -> None:
    proc, reader = server
    rng = random.Random(SEED)
    all_added: set[str] = set()
    killed_mid_write = 0
    started = time.monotonic()
    for i in range(KILLS):
        tag = f"k{i:03d}"
        out = tmp_path / f"{tag}.out"
        _send(proc, f"spawn {tag} {out}")
        answer = reader.line()
        assert answer.startswith("PID "), answer
        pid = int(answer.split()[1])
        _wait_ready(out)
        delay = rng.uniform(MIN_DELAY, MAX_DELAY)
        context = f"seed {SEED}, kill {i + 1}/{KILLS} after {delay * 1000:.0f} ms (writer {tag})"
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _send(proc, f"reap {pid}")
        reaped = reader.line().split()
        assert reaped[:2] == ["REAPED", str(pid)], reaped
        said = _parse(out)
        assert int(reaped[2]) == signal.SIGKILL, (
            f"{context}: the writer ended on its own:\n{out.read_text(encoding='utf-8')}"
        )
        assert said.ready
        killed_mid_write += bool(said.added)
        all_added.update(said.added)
        copy = _snapshot_copy(db_path, tmp_path / "check")
        _check_store(copy, tag, said, all_added, context)
    elapsed = time.monotonic() - started
    # Not vacuous: the kills fell while writing, not only before the first commit.
    stats = f"seed {SEED}: {killed_mid_write}/{KILLS} writers committed, {len(all_added)} commits"
    assert killed_mid_write >= KILLS // 4, stats
    assert len(all_added) >= KILLS // 2, f"{stats} in {elapsed:.1f} s"

    # A fresh process (a real interpreter start) opens the crashed file and writes normally.
    final = subprocess.run(
        [sys.executable, str(WRITER), "write", str(db_path), "final", "6"],
        check=False,
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert final.returncode == 0, final.stderr
    said = _parse_text(final.stdout)
    assert said.added == [f"final-{n:05d}" for n in range(6)]
    all_added.update(said.added)
    _check_store(db_path, "final", said, all_added, f"seed {SEED}, after the final writer")


def _parse_text(text: str) -> Reported:
    """Only complete lines count: a kill can cut the last report short (print writes the
    text and the newline separately), and a cut report is not a report."""
    out = Reported()
    for line in text.split("\n")[:-1]:
        word, _, rest = line.partition(" ")
        if word == "READY":
            out.ready = True
        elif word == "ADD":
            out.added.append(rest)
        elif word == "YELLOW":
            out.yellow.append(rest)
    return out
