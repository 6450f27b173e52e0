"""The installable zip: one plugin folder with what QGIS needs and nothing for developers."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import zipfile

import pytest

TOP = "riskmap_plugin/"


@pytest.fixture(scope="module")
def names(plugin_zip) -> list[str]:
    with zipfile.ZipFile(plugin_zip) as archive:
        return archive.namelist()


@pytest.fixture(scope="module")
def metadata(plugin_zip) -> configparser.SectionProxy:
    with zipfile.ZipFile(plugin_zip) as archive:
        text = archive.read(TOP + "metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return parser["general"]


def test_single_top_folder_with_init_and_metadata(names):
    assert {name.split("/")[0] for name in names} == {"riskmap_plugin"}
    assert TOP + "__init__.py" in names
    assert TOP + "metadata.txt" in names
    assert TOP + "plugin.py" in names
    # The plugin repository refuses an upload without a licence file.
    assert TOP + "LICENSE" in names


def test_resources_and_compiled_translations_are_inside(names, metadata):
    assert TOP + metadata["icon"] in names
    for language in ("ar", "ckb", "fr"):
        assert f"{TOP}i18n/riskmap_{language}.qm" in names


def test_nothing_for_developers(names):
    unwanted = re.compile(r"(^|/)(tests?|__pycache__|\.[^/]+)(/|$)|\.(pyc|pyo|ts)$")
    assert [name for name in names if unwanted.search(name)] == []
    for dev_file in ("Makefile", "pyproject.toml", "requirements-dev.txt", "conftest.py"):
        assert not [name for name in names if name.endswith("/" + dev_file)]


def test_metadata_is_complete(metadata, repo_root):
    for key in (
        "name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
        "homepage", "repository", "tracker", "tags", "category", "icon", "experimental",
        "changelog", "hasProcessingProvider", "qgisMaximumVersion",
    ):  # fmt: skip
        assert metadata.get(key, "").strip(), key
    assert metadata["name"] == "RiskMap"
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["qgisMaximumVersion"] == "3.99"
    assert metadata["hasProcessingProvider"] == "yes"
    # The categories the plugin repository and the plugin manager know.
    assert metadata["category"] in {"Raster", "Vector", "Database", "Mesh", "Web"}
    for package in ("geopandas", "shapely>=2", "pandas", "numpy", "pyogrio"):
        assert package in metadata["about"]
    assert "numpy<2" not in metadata["about"], "QGIS 3.40+ ships numpy 2"


def test_metadata_changelog_mirrors_changelog_md(metadata, repo_root):
    changelog = (repo_root / "CHANGELOG.md").read_text(encoding="utf-8")
    newest = re.search(r"^## (\S+) — (\d{4}-\d{2}-\d{2})$", changelog, re.MULTILINE)
    assert newest.group(1) == metadata["version"]
    assert f"{newest.group(1)} ({newest.group(2)})" in metadata["changelog"]
    section = changelog[newest.end() :].split("\n## ")[0]
    entries = [" ".join(item.split()) for item in re.split(r"\n- ", section) if item.strip()]
    flat = " ".join(metadata["changelog"].split()).replace("`", "")
    for entry in entries:
        assert entry.lstrip("- ").replace("`", "") in flat


def test_installed_plugin_finds_its_resources(plugin_zip, tmp_path):
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    code = (
        "import riskmap_plugin, riskmap_plugin.paths as p; "
        "print(riskmap_plugin.__file__); print(p.resource_path('icon.svg')); "
        "print(p.i18n_path('riskmap_fr.qm'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=plugins,
        env={"PYTHONPATH": str(plugins), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    package_file, icon, qm = result.stdout.split()
    plugin_dir = plugins / "riskmap_plugin"
    assert package_file == str(plugin_dir / "__init__.py")
    assert icon == str(plugin_dir / "resources" / "icon.svg")
    assert qm == str(plugin_dir / "i18n" / "riskmap_fr.qm")
