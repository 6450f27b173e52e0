"""resource_path / i18n_path find their folders in a checkout and in an installed plugin."""

from __future__ import annotations

import pytest

from riskmap_plugin import paths


def test_checkout_layout_finds_the_repository_folders(repo_root):
    assert paths.resource_path("icon.svg") == repo_root / "resources" / "icon.svg"
    assert paths.resource_path("icon.svg").is_file()
    assert paths.i18n_path() == repo_root / "i18n"
    assert paths.i18n_path("riskmap_fr.ts").is_file()


@pytest.fixture()
def installed_plugin(tmp_path, monkeypatch):
    """A QGIS plugins folder holding riskmap_plugin/ with resources/ and i18n/ inside."""
    plugin_dir = tmp_path / "plugins" / "riskmap_plugin"
    (plugin_dir / "resources").mkdir(parents=True)
    (plugin_dir / "resources" / "icon.svg").write_text("<svg/>")
    (plugin_dir / "i18n").mkdir()
    monkeypatch.setattr(paths, "PLUGIN_DIR", plugin_dir)
    return plugin_dir


def test_installed_layout_finds_the_folders_inside_the_plugin(installed_plugin):
    assert paths.resource_path("icon.svg") == installed_plugin / "resources" / "icon.svg"
    assert paths.i18n_path("riskmap_fr.qm") == installed_plugin / "i18n" / "riskmap_fr.qm"


def test_installed_layout_ignores_a_resources_folder_of_the_plugins_directory(installed_plugin):
    (installed_plugin.parent / "resources").mkdir()
    assert paths.resource_path() == installed_plugin / "resources"


def test_nested_parts_are_joined(installed_plugin):
    assert paths.resource_path("styles", "units.qml") == (
        installed_plugin / "resources" / "styles" / "units.qml"
    )
