"""The equipment standard is reference data the county can update: a newer version loaded into
the store changes the compliance maths; an older one is refused; a malformed one changes nothing."""

from __future__ import annotations

import json

import pytest

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.errors import DomainError
from app.resources import resource_path
from app.services import equipment, equipment_reports, reference_data


def _shipped() -> dict[str, object]:
    return dict(json.loads(resource_path("reference/equipment_standard.json").read_text("utf-8")))


def test_county_update_changes_the_standard_in_force(ctx: AppContext, admin: Actor) -> None:
    before = {line.code: line.required for line in equipment_reports.compliance(ctx).lines}
    assert before["car"] == 5
    doc = _shipped()
    doc["version"] = "2027.1"
    for cat in doc["categories"]:  # type: ignore[attr-defined]
        if cat["code"] == "car":
            cat["rule"] = {"kind": "fixed", "min": 7}
    reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "equipment_standard", doc)
    assert equipment.standard(ctx).version == "2027.1"
    after = {line.code: line.required for line in equipment_reports.compliance(ctx).lines}
    assert after["car"] == 7
    assert reference_data.versions(ctx).equipment_standard == "2027.1"


def test_older_or_malformed_standard_is_refused(ctx: AppContext, admin: Actor) -> None:
    reference_data.ensure_loaded(ctx)
    doc = _shipped()
    with pytest.raises(DomainError):
        reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "equipment_standard", doc)
    bad = {"version": "2099.1", "categories": [{"code": "x"}]}
    with pytest.raises(DomainError):
        reference_data.apply_reference_update(ctx, SYSTEM_ACTOR, "equipment_standard", bad)
    assert equipment.standard(ctx).version == doc["version"]
