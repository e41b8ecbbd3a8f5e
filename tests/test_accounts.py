"""Account rules (app/rules/accounts.py): scrypt hashing, verification, password strength."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest

from app.errors import ValidationError
from app.rules.accounts import (
    MAX_PASSWORD_LENGTH,
    MIN_PASSWORD_LENGTH,
    check_password,
    hash_password,
    verify_password,
)

PASSWORD = "correct-horse-7"


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_password(PASSWORD)


def test_hash_is_scrypt_with_parameters_salt_and_key(stored: str) -> None:
    scheme, n, r, p, salt, key = stored.split("$")
    assert scheme == "scrypt"
    assert int(n) >= 2**14 and int(r) >= 8 and int(p) >= 1
    assert len(base64.b64decode(salt)) == 16
    assert len(base64.b64decode(key)) == 32
    assert PASSWORD not in stored


def test_right_password_verifies(stored: str) -> None:
    assert verify_password(PASSWORD, stored) is True


@pytest.mark.parametrize(
    "attempt",
    [
        "correct-horse-8",
        "Correct-horse-7",
        "correct-horse-7 ",
        "",
        PASSWORD[:-1],
        PASSWORD + PASSWORD,
    ],
)
def test_wrong_password_fails(stored: str, attempt: str) -> None:
    assert verify_password(attempt, stored) is False


def test_two_hashes_of_the_same_password_differ_by_salt() -> None:
    a, b = hash_password(PASSWORD), hash_password(PASSWORD)
    assert a != b
    assert a.split("$")[4] != b.split("$")[4]  # the salts differ
    assert verify_password(PASSWORD, a) and verify_password(PASSWORD, b)


def test_non_ascii_password_round_trips() -> None:
    h = hash_password("执法队密码2026")
    assert verify_password("执法队密码2026", h)
    assert not verify_password("执法队密码2025", h)


def _with(stored: str, index: int, value: str) -> str:
    parts = stored.split("$")
    parts[index] = value
    return "$".join(parts)


@pytest.mark.parametrize(
    "make",
    [
        lambda s: "",
        lambda s: "garbage",
        lambda s: "scrypt$",
        lambda s: s + "$extra",
        lambda s: _with(s, 0, "md5"),
        lambda s: _with(s, 1, "many"),
        lambda s: _with(s, 1, "3"),  # n not a power of two
        lambda s: _with(s, 1, str(2**70)),  # absurd cost
        lambda s: _with(s, 1, "-16384"),
        lambda s: _with(s, 3, "0"),
        lambda s: _with(s, 5, ""),  # no key
        lambda s: _with(s, 5, "not base64 ***"),
        lambda s: _with(s, 4, "密码"),
        lambda s: s[: len(s) // 2],
    ],
    ids=[
        "empty",
        "garbage",
        "truncated-scheme",
        "extra-field",
        "other-scheme",
        "n-not-int",
        "n-not-pow2",
        "n-huge",
        "n-negative",
        "p-zero",
        "no-key",
        "key-not-b64",
        "salt-cjk",
        "cut-in-half",
    ],
)
def test_malformed_stored_hash_is_false_not_an_error(
    stored: str, make: Callable[[str], str]
) -> None:
    bad = make(stored)
    assert verify_password(PASSWORD, bad) is False


def test_tampered_key_fails(stored: str) -> None:
    key = bytearray(base64.b64decode(stored.split("$")[5]))
    key[0] ^= 1
    assert (
        verify_password(PASSWORD, _with(stored, 5, base64.b64encode(bytes(key)).decode())) is False
    )


def _refusal(password: str) -> str | None:
    try:
        check_password(password)
    except ValidationError as exc:
        assert exc.field == "password"
        assert exc.message  # a Chinese sentence, not empty
        return exc.code
    return None


def test_length_boundary_seven_refused_eight_accepted() -> None:
    assert MIN_PASSWORD_LENGTH == 8
    assert _refusal("abc1234") == "password_too_short"
    assert _refusal("abc12345") is None


def test_length_upper_boundary() -> None:
    ok = "a1" * (MAX_PASSWORD_LENGTH // 2)
    assert len(ok) == MAX_PASSWORD_LENGTH and _refusal(ok) is None
    assert _refusal(ok + "b") == "password_too_long"


@pytest.mark.parametrize(
    "password", ["12345678", "2026112320261123", "abcdefgh", "执法队员执法队员"]
)
def test_digits_only_or_letters_only_refused(password: str) -> None:
    assert _refusal(password) == "password_too_simple"


@pytest.mark.parametrize("password", ["abcdefg1", "1234567a", "abcd-efg", "执法队员2026"])
def test_mixed_passwords_accepted(password: str) -> None:
    assert _refusal(password) is None


def test_short_message_names_the_minimum_and_field_can_be_renamed() -> None:
    with pytest.raises(ValidationError) as err:
        check_password("a1", field="new_password")
    assert err.value.field == "new_password"
    assert "8" in err.value.message and "密码" in err.value.message
