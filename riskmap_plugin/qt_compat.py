"""Qt and QGIS API differences across the releases RiskMap supports, in one place.

* Qt6 (QGIS 4) moved ``QAction`` and ``QShortcut`` from QtWidgets to QtGui.
* PyQt6 has no ``QVariant.Type``: field types are ``QMetaType.Type`` everywhere
  (:data:`FieldType`); QGIS 3.38+ takes them in ``QgsField``'s constructor and deprecates
  the ``QVariant.Type`` one, which is all QGIS 3.22–3.36 know (:func:`new_field`).
* QGIS 3.24+ keeps a layout label's font in its text format and deprecates
  ``font()``/``setFont()`` (:func:`label_font`, :func:`set_label_font`).
* Enums that moved into ``Qgis``: polygon label placement flags (3.26; QGIS 3.40 has no
  ``QgsLabeling.PolygonPlacementFlags`` any more) and the scale bar's segment size mode
  (3.40 refuses a bare int) — :func:`polygon_placement_flags`, :data:`SCALE_BAR_FIT_WIDTH`.

``scripts/check_qt6.py`` refuses these spellings anywhere else in the package.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsLabeling, QgsScaleBarSettings, QgsUnitTypes
from qgis.PyQt.QtCore import QMetaType
from qgis.PyQt.QtGui import QColor, QFont

try:  # Qt6
    from qgis.PyQt.QtGui import QAction, QShortcut
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction, QShortcut

__all__ = [
    "FieldType",
    "QAction",
    "QShortcut",
    "copy_label_format",
    "label_font",
    "new_field",
    "polygon_placement_flags",
    "set_label_font",
    "SCALE_BAR_FIT_WIDTH",
]

#: Field types, spelt the way every Qt has them. In PyQt5 their values equal the
#: ``QVariant.Type`` ones that ``QgsField.type()`` returns there, so comparisons hold.
FieldType = QMetaType.Type

_METATYPE_FIELDS = Qgis.QGIS_VERSION_INT >= 33800
#: Points as a render unit: Qgis.RenderUnit from 3.30 on, QgsUnitTypes before.
_POINTS = getattr(getattr(Qgis, "RenderUnit", None), "Points", None) or (
    QgsUnitTypes.RenderUnit.RenderPoints
)

#: The scale bar segment size mode that fits the bar to a width.
SCALE_BAR_FIT_WIDTH = getattr(getattr(Qgis, "ScaleBarSegmentSizeMode", None), "FitWidth", None) or (
    QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth
)


def polygon_placement_flags(*names: str):
    """Polygon label placement flags by member name, e.g. ``"AllowPlacementInsideOfPolygon"``."""
    if hasattr(Qgis, "LabelPolygonPlacementFlags"):
        flag, flags = Qgis.LabelPolygonPlacementFlag, Qgis.LabelPolygonPlacementFlags
    else:
        flag, flags = QgsLabeling.PolygonPlacementFlag, QgsLabeling.PolygonPlacementFlags
    value = flags()
    for name in names:
        value |= getattr(flag, name)
    return value


def new_field(name: str, kind: QMetaType.Type) -> QgsField:
    """``QgsField(name, kind)`` with the type argument this QGIS takes."""
    if _METATYPE_FIELDS:
        return QgsField(name, kind)
    from qgis.PyQt.QtCore import QVariant  # QGIS < 3.38: Qt5 only, where QVariant.Type exists

    return QgsField(name, QVariant.Type(int(kind)))


def label_font(label) -> QFont:
    """The font of a ``QgsLayoutItemLabel`` (its text format's font, at its size)."""
    if hasattr(label, "textFormat"):
        text_format = label.textFormat()
        font = QFont(text_format.font())
        font.setPointSizeF(text_format.size())
        return font
    return QFont(label.font())


def set_label_font(label, font: QFont, color: QColor | None = None) -> None:
    """Give a ``QgsLayoutItemLabel`` this font (and colour), keeping the rest of its format."""
    if hasattr(label, "setTextFormat"):
        text_format = label.textFormat()
        text_format.setFont(font)
        text_format.setSize(font.pointSizeF())
        text_format.setSizeUnit(_POINTS)
        if color is not None:
            text_format.setColor(color)
        label.setTextFormat(text_format)
        return
    label.setFont(font)
    if color is not None:
        label.setFontColor(color)


def copy_label_format(target, source) -> None:
    """Give one layout label the font and colour of another."""
    if hasattr(source, "textFormat"):
        target.setTextFormat(source.textFormat())
        return
    target.setFont(source.font())
    target.setFontColor(source.fontColor())
