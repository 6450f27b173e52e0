"""Errors the user can cause, raised by the core with what/where/how-to-fix.

The GUI shows the error in QGIS's message bar; Processing wraps it in a
``QgsProcessingException``. Nothing here imports QGIS or Qt.

The errors users meet most are made from :data:`ERRORS` (:mod:`.error_words`) by key
(:meth:`RiskMapError.of`): the error keeps its key and fields, so that the fronts say
it in QGIS's language (:meth:`RiskMapError.said`, with the templates translated on the
QGIS side); ``str(error)`` stays English. ``where`` names the model's keys, layers and
fields as the model file spells them, so it is never translated.

>>> error = ModelError.of("not_a_date", "as_of", value="31/01/2018")
>>> str(error)
"as_of: '31/01/2018' is not a date — write dates as YYYY-MM-DD, e.g. 2018-01-31"
>>> error.said({"not_a_date": "« {value} » n'est pas une date"})
"as_of: « 31/01/2018 » n'est pas une date — write dates as YYYY-MM-DD, e.g. 2018-01-31"
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .error_words import ERRORS


class RiskMapError(Exception):
    """Base class of every error RiskMap raises on purpose.

    Parameters
    ----------
    what:
        What is wrong, in the analyst's words.
    where:
        Which model key, criterion, layer or field (e.g. ``criteria[2] 'border' → normalise``).
    fix:
        How to fix it.
    key, fields:
        The :data:`ERRORS` entry ``what`` and ``fix`` were made from, and its fields
        (empty for an error worded on the spot).
    """

    def __init__(
        self,
        what: str,
        where: str = "",
        fix: str = "",
        *,
        key: str = "",
        fields: Mapping[str, Any] | None = None,
        fix_key: str = "",
    ) -> None:
        self.what = what
        self.where = where
        self.fix = fix
        self.key = key
        self.fix_key = fix_key
        self.fields = dict(fields or {})
        super().__init__(self.message)

    @classmethod
    def of(cls, key: str, where: str = "", /, *, fix_key: str = "", **fields: Any):
        """The error ``key`` of :data:`ERRORS` (and its fix, ``key.fix`` unless ``fix_key``)."""
        fix_key = fix_key or f"{key}.fix"
        return cls(
            ERRORS[key].format(**fields),
            where,
            ERRORS[fix_key].format(**fields) if fix_key in ERRORS else "",
            key=key,
            fields=fields,
            fix_key=fix_key,
        )

    def __reduce__(self):
        # Pickled whole (a run's child process sends it back): every subclass, whatever
        # its constructor's arguments, comes back with its key and fields.
        return (_restored, (type(self), self.__dict__.copy()))

    @property
    def message(self) -> str:
        return _joined(self.what, self.where, self.fix)

    def said(self, templates: Mapping[str, str] | None) -> str:
        """The message with ``templates`` (:data:`ERRORS` keys in another language).

        English (``str(error)``) for an error worded on the spot, a missing template or
        one whose fields do not fit.
        """
        if not self.key or not templates:
            return self.message
        try:
            what = templates.get(self.key, "").format(**self.fields)
            fix = templates.get(self.fix_key, "").format(**self.fields)
        except (KeyError, IndexError, ValueError):
            return self.message
        return _joined(what or self.what, self.where, fix or self.fix)


def _joined(what: str, where: str, fix: str) -> str:
    text = f"{where}: {what}" if where else what
    if fix:
        text += f" — {fix}"
    return text


def _restored(kind: type[RiskMapError], state: dict) -> RiskMapError:
    error = kind.__new__(kind)
    error.__dict__.update(state)
    error.args = (error.message,)
    return error


class ModelError(RiskMapError):
    """The model document is invalid (wrong key, type or value)."""


class DataError(RiskMapError):
    """A layer or field the model refers to is missing or unusable."""


class Canceled(RiskMapError):  # noqa: N818 - reads as the state, like QgsTask.isCanceled
    """The run was cancelled by the user; nothing was written."""

    def __init__(self) -> None:
        super().__init__(ERRORS["cancelled"], key="cancelled")


#: What the fronts say about an error RiskMap did not foresee: a bug, not the user's data.
UNEXPECTED = (
    "RiskMap stopped on an unexpected error ({}). This is a fault in RiskMap, not in your "
    "data — the details are in the log (RiskMap tab); please report them."
)


def unexpected_message(error: BaseException) -> str:
    """One honest sentence for an unforeseen error (never its text, which may quote data)."""
    return UNEXPECTED.format(type(error).__name__)
