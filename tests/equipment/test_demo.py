"""The demo inventory: several hundred items with history and a gap report worth reading."""

from __future__ import annotations

from app.context import AppContext
from app.services import audit, demo
from app.services import equipment as eq
from app.services import equipment_reports as rep
from app.services import equipment_seized as sz
from app.services import equipment_stocktake as st
from app.services.demo_equipment import fill_equipment_demo


def test_demo_inventory(empty_ctx: AppContext) -> None:
    ctx = empty_ctx
    admin = demo.fill_demo(ctx, sworn=14, auxiliaries=8)
    n = fill_equipment_demo(ctx, admin)
    assert 200 <= n <= 1000
    assert eq.overdue_loans(ctx)
    assert eq.maintenance_alerts(ctx)
    closed = [s for s in st.list_stocktakes(ctx) if s.closed_at is not None]
    assert len(closed) == 1
    recon = st.reconcile(ctx, closed[0].id)
    assert recon.missing and recon.wrong_place and recon.unexpected
    gaps = {g.code for g in rep.compliance(ctx).gaps}
    assert {"fax", "alarm", "riot_shield"} <= gaps
    assert "body_camera" not in gaps and "stab_vest" not in gaps
    assert len(sz.list_seized(ctx)) == 6
    assert audit.verify(ctx).ok
