"""Accounts: users with a role, argon2 password hashes, and API tokens for scripts.

Service functions in the house style: keyword-only, given the session, never committing.
An API token is shown once when issued; only its SHA-256 is stored, so a copy of the
database does not hand out working tokens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from tasdiq.errors import InputError, NotFound
from tasdiq.model import ApiToken, User
from tasdiq.model.enums import Role
from tasdiq.store.schema import table_of

_hasher = PasswordHasher()
USERS = table_of(User)
TOKENS = table_of(ApiToken)
MIN_PASSWORD = 10
# A bearer token's last use is recorded at most this often: recording every request would
# add an audited write to each read.
LAST_USED_RESOLUTION = dt.timedelta(hours=1)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so a wrong name costs as much as a
    wrong password and response times do not reveal which accounts exist."""
    return _hasher.hash(secrets.token_urlsafe(16))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InputError("role", f"{value!r} is not one of {', '.join(r.value for r in Role)}") from None


def create_user(*, session: Session, username: str, password: str, role: Role) -> User:
    name = username.strip()
    if not name or len(name) > 100:
        raise InputError("username", "must be 1 to 100 characters")
    if len(password) < MIN_PASSWORD:
        raise InputError("password", f"must be at least {MIN_PASSWORD} characters")
    if session.scalar(select(USERS.c.id).where(USERS.c.username == name)) is not None:
        raise InputError("username", f"{name!r} is taken")
    user = User(username=name, password_hash=_hasher.hash(password), role=role.value, created_at=_now())
    session.add(user)
    session.flush()
    return user


def get_user(*, session: Session, username: str) -> User:
    user = session.scalars(select(User).where(USERS.c.username == username)).one_or_none()
    if user is None:
        raise NotFound("user", username)
    return user


def list_users(*, session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(USERS.c.username)))


def authenticate(*, session: Session, username: str, password: str) -> User | None:
    """The active user with this name and password, or None (in constant-ish time)."""
    user = session.scalars(select(User).where(USERS.c.username == username)).one_or_none()
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def end_sessions(*, session: Session, user: User) -> None:
    """End every session of this user (their cookies carry the old epoch); tokens stay."""
    user.session_epoch = (user.session_epoch or 0) + 1
    session.flush()


def change_account(*, session: Session, user_id: int, role: Role, active: bool) -> User:
    """Set a user's role and whether the account is active. A change ends their sessions, so
    the next request signs in afresh under the new role instead of carrying the old one."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("user", user_id)
    if user.role != role.value or user.active != active:
        user.role, user.active = role.value, active
        end_sessions(session=session, user=user)
    return user


def _set_password(user: User, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InputError("password", f"must be at least {MIN_PASSWORD} characters")
    user.password_hash = _hasher.hash(password)


def change_password(*, session: Session, user: User, current: str, new: str) -> None:
    """The user's own change: the current password first. Every session of theirs ends (a
    stolen cookie stops working); the change is in the audit chain like every write."""
    try:
        _hasher.verify(user.password_hash, current)
    except (VerificationError, InvalidHashError):
        raise InputError("current password", "is not right") from None
    _set_password(user, new)
    end_sessions(session=session, user=user)


def reset_password(*, session: Session, user: User, new: str) -> None:
    """An admin sets a new password (the user forgot theirs); their sessions end."""
    _set_password(user, new)
    end_sessions(session=session, user=user)


def issue_token(*, session: Session, user: User, name: str, days: int | None = 90) -> str:
    """A new bearer token for `user`, working for `days` (None: until revoked); the plain
    token is returned once and never stored."""
    if user.id is None:
        raise InputError("user", "not stored yet")
    if days is not None and days < 1:
        raise InputError("days", "must be 1 or more")
    token = "tq_" + secrets.token_urlsafe(32)
    now = _now()
    expires = now + dt.timedelta(days=days) if days is not None else None
    session.add(ApiToken(user_id=user.id, name=name, token_sha256=token_digest(token), created_at=now,
                         expires_at=expires))
    session.flush()
    return token


def tokens_of(*, session: Session, user: User) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).where(TOKENS.c.user_id == user.id).order_by(TOKENS.c.id)))


def revoke_tokens(*, session: Session, user: User, name: str | None = None, token_id: int | None = None) -> int:
    """Revoke the user's tokens: all, those named `name`, or the one with `token_id`; how many."""
    chosen = [t for t in tokens_of(session=session, user=user) if not t.revoked
              and (name is None or t.name == name) and (token_id is None or t.id == token_id)]
    if not chosen and (name is not None or token_id is not None):
        raise NotFound("token", name if name is not None else token_id)
    for t in chosen:
        t.revoked = True
    session.flush()
    return len(chosen)


def user_for_token(*, session: Session, token: str, record_use: bool = True) -> User | None:
    """The active user a bearer token belongs to, if the token is neither revoked nor expired;
    `record_use` stamps its last use (a write, so read-only requests pass False)."""
    row = session.scalars(
        select(ApiToken).where(TOKENS.c.token_sha256 == token_digest(token), TOKENS.c.revoked.is_(False))
    ).one_or_none()
    now = _now()
    if row is None or (row.expires_at is not None and row.expires_at <= now):
        return None
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        return None
    if record_use and (row.last_used is None or now - row.last_used > LAST_USED_RESOLUTION):
        row.last_used = now
    return user
