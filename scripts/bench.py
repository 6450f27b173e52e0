"""RiskMap benchmark: prints one table of measured figures (`make bench`).

Each measurement runs in its own Python process so its peak memory (max RSS,
including a separate run process it starts) is its own. Data are synthetic and
seeded (tests/synthetic.py), written once to build/bench/; sizes are in the
table. QGIS stages run offscreen. The closing table compares the figures with
the targets of #22 (pass/FAIL, with the machine's core count); nothing fails the
command. Peers (DuckDB spatial, geopandas+pyarrow, QGIS's Processing chain) run
on the same file in the same run. The stages are in scripts/bench_stages.py and
scripts/bench_peers.py; ``--only hex,core`` runs some groups of rows.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "scripts")]


import bench_peers as peers  # noqa: E402
import bench_stages as stages  # noqa: E402
from bench_backtest import stage_backtest  # noqa: E402

STAGES = {
    "read": stages.stage_read,
    "core": stages.stage_core,
    "write": stages.stage_write,
    "group": stages.stage_group,
    "qgis_chain": stages.stage_qgis_chain,
    "riskmap": stages.stage_riskmap_read_score,
    "e2e": stages.stage_e2e,
    "big": stages.stage_big,
    "backtest": stage_backtest,
    "duckdb": peers.stage_duckdb,
    "geopandas": peers.stage_geopandas,
    "hex_core": peers.stage_hex_core,
    "hexgrid": peers.stage_hexgrid,
}
#: Groups of rows ``--only`` can pick (the full table runs them all, in this order).
GROUPS = ("read", "core", "hex", "write", "peers", "e2e", "backtest", "big")
#: Events of the ``big`` rows (files of ~0.5 and ~1 GB, built in pieces once).
BIG_EVENTS = (5_000_000, 10_000_000)


def run_stage(name: str, **kwargs) -> dict:
    """Run one stage in a fresh interpreter and return its JSON figures (with peak MB)."""
    command = [sys.executable, __file__, "--stage", name, "--args", json.dumps(kwargs)]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if output.returncode != 0:
        sys.stderr.write(output.stderr[-4000:])
        raise SystemExit(f"bench: stage {name} {kwargs} failed")
    return json.loads(output.stdout.strip().splitlines()[-1])


def verdict(value: float, limit: float, higher_is_better: bool = False) -> str:
    """``pass`` or ``FAIL`` against a target (``n/a`` without a figure)."""
    if value != value:  # NaN: the peer is not installed
        return "n/a"
    return "pass" if (value >= limit if higher_is_better else value <= limit) else "FAIL"


def measure(events: int, groups) -> tuple[list[tuple[str, dict, str]], list[tuple]]:
    """Every row of the table ``(label, figures, note)`` and the targets ``(target, measured,
    verdict)``."""
    chain_events = min(events, 200_000)
    rows, targets = [], []
    if "read" in groups:
        rows += [
            ("a. Read, fast path", run_stage("read", events=events, path_kind="fast"), ""),
            (
                "a. Read, fast, no pyarrow",
                run_stage("read", events=events, path_kind="fast", arrow=False),
                "",
            ),
            ("a. Read, iterator path", run_stage("read", events=events, path_kind="iterator"), ""),
        ]
    if "core" in groups:
        core = run_stage("core", events=events)
        draws = run_stage("core", events=events, draws=1000)
        extra = draws["seconds"] - core["seconds"]
        rows += [
            ("b. Core: score", core, ""),
            ("b. Core: score + uncertainty", draws, f"+{extra:.2f} s for 1,000 draws"),
        ]
        targets.append(
            (
                "1,000 Monte Carlo draws, 10,000 units ≤ +1.2 s",
                f"+{extra:.2f} s",
                verdict(extra, 1.2),
            )
        )
    if "hex" in groups:
        hexes = run_stage("hex_core", events=events)
        grid = run_stage("hexgrid")
        rows += [("b. Core: 100k hexagons", hexes, ""), ("h. Hexagon grid", grid, "")]
        targets.append(
            (
                "100,000 hexagons × 1M events: score ≤ 5 s",
                f"{hexes['seconds']:.2f} s",
                verdict(hexes["seconds"], 5.0),
            )
        )
        targets.append(
            (
                "100,000-cell hexagon grid ≤ 2 s",
                f"{grid['seconds']:.2f} s",
                verdict(grid["seconds"], 2.0),
            )
        )
    if "write" in groups:
        with tempfile.TemporaryDirectory(prefix="riskmap-bench-") as folder:
            output = str(Path(folder) / "result.gpkg")
            rows += [
                ("c. Write GeoPackage", run_stage("write", events=events, output=output), ""),
                ("c. Add styled group", run_stage("group", output=output), ""),
            ]
    if "peers" in groups:
        rows_, targets_ = peer_rows(events, chain_events)
        rows += rows_
        targets += targets_
    if "e2e" in groups:
        sample = run_stage("e2e", events=0)
        big = run_stage("e2e", events=events)
        rows += [("f. End to end, Iraq sample", sample, ""), ("f. End to end, 1M events", big, "")]
        gap = max(sample["gap_ms"], big["gap_ms"])
        targets.append(("Worst GUI main-thread gap ≤ 100 ms", f"{gap:.0f} ms", verdict(gap, 100)))
    if "backtest" in groups:
        rows.append(backtest_row(events))
    if "big" in groups:
        for size in BIG_EVENTS:
            figures = run_stage("big", events=size)
            rows.append((f"e. {size // 1_000_000}M events end to end", figures, ""))
            targets.append(
                (
                    f"{size:,} events end to end: peak memory ≤ 2048 MB",
                    f"{figures['peak_mb']:.0f} MB",
                    verdict(figures["peak_mb"], 2048)
                    if size == BIG_EVENTS[0]
                    else "report",  # #22 asks for the 10M figure, not a limit
                )
            )
    ordinary = [f["peak_mb"] for label, f, _ in rows if not label.startswith("e. ")]
    if ordinary:
        peak = max(ordinary)
        targets.append(
            ("Peak memory of every 1M row ≤ 2048 MB", f"{peak:.0f} MB", verdict(peak, 2048))
        )
    return rows, targets


def peer_rows(events: int, chain_events: int):
    """DuckDB spatial, geopandas+pyarrow and RiskMap on the 1M file; QGIS's chain at 200k."""
    riskmap = run_stage("riskmap", events=events)
    duck = run_stage("duckdb", events=events)
    geo = run_stage("geopandas", events=events)
    chain = run_stage("qgis_chain", events=chain_events)
    small = riskmap if chain_events == events else run_stage("riskmap", events=chain_events)
    vs_duck = riskmap["seconds"] / duck["seconds"]
    vs_geo = riskmap["seconds"] / geo["seconds"]
    vs_chain = chain["seconds"] / small["seconds"]
    rows = [
        ("d. RiskMap read + score", riskmap, f"{vs_duck:.2f}× DuckDB's time"),
        ("d. DuckDB spatial (peer)", duck, "ST_Read + ST_Intersects join + GROUP BY"),
        ("d. geopandas+pyarrow (peer)", geo, f"RiskMap takes {vs_geo:.2f}× its time"),
        ("d. QGIS Processing chain", chain, "native algorithms, one per criterion"),
        ("d. RiskMap read + score", small, f"{vs_chain:.0f}× faster than QGIS"),
    ]
    targets = [
        (
            f"Read+aggregate vs DuckDB spatial ≤ 1.0× ({events:,} events)",
            f"{vs_duck:.2f}×",
            verdict(vs_duck, 1.0),
        ),
        (
            f"≥ 50× faster than QGIS Processing ({chain_events:,} events)",
            f"{vs_chain:.0f}×",
            verdict(vs_chain, 50, higher_is_better=True),
        ),
    ]
    return rows, targets


def backtest_row(events: int) -> tuple[str, dict, str]:
    """g. A backtest over 12 as-of dates against one run on the same data (target < 3×)."""
    figures = run_stage("backtest", events=events)
    ratio = figures["seconds"] / figures["one_run"]
    return ("g. Backtest, 12 as-of dates", figures, f"{ratio:.1f}× one run (target < 3×)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", choices=sorted(STAGES))
    parser.add_argument("--args", default="{}")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--only",
        help=f"comma-separated groups of rows ({', '.join(GROUPS)}); the full table is slow",
    )
    options = parser.parse_args()
    if options.stage:
        figures = STAGES[options.stage](**json.loads(options.args))
        figures["peak_mb"] = stages.peak_mb()
        print(json.dumps(figures))
        return 0
    groups = GROUPS if not options.only else tuple(options.only.split(","))
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown groups: {', '.join(sorted(unknown))}")
    if "big" in groups:
        for size in BIG_EVENTS:  # built once, outside every timing (minutes the first time)
            stages.dataset(size)
    if set(groups) - {"backtest", "hex", "big"}:  # those rows build or pick their own data
        stages.dataset(options.events)  # built once, outside every timing
        stages.dataset(min(options.events, 200_000))
    rows, targets = measure(options.events, groups)
    cores = os.cpu_count()
    print(
        f"RiskMap benchmark — this machine: {cores} cores, "
        f"Python {platform.python_version()}; each row in its own process"
    )
    print(f"{'measurement':<30} {'size':<66} {'seconds':>8} {'rows/s':>10} {'peak MB':>8}  note")
    for label, figures, note in rows:
        rate = f"{figures['rate']:,.0f}" if "rate" in figures else ""
        if "gap_ms" in figures:
            note = f"{note}; worst GUI gap {figures['gap_ms']:.0f} ms".lstrip("; ")
        print(
            f"{label:<30} {figures['rows']:<66} {figures['seconds']:>8.2f} {rate:>10} "
            f"{figures['peak_mb']:>8.0f}  {note}"
        )
    print()
    print(f"Targets (#22), measured on {cores} cores in this one run:")
    print(f"{'target':<62} {'measured':>12}  result")
    for target, measured, result in targets:
        print(f"{target:<62} {measured:>12}  {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
