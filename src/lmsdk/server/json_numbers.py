"""Numeric ranges as GBNF: canonical decimal spellings of the numbers in a range.

Integers: a range splits by digit count, and each same-length range splits on
the first digit where its ends differ (``[lo-digit] rest-of-low | [middle
digits] [0-9]{n} | [hi-digit] rest-of-high``), as llama.cpp's converter does.

Numbers: JSON text parses to the nearest float, so a decimal just beyond an
exclusive bound can parse to the bound itself. Values are therefore written on
a grid (at most ``_FRACTION_DIGITS`` decimals, no exponent) and the grid points
next to each exclusive bound are checked to parse strictly inside it. Inclusive
bounds need no check: rounding is monotone and the bound's shortest decimal
rounds to the bound.
"""

from __future__ import annotations

from decimal import Decimal

from lmsdk.server.json_regex import alternatives, gbnf_literal

__all__ = ["BoundTooCoarse", "OPEN_DIGITS", "integer_range", "natural_range", "number_range"]

# Digits a number may have where the schema sets no bound: the grammar must let
# a runaway sampler finish, and 16 digits hold any int64 a schema usually means.
OPEN_DIGITS = 16
# Fraction digits of a bounded number; fewer when the magnitude needs a coarser grid.
_FRACTION_DIGITS = 6


class BoundTooCoarse(ValueError):
    """No grid keeps values near an exclusive bound apart from it after float parsing."""


def _same_length_range(low: str, high: str) -> str:
    """Digit strings of one length between ``low`` and ``high`` (inclusive)."""
    if low == high:
        return gbnf_literal(low)
    common = 0
    while low[common] == high[common]:
        common += 1
    prefix = [gbnf_literal(low[:common])] if common else []
    low, high = low[common:], high[common:]
    rest = len(low) - 1
    if low[1:] == "0" * rest and high[1:] == "9" * rest:
        tail = [f"[0-9]{{{rest}}}"] if rest else []
        return " ".join([*prefix, f"[{low[0]}-{high[0]}]", *tail])
    options = [_same_length_range(low[0] + low[1:], low[0] + "9" * rest)]
    if int(high[0]) - int(low[0]) > 1:
        middle = f"[{int(low[0]) + 1}-{int(high[0]) - 1}]"
        options.append(f"{middle} [0-9]{{{rest}}}")
    options.append(_same_length_range(high[0] + "0" * rest, high[0] + high[1:]))
    return " ".join([*prefix, alternatives(options)])


def natural_range(low: int, high: int | None) -> str:
    """Canonical decimal spellings (no leading zeros) of ``low <= n <= high``.

    ``high=None`` means no upper bound: up to ``OPEN_DIGITS`` digits (or one
    more than ``low`` has).
    """
    if low < 0 or (high is not None and high < low):
        raise AssertionError(f"bad natural range {low}..{high}")
    top = high if high is not None else 10 ** max(OPEN_DIGITS, len(str(low)) + 1) - 1
    options = []
    for length in range(len(str(low)), len(str(top)) + 1):
        first = max(low, 10 ** (length - 1) if length > 1 else 0)
        last = min(top, 10**length - 1)
        options.append(_same_length_range(str(first), str(last)))
    return alternatives(options)


def integer_range(low: int | None, high: int | None) -> str:
    """Canonical JSON spellings of the integers in ``[low, high]`` (None: open)."""
    options = []
    if low is None or low < 0:
        # Negative n: "-" then |n| in [max(1, -high), -low].
        magnitude_low = 1 if high is None or high >= 0 else -high
        magnitude_high = None if low is None else -low
        options.append('"-" ' + natural_range(magnitude_low, magnitude_high))
    if high is None or high >= 0:
        options.append(natural_range(max(low or 0, 0), high))
    return alternatives(options)


# ------------------------------------------------------------------ numbers


def _fraction(low: str, high: str | None, digits: int) -> tuple[bool, str | None]:
    """Fractions ``0.s`` with ``len(s) <= digits`` and ``0.low <= 0.s <= 0.high``.

    ``low``/``high`` are digit strings of length ``digits``; ``high=None``
    means no upper limit. Returns whether no fraction at all is allowed, and
    the expression for a non-empty digit string (None if there is none).
    """
    memo: dict[tuple[int, bool, bool], tuple[bool, str | None]] = {}

    def rest(i: int, tight_low: bool, tight_high: bool) -> tuple[bool, str | None]:
        key = (i, tight_low, tight_high)
        if key in memo:
            return memo[key]
        tight_low = tight_low and set(low[i:]) != {"0"}
        # Missing digits read as zeros: an end here is fine unless the lower
        # limit still has a non-zero digit to come.
        can_end = not tight_low or set(low[i:]) <= {"0"}
        if i == digits:
            memo[key] = (can_end, None)
            return memo[key]
        if not tight_low and not tight_high:
            memo[key] = (True, f"[0-9]{{1,{digits - i}}}")
            return memo[key]
        first = int(low[i]) if tight_low else 0
        last = int(high[i]) if tight_high and high is not None else 9
        options = []
        for digit in sorted({first, last}):
            next_low = tight_low and digit == first
            next_high = tight_high and digit == last
            empty, more = rest(i + 1, next_low, next_high)
            options.append(_then(f'"{digit}"', empty, more))
        if last - first > 1:
            free = digits - i - 1
            tail = f" [0-9]{{0,{free}}}" if free else ""
            middle = f"{first + 1}" if last - first == 2 else f"{first + 1}-{last - 1}"
            options.append(f"[{middle}]{tail}")
        memo[key] = (can_end, alternatives(options))
        return memo[key]

    return rest(0, True, high is not None)


def _then(head: str, empty_ok: bool, more: str | None) -> str:
    if more is None:
        return head
    return f"{head} ( {more} )?" if empty_ok else f"{head} {more}"


def _grid(bound: Decimal, exclusive: bool, upward: bool, digits: int) -> Decimal:
    """The first grid point (multiples of 10^-digits) inside a bound."""
    step = Decimal(1).scaleb(-digits)
    snapped = (bound / step).to_integral_value("ROUND_CEILING" if upward else "ROUND_FLOOR") * step
    if exclusive and snapped == bound:
        snapped += step if upward else -step
    return snapped


def _magnitude(low: Decimal, high: Decimal | None, digits: int) -> str:
    """Non-negative grid numbers in ``[low, high]`` without sign or exponent."""
    whole_low = int(low)
    low_digits = _digits_of(low - whole_low, digits)
    if high is not None and int(high) == whole_low:
        high_digits: str | None = _digits_of(high - whole_low, digits)
        return _with_fraction(natural_range(whole_low, whole_low), low_digits, high_digits, digits)
    options = [_with_fraction(natural_range(whole_low, whole_low), low_digits, None, digits)]
    whole_high = None if high is None else int(high)
    if whole_high is None or whole_high - whole_low > 1:
        inner = natural_range(whole_low + 1, None if whole_high is None else whole_high - 1)
        options.append(_with_fraction(inner, "0" * digits, None, digits))
    if high is not None and whole_high is not None:
        top = natural_range(whole_high, whole_high)
        options.append(
            _with_fraction(top, "0" * digits, _digits_of(high - whole_high, digits), digits)
        )
    return alternatives(options)


def _digits_of(fraction: Decimal, digits: int) -> str:
    return str(int(fraction.scaleb(digits))).zfill(digits) if digits else ""


def _with_fraction(whole: str, low: str, high: str | None, digits: int) -> str:
    if digits == 0:
        return whole
    if high is None and set(low) <= {"0"}:
        return f'{whole} ( "." [0-9]{{1,{digits}}} )?'
    empty_ok, more = _fraction(low, high, digits)
    if more is None:
        return whole
    return f'{whole} ( "." {more} )' + ("?" if empty_ok else "")


def number_range(
    low: float | None,
    low_exclusive: bool,
    high: float | None,
    high_exclusive: bool,
) -> str | None:
    """JSON numbers between float bounds, or None if no grid point fits.

    Bounds are compared as the shortest decimals that round to them; a value on
    the grid that lies strictly inside an exclusive bound is checked to parse to
    a float that does too, coarsening the grid until it does.

    Raises:
        BoundTooCoarse: If even whole numbers next to an exclusive bound parse
            to the bound itself.
    """
    for digits in range(_FRACTION_DIGITS, -1, -1):
        lo = None if low is None else _grid(Decimal(repr(low)), low_exclusive, True, digits)
        hi = None if high is None else _grid(Decimal(repr(high)), high_exclusive, False, digits)
        if (low_exclusive and lo is not None and low is not None and float(lo) <= low) or (
            high_exclusive and hi is not None and high is not None and float(hi) >= high
        ):
            continue
        if lo is not None and hi is not None and lo > hi:
            return None
        options = []
        if lo is None or lo < 0:
            # Negative x: "-" then |x| from the smallest non-zero grid step.
            smallest = Decimal(1).scaleb(-digits) if hi is None or hi >= 0 else -hi
            options.append('"-" ' + _magnitude(smallest, None if lo is None else -lo, digits))
        if hi is None or hi >= 0:
            options.append(
                _magnitude(max(lo, Decimal(0)) if lo is not None else Decimal(0), hi, digits)
            )
        return alternatives(options)
    raise BoundTooCoarse(
        "the bound is too large for a float to tell values just inside it from the bound"
    )
