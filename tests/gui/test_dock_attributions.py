"""#19: attributions travel from the officer's layers to the briefing.

A dock run records each input's data source (not the session's layer id) and the layer's
attribution (metadata rights, licences, or typed in the dock); the briefing lists them. A
dock run on the sample lists exactly the sources of the headless run that ``make demo`` does.
"""

from __future__ import annotations

import pytest
from dock_helpers import copy_sample, open_dock, wait_for_run
from own_data import add_own_layers, write_own_data
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QDate

from riskmap_plugin.qgis_adapter.layers import ATTRIBUTION_PROPERTY
from riskmap_plugin.report.content.sources import input_tables, source_lines
from riskmap_plugin.report.result_files import (
    find_input_files,
    read_result,
    read_sources,
    with_recorded_attributions,
)


def _briefing_sources(path, folders):
    provenance = read_result(str(path)).provenance
    files = find_input_files(provenance, folders)
    sources = with_recorded_attributions(read_sources(files), provenance)
    lines, illustrative, _ = source_lines(sources, list(input_tables(provenance)))
    return [(line.attribution, line.licence, line.layers) for line in lines], illustrative


@pytest.fixture
def riskmap_processing(qgis_processing):
    from riskmap_plugin.processing_provider.provider import RiskMapProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("riskmap") is None:
        added = RiskMapProvider()
        registry.addProvider(added)
    yield
    if added is not None:
        registry.removeProvider(added)


def test_own_layers_attributions_reach_the_briefing(qgis_iface, qtbot, tmp_path):
    project = QgsProject.instance()
    project.clear()
    layers = add_own_layers(project, write_own_data(tmp_path / "data"))
    metadata = layers["incidents"].metadata()
    metadata.setRights(["Incidents: Ministry of Interior, 2020"])
    metadata.setLicenses(["CC BY 4.0"])
    layers["incidents"].setMetadata(metadata)
    layers["districts"].setCustomProperty(
        ATTRIBUTION_PROPERTY, "Districts: national statistics office"
    )
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    model = panel.criteria_model
    for position in reversed(range(len(model.rows))):
        # Their log starts in 2019: the "against 2013" row cannot run on it and goes too.
        criterion = model.rows[position].criterion
        if criterion.get("layer") != "events" or criterion.get("measure") == "change":
            model.remove_row(position)
    for position in range(len(model.rows)):
        model.set_layer(position, layers["incidents"].id())
    panel.units_panel.choose_units(layers["districts"], "code", "district")
    panel.units_panel.choose_places(None)
    panel.as_of_edit.setDate(QDate(2020, 6, 30))
    out = tmp_path / "own.gpkg"
    panel.output_widget.setFilePath(str(out))
    assert panel.generate()
    wait_for_run(qtbot, panel)
    lines, illustrative = _briefing_sources(out, [str(tmp_path)])
    assert ("Incidents: Ministry of Interior, 2020", "CC BY 4.0", ("Incidents 2020",)) in lines
    assert ("Districts: national statistics office", "", ("My districts",)) in lines
    assert illustrative == []
    assert not any("not recorded" in line[0] for line in lines), lines
    project.clear()


def test_a_dock_run_on_the_sample_lists_the_sources_of_the_demo(
    qgis_iface, qtbot, tmp_path, riskmap_processing
):
    import processing

    project = QgsProject.instance()
    assert project.read(str(copy_sample(tmp_path)))
    dock, panel = open_dock(qgis_iface, qtbot, project)
    panel.choose_preset("Stabilization priorities")
    out = tmp_path / "dock.gpkg"
    panel.output_widget.setFilePath(str(out))
    assert panel.generate()
    wait_for_run(qtbot, panel)
    dock_sources = _briefing_sources(out, [str(tmp_path)])

    project.clear()
    qtbot.waitUntil(lambda: not panel.controller.restoring, timeout=5000)
    demo = tmp_path / "demo.gpkg"
    processing.run(
        "riskmap:score",
        {
            "MODEL": str(tmp_path / "stabilization_2018.json"),
            "USE_SAMPLE_LAYERS": True,
            "OUTPUT_UNITS": str(demo),
            "OUTPUT_AREAS": str(demo),
            "OUTPUT_WATCH": str(demo),
        },
    )
    demo_sources = _briefing_sources(demo, [str(tmp_path)])
    assert len(demo_sources[0]) >= 4
    assert not any("not recorded" in line[0] for line in dock_sources[0]), dock_sources
    assert dock_sources == demo_sources
