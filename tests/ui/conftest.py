"""Qt test fixtures: QSettings in a tmp INI file, no leftover translators, hooks or workers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.context import Actor, AppContext
from app.rules.roles import Role
from app.services import users
from ui import i18n, tasks
from ui.settings import Settings

OFFICER_PASSWORD = "officer-pass-1"


@pytest.fixture(autouse=True)
def qsettings_tmp(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings (IniFormat, user scope) lands in tmp_path/settings."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def settings(qsettings_tmp: Path) -> Settings:
    return Settings()


@pytest.fixture(autouse=True)
def clean_shell_state() -> Iterator[None]:
    """Undo global changes the shell makes (translators, excepthook); drain the pool."""
    hook = sys.excepthook
    yield
    tasks.wait_for_all()
    i18n.remove_translators()
    sys.excepthook = hook


@pytest.fixture
def officer(ctx: AppContext, admin: Actor) -> Actor:
    """A logged-in 执法队员 (password already changed, as after first login)."""
    info = users.create_user(
        ctx,
        admin,
        username="lina",
        display_name="李娜",
        roles={Role.OFFICER},
        password="first-pass-1",
    )
    actor = users.login(ctx, "lina", "first-pass-1")
    users.change_own_password(ctx, actor, "first-pass-1", OFFICER_PASSWORD)
    assert info.id == actor.user_id
    return actor
