"""squaddesk-county administration and squaddesk-admin's sync commands end to end."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from app.cli_sync import EXIT_OK, EXIT_REFUSED, add_sync_commands
from app.context import AppContext
from county import cli as county_cli
from county.app import create_app
from county.db import make_engine
from county.threaded_server import ServerThread

ROOT = Path(__file__).resolve().parents[2]


def _admin(argv: list[str]) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path)
    add_sync_commands(p.add_subparsers(dest="command", required=True))
    args = p.parse_args(argv)
    return int(args.func(args))


def test_county_cli_and_headless_sync(
    stores: dict[str, AppContext], county_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--database-url", county_url]
    assert county_cli.main([*db, "create-township", "孝顺镇", "XS"]) == 0
    assert county_cli.main([*db, "create-township", "孝顺镇", "XS"]) == 2  # code taken
    assert county_cli.main([*db, "publish-reference", str(ROOT / "resources" / "reference")]) == 0
    capsys.readouterr()
    assert county_cli.main([*db, "enrolment-code", "XS"]) == 0
    code = capsys.readouterr().out.strip()
    assert len(code) == 14 and code.count("-") == 2

    a = stores["A"]
    path = str(a.db_path)
    a.db.dispose()
    assert _admin(["--db", path, "sync"]) == EXIT_REFUSED  # not enrolled yet
    assert "尚未登记" in capsys.readouterr().err
    engine = make_engine(county_url)
    server = ServerThread(create_app(engine=engine)).start()
    try:
        assert _admin(["--db", path, "sync-enrol", "--url", server.url, "--code", code]) == EXIT_OK
        assert _admin(["--db", path, "sync"]) == EXIT_OK
        out = capsys.readouterr().out
        assert "同步完成" in out and "待上传 0 行" in out
        assert _admin(["--db", path, "sync-status"]) == EXIT_OK
        assert "待上传：0 行" in capsys.readouterr().out
    finally:
        server.stop()
        engine.dispose()
