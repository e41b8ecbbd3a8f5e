"""The main window's pages, chosen by the logged-in user's permissions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.context import Actor, AppContext
from app.rules.roles import Permission


def pages_for(ctx: AppContext, actor: Actor) -> list[QWidget]:
    """The pages `actor` may open, in navigation order.

    Every page takes (ctx, actor, parent), and has page_title() and refresh().
    """
    from ui.pages.audit import AuditPage
    from ui.pages.backups import BackupsPage
    from ui.pages.case_stats import StatisticsPage
    from ui.pages.cases import CasesPage
    from ui.pages.settings import SettingsPage
    from ui.pages.staff import StaffPage
    from ui.pages.users import UsersPage

    pages: list[QWidget] = []
    from app.services.dashboard import may_see_dashboard

    if may_see_dashboard(actor):
        from ui.pages.dashboard import DashboardPage

        pages.append(DashboardPage(ctx, actor))
    if actor.can(Permission.VIEW_CASES):
        pages.append(CasesPage(ctx, actor))
        pages.append(StatisticsPage(ctx, actor))
    if actor.can(Permission.VIEW_STAFF):
        pages.append(StaffPage(ctx, actor))
    if actor.can(Permission.VIEW_TRAINING):
        from ui.pages.training import TrainingPage

        pages.append(TrainingPage(ctx, actor))
    if actor.can(Permission.VIEW_EQUIPMENT):
        from ui.pages.equipment import EquipmentPage
        from ui.pages.seized import SeizedGoodsPage

        pages.append(EquipmentPage(ctx, actor))
        pages.append(SeizedGoodsPage(ctx, actor))
    if actor.can(Permission.MANAGE_USERS):
        pages.append(UsersPage(ctx, actor))
    if actor.can(Permission.VIEW_AUDIT):
        pages.append(AuditPage(ctx, actor))
    if actor.can(Permission.SYNC):
        from ui.pages.sync import SyncPage

        pages.append(SyncPage(ctx, actor))
    if actor.can(Permission.MANAGE_BACKUPS):
        pages.append(BackupsPage(ctx, actor))
    pages.append(SettingsPage(ctx, actor))
    return pages
