"""The code's shape, checked: no import cycles, no module over 400 lines, the layering.

The imports are read from the source (``ast``), not by importing, so the check needs
no QGIS and sees the imports inside functions too (a cycle hidden in a function is
still a cycle). Imports under ``if TYPE_CHECKING:`` never run and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "riskmap_plugin"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _import_nodes(tree: ast.AST):
    """Every import statement, except those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if _type_checking_only(node):
            children: list[ast.AST] = list(node.orelse)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
            continue
        else:
            children = [node]
        for child in children:
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child
            else:
                yield from _import_nodes(child)


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's own modules that module ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in modules}
            continue
        base = package.split(".")
        base = base[: len(base) - node.level + 1] if node.level else []
        target = ".".join(base + ([node.module] if node.module else []))
        for alias in node.names:
            submodule = f"{target}.{alias.name}"
            if submodule in modules:
                found.add(submodule)
            elif target in modules:
                found.add(target)
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle_and_nothing_else():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_reader_sees_relative_and_function_level_imports():
    graph = import_graph()
    assert "riskmap_plugin.core.model.types" in graph["riskmap_plugin.core.model.parse"]
    # run.py imports run_analyses from the sub-package: the package itself is the import
    assert "riskmap_plugin.core.analyses" in graph["riskmap_plugin.core.run"]
    # a function-level import (outputs → analyses) is an import too
    assert "riskmap_plugin.core.analyses" in graph["riskmap_plugin.core.outputs"]


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_layers_only_import_downwards():
    """gui and processing_provider → report → qgis_adapter → core; core imports no Qt/QGIS."""
    rank = {"core": 0, "qgis_adapter": 1, "report": 2, "gui": 3, "processing_provider": 3}
    for name, targets in import_graph().items():
        layer = name.split(".")[1] if name.count(".") else ""
        for target in targets:
            other = target.split(".")[1] if target.count(".") else ""
            if layer in rank and other in rank:
                assert rank[other] <= rank[layer], f"{name} imports {target}"
                assert other == layer or rank[other] < rank[layer], f"{name} imports {target}"
    for path in (PACKAGE / "core").rglob("*.py"):
        assert _qt_imports(path) == [], path


def _qt_imports(path: Path) -> list[str]:
    """The QGIS and Qt modules a file imports (absolute imports; at any depth)."""
    names = []
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
        names += [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
    return [name for name in names if name.split(".")[0] in ("qgis", "PyQt5", "PyQt6")]


def test_the_briefings_content_needs_no_qgis():
    """report/content (texts, numbers, sentences) imports no QGIS or Qt, and of the
    package only the core and itself: the layout, map layers and PDF are the QGIS part."""
    content = "riskmap_plugin.report.content"
    graph = import_graph()
    modules = [name for name in graph if name == content or name.startswith(content + ".")]
    assert len(modules) > 5  # the package is where this test looks for it
    for name in modules:
        assert _qt_imports(_modules()[name]) == [], name
        for target in graph[name]:
            assert target.startswith(("riskmap_plugin.core", content)), f"{name} imports {target}"


@pytest.mark.parametrize("folder", ["riskmap_plugin", "tests", "scripts"])
def test_no_module_over_400_lines(folder):
    long = {
        str(path.relative_to(REPO)): n
        for path in sorted((REPO / folder).rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}, f"split these by idea (at most {MAX_LINES} lines each): {long}"
