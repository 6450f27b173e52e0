"""Errors the user can cause, raised by the core with what/where/how-to-fix.

The GUI shows ``str(error)`` in QGIS's message bar; Processing wraps it in a
``QgsProcessingException``. Nothing here imports QGIS or Qt.
"""

from __future__ import annotations


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
    """

    def __init__(self, what: str, where: str = "", fix: str = "") -> None:
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.where}: {self.what}" if self.where else self.what
        if self.fix:
            text += f" — {self.fix}"
        return text


class ModelError(RiskMapError):
    """The model document is invalid (wrong key, type or value)."""


class DataError(RiskMapError):
    """A layer or field the model refers to is missing or unusable."""


class Canceled(RiskMapError):  # noqa: N818 - reads as the state, like QgsTask.isCanceled
    """The run was cancelled by the user; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The run was cancelled.")


#: What the fronts say about an error RiskMap did not foresee: a bug, not the user's data.
UNEXPECTED = (
    "RiskMap stopped on an unexpected error ({}). This is a fault in RiskMap, not in your "
    "data — the details are in the log (RiskMap tab); please report them."
)


def unexpected_message(error: BaseException) -> str:
    """One honest sentence for an unforeseen error (never its text, which may quote data)."""
    return UNEXPECTED.format(type(error).__name__)
