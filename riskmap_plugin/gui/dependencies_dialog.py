"""Dialog that says how to install RiskMap's missing Python packages, and may run pip.

What it offers comes from :func:`~riskmap_plugin.dependency_install.plan_install`: on
Linux only the distribution's commands to copy (RiskMap runs nothing itself); on Windows
and macOS a pip ``--user`` command with QGIS's own Python, shown in full and confirmed
before it runs; when a package QGIS itself provides is too old, advice to update QGIS.
"""

from __future__ import annotations

import html

from qgis.PyQt.QtCore import QProcess
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..dependencies import DependencyProblem, find_python
from ..dependency_install import InstallPlan, plan_install


class DependenciesDialog(QDialog):
    """Lists the problems, the exact commands, and (where allowed) an *Install* button.

    pip runs in a :class:`QProcess` so QGIS stays responsive while it downloads.
    """

    def __init__(
        self,
        problems: list[DependencyProblem],
        parent: QWidget | None = None,
        plan: InstallPlan | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RiskMapDependenciesDialog")
        self.setWindowTitle(self.tr("RiskMap — Python packages"))
        self.plan = plan if plan is not None else plan_install(problems, find_python())
        self.program = self.plan.program
        self.arguments = list(self.plan.arguments)
        self.process: QProcess | None = None

        items = "".join(f"<li>{html.escape(str(problem))}</li>" for problem in problems)
        self.explanation = QLabel(
            self.tr("RiskMap needs these Python packages in QGIS's Python:")
            + f"<ul>{items}</ul>"
            + self._advice(),
            self,
        )
        self.explanation.setWordWrap(True)
        self.command_field = QPlainTextEdit("\n".join(self.plan.commands), self)
        self.command_field.setObjectName("RiskMapPipCommand")
        self.command_field.setReadOnly(True)
        self.command_field.setMaximumHeight(90)
        self.command_field.setHidden(not self.plan.commands)
        self.output = QPlainTextEdit(self)
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(self.tr("pip's output appears here."))
        self.output.setHidden(not self.plan.runs_itself)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.install_button = QPushButton(self.tr("Install…"), self)
        self.copy_button = QPushButton(self.tr("Copy command"), self)
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.install_button.setVisible(self.plan.runs_itself)
        self.copy_button.setVisible(bool(self.plan.commands))
        self.install_button.clicked.connect(self.install)
        self.copy_button.clicked.connect(self.copy_command)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.command_field, self.output, self.status, buttons):
            layout.addWidget(widget)
        self.resize(680, 380)

    def _advice(self) -> str:
        if self.plan.kind == "distribution":
            return self.tr(
                "On Linux, install them from your distribution, so that they use the same "
                "GEOS, PROJ and GDAL libraries as QGIS (packages from PyPI bring their own "
                "copies, which break QGIS). Run the first command in a terminal, then restart "
                "QGIS. If your distribution's packages are too old, the last command builds "
                "them against the system libraries instead (it needs a compiler and the GEOS, "
                "PROJ and GDAL development packages)."
            )
        if self.plan.kind == "update-qgis":
            outdated = ", ".join(p.requirement.distribution for p in self.plan.outdated)
            return self.tr(
                "These packages come with QGIS and are too old: {0}. RiskMap does not "
                "replace QGIS's own packages: update them with the QGIS installer (OSGeo4W "
                "Setup on Windows) or install a newer QGIS, then restart QGIS."
            ).format(outdated)
        return self.tr(
            "Install them for your user with QGIS's own Python. RiskMap runs exactly the "
            "command below; the packages QGIS already provides are pinned at their "
            "versions, so pip cannot replace them. Restart QGIS afterwards."
        )

    @property
    def command(self) -> str:
        """The command(s), as they would be typed in a terminal, one per line."""
        return "\n".join(self.plan.commands)

    def copy_command(self) -> None:
        """Put the command(s) on the clipboard."""
        QApplication.clipboard().setText(self.command)
        self.status.setText(self.tr("Command copied. Run it in a terminal, then restart QGIS."))

    def confirm(self) -> bool:
        """Ask before running anything: the user sees the exact command first."""
        answer = QMessageBox.question(
            self,
            self.tr("Install Python packages"),
            self.tr("RiskMap will run:\n\n{0}\n\nContinue?").format(self.command),
        )
        return answer == QMessageBox.StandardButton.Yes

    def install(self) -> None:
        """Run pip in the background, after confirmation; the result shows when it ends."""
        if not self.plan.runs_itself or not self.confirm():
            return
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._show_output)
        self.process.finished.connect(self._install_finished)
        self.process.errorOccurred.connect(self._install_error)
        self.install_button.setEnabled(False)
        self.output.clear()
        self.status.setText(self.tr("Installing… this can take a few minutes."))
        self.process.start(self.program, self.arguments)

    def is_installing(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def _show_output(self) -> None:
        data = bytes(self.process.readAllStandardOutput()).decode(errors="replace")
        self.output.appendPlainText(data.rstrip("\n"))

    def _install_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        self.install_button.setEnabled(True)
        if exit_status == QProcess.ExitStatus.NormalExit and exit_code == 0:
            self.status.setText(self.tr("Installed. Restart QGIS to use RiskMap."))
        else:
            self.status.setText(
                self.tr(
                    "pip failed (exit code {0}). Read its output above, or copy the command "
                    "and run it in a terminal; then restart QGIS."
                ).format(exit_code)
            )

    def _install_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.install_button.setEnabled(True)
            self.status.setText(
                self.tr(
                    "Could not start {0}. Copy the command and run it in a terminal; "
                    "then restart QGIS."
                ).format(self.program)
            )

    def done(self, result: int) -> None:
        """Stop a running pip when the dialog closes, so no orphan process is left."""
        if self.is_installing():
            self.process.kill()
            self.process.waitForFinished(3000)
        super().done(result)
