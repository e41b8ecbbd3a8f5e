"""First-run set-up (the wizard): the township, its squad, the number prefix, the first admin."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.context import SYSTEM_ACTOR, Actor, AppContext
from app.errors import DomainError, ValidationError
from app.rules.accounts import check_password, hash_password
from app.rules.roles import Role, format_roles
from local_db.models import Township, UserAccount
from local_db.uow import UnitOfWork


@dataclass(frozen=True)
class TownshipInfo:
    """Plain data about this store's township."""

    id: str
    name: str
    squad_name: str
    doc_prefix: str


def is_initialized(ctx: AppContext) -> bool:
    """True once the wizard has created the township and an administrator."""
    with ctx.db.read_session() as s:
        has_town = s.scalar(select(Township.id).limit(1)) is not None
        has_user = s.scalar(select(UserAccount.id).limit(1)) is not None
    return has_town and has_user


def township(ctx: AppContext) -> TownshipInfo | None:
    """The township record, or None before set-up."""
    with ctx.db.read_session() as s:
        t = s.scalars(select(Township).where(Township.deleted.is_(False)).limit(1)).first()
        if t is None:
            return None
        return TownshipInfo(t.id, t.name, t.squad_name, t.doc_prefix)


def _clean(value: str, field: str, label: str, max_len: int) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, "required", "请填写{label}。", label=label)
    if len(value) > max_len:
        raise ValidationError(
            field, "too_long", "{label}不能超过 {n} 个字。", label=label, n=max_len
        )
    return value


def validate_username(username: str) -> str:
    """Usernames: 2–32 letters, digits, dot, dash or underscore (ASCII, for typing at login)."""
    username = (username or "").strip()
    if not (2 <= len(username) <= 32) or not all(
        c.isascii() and (c.isalnum() or c in "._-") for c in username
    ):
        raise ValidationError(
            "username",
            "bad_username",
            "用户名须为 2–32 位英文字母、数字或 . _ -。",
        )
    return username


def initialize(
    ctx: AppContext,
    *,
    township_name: str,
    squad_name: str,
    doc_prefix: str,
    admin_username: str,
    admin_display_name: str,
    admin_password: str,
) -> TownshipInfo:
    """Create the township and the first administrator in one transaction."""
    name = _clean(township_name, "township_name", "乡镇（街道）名称", 64)
    squad = _clean(squad_name, "squad_name", "执法队名称", 128)
    prefix = _clean(doc_prefix, "doc_prefix", "文书编号前缀", 32)
    username = validate_username(admin_username)
    display = _clean(admin_display_name or admin_username, "display_name", "姓名", 64)
    check_password(admin_password)
    if is_initialized(ctx):
        raise DomainError("already_initialized", "本数据库已完成初始化设置。")
    town = Township(name=name, squad_name=squad, doc_prefix=prefix)
    from local_db.ids import new_id

    town.id = new_id()
    with UnitOfWork(ctx.db, user_id=None, user_name="setup", township_id=town.id) as uow:
        uow.now = ctx.clock.now()
        uow.save(town, is_new=True)
        admin = UserAccount(
            username=username,
            display_name=display,
            roles=format_roles({Role.ADMIN}),
            password_hash=hash_password(admin_password),
        )
        uow.save(admin, is_new=True)
        uow.record(
            "township.initialize",
            "township",
            town.id,
            {"name": name, "squad_name": squad, "doc_prefix": prefix, "admin": username},
        )
        uow.commit()
    return TownshipInfo(town.id, name, squad, prefix)


def update_township(
    ctx: AppContext, actor: Actor, *, name: str, squad_name: str, doc_prefix: str
) -> TownshipInfo:
    """Change the township details (administrators)."""
    from app.rules.roles import Permission

    actor.require(Permission.MANAGE_SETTINGS)
    name = _clean(name, "township_name", "乡镇（街道）名称", 64)
    squad = _clean(squad_name, "squad_name", "执法队名称", 128)
    prefix = _clean(doc_prefix, "doc_prefix", "文书编号前缀", 32)
    with ctx.uow(actor) as uow:
        t = uow.session.scalars(select(Township).limit(1)).one()
        before = {"name": t.name, "squad_name": t.squad_name, "doc_prefix": t.doc_prefix}
        t.name, t.squad_name, t.doc_prefix = name, squad, prefix
        uow.save(t, is_new=False)
        after = {"name": name, "squad_name": squad, "doc_prefix": prefix}
        uow.record("township.update", "township", t.id, {"before": before, "after": after})
        uow.commit()
        return TownshipInfo(t.id, name, squad, prefix)


__all__ = ["SYSTEM_ACTOR", "TownshipInfo", "initialize", "is_initialized", "township"]
