"""The measurements of `make bench` (scripts/bench.py runs each in its own process).

Each stage returns ``{"seconds", "rows", ...}``; the data are synthetic and seeded
(tests/synthetic.py), built once into ``build/bench/`` and reused.
"""

from __future__ import annotations

import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "build" / "bench"
SAMPLE = ROOT / "resources" / "sample"
UNITS_SIDE = 100  # 100 × 100 = 10,000 units of 5 km
EVENT_COLUMNS = ["date", "best", "kind"]
#: Features after the as-of date's windows start (six_criteria_model, as of 2018-01-31).
#: Events written per piece when a bench GeoPackage is built (bounds its memory).
WRITE_CHUNK = 1_000_000
WINDOW_START = {180: "2017-08-05", 365: "2017-02-01", 30: "2018-01-02"}


def peak_mb() -> float:
    """Peak RSS of this process and of its largest child (a separate run process)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024.0


def dataset(events: int) -> Path:
    """A GeoPackage with ``units`` (10,000), ``events`` (``events``) and ``border``."""
    path = DATA / f"synthetic_{events}.gpkg"
    if path.is_file():
        return path
    from synthetic import line_across, random_events, square_units

    DATA.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial.gpkg")
    partial.unlink(missing_ok=True)
    units = square_units(UNITS_SIDE, UNITS_SIDE, 5_000.0)
    units.to_file(partial, layer="units", driver="GPKG", engine="pyogrio")
    if events <= WRITE_CHUNK:  # the 1M file as it always was (seed 1 for the whole layer)
        random_events(events, units, seed=1).to_file(
            partial, layer="events", driver="GPKG", engine="pyogrio"
        )
    else:  # 5M, 10M: written in pieces (a seed per piece) so building them stays under ~2 GB
        for piece, first in enumerate(range(0, events, WRITE_CHUNK)):
            size = min(WRITE_CHUNK, events - first)
            random_events(size, units, seed=1000 + piece).to_file(
                partial,
                layer="events",
                driver="GPKG",
                engine="pyogrio",
                append=piece > 0,
                layer_options={"SPATIAL_INDEX": "NO"},  # the R-tree's triggers made it 8 min
            )
    line_across(units).to_file(partial, layer="border", driver="GPKG", engine="pyogrio")
    partial.rename(path)
    return path


def qgis_app():
    from qgis.core import QgsApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], True)
    app.initQgis()
    return app


def _add_layers(path: Path, names=("units", "events", "border"), prefix: str = ""):
    from qgis.core import QgsProject, QgsVectorLayer

    layers = {}
    for table in names:
        layer = QgsVectorLayer(f"{path}|layername={table}", prefix + table, "ogr")
        assert layer.isValid(), table
        QgsProject.instance().addMapLayer(layer)
        layers[table] = layer
    return layers


# -- a. reading ----------------------------------------------------------------


def stage_read(events: int, path_kind: str, arrow: bool = True) -> dict:
    """Read the events layer into a GeoDataFrame on the fast or the iterator path."""
    dataset(events)
    app = qgis_app()  # noqa: F841 - keeps QGIS alive
    from qgis.core import QgsVectorLayer

    from riskmap_plugin.qgis_adapter import frames
    from riskmap_plugin.qgis_adapter.reading import LayerReader

    frames.HAS_ARROW = frames.HAS_ARROW and arrow

    layer = QgsVectorLayer(f"{dataset(events)}|layername=events", "events", "ogr")
    if path_kind == "iterator":
        layer.setSubsetString('"best" >= 0')  # every feature, but QGIS must iterate
    started = time.perf_counter()
    reader = LayerReader(layer, EVENT_COLUMNS)
    frame = reader.read()
    seconds = time.perf_counter() - started
    assert reader.path == path_kind and len(frame) == events
    how = "GPKG + subset string, QGIS iterator"
    if path_kind == "fast":
        how = "GPKG via pyogrio" + (", Arrow" if frames.HAS_ARROW else ", no pyarrow")
    return {
        "seconds": seconds,
        "rows": f"{events:,} points, 3 fields ({how})",
        "rate": events / seconds,
    }


# -- b. the core -------------------------------------------------------------


def stage_core(events: int, draws: int = 0) -> dict:
    """Score the events on 10,000 square units with the six criteria of the brief."""
    from synthetic import line_across, random_events, six_criteria_model, square_units

    from riskmap_plugin.core import parse_model, score

    units = square_units(UNITS_SIDE, UNITS_SIDE, 5_000.0)
    layers = {
        "units": units,
        "events": random_events(events, units, seed=1),
        "border": line_across(units),
    }
    document = six_criteria_model()
    if draws:
        document["uncertainty"] = {"draws": draws, "seed": 1}
    model = parse_model(document)
    started = time.perf_counter()
    result = score(model, layers)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "rows": f"{events:,} events × {len(units):,} units, 6 criteria"
        + (f", {draws:,} Monte Carlo draws" if draws else ""),
        "areas": len(result.areas),
    }


# -- c. writing and the styled group ------------------------------------------------


def stage_write(events: int, output: str) -> dict:
    """Write the 1,000,000-event result to a GeoPackage (write_result only is timed)."""
    app = qgis_app()  # noqa: F841
    from qgis.core import QgsProject
    from synthetic import six_criteria_model

    from riskmap_plugin.qgis_adapter.output import write_result
    from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

    _add_layers(dataset(events))
    outcome = compute(prepare_inputs(six_criteria_model(), project=QgsProject.instance()))
    started = time.perf_counter()
    write_result(outcome.result, output, provenance=outcome.provenance)
    seconds = time.perf_counter() - started
    units = len(outcome.result.units)
    return {"seconds": seconds, "rows": f"{units:,} units, areas, watch list, provenance"}


def stage_group(output: str) -> dict:
    """Add the written GeoPackage to the project as the styled result group."""
    app = qgis_app()  # noqa: F841
    from qgis.core import QgsProject

    from riskmap_plugin.qgis_adapter.result_group import add_result_group

    started = time.perf_counter()
    group = add_result_group(QgsProject.instance(), output, "Synthetic six", "2018-01-31")
    seconds = time.perf_counter() - started
    assert group is not None and len(group.children()) == 3
    return {"seconds": seconds, "rows": "3 styled layers (units, areas, watch list)"}


# -- d. QGIS's own Processing chain vs RiskMap ---------------------------------------


def stage_qgis_chain(events: int) -> dict:
    """The six criteria's per-unit aggregation with QGIS's native algorithms, chained."""
    app = qgis_app()  # noqa: F841
    import processing
    from processing.core.Processing import Processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils

    Processing.initialize()
    layers = _add_layers(dataset(events))
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()

    def run(algorithm: str, **parameters):
        parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
        result = processing.run(algorithm, parameters, context=context, feedback=feedback)
        output = result["OUTPUT"]
        return (
            QgsProcessingUtils.mapLayerFromString(output, context)
            if isinstance(output, str)
            else output
        )

    def count(polygons, field: str, expression: str):
        points = run("native:extractbyexpression", INPUT=layers["events"], EXPRESSION=expression)
        return run("native:countpointsinpolygon", POLYGONS=polygons, POINTS=points, FIELD=field)

    started = time.perf_counter()
    units = count(layers["units"], "recent", f"\"date\" >= to_date('{WINDOW_START[180]}')")
    units = count(units, "year", f"\"date\" >= to_date('{WINDOW_START[365]}')")
    units = count(units, "ied", f"\"kind\" = 'ied' and \"date\" >= to_date('{WINDOW_START[30]}')")
    units = run(  # native:joinbylocationsummary from QGIS 3.24 on
        "qgis:joinbylocationsummary",
        INPUT=units,
        JOIN=layers["events"],
        PREDICATE=[0],
        JOIN_FIELDS=["best"],
        SUMMARIES=[5],  # sum
        DISCARD_NONMATCHING=False,
    )
    units = run(
        "native:fieldcalculator",
        INPUT=units,
        FIELD_NAME="border_m",
        FIELD_TYPE=0,
        FORMULA="distance($geometry, aggregate('border', 'collect', $geometry))",
    )
    units = run(
        "native:fieldcalculator",
        INPUT=units,
        FIELD_NAME="score",
        FIELD_TYPE=0,
        FORMULA='100 * (3 * "recent" / maximum("recent") + 2 * "year" / maximum("year")'
        ' + 2 * coalesce("best_sum", 0) / maximum("best_sum")'
        ' + 2 * (1 - "border_m" / maximum("border_m")) + 1 + ("ied" > 0)) / 11',
    )
    seconds = time.perf_counter() - started
    assert units.featureCount() == UNITS_SIDE * UNITS_SIDE
    return {
        "seconds": seconds,
        "rows": f"{events:,} events × {UNITS_SIDE**2:,} units, 6 criteria — QGIS is slow",
    }


def stage_riskmap_read_score(events: int) -> dict:
    """RiskMap on the same file: read the layers (fast path) and score, no output."""
    app = qgis_app()  # noqa: F841
    from qgis.core import QgsProject
    from synthetic import six_criteria_model

    from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

    _add_layers(dataset(events))
    started = time.perf_counter()
    compute(prepare_inputs(six_criteria_model(), project=QgsProject.instance()))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "rows": f"{events:,} events × {UNITS_SIDE**2:,} units, 6 criteria"}


def stage_big(events: int) -> dict:
    """Read, score and write a run on millions of events in one process (its peak memory)."""
    app = qgis_app()  # noqa: F841
    from qgis.core import QgsProject
    from synthetic import six_criteria_model

    from riskmap_plugin.qgis_adapter.runner import compute, prepare_inputs

    _add_layers(dataset(events))
    folder = Path(tempfile.mkdtemp(prefix="riskmap-bench-"))
    started = time.perf_counter()
    prepared = prepare_inputs(six_criteria_model(), project=QgsProject.instance())
    compute(prepared, output_path=str(folder / "result.gpkg"))
    seconds = time.perf_counter() - started
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "seconds": seconds,
        "rows": f"{events:,} events × {UNITS_SIDE**2:,} units: read, score, write",
        "rate": events / seconds,
    }


# -- f. end to end in QGIS: dock click to styled group ---------------------------------


#: After a run's end, the event loop is still watched this long (seconds): "after" the run.
IDLE_AFTER_S = 1.0


def stage_e2e(events: int) -> dict:
    """Click Generate in the dock; time until the styled group exists (0 events: the sample).

    The loop also records the longest time the main thread could not process events:
    from the click, through the run, to the dock saying it is done (cards, status) and
    :data:`IDLE_AFTER_S` of idle event loop after that.
    """
    app = qgis_app()
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    from riskmap_plugin.gui.dock import RiskMapDock
    from riskmap_plugin.qgis_adapter.result_group import adding_result_group, result_groups

    folder = Path(tempfile.mkdtemp(prefix="riskmap-bench-"))
    project = QgsProject.instance()
    if events:
        from synthetic import six_criteria_model

        _add_layers(dataset(events))
        document, size = six_criteria_model(), f"{events:,} events × {UNITS_SIDE**2:,} units"
    else:
        for name in ("iraq_2018.qgz", "iraq_2018.gpkg", "stabilization_2018.json"):
            shutil.copy2(SAMPLE / name, folder / name)
        assert project.read(str(folder / "iraq_2018.qgz"))
        document, size = None, "Iraq sample, 'Stabilization priorities', 101 districts"
    window = QMainWindow()
    dock = RiskMapDock(window, iface=None, project=project)
    # Shown, as a person sees it: laying out and painting the cards count in the gaps too.
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1400, 900)
    window.show()
    dock.set_dependency_problems([])
    panel = dock.ensure_scoring_panel()
    if document is None:
        panel.choose_preset("Stabilization priorities")
    else:
        panel.set_document(document, None)
        panel.guess()
    panel.output_widget.setFilePath(str(folder / "result.gpkg"))
    assert not panel.problems(), panel.problems()
    name = panel.model_name()
    for _ in range(20):  # the dock's first layout and paint, before the click
        app.processEvents()
    started = last = time.perf_counter()
    worst, worst_at = 0.0, 0.0
    seconds = ended = None
    assert panel.generate()
    while ended is None or last - ended < IDLE_AFTER_S:
        app.processEvents()
        now = time.perf_counter()
        if now - last > worst:
            worst, worst_at = now - last, now - started
        last = now
        if seconds is None and result_groups(project, name):
            seconds = now - started
        if ended is None and not panel.runner.is_running() and not adding_result_group():
            ended = now  # the cards and the status line are shown: the dock is done
        if now - started > 300:
            raise TimeoutError(panel.status_label.text())
        time.sleep(0.005)
    window.removeDockWidget(dock)  # deleted docked and shown on return, the process crashed
    dock.deleteLater()
    window.deleteLater()
    app.processEvents()
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "seconds": seconds,
        "rows": size,
        "gap_ms": worst * 1000,
        "gap_at_s": round(worst_at, 2),
        "done_s": round(ended - started, 2),
    }
