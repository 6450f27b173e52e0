"""The sample QGIS project: layers from the GeoPackage, styles and metadata."""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

from .catalogue import (
    GPKG_NAME,
    ILLUSTRATIVE_GROUP,
    ILLUSTRATIVE_LAYERS,
    ILLUSTRATIVE_NOTE,
    LAYERS,
    PROJECT_TITLE,
    QGZ_NAME,
    REAL_LAYERS,
)

#: The QgsApplication this script made: it must outlive every QGIS call (QGIS 3.40 frees
#: an application that nothing refers to, and the next QgsProject call then crashes).
_APP = None


def _qgis_app():
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    plugins = "/usr/share/qgis/python/plugins"
    if os.path.isdir(plugins) and plugins not in sys.path:
        sys.path.append(plugins)
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False)
        app.initQgis()
        _APP = app
    return app


def _metadata(meta):
    from qgis.core import QgsLayerMetadata

    m = QgsLayerMetadata()
    m.setIdentifier(meta["title"])
    m.setTitle(meta["title"])
    m.setAbstract(meta["abstract"])
    m.setType("dataset")
    m.setLanguage("en")
    m.setRights([f"Attribution: {meta['attribution']}", f"Source: {meta['source']}"])
    m.setLicenses([meta["licence"]])
    m.setHistory([f"Source: {meta['source']}"])
    kw = ["RiskMap sample", "Iraq"]
    if meta["illustrative"]:
        kw.append(ILLUSTRATIVE_NOTE)
    m.setKeywords({"gmd:topicCategory": ["boundaries"], "riskmap": kw})
    return m


def _style(name, layer):
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsProperty,
        QgsSingleSymbolRenderer,
        QgsSymbolLayer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsUnitTypes,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    def labels(expr, size, color="#222222", bold=False, buffer=True, is_expr=True, placement=None):
        s = QgsPalLayerSettings()
        s.fieldName = expr
        s.isExpression = is_expr
        fmt = QgsTextFormat()
        font = QFont("DejaVu Sans")
        font.setBold(bold)
        fmt.setFont(font)
        fmt.setSize(size)
        fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
        fmt.setColor(QColor(color))
        if buffer:
            b = QgsTextBufferSettings()
            b.setEnabled(True)
            b.setSize(0.7)
            b.setColor(QColor(255, 255, 255, 220))
            fmt.setBuffer(b)
        s.setFormat(fmt)
        if placement is not None:
            s.placement = placement
        layer.setLabeling(QgsVectorLayerSimpleLabeling(s))
        layer.setLabelsEnabled(True)

    def single(sym):
        layer.setRenderer(QgsSingleSymbolRenderer(sym))

    if name == "country":
        single(
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#404040", "outline_width": "0.6"}
            )
        )
    elif name == "districts":
        single(
            QgsFillSymbol.createSimple(
                {"color": "#eeeeec", "outline_color": "#9a9a9a", "outline_width": "0.15"}
            )
        )
        labels(
            "ADM2_EN",
            5.5,
            color="#5a5a5a",
            is_expr=False,
            placement=QgsPalLayerSettings.Placement.OverPoint,
        )
    elif name == "subdistricts":
        single(
            QgsFillSymbol.createSimple(
                {
                    "color": "0,0,0,0",
                    "outline_color": "#bbbbbb",
                    "outline_width": "0.1",
                    "outline_style": "dot",
                }
            )
        )
    elif name == "governorates":
        single(
            QgsFillSymbol.createSimple(
                {"color": "0,0,0,0", "outline_color": "#303030", "outline_width": "0.55"}
            )
        )
    elif name == "international_boundaries":
        single(QgsLineSymbol.createSimple({"line_color": "#505050", "line_width": "0.5"}))
    elif name == "border":
        single(
            QgsLineSymbol.createSimple(
                {"line_color": "#6a1b9a", "line_width": "1.2", "line_style": "dash"}
            )
        )
    elif name == "events":
        sym = QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "139,0,0,150", "outline_style": "no", "size": "1"}
        )
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertySize,
            QgsProperty.fromExpression('scale_exp(coalesce("best",0), 0, 250, 0.8, 4.5, 0.57)'),
        )
        single(sym)
    elif name in ("returnees", "idps"):
        color, field = (
            ("26,150,65,170", "returnee_individuals")
            if name == "returnees"
            else ("33,102,172,150", "idp_individuals")
        )
        sym = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": color,
                "outline_color": "255,255,255,160",
                "outline_width": "0.1",
                "size": "1",
            }
        )
        sym.symbolLayer(0).setDataDefinedProperty(
            QgsSymbolLayer.PropertySize,
            QgsProperty.fromExpression(f'scale_exp(coalesce("{field}",0), 0, 40000, 0.8, 5, 0.57)'),
        )
        single(sym)
    elif name == "towns":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": "#ffffff",
                    "outline_color": "#000000",
                    "outline_width": "0.3",
                    "size": "1.6",
                }
            )
        )
        labels('CASE WHEN "demo_town" = 1 OR "population" >= 200000 THEN "name" END', 7, bold=True)
    elif name == "places_ne":
        single(
            QgsMarkerSymbol.createSimple(
                {"name": "square", "color": "#000000", "outline_style": "no", "size": "1.2"}
            )
        )
    elif name == "sleeper_cells_illustrative":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "cross2",
                    "color": "#e66101",
                    "outline_color": "#e66101",
                    "outline_width": "0.4",
                    "size": "2",
                }
            )
        )
    elif name == "supportive_groups_illustrative":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "triangle",
                    "color": "#ffd92f",
                    "outline_color": "#7a5c00",
                    "outline_width": "0.2",
                    "size": "2.2",
                }
            )
        )
    elif name == "preachers_illustrative":
        single(
            QgsMarkerSymbol.createSimple(
                {
                    "name": "diamond",
                    "color": "#b2abd2",
                    "outline_color": "#5e3c99",
                    "outline_width": "0.2",
                    "size": "2",
                }
            )
        )
    elif name == "flashpoints_illustrative":
        sym = QgsFillSymbol.createSimple(
            {
                "color": "0,0,0,0",
                "outline_color": "#d95f02",
                "outline_width": "0.5",
                "outline_style": "dash",
            }
        )
        from qgis.core import QgsLinePatternFillSymbolLayer

        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(1.6)
        hatch.setColor(QColor(217, 95, 2, 150))
        hatch.setLineWidth(0.2)
        sym.insertSymbolLayer(0, hatch)
        single(sym)
    elif name == "ethnic_mix_illustrative":
        from qgis.core import QgsGradientColorRamp, QgsGraduatedSymbolRenderer

        ramp = QgsGradientColorRamp(QColor("#f7fcf5"), QColor("#00441b"))
        with warnings.catch_warnings():  # createRenderer is deprecated but still the shortest
            warnings.simplefilter("ignore", DeprecationWarning)
            r = QgsGraduatedSymbolRenderer.createRenderer(
                layer,
                '1 - ("share_sunni_arab"^2 + "share_shia_arab"^2 + "share_kurd"^2 '
                '+ "share_turkmen"^2 + "share_other"^2)',
                5,
                QgsGraduatedSymbolRenderer.Jenks,
                QgsFillSymbol.createSimple({"outline_color": "#ffffff", "outline_width": "0.1"}),
                ramp,
            )
        layer.setRenderer(r)
        layer.setOpacity(0.8)


def build_project(out_dir: Path) -> Path:
    _qgis_app()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    gpkg = out_dir / GPKG_NAME
    qgz = out_dir / QGZ_NAME
    proj = QgsProject.instance()
    proj.clear()
    proj.setFileName(str(qgz))
    proj.writeEntryBool("Paths", "/Absolute", False)
    crs = QgsCoordinateReferenceSystem("EPSG:32638")
    proj.setCrs(crs)
    proj.setTitle(PROJECT_TITLE)
    pm = proj.metadata()
    pm.setTitle(PROJECT_TITLE)
    pm.setAbstract(
        "Sample project of the RiskMap plugin: Iraq at the end of 2017. Real layers come from "
        "OCHA COD-AB, UCDP GED, GeoNames, Natural Earth and IOM DTM (see each layer's "
        "metadata and the sample_sources table). Layers in the group '"
        + ILLUSTRATIVE_GROUP
        + "' are made up and NOT REAL DATA."
    )
    pm.setHistory(
        [
            "Built by scripts/build_sample.py. Attributions: "
            + "; ".join(
                sorted({v["attribution"] for v in LAYERS.values() if not v["illustrative"]})
            )
        ]
    )
    proj.setMetadata(pm)

    root = proj.layerTreeRoot()
    ill_group = root.addGroup(ILLUSTRATIVE_GROUP)
    hidden = {"districts", "places_ne", "ethnic_mix_illustrative", "idps"}
    loaded = {}
    # Reals: top of the legend first.
    for name in list(reversed(REAL_LAYERS)):
        meta = LAYERS[name]
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", meta["title"], "ogr")
        if not lyr.isValid():
            raise RuntimeError(f"layer {name} is not valid")
        lyr.setMetadata(_metadata(meta))
        _style(name, lyr)
        proj.addMapLayer(lyr, False)
        node = root.addLayer(lyr)
        node.setItemVisibilityChecked(name not in hidden)
        loaded[name] = lyr
    for name in list(reversed(ILLUSTRATIVE_LAYERS)):
        meta = LAYERS[name]
        lyr = QgsVectorLayer(f"{gpkg}|layername={name}", meta["title"], "ogr")
        if not lyr.isValid():
            raise RuntimeError(f"layer {name} is not valid")
        lyr.setMetadata(_metadata(meta))
        _style(name, lyr)
        proj.addMapLayer(lyr, False)
        node = ill_group.addLayer(lyr)
        node.setItemVisibilityChecked(name not in hidden)
        loaded[name] = lyr
    # Illustrative group below the real point layers but above the polygons is hard to read;
    # keep it on top, collapsed, so it is the first thing the officer sees in the legend.
    ill_group.setExpanded(True)

    sources = QgsVectorLayer(f"{gpkg}|layername=sample_sources", "Sample sources", "ogr")
    proj.addMapLayer(sources, False)
    root.addLayer(sources)

    country = loaded["country"]
    tr = QgsCoordinateTransform(country.crs(), crs, proj)
    ext = tr.transformBoundingBox(country.extent())
    ext.scale(1.04)
    proj.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(ext, crs))
    proj.viewSettings().setPresetFullExtent(QgsReferencedRectangle(ext, crs))
    if not proj.write(str(qgz)):
        raise RuntimeError(f"could not write {qgz}: {proj.error()}")
    return qgz
