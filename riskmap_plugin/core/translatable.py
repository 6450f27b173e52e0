"""The one marker for translatable text in the core, which imports no Qt.

Every English template RiskMap shows is written once, where it is defined, as
``QT_TRANSLATE_NOOP("Context", "text")``. ``make transup`` (pylupdate5) collects these
calls by name, as it collects Qt's own marker, and files each text under its context in
``i18n/*.ts``; at run time the marker gives the text back unchanged. The QGIS side then
says a whole table in the installed language with ``QCoreApplication.translate(context,
text)`` (:func:`riskmap_plugin.qgis_adapter.wording.translated`), so the English never
has a second copy to keep in step.

pylupdate5 reads only literal arguments, and misses a call whose last argument is
followed by a comma: the tables are written between ``# fmt: off`` and ``# fmt: on``.

>>> QT_TRANSLATE_NOOP("RiskMapWarnings", "layer '{layer}'")
"layer '{layer}'"
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 reads
    """``text`` as given; marks it for the catalogues under ``context``."""
    return text
