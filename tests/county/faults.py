"""Fault injection for sync tests: a TCP proxy on 127.0.0.1 that cuts connections after a
random number of bytes, and the county server as a subprocess that can be killed (SIGKILL)
mid-batch and started again on the same port."""

from __future__ import annotations

import os
import random
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class CuttingProxy:
    """Forwards 127.0.0.1:port → upstream; a share of connections is cut (RST) after a random
    byte budget — in the request, between request and answer, or inside the answer."""

    def __init__(
        self, upstream_port: int, *, seed: int, cut_share: float = 0.5, max_budget: int = 6000, min_budget: int = 0
    ) -> None:
        self.upstream_port = upstream_port
        self.rng = random.Random(seed)
        self.cut_share = cut_share
        self.max_budget = max_budget
        self.min_budget = min_budget
        self.cuts = 0
        self.connections = 0
        self.refused = 0
        self.enabled = True
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(128)
        self.port = int(self._sock.getsockname()[1])
        self._stop = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stop = True
        self._sock.close()
        self._thread.join(5)

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                budget = (
                    self.rng.randint(self.min_budget, self.max_budget)
                    if self.enabled and self.rng.random() < self.cut_share
                    else None
                )
            threading.Thread(target=self._pump, args=(conn, budget), daemon=True).start()

    @staticmethod
    def _reset(s: socket.socket) -> None:
        try:  # SO_LINGER 0: close with RST, like a dropped line
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        s.close()

    def _pump(self, client: socket.socket, budget: int | None) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
        except OSError:
            with self._lock:
                self.refused += 1
            self._reset(client)
            return
        peers = {client: upstream, upstream: client}
        moved = 0
        try:
            while True:
                ready, _, _ = select.select(list(peers), [], [], 30)
                if not ready:
                    return
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    if budget is not None and moved + len(data) >= budget:
                        peers[s].sendall(data[: max(0, budget - moved)])
                        with self._lock:
                            self.cuts += 1
                        return
                    peers[s].sendall(data)
                    moved += len(data)
        except OSError:
            return
        finally:
            self._reset(client)
            self._reset(upstream)


class CountyProcess:
    """`squaddesk-county serve` as a child process (so it can be killed mid-batch)."""

    def __init__(self, database_url: str, port: int, log: Path) -> None:
        self.database_url = database_url
        self.port = port
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.kills = 0

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "county.cli", "--database-url", self.database_url, "serve",
                 "--host", "127.0.0.1", "--port", str(self.port)],
                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONWARNINGS": "ignore"},
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"county server exited: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("county server did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)
            self.kills += 1

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
