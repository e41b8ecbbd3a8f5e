"""The main window's pages, chosen by the logged-in user's permissions, built lazily.

`pages_for` returns one `PageSpec` per page: where its class lives and its title. The main
window puts the titles in the navigation at login and constructs a page (importing its module)
only when it is first opened, so login costs the dashboard alone.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from app.rules.roles import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.context import Actor, AppContext

PageFactory = Callable[["AppContext", "Actor"], "QWidget"]


class PageSpec(NamedTuple):
    """One page of the main window, not yet built.

    `path` is "module:ClassName"; the class takes (ctx, actor, parent) and has page_title() and
    refresh(). `title` is the Chinese source text its page_title() returns (translated here in
    the class's context, so the navigation needs no instance). `factory` builds the page; by
    default it imports the module and calls the class with (ctx, actor).
    """

    path: str
    title: str
    factory: PageFactory | None = None

    @property
    def module(self) -> str:
        return self.path.partition(":")[0]

    @property
    def class_name(self) -> str:
        return self.path.partition(":")[2]

    def page_title(self) -> str:
        """The translated title, as the built page's page_title() gives it."""
        return QCoreApplication.translate(self.class_name, self.title)

    def page_class(self) -> type:
        """The page's class (imports its module)."""
        return getattr(importlib.import_module(self.module), self.class_name)  # type: ignore[no-any-return]

    def is_for(self, cls: type | str) -> bool:
        """Whether this spec builds `cls` (a class, or a "module:ClassName" path) or a subclass
        of it; a class is matched by name first, so no module is imported for other pages."""
        if isinstance(cls, str):
            return cls == self.path
        if (cls.__module__, cls.__qualname__) == (self.module, self.class_name):
            return True
        loaded = sys.modules.get(self.module)
        built = getattr(loaded, self.class_name, None) if loaded is not None else None
        return isinstance(built, type) and issubclass(built, cls)

    def build(self, ctx: AppContext, actor: Actor) -> QWidget:
        """Construct the page."""
        if self.factory is not None:
            return self.factory(ctx, actor)
        return self.page_class()(ctx, actor)  # type: ignore[no-any-return]


DASHBOARD = PageSpec("ui.pages.dashboard:DashboardPage", "工作台")
CASES = PageSpec("ui.pages.cases:CasesPage", "案件")
STATISTICS = PageSpec("ui.pages.case_stats:StatisticsPage", "统计")
STAFF = PageSpec("ui.pages.staff:StaffPage", "人员与证件")
TRAINING = PageSpec("ui.pages.training:TrainingPage", "培训")
EQUIPMENT = PageSpec("ui.pages.equipment:EquipmentPage", "装备")
SEIZED = PageSpec("ui.pages.seized:SeizedGoodsPage", "罚没物品")
USERS = PageSpec("ui.pages.users:UsersPage", "用户管理")
AUDIT = PageSpec("ui.pages.audit:AuditPage", "审计日志")
BACKUPS = PageSpec("ui.pages.backups:BackupsPage", "数据备份")
SETTINGS = PageSpec("ui.pages.settings:SettingsPage", "设置")
SYNC = PageSpec("ui.pages.sync:SyncPage", "同步")


# Every page, in a fixed order: screenshot files are numbered by it (01-dashboard.png …), so
# add new pages at the end.
ALL_PAGES = (
    DASHBOARD, CASES, STATISTICS, STAFF, TRAINING, EQUIPMENT, SEIZED, USERS, AUDIT, BACKUPS,
    SETTINGS, SYNC,
)


def screenshot_name(spec: PageSpec) -> str:
    """Stable file stem of a page's screenshot: its ALL_PAGES number and module name
    ("01-dashboard", "03-case-stats"); pages not in ALL_PAGES get 99."""
    number = ALL_PAGES.index(spec) + 1 if spec in ALL_PAGES else 99
    return f"{number:02d}-{spec.module.rsplit('.', 1)[-1].replace('_', '-')}"


def pages_for(ctx: AppContext | None, actor: Actor) -> list[PageSpec]:
    """The pages `actor` may open, in navigation order (none of them built yet)."""
    from app.services.dashboard_data import may_see_dashboard

    pages: list[PageSpec] = []
    if may_see_dashboard(actor):
        pages.append(DASHBOARD)
    if actor.can(Permission.VIEW_CASES):
        pages += [CASES, STATISTICS]
    if actor.can(Permission.VIEW_STAFF):
        pages.append(STAFF)
    if actor.can(Permission.VIEW_TRAINING):
        pages.append(TRAINING)
    if actor.can(Permission.VIEW_EQUIPMENT):
        pages += [EQUIPMENT, SEIZED]
    if actor.can(Permission.MANAGE_USERS):
        pages.append(USERS)
    if actor.can(Permission.VIEW_AUDIT):
        pages.append(AUDIT)
    if actor.can(Permission.SYNC):
        pages.append(SYNC)
    if actor.can(Permission.MANAGE_BACKUPS):
        pages.append(BACKUPS)
    pages.append(SETTINGS)
    return pages


def build_pages(ctx: AppContext, actor: Actor) -> list[QWidget]:
    """Every page `actor` may open, constructed now (tests and tools; the window is lazy)."""
    return [spec.build(ctx, actor) for spec in pages_for(ctx, actor)]
