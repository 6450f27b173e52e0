"""``riskmap:score`` — score at-risk areas with a RiskMap model.

The algorithm is a thin front: ``prepareAlgorithm`` (main thread) resolves the
model's layers with :func:`prepare_inputs`, ``processAlgorithm`` (worker) runs
:func:`compute_isolated` (the dock's call) and writes the outputs. No model logic lives here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameters,
    QgsWkbTypes,
)

from ..core.errors import Canceled, RiskMapError
from ..qgis_adapter.features import frame_features, qgis_crs, qgis_fields, wkb_type
from ..qgis_adapter.layer_metadata import input_attributions, result_metadata
from ..qgis_adapter.output import attribute_tables, stage_file, stage_tables
from ..qgis_adapter.output_guard import Staged
from ..qgis_adapter.process_run import compute_isolated
from ..qgis_adapter.runner import prepare_inputs
from ..qgis_adapter.wording import run_wording
from ..qgis_adapter.wording_warnings import say_error, say_warning
from .base import (
    QT_TR_NOOP,
    QT_TRANSLATE_NOOP,
    RiskMapAlgorithm,
    model_parameters,
    tr,
    unexpected,
    use_sample_layers,
)
from .params import OutputClaims, file_destination, gpkg_destination, parse_layer_map
from .result_styler import style_on_load
from .store_params import (
    RUN_ID,
    STORE_HELP,
    check_store,
    result_store,
    store_outputs,
    store_parameters,
    store_run,
)

#: Output parameter → (ScoreResult attribute, default table name, display name).
OUTPUTS = {
    "OUTPUT_UNITS": ("units", "units", QT_TRANSLATE_NOOP("@default", "Scored units")),
    "OUTPUT_AREAS": ("areas", "areas", QT_TRANSLATE_NOOP("@default", "At-risk areas")),
    "OUTPUT_WATCH": ("watch_list", "watch_list", QT_TRANSLATE_NOOP("@default", "Watch list")),
}

HELP = QT_TR_NOOP("""Scores analysis units (districts, sub-districts or a hexagon grid) with a \
RiskMap model and marks the areas at risk of a violent-extremist resurgence, each annotated with \
the \
criteria that put it there, plus a watch list of units just below the cut-off or rising.

<b>Model file</b>: the RiskMap model (JSON) with the criteria, weights and settings. Layer \
references in the model are looked up in this order: the layer map, project layers (id or \
name), project GeoPackage tables, file paths (relative to the model file), then the model's \
<i>default_source</i> GeoPackage.

<b>Units layer</b> (optional): a polygon layer that replaces the model's units, e.g. the \
output of <i>Create hexagon grid</i>. It needs the model's id/name fields, or unit_id and \
unit_name.

<b>As-of date</b> (optional): replaces the model's as-of date; time windows count back from it.

<b>Layer map</b> (optional): sends model references to other layers or files, as JSON \
<tt>{"events": "Security incidents"}</tt> or <tt>events=incidents.gpkg;towns=Towns</tt>.

<b>Previous result</b> (optional): a GeoPackage written by an earlier run (e.g. for the \
last briefing). Units that entered or left the at-risk areas, or moved 5 ranks or more, \
are written to a <i>changes</i> table with the criterion that moved most; the briefing \
prints them under "Changes since the last briefing". It may be the output file itself: \
it is read before it is replaced.

<b>Allow files outside the model's folder</b> (off by default): a model file is shared \
between colleagues, so the files it names are read only from its own folder (and below); \
remote and virtual sources (URLs, /vsicurl/, .vrt) are never opened from a model. Layers in \
the project and in the layer map are always allowed.

<b>Outputs</b>: when the outputs go to the same GeoPackage they are written together, \
atomically (a failed or cancelled run leaves the previous file untouched), with the \
<i>criteria</i> and <i>sensitivity</i> tables (and <i>changes</i>) and the run's provenance \
(model, as-of date, inputs with content hashes, versions, time).""")

#: Said after HELP (a paragraph of its own, so HELP's translations stay valid).
SAMPLE_HELP = QT_TR_NOOP("""<b>Use the sample's layers</b> (off by default): the model's \
<i>default_source</i> is read only when this is ticked, and only when it is RiskMap's \
sample GeoPackage, which holds real open data and made-up (illustrative) layers. Without \
it, a layer that the project, the layer map and the model's paths do not give stops the \
run, naming the layer: made-up data never reach a result unasked.""")


class ScoreAlgorithm(RiskMapAlgorithm):
    """Score at-risk areas."""

    HELP = HELP
    TAGS = (
        QT_TRANSLATE_NOOP("@default", "risk"),
        QT_TRANSLATE_NOOP("@default", "at-risk areas"),
        QT_TRANSLATE_NOOP("@default", "stabilization"),
        QT_TRANSLATE_NOOP("@default", "conflict"),
        QT_TRANSLATE_NOOP("@default", "violent extremism"),
        QT_TRANSLATE_NOOP("@default", "composite indicator"),
        QT_TRANSLATE_NOOP("@default", "multi-criteria"),
        QT_TRANSLATE_NOOP("@default", "watch list"),
    )

    MODEL = "MODEL"
    UNITS = "UNITS"
    AS_OF = "AS_OF"
    LAYER_MAP = "LAYER_MAP"
    PREVIOUS = "PREVIOUS"
    ALLOW_OUTSIDE = "ALLOW_OUTSIDE_FILES"

    def __init__(self) -> None:
        super().__init__()
        self._prepared = None
        self._store = None
        self._attributions = []

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        return f"{tr(self.HELP)}\n\n{tr(SAMPLE_HELP)}\n\n{tr(STORE_HELP)}"

    def name(self) -> str:
        return "score"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        return tr("Score at-risk areas")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS API name)
        for parameter in model_parameters(as_of=True):
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFile(
                self.PREVIOUS,
                tr("Previous result to compare with (GeoPackage)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                extension="gpkg",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ALLOW_OUTSIDE,
                tr("Allow files outside the model's folder"),
                defaultValue=False,
                optional=True,
            )
        )
        for key, (_, _, label) in OUTPUTS.items():
            self.addParameter(
                QgsProcessingParameterFeatureSink(
                    key,
                    tr(label),
                    QgsProcessing.SourceType.TypeVectorPolygon,
                    optional=True,
                    createByDefault=True,
                )
            )
        for parameter in store_parameters():
            self.addParameter(parameter)
        for output in store_outputs():
            self.addOutput(output)

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        """Main thread: load the model and resolve its layers in the project."""
        model_path = self.parameterAsFile(parameters, self.MODEL, context)
        if not model_path or not Path(model_path).is_file():
            raise QgsProcessingException(
                tr("Model file not found: '{}' — choose a RiskMap model JSON file.").format(
                    model_path
                )
            )
        units = self.parameterAsVectorLayer(parameters, self.UNITS, context)
        as_of = None
        if parameters.get(self.AS_OF) not in (None, ""):
            date = QgsProcessingParameters.parameterAsDate(
                self.parameterDefinition(self.AS_OF), parameters, context
            )
            if not date.isValid():
                raise QgsProcessingException(
                    tr("As-of date '{}' is not a date — write it as YYYY-MM-DD.").format(
                        parameters.get(self.AS_OF)
                    )
                )
            as_of = dt.date(date.year(), date.month(), date.day())
        layer_map = parse_layer_map(self.parameterAsString(parameters, self.LAYER_MAP, context))
        previous = self.parameterAsFile(parameters, self.PREVIOUS, context) or None
        # The saved connection is looked up here, on the main thread, before any reading.
        self._store = result_store(self, parameters, context)
        try:
            self._prepared = prepare_inputs(
                model_path,
                project=context.project(),
                layer_map=layer_map,
                units_layer=units,
                as_of=as_of,
                layer_store=context.temporaryLayerStore(),
                **use_sample_layers(self, parameters, context),
                previous=previous,
                allow_outside=self.parameterAsBool(parameters, self.ALLOW_OUTSIDE, context),
            )
        except RiskMapError as error:
            raise QgsProcessingException(say_error(error)) from error
        except Exception as error:  # noqa: BLE001 - a bug: one sentence, the traceback logged
            raise unexpected(error) from None
        # Annotations in QGIS's language, the translations looked up here on the main thread.
        self._wording = run_wording()
        # The inputs' credits for the outputs' layer metadata, read while on the main thread.
        self._attributions = input_attributions(self._prepared)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Worker: read, score, write. RiskMapError → QgsProcessingException."""
        destinations = {
            key: self.parameterAsOutputLayer(parameters, key, context) for key in OUTPUTS
        }
        destinations = {key: value for key, value in destinations.items() if value}
        # For a temporary output QGIS has just registered "memory:<name>" for loading, a
        # layer that never exists (the sink makes the real one): drop it, or QGIS says "The
        # following layers were not correctly generated".
        loading = context.layersToLoadOnCompletion()
        for key, value in destinations.items():
            if gpkg_destination(value, OUTPUTS[key][1]) is None and value in loading:
                del loading[value]
        context.setLayersToLoadOnCompletion(loading)
        if not destinations and self._store is None:
            raise QgsProcessingException(
                tr("No output chosen — set OUTPUT_UNITS, OUTPUT_AREAS or OUTPUT_WATCH.")
            )
        last_message = [""]

        def progress(fraction: float, message: str) -> None:
            feedback.setProgress(100.0 * fraction)
            if message != last_message[0]:
                feedback.setProgressText(message)
                last_message[0] = message

        try:
            check_store(self._store)
            # The dock's call: a large run computes in a child process there too.
            outcome = compute_isolated(
                self._prepared,
                progress=progress,
                is_canceled=feedback.isCanceled,
                wording=self._wording,
            )
            for warning in outcome.warnings:
                feedback.pushWarning(say_warning(warning))
            return self._write_outputs(outcome, destinations, parameters, context, feedback)
        except RiskMapError as error:
            raise QgsProcessingException(say_error(error)) from None
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 - a bug: one sentence, the traceback logged
            raise unexpected(error) from None
        finally:
            # The prepared inputs hold QgsVectorLayers; release them while QGIS is
            # alive (a layer freed at interpreter exit, after GDAL is gone, crashes).
            self._prepared = None
            self._store = None

    def _write_outputs(self, outcome, destinations, parameters, context, feedback) -> dict:
        """Every output file staged first, then all moved into place: all of them or none."""
        result = outcome.result
        criteria = result.criteria
        labels = (
            {str(i): str(label) for i, label in zip(criteria["id"], criteria["label"])}
            if len(criteria)
            else {}
        )
        results = {}
        files: dict[str, dict] = {}
        others: dict[str, str] = {}
        titles: dict[str, str] = {}
        sinks = []
        claims = OutputClaims()
        for key, (attribute, default_table, label) in OUTPUTS.items():
            if key not in destinations:
                continue
            target = gpkg_destination(destinations[key], default_table)
            if target is None:
                path = file_destination(destinations[key])
                if path is None:  # a memory layer or a database: QGIS writes it
                    sinks.append(key)
                    continue
                claims.claim(key, path, None)
                others[key] = results[key] = path
                continue
            claims.claim(key, target.path, target.table)
            files.setdefault(target.path, {})[target.table] = getattr(result, attribute)
            titles[target.table] = tr(label)
            results[key] = f"{target.path}|layername={target.table}"
        inputs = self._prepared.input_paths()
        staged = Staged()
        try:
            for path, tables in files.items():
                metadata = self._layer_metadata({table: titles[table] for table in tables})
                tables.update(attribute_tables(result, outcome.changes))
                stage_tables(
                    staged,
                    tables,
                    path,
                    provenance=outcome.provenance,
                    input_paths=inputs,
                    is_canceled=feedback.isCanceled,
                    layer_metadata=metadata,
                )
            for key, path in others.items():
                stage_file(staged, getattr(result, OUTPUTS[key][0]), path, input_paths=inputs)
            for key in sinks:
                frame = getattr(result, OUTPUTS[key][0])
                results[key] = self._write_sink(key, frame, parameters, context)
            if feedback.isCanceled():
                raise Canceled()
            # The store's one transaction commits before the files move into place: a
            # refused store leaves no file written either.
            if self._store is not None:
                results[RUN_ID] = store_run(self._store, outcome, feedback)
            for path in staged.commit():
                feedback.pushInfo(tr("Wrote {}").format(path))
        except BaseException:
            staged.discard()
            raise
        for key in destinations:
            if key not in sinks:  # QGIS loads the sinks it wrote itself
                self._load_on_completion(key, results[key], parameters, context)
            # Styled and labelled when loaded, temporary outputs included.
            style_on_load(context, results[key], OUTPUTS[key][0], labels)
        return results

    def _layer_metadata(self, titles: dict[str, str]) -> dict:
        """Table → QGIS layer metadata for the result layers written to one GeoPackage."""
        model = self._prepared.model
        keywords = [tr(tag) for tag in self.TAGS]
        abstract = tr("Computed by RiskMap with the model '{0}' as of {1}.").format(
            model.name, model.as_of.isoformat()
        )
        return {
            table: result_metadata(title, abstract, self._attributions, keywords)
            for table, title in titles.items()
        }

    def _write_sink(self, key, frame, parameters, context) -> str:
        fields = qgis_fields(frame)
        sink, dest_id = self.parameterAsSink(
            parameters,
            key,
            context,
            fields,
            wkb_type(frame, QgsWkbTypes.Type.MultiPolygon),
            qgis_crs(frame),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        for feature in frame_features(frame, fields):
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _load_on_completion(self, key, uri, parameters, context) -> None:
        """Ask QGIS to load a GeoPackage output when the user ticked 'Open output file'."""
        definition = parameters.get(key)
        if not isinstance(definition, QgsProcessingOutputLayerDefinition):
            return
        if definition.destinationProject is None:
            return
        name = definition.destinationName or tr(OUTPUTS[key][2])
        details = QgsProcessingContext.LayerDetails(name, definition.destinationProject, key)
        context.addLayerToLoadOnCompletion(uri, details)
