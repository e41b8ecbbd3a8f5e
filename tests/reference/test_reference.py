"""Shipped county reference data (resources/reference/): the enforcement catalog, the
discretion benchmarks and the holiday calendar, and app.reference that reads and checks them."""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.reference import (
    Catalog,
    CatalogItem,
    benchmarks_from_json,
    calendar_from_json,
    catalog_from_json,
    fine_range_fen,
    holidays_json,
    load_benchmarks,
    load_catalog,
    load_holidays,
    load_scales,
    validate_reference,
    write_holidays_json,
)
from app.resources import resource_path
from app.rules.discretion import (
    Benchmark,
    Condition,
    Tier,
    TierRule,
    benchmark_in_force,
    suggest,
)
from app.rules.workdays import add_working_days, calendar_from_library

TODAY = date(2026, 11, 23)
FIRST_OFFENCE = {"first_offence": True, "corrected": True, "harm": "minor"}


def _raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path(f"reference/{name}.json").read_text(encoding="utf-8")
    )
    return data


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def benchmarks(catalog: Catalog) -> dict[str, list[Benchmark]]:
    return load_benchmarks(catalog=catalog)


def _tags(problems: Sequence[str]) -> set[str]:
    return {p.split(":", 1)[0] for p in problems}


def _has(problems: Sequence[str], tag: str, *needles: str) -> bool:
    return any(p.startswith(f"{tag}:") and all(n in p for n in needles) for p in problems)


# --- the shipped files ----------------------------------------------------------------------


def test_catalog_loads_with_realistic_items(catalog: Catalog) -> None:
    assert catalog.version == "2026.1"
    assert catalog.issued_on == date(2026, 1, 1)
    assert "综合行政执法局" in catalog.issued_by
    assert len(catalog.items) >= 45
    assert len(catalog.by_code) == len(catalog.items)
    domains = {i.domain for i in catalog.items}
    for d in ("市容环卫", "违法建设", "垃圾分类", "餐饮油烟", "养犬管理", "人行道违停",
              "户外广告", "渣土运输", "园林绿化", "市政设施", "燃气", "农村宅基地"):
        assert d in domains, d
    for item in catalog.items:
        assert item.name and item.legal_basis and item.penalty_basis, item.code
        cited = "《" in item.legal_basis and "《" in item.penalty_basis
        assert cited or "本市" in item.penalty_basis, item.code  # local bylaw, filled by county
        assert item.party_types and set(item.party_types) <= {"citizen", "organisation"}
        assert item.facts, item.code
    names = {i.name for i in catalog.items}
    assert "在城市人行道上违法停放机动车" in names
    assert "个人未按照规定分类投放生活垃圾" in names


def test_departments_and_limitation_flags(catalog: Catalog) -> None:
    transferred = [i for i in catalog.items if not i.township_power]
    assert 6 <= len(transferred) <= 12
    assert all(i.department for i in transferred)
    assert all(i.department is None for i in catalog.items if i.township_power)
    lhf = {i.code for i in catalog.items if i.life_health_finance}
    assert lhf and all(c.startswith(("RQGL", "SPAQ")) for c in lhf)
    assert len(lhf) < len(catalog.items) // 4


def test_fines_are_converted_to_fen(benchmarks: dict[str, list[Benchmark]]) -> None:
    bm = benchmark_in_force(benchmarks["DLJT-001"], TODAY)
    assert bm is not None and bm.version == "2026.1"
    general = bm.tier_rule(Tier.GENERAL)
    assert general is not None and (general.min_fen, general.max_fen) == (50_00, 100_00)
    severe = bm.tier_rule(Tier.SEVERE)
    assert severe is not None and severe.max_fen == 200_00  # 道路交通安全法第九十三条: 200 元
    assert "driver_absent" in bm.facts


def test_every_item_has_a_benchmark_in_force_and_the_data_is_sound(
    catalog: Catalog, benchmarks: dict[str, list[Benchmark]]
) -> None:
    for item in catalog.items:
        assert benchmark_in_force(benchmarks.get(item.code, []), TODAY) is not None, item.code
    assert validate_reference(catalog, benchmarks, on=TODAY) == []
    assert validate_reference(_raw("catalog"), _raw("benchmarks"), on=TODAY) == []


def test_single_documents_pass_the_per_kind_check() -> None:
    # The form app.services.reference_data uses when the county sends one document.
    for kind in ("catalog", "benchmarks", "holidays"):
        assert validate_reference(kind, _raw(kind)) == [], kind
    assert _tags(validate_reference("weather", {})) == {"unknown_kind"}


def test_parse_functions_take_documents_received_by_sync(catalog: Catalog) -> None:
    received = json.loads(json.dumps(_raw("catalog")))
    assert catalog_from_json(received) == catalog
    by_code = benchmarks_from_json(json.loads(json.dumps(_raw("benchmarks"))), catalog)
    assert set(by_code) == set(catalog.by_code)


def test_reference_data_service_reads_the_same_ranges(
    benchmarks: dict[str, list[Benchmark]]
) -> None:
    from app.services import reference_data

    for entry in _raw("benchmarks")["benchmarks"]:
        theirs = reference_data.benchmark_from_json(entry)
        ours = next(b for b in benchmarks[entry["item_code"]] if b.version == entry["version"])
        assert theirs == ours


# --- a broken copy --------------------------------------------------------------------------


def test_broken_copy_reports_each_problem() -> None:
    cat, bms = copy.deepcopy(_raw("catalog")), copy.deepcopy(_raw("benchmarks"))
    entries = bms["benchmarks"]
    # 1. a condition on a fact the item does not declare
    stall = next(e for e in entries if e["item_code"] == "SRHW-001" and e["version"] == "2026.1")
    stall["tiers"][2]["conditions"].append({"fact": "noise_db", "op": ">", "value": 70})
    # 2. a serious tier below the general one
    smoke = next(e for e in entries if e["item_code"] == "CYYY-001" and e["version"] == "2026.1")
    serious = next(t for t in smoke["tiers"] if t["tier"] == "serious")
    serious["min_yuan"], serious["max_yuan"] = 6000, 9000
    # 3. an item left without any benchmark
    bms["benchmarks"] = [e for e in entries if e["item_code"] != "YQGL-002"]
    # 4. a benchmark for an item the catalog does not have
    ghost = copy.deepcopy(stall)
    ghost["item_code"] = "XXXX-999"
    bms["benchmarks"].append(ghost)
    # 5. a duplicate code and 6. a bad date
    cat["items"].append(copy.deepcopy(cat["items"][0]))
    parking = next(e for e in bms["benchmarks"] if e["item_code"] == "DLJT-001")
    parking["effective_from"] = "2024-02-30"
    # 7. a tier above the legal maximum
    bag = next(e for e in bms["benchmarks"]
               if e["item_code"] == "LJFL-001" and e["version"] == "2026.1")
    bag["tiers"][-1]["max_yuan"] = 5000

    problems = validate_reference(cat, bms, on=TODAY)

    assert _has(problems, "undeclared_fact", "SRHW-001", "noise_db")
    assert _has(problems, "non_monotonic", "CYYY-001", "较重", "一般")
    assert _has(problems, "missing_benchmark", "YQGL-002")
    assert _has(problems, "unknown_item", "XXXX-999")
    assert _has(problems, "duplicate_code", cat["items"][0]["code"])
    assert _has(problems, "bad_date", "DLJT-001", "2024-02-30")
    assert _has(problems, "out_of_legal_range", "LJFL-001", "2000")
    assert _tags(problems) == {"undeclared_fact", "non_monotonic", "missing_benchmark",
                               "unknown_item", "duplicate_code", "bad_date",
                               "out_of_legal_range"}


def test_broken_loaded_objects_are_reported_too(
    catalog: Catalog, benchmarks: dict[str, list[Benchmark]]
) -> None:
    bms = {k: list(v) for k, v in benchmarks.items() if k != "WFJS-003"}
    bm = bms["SRHW-006"][0]
    tiers = tuple(
        TierRule(t.tier, t.description, t.conditions + (Condition("weather", "==", "rain"),),
                 t.min_fen, 1 if t.tier is Tier.SEVERE else t.max_fen)
        for t in bm.tiers
    )
    bms["SRHW-006"] = [Benchmark(bm.item_code, bm.version, bm.effective_from, tiers,
                                 bm.first_offence_exempt, bm.facts)]
    problems = validate_reference(catalog, bms)
    assert _has(problems, "missing_benchmark", "WFJS-003")
    assert _has(problems, "undeclared_fact", "SRHW-006", "weather")
    assert _has(problems, "non_monotonic", "SRHW-006")
    assert _has(problems, "bad_range", "SRHW-006")


def test_no_benchmark_in_force_before_the_first_version(
    catalog: Catalog, benchmarks: dict[str, list[Benchmark]]
) -> None:
    problems = validate_reference(catalog, benchmarks, on=date(2023, 12, 31))
    assert _tags(problems) == {"no_benchmark_in_force"}
    assert len(problems) == len(catalog.items)


def test_bad_condition_types_are_reported() -> None:
    bms = copy.deepcopy(_raw("benchmarks"))
    entry = next(e for e in bms["benchmarks"] if e["item_code"] == "SZSS-004")
    entry["tiers"][0]["conditions"] = [{"fact": "harm", "op": ">", "value": "minor"}]
    problems = validate_reference(_raw("catalog"), bms)
    assert _has(problems, "bad_condition", "SZSS-004", "harm")


# --- versions, tiers, 首违不罚 ----------------------------------------------------------------


def test_version_in_force_follows_the_act_date(benchmarks: dict[str, list[Benchmark]]) -> None:
    multi = {code: v for code, v in benchmarks.items() if len(v) > 1}
    assert len(multi) >= 3
    for code, versions in multi.items():
        older = benchmark_in_force(versions, date(2025, 6, 1))
        newer = benchmark_in_force(versions, TODAY)
        assert older is not None and newer is not None
        assert older.effective_from == date(2024, 1, 1), code
        assert newer.version == "2026.1" and older.version != newer.version, code
        assert [(t.min_fen, t.max_fen) for t in older.tiers] != [
            (t.min_fen, t.max_fen) for t in newer.tiers
        ], code
    parking = benchmark_in_force(benchmarks["DLJT-001"], date(2025, 12, 31))
    assert parking is not None and parking.version == "2024.1"


def _satisfying(conditions: Sequence[Condition]) -> dict[str, Any]:
    """Facts under which every condition holds (numbers inside all bounds on the fact)."""
    facts: dict[str, Any] = {}
    for fact in {c.fact for c in conditions}:
        mine = [c for c in conditions if c.fact == fact]
        eq = next((c.value for c in mine if c.op == "=="), None)
        if eq is not None:
            facts[fact] = eq
            continue
        lows = [c.value + (1 if c.op == ">" else 0) for c in mine if c.op in (">", ">=")]
        highs = [c.value - (1 if c.op == "<" else 0) for c in mine if c.op in ("<", "<=")]
        facts[fact] = max(lows) if lows else min(highs)
    assert all(c.holds(facts) for c in conditions), conditions
    return facts


def _within(item: CatalogItem, lo: int, hi: int) -> bool:
    upper = item.fine_max_fen if item.fine_max_fen is not None else hi
    return item.fine_min_fen <= lo <= hi <= upper


def test_each_tier_is_reached_by_its_own_conditions(
    catalog: Catalog, benchmarks: dict[str, list[Benchmark]]
) -> None:
    checked = 0
    for code, versions in benchmarks.items():
        item = catalog.by_code[code]
        for bm in versions:
            for rule in bm.tiers:
                facts = _satisfying(rule.conditions) if rule.conditions else {}
                s = suggest(bm, facts)
                expected = rule.tier if rule.conditions else Tier.GENERAL
                assert s.tier is expected, (code, bm.version, rule.tier, facts)
                if s.no_penalty:
                    assert (s.min_fen, s.max_fen) == (0, 0)
                else:
                    assert _within(item, s.min_fen, s.max_fen), (code, bm.version, rule.tier)
                checked += 1
    assert checked >= 4 * 45


def test_first_offence_list(catalog: Catalog, benchmarks: dict[str, list[Benchmark]]) -> None:
    exempt = set()
    for code, versions in benchmarks.items():
        for bm in versions:
            s = suggest(bm, FIRST_OFFENCE)
            if bm.first_offence_exempt:
                exempt.add(code)
                assert s.no_penalty and (s.min_fen, s.max_fen) == (0, 0), code
                assert not suggest(bm, {**FIRST_OFFENCE, "harm": "serious"}).no_penalty, code
            else:
                assert not s.no_penalty, code
    assert 10 <= len(exempt) <= 15
    assert all(catalog.by_code[c].township_power for c in exempt)
    assert {"LJFL-001", "YQGL-001", "SRHW-003"} <= exempt


def test_summary_flag_matches_the_simple_procedure_limits(
    catalog: Catalog, benchmarks: dict[str, list[Benchmark]]
) -> None:
    parking = benchmark_in_force(benchmarks["DLJT-001"], TODAY)
    assert parking is not None and catalog.by_code["DLJT-001"].summary_allowed
    assert all(t.max_fen <= 200_00 for t in parking.tiers)
    for code in ("WFJS-001", "LJFL-002", "CYYY-001", "ZTYS-005"):
        assert not catalog.by_code[code].summary_allowed, code


# --- proportional fines ---------------------------------------------------------------------


def test_cost_based_fines_use_the_scale(benchmarks: dict[str, list[Benchmark]]) -> None:
    scales = load_scales()
    bm = benchmark_in_force(benchmarks["WFJS-001"], TODAY)
    assert bm is not None
    facts = {"cost_yuan": 160_000, "area_m2": 180}
    s = suggest(bm, facts)
    assert s.tier is Tier.GENERAL
    # 城乡规划法第六十四条: 6%–8% of a 160,000 yuan building in this band.
    assert fine_range_fen(bm, s.tier, facts, scales) == (9_600_00, 12_800_00)
    # without the cost the fixed reference range of the tier is given
    assert fine_range_fen(bm, Tier.GENERAL, {}, scales) == (s.min_fen, s.max_fen)
    assert fine_range_fen(bm, Tier.SERIOUS, facts, scales) == (12_800_00, 14_400_00)


def test_scaled_ranges_stay_inside_the_fixed_reference_ranges(
    benchmarks: dict[str, list[Benchmark]]
) -> None:
    scales = load_scales()
    assert scales
    for (code, version, tier), scale in scales.items():
        bm = next(b for b in benchmarks[code] if b.version == version)
        rule = bm.tier_rule(tier)
        assert rule is not None
        bounds = [c.value for c in rule.conditions if c.fact == scale.fact]
        for value in bounds:
            lo, hi = scale.range_fen({scale.fact: value}) or (0, 0)
            assert rule.min_fen <= lo <= hi <= rule.max_fen, (code, version, tier, value)
        assert Decimal(0) <= scale.min_rate <= scale.max_rate


# --- holidays -------------------------------------------------------------------------------


def test_holidays_file_matches_the_library_every_day() -> None:
    shipped = load_holidays()
    lib = calendar_from_library()
    assert shipped.years == frozenset({2024, 2025, 2026})
    day = date(2024, 1, 1)
    while day.year <= 2026:
        assert shipped.is_workday(day) == lib.is_workday(day), day
        assert shipped.covers(day)
        day += timedelta(days=1)
    doc = _raw("holidays")
    assert doc["source"].startswith("chinese-calendar")
    assert all(d["date"] == d["day"] for d in doc["days"])
    assert {"元旦", "春节", "国庆节"} <= {d["name"] for d in doc["days"]}


def test_deadline_into_an_unpublished_year_is_provisional() -> None:
    cal = load_holidays()
    assert not add_working_days(cal, date(2026, 12, 1), 5).provisional
    due = add_working_days(cal, date(2026, 12, 24), 15)
    assert due.day.year == 2027 and due.provisional


def test_county_sends_a_year_in_the_same_format(tmp_path: Path) -> None:
    path = tmp_path / "holidays-2025.json"
    doc = write_holidays_json(path, [2025], version="2025.9")
    assert json.loads(path.read_text(encoding="utf-8")) == doc
    sent = calendar_from_json(doc)
    assert sent.years == frozenset({2025})
    merged = load_holidays().merged(sent)
    assert merged.is_workday(date(2025, 10, 11))  # 国庆调休上班 (Saturday)
    assert not merged.is_workday(date(2025, 10, 1))
    assert validate_reference("holidays", doc) == []


def test_unpublished_years_are_refused() -> None:
    with pytest.raises(ValueError):
        holidays_json([2100])


def test_bad_holiday_documents_are_refused() -> None:
    bad = {"version": "x", "years": [2026], "days": [{"date": "2026-13-01", "kind": "holiday"}]}
    assert _tags(validate_reference("holidays", bad)) == {"bad_date"}
    with pytest.raises(ValueError):
        calendar_from_json(bad)
    wrong_kind: Mapping[str, Any] = {"version": "x", "days": [{"day": "2026-01-01", "kind": "x"}]}
    assert _tags(validate_reference("holidays", wrong_kind)) == {"bad_holiday"}
