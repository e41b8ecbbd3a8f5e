"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl on a private port
and socket directory in a temp folder (as the postgres user when running as root: initdb
refuses root), stopped and removed afterwards. Never used by the server itself."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Self

HINT = (
    "a real PostgreSQL server is needed: install Debian's `postgresql` package "
    "(scripts/test does so as root: apt-get install -y postgresql)"
)


class PostgresUnavailable(RuntimeError):
    """PostgreSQL binaries are missing or the cluster would not start."""


def pg_bin_dir() -> Path:
    """The newest PostgreSQL server bin directory holding initdb and pg_ctl."""
    dirs = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: [int(x) for x in Path(p).parent.name.split(".") if x.isdigit()],
    )
    found = shutil.which("pg_ctl")
    if found:
        dirs.append(str(Path(found).resolve().parent))
    for d in reversed(dirs):
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    raise PostgresUnavailable(f"PostgreSQL binaries (initdb, pg_ctl) not found: {HINT}")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", "postgres", "--", *cmd]
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(cmd)]


class ThrowawayCluster:
    """`with ThrowawayCluster() as pg: pg.create_database("x") -> url`."""

    def __init__(self) -> None:
        self.bindir = pg_bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="squaddesk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._started = False

    def _run(self, cmd: list[str]) -> None:
        subprocess.run(_as_owner(cmd), check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> ThrowawayCluster:
        """initdb and start; raises PostgresUnavailable with the server log on failure."""
        try:
            if os.geteuid() == 0:
                try:
                    pw = pwd.getpwnam("postgres")
                except KeyError:
                    raise PostgresUnavailable(f"running as root but no `postgres` user: {HINT}") from None
                os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self._run([str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                       "-E", "UTF8", "--locale=C", "--no-sync"])
            opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                    "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
            self._run([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts,
                       "-l", str(self.root / "log"), "-w", "start"])
            self._started = True
        except subprocess.CalledProcessError as exc:
            log = (self.root / "log").read_text(errors="replace") if (self.root / "log").exists() else ""
            self.stop()
            raise PostgresUnavailable(f"could not start PostgreSQL: {exc.stderr}\n{log[-3000:]}") from exc
        except BaseException:
            self.stop()
            raise
        return self

    def url(self, dbname: str) -> str:
        """SQLAlchemy URL of a database in this cluster."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """A new empty database; answers its URL."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as con:
            con.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def stop(self) -> None:
        """Stop (immediate) and remove the cluster."""
        if self._started:
            subprocess.run(
                _as_owner([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]),
                capture_output=True, timeout=60, check=False,
            )
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
