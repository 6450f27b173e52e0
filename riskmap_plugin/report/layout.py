"""Build the briefing print layout from the .qpt template and a result GeoPackage.

Step two of the report: :func:`build_briefing` reads the result, extracts the
plain context (:mod:`.context`), writes the atlas pages tables (:mod:`.pages`)
and fills the template's items by id. One atlas layout gives page 1 (overview)
plus one page per at-risk area in a single PDF (:mod:`.export`).
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsLayoutItemMap, QgsLayoutObject, QgsPrintLayout, QgsProject, QgsProperty
from qgis.PyQt.QtXml import QDomDocument

from ..core import Model, load_model
from ..core.errors import DataError
from ..paths import resource_path
from ..qgis_adapter.wording import is_right_to_left
from ..qt_compat import SCALE_BAR_FIT_WIDTH
from . import backtest_page as bp
from . import map_layers as ml
from . import phrases
from .content.context import DEFAULT_BANNER, BriefingContext, build_context
from .content.pages import DRIVERS_TABLE, PAGES_TABLE, drivers_frame, pages_frame, write_pages
from .fill import fill_tables, fill_texts, set_legend
from .result_files import (
    context_tables,
    find_input_files,
    read_result,
    read_sources,
    with_recorded_attributions,
)
from .right_to_left import mirror_layout

LAYOUT_PREFIX = "RiskMap briefing — "
OWN_LAYERS_PROPERTY = "riskmap/briefing_layers"
#: Area pages show unit names; the overview (page 1) would drown in them.
AREA_PAGES = "coalesce(@atlas_featurenumber, 1) > 1"


def layout_name(model_name: str) -> str:
    return f"{LAYOUT_PREFIX}{model_name}"


def build_briefing(
    project: QgsProject,
    gpkg_path: str | os.PathLike,
    *,
    page_size: str = "A4",
    banner: str = DEFAULT_BANNER,
    model: Model | str | os.PathLike | dict | None = None,
    replace: bool = True,
    backtest: str | os.PathLike | None = None,
    pages_path: str | os.PathLike | None = None,
) -> QgsPrintLayout:
    """Add the briefing layout of a RiskMap result to ``project`` and return it.

    Parameters
    ----------
    project:
        The project whose layout manager gets the layout (and the layers it draws).
    gpkg_path:
        The result GeoPackage written by ``riskmap:score`` / the dock.
    page_size:
        ``"A4"`` or ``"A3"`` (landscape).
    banner:
        Classification banner printed at the top and bottom of every page.
    model:
        The model (object, JSON path or dict); default: the one stored in the result.
    replace:
        Remove an earlier briefing of the same model (and its own layers) first.
    backtest:
        A backtest GeoPackage of the same model (default: ``<result>_backtest.gpkg``
        when it exists) adds the page "How well has this model done?".
    pages_path:
        The GeoPackage for the briefing's own tables (atlas pages, drivers); default
        ``<result>.briefing.gpkg`` beside the result. The result itself is only read.

    The layout is named ``"RiskMap briefing — <model name>"``; its atlas gives page 1
    (overview) and one page per at-risk area. Export with :func:`export_briefing`.
    """
    page_size = str(page_size).upper()
    if page_size not in ("A4", "A3"):
        raise DataError(
            f"Page size '{page_size}' is not supported.",
            where="briefing",
            fix="Choose A4 or A3.",
        )
    _template_path(page_size)
    gpkg_path = str(Path(gpkg_path).expanduser().resolve())
    tables = read_result(gpkg_path)
    model_obj, model_dir = _model(model)
    folders = [model_dir, Path(gpkg_path).parent, project.homePath() or None]
    folders.append(str(resource_path("sample")))
    inputs = find_input_files(tables.provenance, folders)
    background = context_tables(inputs)
    context = build_context(
        tables.areas,
        tables.units,
        tables.criteria,
        tables.provenance,
        model=model_obj if model_obj is not None else tables.model,  # parsed once, on reading
        sources=with_recorded_attributions(read_sources(inputs), tables.provenance),
        watch_list=tables.watch_list,
        extra_layers=list(background),
        banner=banner,
        sensitivity=tables.sensitivity,
        changes=tables.changes,
        words=phrases.briefing_words(),
    )
    backtest = backtest or bp.backtest_beside(gpkg_path)
    extra = bp.read_backtest_page(backtest, context.model_name) if backtest else None
    pages = pages_frame(context, tables.areas, tables.units)
    pages_path = str(Path(pages_path or briefing_tables_path(gpkg_path)).expanduser().resolve())
    if pages_path == gpkg_path:
        raise DataError(
            "The briefing's own tables would be written into the result it reads.",
            where="briefing",
            fix="Give another file for the briefing's tables.",
        )
    write_pages(
        pages_path,
        bp.with_backtest_page(pages, extra) if extra else pages,
        drivers_frame(context),
    )
    name = layout_name(context.model_name)
    manager = project.layoutManager()
    if replace:
        for old in [lay for lay in manager.printLayouts() if lay.name() == name]:
            remove_briefing(project, old)

    result = ml.result_layers(gpkg_path)
    own = _own_layers(project, gpkg_path, pages_path, background)
    for layer in result.values():
        project.addMapLayer(layer, False)
    layout = _load_template(project, page_size)
    if is_right_to_left():
        mirror_layout(layout)
    layout.setName(name)
    own_ids = [lay.id() for lay in [*own.values(), *result.values()]]
    layout.setCustomProperty(OWN_LAYERS_PROPERTY, own_ids)
    crs = tables.provenance.get("analysis_crs") or tables.units.crs.to_string()
    _set_maps(layout, result, own, crs)
    _set_atlas(layout, own["pages"])
    set_legend(layout, result, context.terms)
    fill_texts(layout, context, Path(gpkg_path).name)
    fill_tables(layout, context, result, own)
    if extra:
        bp.add_backtest_page(layout, extra, str(Path(gpkg_path).with_suffix("")) + "_chart.png")
    manager.addLayout(layout)
    return layout


def remove_briefing(project: QgsProject, layout: QgsPrintLayout) -> None:
    """Remove a briefing layout and the layers only it used."""
    ids = layout.customProperty(OWN_LAYERS_PROPERTY) or []
    project.layoutManager().removeLayout(layout)
    for layer_id in ids:
        if project.mapLayer(layer_id) is not None:
            project.removeMapLayer(layer_id)


def _model(model) -> tuple[Model | None, str | None]:
    if model is None or isinstance(model, Model):
        return model, None
    if isinstance(model, dict):
        return load_model(model), None
    path = Path(model).expanduser().resolve()
    return load_model(str(path)), str(path.parent)


def briefing_tables_path(gpkg_path: str | os.PathLike) -> Path:
    """Where the dock keeps a briefing's own tables: beside the result, never inside it."""
    path = Path(gpkg_path)
    return path.with_name(f"{path.stem}.briefing.gpkg")


def _own_layers(
    project: QgsProject, gpkg_path: str, pages_path: str, background: dict[str, str]
) -> dict:
    """Pages, drivers, criteria, unit names and background layers, outside the layer tree."""
    own = {
        "pages": ml.gpkg_layer(pages_path, PAGES_TABLE, "Briefing pages"),
        "drivers": ml.gpkg_layer(pages_path, DRIVERS_TABLE, "Briefing drivers"),
        "criteria": ml.gpkg_layer(gpkg_path, "criteria", "Briefing criteria"),
        "unit_names": ml.gpkg_layer(gpkg_path, "units", "Briefing unit names"),
    }
    ml.hidden_renderer(own["pages"])
    ml.hidden_renderer(own["unit_names"])
    own["unit_names"].setLabeling(ml.unit_name_labels(AREA_PAGES))
    own["unit_names"].setLabelsEnabled(True)
    for table, path in background.items():
        try:
            layer = ml.gpkg_layer(path, table, f"Briefing background — {table}")
        except DataError:
            continue
        ml.style_background(layer, table)
        own[table] = layer
    for layer in own.values():
        project.addMapLayer(layer, False)
    return own


def _template_path(page_size: str) -> Path:
    """The page size's .qpt, checked before any work so a missing one is the error said."""
    path = resource_path("layouts", f"briefing_{page_size.lower()}.qpt")
    if not path.is_file():
        raise DataError(
            f"The briefing template {path.name} is missing.",
            where="briefing",
            fix="Reinstall the RiskMap plugin (its resources/layouts folder is incomplete).",
        )
    return path


def _load_template(project: QgsProject, page_size: str) -> QgsPrintLayout:
    path = _template_path(page_size)
    document = QDomDocument()
    with open(path, encoding="utf-8") as handle:
        if not document.setContent(handle.read()):
            raise DataError(
                f"The layout template {path.name} is not valid XML.",
                where="briefing",
                fix="Reinstall the plugin.",
            )
    layout = QgsPrintLayout(project)
    from qgis.core import QgsReadWriteContext

    items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise DataError(
            f"The layout template {path.name} could not be loaded.",
            where="briefing",
            fix="Reinstall the plugin.",
        )
    return layout


def _set_maps(layout: QgsPrintLayout, result: dict, own: dict, crs: str) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsFillSymbol, QgsLayoutItemMapOverview

    target = QgsCoordinateReferenceSystem(crs)
    main = layout.itemById("main_map")
    stack = [own["unit_names"], result["areas"], result["watch_list"]]
    stack += [own[t] for t in ("border", "international_boundaries", "governorates") if t in own]
    stack.append(result["units"])
    stack += [own["country"]] if "country" in own else []
    main.setCrs(target)
    main.setLayers(stack)
    main.setKeepLayerSet(True)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main.setAtlasMargin(0.1)  # used only where the page has no margin_pct
    main.dataDefinedProperties().setProperty(
        QgsLayoutObject.DataDefinedProperty.MapAtlasMargin,
        QgsProperty.fromExpression("attribute(@atlas_feature, 'margin_pct')"),
    )
    _fit_extent(main, _extent(own["pages"], main))

    locator = layout.itemById("locator_map")
    context_layers = [own[t] for t in ("international_boundaries", "country") if t in own]
    locator.setCrs(target)
    locator.setLayers(context_layers or [result["units"]])
    locator.setKeepLayerSet(True)
    extent = _extent(own.get("country") or result["units"], locator)
    extent.scale(1.2)
    _fit_extent(locator, extent)
    overview = QgsLayoutItemMapOverview("Main map extent", locator)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#cb181d", "outline_width": "0.5"}
        )
    )
    locator.overviews().addOverview(overview)

    main.addLabelBlockingItem(locator)  # area labels are placed clear of the overlays
    for item_id in ("north_arrow", "scalebar"):
        item = layout.itemById(item_id)
        if item is not None:
            item.setLinkedMap(main)
            main.addLabelBlockingItem(item)
    scalebar = layout.itemById("scalebar")
    if scalebar is not None:
        scalebar.setNumberOfSegments(2)
        scalebar.setNumberOfSegmentsLeft(0)
        scalebar.setSegmentSizeMode(SCALE_BAR_FIT_WIDTH)
        scalebar.setMinimumBarWidth(20)
        scalebar.setMaximumBarWidth(45)


def _extent(layer, item):
    from qgis.core import QgsCoordinateTransform, QgsProject

    transform = QgsCoordinateTransform(layer.crs(), item.crs(), QgsProject.instance())
    return transform.transformBoundingBox(layer.extent())


def _fit_extent(item, extent) -> None:
    """Set ``extent`` grown to the item's aspect ratio (``setExtent`` would resize the item)."""
    from qgis.core import QgsRectangle

    size = item.sizeWithUnits()
    ratio = size.width() / size.height()
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    item.setExtent(
        QgsRectangle(
            centre.x() - width / 2,
            centre.y() - height / 2,
            centre.x() + width / 2,
            centre.y() + height / 2,
        )
    )


def _set_atlas(layout: QgsPrintLayout, pages) -> None:
    atlas = layout.atlas()
    atlas.setCoverageLayer(pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"page"')
    atlas.setSortAscending(True)
    atlas.setPageNameExpression('"name"')
    atlas.setFilenameExpression("'briefing_' || lpad(\"page\", 2, '0')")


def page_count(layout: QgsPrintLayout) -> int:
    """Pages the layout exports: atlas features × layout pages (1 + areas for a briefing)."""
    atlas = layout.atlas()
    pages = layout.pageCollection().pageCount()
    if atlas.enabled() and atlas.coverageLayer() is not None:
        return atlas.coverageLayer().featureCount() * pages
    return pages


__all__ = ["BriefingContext", "build_briefing", "layout_name", "page_count", "remove_briefing"]
