"""The county web pages on a real PostgreSQL: admin login (cookie flags, wrong password,
lockout, forged cookie), every page behind the login, each report's figures against the
desktop's own services on the two township stores that pushed them, xlsx exports read back
equal to the HTML tables, and township names escaped."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.context import SYSTEM_ACTOR, AppContext
from app.rules.certificates import StaffKind
from app.rules.equipment import ItemStatus
from app.rules.training import OrganiserLevel, TrainingCategory, TrainingMode, format_units
from app.rules.workflow import STATUS_LABELS, PartyType, Procedure, Status
from app.services import (
    case_search,
    cases,
    equipment,
    equipment_reports,
    reference_data,
    staff,
    users,
)
from app.services import training as training_service
from app.services.demo import DEMO_PASSWORD
from app.sync import client
from county import cli as county_cli
from county.db import AuditState, CountyAdmin, Device
from county.web_auth import COOKIE_NAME
from tests.county.helpers import County, enrol, make_county

EVIL = "<script>alert('x')</script>傅村镇"
PASSWORD = "County2026pw"
YEAR = 2026  # the demo stores' year (tests.conftest.T0)
PAGES = ("overview", "training", "cases", "equipment")


class Tables(HTMLParser):
    """Every <table id=…> of a page as rows of cell texts (header row first)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self._cur: list[list[str]] | None = None
        self._cell: list[str] | None = None
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts += 1
        if tag == "table":
            self._cur = self.tables.setdefault(str(dict(attrs)["id"]), [])
        elif tag == "tr" and self._cur is not None:
            self._cur.append([])
        elif tag in ("td", "th") and self._cur is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cur is not None and self._cell is not None:
            self._cur[-1].append("".join(self._cell))
            self._cell = None
        elif tag == "table":
            self._cur = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def tables_of(page: str) -> dict[str, list[list[str]]]:
    p = Tables()
    p.feed(page)
    assert p.scripts == 0, "no script element may reach the page"
    return {k: [r for r in v if r != ["（无）"]] for k, v in p.tables.items()}


def xlsx_tables(data: bytes) -> list[list[list[str]]]:
    """Each sheet's header and rows (the title row dropped), cells as the page shows them."""
    wb = load_workbook(io.BytesIO(data))
    out = []
    for ws in wb.worksheets:
        out.append([[_xlsx_text(c) for c in r] for r in ws.iter_rows(min_row=2)])
    return out


def _xlsx_text(cell: Any) -> str:
    v = cell.value
    if cell.number_format == "#,##0.00":  # money: shown as 1,234.50
        fen = round(v * 100)
        return f"{fen // 100:,}.{fen % 100:02d}"
    return "" if v is None else str(v)


def add_admin(url: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert county_cli.main(["--database-url", url, "add-admin", name]) == 0


def browser(county: County) -> httpx.Client:
    return httpx.Client(base_url=county.server.url, follow_redirects=False, timeout=60)


def log_in(web: httpx.Client, name: str = "chief", password: str = PASSWORD) -> httpx.Response:
    return web.post(
        "/county/login",
        content=f"username={name}&password={password}&next=/county/training",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


@pytest.fixture
def county2(county_url: str) -> Iterator[County]:
    c = make_county(county_url, {"A": "孝顺镇", "B": EVIL})
    yield c
    c.http.close()
    c.server.stop()
    c.engine.dispose()


def test_login_required_wrong_password_and_lockout(
    county2: County,
    county_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_admin(county_url, "chief", monkeypatch)
    add_admin(county_url, "deputy", monkeypatch)
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert county_cli.main(["--database-url", county_url, "add-admin", "weak"]) == 2
    assert "密码至少需要" in capsys.readouterr().err
    with county2.session() as s:
        stored = s.scalar(select(CountyAdmin.password_hash).where(CountyAdmin.username == "chief"))
    assert stored is not None and stored.startswith("scrypt$") and PASSWORD not in stored

    with browser(county2) as web:
        for page in PAGES:
            for path in (f"/county/{page}", f"/county/{page}.xlsx?year={YEAR}"):
                r = web.get(path)
                assert r.status_code == 303, path
                assert r.headers["location"].startswith("/county/login?next=%2Fcounty%2F")
        # a forged cookie is no session
        web.cookies.set(
            COOKIE_NAME, "eyJhIjoxLCJleHAiOjk5OTk5OTk5OTksImgiOiJ4In0.deadbeef", path="/county"
        )
        assert web.get("/county/overview").status_code == 303
        web.cookies.clear()

        r = log_in(web, password="wrong-password1")
        assert r.status_code == 401 and "用户名或密码错误" in r.text
        assert COOKIE_NAME not in r.headers.get("set-cookie", "")
        assert log_in(web, name="nobody").status_code == 401
        assert web.get("/county/overview").status_code == 303

        r = log_in(web)
        assert r.status_code == 303 and r.headers["location"] == "/county/training"
        cookie = r.headers["set-cookie"]
        assert cookie.startswith(COOKIE_NAME + "=")
        low = cookie.lower()
        assert "httponly" in low and "samesite=strict" in low and "path=/county" in low
        r = web.get("/county/overview")
        assert r.status_code == 200 and "乡镇一览" in r.text
        assert "default-src 'none'" in r.headers["content-security-policy"]

        r = web.post("/county/logout")
        assert r.status_code == 303
        assert web.get("/county/overview").status_code == 303

        # 5 wrong passwords lock the account: then even the right one is refused
        for _ in range(5):
            assert log_in(web, name="deputy", password="wrong-password1").status_code == 401
        r = log_in(web, name="deputy")
        assert r.status_code == 401 and "锁定" in r.text
    # the JSON API's spec has no web page in it
    spec = county2.http.get("/openapi.json").json()
    assert not [p for p in spec["paths"] if p.startswith("/county")]
    assert "/api/v1/push" in spec["paths"]


def _summary_item() -> tuple[str, int]:
    """A catalog item a citizen may be fined on the spot for, and its smallest fine (fen)."""
    doc = reference_data.shipped_documents()["catalog"]
    for item in doc["items"]:
        low = item.get("fine_min_yuan") or 0
        if (
            item.get("summary_allowed")
            and item.get("township_power")
            and 0 < low <= 200
            and ("citizen" in (item.get("party_types") or ["citizen"]))
        ):
            return str(item["code"]), int(low * 100)
    raise AssertionError("no summary-procedure item in the shipped catalog")


def _township_year(ctx: AppContext, key: str) -> None:
    """A known slice of a year: trainings, equipment (one retired), cases with fines."""
    admin = users.login(ctx, "admin", DEMO_PASSWORD)
    people = staff.list_staff(ctx)
    sworn = [p for p in people if p.kind is StaffKind.SWORN]
    by_name = {p.name: p for p in people}
    county_course = training_service.EventInput(
        title="县级执法业务集中培训",
        organiser_level=OrganiserLevel.COUNTY,
        category=TrainingCategory.BUSINESS,
        mode=TrainingMode.OFFLINE,
        start_date=date(YEAR, 3, 2),
        end_date=date(YEAR, 3, 6),
        stated_units="40",
    )
    training_service.record_event(ctx, admin, county_course, [p.id for p in sworn])
    if key == "A":
        own = training_service.EventInput(
            title="本单位法律知识培训",
            organiser_level=OrganiserLevel.OWN_UNIT,
            category=TrainingCategory.PUBLIC_LAW,
            mode=TrainingMode.OFFLINE,
            start_date=date(YEAR, 6, 1),
            end_date=date(YEAR, 6, 5),
            stated_units="25",
        )
        training_service.record_event(ctx, admin, own, [p.id for p in sworn[:3]])
        ethics = training_service.EventInput(
            title="道德文明培训",
            organiser_level=OrganiserLevel.OWN_UNIT,
            category=TrainingCategory.ETHICS,
            mode=TrainingMode.OFFLINE,
            start_date=date(YEAR, 7, 1),
            stated_units="8",
        )
        training_service.record_event(ctx, admin, ethics, [sworn[0].id])
        counts = {"computer": 3, "copier": 1, "body_camera": 2, "printer": 1}
    else:
        counts = {"copier": 1, "printer": 1, "still_camera": 5}
    ids = []
    for category, n in counts.items():
        for i in range(n):
            info = equipment.register_item(
                ctx,
                admin,
                equipment.ItemInput(category=category, name=f"{category}{i}", model="M1"),
            )
            ids.append(info.id)
    equipment.set_item_status(ctx, admin, ids[0], ItemStatus.RETIRED, reason="损坏无法修复")

    officer = users.login(ctx, "lina", DEMO_PASSWORD)
    handlers = [by_name["李娜"].id, by_name["王强"].id]
    code, fine = _summary_item()
    n_cases = 2 if key == "A" else 1
    for i in range(n_cases):
        cases.quick_summary_case(
            ctx,
            officer,
            cases.SummaryInput(
                party=cases.PartyInput(PartyType.CITIZEN, f"当事人{i}"),
                place="人民路",
                act_at=ctx.clock.now(),
                item_code=code,
                facts="当场发现的违法行为。",
                fine_fen=min(fine * (i + 1), 20000),
                reasons="当事人主动改正，依法从轻处罚。",
                handler_ids=handlers,
                paid_on_spot=i == 0,
            ),
        )


def _sync_two(county: County, stores: dict[str, AppContext]) -> None:
    for key in ("A", "B"):
        _township_year(stores[key], key)
        enrol(stores[key], county, key)
        result = client.sync_now(stores[key], http=county.http)
        assert result.pending_after == 0


def test_reports_equal_the_desktop_figures(
    county2: County, county_url: str, stores: dict[str, AppContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    _sync_two(county2, stores)
    names = {"A": "孝顺镇", "B": EVIL}
    # a broken audit chain at the county shows as a pending problem
    with county2.session() as s, s.begin():
        dev_b = s.scalars(select(Device).order_by(Device.enrolled_at)).all()[1]
        s.execute(
            update(AuditState)
            .where(AuditState.device_id == dev_b.id)
            .values(ok=False, bad_seq=3, reason="第 3 条审计记录内容与其哈希不符（记录被篡改）")
        )
    add_admin(county_url, "chief", monkeypatch)
    with browser(county2) as web:
        assert log_in(web).status_code == 303
        pages = {}
        for page in PAGES:
            r = web.get(f"/county/{page}", params={"year": YEAR})
            assert r.status_code == 200, r.text
            assert "<script>alert" not in r.text and "&lt;script&gt;alert(&#x27;x&#x27;)" in r.text
            pages[page] = tables_of(r.text)
            x = web.get(f"/county/{page}.xlsx", params={"year": YEAR})
            assert x.status_code == 200 and x.headers["content-type"].startswith(
                "application/vnd.openxmlformats"
            )
            # the export is exactly the tables shown, in order
            assert xlsx_tables(x.content) == list(pages[page].values()), page

    # --- 乡镇一览
    towns = {r[0]: r for r in pages["overview"]["t-townships"][1:]}
    assert set(towns) == {"孝顺镇", EVIL}
    for key, name in names.items():
        assert towns[name][2] == "1"  # one device each
        assert towns[name][3] != "—"  # last push time
    assert towns["孝顺镇"][6] == "正常" and towns[EVIL][6].startswith("断裂")
    devices = pages["overview"]["t-devices"][1:]
    assert sorted(d[0] for d in devices) == sorted(names.values())
    problems = pages["overview"]["t-problems"][1:]
    assert [(p[0], p[2]) for p in problems] == [(EVIL, "审计链断裂")]
    assert "记录被篡改" in problems[0][3]

    # --- 培训达标: per officer and per township, from the desktop's year_progress
    officers = pages["training"]["t-officers"]
    assert officers[0][:5] == ["乡镇", "姓名", "职务", "状态", "年度学时"]
    expected_rows = []
    summary: dict[str, tuple[int, int, int]] = {}
    for key, name in names.items():
        progress = training_service.year_progress(stores[key], SYSTEM_ACTOR, YEAR)
        assert progress, "the demo township has officers"
        ok = sum(1 for p in progress if p.verdict.ok)
        summary[name] = (len(progress), ok, len(progress) - ok)
        for p in progress:
            expected_rows.append(
                [
                    name,
                    p.name,
                    format_units(p.tally.counted_seconds),
                    "是" if p.verdict.units_ok else "否",
                    "是" if p.verdict.role_rule_ok else "否",
                    "；".join(c.describe() for c in p.verdict.shortfalls),
                    "达标" if p.verdict.ok else "未达标",
                ]
            )
    shown = [[r[0], r[1], r[4], r[6], r[7], r[8], r[9]] for r in officers[1:]]
    assert shown == expected_rows
    assert all(r[5] == "60.0" for r in officers[1:])
    sums = {r[0]: (int(r[1]), int(r[2]), int(r[3])) for r in pages["training"]["t-summary"][1:]}
    for name, fig in summary.items():
        assert sums[name] == fig
    assert sums["合计"] == tuple(sum(f[i] for f in summary.values()) for i in range(3))
    assert summary["孝顺镇"][1] >= 1 and summary["孝顺镇"][2] >= 1  # both verdicts occur

    # --- 案件统计: the desktop's statistics of each store
    case_tables = pages["cases"]
    head = case_tables["t-summary"][0]
    rows = {r[0]: r for r in case_tables["t-summary"][1:]}
    status_head = case_tables["t-by_status"][0]
    status_rows = {r[0]: r for r in case_tables["t-by_status"][1:]}
    month_rows = {r[0]: r for r in case_tables["t-by_month"][1:]}
    total_cases = 0
    for key, name in names.items():
        st = case_search.statistics(stores[key], year=YEAR)
        total_cases += st.total
        row = dict(zip(head, rows[name], strict=True))
        assert int(row["案件数"]) == st.total
        assert int(row["简易程序"]) == st.by_procedure.get(Procedure.SUMMARY.value, 0)
        assert int(row["一般程序"]) == st.by_procedure.get(Procedure.GENERAL.value, 0)
        assert row["罚款合计（元）"] == f"{st.fines_fen // 100:,}.{st.fines_fen % 100:02d}"
        assert row["已缴（元）"] == f"{st.paid_fen // 100:,}.{st.paid_fen % 100:02d}"
        by_status = dict(zip(status_head, status_rows[name], strict=True))
        for code, n in st.by_status.items():
            assert int(by_status[STATUS_LABELS[Status(code)]]) == n
        assert sum(int(v) for k, v in by_status.items() if k not in ("乡镇", "合计")) == st.total
        months = [int(v) for v in month_rows[name][1:13]]
        assert months == [st.by_month.get(f"{YEAR}-{m:02d}", 0) for m in range(1, 13)]
    assert total_cases == 3 and int(rows["合计"][2]) == 3  # three on-the-spot cases
    assert int(rows["合计"][1]) == total_cases

    # --- 装备缺口: the desktop's compliance report of each store
    eq = pages["equipment"]
    eq_sum = {r[0]: r for r in eq["t-summary"][1:]}
    gaps = [tuple(r) for r in eq["t-gaps"][1:]]
    expected_gaps = []
    for key, name in names.items():
        rep = equipment_reports.compliance(stores[key])
        heads = rep.headcount
        assert eq_sum[name][1:] == [
            str(heads.officers),
            str(heads.auxiliaries),
            str(heads.clerks),
            str(len(rep.lines) - len(rep.gaps)),
            str(len(rep.gaps)),
            str(sum(g.shortfall for g in rep.gaps)),
        ]
        expected_gaps += [
            (name, g.name, g.rule_text, str(g.required), str(g.held), str(g.shortfall))
            for g in rep.gaps
        ]
    assert gaps == expected_gaps and gaps
