"""GB 11643 ID numbers and GB 32100 unified social credit codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.identity import (
    USCC_ALPHABET,
    id_check_char,
    id_number_problem,
    is_valid_id_number,
    is_valid_uscc,
    uscc_check_char,
    uscc_problem,
)


@pytest.mark.parametrize(
    "number", ["11010519491231002X", "11010519491231002x", "440524188001010014", "110101 199003074477"]
)
def test_valid_id_numbers(number: str) -> None:
    assert is_valid_id_number(number), id_number_problem(number)


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("110105194912310021", "校验位"),
        ("11010519491231002", "18 位"),
        ("1101051949123100XX", "前 17 位"),
        ("110105194902300028", "出生日期"),
    ],
)
def test_invalid_id_numbers(number: str, fragment: str) -> None:
    problem = id_number_problem(number)
    assert problem is not None and fragment in problem


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000100006485K", "12100000400010398P"])
def test_valid_uscc(code: str) -> None:
    assert is_valid_uscc(code), uscc_problem(code)


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("91350100M000100Y44", "校验位"),
        ("91350100M000100Y4", "18 位"),
        ("91350100M0001O0Y43", "无效字符"),
        ("91AB0100M000100Y43", "行政区划"),
    ],
)
def test_invalid_uscc(code: str, fragment: str) -> None:
    problem = uscc_problem(code)
    assert problem is not None and fragment in problem


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_any_single_digit_change_breaks_the_id_check(first17: str) -> None:
    full = first17 + id_check_char(first17)
    for i in range(17):
        changed = first17[:i] + str((int(first17[i]) + 1) % 10) + first17[i + 1 :]
        assert id_check_char(changed) != full[17]


@given(st.text(alphabet=USCC_ALPHABET, min_size=17, max_size=17))
def test_uscc_check_char_is_in_alphabet_and_detects_substitution(first17: str) -> None:
    check = uscc_check_char(first17)
    assert check in USCC_ALPHABET
    i = 5
    swapped = first17[:i] + USCC_ALPHABET[(USCC_ALPHABET.index(first17[i]) + 1) % 31] + first17[i + 1 :]
    assert uscc_check_char(swapped) != check
