"""Score the bundled sample with ``qgis_process run riskmap:score`` into OUTPUT_DIR/sample.gpkg.

The matrix runs this with each QGIS (3.22 on the host, 3.40 and 3.44 in their Debian 13
environments) and ``tests/matrix`` compares the results. The plugin comes from the zip
``make package`` built, installed into a throw-away profile, as a user would install it.

Usage: python scripts/matrix/score_sample.py OUTPUT_DIR [PLUGIN_ZIP]
Standard library only: it runs with whatever Python the QGIS under test has.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "resources" / "sample" / "stabilization_2018.json"


def qgis_process() -> str:
    # Debian 12's /usr/bin/qgis_process wrapper passes an option its 3.22 binary rejects;
    # the binary beside it works everywhere it exists.
    for name in ("qgis_process.bin", "qgis_process"):
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("score_sample: qgis_process is not installed")


def main(output_dir: Path, plugin_zip: Path) -> int:
    output_dir.mkdir(parents=True, exist_ok=True)
    output = output_dir / "sample.gpkg"
    output.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="riskmap-matrix-") as scratch:
        plugins = Path(scratch) / "plugins"
        with zipfile.ZipFile(plugin_zip) as archive:
            archive.extractall(plugins)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QGIS_PLUGINPATH=str(plugins),
            QGIS_CUSTOM_CONFIG_PATH=str(Path(scratch) / "profile"),
        )
        # QGIS's Python must find the plugin's dependencies where this Python finds them
        # (a development venv on the host; the system's packages in the chroots).
        spec = importlib.util.find_spec("geopandas")
        if spec is not None and spec.origin:
            site = str(Path(spec.origin).parents[1])
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [site, env.get("PYTHONPATH")]))
        program = qgis_process()
        steps = [
            [program, "plugins", "enable", "riskmap_plugin"],
            [program, "--version"],
            [program, "run", "riskmap:score", "--", f"MODEL={MODEL}", "USE_SAMPLE_LAYERS=true"]
            + [f"{key}={output}" for key in ("OUTPUT_UNITS", "OUTPUT_AREAS", "OUTPUT_WATCH")],
        ]
        for step in steps:
            ran = subprocess.run(step, env=env, capture_output=True, text=True, timeout=600)
            print(ran.stdout[-1500:], ran.stderr[-1500:], sep="\n")
            if ran.returncode != 0:
                print(f"score_sample: {' '.join(step[1:3])} failed ({ran.returncode})")
                return 1
    if not output.is_file():
        print(f"score_sample: qgis_process reported success but wrote no {output.name}")
        return 1
    print(f"score_sample: wrote {output}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    zip_path = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "dist" / "riskmap_plugin.zip"
    sys.exit(main(Path(sys.argv[1]), zip_path))
