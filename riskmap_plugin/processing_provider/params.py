"""Parsing the text parameters of the RiskMap algorithms (layer map, output destinations)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsDataSourceUri, QgsProcessingException


def parse_layer_map(text: str | None) -> dict[str, str]:
    """Parse ``LAYER_MAP``: a JSON object, or ``name=path;name2=path2``.

    >>> parse_layer_map('events=incidents.gpkg|layername=ged; towns=Towns')
    {'events': 'incidents.gpkg|layername=ged', 'towns': 'Towns'}
    >>> parse_layer_map('{"events": "Security incidents (UCDP GED)"}')
    {'events': 'Security incidents (UCDP GED)'}
    """
    text = (text or "").strip()
    if not text:
        return {}
    if text.startswith("{"):
        try:
            mapping = json.loads(text)
        except ValueError as error:
            raise QgsProcessingException(
                f"LAYER_MAP is not valid JSON ({error}) — write a JSON object like "
                '{"events": "Security incidents"} or name=layer;name2=file.gpkg'
            ) from error
        if not isinstance(mapping, dict):
            raise QgsProcessingException("LAYER_MAP must be a JSON object (reference → layer).")
        return {str(k): str(v) for k, v in mapping.items()}
    mapping = {}
    for entry in filter(None, (part.strip() for part in text.split(";"))):
        reference, sep, target = entry.partition("=")
        if not sep or not reference.strip() or not target.strip():
            raise QgsProcessingException(
                f"LAYER_MAP entry '{entry}' is not name=layer — write e.g. "
                "events=Security incidents;towns=towns.gpkg|layername=towns"
            )
        mapping[reference.strip()] = target.strip()
    return mapping


@dataclass(frozen=True)
class GpkgDestination:
    """An output that goes to a table of a GeoPackage file."""

    path: str
    table: str


def gpkg_destination(destination: str, default_table: str) -> GpkgDestination | None:
    """The GeoPackage file and table of a sink destination, or None for other formats.

    Understands plain paths (``out.gpkg``, ``out.gpkg|layername=t``) and
    Processing's ``ogr:dbname='out.gpkg' table="t" (geom)`` form.

    >>> gpkg_destination("ogr:dbname='a.gpkg' table=\\"units\\" (geom)", "x")
    GpkgDestination(path='a.gpkg', table='units')
    >>> gpkg_destination("b.gpkg", "areas")
    GpkgDestination(path='b.gpkg', table='areas')
    >>> gpkg_destination("memory:", "areas") is None
    True
    """
    if destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[4:])
        path, table = uri.database(), uri.table() or default_table
    else:
        path, _, options = destination.partition("|")
        table = default_table
        if options.startswith("layername="):
            table = options.split("=", 1)[1] or default_table
    if not path.lower().endswith(".gpkg"):
        return None
    return GpkgDestination(path=path, table=table)


#: Tables every result GeoPackage gets; an output must not name one of them.
RUN_TABLES = ("criteria", "sensitivity", "changes", "riskmap_provenance")


def file_destination(destination: str) -> str | None:
    """The file of a sink destination in another format (``out.geojson``), or None.

    None for what QGIS writes itself: memory layers and provider URIs (``postgres:…``).

    >>> file_destination("out.geojson"), file_destination("memory:"), file_destination("x")
    ('out.geojson', None, None)
    """
    if destination.startswith(("memory:", "TEMPORARY_OUTPUT")):
        return None
    if re.match(r"^[A-Za-z][\w-]+:", destination) and not re.match(r"^[A-Za-z]:[\\/]", destination):
        return None
    path = destination.partition("|")[0]
    return path if Path(path).suffix else None


class OutputClaims:
    """Which output writes which file and table: two outputs never share one."""

    def __init__(self) -> None:
        self._owners: dict[tuple[str, str | None], str] = {}

    def claim(self, key: str, path: str, table: str | None) -> None:
        if table is not None and table.lower() in RUN_TABLES:
            raise QgsProcessingException(
                f"{key}: the table '{table}' is one the run writes itself (its "
                f"{', '.join(RUN_TABLES)} tables) — give {key} another table name."
            )
        place = (os.path.realpath(path), table.lower() if table is not None else None)
        whole_file = (place[0], None)
        other = self._owners.get(place) or self._owners.get(whole_file)
        if other is None and table is None:
            other = next((k for (p, _), k in self._owners.items() if p == place[0]), None)
        if other is not None:
            where = (
                f"the table '{table}' of '{Path(path).name}'" if table else f"'{Path(path).name}'"
            )
            raise QgsProcessingException(
                f"{other} and {key} both write {where} — give each output its own "
                "file or table name; one would replace the other."
            )
        self._owners[place] = key
