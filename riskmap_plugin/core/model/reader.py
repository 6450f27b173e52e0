"""A small reader for JSON objects that names the exact key in every message.

Each :class:`Reader` wraps one JSON object and the path leading to it
(``criteria[2] 'border' → normalise``); it records which keys were read so
:meth:`Reader.reject_unknown` can refuse typos and keys from other tools.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, overload

from ..errors import ModelError

#: Every number in a model lies within ±LARGEST (and every whole number within
#: ±LARGEST_WHOLE): nothing a model says can overflow a sum or hang a loop. Keys have
#: tighter bounds of their own where a value means something (days, years, seeds).
LARGEST = 1e15
LARGEST_WHOLE = 10**12
#: Dates a model may give (as_of, window and reference dates).
FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(2200, 12, 31)
#: A random seed numpy accepts.
LARGEST_SEED = 2**32 - 1

_TYPE_WORDS = {
    str: "text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "an object",
}


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    for kind, word in (
        (bool, "true/false"),
        (int, "a number"),
        (float, "a number"),
        (str, "text"),
        (list, "a list"),
        (dict, "an object"),
    ):
        if isinstance(value, kind):
            return word
    return type(value).__name__


def date_in_range(date: dt.date, where: str) -> dt.date:
    """``date`` when a model may give it (FIRST_DATE to LAST_DATE); else a ModelError at ``where``.

    The one rule for every date of a model, read from its document or set on a Model.

    >>> date_in_range(dt.date(2018, 1, 31), "as_of")
    datetime.date(2018, 1, 31)
    """
    if not FIRST_DATE <= date <= LAST_DATE:
        raise ModelError.of(
            "date_out_of_range",
            where,
            date=date.isoformat(),
            first=FIRST_DATE.isoformat(),
            last=LAST_DATE.isoformat(),
        )
    return date


class Reader:
    """Typed access to one JSON object with key-naming errors."""

    def __init__(self, value: Any, where: str) -> None:
        self.value = value
        self.where = where
        self.seen: set[str] = set()

    def require_object(self) -> None:
        if not isinstance(self.value, dict):
            raise ModelError.of(
                "expected_object",
                self.where,
                found=_type_name(self.value),
                example='{"key": value, …}',
            )

    def path(self, key: str) -> str:
        """Where ``key`` is, for errors: the key alone at a root (``model``, or '' for a part
        read on its own, such as one criterion)."""
        return key if self.where in ("model", "") else f"{self.where} → {key}"

    def error(self, key: str, what: str, fix: str = "") -> ModelError:
        return ModelError(what, self.path(key), fix)

    def said(self, key: str, error: str, /, **fields: Any) -> ModelError:
        """The error ``error`` of :data:`..error_words.ERRORS` at ``key`` (said in any language)."""
        return ModelError.of(error, self.path(key), **fields)

    def raw(self, key: str, required: bool = False) -> Any:
        self.seen.add(key)
        if key not in self.value or self.value[key] is None:
            if required:
                raise self.said(key, "required_key", key=key, section=self.where)
            return None
        return self.value[key]

    def get(self, key: str, kind: type, required: bool = False, default: Any = None) -> Any:
        value = self.raw(key, required)
        if value is None:
            return default
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.said(
                    key, "expected_number", found=_type_name(value), value=f"{value!r:.40}"
                )
            if abs(value) > LARGEST or not math.isfinite(value):  # abs first: a huge int
                raise self.said(
                    key, "number_out_of_range", low=f"{-LARGEST:g}", high=f"{LARGEST:g}"
                )
            return float(value)
        if kind is int:
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or (isinstance(value, float) and not value.is_integer())
            ):
                raise self.said(
                    key, "expected_whole_number", found=_type_name(value), value=f"{value!r:.40}"
                )
            if abs(value) > LARGEST_WHOLE:
                raise self.said(key, "whole_number_out_of_range", value=f"{value!r:.20}")
            return int(value)
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise self.said(
                key,
                "expected_kind",
                kind=_TYPE_WORDS.get(kind, kind.__name__),
                found=_type_name(value),
                value=f"{value!r:.40}",
            )
        if isinstance(value, str) and not value.strip():
            if required:
                raise self.said(key, "empty")
            return default
        return value

    # The overloads tell the type checker what the code guarantees: with a default, or
    # required, the answer is never None.
    @overload
    def choice(
        self, key: str, options: Iterable[str], default: str, required: bool = False
    ) -> str: ...
    @overload
    def choice(
        self, key: str, options: Iterable[str], default: None = None, *, required: Literal[True]
    ) -> str: ...
    @overload
    def choice(
        self, key: str, options: Iterable[str], default: None = None, required: bool = False
    ) -> str | None: ...
    def choice(
        self, key: str, options: Iterable[str], default: str | None = None, required: bool = False
    ) -> str | None:
        value = self.get(key, str, required=required)
        if value is None:
            return default
        options = tuple(options)
        if value not in options:
            raise self.said(key, "unknown_value", value=value, options=", ".join(options))
        return value

    @overload
    def number(
        self,
        key: str,
        default: float,
        minimum: float | None = None,
        maximum: float | None = None,
        required: bool = False,
        exclusive_minimum: bool = False,
    ) -> float: ...
    @overload
    def number(
        self,
        key: str,
        default: None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        required: bool = False,
        exclusive_minimum: bool = False,
    ) -> float | None: ...
    def number(
        self,
        key: str,
        default: float | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        required: bool = False,
        exclusive_minimum: bool = False,
    ) -> float | None:
        value = self.get(key, float, required=required)
        if value is None:
            return default
        if minimum is not None and (value < minimum or (exclusive_minimum and value == minimum)):
            relation = "greater_than" if exclusive_minimum else "at_least"
            raise self.said(key, relation, minimum=f"{minimum:g}", value=f"{value:g}")
        if maximum is not None and value > maximum:
            raise self.said(key, "at_most", maximum=f"{maximum:g}", value=f"{value:g}")
        return value

    @overload
    def date(self, key: str, required: Literal[True]) -> dt.date: ...
    @overload
    def date(self, key: str, required: bool = False) -> dt.date | None: ...
    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self.get(key, str, required=required)
        if value is None:
            return None
        try:
            date = dt.date.fromisoformat(value)
        except ValueError:
            raise self.said(key, "not_a_date", value=f"{value:.40}") from None
        return date_in_range(date, self.path(key))

    @overload
    def whole(
        self, key: str, default: int, minimum: int, maximum: int, required: bool = False
    ) -> int: ...
    @overload
    def whole(
        self, key: str, default: None, minimum: int, maximum: int, required: bool = False
    ) -> int | None: ...
    def whole(
        self, key: str, default: int | None, minimum: int, maximum: int, required: bool = False
    ) -> int | None:
        """A whole number between ``minimum`` and ``maximum`` (both included)."""
        value = self.get(key, int, required=required)
        if value is None:
            return default
        if not minimum <= value <= maximum:
            raise self.said(key, "between", minimum=minimum, maximum=maximum, value=value)
        return value

    def seed(self, key: str) -> int:
        """A random seed (a whole number from 0 to 2³²−1, as numpy takes them)."""
        return self.whole(key, 1, 0, LARGEST_SEED)

    def child(self, key: str, kind: type, required: bool = False) -> Any:
        """A nested object as a Reader, or a list of raw items (for lists)."""
        value = self.get(key, kind, required=required)
        if value is None:
            return None
        if kind is dict:
            return Reader(value, self.path(key))
        return value

    def reject_unknown(self) -> None:
        unknown = sorted(set(self.value) - self.seen)
        if unknown:
            raise ModelError.of(
                "unknown_keys" if len(unknown) > 1 else "unknown_key",
                self.where,
                fix_key="unknown_key.fix",
                keys=", ".join(f"'{k}'" for k in unknown),
            )


#: Deeper nesting than any model needs (a model is at most five levels deep).
MAX_DEPTH = 32


def decode_json(text: str) -> Any:
    """Decode a model document; every problem is a ModelError naming line and column.

    Refuses what ``json.loads`` would accept silently: a key given twice (the second
    would win unseen — a typo must never change a result quietly), text that is not
    valid Unicode (lone surrogates), nesting deeper than :data:`MAX_DEPTH`.
    """
    import json

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise ModelError.of("key_twice", "model", key=f"{key:.40}")
            seen[key] = value
        return seen

    try:
        document = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as error:
        raise ModelError.of(
            "invalid_json", "model", line=error.lineno, column=error.colno, reason=error.msg
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError:  # a whole number of thousands of digits (Python's int limit)
        raise ModelError.of("too_many_digits", "model") from None
    check_document(document)
    return document


def _too_deep() -> ModelError:
    return ModelError.of("too_deep", "model", depth=MAX_DEPTH)


def check_document(document: Any) -> None:
    """No nesting beyond MAX_DEPTH and no text that cannot be written as UTF-8."""
    stack = [(document, 0, "model")]
    while stack:
        value, depth, where = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep()
        if isinstance(value, dict):
            for key, item in value.items():
                _check_text(key, where)
                stack.append((item, depth + 1, key if where == "model" else f"{where} → {key}"))
        elif isinstance(value, list):
            stack.extend((item, depth + 1, f"{where}[{i}]") for i, item in enumerate(value))
        elif isinstance(value, str):
            _check_text(value, where)


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ModelError.of("lone_surrogate", where) from None


#: A model is a few KB; 10 MB means a wrong file.
MAX_MODEL_BYTES = 10 * 1024 * 1024


def model_text(source: str | Path) -> str:
    """The JSON text of a model given as text or as a file path (size and encoding checked)."""
    text = str(source)
    if isinstance(source, Path) or not text.lstrip().startswith("{"):
        path = Path(text)
        if not path.is_file():
            raise ModelError.of("no_model_file", "model", path=path)
        if path.stat().st_size > MAX_MODEL_BYTES:
            raise ModelError.of("model_file_too_large", "model", name=path.name)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise ModelError.of(
                "unreadable_model_file", "model", name=path.name, reason=error
            ) from None
    if len(text) > MAX_MODEL_BYTES:
        raise ModelError.of("model_document_too_large", "model")
    return text
