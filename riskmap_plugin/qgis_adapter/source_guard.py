"""Which file sources a shared model may name (see docs/reliability.md, "Security").

A model file travels between colleagues, so what it says is untrusted. A source the
*model* names (a criterion's layer given as a path, ``default_source``) must:

* be a local file — no GDAL virtual file system (``/vsicurl/``, ``/vsis3/``, any
  ``/vsi…/``), no URL (``http://``, ``https://``, ``ftp://``…), no connection string
  (``PG:``, ``WFS:``…), and no format whose job is to point elsewhere (``.vrt``);
* lie inside the model's own folder (or below it), unless the user allowed files
  outside it (Processing: ``ALLOW_OUTSIDE_FILES``).

A layer already in the user's project, or one the user maps in the layer map, is the
user's own choice and is not checked here.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..core.errors import DataError

#: Formats that only point at other sources, which may be remote.
INDIRECT_SUFFIXES = (".vrt", ".ovf")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?![\\/])|^[A-Za-z][A-Za-z0-9+.-]+://")


def check_model_source(
    reference: str, path_text: str, model_dir: str | os.PathLike | None, allow_outside: bool
) -> None:
    """Refuse a source a model may not name; a DataError that says why and what to do."""
    text = path_text.strip()
    where = f"layer '{reference}'"
    if text.lower().startswith("/vsi") or _SCHEME.match(text):
        raise DataError(
            "The model names a remote or virtual source; RiskMap never opens one from a "
            "model file (a shared model must not make it reach the network).",
            where=where,
            fix="Add the layer to your project (then the model finds it by name), or map the "
            "reference to a local file in the layer map.",
        )
    if text.lower().endswith(INDIRECT_SUFFIXES):
        raise DataError(
            "The model names a virtual layer file (.vrt), which can point at remote sources.",
            where=where,
            fix="Add the layer to your project, or map the reference to the data file itself.",
        )
    if allow_outside or model_dir is None:
        return
    folder = os.path.realpath(model_dir)
    path = Path(text).expanduser()
    full = os.path.realpath(path if path.is_absolute() else Path(folder) / path)
    if os.path.isfile(full) and os.path.commonpath([folder, full]) != folder:
        raise DataError(
            "The model reads a file outside its own folder; a shared model may only read "
            "files next to it (or in folders below it).",
            where=where,
            fix="Copy the file next to the model, add the layer to your project, or allow "
            "files outside the model's folder (Processing: 'Allow files outside the model's "
            "folder').",
        )
