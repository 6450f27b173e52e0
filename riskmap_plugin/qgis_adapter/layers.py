"""Resolve a model's layer reference to a QgsVectorLayer.

The order, first match wins:

a. the explicit layer map (reference → project layer id/name, file path, or
   a ``QgsVectorLayer`` object);
b. a project layer whose id or name equals the reference;
c. a project layer whose GeoPackage table (``layername=`` in its source)
   equals the reference;
d. a file path: absolute, or relative to the model file's folder
   (``path|layername=x`` honoured; ``.csv`` read as points from
   longitude/latitude, lon/lat or x/y columns in EPSG:4326);
e. the table of that name in the model's ``default_source`` GeoPackage.

Layers opened from files are not added to the project; the caller keeps the
:class:`ResolvedLayer` alive as long as the layer is needed.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from qgis.core import QgsMapLayerStore, QgsProject, QgsProviderRegistry, QgsVectorLayer

from ..core.errors import DataError
from .source_guard import check_model_source

#: Coordinate column pairs recognised in CSV files, in order of preference.
CSV_COORDINATE_COLUMNS = (
    ("longitude", "latitude"),
    ("lon", "lat"),
    ("lng", "lat"),
    ("x", "y"),
)

LayerTarget = Union[str, QgsVectorLayer]


@dataclass
class ResolvedLayer:
    """A layer found for a reference, and how it was found."""

    reference: str
    layer: QgsVectorLayer
    #: "layer map", "project layer", "project table", "file" or "default source"
    how: str
    #: The source as the user gave it (the map value, the file reference, ...).
    source_as_given: str
    #: The file behind the layer when it is file-backed (absolute path), else None.
    file_path: str | None = None
    #: The layer's name and provider, taken on the main thread: the worker must not ask the
    #: layer (it may be removed from the project while the run reads its snapshot).
    layer_name: str = ""
    provider: str = ""
    #: Who to credit, from the layer's metadata (rights) or typed in the dock, and licence.
    attribution: str = ""
    licence: str = ""


@dataclass
class LayerResolver:
    """Resolves references for one run; see the module docstring for the order.

    Parameters
    ----------
    project:
        The project whose layers are searched (``None``: no project layers).
    model_dir:
        The folder of the model file; relative paths are taken from there.
    layer_map:
        Explicit reference → target entries, checked first.
    default_source:
        The model's ``default_source`` (path relative to ``model_dir``).
    layer_store:
        Where layers opened from files are kept (e.g. a Processing context's
        temporary layer store); ``None`` leaves them to Python.
    """

    project: QgsProject | None = None
    model_dir: str | os.PathLike | None = None
    layer_map: Mapping[str, LayerTarget] | None = None
    default_source: str | None = None
    layer_store: QgsMapLayerStore | None = None
    #: Whether the model may name files outside its folder (see :mod:`.source_guard`).
    allow_outside: bool = False
    #: Read ``default_source`` only when it is RiskMap's sample (it holds the sample's
    #: ``sample_sources`` table): headless runs never mix in other made-up data unasked.
    sample_only: bool = False
    #: Why the model's ``default_source`` is not looked in (said when nothing is found).
    default_source_note: str = ""
    _opened: dict[str, QgsVectorLayer] = field(default_factory=dict, repr=False)

    def resolve(self, reference: str) -> ResolvedLayer:
        """Find the layer for ``reference`` or raise DataError saying what was tried."""
        tried: list[str] = []
        layer_map = self.layer_map or {}
        if reference in layer_map:
            target = layer_map[reference]
            if isinstance(target, QgsVectorLayer):
                return self._resolved(reference, target, "layer map", target.source())
            found = self._project_layer(str(target))
            if found is not None:
                # A project layer (the dock sends ids): record its data source, which
                # outlives the session and leads the briefing to the layer's attribution.
                return self._resolved(reference, found, "layer map", found.source())
            found = self._file_layer(str(target))
            if found is None:
                raise DataError(
                    f"The layer map sends '{reference}' to '{target}', which is neither a "
                    "project layer (id or name) nor a readable file.",
                    where=f"layer '{reference}'",
                    fix="Correct the layer map entry: use a layer name shown in the Layers "
                    "panel, or a path to a GeoPackage/Shapefile/GeoJSON/CSV file.",
                )
            return self._resolved(reference, found, "layer map", str(target))
        tried.append("layer map: no entry")

        found = self._project_layer(reference)
        if found is not None:
            return self._resolved(reference, found, "project layer", found.name())
        found = self._project_table(reference)
        if found is not None:
            return self._resolved(reference, found, "project table", found.name())
        tried.append(
            "project: no layer with that id, name or GeoPackage table"
            if self.project is not None
            else "project: none given"
        )

        found = self._model_file_layer(reference, reference)
        if found is not None:
            return self._resolved(reference, found, "file", reference)
        tried.append(f"file: no readable file '{self._path(reference.split('|')[0])}'")

        if self.default_source and not self._is_sample(reference):
            tried.append(
                f"default source: '{self.default_source}' is not RiskMap's sample (only the "
                "sample's layers are read from it)"
            )
        elif self.default_source:
            target = f"{self.default_source}|layername={reference}"
            found = self._model_file_layer(reference, target)
            if found is not None:
                return self._resolved(reference, found, "default source", target)
            tried.append(f"default source: no table '{reference}' in '{self.default_source}'")
        else:
            tried.append(self.default_source_note or "default source: the model has none")

        raise DataError.of(
            "no_layer_found",
            f"layer '{reference}'",
            fix_key="no_layer_found.sample" if self.default_source_note else "",
            reference=reference,
            tried="; ".join(tried),
        )

    def _is_sample(self, reference: str) -> bool:
        """Whether ``default_source`` may be read: always, or (``sample_only``) when it is
        RiskMap's sample GeoPackage, known by its ``sample_sources`` table."""
        if not self.sample_only:
            return True
        import pyogrio

        check_model_source(reference, self.default_source, self.model_dir, self.allow_outside)
        try:
            tables = {str(row[0]) for row in pyogrio.list_layers(self._path(self.default_source))}
        except (OSError, RuntimeError, ValueError):  # pyogrio's errors: not a readable file
            return False
        return "sample_sources" in tables

    # -- the lookups ----------------------------------------------------

    def _project_layer(self, name: str) -> QgsVectorLayer | None:
        if self.project is None:
            return None
        layer = self.project.mapLayer(name)
        if isinstance(layer, QgsVectorLayer):
            return layer
        for layer in self._project_vector_layers():
            if layer.name() == name:
                return layer
        return None

    def _project_table(self, name: str) -> QgsVectorLayer | None:
        if self.project is None:
            return None
        registry = QgsProviderRegistry.instance()
        for layer in self._project_vector_layers():
            if layer.providerType() != "ogr":
                continue
            if registry.decodeUri("ogr", layer.source()).get("layerName") == name:
                return layer
        return None

    def _project_vector_layers(self) -> list[QgsVectorLayer]:
        """Vector layers in Layers-panel order, so a name shared by two layers picks the top one."""
        root = self.project.layerTreeRoot()
        ordered = [node.layer() for node in root.findLayers()]
        ordered += [lyr for lyr in self.project.mapLayers().values() if lyr not in ordered]
        return [lyr for lyr in ordered if isinstance(lyr, QgsVectorLayer) and lyr.isValid()]

    def _path(self, path_text: str) -> str:
        path = Path(path_text).expanduser()
        if not path.is_absolute() and self.model_dir is not None:
            path = Path(self.model_dir) / path
        return str(path)

    def _model_file_layer(self, reference: str, target: str) -> QgsVectorLayer | None:
        """A file the model names: local, not an indirection, inside the model's folder."""
        path_text = target.partition("|")[0]
        if path_text and "\n" not in path_text:
            check_model_source(reference, path_text, self.model_dir, self.allow_outside)
        return self._file_layer(target)

    def _file_layer(self, target: str) -> QgsVectorLayer | None:
        path_text, _, options = target.partition("|")
        if not path_text or "\n" in path_text:
            return None
        path = self._path(path_text)
        if not os.path.isfile(path):
            return None
        key = f"{os.path.realpath(path)}|{options}"
        if key in self._opened:
            return self._opened[key]
        name = Path(path).stem
        if options.startswith("layername="):
            name = options.split("=", 1)[1]
        if path.lower().endswith((".csv", ".txt")):
            layer = _csv_layer(path, name)
        else:
            uri = f"{path}|{options}" if options else path
            layer = QgsVectorLayer(uri, name, "ogr")
        if layer is None or not layer.isValid():
            return None
        if self.layer_store is not None:
            # C++ owns it from here: freed with the store while QGIS runs, never by
            # Python's exit-time clean-up after GDAL has shut down (a crash).
            self.layer_store.addMapLayer(layer)
        self._opened[key] = layer
        return layer

    def _resolved(
        self, reference: str, layer: QgsVectorLayer, how: str, given: str
    ) -> ResolvedLayer:
        file_path = None
        if layer.providerType() == "ogr":
            file_path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path")
        elif layer.providerType() == "delimitedtext":
            file_path = layer.customProperty("riskmap/csv_path") or None
        attribution, licence = layer_attribution(layer)
        return ResolvedLayer(
            reference,
            layer,
            how,
            given,
            file_path or None,
            layer.name(),
            layer.providerType(),
            attribution,
            licence,
        )


#: The layer custom property that holds an attribution typed in the dock (saved in the project).
ATTRIBUTION_PROPERTY = "riskmap/attribution"


def layer_attribution(layer: QgsVectorLayer) -> tuple[str, str]:
    """``(attribution, licence)`` of a layer: typed in the dock, else its metadata's rights
    (Layer Properties ▸ Metadata ▸ Access), with the metadata's licences."""
    metadata = layer.metadata()
    typed = str(layer.customProperty(ATTRIBUTION_PROPERTY) or "").strip()
    rights = "; ".join(r.strip() for r in metadata.rights() if r.strip())
    licence = "; ".join(item.strip() for item in metadata.licenses() if item.strip())
    return typed or rights, licence


def _csv_layer(path: str, name: str) -> QgsVectorLayer | None:
    """Open a CSV as points from its longitude/latitude (or lon/lat, x/y) columns."""
    encoding, header = _csv_header(path)
    lower = {column.strip().lower(): column.strip() for column in header}
    for x_name, y_name in CSV_COORDINATE_COLUMNS:
        if x_name in lower and y_name in lower:
            break
    else:
        # The column names are not quoted: in a file without a header they are data.
        raise DataError(
            f"The CSV file '{Path(path).name}' has no coordinate columns "
            f"(none of its {len(header)} columns is named longitude/latitude, lon/lat or x/y).",
            where=f"file '{path}'",
            fix="Add 'longitude' and 'latitude' columns in degrees (EPSG:4326), or load it "
            "into the project as a point layer and refer to it by name.",
        )
    uri = (
        f"{Path(path).as_uri()}?type=csv&delimiter=,&detectTypes=yes&encoding={encoding}"
        f"&xField={lower[x_name]}&yField={lower[y_name]}&crs=EPSG:4326&geomType=point"
    )
    layer = QgsVectorLayer(uri, name, "delimitedtext")
    layer.setCustomProperty("riskmap/csv_path", path)
    return layer


#: Encodings a CSV is read in, in order: UTF-8 (with or without a byte-order mark), then
#: Windows-1252, what Excel saves "CSV" as on Western-European Windows.
CSV_ENCODINGS = (("utf-8-sig", "UTF-8"), ("cp1252", "windows-1252"))


def _csv_header(path: str) -> tuple[str, list[str]]:
    """The encoding QGIS should read the CSV in, and its first row."""
    for python_name, qgis_name in CSV_ENCODINGS:
        try:
            with open(path, newline="", encoding=python_name) as handle:
                header = next(csv.reader(handle), [])
                for _ in handle:  # the whole file must decode, not only its first line
                    pass
            return qgis_name, header
        except UnicodeDecodeError:
            continue
    raise DataError(
        f"The CSV file '{Path(path).name}' is neither UTF-8 nor Windows-1252 text.",
        where=f"file '{Path(path).name}'",
        fix="Save it again as 'CSV UTF-8' (Excel: File → Save As → CSV UTF-8).",
    )
