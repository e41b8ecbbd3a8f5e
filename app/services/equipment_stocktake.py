"""Stock-taking (盘点): open a session, scan or tick tags, watch the live reconciliation
(missing / unexpected / wrong place), close applying every status change in one transaction.

Reconciliation rules (one place, `_classify`):
- expected: items 在库 in the session's place (every place when the scope is empty);
- found: a scanned item 在库 seen where the register says it is;
- wrong place: a scanned item 在库 seen somewhere else → on close its location becomes the
  place it was seen;
- missing: expected but not scanned → on close 遗失 (unless the closer opts out);
- unexpected: a tag not in the register, or an item recorded as 遗失 (→ on close back 在库
  at the place seen), 报废, 领用 (with a holder) or 维修 — the last three are only reported.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app.context import Actor, AppContext
from app.errors import DomainError, NotFound, ValidationError
from app.rules.equipment import ItemStatus, normalize_scanned_tag
from app.services.equipment import EQUIPMENT_WRITE, save_all
from local_db.models_equipment import EquipmentItem, StocktakeScan, StocktakeSession
from local_db.uow import UnitOfWork


class Finding(StrEnum):
    """What a scanned or expected tag turned out to be."""

    FOUND = "found"
    WRONG_PLACE = "wrong_place"
    MISSING = "missing"
    UNKNOWN_TAG = "unknown_tag"  # unexpected: not in the register
    FOUND_LOST = "found_lost"  # unexpected: recorded as 遗失
    RETIRED = "retired"  # unexpected: recorded as 报废
    CHECKED_OUT = "checked_out"  # unexpected: recorded as 领用 by someone
    IN_REPAIR = "in_repair"  # unexpected: recorded as 维修


UNEXPECTED = frozenset(
    {
        Finding.UNKNOWN_TAG,
        Finding.FOUND_LOST,
        Finding.RETIRED,
        Finding.CHECKED_OUT,
        Finding.IN_REPAIR,
    }
)


@dataclass(frozen=True)
class ReconLine:
    """One tag in the reconciliation."""

    asset_tag: str
    finding: Finding
    item_id: str | None = None
    name: str | None = None
    category: str | None = None
    recorded_location: str | None = None
    seen_location: str | None = None


@dataclass(frozen=True)
class Reconciliation:
    """The state of a session: live while open, as closed (with what was applied) after."""

    session_id: str
    title: str
    location_scope: str | None
    opened_at: datetime
    closed_at: datetime | None
    expected: int
    scanned: int
    found: int
    missing: tuple[ReconLine, ...]
    unexpected: tuple[ReconLine, ...]
    wrong_place: tuple[ReconLine, ...]
    applied: dict[str, int] | None = None  # on close: {"lost": n, "moved": n, "recovered": n}

    def to_json(self) -> str:
        data = asdict(self)
        data["opened_at"] = self.opened_at.isoformat()
        data["closed_at"] = self.closed_at.isoformat() if self.closed_at else None
        return json.dumps(data, ensure_ascii=False)

    @staticmethod
    def from_json(text: str) -> Reconciliation:
        d = json.loads(text)

        def lines(key: str) -> tuple[ReconLine, ...]:
            return tuple(ReconLine(**{**x, "finding": Finding(x["finding"])}) for x in d[key])

        return Reconciliation(
            d["session_id"],
            d["title"],
            d["location_scope"],
            datetime.fromisoformat(d["opened_at"]),
            datetime.fromisoformat(d["closed_at"]) if d["closed_at"] else None,
            d["expected"],
            d["scanned"],
            d["found"],
            lines("missing"),
            lines("unexpected"),
            lines("wrong_place"),
            d.get("applied"),
        )


@dataclass(frozen=True)
class SessionInfo:
    """A stock-taking session."""

    id: str
    title: str
    location_scope: str | None
    opened_at: datetime
    opened_by: str | None
    closed_at: datetime | None


@dataclass(frozen=True)
class ScanResult:
    """What one scan found (for the live list and a beep/colour in the UI)."""

    asset_tag: str
    finding: Finding
    repeated: bool
    item_id: str | None
    name: str | None


def _classify(status: str | None, recorded: str | None, seen: str | None) -> Finding:
    """The finding of one scanned tag (status None = not in the register)."""
    if status is None:
        return Finding.UNKNOWN_TAG
    s = ItemStatus(status)
    if s is ItemStatus.LOST:
        return Finding.FOUND_LOST
    if s is ItemStatus.RETIRED:
        return Finding.RETIRED
    if s is ItemStatus.CHECKED_OUT:
        return Finding.CHECKED_OUT
    if s is ItemStatus.REPAIR:
        return Finding.IN_REPAIR
    if seen and recorded != seen:
        return Finding.WRONG_PLACE
    return Finding.FOUND


def _session_info(st: StocktakeSession) -> SessionInfo:
    return SessionInfo(st.id, st.title, st.location_scope, st.opened_at, st.opened_by, st.closed_at)


def _load_open(uow: UnitOfWork, session_id: str) -> StocktakeSession:
    st = uow.session.get(StocktakeSession, session_id)
    if st is None or st.deleted:
        raise NotFound("stocktake_not_found", "找不到该盘点。")
    if st.closed_at is not None:
        raise DomainError("stocktake_closed", "该盘点已结束，不能再修改。")
    return st


def open_stocktake(
    ctx: AppContext, actor: Actor, title: str, *, location_scope: str | None = None
) -> SessionInfo:
    """Start a stock-taking session over one place (or everything); one open at a time."""
    actor.require(EQUIPMENT_WRITE)
    title = (title or "").strip() or f"{ctx.clock.today():%Y-%m-%d} 盘点"
    scope = (location_scope or "").strip() or None
    with ctx.uow(actor) as uow:
        other = uow.session.scalar(
            select(StocktakeSession.title).where(
                StocktakeSession.closed_at.is_(None), StocktakeSession.deleted.is_(False)
            )
        )
        if other is not None:
            raise DomainError("stocktake_open", "盘点“{title}”尚未结束，请先结束它。", title=other)
        st = StocktakeSession(
            title=title[:128], location_scope=scope, opened_at=uow.now, opened_by=actor.display_name
        )
        uow.save(st, is_new=True)
        uow.record("stocktake.open", "stocktake_session", st.id, {"title": title, "scope": scope})
        uow.commit()
        return _session_info(st)


def _scan_rows(
    uow: UnitOfWork, st: StocktakeSession, tags: Sequence[str], seen_location: str | None
) -> tuple[list[StocktakeScan], list[StocktakeScan], set[str]]:
    """New and updated scan rows for `tags` (already normalised, no duplicates)."""
    existing = {
        s.asset_tag: s
        for chunk in _chunks(tags)
        for s in uow.session.scalars(
            select(StocktakeScan).where(
                StocktakeScan.session_id == st.id, StocktakeScan.asset_tag.in_(chunk)
            )
        )
    }
    new, updated = [], []
    for tag in tags:
        scan = existing.get(tag)
        if scan is None:
            new.append(
                StocktakeScan(
                    session_id=st.id, asset_tag=tag, seen_location=seen_location, scanned_at=uow.now
                )
            )
        else:
            scan.seen_location = seen_location
            scan.scanned_at = uow.now
            updated.append(scan)
    return new, updated, set(existing)


def _chunks(values: Sequence[str], size: int = 500) -> list[list[str]]:
    return [list(values[i : i + size]) for i in range(0, len(values), size)]


def scan_tag(
    ctx: AppContext, actor: Actor, session_id: str, text: str, *, seen_location: str | None = None
) -> ScanResult:
    """Record one scanned (or typed) tag; the place seen defaults to the session's place."""
    actor.require(EQUIPMENT_WRITE)
    tag = normalize_scanned_tag(text)
    if not tag:
        raise ValidationError("asset_tag", "required", "请扫描或输入{label}。", label="资产编号")
    if len(tag) > 64:
        raise ValidationError(
            "asset_tag", "too_long", "{label}不能超过 {n} 个字。", label="资产编号", n=64
        )
    with ctx.uow(actor) as uow:
        st = _load_open(uow, session_id)
        place = (seen_location or "").strip() or st.location_scope
        new, updated, _ = _scan_rows(uow, st, [tag], place)
        for row in new:
            uow.save(row, is_new=True)
        for row in updated:
            uow.save(row, is_new=False)
        item = uow.session.scalar(
            select(EquipmentItem).where(
                EquipmentItem.asset_tag == tag, EquipmentItem.deleted.is_(False)
            )
        )
        finding = _classify(item.status if item else None, item.location if item else None, place)
        uow.record(
            "stocktake.scan",
            "stocktake_session",
            st.id,
            {"tag": tag, "seen_location": place, "finding": finding.value},
        )
        uow.commit()
        return ScanResult(
            tag, finding, bool(updated), item.id if item else None, item.name if item else None
        )


def tick_items(
    ctx: AppContext,
    actor: Actor,
    session_id: str,
    tags: Sequence[str],
    *,
    seen_location: str | None = None,
) -> int:
    """Record many tags at once (ticked in the list, or a scanner's batch upload)."""
    actor.require(EQUIPMENT_WRITE)
    clean = list(dict.fromkeys(t for t in (normalize_scanned_tag(x) for x in tags) if t))
    if any(len(t) > 64 for t in clean):
        raise ValidationError(
            "asset_tag", "too_long", "{label}不能超过 {n} 个字。", label="资产编号", n=64
        )
    with ctx.uow(actor) as uow:
        st = _load_open(uow, session_id)
        place = (seen_location or "").strip() or st.location_scope
        new, updated, _ = _scan_rows(uow, st, clean, place)
        save_all(uow, new, is_new=True)
        save_all(uow, updated, is_new=False)
        uow.record(
            "stocktake.tick",
            "stocktake_session",
            st.id,
            {"count": len(clean), "seen_location": place},
        )
        uow.commit()
        return len(clean)


def _found_in_sql() -> ColumnElement[bool]:
    """`_classify(...) is Finding.FOUND` as SQL over a scan joined to its item, so that only
    the (few) other scans travel to Python."""
    return and_(
        EquipmentItem.id.is_not(None),
        EquipmentItem.status == ItemStatus.IN_STORE.value,
        or_(
            StocktakeScan.seen_location.is_(None),
            EquipmentItem.location == StocktakeScan.seen_location,
        ),
    )


def _reconcile(s: Session, st: StocktakeSession) -> Reconciliation:
    conn = s.connection()  # Core rows: no ORM row processing for 10,000 scans
    joined = and_(
        EquipmentItem.asset_tag == StocktakeScan.asset_tag, EquipmentItem.deleted.is_(False)
    )
    this_session = and_(StocktakeScan.session_id == st.id, StocktakeScan.deleted.is_(False))
    scanned = conn.execute(
        select(func.count()).select_from(StocktakeScan).where(this_session)
    ).scalar_one()
    others = conn.execute(
        select(
            StocktakeScan.asset_tag,
            StocktakeScan.seen_location,
            EquipmentItem.id,
            EquipmentItem.name,
            EquipmentItem.category,
            EquipmentItem.location,
            EquipmentItem.status,
        )
        .select_from(StocktakeScan)
        .outerjoin(EquipmentItem, joined)
        .where(this_session, ~_found_in_sql())
        .order_by(StocktakeScan.asset_tag)
    ).all()
    unexpected: list[ReconLine] = []
    wrong: list[ReconLine] = []
    for tag, seen, item_id, name, category, recorded, status in others:
        finding = _classify(status, recorded, seen)
        assert finding is not Finding.FOUND, "_found_in_sql and _classify disagree"
        line = ReconLine(tag, finding, item_id, name, category, recorded, seen)
        (wrong if finding is Finding.WRONG_PLACE else unexpected).append(line)
    expected_where = [
        EquipmentItem.deleted.is_(False),
        EquipmentItem.status == ItemStatus.IN_STORE.value,
    ]
    if st.location_scope:
        expected_where.append(EquipmentItem.location == st.location_scope)
    expected = conn.execute(
        select(func.count()).select_from(EquipmentItem).where(*expected_where)
    ).scalar_one()
    scanned_here = exists().where(
        StocktakeScan.session_id == st.id,
        StocktakeScan.asset_tag == EquipmentItem.asset_tag,
        StocktakeScan.deleted.is_(False),
    )
    missing = tuple(
        ReconLine(tag, Finding.MISSING, iid, name, cat, loc, None)
        for tag, iid, name, cat, loc in conn.execute(
            select(
                EquipmentItem.asset_tag,
                EquipmentItem.id,
                EquipmentItem.name,
                EquipmentItem.category,
                EquipmentItem.location,
            )
            .where(*expected_where, ~scanned_here)
            .order_by(EquipmentItem.asset_tag)
        )
    )
    return Reconciliation(
        st.id,
        st.title,
        st.location_scope,
        st.opened_at,
        st.closed_at,
        expected,
        scanned,
        scanned - len(others),
        missing,
        tuple(unexpected),
        tuple(wrong),
    )


def reconcile(ctx: AppContext, session_id: str) -> Reconciliation:
    """The live reconciliation of an open session, or the stored one of a closed session."""
    with ctx.db.read_session() as s:
        st = s.get(StocktakeSession, session_id)
        if st is None or st.deleted:
            raise NotFound("stocktake_not_found", "找不到该盘点。")
        if st.closed_at is not None and st.result_json:
            return Reconciliation.from_json(st.result_json)
        return _reconcile(s, st)


def close_stocktake(
    ctx: AppContext, actor: Actor, session_id: str, *, mark_missing_lost: bool = True
) -> Reconciliation:
    """Close the session and apply its findings in one transaction: missing → 遗失 (when
    `mark_missing_lost`), wrong place → location seen, lost-but-found → 在库 at the place seen.
    The stored result is what the reconciliation report (PDF) prints."""
    actor.require(EQUIPMENT_WRITE)
    with ctx.uow(actor) as uow:
        st = _load_open(uow, session_id)
        recon = _reconcile(uow.session, st)
        lost_ids = [x.item_id for x in recon.missing if x.item_id] if mark_missing_lost else []
        moved = {x.item_id: x.seen_location for x in recon.wrong_place if x.item_id}
        recovered = {
            x.item_id: x.seen_location
            for x in recon.unexpected
            if x.finding is Finding.FOUND_LOST and x.item_id
        }
        ids = [*lost_ids, *moved, *recovered]
        items: list[EquipmentItem] = []
        for chunk in _chunks(ids):
            items.extend(
                uow.session.scalars(select(EquipmentItem).where(EquipmentItem.id.in_(chunk)))
            )
        lost_set = set(lost_ids)
        for item in items:
            if item.id in lost_set:
                item.status = ItemStatus.LOST.value
            elif item.id in moved:
                item.location = moved[item.id]
            else:
                item.status = ItemStatus.IN_STORE.value
                if recovered[item.id]:
                    item.location = recovered[item.id]
        save_all(uow, items, is_new=False)
        applied = {"lost": len(lost_ids), "moved": len(moved), "recovered": len(recovered)}
        st.closed_at = uow.now
        st.closed_by = actor.display_name
        closed = Reconciliation(
            recon.session_id,
            recon.title,
            recon.location_scope,
            recon.opened_at,
            uow.now,
            recon.expected,
            recon.scanned,
            recon.found,
            recon.missing,
            recon.unexpected,
            recon.wrong_place,
            applied,
        )
        st.result_json = closed.to_json()
        uow.save(st, is_new=False)
        change: dict[str, Any] = {
            **applied,
            "expected": recon.expected,
            "scanned": recon.scanned,
            "lost_tags": [x.asset_tag for x in recon.missing] if mark_missing_lost else [],
            "moved_tags": [x.asset_tag for x in recon.wrong_place],
            "unknown_tags": [
                x.asset_tag for x in recon.unexpected if x.finding is Finding.UNKNOWN_TAG
            ],
        }
        uow.record("stocktake.close", "stocktake_session", st.id, change)
        uow.commit()
        return closed


def list_stocktakes(ctx: AppContext) -> list[SessionInfo]:
    """Sessions, newest first."""
    with ctx.db.read_session() as s:
        return [
            _session_info(st)
            for st in s.scalars(
                select(StocktakeSession)
                .where(StocktakeSession.deleted.is_(False))
                .order_by(StocktakeSession.opened_at.desc())
            )
        ]


def stocktake_report_pdf(
    ctx: AppContext,
    session_id: str,
    *,
    counters: Sequence[str] | None = None,
    today: date | None = None,
) -> bytes:
    """The reconciliation report (PDF bytes) of a closed session.

    `counters` are the two people who did the count; by default the person who opened the
    session and the one who closed it (a blank signature line when only one is known).
    """
    from app.documents.equipment_pdf import StocktakeReportData, render_stocktake_report
    from app.services import setup
    from app.services.equipment import standard

    with ctx.db.read_session() as s:
        st = s.get(StocktakeSession, session_id)
        if st is None or st.deleted:
            raise NotFound("stocktake_not_found", "找不到该盘点。")
        opened_by, closed_by = st.opened_by or "", st.closed_by or ""
    recon = reconcile(ctx, session_id)
    if recon.closed_at is None:
        raise DomainError(
            "stocktake_still_open",
            "盘点“{title}”尚未结束，结束盘点后才能打印对账报告。",
            title=recon.title,
        )
    if counters is None:
        counters = [n for n in dict.fromkeys([opened_by, closed_by]) if n]
    names = {c.code: c.name for c in standard(ctx).categories}
    town = setup.township(ctx)
    applied = recon.applied or {}
    data = StocktakeReportData(
        recon=recon,
        squad=town.squad_name if town else "",
        counters=tuple(counters),
        category_names=names,
        printed_on=today or ctx.clock.today(),
        closed_by=closed_by,
        mark_missing_lost=not (recon.missing and applied.get("lost", 0) == 0),
    )
    return render_stocktake_report(data)
