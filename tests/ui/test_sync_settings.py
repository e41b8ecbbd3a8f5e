"""Settings → 县局连接 without a county: clear Chinese messages for a bad URL, plain http to a
remote host, no usable keyring and an unreachable server; nothing is stored."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Actor, AppContext
from app.services import sync_runs
from county.pgcluster import free_port
from ui.pages.settings_county import CountyConnectionBox


def _try(qtbot: QtBot, box: CountyConnectionBox, url: str, code: str = "ABCD-EFGH") -> str:
    box.url.setText(url)
    box.code.setText(code)
    qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.busy, timeout=30_000)
    return box.error.text()


def test_enrolment_messages(qtbot: QtBot, ctx: AppContext, admin: Actor) -> None:
    box = CountyConnectionBox(ctx, admin)
    qtbot.addWidget(box)
    assert "尚未登记" in box.state_label.text()
    assert "请填写登记码" in _try(qtbot, box, "https://county.example.cn", code="")
    assert "地址无效" in _try(qtbot, box, "county.example.cn")
    assert "必须使用 https://" in _try(qtbot, box, "http://county.example.cn")
    assert "无法连接县局服务器" in _try(qtbot, box, f"http://127.0.0.1:{free_port()}")
    box.ca_file.setText(str(ctx.db_path.parent / "missing.pem"))
    assert "CA 证书文件不存在" in _try(qtbot, box, "https://county.example.cn")
    box.ca_file.clear()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert "没有可用的系统钥匙串" in _try(qtbot, box, "https://county.example.cn")
    finally:
        keyring.set_keyring(previous)
    assert not sync_runs.overview(ctx).enrolled and box.done_label.text() == ""


def test_officer_has_no_county_box(qtbot: QtBot, ctx: AppContext, officer: Actor) -> None:
    from ui.pages.settings import SettingsPage

    page = SettingsPage(ctx, officer)
    qtbot.addWidget(page)
    assert page.county_box is None
    with pytest.raises(Exception, match="无权"):
        sync_runs.enrol(ctx, officer, "https://county.example.cn", "X")
