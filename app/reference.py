"""County reference data as JSON documents: the enforcement catalog (执法事项目录), the discretion
benchmarks (裁量基准) and the working-day calendar (法定节假日及调休).

The county sends these documents (the same JSON that ships in resources/reference/) by sync;
this module reads them into plain objects, checks them (`validate_reference`) and exports the
holiday calendar. Plain Python: no Qt, no SQL.

Money in the JSON is in yuan (`min_yuan`/`max_yuan`, `fine_min_yuan`/`fine_max_yuan`); in the
objects it is integer fen. Percentage or per-unit fines (工程造价的5%–10%, 每平方米100–1000元)
carry a `scale` on the tier ({"fact", "min_rate", "max_rate"}: yuan = fact × rate) besides the
fixed reference range the discretion engine works with; `fine_range_fen` applies it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.rules.discretion import TIER_LABELS, TIER_ORDER, Benchmark, Condition, Tier, TierRule
from app.rules.workdays import HolidayCalendar, calendar_from_library
from app.rules.workflow import (
    SUMMARY_LIMIT_CITIZEN_FEN,
    SUMMARY_LIMIT_ORGANISATION_FEN,
    PartyType,
)

CATALOG_RESOURCE = "reference/catalog.json"
BENCHMARKS_RESOURCE = "reference/benchmarks.json"
HOLIDAYS_RESOURCE = "reference/holidays.json"

FACT_TYPES = ("number", "bool", "choice")
# Fields a full catalog (shipped, or sent by the county) must give for every item.
STRICT_ITEM_FIELDS = ("domain", "legal_basis", "penalty_basis", "township_power", "party_types")
EQUALITY_OPS = ("==", "!=")
ORDER_OPS = ("<", "<=", ">", ">=")
# Facts the 首违不罚 test reads (app.rules.discretion.first_offence_applies).
FIRST_OFFENCE_FACTS = ("first_offence", "corrected", "harm")
SUMMARY_LIMITS_FEN = {
    PartyType.CITIZEN.value: SUMMARY_LIMIT_CITIZEN_FEN,
    PartyType.ORGANISATION.value: SUMMARY_LIMIT_ORGANISATION_FEN,
}

# chinese-calendar names → the Chinese names shown to the squads.
HOLIDAY_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


class ReferenceFormatError(ValueError):
    """A reference document whose structure cannot be read."""


# --- objects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactSpec:
    """A fact the case form asks for and benchmark conditions test, e.g. area_m2 (number)."""

    key: str
    label: str
    type: str  # "number" | "bool" | "choice"
    options: tuple[tuple[str, str], ...] = ()  # (value, label) of a "choice"

    @property
    def option_values(self) -> tuple[str, ...]:
        return tuple(v for v, _ in self.options)


@dataclass(frozen=True)
class CatalogItem:
    """One enforcement item (执法事项) of the catalog."""

    code: str
    name: str
    domain: str
    legal_basis: str  # 违法依据
    penalty_basis: str  # 处罚依据
    township_power: bool  # 乡镇赋权; False: belongs to `department` (transfer or joint)
    department: str | None = None
    life_health_finance: bool = False  # 5-year limitation (APL art. 36)
    summary_allowed: bool = False  # the usual fine fits the summary procedure
    party_types: tuple[str, ...] = (PartyType.CITIZEN.value, PartyType.ORGANISATION.value)
    facts: tuple[FactSpec, ...] = ()
    penalty_summary: str = ""  # 处罚种类和幅度 as the penalty clause states them
    fine_min_fen: int = 0  # lowest fine the law allows (0: no statutory minimum)
    fine_max_fen: int | None = None  # highest fixed fine (None: proportional, no fixed cap)
    sample_facts: str = ""
    note: str = ""

    @property
    def fact_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.facts)

    def fact(self, key: str) -> FactSpec | None:
        return next((f for f in self.facts if f.key == key), None)


@dataclass(frozen=True)
class Catalog:
    """A catalog document: version, issuer and items."""

    version: str
    items: tuple[CatalogItem, ...]
    issued_by: str = ""
    issued_on: date | None = None
    by_code: Mapping[str, CatalogItem] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_code", {i.code: i for i in self.items})


@dataclass(frozen=True)
class Scale:
    """A proportional fine: yuan = value of `fact` × rate, between min_rate and max_rate."""

    fact: str
    min_rate: Decimal
    max_rate: Decimal

    def range_fen(self, facts: Mapping[str, Any]) -> tuple[int, int] | None:
        """The fine range in fen for these facts; None when the fact is missing."""
        value = facts.get(self.fact)
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            return None
        amount = Decimal(str(value)) * 100
        lo = (amount * self.min_rate).quantize(Decimal(1), ROUND_HALF_UP)
        hi = (amount * self.max_rate).quantize(Decimal(1), ROUND_HALF_UP)
        return int(lo), int(hi)


ScaleKey = tuple[str, str, Tier]  # (item_code, benchmark version, tier)


# --- small parsing helpers ------------------------------------------------------------------


def _fen(value: Any, what: str) -> int:
    """Yuan (int, float or numeric string) → fen; whole fen only."""
    if isinstance(value, bool):
        raise ReferenceFormatError(f"{what} 不是金额：{value!r}")
    try:
        fen = Decimal(str(value)) * 100
    except InvalidOperation as exc:
        raise ReferenceFormatError(f"{what} 不是金额：{value!r}") from exc
    if fen != fen.to_integral_value() or fen < 0:
        raise ReferenceFormatError(f"{what} 金额无效：{value!r}")
    return int(fen)


def _tier_fen(tier: Mapping[str, Any], key: str) -> int:
    """A tier's min or max in fen, from `<key>_yuan` (shipped form) or `<key>_fen`."""
    if f"{key}_yuan" in tier:
        return _fen(tier[f"{key}_yuan"], f"{key}_yuan")
    if f"{key}_fen" in tier:
        value = tier[f"{key}_fen"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ReferenceFormatError(f"{key}_fen 金额无效：{value!r}")
        return value
    raise ReferenceFormatError(f"缺少 {key}_yuan")


def _date(value: Any, what: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ReferenceFormatError(f"{what} 日期无效：{value!r}") from exc


def _rate(value: Any, what: str) -> Decimal:
    if isinstance(value, bool):
        raise ReferenceFormatError(f"{what} 比例无效：{value!r}")
    try:
        rate = Decimal(str(value))
    except InvalidOperation as exc:
        raise ReferenceFormatError(f"{what} 比例无效：{value!r}") from exc
    if not rate.is_finite() or rate < 0:
        raise ReferenceFormatError(f"{what} 比例无效：{value!r}")
    return rate


def _text(d: Mapping[str, Any], key: str, default: str = "") -> str:
    value = d.get(key)
    return default if value is None else str(value)


def _read_json(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ReferenceFormatError(f"{path.name} 不是 JSON 对象")
    return data


def _default_path(resource: str) -> Path:
    from app.resources import resource_path

    return resource_path(resource)


# --- catalog --------------------------------------------------------------------------------


def fact_from_json(d: Mapping[str, Any]) -> FactSpec:
    """A FactSpec from {"key", "label", "type", "options"?}."""
    key = _text(d, "key").strip()
    kind = _text(d, "type")
    if not key:
        raise ReferenceFormatError("事实项缺少 key")
    if kind not in FACT_TYPES:
        raise ReferenceFormatError(f"事实项 {key} 类型无效：{kind!r}")
    options: list[tuple[str, str]] = []
    for o in d.get("options") or ():
        if isinstance(o, Mapping):
            options.append((_text(o, "value"), _text(o, "label", _text(o, "value"))))
        else:
            options.append((str(o), str(o)))
    if kind == "choice" and not options:
        raise ReferenceFormatError(f"事实项 {key} 为选项类型但没有 options")
    return FactSpec(key, _text(d, "label", key), kind, tuple(options))


def item_from_json(d: Mapping[str, Any]) -> CatalogItem:
    """A CatalogItem from its JSON form; optional fields get their defaults."""
    code = _text(d, "code").strip()
    name = _text(d, "name").strip()
    if not code or not name:
        raise ReferenceFormatError("事项缺少 code 或 name")
    parties = d.get("party_types")
    fine_max = d.get("fine_max_yuan")
    return CatalogItem(
        code=code,
        name=name,
        domain=_text(d, "domain"),
        legal_basis=_text(d, "legal_basis"),
        penalty_basis=_text(d, "penalty_basis"),
        township_power=bool(d.get("township_power", True)),
        department=(_text(d, "department") or None),
        life_health_finance=bool(d.get("life_health_finance", False)),
        summary_allowed=bool(d.get("summary_allowed", False)),
        party_types=(
            tuple(str(p) for p in parties) if isinstance(parties, list) and parties
            else CatalogItem.party_types
        ),
        facts=tuple(fact_from_json(f) for f in d.get("facts") or ()),
        penalty_summary=_text(d, "penalty_summary"),
        fine_min_fen=_fen(d.get("fine_min_yuan", 0), f"{code} fine_min_yuan"),
        fine_max_fen=None if fine_max is None else _fen(fine_max, f"{code} fine_max_yuan"),
        sample_facts=_text(d, "sample_facts"),
        note=_text(d, "note"),
    )


def catalog_from_json(doc: Mapping[str, Any]) -> Catalog:
    """A Catalog from a catalog document (as shipped or as sent by the county)."""
    items = doc.get("items")
    if not isinstance(items, list) or not items:
        raise ReferenceFormatError("目录缺少 items")
    issued_on = doc.get("issued_on")
    return Catalog(
        version=_text(doc, "version"),
        items=tuple(item_from_json(i) for i in items),
        issued_by=_text(doc, "issued_by"),
        issued_on=None if not issued_on else _date(issued_on, "issued_on"),
    )


def load_catalog(path: Path | str | None = None) -> Catalog:
    """The catalog at `path` (default: the shipped resources/reference/catalog.json)."""
    return catalog_from_json(_read_json(Path(path) if path else _default_path(CATALOG_RESOURCE)))


# --- benchmarks -----------------------------------------------------------------------------


def condition_from_json(d: Mapping[str, Any]) -> Condition:
    fact, op = _text(d, "fact"), _text(d, "op")
    if not fact or op not in EQUALITY_OPS + ORDER_OPS or "value" not in d:
        raise ReferenceFormatError(f"条件无效：{dict(d)}")
    return Condition(fact, op, d["value"])


def tier_from_json(d: Mapping[str, Any]) -> TierRule:
    try:
        tier = Tier(_text(d, "tier"))
    except ValueError as exc:
        raise ReferenceFormatError(f"档次无效：{d.get('tier')!r}") from exc
    return TierRule(
        tier=tier,
        description=_text(d, "description"),
        conditions=tuple(condition_from_json(c) for c in d.get("conditions") or ()),
        min_fen=_tier_fen(d, "min"),
        max_fen=_tier_fen(d, "max"),
        warning_allowed=bool(d.get("warning_allowed", False)),
        no_penalty=bool(d.get("no_penalty", False)),
    )


def benchmark_from_json(entry: Mapping[str, Any], item: CatalogItem | None = None) -> Benchmark:
    """One benchmark version. Its `facts` come from the entry, else from the catalog item."""
    code, version = _text(entry, "item_code"), _text(entry, "version")
    if not code or not version:
        raise ReferenceFormatError("基准缺少 item_code 或 version")
    tiers = entry.get("tiers")
    if not isinstance(tiers, list) or not tiers:
        raise ReferenceFormatError(f"{code} {version} 没有档次")
    facts = entry.get("facts")
    return Benchmark(
        item_code=code,
        version=version,
        effective_from=_date(entry.get("effective_from"), f"{code} {version} effective_from"),
        tiers=tuple(tier_from_json(t) for t in tiers),
        first_offence_exempt=bool(entry.get("first_offence_exempt", False)),
        facts=(
            tuple(str(f) for f in facts) if isinstance(facts, list)
            else (item.fact_keys if item else ())
        ),
    )


def _benchmark_entries(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    entries = doc.get("benchmarks")
    if not isinstance(entries, list):
        raise ReferenceFormatError("基准文件缺少 benchmarks")
    return [e for e in entries if isinstance(e, Mapping)]


def benchmarks_from_json(
    doc: Mapping[str, Any], catalog: Catalog | None = None
) -> dict[str, list[Benchmark]]:
    """All benchmark versions by item code, oldest first (benchmark_in_force picks one)."""
    out: dict[str, list[Benchmark]] = {}
    for entry in _benchmark_entries(doc):
        item = catalog.by_code.get(_text(entry, "item_code")) if catalog else None
        bm = benchmark_from_json(entry, item)
        out.setdefault(bm.item_code, []).append(bm)
    for versions in out.values():
        versions.sort(key=lambda b: b.effective_from)
    return out


def load_benchmarks(
    path: Path | str | None = None, catalog: Catalog | None = None
) -> dict[str, list[Benchmark]]:
    """The benchmarks at `path` (default: the shipped resources/reference/benchmarks.json)."""
    return benchmarks_from_json(
        _read_json(Path(path) if path else _default_path(BENCHMARKS_RESOURCE)), catalog
    )


def scale_from_json(d: Mapping[str, Any]) -> Scale:
    fact = _text(d, "fact")
    if not fact:
        raise ReferenceFormatError("scale 缺少 fact")
    return Scale(fact, _rate(d.get("min_rate"), "min_rate"), _rate(d.get("max_rate"), "max_rate"))


def tier_scales(doc: Mapping[str, Any]) -> dict[ScaleKey, Scale]:
    """The proportional fines of a benchmarks document, by (item_code, version, tier)."""
    out: dict[ScaleKey, Scale] = {}
    for entry in _benchmark_entries(doc):
        for t in entry.get("tiers") or ():
            if isinstance(t, Mapping) and isinstance(t.get("scale"), Mapping):
                key = (_text(entry, "item_code"), _text(entry, "version"), Tier(_text(t, "tier")))
                out[key] = scale_from_json(t["scale"])
    return out


def load_scales(path: Path | str | None = None) -> dict[ScaleKey, Scale]:
    """tier_scales() of the benchmarks file at `path` (default: the shipped one)."""
    return tier_scales(_read_json(Path(path) if path else _default_path(BENCHMARKS_RESOURCE)))


def fine_range_fen(
    bm: Benchmark, tier: Tier, facts: Mapping[str, Any], scales: Mapping[ScaleKey, Scale]
) -> tuple[int, int] | None:
    """The fine range of `tier` for these facts: the proportional range when the tier has a
    scale and the fact is known, else the tier's fixed range (None: no such tier)."""
    rule = bm.tier_rule(tier)
    if rule is None:
        return None
    scale = scales.get((bm.item_code, bm.version, tier))
    scaled = scale.range_fen(facts) if scale else None
    return scaled if scaled is not None else (rule.min_fen, rule.max_fen)


# --- validation -----------------------------------------------------------------------------


def _problem(tag: str, message: str) -> str:
    return f"{tag}: {message}"


def _catalog_doc_problems(doc: Mapping[str, Any], *, strict: bool) -> tuple[list[str], Catalog]:
    """Structure of a catalog document; returns the problems and the items that could be read.
    `strict` (full check) also asks for the fields a shipped or county catalog must carry."""
    problems: list[str] = []
    if not _text(doc, "version").strip():
        problems.append(_problem("missing_field", "目录缺少 version"))
    if doc.get("issued_on"):
        try:
            _date(doc["issued_on"], "issued_on")
        except ReferenceFormatError as exc:
            problems.append(_problem("bad_date", f"目录 {exc}"))
    raw = doc.get("items")
    if not isinstance(raw, list) or not raw:
        problems.append(_problem("missing_field", "目录缺少 items"))
        raw = []
    seen: set[str] = set()
    items: list[CatalogItem] = []
    for n, d in enumerate(raw, 1):
        if not isinstance(d, Mapping):
            problems.append(_problem("bad_item", f"目录第 {n} 项不是对象"))
            continue
        code = _text(d, "code").strip() or f"第{n}项"
        if code in seen:
            problems.append(_problem("duplicate_code", f"事项编码 {code} 重复"))
            continue
        seen.add(code)
        required: tuple[str, ...] = ("code", "name")
        if strict:
            required += STRICT_ITEM_FIELDS
        missing = [k for k in required if d.get(k) is None or d.get(k) == ""]
        if strict and not isinstance(d.get("facts"), list):
            missing.append("facts")
        if missing:
            problems.append(_problem("missing_field", f"事项 {code} 缺少 {'、'.join(missing)}"))
        if "township_power" in d and not isinstance(d["township_power"], bool):
            problems.append(_problem("bad_field", f"事项 {code} 的 township_power 应为 true/false"))
        if d.get("township_power") is False and not _text(d, "department").strip():
            problems.append(_problem("missing_field", f"事项 {code} 非乡镇赋权事项，须写明主管部门 department"))
        parties = d.get("party_types")
        if parties is not None and (
            not isinstance(parties, list) or not parties
            or any(p not in SUMMARY_LIMITS_FEN for p in parties)
        ):
            problems.append(_problem("bad_field", f"事项 {code} 的 party_types 无效：{parties!r}"))
        keys: set[str] = set()
        for f in d.get("facts") or ():
            key = _text(f, "key") if isinstance(f, Mapping) else "?"
            if key in keys:
                problems.append(_problem("duplicate_fact", f"事项 {code} 的事实项 {key} 重复"))
            keys.add(key)
        try:
            item = item_from_json(d)
        except ReferenceFormatError as exc:
            text = str(exc)
            tag = "missing_field" if "缺少" in text else "bad_fact" if "事实项" in text else "bad_field"
            problems.append(_problem(tag, f"事项 {code}：{text}"))
            continue
        if item.fine_max_fen is not None and item.fine_min_fen > item.fine_max_fen:
            problems.append(_problem("bad_range", f"事项 {code} 的法定罚款下限高于上限"))
        items.append(item)
    return problems, Catalog(_text(doc, "version"), tuple(items), _text(doc, "issued_by"))


def _undeclared(label: str, fact: str) -> str:
    return _problem("undeclared_fact", f"{label} 的条件使用了未声明的事实项 {fact}")


def _range_problems(label: str, tiers: Sequence[TierRule]) -> list[str]:
    """Per tier min ≤ max, no-penalty tiers at 0, and ranges that do not fall as tiers rise."""
    problems: list[str] = []
    for t in tiers:
        if t.min_fen > t.max_fen:
            problems.append(_problem("bad_range", f"{label} {TIER_LABELS[t.tier]}档下限高于上限"))
        if t.no_penalty and (t.min_fen or t.max_fen):
            problems.append(_problem("bad_range", f"{label} {TIER_LABELS[t.tier]}档不予处罚但罚款幅度不为0"))
    ordered = sorted(tiers, key=lambda t: TIER_ORDER.index(t.tier))
    for lower, higher in zip(ordered, ordered[1:]):
        if higher.min_fen < lower.min_fen or higher.max_fen < lower.max_fen:
            problems.append(_problem(
                "non_monotonic",
                f"{label} {TIER_LABELS[higher.tier]}档幅度（{higher.min_fen / 100:g}–"
                f"{higher.max_fen / 100:g}元）低于{TIER_LABELS[lower.tier]}档（"
                f"{lower.min_fen / 100:g}–{lower.max_fen / 100:g}元）",
            ))
    return problems


def _benchmark_doc_problems(
    doc: Mapping[str, Any],
) -> tuple[list[str], list[Benchmark], dict[ScaleKey, Scale]]:
    """Structure of a benchmarks document, without the catalog; returns the problems and the
    versions (and scales) that could be read."""
    problems: list[str] = []
    if not _text(doc, "version").strip():
        problems.append(_problem("missing_field", "基准文件缺少 version"))
    raw = doc.get("benchmarks")
    if not isinstance(raw, list):
        return problems + [_problem("missing_field", "基准文件缺少 benchmarks")], [], {}
    seen: set[tuple[str, str]] = set()
    starts: dict[tuple[str, date], str] = {}
    out: list[Benchmark] = []
    scales: dict[ScaleKey, Scale] = {}
    for n, e in enumerate(raw, 1):
        if not isinstance(e, Mapping):
            problems.append(_problem("bad_benchmark", f"基准第 {n} 项不是对象"))
            continue
        code, version = _text(e, "item_code") or "?", _text(e, "version") or "?"
        label = f"事项 {code} 基准 {version}"
        if (code, version) in seen:
            problems.append(_problem("duplicate_version", f"{label} 重复"))
            continue
        seen.add((code, version))
        try:
            _date(e.get("effective_from"), "effective_from")
        except ReferenceFormatError as exc:
            problems.append(_problem("bad_date", f"{label}：{exc}"))
            continue
        raw_tiers = e.get("tiers")
        if not isinstance(raw_tiers, list) or not raw_tiers:
            problems.append(_problem("bad_tier", f"{label} 没有档次"))
            continue
        tier_names = [_text(t, "tier") for t in raw_tiers if isinstance(t, Mapping)]
        dupes = sorted({x for x in tier_names if tier_names.count(x) > 1})
        if dupes:
            problems.append(_problem("duplicate_tier", f"{label} 档次重复：{'、'.join(dupes)}"))
            continue
        try:
            bm = benchmark_from_json(e)
        except ReferenceFormatError as exc:
            problems.append(_problem("bad_tier", f"{label}：{exc}"))
            continue
        if (code, bm.effective_from) in starts:
            problems.append(_problem(
                "duplicate_version",
                f"{label} 与 {starts[(code, bm.effective_from)]} 生效日期相同（{bm.effective_from}）",
            ))
        starts[(code, bm.effective_from)] = version
        if bm.tier_rule(Tier.GENERAL) is None:
            problems.append(_problem("bad_tier", f"{label} 缺少一般档（无条件匹配时的默认档）"))
        problems += _range_problems(label, bm.tiers)
        for t in raw_tiers:
            if isinstance(t, Mapping) and t.get("scale") is not None:
                try:
                    scale = scale_from_json(t["scale"]) if isinstance(t["scale"], Mapping) else None
                except ReferenceFormatError as exc:
                    problems.append(_problem("bad_scale", f"{label}：{exc}"))
                    continue
                if scale is None or scale.min_rate > scale.max_rate:
                    problems.append(_problem("bad_scale", f"{label} {t.get('tier')} 档 scale 无效"))
                    continue
                scales[(code, version, Tier(_text(t, "tier")))] = scale
        if isinstance(e.get("facts"), list) and e["facts"]:
            declared = set(bm.facts)
            used = {c.fact for t in bm.tiers for c in t.conditions}
            used |= {s.fact for k, s in scales.items() if k[:2] == (code, version)}
            for fact in sorted(used - declared):
                problems.append(_undeclared(label, fact))
        for t in bm.tiers:
            for cond in t.conditions:
                if cond.op in ORDER_OPS and (
                    isinstance(cond.value, bool) or not isinstance(cond.value, (int, float))
                ):
                    problems.append(_problem(
                        "bad_condition", f"{label} 条件 {cond.fact} {cond.op} {cond.value!r} 须与数值比较"))
        out.append(bm)
    return problems, out, scales


def _condition_problems(label: str, cond: Condition, spec: FactSpec) -> list[str]:
    bad = _problem(
        "bad_condition",
        f"{label} 条件 {cond.fact} {cond.op} {cond.value!r} 与事实项类型（{spec.type}）不符",
    )
    if spec.type == "number":
        if isinstance(cond.value, bool) or not isinstance(cond.value, (int, float)):
            return [bad]
    elif spec.type == "bool":
        if cond.op not in EQUALITY_OPS or not isinstance(cond.value, bool):
            return [bad]
    elif cond.op not in EQUALITY_OPS or cond.value not in spec.option_values:
        return [bad]
    return []


def _cross_problems(
    catalog: Catalog,
    benchmarks: Mapping[str, Sequence[Benchmark]],
    scales: Mapping[ScaleKey, Scale],
    on: date | None,
) -> list[str]:
    """The benchmarks checked against the catalog."""
    problems: list[str] = []
    for code in sorted(set(benchmarks) - set(catalog.by_code)):
        problems.append(_problem("unknown_item", f"基准所属事项 {code} 不在目录中"))
    for item in catalog.items:
        versions = list(benchmarks.get(item.code, ()))
        if not versions:
            problems.append(_problem("missing_benchmark", f"事项 {item.code}（{item.name}）没有裁量基准"))
            continue
        if on is not None and not any(b.effective_from <= on for b in versions):
            problems.append(_problem("no_benchmark_in_force", f"事项 {item.code} 在 {on} 没有生效的裁量基准"))
        specs = {f.key: f for f in item.facts}
        for bm in versions:
            label = f"事项 {item.code} 基准 {bm.version}"
            for fact in bm.facts:
                if fact not in specs:
                    problems.append(_problem("undeclared_fact", f"{label} 列出的事实项 {fact} 未在目录中声明"))
            for t in bm.tiers:
                for cond in t.conditions:
                    spec = specs.get(cond.fact)
                    if spec is None:
                        problems.append(_undeclared(label, cond.fact))
                    else:
                        problems += _condition_problems(label, cond, spec)
                scale = scales.get((item.code, bm.version, t.tier))
                if scale is not None:
                    spec = specs.get(scale.fact)
                    if spec is None or spec.type != "number":
                        problems.append(_problem(
                            "undeclared_fact", f"{label} 的计罚基数 {scale.fact} 未在目录中声明为数值"))
                tier = f"{label} {TIER_LABELS[t.tier]}档"
                if not t.no_penalty and t.min_fen < item.fine_min_fen:
                    problems.append(_problem(
                        "out_of_legal_range",
                        f"{tier}下限低于法定下限 {item.fine_min_fen / 100:g} 元"))
                if item.fine_max_fen is not None and t.max_fen > item.fine_max_fen:
                    problems.append(_problem(
                        "out_of_legal_range",
                        f"{tier}上限高于法定上限 {item.fine_max_fen / 100:g} 元"))
            if bm.first_offence_exempt:
                missing = [k for k in FIRST_OFFENCE_FACTS if k not in specs]
                harm = specs.get("harm")
                if missing or (harm and not {"none", "minor"} <= set(harm.option_values)):
                    problems.append(_problem(
                        "first_offence_facts",
                        f"{label} 列入首违不罚清单，目录须声明 first_offence、corrected 和含 none/minor 选项的 harm"))
        if item.summary_allowed:
            limits = [SUMMARY_LIMITS_FEN[p] for p in item.party_types if p in SUMMARY_LIMITS_FEN]
            fits = any(
                t.no_penalty or t.min_fen <= max(limits, default=0)
                for bm in versions for t in bm.tiers
            )
            if not fits:
                problems.append(_problem(
                    "summary_impossible",
                    f"事项 {item.code} 标为可适用简易程序，但没有档次的罚款下限在简易程序限额内"))
    return problems


def _is_document(value: Any, key: str) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get(key), list)


def validate_reference(
    catalog: Catalog | Mapping[str, Any] | str,
    benchmarks: Mapping[str, Any] | None = None,
    *,
    on: date | None = None,
) -> list[str]:
    """Problems of a catalog and its benchmarks ([] when sound). Each is "tag: 说明", tags:
    duplicate_code, missing_field, bad_field, bad_fact, duplicate_fact, bad_date, bad_range,
    non_monotonic, out_of_legal_range, unknown_item, missing_benchmark, no_benchmark_in_force
    (with `on`), undeclared_fact, bad_condition, bad_tier, duplicate_tier, duplicate_version,
    bad_scale, first_offence_facts, summary_impossible, bad_holiday, unknown_kind.

    `catalog` and `benchmarks` may be loaded objects (Catalog, {code: [Benchmark]}) or the raw
    JSON documents; raw documents are also checked for structure (duplicates, dates, fields).
    Called as validate_reference(kind, document) with kind "catalog" | "benchmarks" |
    "holidays", it checks one document on its own (structure only; the county may send the
    catalog and the benchmarks separately)."""
    if isinstance(catalog, str):
        doc = benchmarks if isinstance(benchmarks, Mapping) else {}
        if catalog == "catalog":
            return _catalog_doc_problems(doc, strict=False)[0]
        if catalog == "benchmarks":
            return _benchmark_doc_problems(doc)[0]
        if catalog == "holidays":
            return _holiday_doc_problems(doc)
        if catalog == "equipment_standard":
            from app.rules.equipment import parse_standard

            try:
                parse_standard(dict(doc))
            except (ValueError, KeyError, TypeError) as exc:
                return [_problem("bad_field", f"装备配备标准格式不正确：{exc}")]
            return []
        return [_problem("unknown_kind", f"未知的参考数据类型：{catalog}")]
    problems: list[str] = []
    if isinstance(catalog, Catalog):
        cat = catalog
        codes = [i.code for i in cat.items]
        for code in sorted({c for c in codes if codes.count(c) > 1}):
            problems.append(_problem("duplicate_code", f"事项编码 {code} 重复"))
    else:
        found, cat = _catalog_doc_problems(catalog, strict=True)
        problems += found
    scales: dict[ScaleKey, Scale] = {}
    by_code: dict[str, list[Benchmark]] = {}
    if _is_document(benchmarks, "benchmarks"):
        assert benchmarks is not None
        found, versions, scales = _benchmark_doc_problems(benchmarks)
        problems += found
        for bm in versions:
            by_code.setdefault(bm.item_code, []).append(bm)
    elif benchmarks is not None:
        for code, versions in benchmarks.items():
            by_code[str(code)] = list(versions)
            for bm in versions:
                label = f"事项 {bm.item_code} 基准 {bm.version}"
                problems += _range_problems(label, bm.tiers)
                if bm.tier_rule(Tier.GENERAL) is None:
                    problems.append(_problem("bad_tier", f"{label} 缺少一般档（无条件匹配时的默认档）"))
    problems += _cross_problems(cat, by_code, scales, on)
    return list(dict.fromkeys(problems))  # the same fault found twice is reported once


# --- holidays -------------------------------------------------------------------------------


def _holiday_doc_problems(doc: Mapping[str, Any], *, need_version: bool = True) -> list[str]:
    problems: list[str] = []
    if need_version and not _text(doc, "version").strip():
        problems.append(_problem("missing_field", "节假日文件缺少 version"))
    days = doc.get("days")
    if not isinstance(days, list):
        return problems + [_problem("missing_field", "节假日文件缺少 days")]
    years = doc.get("years")
    declared: set[int] | None = None
    if isinstance(years, list):
        if not all(isinstance(y, int) and not isinstance(y, bool) for y in years):
            problems.append(_problem("bad_holiday", f"years 应为年份列表：{years!r}"))
        declared = {y for y in years if isinstance(y, int)}
    seen: dict[date, str] = {}
    for d in days:
        if not isinstance(d, Mapping):
            problems.append(_problem("bad_holiday", f"节假日条目不是对象：{d!r}"))
            continue
        raw = d.get("date", d.get("day"))
        try:
            day = _date(raw, "date")
        except ReferenceFormatError as exc:
            problems.append(_problem("bad_date", f"节假日 {exc}"))
            continue
        kind = _text(d, "kind", "holiday")
        if kind not in ("holiday", "workday"):
            problems.append(_problem("bad_holiday", f"{day} 类型无效：{kind}"))
        elif day in seen:
            problems.append(_problem("bad_holiday", f"{day} 重复列出"))
        elif declared is not None and day.year not in declared:
            problems.append(_problem("bad_holiday", f"{day} 不在 years 所列年份内"))
        seen[day] = kind
    return problems


def holidays_json(years: Iterable[int], *, version: str | None = None) -> dict[str, Any]:
    """The chinese-calendar package's holidays and 调休 workdays of `years` as a holidays
    document: {"version", "source", "years", "days": [{"date", "kind", "name", ...}]}.

    Each day also carries "day" (the same date: the key app.services.reference_data reads),
    "name" in Chinese and "name_en" as the package spells it. A year the package has not
    published is refused: shipping it empty would mark deadlines in it as final."""
    import chinese_calendar  # type: ignore[import-untyped]
    from chinese_calendar import constants

    wanted = sorted(set(years))
    if not wanted:
        raise ValueError("no years given")
    lib = calendar_from_library()
    missing = [y for y in wanted if y not in lib.years]
    if missing:
        raise ValueError(f"chinese-calendar has no holiday data for {missing}")
    workday_names: Mapping[date, Any] = getattr(constants, "workdays", {})
    days: list[dict[str, Any]] = []
    for day, name in lib.holidays.items():
        if day.year in wanted:
            zh = HOLIDAY_NAMES_ZH.get(name, name)
            days.append({"date": day.isoformat(), "day": day.isoformat(), "kind": "holiday",
                         "name": zh, "name_en": name})
    for day in lib.makeup_workdays:
        if day.year in wanted:
            en = str(workday_names.get(day, "")) if isinstance(workday_names, Mapping) else ""
            zh = f"{HOLIDAY_NAMES_ZH.get(en, en)}调休上班" if en else "调休上班"
            days.append({"date": day.isoformat(), "day": day.isoformat(), "kind": "workday",
                         "name": zh, "name_en": en})
    days.sort(key=lambda d: str(d["date"]))
    return {
        "version": version or f"{wanted[-1]}.1",
        "source": f"chinese-calendar {getattr(chinese_calendar, '__version__', '?')}",
        "years": wanted,
        "days": days,
    }


def calendar_from_json(doc: Mapping[str, Any]) -> HolidayCalendar:
    """A HolidayCalendar from a holidays document; the years listed in "years" count as
    published even where no day of them is listed. Days may give "date" or "day"."""
    problems = _holiday_doc_problems(doc, need_version=False)
    if problems:
        raise ReferenceFormatError("；".join(problems[:5]))
    holidays: dict[date, str] = {}
    workdays: set[date] = set()
    for d in doc["days"]:
        day = date.fromisoformat(str(d.get("date", d.get("day"))))
        if _text(d, "kind", "holiday") == "holiday":
            holidays[day] = _text(d, "name")
        else:
            workdays.add(day)
    years = {int(y) for y in doc.get("years") or ()} | {d.year for d in holidays} | {
        d.year for d in workdays
    }
    return HolidayCalendar(holidays, frozenset(workdays), frozenset(years))


def write_holidays_json(
    path: Path | str, years: Iterable[int], *, version: str | None = None
) -> dict[str, Any]:
    """Write holidays_json(years) to `path` (UTF-8, readable) and return the document."""
    doc = holidays_json(years, version=version)
    # One line per key and per day: easy to read and to compare between county versions.
    head = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in doc.items() if k != "days"]
    days = ",\n".join("    " + json.dumps(d, ensure_ascii=False) for d in doc["days"])
    text = "{\n" + ",\n".join(head) + ',\n  "days": [\n' + days + "\n  ]\n}\n"
    Path(path).write_text(text, encoding="utf-8")
    return doc


def load_holidays(path: Path | str | None = None) -> HolidayCalendar:
    """The calendar of the holidays file at `path` (default: the shipped holidays.json)."""
    return calendar_from_json(_read_json(Path(path) if path else _default_path(HOLIDAYS_RESOURCE)))
