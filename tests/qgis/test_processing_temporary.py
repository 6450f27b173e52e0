"""#19: ``riskmap:score`` with the toolbox's default temporary outputs loads every layer,
styled and labelled, with map tips (no "The following layers were not correctly generated")."""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
)
from qgis_test_helpers import SAMPLE_MODEL, needs_sample

pytestmark = needs_sample()


def test_temporary_outputs_load_styled_with_map_tips(riskmap_provider):
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    parameters = {"MODEL": str(SAMPLE_MODEL), "USE_SAMPLE_LAYERS": True}
    for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH"):
        parameters[key] = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("riskmap:score")
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    assert ok, results

    # What Processing's GUI does after the run: load each registered layer, then post-process.
    to_load = context.layersToLoadOnCompletion()
    assert set(to_load) == {results[k] for k in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")}
    layers = {}
    for uri, details in to_load.items():
        layer = QgsProcessingUtils.mapLayerFromString(uri, context)
        assert layer is not None and layer.isValid(), f"not correctly generated: {uri}"
        layers[details.name] = layer
        assert details.postProcessor() is not None, details.name
        details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    units, areas, watch = layers["Scored units"], layers["At-risk areas"], layers["Watch list"]
    assert isinstance(units.renderer(), QgsCategorizedSymbolRenderer)
    assert units.renderer().classAttribute() == "class"
    assert areas.labelsEnabled() and watch.labelsEnabled()
    assert "Security incidents" in units.mapTipTemplate()
    assert '"drivers"' in areas.mapTipTemplate() and '"name"' in areas.mapTipTemplate()
    assert '"reason"' in watch.mapTipTemplate()
