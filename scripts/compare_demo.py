"""Check that a refactoring changed nothing ``make demo`` produces.

Usage:
    python scripts/compare_demo.py --reference build/demo-reference   # once, on the old code
    python scripts/compare_demo.py build/demo-reference               # after each step

Runs ``scripts/demo.py --out FOLDER`` and compares the run with the reference run: every
attribute of every layer of the result GeoPackage (scores, classes, areas, watch list,
criteria) and its geometries, the provenance without its timestamps and paths, the printed
summary, the briefing's text (``pdftotext``) and its pictures (every page rendered with
``pdftoppm`` and the page-1 PNG, pixel by pixel with ImageMagick). Prints each difference
and exits 1 when there is one. Timestamps (run time, print time) and the output folder's
path are the only things left out. Needs QGIS (as ``make demo``), poppler-utils and
ImageMagick.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess  # nosec B404 - runs this repository's own demo and poppler/ImageMagick
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULT = "at_risk_areas.gpkg"
# A date with a time of day (ISO or the briefing's "1 Dec 2026 17:54"), as printed at run time.
TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"
    r"|\d{1,2} \w+ \d{4},? \d{2}:\d{2}"
)
# Provenance keys that say when or where a run happened, not what it found.
RUN_KEYS = {"run_started", "run_finished", "duration_s"}
DPI = "60"


def run_demo(folder: Path) -> None:
    """``make demo``'s job, writing into FOLDER; its printed summary goes to summary.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(  # nosec B603 - fixed argument list, no shell
        [sys.executable, str(REPO / "scripts" / "demo.py"), "--out", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    shown = {str(folder)}
    if folder.is_relative_to(REPO):
        shown.add(str(folder.relative_to(REPO)))
    summary = done.stdout
    for path in sorted(shown, key=len, reverse=True):
        summary = summary.replace(path, "<out>")
    (folder / "summary.txt").write_text(summary)
    if done.returncode != 0:
        raise SystemExit(f"demo failed:\n{done.stdout}\n{done.stderr}")
    pdf = folder / "briefing.pdf"
    text = subprocess.run(  # nosec B603 B607 - poppler-utils, fixed arguments
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    (folder / "briefing.txt").write_text(text)
    subprocess.run(  # nosec B603 B607 - poppler-utils, fixed arguments
        ["pdftoppm", "-r", DPI, "-png", str(pdf), str(folder / "page")], check=True
    )


def _layers(path: Path) -> dict[str, object]:
    import pyogrio

    tables = {}
    for name, kind in pyogrio.list_layers(path):
        frame = pyogrio.read_dataframe(path, layer=name, read_geometry=kind is not None)
        if "geometry" in frame and frame.geometry.notna().any():
            frame["geometry"] = frame.geometry.normalize().to_wkt(rounding_precision=6)
        tables[name] = frame
    return tables


def _without_run_facts(value: object) -> object:
    """A provenance value with the keys that change from run to run taken out."""
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return TIMESTAMP.sub("<time>", value)
        if isinstance(parsed, (dict, list)):
            return _without_run_facts(parsed)
        return TIMESTAMP.sub("<time>", value)
    if isinstance(value, dict):
        return {k: _without_run_facts(v) for k, v in value.items() if k not in RUN_KEYS}
    if isinstance(value, list):
        return [_without_run_facts(v) for v in value]
    return value


def compare_layers(reference: Path, current: Path) -> list[str]:
    """Every cell of every layer, equal (floats exactly: the same code must give the same bits)."""
    old, new = _layers(reference / RESULT), _layers(current / RESULT)
    differences = []
    if sorted(old) != sorted(new):
        differences.append(f"layers differ: {sorted(old)} → {sorted(new)}")
    for name in sorted(set(old) & set(new)):
        a, b = old[name], new[name]
        if list(a.columns) != list(b.columns):
            differences.append(f"{name}: columns {list(a.columns)} → {list(b.columns)}")
            continue
        if len(a) != len(b):
            differences.append(f"{name}: {len(a)} rows → {len(b)}")
            continue
        for column in a.columns:
            left, right = list(a[column]), list(b[column])
            if "provenance" in name:
                keys = list(a["key"])
                left = [_without_run_facts(v) for k, v in zip(keys, left) if k not in RUN_KEYS]
                right = [_without_run_facts(v) for k, v in zip(keys, right) if k not in RUN_KEYS]
            for row, (x, y) in enumerate(zip(left, right)):
                same = x == y or (x != x and y != y)  # NaN equals NaN here
                if not same:
                    differences.append(f"{name}[{row}].{column}: {x!r} → {y!r}")
    return differences


def compare_texts(reference: Path, current: Path) -> list[str]:
    differences = []
    for name in ("summary.txt", "briefing.txt"):
        old = TIMESTAMP.sub("<time>", (reference / name).read_text()).splitlines()
        new = TIMESTAMP.sub("<time>", (current / name).read_text()).splitlines()
        if old != new:
            import difflib

            diff = difflib.unified_diff(old, new, f"reference/{name}", name, lineterm="", n=1)
            differences.append("\n".join(diff))
    return differences


def _changed_pixels(a: Path, b: Path) -> str:
    done = subprocess.run(  # nosec B603 B607 - ImageMagick, fixed arguments
        ["compare", "-metric", "AE", str(a), str(b), "null:"],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stderr.strip() or "?"


def compare_pictures(reference: Path, current: Path) -> list[str]:
    old = sorted(p.name for p in reference.glob("page-*.png"))
    new = sorted(p.name for p in current.glob("page-*.png"))
    differences = [f"pages {len(old)} → {len(new)}"] if old != new else []
    for name in sorted(set(old) & set(new)) + ["briefing-page1.png"]:
        changed = _changed_pixels(reference / name, current / name)
        if changed not in ("0", "0 (0)"):
            differences.append(f"{name}: {changed} pixels differ")
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, nargs="?", help="folder of the reference run")
    parser.add_argument("--reference", dest="make_reference", type=Path, help="write it here")
    parser.add_argument("--keep", type=Path, help="keep this run in this folder")
    args = parser.parse_args(argv)
    if args.make_reference:
        shutil.rmtree(args.make_reference, ignore_errors=True)
        run_demo(args.make_reference.resolve())
        print(f"reference run written to {args.make_reference}")
        return 0
    if not args.reference:
        parser.error("give the reference folder, or --reference FOLDER to write one")
    with tempfile.TemporaryDirectory(prefix="riskmap-demo-") as scratch:
        current = (args.keep or Path(scratch)).resolve()
        shutil.rmtree(current, ignore_errors=True)
        run_demo(current)
        reference = args.reference.resolve()
        differences = (
            compare_layers(reference, current)
            + compare_texts(reference, current)
            + compare_pictures(reference, current)
        )
    for difference in differences:
        print(difference)
    print("same scores, areas, texts and pictures" if not differences else "DIFFERENT")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
