"""Check-out and return: nothing out twice, retired/lost/repair refused, overdue list, holdings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from app.context import Actor, AppContext
from app.errors import DomainError, PermissionDenied, ValidationError
from app.rules.equipment import ItemStatus
from app.rules.roles import Role
from app.services import audit
from app.services import equipment as eq
from local_db.models_equipment import EquipmentMovement
from tests.conftest import FakeClock


def test_register_generates_unique_sequential_tags(ctx: AppContext, admin: Actor) -> None:
    eq.set_township_code(ctx, admin, "xs")
    a = eq.register_item(ctx, admin, eq.ItemInput(category="radio", model="P8668i", serial_no="1"))
    b = eq.register_item(ctx, admin, eq.ItemInput(category="radio", model="P8668i", serial_no="2"))
    assert a.asset_tag == "XS-ZB-2026-00001"
    assert b.asset_tag == "XS-ZB-2026-00002"
    assert a.name == "对讲机" and a.status is ItemStatus.IN_STORE


def test_serial_unique_per_model(ctx: AppContext, admin: Actor) -> None:
    eq.register_item(ctx, admin, eq.ItemInput(category="radio", model="P8668i", serial_no="S1"))
    eq.register_item(ctx, admin, eq.ItemInput(category="radio", model="XIR-C2660", serial_no="S1"))
    with pytest.raises(ValidationError) as err:
        eq.register_item(ctx, admin, eq.ItemInput(category="radio", model="P8668i", serial_no="S1"))
    assert err.value.field == "serial_no"


def test_double_checkout_refused_then_return_and_again(
    ctx: AppContext, admin: Actor, people: list[str], camera: eq.ItemInfo
) -> None:
    loan = eq.check_out(
        ctx, admin, camera.id, people[0], due_back=date(2026, 11, 30), condition="完好"
    )
    assert loan.staff_name == "队员00"
    assert eq.get_item(ctx, camera.id).status is ItemStatus.CHECKED_OUT
    with pytest.raises(DomainError) as err:
        eq.check_out(ctx, admin, camera.id, people[1])
    assert err.value.code == "already_checked_out"
    assert "队员00" in str(err.value)
    back = eq.return_item(ctx, admin, camera.id, condition="镜头有划痕")
    assert back.returned_at is not None and back.condition_in == "镜头有划痕"
    assert eq.get_item(ctx, camera.id).holder_staff_id is None
    again = eq.check_out(ctx, admin, camera.id, people[1])
    assert again.staff_id == people[1]
    assert [x.staff_name for x in eq.loan_history(ctx, camera.id)] == ["队员01", "队员00"]
    assert audit.verify(ctx).ok


def test_database_refuses_a_second_open_checkout(
    ctx: AppContext, admin: Actor, people: list[str], camera: eq.ItemInfo
) -> None:
    eq.check_out(ctx, admin, camera.id, people[0])
    with ctx.uow(admin) as uow, pytest.raises(IntegrityError):
        uow.save(
            EquipmentMovement(
                item_id=camera.id, kind="checkout", staff_id=people[1], quantity=1, out_at=uow.now
            ),
            is_new=True,
        )


@pytest.mark.parametrize(
    ("status", "code"),
    [(ItemStatus.RETIRED, "retired"), (ItemStatus.LOST, "lost"), (ItemStatus.REPAIR, "in_repair")],
)
def test_checkout_refused_for_unavailable_items(
    ctx: AppContext,
    admin: Actor,
    people: list[str],
    camera: eq.ItemInfo,
    status: ItemStatus,
    code: str,
) -> None:
    eq.set_item_status(ctx, admin, camera.id, status, reason="测试")
    with pytest.raises(DomainError) as err:
        eq.check_out(ctx, admin, camera.id, people[0])
    assert err.value.code == code
    assert eq.get_item(ctx, camera.id).status is status


def test_retired_is_final(ctx: AppContext, admin: Actor, camera: eq.ItemInfo) -> None:
    eq.set_item_status(ctx, admin, camera.id, ItemStatus.RETIRED, reason="损坏无法修复")
    with pytest.raises(DomainError):
        eq.set_item_status(ctx, admin, camera.id, ItemStatus.IN_STORE, reason="误操作")


def test_return_of_item_not_out_refused(ctx: AppContext, admin: Actor, camera: eq.ItemInfo) -> None:
    with pytest.raises(DomainError) as err:
        eq.return_item(ctx, admin, camera.id)
    assert err.value.code == "not_checked_out"


def test_return_to_repair(
    ctx: AppContext, admin: Actor, people: list[str], camera: eq.ItemInfo
) -> None:
    eq.check_out(ctx, admin, camera.id, people[0])
    eq.return_item(ctx, admin, camera.id, condition="无法开机", to_repair=True)
    assert eq.get_item(ctx, camera.id).status is ItemStatus.REPAIR


def test_overdue_list_and_holdings(
    ctx: AppContext, admin: Actor, people: list[str], clock: FakeClock
) -> None:
    items = [
        eq.register_item(
            ctx, admin, eq.ItemInput(category="still_camera", model="EOS R6", serial_no=str(i))
        )
        for i in range(3)
    ]
    today = clock.today()
    eq.check_out(ctx, admin, items[0].id, people[0], due_back=today + timedelta(days=1))
    eq.check_out(ctx, admin, items[1].id, people[0], due_back=today + timedelta(days=3))
    eq.check_out(ctx, admin, items[2].id, people[1])  # long-term: never overdue
    assert eq.overdue_loans(ctx) == []
    clock.advance(days=2)
    overdue = eq.overdue_loans(ctx)
    assert [x.item_id for x in overdue] == [items[0].id]
    assert overdue[0].overdue and overdue[0].staff_name == "队员00"
    held = eq.holdings_of(ctx, people[0])
    assert {x.item_id for x in held} == {items[0].id, items[1].id}
    assert [x.overdue for x in held] == [True, False]
    eq.return_item(ctx, admin, items[0].id)
    assert eq.overdue_loans(ctx) == []
    assert [x.item_id for x in eq.holdings_of(ctx, people[1])] == [items[2].id]


def test_consumables_are_issued_not_checked_out(
    ctx: AppContext, admin: Actor, people: list[str]
) -> None:
    bags = eq.register_item(ctx, admin, eq.ItemInput(category="evidence_bag", quantity=100))
    assert bags.consumable
    with pytest.raises(DomainError):
        eq.check_out(ctx, admin, bags.id, people[0])
    assert eq.issue_consumable(ctx, admin, bags.id, people[0], 30).quantity == 70
    with pytest.raises(DomainError) as err:
        eq.issue_consumable(ctx, admin, bags.id, people[0], 71)
    assert err.value.code == "not_enough"


def test_writes_need_permission(ctx: AppContext, admin: Actor, camera: eq.ItemInfo) -> None:
    officer = Actor("u1", "lina", "李娜", frozenset({Role.OFFICER}), admin.township_id)
    with pytest.raises(PermissionDenied):
        eq.register_item(ctx, officer, eq.ItemInput(category="radio"))
    with pytest.raises(PermissionDenied):
        eq.set_item_status(ctx, officer, camera.id, ItemStatus.REPAIR, reason="x")


def test_lookup_tolerates_scanner_input(ctx: AppContext, admin: Actor, camera: eq.ItemInfo) -> None:
    tag = camera.asset_tag
    for typed in (tag, f"  {tag.lower()}\r\n", tag.replace("-", "－"), "\t" + tag + " "):
        found = eq.find_by_tag(ctx, typed)
        assert found is not None and found.id == camera.id, typed
    assert eq.find_by_tag(ctx, "XZ-ZB-2026-99999") is None
    assert eq.find_by_tag(ctx, "   ") is None


def test_maintenance_due_soon_and_recurring(
    ctx: AppContext, admin: Actor, clock: FakeClock
) -> None:
    from app.rules.equipment import DueState, MaintenanceKind

    car = eq.register_item(
        ctx, admin, eq.ItemInput(category="car", brand="比亚迪", model="秦PLUS DM-i")
    )
    today = clock.today()
    ins = eq.add_schedule(
        ctx,
        admin,
        car.id,
        MaintenanceKind.INSURANCE,
        today + timedelta(days=30),
        interval_months=12,
    )
    eq.add_schedule(ctx, admin, car.id, MaintenanceKind.INSPECTION, today + timedelta(days=31))
    bat = eq.add_schedule(ctx, admin, car.id, MaintenanceKind.BATTERY, today - timedelta(days=1))
    alerts = eq.maintenance_alerts(ctx)
    assert [(a.kind, a.state) for a in alerts] == [
        (MaintenanceKind.BATTERY, DueState.OVERDUE),
        (MaintenanceKind.INSURANCE, DueState.DUE_SOON),
    ]
    eq.record_maintenance(
        ctx,
        admin,
        car.id,
        MaintenanceKind.INSURANCE,
        today,
        schedule_id=ins.id,
        cost_fen=356000,
        vendor="人保财险",
    )
    eq.record_maintenance(ctx, admin, car.id, MaintenanceKind.BATTERY, today, schedule_id=bat.id)
    assert eq.maintenance_alerts(ctx) == []
    scheds = {s.kind: s for s in eq.schedules_of(ctx, car.id)}
    assert scheds[MaintenanceKind.INSURANCE].due_on == date(2027, 12, 23)
    assert MaintenanceKind.BATTERY not in scheds
    assert len(eq.maintenance_history(ctx, car.id)) == 2
