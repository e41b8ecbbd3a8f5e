"""The auto-login's first page, read ahead in a second process while Qt starts.

`FirstPageReader` starts `python -S -c CHILD_CODE STORE USER`, which runs this module's
main() (the packaged program: `squaddesk --read-first-page STORE USER`, dispatched by
ui.main), the moment the app starts.
That process logs in and reads the 工作台's figures with sqlite3 alone
(app.services.dashboard.first_page: nothing written, the password's scrypt beside the
queries) and sends them back over its stdout as frames, a kind and a pickled value:

    candidate  Actor           the account whose figures are being read (password unchecked)
    page       FirstPage|None  the figures, or None (store not current, wrong login, …)
    error      str             the read failed; the usual start will report why

The reading thread here only moves the frames' bytes; they are unpickled on the GUI thread
when asked for (candidate(), result()). Unpickling imports the classes' modules, and a thread
importing while the GUI thread loads Qt waits for the GIL at every file read: the page sat
read but not handed over for 20-40 ms.

Its own interpreter does the reading, the rules and the figures on the other core, so none
of that competes for this process's GIL while Qt loads and the frame is built; the frames
need only app.actor and app.services.dashboard_data here. The reading process needs only the
standard library and the project (hence -S: no site-packages, a faster start).

Only for the demo auto-login (SQUADDESK_DEMO_AUTOLOGIN: benchmarks, screenshots): a user who
types a password gets the login dialog, and the dashboard from the same read functions
through the store.
"""

from __future__ import annotations

import os
import sys
import threading

# Neither typing nor pickle before the reading process is started (ui.main starts it first),
# and no pathlib in the reading process.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from os import PathLike
    from typing import IO, Any

READ_FIRST_PAGE = "--read-first-page"  # the packaged program's switch (ui.main.main)
FIRST_PAGE_WAIT_S = 2.0  # longer, and the usual start goes on
# A frame: its kind (one byte), the pickled value's length (4 bytes, big-endian), the value.
KINDS = {"candidate": b"c", "page": b"p", "error": b"e"}
KIND_NAMES = {code: kind for kind, code in KINDS.items()}
HEADER = 5
# Up to this many cores the reading process keeps to one thread (the password's check, then
# the figures): the app's GUI thread has the other core to itself. With more, the check runs
# beside the figures.
CORES_FOR_ONE_THREAD = 2


def _log() -> Any:
    import logging  # not at import: the reading process does without it

    return logging.getLogger(__name__)


def write_frame(out: IO[bytes], kind: str, value: object) -> None:
    """One frame of `kind` (KINDS) carrying `value` pickled, flushed."""
    import pickle

    body = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(KINDS[kind] + len(body).to_bytes(HEADER - 1, "big") + body)
    out.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_raw_frame(stream: IO[bytes]) -> tuple[str, bytes] | None:
    """The next frame's kind and its value still pickled, or None at the end of the stream
    (or a cut frame, or one of no known kind)."""
    head = _read_exactly(stream, HEADER)
    if head is None:
        return None
    kind = KIND_NAMES.get(head[:1])
    if kind is None:
        return None
    body = _read_exactly(stream, int.from_bytes(head[1:], "big"))
    if body is None:
        return None
    return kind, body


def unpickle(body: bytes) -> Any:
    """A frame's value (imports the modules of its classes)."""
    import pickle

    return pickle.loads(body)  # noqa: S301 - our own child process, over a pipe


def read_frame(stream: IO[bytes]) -> tuple[str, Any] | None:
    """The next (kind, value) frame, or None at the end of the stream (or a cut frame)."""
    raw = read_raw_frame(stream)
    return None if raw is None else (raw[0], unpickle(raw[1]))


def serve(store: str, username: str, out: IO[bytes]) -> int:
    """The reading process: log `username` in with the demo password, read the figures from
    `store`, send the frames to `out`. Returns the exit code (0 also when there is no page:
    None is an answer)."""
    try:
        from app.actor import Clock
        from app.demo_accounts import DEMO_PASSWORD
        from app.services.first_page import first_page

        page = first_page(
            store, username, DEMO_PASSWORD, Clock(),
            on_candidate=lambda actor: write_frame(out, "candidate", actor),
            check_aside=(os.cpu_count() or 1) > CORES_FOR_ONE_THREAD,
        )
    except Exception as exc:  # noqa: BLE001 - the usual start reports what is wrong
        write_frame(out, "error", f"{type(exc).__name__}: {exc}")
        return 1
    write_frame(out, "page", page)
    return 0


# `-c`, not `-m ui.first_page`: runpy's own imports are not needed.
CHILD_CODE = "import sys; from ui.first_page import main; sys.exit(main())"


def command(store: str | PathLike[str], username: str) -> list[str]:
    """The reading process's command line: the packaged program with its switch, or this
    interpreter without site-packages on this module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, READ_FIRST_PAGE, os.fspath(store), username]
    return [sys.executable, "-S", "-c", CHILD_CODE, os.fspath(store), username]


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):  # -S: the project is found through PYTHONPATH
        from app.resources import bundle_folder  # the checkout's root (no pathlib)

        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (bundle_folder(), env.get("PYTHONPATH", "")) if p
        )
    return env


class FirstPageReader:
    """Reads the first page in the reading process (module docstring) and hands it to the GUI
    thread: candidate() and result() answer from what the process sent; listen() calls back
    (from the reading thread) whenever something arrived, for a queued signal."""

    def __init__(self, path: str | PathLike[str], username: str) -> None:
        self.path = path
        self.username = username
        self._outcome: list[bytes | None] = []  # the page frame's pickled value, or None
        self._candidate: list[bytes] = []  # the candidate frame's pickled value
        self._loaded: dict[str, object] = {}  # unpickled on the GUI thread, once
        self._candidate_known = threading.Event()
        self._answered = threading.Event()
        self._listener: Callable[[], None] | None = None
        self._process: Any = None
        try:  # started here, not on the thread: that would wait for the GIL while Qt loads
            self._process = self._start()
        except OSError:
            _log().debug("First page not read ahead", exc_info=True)
        self._thread = threading.Thread(target=self._run, name="first-page", daemon=True)
        self._thread.start()

    def _start(self) -> Any:
        import subprocess

        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashes up
        return subprocess.Popen(
            command(self.path, self.username),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_environment(),
            creationflags=flags,
        )

    def _run(self) -> None:
        try:
            if self._process is not None:
                self._read(self._process)
        except Exception:  # noqa: BLE001 - no page: the usual start goes on
            _log().debug("First page not read ahead", exc_info=True)
        self._answer(None)  # no-op when the page came

    def _answer(self, page: bytes | None) -> None:
        """Hand `page` (pickled, or None) over once, then tell the GUI thread."""
        if self._answered.is_set():
            return
        self._outcome.append(page)
        self._answered.set()
        self._candidate_known.set()
        self._tell()

    def _read(self, process: Any) -> None:
        assert process.stdout is not None
        try:
            while (frame := read_raw_frame(process.stdout)) is not None:
                kind, body = frame
                if kind == "candidate":
                    self._candidate.append(body)
                    self._candidate_known.set()
                    self._tell()
                    continue
                if kind == "page":  # answered now, before the process has even exited
                    self._answer(body)
                else:  # an error's text: a str, nothing to import
                    _log().debug("First page not read ahead: %s", unpickle(body))
                break
        finally:
            process.stdout.close()
            process.wait()

    def _tell(self) -> None:
        listener = self._listener
        if listener is not None:
            listener()

    def listen(self, listener: Callable[[], None]) -> None:
        """Call `listener` (from the reading thread) when the candidate is known and when the
        read is over; the GUI thread relays it with a queued signal instead of polling."""
        self._listener = listener

    def candidate(self, timeout: float = FIRST_PAGE_WAIT_S) -> object | None:
        """The account whose figures are being read (its password not yet checked), or None."""
        self._candidate_known.wait(timeout)
        return self._value("candidate", self._candidate[0]) if self._candidate else None

    def finished(self) -> bool:
        """Whether the read is over (result() has its answer)."""
        return self._answered.is_set()

    def result(self, timeout: float = FIRST_PAGE_WAIT_S) -> object | None:
        """The FirstPage, or None (not current, wrong login, unreadable, or not in time)."""
        self._answered.wait(timeout)
        body = self._outcome[0] if self._outcome else None
        return None if body is None else self._value("page", body)

    def _value(self, kind: str, body: bytes) -> object | None:
        """A frame's value, unpickled on the first call (None when it cannot be)."""
        if kind not in self._loaded:
            try:
                self._loaded[kind] = unpickle(body)
            except Exception:  # noqa: BLE001 - no page: the usual start goes on
                _log().debug("First page %s unreadable", kind, exc_info=True)
                self._loaded[kind] = None
        return self._loaded[kind]

    def close(self) -> None:
        """Stop the reading process if it still runs (the start went on without it)."""
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()


def main(argv: list[str] | None = None) -> int:
    """The reading process (`python -m ui.first_page STORE USER` works too)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m ui.first_page STORE USER", file=sys.stderr)
        return 2
    code = serve(args[0], args[1], sys.stdout.buffer)
    sys.stdout.flush()
    os._exit(code)  # the frames are sent: no interpreter teardown while the app starts


if __name__ == "__main__":
    sys.exit(main())
