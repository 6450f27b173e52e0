"""What the plugin repository and the toolbox expect of each algorithm: tags, help, help URL."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pyogrio
import pytest
from qgis.core import QgsVectorLayer
from qgis_test_helpers import REPO, SAMPLE_GPKG, SAMPLE_MODEL, needs_sample

LANGUAGES = ("ar", "ckb", "fr")


def _algorithms(provider):
    # Through the registry: a module before this one may have re-registered the provider,
    # leaving the fixture's Python object without its C++ half.
    from qgis.core import QgsApplication

    registered = QgsApplication.processingRegistry().providerById("riskmap")
    return {algorithm.name(): algorithm for algorithm in registered.algorithms()}


def _catalogue(language: str) -> dict[str, str]:
    """Source text → translation of the "@default" context of one .ts catalogue."""
    tree = ET.parse(REPO / "i18n" / f"riskmap_{language}.ts")
    out = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") != "@default":
            continue
        for message in context.iter("message"):
            out[message.findtext("source")] = message.findtext("translation") or ""
    return out


def test_every_algorithm_has_tags_help_and_a_help_page(riskmap_provider):
    headings = re.findall(
        r"^## (riskmap:\w+)$", (REPO / "docs" / "processing.md").read_text(), re.M
    )
    for name, algorithm in _algorithms(riskmap_provider).items():
        assert len(algorithm.tags()) >= 3, name
        assert algorithm.shortHelpString().strip(), name
        url = algorithm.helpUrl()
        assert url.endswith(f"docs/processing.md#riskmap{name}"), url
        assert f"riskmap:{name}" in headings, f"docs/processing.md has no section for {name}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_help_tags_and_output_names_reach_the_catalogues(riskmap_provider, language):
    """`tr(self.HELP)` looks up a variable: the texts are marked where they are defined."""
    from riskmap_plugin.processing_provider import score_algorithm, toolbox

    catalogue = _catalogue(language)
    texts = [label for _, _, label in score_algorithm.OUTPUTS.values()]
    for name, algorithm in _algorithms(riskmap_provider).items():
        texts += [algorithm.HELP, toolbox.TITLES[name], *toolbox.TAGS[name]]
    missing = [text[:60] for text in texts if not catalogue.get(text)]
    assert missing == [], f"untranslated in {language}: {missing}"


@needs_sample()
def test_outputs_carry_qgis_layer_metadata_with_the_inputs_credits(riskmap_provider, tmp_path):
    out = tmp_path / "result.gpkg"
    outputs = {key: str(out) for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")}
    import processing

    processing.run(
        "riskmap:score", {"MODEL": str(SAMPLE_MODEL), "USE_SAMPLE_LAYERS": True, **outputs}
    )
    sources = pyogrio.read_dataframe(SAMPLE_GPKG, layer="sample_sources", read_geometry=False)
    ucdp = sources.loc[sources["layer"] == "events", "attribution"].iloc[0]
    for table, title in (("units", "Scored units"), ("areas", "At-risk areas")):
        layer = QgsVectorLayer(f"{out}|layername={table}", table, "ogr")
        metadata = layer.metadata()
        assert metadata.title() == title
        assert "as of 2018-01-31" in metadata.abstract()
        assert any(ucdp in line for line in metadata.rights()), metadata.rights()
        assert "CC BY 4.0" in metadata.licenses()
        illustrative = [line for line in metadata.rights() if "illustrative" in line]
        assert illustrative, "made-up inputs are credited as illustrative"
