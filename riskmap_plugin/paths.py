"""Where the plugin's data folders are, in a checkout and in an installed plugin.

In a git checkout ``resources/`` and ``i18n/`` sit beside the package (repo root);
in the installed plugin (the zip from ``make package``) they sit inside the plugin
folder. Every module finds them through this one place.
"""

from __future__ import annotations

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    """Return ``name/`` inside the plugin folder, else beside it (checkout layout).

    The installed layout wins, so an installed plugin never picks up a folder
    of the same name that happens to sit in QGIS's plugins directory.
    """
    for base in (PLUGIN_DIR, PLUGIN_DIR.parent):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    return PLUGIN_DIR / name


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("icon.svg")``.

    The path is returned even if the file does not exist; callers check.
    """
    return _data_dir("resources").joinpath(*parts)


def i18n_path(*parts: str) -> Path:
    """Path of the translations folder, or of a file in it (``i18n_path("riskmap_fr.qm")``)."""
    return _data_dir("i18n").joinpath(*parts)
