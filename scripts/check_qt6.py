"""Static check that riskmap_plugin keeps the road to Qt6 (QGIS 4) open: ``make lint``.

Finds, in every module of the package:

* direct ``PyQt5``/``PyQt6``/``PySide``/``sip`` imports (Qt comes through ``qgis.PyQt``);
* APIs Qt6 removed: ``exec_()``/``print_()``, ``QRegExp``, ``QDesktopWidget``,
  ``QTextCodec``, ``QMatrix``, ``QGLWidget``, ``QStringListModel`` from QtGui...;
* ``QAction``/``QActionGroup``/``QShortcut`` imported from ``QtWidgets`` outside a
  ``try`` that first tries ``QtGui`` (Qt6 moved them there);
* unscoped enum members (``Qt.AlignLeft``, ``QMessageBox.Ok``, ``QgsTask.CanCancel``):
  every ``Class.Member`` whose class comes from ``qgis.PyQt``, ``qgis.core`` or
  ``qgis.gui`` is looked up in the running Qt; a member of an enum nested in the class
  must be written ``Qt.AlignmentFlag.AlignLeft``. PyQt6 only has the scoped names;
* ``QVariant.Type``/``QVariant.Int``…, a ``QgsField`` built with a type, and layout
  labels' ``font()``/``setFont()``/``setFontColor()`` outside ``qt_compat.py`` (PyQt6 has no
  ``QVariant.Type``; QGIS 3.38+/3.24+ deprecate the others; qt_compat has the spelling
  each release takes);
* with PyQt6 installed, every Qt name the package imports from ``qgis.PyQt`` and every
  attribute chain on it (``QMessageBox.StandardButton.Yes``) is resolved in PyQt6 itself,
  in a separate process: what PyQt6 lacks is reported (``python3-pyqt6`` provides it;
  without it this part is skipped with a note, and fails when ``CI`` is set).

Exit status 1 with one ``path:line: message`` per finding; 0 when clean.
Usage: ``python scripts/check_qt6.py [--fix] [package_dir]`` (``--fix`` scopes the enums).
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

REMOVED = {
    "QRegExp": "QRegExp is gone in Qt6: use QRegularExpression",
    "QRegExpValidator": "use QRegularExpressionValidator",
    "QDesktopWidget": "QDesktopWidget is gone in Qt6: use QScreen (widget.screen())",
    "QTextCodec": "QTextCodec moved to Core5Compat: use Python's codecs",
    "QMatrix": "QMatrix is gone in Qt6: use QTransform",
    "QGLWidget": "QGLWidget is gone in Qt6: use QOpenGLWidget",
    "QStringRef": "QStringRef is gone in Qt6",
    "QLinkedList": "QLinkedList is gone in Qt6",
}
REMOVED_METHODS = {
    "exec_": "exec_() is gone in PyQt6: call exec()",
    "print_": "print_() is gone in PyQt6: call print()",
}
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QUndoCommand", "QUndoStack"}
#: The one module allowed to spell the per-release APIs (see its docstring).
COMPAT_MODULE = "qt_compat.py"
#: Layout-label calls that QGIS 3.24+ deprecates (text formats replace them).
LABEL_FONT_CALLS = {"font", "setFont", "setFontColor", "fontColor"}
DIRECT = re.compile(r"^(PyQt5|PyQt6|PySide2|PySide6|sip)(\.|$)")
ENUM_SOURCES = re.compile(r"^qgis\.(PyQt\.Qt\w+|core|gui)$")


def _imported_classes(tree: ast.Module) -> dict[str, str]:
    """Local name → module, for names imported from Qt or QGIS modules."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and ENUM_SOURCES.match(node.module):
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    return names


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _in_qtgui_try(node: ast.AST, parents: dict) -> bool:
    """True for ``try: from ...QtGui import QAction / except ImportError: from ...QtWidgets``."""
    current = node
    while current in parents:
        current = parents[current]
        if isinstance(current, ast.Try):
            return any(
                isinstance(stmt, ast.ImportFrom) and (stmt.module or "").endswith("QtGui")
                for stmt in current.body
            )
    return False


def _unscoped(owner: object, member: str) -> str | None:
    """The enum type's name when ``owner.member`` is an unscoped enum member."""
    try:
        value = getattr(owner, member)
    except AttributeError:
        return None
    kind = type(value)
    if isinstance(value, type) or not isinstance(value, int) or isinstance(value, bool):
        return None
    if kind.__name__ == member or getattr(owner, kind.__name__, None) is not kind:
        return None
    if getattr(kind, member, None) != value:
        return None  # this Qt/QGIS has no scoped spelling yet: nothing to fix
    return kind.__name__


def _check_call(node: ast.Call, report) -> None:
    """Calls whose spelling differs between the QGIS releases (see qt_compat)."""
    function = node.func
    if isinstance(function, ast.Name) and function.id == "QgsField" and len(node.args) >= 2:
        report(node, "QgsField(name, type): use qt_compat.new_field (QGIS 3.38+ takes QMetaType)")
    if (
        isinstance(function, ast.Attribute)
        and function.attr in LABEL_FONT_CALLS
        and "label" in ast.unparse(function.value).lower()
    ):
        report(
            node,
            f"label.{function.attr}(): deprecated since QGIS 3.24; use qt_compat's "
            "label_font / set_label_font / copy_label_format",
        )


def qt_names(tree: ast.Module, compat: bool = False) -> set[str]:
    """``QtModule:Name.attr.attr`` chains the module uses on names imported from qgis.PyQt.

    Names imported in a ``try`` (with a fallback) are not checked, nor, in the compat
    module, names imported inside a function (the per-release branches).
    """
    imported = {}
    fallback = set()
    parents = _parents(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt."):
            guarded = (ast.Try, ast.FunctionDef) if compat else (ast.Try,)
            in_try = any(isinstance(p, guarded) for p in _ancestors(node, parents))
            for alias in node.names:
                imported[alias.asname or alias.name] = (
                    node.module[len("qgis.PyQt.") :],
                    alias.name,
                )
                if in_try:
                    fallback.add(alias.asname or alias.name)
    chains = {
        f"{module}:{name}" for local, (module, name) in imported.items() if local not in fallback
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and not isinstance(parents.get(node), ast.Attribute):
            parts = []
            current = node
            while isinstance(current, ast.Attribute):
                parts.append(current.attr)
                current = current.value
            if (
                isinstance(current, ast.Name)
                and current.id in imported
                and current.id not in fallback
            ):
                module, name = imported[current.id]
                chains.add(f"{module}:{'.'.join([name, *reversed(parts)])}")
    return chains


def _ancestors(node: ast.AST, parents: dict):
    while node in parents:
        node = parents[node]
        yield node


def _resolve_in_pyqt6(chains: list[str]) -> list[str]:
    """The chains PyQt6 cannot resolve (run in a process that never imported PyQt5)."""
    import importlib as loader

    missing = []
    for chain in chains:
        module_name, _, dotted = chain.partition(":")
        try:
            value = loader.import_module(f"PyQt6.{module_name}")
        except ImportError:
            missing.append(chain)
            continue
        for part in dotted.split("."):
            if not hasattr(value, part):
                # Methods called on instances (QFont().setBold) resolve on the class too;
                # what is missing is a real gap.
                missing.append(chain)
                break
            value = getattr(value, part)
    return missing


def check_pyqt6(root: Path) -> list[str]:
    """Findings of the PyQt6 resolution, or a note when PyQt6 is not installed."""
    chains: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for chain in qt_names(tree, compat=path.name == COMPAT_MODULE):
            chains.setdefault(chain, set()).add(str(path.relative_to(root.parent)))
    ran = subprocess.run(
        [sys.executable, __file__, "--resolve-pyqt6"],
        input=json.dumps(sorted(chains)),
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    if ran.returncode == 3:
        note = "check_qt6: PyQt6 is not installed (python3-pyqt6): names not resolved in PyQt6"
        if os.environ.get("CI"):
            return [note]
        print(note, file=sys.stderr)
        return []
    if ran.returncode != 0:
        return [f"check_qt6: the PyQt6 resolution failed: {ran.stderr.strip()[-500:]}"]
    return [
        f"{sorted(chains[chain])[0]}: {chain.replace(':', '.')} does not exist in PyQt6"
        for chain in json.loads(ran.stdout)
    ]


def check_file(path: Path, root: Path, fix: bool = False) -> list[str]:
    """Findings in one module; with ``fix``, unscoped enums are rewritten in place."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, str(path))
    parents = _parents(tree)
    where = path.relative_to(root.parent)
    problems = []
    scoping: list[tuple[int, int, str]] = []  # (line, column after the class name, enum)

    def report(node: ast.AST, message: str) -> None:
        problems.append(f"{where}:{node.lineno}: {message}")

    classes = _imported_classes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if DIRECT.match(alias.name):
                    report(node, f"import {alias.name}: import Qt through qgis.PyQt")
        elif isinstance(node, ast.ImportFrom) and node.module:
            if DIRECT.match(node.module):
                report(node, f"from {node.module}: import Qt through qgis.PyQt")
            for alias in node.names:
                if alias.name in REMOVED:
                    report(node, REMOVED[alias.name])
                if (
                    node.module.endswith("QtWidgets")
                    and alias.name in MOVED_TO_QTGUI
                    and not _in_qtgui_try(node, parents)
                ):
                    report(
                        node,
                        f"{alias.name} lives in QtGui in Qt6: import it in a try from "
                        "qgis.PyQt.QtGui first (see riskmap_plugin/qt_compat.py)",
                    )
        elif isinstance(node, ast.Call) and path.name != COMPAT_MODULE:
            _check_call(node, report)
        if isinstance(node, ast.Attribute):
            if (
                isinstance(node.value, ast.Name)
                and node.value.id == "QVariant"
                and path.name != COMPAT_MODULE
            ):
                report(
                    node,
                    f"QVariant.{node.attr}: PyQt6 has no QVariant types; use "
                    "qt_compat.FieldType (QMetaType.Type)",
                )
            if node.attr in REMOVED_METHODS:
                report(node, REMOVED_METHODS[node.attr])
            elif isinstance(node.value, ast.Name) and node.value.id in classes:
                owner = getattr(
                    importlib.import_module(classes[node.value.id]), node.value.id, None
                )
                enum = _unscoped(owner, node.attr) if owner is not None else None
                if enum:
                    name = node.value.id
                    scoping.append((node.lineno, node.value.end_col_offset, enum))
                    report(
                        node,
                        f"unscoped enum {name}.{node.attr}: write {name}.{enum}.{node.attr}",
                    )
        elif isinstance(node, ast.Name) and node.id in REMOVED:
            report(node, REMOVED[node.id])
    if fix and scoping:
        lines = source.splitlines(keepends=True)
        for line, column, enum in sorted(scoping, reverse=True):
            text = lines[line - 1]
            lines[line - 1] = f"{text[:column]}.{enum}{text[column:]}"
        path.write_text("".join(lines), encoding="utf-8")
        problems = [p for p in problems if "unscoped enum" not in p]
    return problems


def main(argv: list[str]) -> int:
    if "--resolve-pyqt6" in argv:
        try:
            import PyQt6.QtCore  # noqa: F401
        except ImportError:
            return 3
        print(json.dumps(_resolve_in_pyqt6(json.loads(sys.stdin.read()))))
        return 0
    fix = "--fix" in argv
    args = [a for a in argv[1:] if a != "--fix"]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "riskmap_plugin"
    problems = []
    for path in sorted(root.rglob("*.py")):
        problems.extend(check_file(path, root, fix))
    problems.extend(check_pyqt6(root))
    for line in problems:
        print(line)
    if problems:
        print(f"check_qt6: {len(problems)} finding(s) in {root.name}", file=sys.stderr)
        return 1
    print(f"check_qt6: {root.name} is clean")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
