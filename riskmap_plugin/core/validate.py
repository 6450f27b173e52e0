"""A small reader for JSON objects that names the exact key in every message.

Each :class:`Reader` wraps one JSON object and the path leading to it
(``criteria[2] 'border' → normalise``); it records which keys were read so
:meth:`Reader.reject_unknown` can refuse typos and keys from other tools.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from .errors import ModelError

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


class Reader:
    """Typed access to one JSON object with key-naming errors."""

    def __init__(self, value: Any, where: str) -> None:
        self.value = value
        self.where = where
        self.seen: set[str] = set()

    def require_object(self) -> None:
        if not isinstance(self.value, dict):
            raise ModelError(
                f"expected an object, found {_type_name(self.value)}",
                self.where,
                'write it as {"key": value, …}',
            )

    def path(self, key: str) -> str:
        return key if self.where == "model" else f"{self.where} → {key}"

    def error(self, key: str, what: str, fix: str = "") -> ModelError:
        return ModelError(what, self.path(key), fix)

    def raw(self, key: str, required: bool = False) -> Any:
        self.seen.add(key)
        if key not in self.value or self.value[key] is None:
            if required:
                raise self.error(
                    key, "this key is required but missing", f'add "{key}" to {self.where}'
                )
            return None
        return self.value[key]

    def get(self, key: str, kind: type, required: bool = False, default: Any = None) -> Any:
        value = self.raw(key, required)
        if value is None:
            return default
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.error(key, f"expected a number, found {_type_name(value)} {value!r:.40}")
            if not math.isfinite(value):
                raise self.error(key, "expected a finite number")
            return float(value)
        if kind is int:
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or (isinstance(value, float) and not value.is_integer())
            ):
                raise self.error(
                    key, f"expected a whole number, found {_type_name(value)} {value!r:.40}"
                )
            return int(value)
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise self.error(
                key,
                f"expected {_TYPE_WORDS.get(kind, kind.__name__)}, found "
                f"{_type_name(value)} {value!r:.40}",
            )
        if kind is str and not value.strip():
            if required:
                raise self.error(key, "must not be empty")
            return default
        return value

    def choice(
        self, key: str, options: Iterable[str], default: str | None = None, required: bool = False
    ) -> str | None:
        value = self.get(key, str, required=required)
        if value is None:
            return default
        options = tuple(options)
        if value not in options:
            raise self.error(key, f"unknown value '{value}'", "use one of: " + ", ".join(options))
        return value

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
            relation = "greater than" if exclusive_minimum else "at least"
            raise self.error(key, f"must be {relation} {minimum:g}, found {value:g}")
        if maximum is not None and value > maximum:
            raise self.error(key, f"must be at most {maximum:g}, found {value:g}")
        return value

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self.get(key, str, required=required)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.error(
                key, f"'{value:.40}' is not a date", "write dates as YYYY-MM-DD, e.g. 2018-01-31"
            ) from None

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
            raise ModelError(
                f"unknown key{'s' if len(unknown) > 1 else ''} "
                + ", ".join(f"'{k}'" for k in unknown),
                self.where,
                "remove it, or check its spelling against docs/model-format.md",
            )
