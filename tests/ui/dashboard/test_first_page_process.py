"""The first page read in a second process (ui.first_page): the frames it sends, the reader
that hands them to the GUI thread, and the packaged program's --read-first-page switch."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.actor import Clock
from app.services import demo
from app.services.dashboard import first_page
from ui import first_page as reading

ROOT = Path(__file__).resolve().parents[3]


def _frames(data: bytes) -> list[tuple[str, object]]:
    stream = io.BytesIO(data)
    frames = []
    while (frame := reading.read_frame(stream)) is not None:
        frames.append(frame)
    return frames


def test_serve_sends_the_candidate_then_the_page(store_file: Path) -> None:
    out = io.BytesIO()
    assert reading.serve(str(store_file), "zhangwei", out) == 0
    (kind1, actor), (kind2, page) = _frames(out.getvalue())
    assert (kind1, kind2) == ("candidate", "page")
    expected = first_page(store_file, "zhangwei", demo.DEMO_PASSWORD, Clock())
    assert page == expected and actor == expected.actor  # type: ignore[union-attr]


def test_serve_answers_none_or_error(store_file: Path, tmp_path: Path) -> None:
    out = io.BytesIO()
    reading.serve(str(store_file), "nobody", out)
    assert _frames(out.getvalue()) == [("page", None)]  # no such account: no candidate either
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    out = io.BytesIO()
    assert reading.serve(str(junk), "zhangwei", out) == 1
    [(kind, text)] = _frames(out.getvalue())
    assert kind == "error" and "DatabaseError" in str(text)


def test_a_cut_frame_is_the_end_of_the_stream() -> None:
    out = io.BytesIO()
    reading.write_frame(out, "page", None)
    assert reading.read_frame(io.BytesIO(out.getvalue()[:-1])) is None
    assert reading.read_frame(io.BytesIO(b"")) is None


def test_reader_gets_the_page_from_the_second_process(store_file: Path) -> None:
    reader = reading.FirstPageReader(store_file, "zhangwei")
    page = reader.result(timeout=30)
    assert reader.finished()
    expected = first_page(store_file, "zhangwei", demo.DEMO_PASSWORD, Clock())
    assert page == expected and reader.candidate(0) == expected.actor  # type: ignore[union-attr]
    reader.close()  # already over: nothing to stop


def test_reader_gives_none_for_a_wrong_account_or_a_missing_store(tmp_path: Path,
                                                                  store_file: Path) -> None:
    heard: list[int] = []
    reader = reading.FirstPageReader(store_file, "nobody")
    reader.listen(lambda: heard.append(1))
    assert reader.result(timeout=30) is None and reader.candidate(0) is None
    assert heard  # told the GUI thread it is over
    missing = reading.FirstPageReader(tmp_path / "missing.sqlite3", "zhangwei")
    assert missing.result(timeout=30) is None
    assert not (tmp_path / "missing.sqlite3").exists()


def test_packaged_switch_runs_the_reader(store_file: Path) -> None:
    # What the frozen program runs (command() with sys.frozen): ui.main dispatches the switch.
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "ui.main", reading.READ_FIRST_PAGE, str(store_file), "zhangwei"],
        cwd=ROOT, env=env, capture_output=True, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    kinds = [kind for kind, _value in _frames(proc.stdout)]
    assert kinds == ["candidate", "page"]


def test_command_of_the_packaged_program(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite3"
    assert reading.command(store, "zhangwei")[1:3] == ["-S", "-c"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert reading.command(store, "zhangwei") == [
        sys.executable, reading.READ_FIRST_PAGE, str(store), "zhangwei"]


def test_frames_are_handed_over_as_bytes_and_unpickled_when_asked(store_file: Path) -> None:
    """The reading thread keeps each frame's value pickled (no imports on that thread); the
    values come out whole on the thread that asks."""
    out = io.BytesIO()
    assert reading.serve(str(store_file), "zhangwei", out) == 0
    stream = io.BytesIO(out.getvalue())
    raw = [reading.read_raw_frame(stream), reading.read_raw_frame(stream)]
    assert reading.read_raw_frame(stream) is None
    assert [kind for kind, _body in raw] == ["candidate", "page"]  # type: ignore[misc]
    assert all(isinstance(body, bytes) for _kind, body in raw)  # type: ignore[misc]
    expected = first_page(store_file, "zhangwei", demo.DEMO_PASSWORD, Clock())
    assert reading.unpickle(raw[1][1]) == expected  # type: ignore[index]
    assert reading.read_raw_frame(io.BytesIO(b"x" + out.getvalue()[1:])) is None  # unknown kind


def test_an_unreadable_frame_is_no_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A frame whose value cannot be unpickled is no page (the usual start goes on), asked
    for once."""

    def no_process(self: reading.FirstPageReader) -> None:
        raise OSError("no process here")

    monkeypatch.setattr(reading.FirstPageReader, "_start", no_process)
    reader = reading.FirstPageReader("unused.sqlite3", "zhangwei")
    assert reader.result(timeout=5) is None and reader.finished()
    reader._outcome[:] = [b"\x80\x05 not a pickle"]
    assert reader.result(0) is None
    assert reader._value("page", b"also not a pickle") is None  # answered once: kept
