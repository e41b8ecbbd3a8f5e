"""The benchmark harness: listing, unknown names, the JSON-last-line contract.

Fast: no benchmark is run here (the startup benchmark takes seconds); only its baseline
process is started once, to check that it shows a window and exits by itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_module(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_listing_names_every_benchmark_with_a_description() -> None:
    proc = run_module()
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    by_name = {line.split()[0]: line for line in lines}
    assert "startup" in by_name
    assert "cannot load" not in proc.stdout
    for line in lines:
        assert len(line.split(maxsplit=1)) == 2, f"no description: {line!r}"


def test_every_module_is_listed_under_its_hyphenated_name() -> None:
    from benchmarks.__main__ import command_name, discover, module_names

    registry = discover()
    assert sorted(registry) == sorted(command_name(m) for m in module_names())
    for name, entry in registry.items():
        assert not isinstance(entry, Exception), f"{name}: {entry!r}"
        assert entry.name == name
        assert entry.description.strip() and "\n" not in entry.description


def test_unknown_name_exits_2_with_a_message() -> None:
    proc = run_module("no-such-benchmark")
    assert proc.returncode == 2
    assert "no-such-benchmark" in proc.stderr
    assert "startup" in proc.stderr  # says what is available
    assert proc.stdout == ""


def test_run_prints_figures_then_one_json_object_last(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks.__main__ import Benchmark, run_one

    def fake_run() -> dict[str, Any]:
        print("measuring...")
        return {"app_ms": 12.5, "baseline_ms": 10.0, "ratio": 1.25}

    code = run_one(Benchmark(name="fake-thing", description="a fake", run=fake_run))
    out = capsys.readouterr().out
    assert code == 0
    lines = out.rstrip("\n").splitlines()
    assert lines[0] == "measuring..."
    assert json.loads(lines[-1]) == {
        "name": "fake-thing",
        "app_ms": 12.5,
        "baseline_ms": 10.0,
        "ratio": 1.25,
    }
    assert all(not line.lstrip().startswith("{") for line in lines[:-1])


def test_failing_benchmark_exits_1_without_json(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.__main__ import Benchmark, run_one

    def broken() -> dict[str, Any]:
        raise RuntimeError("app did not start")

    assert run_one(Benchmark(name="broken", description="x", run=broken)) == 1
    captured = capsys.readouterr()
    assert "app did not start" in captured.err
    assert "{" not in captured.out


def test_startup_baseline_process_shows_a_window_and_exits() -> None:
    from benchmarks import startup

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    wall_ms, shown_ms = startup.timed_run(startup.baseline_command(), env)
    assert shown_ms is not None
    assert 0 < wall_ms < 60_000
