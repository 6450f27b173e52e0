"""Build the installable plugin zip: one top folder ``riskmap_plugin/``.

Inside it: the package code, ``metadata.txt`` and ``LICENSE`` (from the repository root),
``resources/`` and the compiled ``i18n/*.qm``. Nothing for developers: no tests,
caches, bytecode or translation sources.

Usage: python scripts/package.py [OUTPUT_ZIP]   (default: dist/riskmap_plugin.zip)
"""

from __future__ import annotations

import sys
import zipfile
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "riskmap_plugin"
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "tests"}
# Bytecode, editor and merge leftovers, GDAL/SQLite side files, hidden files.
SKIPPED_NAMES = ("*.pyc", "*.pyo", "*.gpkg-shm", "*.gpkg-wal", "*.aux.xml", "*.orig", "*.rej", ".*")
# A fixed timestamp makes the zip the same bytes for the same sources.
TIMESTAMP = (2026, 1, 1, 0, 0, 0)


def _files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not SKIPPED_DIRS.intersection(path.relative_to(folder).parts)
        and not any(fnmatch(path.name, pattern) for pattern in SKIPPED_NAMES)
    )


def plugin_files(root: Path = ROOT) -> dict[str, Path]:
    """Map of archive name → source file."""
    entries = {
        f"{PLUGIN}/{p.relative_to(root / PLUGIN).as_posix()}": p for p in _files(root / PLUGIN)
    }
    entries[f"{PLUGIN}/metadata.txt"] = root / "metadata.txt"
    # The plugin repository refuses an upload without a licence file beside metadata.txt.
    entries[f"{PLUGIN}/LICENSE"] = root / "LICENSE"
    for path in _files(root / "resources"):
        entries[f"{PLUGIN}/resources/{path.relative_to(root / 'resources').as_posix()}"] = path
    for path in sorted((root / "i18n").glob("*.qm")):
        entries[f"{PLUGIN}/i18n/{path.name}"] = path
    return entries


def build(output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, source in sorted(plugin_files().items()):
            info = zipfile.ZipInfo(name, TIMESTAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, source.read_bytes())
    partial.replace(output)
    return output


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / f"{PLUGIN}.zip"
    print(f"wrote {build(target)}")
