"""app.services.training_queries: traffic lights, category 学时, years, overview and card."""

from __future__ import annotations

from datetime import date

import pytest

from app.context import Actor, AppContext
from app.errors import PermissionDenied
from app.rules.roles import Role
from app.rules.training import (
    SECONDS_PER_UNIT,
    AssessmentResult,
    OrganiserLevel,
    TrainingCategory,
    TrainingMode,
    forecast,
)
from app.services import training
from app.services.training_queries import (
    Light,
    category_seconds,
    overview,
    traffic_light,
    training_card,
    training_years,
)

from .conftest import Register

U = SECONDS_PER_UNIT
NOV_23 = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("units", "today", "light"),
    [
        (60, NOV_23, Light.GREEN),  # done
        (56, NOV_23, Light.GREEN),  # on pace: 56 × 365/327 ≥ 60
        (50, NOV_23, Light.YELLOW),  # behind; 10 学时 in 1.25 months = 8/month ≤ 10
        (45, NOV_23, Light.RED),  # needs 12/month: more than twice the even pace
        (0, date(2026, 2, 1), Light.YELLOW),  # nothing yet in January: behind, catchable
        (59, date(2027, 1, 5), Light.RED),  # the year is over
        (0, date(2025, 6, 1), Light.GREEN),  # the year has not begun: no pace yet
    ],
)
def test_traffic_light(units: int, today: date, light: Light) -> None:
    assert traffic_light(forecast(units * U, 2026, today)) is light


def _event(
    ctx: AppContext,
    admin: Actor,
    people: list[str],
    units: str,
    category: TrainingCategory,
    start: date = date(2026, 3, 2),
) -> None:
    training.record_event(
        ctx,
        admin,
        training.EventInput(
            title=f"{category.value}-{start}",
            organiser_level=OrganiserLevel.OWN_UNIT,
            category=category,
            mode=TrainingMode.OFFLINE,
            start_date=start,
            stated_units=units,
        ),
        people,
    )


def test_overview_category_and_years(ctx: AppContext, admin: Actor, register: Register) -> None:
    wangs = register.wangs
    _event(ctx, admin, wangs[:2], "3", TrainingCategory.ETHICS)
    _event(ctx, admin, wangs[:1], "61", TrainingCategory.SKILLS)
    _event(ctx, admin, wangs[3:4], "2", TrainingCategory.SKILLS, start=date(2024, 5, 5))
    assert category_seconds(ctx, admin, 2026, TrainingCategory.ETHICS) == {
        wangs[0]: 3 * U,
        wangs[1]: 3 * U,
    }
    assert training_years(ctx, admin) == [2026, 2025, 2024]
    o = overview(ctx, admin, 2026, TrainingCategory.ETHICS)
    progress = training.year_progress(ctx, admin, 2026)
    assert [r.progress for r in o.rows] == progress
    by_id = {r.staff_id: r for r in o.rows}
    assert by_id[wangs[0]].chart_seconds == 3 * U  # filtered: the category's 学时
    assert by_id[wangs[0]].progress.tally.counted_seconds == 61 * U  # ethics does not count
    assert by_id[wangs[0]].light is Light.GREEN
    assert o.count(Light.GREEN) == 1 and o.count(Light.RED) == 21
    assert overview(ctx, admin, 2026).rows[0].category_seconds is None
    assert o.composition.within_limit and o.composition.auxiliaries == 1
    assert [a.name for a in o.cert_alerts] == ["李娜"]


def test_card(ctx: AppContext, admin: Actor, register: Register) -> None:
    wei = register.wangs[0]
    _event(ctx, admin, [wei], "10", TrainingCategory.BUSINESS)
    _event(ctx, admin, [wei], "5", TrainingCategory.PHYSICAL, start=date(2026, 4, 1))
    training.record_assessment(ctx, admin, wei, 2024, AssessmentResult.FAIL)
    training.record_assessment(ctx, admin, wei, 2025, AssessmentResult.FAIL)
    card = training_card(ctx, admin, wei, 2026)
    assert [t.event.title for t in card.trainings] == ["business-2026-03-02", "physical-2026-04-01"]
    assert (card.tally.counted_seconds, card.tally.total_seconds) == (10 * U, 15 * U)
    assert card.verdict is not None and not card.verdict.units_ok
    assert card.light is Light.RED and card.exit_years == (2024, 2025)
    aux = training_card(ctx, admin, register.ids["王辅"], 2026)
    assert aux.verdict is None and aux.light is None and aux.exit_years is None


def test_reads_need_view_training(ctx: AppContext, register: Register) -> None:
    nobody = Actor("u-x", "x", "x", frozenset({Role.AUXILIARY}), None)
    assert not nobody.can(training.Permission.VIEW_TRAINING)  # auxiliaries: no enforcement data
    with pytest.raises(PermissionDenied):
        overview(ctx, nobody, 2026)
