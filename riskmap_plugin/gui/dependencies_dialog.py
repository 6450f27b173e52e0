"""Dialog that installs RiskMap's missing Python packages, or copies the pip command."""

from __future__ import annotations

import html

from qgis.PyQt.QtCore import QProcess
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..dependencies import DependencyProblem, command_line, find_python, pip_arguments


class DependenciesDialog(QDialog):
    """Lists the problems and offers "Install" (pip ``--user``) and "Copy command".

    pip runs in a :class:`QProcess` so QGIS stays responsive while it downloads.
    """

    def __init__(self, problems: list[DependencyProblem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskMapDependenciesDialog")
        self.setWindowTitle(self.tr("RiskMap — Python packages"))
        self.program = find_python()
        self.arguments = pip_arguments()
        self.process: QProcess | None = None

        items = "".join(f"<li>{html.escape(str(problem))}</li>" for problem in problems)
        self.explanation = QLabel(
            self.tr("RiskMap needs these Python packages in QGIS's Python:")
            + f"<ul>{items}</ul>"
            + self.tr(
                "Install them for your user with pip, here or in a terminal, then restart QGIS."
            ),
            self,
        )
        self.explanation.setWordWrap(True)
        self.command_field = QLineEdit(self.command, self)
        self.command_field.setObjectName("RiskMapPipCommand")
        self.command_field.setReadOnly(True)
        self.output = QPlainTextEdit(self)
        self.output.setReadOnly(True)
        self.output.setPlaceholderText(self.tr("pip's output appears here."))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.install_button = QPushButton(self.tr("Install"), self)
        self.copy_button = QPushButton(self.tr("Copy command"), self)
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.install_button.clicked.connect(self.install)
        self.copy_button.clicked.connect(self.copy_command)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.command_field, self.output, self.status, buttons):
            layout.addWidget(widget)
        self.resize(640, 360)

    @property
    def command(self) -> str:
        """The exact command, as it would be typed in a terminal."""
        return command_line(self.program, self.arguments)

    def copy_command(self) -> None:
        """Put the pip command on the clipboard."""
        QApplication.clipboard().setText(self.command)
        self.status.setText(self.tr("Command copied. Run it in a terminal, then restart QGIS."))

    def install(self) -> None:
        """Run pip in the background; the result is shown when it finishes."""
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
