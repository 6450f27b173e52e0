"""The one call both fronts (dock and Processing) use to run a model.

``run_model`` = ``prepare_inputs`` (main thread: load the model, resolve every
layer reference, validate fields, snapshot layers that QGIS must iterate) +
``compute`` (worker-safe: read the layers, score, write the GeoPackage).
A ``QgsTask`` or a Processing algorithm calls ``prepare_inputs`` on the main
thread and ``compute`` in its worker. Nothing here touches the GUI.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from qgis.core import QgsMapLayerStore, QgsProject, QgsVectorLayer

from ..core import Model, ScoreResult, Wording, load_model, required_layers, score
from ..core.collector import paused_collector
from ..core.errors import DataError
from ..core.messages import warning
from ..core.model import fit_units_fields
from ..core.wording import ENGLISH
from .layers import LayerResolver, LayerTarget, ResolvedLayer
from .output import write_result
from .postgis_inputs import CountedInDatabase, PostgisReader, database_readers
from .postgis_source import is_postgis
from .previous import PreviousResult, changes_table, read_previous
from .provenance import build_provenance, input_record
from .reading import LayerReader

ModelSource = Union[Model, str, os.PathLike, Mapping[str, Any]]
Progress = Callable[[float, str], None]

#: Share of the progress bar spent reading layers (the rest is scoring and writing).
_READ_SHARE = 0.3
_WRITE_SHARE = 0.05


@dataclass
class PreparedInputs:
    """Everything ``compute`` needs, built on the main thread."""

    model: Model
    resolved: dict[str, ResolvedLayer]
    readers: dict[str, LayerReader]
    model_dir: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: An earlier result to compare with (read before this run may replace its file).
    previous: PreviousResult | None = None

    def input_paths(self) -> list[str]:
        """Files the run reads (the output must not be one of them)."""
        return [r.file_path for r in self.resolved.values() if r.file_path]


@dataclass
class RunOutcome:
    """What a run produced."""

    result: ScoreResult
    output_path: str | None
    provenance: dict
    warnings: list[str]
    #: Units that entered or left the areas or moved in rank since ``previous`` (or None).
    changes: Any = None
    #: The run's id in the PostGIS result store, when it was stored there.
    run_id: str | None = None


def prepare_inputs(
    model: ModelSource,
    *,
    project: QgsProject | None = None,
    model_dir: str | os.PathLike | None = None,
    layer_map: Mapping[str, LayerTarget] | None = None,
    units_layer: LayerTarget | None = None,
    as_of: dt.date | None = None,
    force_iterator: bool = False,
    layer_store: QgsMapLayerStore | None = None,
    previous: str | os.PathLike | None = None,
    previous_required: bool = True,
    use_default_source: bool = True,
    allow_outside: bool = False,
    sample_only: bool = False,
) -> PreparedInputs:
    """Load the model, apply overrides and resolve every layer it refers to.

    Call on the main thread: it looks at project layers. Reading the features
    is left to :func:`compute`.

    Parameters
    ----------
    model:
        A Model, a path to a model JSON file, JSON text or a dict.
    project:
        The project whose layers are searched (``None``: files only).
    model_dir:
        Folder for relative paths; defaults to the model file's folder.
    layer_map:
        Reference → project layer id/name, file path or QgsVectorLayer.
    units_layer:
        Replaces the model's units (a reference, or a polygon QgsVectorLayer).
    as_of:
        Replaces the model's as-of date.
    force_iterator:
        Read every layer through QGIS's feature iterator (for tests and comparisons).
    layer_store:
        Takes ownership of layers opened from files (a Processing context's
        temporary store), so they are freed while QGIS still runs.
    previous:
        An earlier result GeoPackage to compare this run with (read now, so the
        run may replace that very file). ``previous_required=False``: a missing
        or unreadable file means no comparison instead of an error.
    use_default_source:
        Look references up in the model's ``default_source`` as a last resort. The dock
        says False: a layer the officer left empty is never filled with the sample's data.
    allow_outside:
        Let the model name files outside its folder (a shared model is confined to
        it; see :mod:`.source_guard`). Remote and virtual sources are refused always.
    sample_only:
        Read ``default_source`` only when it is RiskMap's sample GeoPackage (Processing:
        the user ticked 'Use the sample's layers'), never another file of made-up data.
    """
    if not isinstance(model, Model):
        if model_dir is None and _is_file(model):
            model_dir = str(Path(model).expanduser().resolve().parent)
        model = load_model(model)
    layer_map = dict(layer_map or {})
    if units_layer is not None:
        reference = _units_reference(model, units_layer)
        if isinstance(units_layer, QgsVectorLayer):
            layer_map[reference] = units_layer
        model = model.with_overrides(units_layer=reference)
    if as_of is not None and as_of != model.as_of:  # the dock's date is the model's already
        model = model.with_overrides(as_of=as_of)

    resolver = LayerResolver(
        project=project,
        model_dir=model_dir,
        layer_map=layer_map,
        default_source=model.default_source if use_default_source else None,
        layer_store=layer_store,
        allow_outside=allow_outside,
        sample_only=sample_only,
        default_source_note=(
            f"default source: '{model.default_source}' is read only when asked"
            if model.default_source and sample_only and not use_default_source
            else ""
        ),
    )
    warnings: list[str] = []
    resolved: dict[str, ResolvedLayer] = {}
    if model.areas.boundary:
        # The boundary areas may not cross (e.g. governorates) only shapes the areas: a
        # project without that layer still runs, with areas that may cross, and says so.
        try:
            resolved[model.areas.boundary] = resolver.resolve(model.areas.boundary)
        except DataError:
            warnings.append(warning("no_area_boundary", layer=model.areas.boundary))
            model = dataclasses.replace(
                model, areas=dataclasses.replace(model.areas, boundary=None)
            )
    needed = required_layers(model)
    for reference in needed:
        if reference not in resolved:
            resolved[reference] = resolver.resolve(reference)
    if model.units.layer:
        model = _fit_units_fields(model, resolved[model.units.layer].layer)
    # Field names recognise known datasets (UCDP GED, ACLED) and snapshot-date fields.
    needed = required_layers(model, {ref: r.layer.fields().names() for ref, r in resolved.items()})
    if model.places and not model.places.name_fields and model.places.layer in resolved:
        # Town names in other languages (name_ar, name_ku…) follow the interface language.
        fields = resolved[model.places.layer].layer.fields().names()
        needed[model.places.layer] += [f for f in fields if f.lower().startswith("name_")]
    # PostGIS layers that are only counted are counted in their database (postgis_inputs).
    readers: dict[str, Any] = (
        {}
        if force_iterator
        else database_readers(model, {ref: r.layer for ref, r in resolved.items()}, needed)
    )
    for reference, columns in needed.items():
        if reference not in readers:
            layer = resolved[reference].layer
            reader = PostgisReader if is_postgis(layer) else LayerReader
            readers[reference] = reader(
                layer, columns, reference=reference, force_iterator=force_iterator
            )
    return PreparedInputs(
        model=model,
        resolved=resolved,
        readers=readers,
        model_dir=str(model_dir) if model_dir is not None else None,
        previous=read_previous(previous, required=previous_required),
        warnings=warnings,
    )


def compute(
    prepared: PreparedInputs,
    *,
    output_path: str | os.PathLike | None = None,
    progress: Progress | None = None,
    is_canceled: Callable[[], bool] | None = None,
    wording: Wording | None = None,
    store: Any = None,
) -> RunOutcome:
    """Read the layers, score the model and (optionally) write the GeoPackage.

    ``wording`` (:func:`.wording.run_wording`, built on the main thread) words the
    annotations; None: the core's English. ``store`` (a :class:`.postgis_store.ResultStore`):
    also store the run there, in one transaction. Safe to call from a worker thread: it only
    uses the readers' snapshots.
    Raises the core's RiskMapError subclasses (``Canceled`` on cancel; then
    nothing is written).
    """
    report = progress or (lambda fraction, message: None)
    started = dt.datetime.now(dt.timezone.utc).astimezone()
    layers = {}
    records = []
    read_warnings: list[str] = []
    total = max(len(prepared.readers), 1)
    for i, (reference, reader) in enumerate(prepared.readers.items()):
        report(_READ_SHARE * i / total, f"Reading {reader.layer_name}")
        with paused_collector():  # a geometry object per feature (see core.collector)
            frame = reader.read(is_canceled)
        read_warnings.extend(w for w in reader.warnings if w not in read_warnings)
        layers[reference] = frame
        wkb = reader.take_wkb() if hasattr(reader, "take_wkb") else None
        records.append(input_record(prepared.resolved[reference], frame, reader.path, wkb))

    score_share = 1.0 - _READ_SHARE - (_WRITE_SHARE if output_path else 0.0)

    def score_progress(fraction: float, message: str) -> None:
        report(_READ_SHARE + score_share * fraction, message)

    counted = {r: x for r, x in prepared.readers.items() if isinstance(x, CountedInDatabase)}
    try:
        result = score(
            prepared.model,
            layers,
            progress=score_progress,
            is_canceled=is_canceled,
            wording=wording or ENGLISH,
            counters={r: x.counter for r, x in counted.items()},
        )
    finally:
        for reader in counted.values():
            reader.close()
    warnings = list(prepared.warnings) + read_warnings + list(result.warnings)
    finished = dt.datetime.now(dt.timezone.utc).astimezone()
    provenance = build_provenance(
        prepared.model,
        records,
        started=started,
        finished=finished,
        warnings=warnings,
        analysis_crs=result.analysis_crs,
    )
    changes = None
    if prepared.previous is not None:
        changes = changes_table(prepared.previous, result.units, result.areas)
        provenance["previous_result"] = Path(prepared.previous.path).name
    written = None
    created = bool(output_path) and not os.path.exists(output_path)
    if output_path:
        report(1.0 - _WRITE_SHARE, "Writing the GeoPackage")
        written = write_result(
            result,
            output_path,
            provenance=provenance,
            input_paths=prepared.input_paths(),
            is_canceled=is_canceled,
            changes=changes,
        )
    outcome = RunOutcome(result, written, provenance, warnings, changes)
    if store is not None:
        report(1.0 - _WRITE_SHARE / 2, "Storing the run")
        outcome.run_id = store.write_outcome(outcome, created=created, is_canceled=is_canceled)
    report(1.0, "Done")
    return outcome


#: The options of :func:`run_model` that go to :func:`compute` (the rest: to prepare_inputs).
_COMPUTE_OPTIONS = ("output_path", "progress", "is_canceled", "wording", "store")


def run_model(model: ModelSource, **options: Any) -> RunOutcome:
    """Resolve, read, score and write in one call (on the calling thread).

    ``options``: :func:`compute`'s (``output_path``, ``progress``, ``is_canceled``,
    ``wording``, ``store``) and :func:`prepare_inputs`'s (``project``, ``model_dir``,
    ``layer_map``, ``units_layer``, ``as_of``, ``previous``…).

    Examples
    --------
    >>> outcome = run_model("stabilization_2018.json", output_path="out.gpkg")  # doctest: +SKIP
    >>> outcome.result.areas[["name", "class"]]  # doctest: +SKIP
    """
    run = {key: options.pop(key) for key in _COMPUTE_OPTIONS if key in options}
    return compute(prepare_inputs(model, **options), **run)


def _is_file(source: Any) -> bool:
    if isinstance(source, os.PathLike):
        return True
    if isinstance(source, str) and not source.lstrip().startswith("{"):
        return Path(source).expanduser().is_file()
    return False


def _units_reference(model: Model, units_layer: LayerTarget) -> str:
    """The reference under which an overriding units layer enters the model."""
    if not isinstance(units_layer, QgsVectorLayer):
        return str(units_layer)
    taken = set(model.layer_references())
    name = units_layer.name() or "units"
    return name if name not in taken else units_layer.id()


def _fit_units_fields(model: Model, layer: QgsVectorLayer) -> Model:
    """The model on the units layer's fields (see :func:`..core.model.fit_units_fields`)."""
    names = set(layer.fields().names())
    if is_postgis(layer):  # ogr2ogr lower-cased them: the reader matches them in any case
        lower = {n.lower() for n in names}
        names |= {
            f for f in (model.units.id_field, model.units.name_field) if f and f.lower() in lower
        }
    return fit_units_fields(model, names, layer.name())
