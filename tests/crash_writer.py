"""Child process for tests/test_crash_safety.py: writes through the services until killed.

python tests/crash_writer.py write DB TAG COUNT
    Open the store at DB and write COUNT members (forever when COUNT is 0). After each
    commit print "ADD <name>" (and "YELLOW <name>" after a certificate action), flushed.
    "READY" is printed once the store is open, before the first write.

python tests/crash_writer.py serve DB
    A fork server: import everything once, print "IMPORTED", then read commands on stdin:
      spawn TAG OUTFILE  fork a writer child (stdout and stderr to OUTFILE, COUNT = 0);
                         answers "PID <pid>"
      reap PID           wait for that child; answers "REAPED <pid> <signal> <exit code>"
      quit               exit
    Each writer is its own process, killed with SIGKILL by the test; forking from an
    already-imported interpreter makes a child cost milliseconds instead of a Python start.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from app.rules.certificates import CertAction, StaffKind
from app.services import staff, users
from app.store import open_store
from local_db.models import UserAccount


def write(db: Path, tag: str, count: int) -> None:
    """Open the store and write members `tag-00000`, `tag-00001`, … reporting each commit."""
    ctx = open_store(db)
    with ctx.db.read_session() as s:
        account = s.scalars(select(UserAccount).where(UserAccount.username == "admin")).one()
        actor = users.actor_for(account)
    print("READY", flush=True)
    n = 0
    while count == 0 or n < count:
        name = f"{tag}-{n:05d}"
        info = staff.add_staff(
            ctx,
            actor,
            staff.StaffInput(
                name=name,
                kind=StaffKind.SWORN,
                cert_number=f"C{name}",
                cert_expires_on=date(2030, 12, 31),
            ),
        )
        print("ADD", name, flush=True)
        if n % 2 == 1:
            staff.apply_certificate_action(
                ctx, actor, info.id, CertAction.YELLOW, reason=f"警告 {name}"
            )
            print("YELLOW", name, flush=True)
        n += 1
    ctx.db.dispose()


def serve(db: Path) -> None:
    print("IMPORTED", flush=True)
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "spawn":
            tag, outfile = args
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:  # the writer child: never returns into this loop
                code = 0
                try:
                    fd = os.open(outfile, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
                    os.dup2(fd, 1)
                    os.dup2(fd, 2)
                    os.close(fd)
                    write(db, tag, 0)
                except BaseException:  # noqa: BLE001 - reported in the output file
                    traceback.print_exc()
                    sys.stderr.flush()
                    code = 1
                finally:
                    os._exit(code)
            print("PID", pid, flush=True)
        elif cmd == "reap":
            pid = int(args[0])
            _, status = os.waitpid(pid, 0)
            sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
            code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
            print("REAPED", pid, sig, code, flush=True)
        elif cmd == "quit":
            return


def main(argv: list[str]) -> int:
    mode, db = argv[0], Path(argv[1])
    if mode == "write":
        write(db, argv[2], int(argv[3]))
    elif mode == "serve":
        serve(db)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
