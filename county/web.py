"""The county web pages for county administrators (server-rendered HTML, Chinese, no
JavaScript): login, 乡镇一览, 培训达标, 案件统计, 装备缺口, each with an xlsx export of the
tables it shows (county.reports builds the tables once for both).

Every page but the login page needs a county admin session (county.web_auth): without one
an HTML page or an export answers 303 to the login page. The routes are left out of the
OpenAPI spec (HTML and xlsx, not the sync API).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from county import reports, web_auth
from county.reports import Money, Report, Table
from county.web_auth import COOKIE_NAME, SESSION_LIFETIME, Admin, LoginRefused

PREFIX = "/county"
MAX_FORM_BYTES = 8 * 1024
XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGES: tuple[tuple[str, str], ...] = (
    ("overview", "乡镇一览"),
    ("training", "培训达标"),
    ("cases", "案件统计"),
    ("equipment", "装备缺口"),
)
YEARLY = frozenset({"training", "cases"})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}

CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:0;
color:#222;background:#f5f6f8;font-size:14px}
header{background:#1f3a5f;color:#fff;padding:10px 24px;display:flex;align-items:center;gap:24px}
header h1{font-size:18px;margin:0;font-weight:600}
header nav a{color:#dbe6f5;text-decoration:none;margin-right:16px}
header nav a.on{color:#fff;font-weight:600;border-bottom:2px solid #fff}
header form{margin-left:auto}
header button{background:none;border:1px solid #9fb4d1;color:#fff;border-radius:3px;padding:3px 10px;cursor:pointer}
main{padding:16px 24px}
h2{font-size:18px;margin:4px 0 12px}
h3{font-size:15px;margin:20px 0 8px}
.bar{display:flex;gap:12px;align-items:center;margin-bottom:8px}
.bar a.export{background:#2e7d32;color:#fff;padding:4px 12px;border-radius:3px;text-decoration:none}
table{border-collapse:collapse;background:#fff;min-width:40%}
th,td{border:1px solid #d5d9e0;padding:4px 8px;text-align:left;vertical-align:top;max-width:36em}
th{background:#e8edf4;white-space:nowrap}
main{overflow-x:auto}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600;background:#f0f2f5}
td.bad{color:#b71c1c}
.notes{color:#666;font-size:12px;margin-top:16px}
.empty{color:#888}
.login{max-width:320px;margin:80px auto;background:#fff;padding:24px 28px;border-radius:6px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}
.login label{display:block;margin:12px 0 4px}
.login input{width:100%;box-sizing:border-box;padding:6px}
.login button{margin-top:16px;width:100%;padding:8px;background:#1f3a5f;color:#fff;border:0;border-radius:3px}
.error{color:#b71c1c;margin-top:8px}
"""
BAD_WORDS = frozenset({"否", "未达标"})
Year = Annotated[int | None, Query(ge=2000, le=2100, description="年度（默认今年）")]


def esc(value: object) -> str:
    """HTML-escaped text (quotes too)."""
    return html.escape(str(value), quote=True)


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} — 县局执法工作台</title><style>{CSS}</style></head>"
        f"<body>{body}</body></html>"
    )


def _header(admin: Admin, current: str) -> str:
    links = "".join(
        f'<a href="{PREFIX}/{key}"{" class=on" if key == current else ""}>{esc(label)}</a>'
        for key, label in PAGES
    )
    return (
        f"<header><h1>县局综合执法工作台</h1><nav>{links}</nav>"
        f'<form method="post" action="{PREFIX}/logout"><span>{esc(admin.username)}</span> '
        "<button type=submit>退出</button></form></header>"
    )


def render_table(table: Table) -> str:
    """One report table as HTML (every cell escaped)."""
    head = "".join(f"<th>{esc(c)}</th>" for c in table.columns)
    body = []
    for i, row in enumerate(table.rows):
        total = table.total_row and i == len(table.rows) - 1
        cells = []
        for v in row:
            cls = "num" if isinstance(v, int | Money) else ("bad" if v in BAD_WORDS else "")
            cells.append(
                f'<td class="{cls}">{esc(reports.cell_text(v))}</td>'
                if cls
                else f"<td>{esc(v)}</td>"
            )
        body.append(f"<tr{' class=total' if total else ''}>{''.join(cells)}</tr>")
    if not table.rows:
        body.append(f'<tr><td class="empty" colspan="{len(table.columns)}">（无）</td></tr>')
    return (
        f'<h3>{esc(table.title)}</h3><table id="t-{esc(table.key)}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def render_report(report: Report, admin: Admin, year: int) -> str:
    """A report page: header, year chooser (yearly reports), export link, tables, notes."""
    yearly = report.key in YEARLY
    query = f"?year={year}" if yearly else ""
    chooser = ""
    if yearly:
        chooser = (
            f'<form method="get" action="{PREFIX}/{report.key}"><label>年度 '
            f'<input type="number" name="year" value="{year}" min="2000" max="2100" '
            'style="width:6em"></label> <button type="submit">查看</button></form>'
        )
    bar = (
        f'<div class="bar">{chooser}<a class="export" href="{PREFIX}/{report.key}.xlsx{query}">'
        "导出 Excel</a></div>"
    )
    tables = "".join(render_table(t) for t in report.tables)
    notes = "".join(f"<p>{esc(n)}</p>" for n in report.notes)
    body = (
        f"{_header(admin, report.key)}<main><h2>{esc(report.title)}</h2>{bar}{tables}"
        f'<div class="notes">{notes}</div></main>'
    )
    return _document(report.title, body)


def render_login(message: str = "", next_url: str = "", username: str = "") -> str:
    """The login page (a plain form posting to itself)."""
    error = f'<p class="error">{esc(message)}</p>' if message else ""
    body = (
        f'<form class="login" method="post" action="{PREFIX}/login">'
        "<h2>县局管理员登录</h2>"
        f'<input type="hidden" name="next" value="{esc(next_url)}">'
        '<label for="u">用户名</label>'
        f'<input id="u" name="username" autocomplete="username" required value="{esc(username)}">'
        '<label for="p">密码</label>'
        '<input id="p" name="password" type="password" autocomplete="current-password" required>'
        f"{error}<button type=submit>登录</button></form>"
    )
    return _document("登录", body)


def _safe_next(value: str) -> str:
    """Only a path of these pages (no open redirect)."""
    if value.startswith(PREFIX + "/") and not value.startswith("//") and "\\" not in value:
        return value
    return f"{PREFIX}/overview"


def _html(content: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(content, status_code=status, headers=SECURITY_HEADERS)


def create_router(engine: Engine) -> APIRouter:
    """The web pages on the county database behind `engine`."""
    sessions = sessionmaker(engine, expire_on_commit=False)
    router = APIRouter(prefix=PREFIX, include_in_schema=False)

    @contextmanager
    def transaction() -> Iterator[Session]:
        with sessions() as s, s.begin():
            yield s

    def admin_of(request: Request) -> Admin | None:
        with transaction() as s:
            return web_auth.admin_of_cookie(s, request.cookies.get(COOKIE_NAME))

    def to_login(request: Request) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(
            f"{PREFIX}/login?next={quote(target, safe='')}",
            status_code=303,
            headers=SECURITY_HEADERS,
        )

    @router.get("")
    @router.get("/")
    def home() -> RedirectResponse:
        return RedirectResponse(f"{PREFIX}/overview", status_code=303)

    @router.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "") -> Response:
        if admin_of(request) is not None:
            return RedirectResponse(_safe_next(next), status_code=303)
        return _html(render_login(next_url=_safe_next(next) if next else ""))

    @router.post("/login", response_class=HTMLResponse)
    async def login_submit(request: Request) -> Response:
        raw = await request.body()
        if len(raw) > MAX_FORM_BYTES:
            return _html(render_login("请求过大。"), 413)
        form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        username = (form.get("username") or [""])[0]
        password = (form.get("password") or [""])[0]
        next_url = _safe_next((form.get("next") or [""])[0])

        def check() -> str | LoginRefused:
            with transaction() as s:
                try:
                    admin = web_auth.login(s, username, password)
                except LoginRefused as exc:
                    return exc  # returned, not raised: the failure count is committed
                return web_auth.issue_cookie(s, admin)

        result = await run_in_threadpool(check)
        if isinstance(result, LoginRefused):
            return _html(render_login(result.message, next_url, username), 401)
        response = RedirectResponse(next_url, status_code=303, headers=SECURITY_HEADERS)
        response.set_cookie(
            COOKIE_NAME,
            result,
            max_age=int(SESSION_LIFETIME.total_seconds()),
            path=PREFIX,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
        return response

    @router.post("/logout")
    def logout() -> RedirectResponse:
        response = RedirectResponse(f"{PREFIX}/login", status_code=303, headers=SECURITY_HEADERS)
        response.delete_cookie(COOKIE_NAME, path=PREFIX, httponly=True, samesite="strict")
        return response

    def add_report(name: str) -> None:
        def page(request: Request, year: Year = None) -> Response:
            admin = admin_of(request)
            if admin is None:
                return to_login(request)
            y = year or reports.this_year()
            with transaction() as s:
                report = reports.build(s, name, y)
            return _html(render_report(report, admin, y))

        def export(request: Request, year: Year = None) -> Response:
            if admin_of(request) is None:
                return to_login(request)
            y = year or reports.this_year()
            with transaction() as s:
                report = reports.build(s, name, y)
            filename = f"{name}-{y}.xlsx" if name in YEARLY else f"{name}.xlsx"
            headers = dict(SECURITY_HEADERS)
            headers["Content-Disposition"] = (
                f"attachment; filename=\"{filename}\"; filename*=UTF-8''"
                f"{quote(report.title + '.xlsx')}"
            )
            return Response(reports.to_xlsx(report), media_type=XLSX_MEDIA, headers=headers)

        router.add_api_route(f"/{name}", page, methods=["GET"], response_class=HTMLResponse)
        router.add_api_route(f"/{name}.xlsx", export, methods=["GET"])

    for key, _label in PAGES:
        add_report(key)
    return router
