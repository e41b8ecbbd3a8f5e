"""County reference data in the store: enforcement catalog, discretion benchmarks and the
working-day calendar, each versioned.

The shipped JSON (resources/reference/{catalog,benchmarks,holidays}.json, read through
app.reference when present) is loaded at first open and whenever a newer version ships; the
county later sends updates through `apply_reference_update`. Reference rows are county-owned:
they carry township_id "county" and never enter the township's sync outbox; each load writes
one audit entry. `calendar(ctx)` is cached per process and store, and dropped on update; a
holiday update recomputes every open provisional deadline.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.errors import DomainError, ValidationError
from app.reads.equipment import STANDARD_SETTING as STANDARD_SETTING
from app.reads.equipment import stored_standard_doc
from app.rules.discretion import Benchmark, Condition, Tier, TierRule, benchmark_in_force
from app.rules.roles import Permission
from app.rules.workdays import HolidayCalendar, calendar_from_library, calendar_from_rows
from local_db.ids import new_id
from local_db.models import LocalSetting
from local_db.models_cases import RefBenchmark, RefCatalogItem, RefHoliday, RefVersion
from local_db.uow import UnitOfWork

COUNTY = "county"  # township_id of county-owned reference rows
KINDS = ("catalog", "benchmarks", "holidays", "equipment_standard")


@dataclass(frozen=True)
class CatalogItem:
    """One enforcement item (执法事项) as the services and the UI need it."""

    code: str
    name: str
    domain: str
    legal_basis: str
    penalty_basis: str
    township_power: bool
    department: str | None
    life_health_finance: bool


@dataclass(frozen=True)
class ReferenceVersions:
    """Loaded version of each kind (None when not loaded)."""

    catalog: str | None
    benchmarks: str | None
    holidays: str | None
    equipment_standard: str | None = None


# --- version order ------------------------------------------------------------------------


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key for versions like "2026.1" or "2026-2": numbers compare as numbers."""
    parts: list[tuple[int, int | str]] = []
    for piece in version.replace("-", ".").split("."):
        parts.append((0, int(piece)) if piece.isdigit() else (1, piece))
    return tuple(parts)


def is_newer(candidate: str, loaded: str | None) -> bool:
    """True when `candidate` is a later version than `loaded` (or nothing is loaded)."""
    return loaded is None or version_key(candidate) > version_key(loaded)


# --- parsing the JSON documents -----------------------------------------------------------


def _bad(kind: str, detail: str) -> ValidationError:
    return ValidationError(
        "reference", "bad_reference", "参考数据（{kind}）格式不正确：{detail}", kind=kind, detail=detail
    )


def _version_of(kind: str, doc: Mapping[str, Any]) -> str:
    version = doc.get("version")
    if not isinstance(version, str) or not version.strip():
        raise _bad(kind, "缺少 version")
    return version.strip()


def _fen(tier: Mapping[str, Any], key: str) -> int:
    if f"{key}_fen" in tier:
        return int(tier[f"{key}_fen"])
    if f"{key}_yuan" in tier:
        return round(float(tier[f"{key}_yuan"]) * 100)
    return 0


def benchmark_from_json(item: Mapping[str, Any]) -> Benchmark:
    """A discretion Benchmark from its JSON form (as shipped and as stored)."""
    tiers = tuple(
        TierRule(
            Tier(t["tier"]),
            str(t.get("description", "")),
            tuple(
                Condition(str(c["fact"]), str(c["op"]), c["value"]) for c in t.get("conditions", ())
            ),
            _fen(t, "min"),
            _fen(t, "max"),
            bool(t.get("warning_allowed", False)),
            bool(t.get("no_penalty", False)),
        )
        for t in item["tiers"]
    )
    return Benchmark(
        item_code=str(item["item_code"]),
        version=str(item["version"]),
        effective_from=date.fromisoformat(str(item["effective_from"])),
        tiers=tiers,
        first_offence_exempt=bool(item.get("first_offence_exempt", False)),
        facts=tuple(str(f) for f in item.get("facts", ())),
    )


def _catalog_items(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = doc.get("items")
    if not isinstance(items, list) or not items:
        raise _bad("catalog", "缺少 items")
    for it in items:
        if not isinstance(it, Mapping) or not it.get("code") or not it.get("name"):
            raise _bad("catalog", "事项缺少 code 或 name")
    return items


def _benchmark_items(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    items = doc.get("benchmarks")
    if not isinstance(items, list):
        raise _bad("benchmarks", "缺少 benchmarks")
    for it in items:
        try:
            benchmark_from_json(it)
        except (KeyError, ValueError, TypeError) as exc:
            raise _bad("benchmarks", f"{it.get('item_code', '?')}: {exc}") from exc
    return items


def _holiday_days(doc: Mapping[str, Any]) -> tuple[set[int], list[tuple[date, str, str]]]:
    days = doc.get("days")
    if not isinstance(days, list):
        raise _bad("holidays", "缺少 days")
    rows: list[tuple[date, str, str]] = []
    for d in days:
        try:
            day = date.fromisoformat(str(d["day"]))
        except (KeyError, ValueError) as exc:
            raise _bad("holidays", f"日期无效：{d}") from exc
        kind = str(d.get("kind", "holiday"))
        if kind not in ("holiday", "workday"):
            raise _bad("holidays", f"类型无效：{kind}")
        rows.append((day, kind, str(d.get("name", ""))))
    years = {int(y) for y in doc.get("years", ())} | {r[0].year for r in rows}
    return years, rows


def _library_holidays_doc() -> dict[str, Any]:
    """The chinese-calendar package's data as a holidays document (fallback baseline)."""
    import chinese_calendar  # type: ignore[import-untyped]

    cal = calendar_from_library()
    days = [{"day": d.isoformat(), "kind": "holiday", "name": n} for d, n in cal.holidays.items()]
    days += [{"day": d.isoformat(), "kind": "workday", "name": ""} for d in cal.makeup_workdays]
    # "0-…": any county or shipped version (2026.1 …) counts as newer than this baseline
    version = f"0-chinese-calendar-{getattr(chinese_calendar, '__version__', '0')}"
    return {"version": version, "years": sorted(cal.years), "days": days}


def shipped_documents() -> dict[str, dict[str, Any]]:
    """The reference documents shipped with this build, by kind (missing kinds left out;
    holidays fall back to the chinese-calendar package)."""
    from app.resources import resource_path

    docs: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        path: Path = resource_path(f"reference/{kind}.json")
        if path.exists():
            docs[kind] = json.loads(path.read_text(encoding="utf-8"))
    docs.setdefault("holidays", _library_holidays_doc())
    return docs


# --- writing ------------------------------------------------------------------------------


def _stamp(row: Any, uow: UnitOfWork, is_new: bool) -> None:
    if is_new:
        row.id = new_id()
        row.township_id = COUNTY
        row.version = 1
        row.deleted = False
        uow.session.add(row)
    else:
        row.version = (row.version or 0) + 1
    row.updated_at = uow.now
    row.updated_by = uow.user_id


def _loaded_versions(s: Session) -> dict[str, str]:
    return {r.kind: r.data_version for r in s.scalars(select(RefVersion))}


def _set_version(uow: UnitOfWork, kind: str, version: str) -> None:
    row = uow.session.scalar(select(RefVersion).where(RefVersion.kind == kind))
    if row is None:
        row = RefVersion(kind=kind, data_version=version, loaded_at=uow.now)
        _stamp(row, uow, True)
    else:
        row.data_version = version
        row.loaded_at = uow.now
        _stamp(row, uow, False)


def _write_catalog(uow: UnitOfWork, version: str, doc: Mapping[str, Any]) -> dict[str, int]:
    s = uow.session
    existing = {r.code: r for r in s.scalars(select(RefCatalogItem))}
    seen: set[str] = set()
    for it in _catalog_items(doc):
        code = str(it["code"])
        seen.add(code)
        row = existing.get(code)
        fields = {
            "name": str(it["name"]),
            "domain": str(it.get("domain", "")),
            "township_power": bool(it.get("township_power", True)),
            "department": it.get("department") or None,
            "life_health_finance": bool(it.get("life_health_finance", False)),
            "source_version": version,
            "json": json.dumps(dict(it), ensure_ascii=False, sort_keys=True),
        }
        if row is None:
            row = RefCatalogItem(code=code, **fields)
            _stamp(row, uow, True)
        else:
            for k, v in fields.items():
                setattr(row, k, v)
            row.deleted = False
            _stamp(row, uow, False)
    retired = 0
    for code, row in existing.items():
        if code not in seen and not row.deleted:
            row.deleted = True
            _stamp(row, uow, False)
            retired += 1
    return {"items": len(seen), "retired": retired}


def _write_benchmarks(uow: UnitOfWork, version: str, doc: Mapping[str, Any]) -> dict[str, int]:
    s = uow.session
    existing = {(r.item_code, r.benchmark_version): r for r in s.scalars(select(RefBenchmark))}
    n = 0
    for it in _benchmark_items(doc):
        key = (str(it["item_code"]), str(it["version"]))
        text = json.dumps(dict(it), ensure_ascii=False, sort_keys=True)
        row = existing.get(key)
        if row is None:
            row = RefBenchmark(
                item_code=key[0],
                benchmark_version=key[1],
                effective_from=date.fromisoformat(str(it["effective_from"])),
                json=text,
            )
            _stamp(row, uow, True)
        else:
            row.json = text
            row.effective_from = date.fromisoformat(str(it["effective_from"]))
            _stamp(row, uow, False)
        n += 1
    return {"benchmarks": n}


def _write_holidays(uow: UnitOfWork, version: str, doc: Mapping[str, Any]) -> dict[str, int]:
    """The years in `doc` replace those years' rows; other years stay (county adds years)."""
    s = uow.session
    years, rows = _holiday_days(doc)
    by_day = {r.day: r for r in s.scalars(select(RefHoliday))}
    incoming = {day: (kind, name) for day, kind, name in rows}
    for day, row in by_day.items():
        if day.year in years and day not in incoming and not row.deleted:
            row.deleted = True
            _stamp(row, uow, False)
    for day, (kind, name) in incoming.items():
        stored = by_day.get(day)
        if stored is None:
            _stamp(RefHoliday(day=day, kind=kind, name=name, source_version=version), uow, True)
        else:
            stored.kind, stored.name, stored.source_version = kind, name, version
            stored.deleted = False
            _stamp(stored, uow, False)
    return {"years": len(years), "days": len(incoming)}


def _write_equipment_standard(uow: UnitOfWork, version: str, doc: Mapping[str, Any]) -> dict[str, int]:
    """The county's equipment standard (配备标准), kept whole as JSON in this store."""
    from app.rules.equipment import parse_standard

    try:
        std = parse_standard(dict(doc))
    except (ValueError, KeyError, TypeError) as exc:
        raise _bad("equipment_standard", str(exc)) from exc
    uow.session.merge(LocalSetting(key=STANDARD_SETTING, value=json.dumps(doc, ensure_ascii=False)))
    return {"categories": len(std.categories)}


_WRITERS = {
    "catalog": _write_catalog,
    "benchmarks": _write_benchmarks,
    "holidays": _write_holidays,
    "equipment_standard": _write_equipment_standard,
}


def stored_equipment_standard(ctx: AppContext) -> dict[str, Any] | None:
    """The equipment standard document loaded into this store (None before the first load,
    when the shipped one — the same document — is in force). Reads only: no loading here."""
    with ctx.db.dbapi_read() as con:
        text = stored_standard_doc(con)
    return None if text is None else dict(json.loads(text))


def _validate_with_reference_module(kind: str, doc: Mapping[str, Any]) -> None:
    """Run app.reference.validate_reference when that module exists (it owns the schema)."""
    try:
        from app import reference  # type: ignore[attr-defined, unused-ignore]
    except ImportError:
        return
    validate = getattr(reference, "validate_reference", None)
    if validate is None:
        return
    try:
        problems = validate(kind, doc)
    except TypeError:
        return  # a different signature: the shape checks here still apply
    if problems:
        raise _bad(kind, "；".join(str(p) for p in problems)[:500])


# --- cache --------------------------------------------------------------------------------

_lock = threading.Lock()
_calendars: dict[Path, HolidayCalendar] = {}
_benchmarks: dict[Path, dict[str, list[Benchmark]]] = {}
_ensured: set[Path] = set()


def invalidate(ctx: AppContext) -> None:
    """Forget this store's cached calendar and benchmarks."""
    key = ctx.db_path.resolve()
    with _lock:
        _calendars.pop(key, None)
        _benchmarks.pop(key, None)


def _apply(ctx: AppContext, actor: Actor, kind: str, doc: Mapping[str, Any], *, only_newer: bool) -> bool:
    if kind not in KINDS:
        raise ValidationError("kind", "bad_kind", "未知的参考数据类型：{kind}", kind=kind)
    version = _version_of(kind, doc)
    _validate_with_reference_module(kind, doc)
    with ctx.uow(actor) as uow:
        loaded = _loaded_versions(uow.session).get(kind)
        if not is_newer(version, loaded):
            if only_newer:
                return False
            raise DomainError(
                "reference_not_newer",
                "参考数据（{kind}）版本 {version} 不比已载入的 {loaded} 新，未更新。",
                kind=kind,
                version=version,
                loaded=loaded,
            )
        counts = _WRITERS[kind](uow, version, doc)
        _set_version(uow, kind, version)
        uow.session.flush()
        if kind == "holidays":
            from app.services import case_deadlines

            cal = calendar_from_rows(_holiday_rows(uow.session))
            counts["recomputed"] = case_deadlines.recompute_provisional(uow, cal)
        uow.record(
            "reference.load",
            "ref_version",
            None,
            {"kind": kind, "version": version, "previous": loaded, **counts},
        )
        uow.commit()
    invalidate(ctx)
    return True


def ensure_loaded(ctx: AppContext) -> ReferenceVersions:
    """Load the shipped reference documents that are newer than the stored ones (first open,
    or after an application update). Cheap after the first call per process."""
    key = ctx.db_path.resolve()
    if key not in _ensured:
        with ctx.db.read_session() as s:
            loaded = _loaded_versions(s)
        for kind, doc in shipped_documents().items():
            version = doc.get("version")
            if isinstance(version, str) and is_newer(version, loaded.get(kind)):
                _apply(ctx, SYSTEM_ACTOR, kind, doc, only_newer=True)
        with _lock:
            _ensured.add(key)
    return versions(ctx)


def apply_reference_update(ctx: AppContext, actor: Actor, kind: str, doc: Mapping[str, Any]) -> None:
    """Replace (catalog), add to (benchmark versions) or extend by years (holidays) the stored
    reference data with a county update; refused unless its version is newer."""
    if actor is not SYSTEM_ACTOR:
        actor.require(Permission.MANAGE_SETTINGS)
    _apply(ctx, actor, kind, doc, only_newer=False)


def versions(ctx: AppContext) -> ReferenceVersions:
    """The loaded version of each kind."""
    with ctx.db.read_session() as s:
        v = _loaded_versions(s)
    return ReferenceVersions(
        v.get("catalog"), v.get("benchmarks"), v.get("holidays"), v.get("equipment_standard")
    )


# --- reading ------------------------------------------------------------------------------


def _holiday_rows(s: Session) -> list[tuple[date, str, str]]:
    return [
        (r.day, r.kind, r.name)
        for r in s.scalars(select(RefHoliday).where(RefHoliday.deleted.is_(False)))
    ]


def calendar(ctx: AppContext) -> HolidayCalendar:
    """The working-day calendar from the store (cached per process; dropped on update)."""
    key = ctx.db_path.resolve()
    with _lock:
        cached = _calendars.get(key)
    if cached is not None:
        return cached
    ensure_loaded(ctx)
    with ctx.db.read_session() as s:
        cal = calendar_from_rows(_holiday_rows(s))
    with _lock:
        _calendars[key] = cal
    return cal


def _item(row: RefCatalogItem) -> CatalogItem:
    data = json.loads(row.json)
    return CatalogItem(
        row.code,
        row.name,
        row.domain,
        str(data.get("legal_basis", "")),
        str(data.get("penalty_basis", "")),
        row.township_power,
        row.department,
        row.life_health_finance,
    )


def catalog(ctx: AppContext, *, include_retired: bool = False) -> list[CatalogItem]:
    """The catalog, by code."""
    ensure_loaded(ctx)
    with ctx.db.read_session() as s:
        q = select(RefCatalogItem).order_by(RefCatalogItem.code)
        if not include_retired:
            q = q.where(RefCatalogItem.deleted.is_(False))
        return [_item(r) for r in s.scalars(q)]


def catalog_item(ctx: AppContext, code: str) -> CatalogItem | None:
    """One catalog item by code (retired items too: old cases still name them)."""
    ensure_loaded(ctx)
    with ctx.db.read_session() as s:
        row = s.scalar(select(RefCatalogItem).where(RefCatalogItem.code == code))
        return _item(row) if row else None


def _all_benchmarks(ctx: AppContext) -> dict[str, list[Benchmark]]:
    key = ctx.db_path.resolve()
    with _lock:
        cached = _benchmarks.get(key)
    if cached is not None:
        return cached
    ensure_loaded(ctx)
    out: dict[str, list[Benchmark]] = {}
    with ctx.db.read_session() as s:
        for r in s.scalars(select(RefBenchmark).where(RefBenchmark.deleted.is_(False))):
            out.setdefault(r.item_code, []).append(benchmark_from_json(json.loads(r.json)))
    with _lock:
        _benchmarks[key] = out
    return out


def benchmark_for(ctx: AppContext, item_code: str, act_date: date) -> Benchmark | None:
    """The benchmark version of `item_code` in force on the date of the act."""
    return benchmark_in_force(_all_benchmarks(ctx).get(item_code, []), act_date)
