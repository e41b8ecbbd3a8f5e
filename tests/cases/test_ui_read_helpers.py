"""Read-only helpers the case pages use: the most pressing deadline of a page of cases (one
query) and the catalog items with sample text and fact fields for the forms."""

from __future__ import annotations

from app.context import SYSTEM_ACTOR, AppContext
from app.rules.deadlines import Deadline, Urgency
from app.rules.workflow import Move
from app.services import case_deadlines, case_search, cases, reference_data
from tests.cases.conftest import CATALOG, Squad
from tests.cases.helpers import register
from tests.conftest import FakeClock


def test_next_due_by_case(cctx: AppContext, squad: Squad, clock: FakeClock) -> None:
    a = register(cctx, squad)
    b = register(cctx, squad)
    cases.move(cctx, squad.leader, b.id, Move.FILE)
    due = case_deadlines.next_due_by_case(cctx, [a.id, b.id, "missing"])
    assert set(due) == {a.id, b.id}
    assert due[a.id].kind is Deadline.FILING and due[a.id].urgency is not Urgency.OVERDUE
    assert due[b.id].kind is Deadline.DECISION
    clock.advance(days=40)
    assert case_deadlines.next_due_by_case(cctx, [a.id])[a.id].urgency is Urgency.OVERDUE
    assert case_deadlines.next_due_by_case(cctx, []) == {}


def test_item_choices(cctx: AppContext) -> None:
    items = {i.code: i for i in case_search.item_choices(cctx)}
    assert set(items) == {"SR-001", "WT-001", "JS-001", "SP-001"}
    assert items["SR-001"].summary_allowed and not items["SP-001"].summary_allowed
    doc = {**CATALOG, "version": "9000.3", "items": [{
        **CATALOG["items"][0], "sample_facts": "摆摊。", "summary_allowed": False,
        "facts": [{"key": "harm", "label": "危害后果", "type": "choice",
                   "options": [{"value": "minor", "label": "轻微"}]}]}]}
    reference_data.apply_reference_update(cctx, SYSTEM_ACTOR, "catalog", doc)
    [sr] = [i for i in case_search.item_choices(cctx) if i.code == "SR-001"]
    assert sr.sample_facts == "摆摊。" and not sr.summary_allowed
    assert sr.facts[0].options == (("minor", "轻微"),)
