"""Screenshot of the RiskMap dock in the real QGIS desktop (docs/screenshot-dock.png).

Run it with the sample project copied to a scratch folder (the run writes its
GeoPackage beside the project)::

    python scripts/screenshot_desktop.py            # does all of the below
    python scripts/screenshot_desktop.py ar         # the same in Arabic: docs/dock-ar.png
    python scripts/screenshot_desktop.py --laptop   # at 1366×768: docs/dock-1366.png (-ar too)
    python scripts/screenshot_desktop.py --laptop --own  # layers not the sample's

or by hand::

    xvfb-run -a -s "-screen 0 1600x1000x24" qgis --nologo --noversioncheck \
        --profiles-path <scratch profile> --code scripts/screenshot_desktop.py <project.qgz>

Inside QGIS (``--code``) it loads the plugin from this checkout, opens the dock,
runs the "Stabilization priorities" preset with the guessed layers, waits for
the task, zooms to Iraq, grabs the main window and quits.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHOT = {"polls": 0}


def _inside_qgis():
    import qgis.utils
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import Qt, QTimer

    root = Path(os.environ["RISKMAP_REPO"])
    out = Path(os.environ["RISKMAP_SHOT_OUT"])
    sys.path.insert(0, str(root))
    from riskmap_plugin import classFactory

    iface = qgis.utils.iface

    own_model = os.environ.get("RISKMAP_SHOT_OWN_MODEL")
    width, height = (int(v) for v in os.environ.get("RISKMAP_SHOT_SIZE", "1600x1000").split("x"))

    def start():
        if own_model and not QgsProject.instance().mapLayers():
            from qgis.core import QgsVectorLayer

            names = {"districts": "My districts", "incidents": "Incidents 2020"}
            for path in sorted(Path(own_model).parent.glob("*.gpkg")):
                name = names.get(path.stem, "Populated places")
                QgsProject.instance().addMapLayer(QgsVectorLayer(str(path), name, "ogr"))
        if QgsProject.instance().mapLayers() == {}:
            QTimer.singleShot(500, start)
            return
        plugin = classFactory(iface)
        plugin.initGui()
        SHOT["plugin"] = plugin
        window = iface.mainWindow()
        window.resize(width, height)
        window.showMaximized()
        # Xvfb has no window manager to maximise: fill the screen by hand.
        from qgis.PyQt.QtWidgets import QApplication

        window.setGeometry(QApplication.primaryScreen().availableGeometry())
        from qgis.PyQt.QtWidgets import QDockWidget

        for dock in window.findChildren(QDockWidget):
            if dock.objectName() == "Browser":
                dock.hide()
        plugin.action.trigger()
        panel = plugin.dock.ensure_scoring_panel()
        window.resizeDocks(
            [plugin.dock], [640 if width >= 1600 else 430], Qt.Orientation.Horizontal
        )
        if own_model:
            panel.load_model_file(own_model)
        else:
            panel.choose_preset("Stabilization priorities")
        panel.generate()
        SHOT["panel"] = panel
        QTimer.singleShot(1000, wait)

    def wait():
        SHOT["polls"] += 1
        panel = SHOT["panel"]
        if panel.runner.is_running() and SHOT["polls"] < 120:
            QTimer.singleShot(1000, wait)
            return
        from qgis.core import QgsCoordinateTransform

        project = QgsProject.instance()
        countries = project.mapLayersByName("Country outline") or project.mapLayersByName(
            "My districts"
        )
        country = countries[0]
        canvas = iface.mapCanvas()
        to_canvas = QgsCoordinateTransform(
            country.crs(), canvas.mapSettings().destinationCrs(), project
        )
        extent = to_canvas.transformBoundingBox(country.extent())
        extent.scale(1.3)
        if not own_model:
            # Room on the west for the labels placed outside the western areas.
            extent.setXMinimum(extent.xMinimum() - 0.45 * extent.width())
        canvas.setExtent(extent)
        canvas.refresh()
        QTimer.singleShot(6000, grab)

    def grab():
        if width < 1600:  # the whole screen: the status bar must be on it
            subprocess.run(["import", "-window", "root", str(out)], check=False)
        else:
            iface.mainWindow().grab().save(str(out))
        QTimer.singleShot(300, lambda: QgsApplication.exit(0))

    QTimer.singleShot(2000, start)


def _outside_qgis(language: str | None = None, size: str = "1600x1000", own: bool = False):
    root = Path(__file__).resolve().parents[1]
    target = root / "docs" / (f"dock-{language}.png" if language else "screenshot-dock.png")
    if size != "1600x1000":
        target = (
            root / "docs" / f"dock-{size.split('x')[0]}{f'-{language}' if language else ''}.png"
        )
    if own:
        target = root / "docs" / "result-own-data.png"
    # A plain folder name, since the output path shows in the panel.
    base = Path.home().parent / "analyst"
    with tempfile.TemporaryDirectory(prefix="riskmap-shot-") as profile_dir:
        scratch = base / "Iraq 2018"
        scratch.mkdir(parents=True, exist_ok=True)
        for name in ("iraq_2018.qgz", "iraq_2018.gpkg", "stabilization_2018.json"):
            shutil.copy2(root / "resources" / "sample" / name, scratch / name)
        raw = Path(profile_dir) / "shot.png"
        if language:  # QGIS and RiskMap both follow the profile's locale override
            ini = Path(profile_dir) / "profiles" / "default" / "QGIS" / "QGIS3.ini"
            ini.parent.mkdir(parents=True)
            ini.write_text(f"[locale]\nuserLocale={language}\noverrideFlag=true\n")
        project_file = scratch / "iraq_2018.qgz"
        extra = {"RISKMAP_SHOT_SIZE": size}
        if own:
            extra["RISKMAP_SHOT_OWN_MODEL"] = str(_own_data(root, base / "Own data"))
            extra["HOME"] = str(base)  # the unsaved project writes to <home>/Documents/RiskMap
            project_file = None
        env = {
            **os.environ,
            **extra,
            "RISKMAP_REPO": str(root),
            "RISKMAP_SHOT_OUT": str(raw),
            "PYTHONPATH": os.pathsep.join(
                p
                for p in (
                    str(root / ".venv/lib/python3.11/site-packages"),
                    os.environ.get("PYTHONPATH"),
                )
                if p
            ),
        }
        command = [
            "xvfb-run",
            "-a",
            "-s",
            f"-screen 0 {size}x24",
            "qgis",
            "--nologo",
            "--noversioncheck",
            "--profiles-path",
            profile_dir,
            "--code",
            str(Path(__file__).resolve()),
            *([str(project_file)] if project_file else []),
        ]
        done = subprocess.run(command, env=env, check=False, timeout=300)
        if not raw.is_file():
            raise SystemExit(f"QGIS ended ({done.returncode}) without a screenshot")
        target.parent.mkdir(exist_ok=True)
        # Keep the committed PNG small: 256 colours are plenty for a UI screenshot.
        subprocess.run(["convert", str(raw), "-colors", "256", f"PNG8:{target}"], check=True)
        shutil.rmtree(base, ignore_errors=True)
    print(f"{target.relative_to(root)}: {target.stat().st_size // 1024} KB")


def _own_data(root: Path, folder: Path) -> Path:
    """Layers that are not the sample's (tests/gui/own_data.py) and a model file naming them."""
    import json

    sys.path.insert(0, str(root / "tests" / "gui"))
    from own_data import OWN_MODEL, write_own_data

    write_own_data(folder)
    model = json.loads(json.dumps(OWN_MODEL))
    model["name"] = "Own data"
    model["units"]["layer"] = "districts.gpkg"
    model["places"] = {"layer": "ne_10m_populated_places.gpkg", "name_field": "NAME"}
    for criterion in model["criteria"]:
        criterion["layer"] = "incidents.gpkg"
    path = folder / "own_data.json"
    path.write_text(json.dumps(model, indent=2), encoding="utf-8")
    return path


if "RISKMAP_SHOT_OUT" in os.environ:
    _inside_qgis()
elif __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    _outside_qgis(
        arguments[0] if arguments else None,
        size="1366x768" if "--laptop" in sys.argv else "1600x1000",
        own="--own" in sys.argv,
    )
