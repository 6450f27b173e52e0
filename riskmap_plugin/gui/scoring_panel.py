"""The scoring controls of the dock: model, units, criteria, output, Generate, results.

Built only when RiskMap's Python packages are present (the dock shows a notice
otherwise). The panel builds the widgets and wires two collaborators that name, in their
constructors, every widget they use: :class:`.model_controller.ModelController` (presets,
model files, layer guesses, the state in the project) and :class:`.run_presenter.RunPresenter`
(Generate, progress, results, area cards).
"""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QDate, Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..qt_compat import QShortcut
from .area_cards import AreaCards
from .backtest_panel import BacktestPanel
from .briefing_panel import BriefingPanel
from .criteria_table import CriteriaTableModel
from .criteria_widget import CriteriaWidget
from .layer_info import layer_info
from .message_bar import StatusLine
from .model_actions import LayerChoices
from .model_controller import ModelController, ModelWidgets
from .run_control import RunController
from .run_presenter import RunPresenter, RunWidgets
from .store_choice import StoreChoice
from .units_panel import UnitsPanel


class ScoringPanel(QWidget):
    """Every control needed to run a model and see its at-risk areas."""

    def __init__(self, project, iface=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("RiskMapScoringPanel")
        self.project = project
        self.iface = iface

        # -- model --------------------------------------------------------
        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("RiskMapPreset")
        self._describe(self.preset_combo, self.tr("Preset"), self.tr("Start from a saved model"))
        self.load_button = self._push(
            "RiskMapLoadModel", self.tr("Load…"), self.tr("Load a model JSON file")
        )
        self.save_button = self._push(
            "RiskMapSaveModel", self.tr("Save…"), self.tr("Save this model as a JSON file")
        )
        self.save_preset_button = self._push(
            "RiskMapSavePreset",
            self.tr("Save as preset"),
            self.tr("Keep this model among your presets (in your QGIS profile)"),
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("RiskMapModelName")
        self._describe(
            self.name_edit,
            self.tr("Model name"),
            self.tr("Names the result group and the output file"),
        )
        self.as_of_edit = QDateEdit(self)
        self.as_of_edit.setObjectName("RiskMapAsOf")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setDate(QDate.currentDate())
        self._describe(
            self.as_of_edit,
            self.tr("As-of date"),
            self.tr("The date the analysis describes; windows count back from it"),
        )

        model_box = QGroupBox(self.tr("Model"), self)
        presets = QHBoxLayout()
        presets.addWidget(self.preset_combo, 1)
        for button in (self.load_button, self.save_button, self.save_preset_button):
            presets.addWidget(button)
        model_form = QFormLayout(model_box)
        model_form.addRow(self.tr("Preset"), presets)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(QLabel(self.tr("as of"), self))
        name_row.addWidget(self.as_of_edit)
        model_form.addRow(self.tr("Name"), name_row)

        # -- units ----------------------------------------------------------
        self.units_panel = UnitsPanel(self)
        units_box = QGroupBox(self.tr("Analysis units"), self)
        QVBoxLayout(units_box).addWidget(self.units_panel)

        # -- criteria -------------------------------------------------------
        self.criteria_model = CriteriaTableModel(self._layer_info, self)
        self.criteria_widget = CriteriaWidget(self.criteria_model, project, self)
        self.guess_button = self._push(
            "RiskMapGuessLayers",
            self.tr("Guess layers"),
            self.tr(
                "Pick the project layer for each criterion from layer names, tables and fields"
            ),
        )
        self.guess_label = QLabel(self)
        self.guess_label.setObjectName("RiskMapGuessMessage")
        self.guess_label.setWordWrap(True)
        criteria_box = QGroupBox(self.tr("Criteria"), self)
        criteria_layout = QVBoxLayout(criteria_box)
        guess_row = QHBoxLayout()
        guess_row.addWidget(self.guess_button)
        guess_row.addWidget(self.guess_label, 1)
        criteria_layout.addLayout(guess_row)
        criteria_layout.addWidget(self.criteria_widget)

        # -- output and run -------------------------------------------------
        self.output_widget = self._file_widget(
            "RiskMapOutput",
            QgsFileWidget.StorageMode.SaveFile,
            self.tr("RiskMap output GeoPackage"),
            self.tr("Output GeoPackage"),
            self.tr("Where the scored units, areas and watch list are written"),
        )
        self.previous_widget = self._file_widget(
            "RiskMapPrevious",
            QgsFileWidget.StorageMode.GetFile,
            self.tr("Previous RiskMap result"),
            self.tr("Compare with previous result"),
            self.tr(
                "An earlier result GeoPackage: the run lists the units that entered or left "
                "the areas or moved in rank since then. Empty: the output file as it was "
                "before this run"
            ),
        )
        self.previous_widget.lineEdit().setPlaceholderText(self.tr("the output file, if it exists"))
        self.generate_button = self._push(
            "RiskMapGenerate",
            self.tr("Generate at-risk layer"),
            self.tr("Run the model and add the at-risk areas to the map (Ctrl+Return)"),
        )
        self.generate_button.setDefault(True)
        self.cancel_button = self._push(
            "RiskMapCancel", self.tr("Cancel"), self.tr("Stop the run; nothing is written (Esc)")
        )
        self.cancel_button.setEnabled(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("RiskMapProgress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setAccessibleName(self.tr("Progress of the run"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("RiskMapStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_label = QLabel(self)
        self.changes_label.setObjectName("RiskMapChanges")
        self.changes_label.setWordWrap(True)
        self.changes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_label.setAccessibleName(self.tr("Changes since the previous result"))
        # Two lines, always: a longer status never pushes the buttons above it.
        self.status_label.setFixedHeight(2 * self.status_label.fontMetrics().lineSpacing() + 4)
        output_box = QWidget(self)
        output_layout = QFormLayout(output_box)
        output_layout.setContentsMargins(0, 0, 0, 0)
        output_layout.addRow(self.tr("Output"), self.output_widget)
        output_layout.addRow(self.tr("Compare with"), self.previous_widget)
        self.store_choice = StoreChoice(self)
        output_layout.addRow(self.tr("Store in PostGIS"), self.store_choice)

        # -- results ----------------------------------------------------------
        self.area_cards = AreaCards(self)
        self.area_cards.setMinimumHeight(140)
        results_box = QGroupBox(self.tr("At-risk areas"), self)
        results_layout = QVBoxLayout(results_box)
        results_layout.addWidget(self.changes_label)
        results_layout.addWidget(self.area_cards)
        self.backtest_panel = BacktestPanel(  # the model as Generate would run it now
            project,
            iface,
            lambda: (
                *self.controller.run_inputs(),
                self.controller.model_dir or project.homePath() or None,
            ),
            self.result_path,
            self,
            problems=lambda: self.problems(),
        )
        results_layout.addWidget(self.backtest_panel)
        self.briefing_panel = BriefingPanel(project, iface, self.result_path, self)

        # The sections scroll; Generate, Cancel, progress, status and the briefing stay in
        # view, so the dock fits a 1366×768 laptop screen (minimum height under 500 px).
        sections = QWidget(self)
        sections.setObjectName("RiskMapSections")
        sections_layout = QVBoxLayout(sections)
        sections_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (model_box, units_box, criteria_box, output_box, results_box):
            sections_layout.addWidget(widget)
        self.sections_area = QScrollArea(self)
        self.sections_area.setObjectName("RiskMapSectionsScroll")
        self.sections_area.setWidgetResizable(True)
        self.sections_area.setFrameShape(QFrame.Shape.NoFrame)
        self.sections_area.setWidget(sections)
        self.sections_area.setMinimumHeight(160)
        self.sections_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        run_box = QWidget(self)
        run_box.setObjectName("RiskMapRunBar")
        run_layout = QVBoxLayout(run_box)
        run_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button, 1)
        buttons.addWidget(self.cancel_button)
        run_layout.addLayout(buttons)
        run_layout.addWidget(self.progress_bar)
        run_layout.addWidget(self.status_label)
        run_layout.addWidget(self.briefing_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sections_area, 1)
        layout.addWidget(run_box)

        self.generate_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        for shortcut in (self.generate_shortcut, self.cancel_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._build_collaborators()
        self._wire()
        self.restore()

    def _build_collaborators(self) -> None:
        project = self.project
        #: The status line under the buttons (and QGIS's message bar for errors).
        self.status_line = StatusLine(self.status_label, self.iface)
        layers = LayerChoices(
            project, self.criteria_model, self.units_panel, self.guess_label, self.status_line
        )
        #: The model document, its layers, its output and its state in the project.
        self.controller = ModelController(
            project,
            ModelWidgets(
                self.preset_combo,
                self.name_edit,
                self.as_of_edit,
                self.criteria_model,
                self.units_panel,
                self.output_widget,
                self.store_choice,
            ),
            layers=layers,
            status=self.status_line,
            parent=self,
        )
        self.runner = RunController(self)
        #: Generate and Cancel, progress, the result group and the area cards.
        self.presenter = RunPresenter(
            self.iface,
            self.controller,
            self.runner,
            RunWidgets(
                self.generate_button,
                self.cancel_button,
                self.previous_widget,
                self.progress_bar,
                self.changes_label,
                self.area_cards,
                self.briefing_panel,
            ),
        )

    def _wire(self) -> None:
        controller, presenter, project = self.controller, self.presenter, self.project
        connections = [
            (self.preset_combo.activated, controller.preset_chosen),
            (self.load_button.clicked, self.load_model_file),
            (self.save_button.clicked, self.save_model_file),
            (self.save_preset_button.clicked, controller.save_preset),
            (self.guess_button.clicked, self.guess),
            (self.generate_button.clicked, self.generate),
            (self.generate_shortcut.activated, self.generate),
            (self.cancel_button.clicked, presenter.cancel),
            (self.cancel_shortcut.activated, presenter.cancel),
            (self.area_cards.area_clicked, presenter.zoom_to_area),
            (self.name_edit.textEdited, controller.mark_changed),
            (self.output_widget.fileChanged, controller.output_edited),
            (self.criteria_model.criteria_changed, controller.mark_changed),
            (self.units_panel.changed, controller.mark_changed),
            (self.as_of_edit.dateChanged, controller.mark_changed),
            (controller.changed, presenter.update_buttons),
            # Restore once QGIS has finished loading the project (layer combos settle first).
            (project.readProject, lambda *_: QTimer.singleShot(0, self.restore)),
            (project.cleared, self._project_cleared),
            # The state is written when the project is written (writeProject comes before
            # the project's properties are serialised), so it is always the panel as shown.
            (project.writeProject, controller.write_state),
            (project.layersAdded, self._layers_changed),
            (project.layersRemoved, self._layers_changed),
        ]
        for signal, slot in connections:
            signal.connect(slot)

    # -- what the dock does (the buttons; also for tests and scripts) ----------------------

    def choose_preset(self, name: str) -> None:
        """Select a preset by name and apply it (as a click would), guessing the layers."""
        self.controller.choose_preset(name)

    def set_document(self, document: dict, model_dir: str | None = None) -> None:
        """Show a model document: name, as-of date, criteria (layers not chosen yet)."""
        self.controller.set_document(document, model_dir)

    def guess(self, *_args) -> dict:
        """Guess the layer of every criterion (and of units and towns); highlight guesses."""
        return self.controller.guess()

    def load_model_file(self, path: str | None = None) -> bool:
        return self.controller.load_model_file(path or None)

    def save_model_file(self, path: str | None = None) -> None:
        self.controller.save_model_file(path or None)

    def model_name(self) -> str:
        return self.controller.model_name()

    def problems(self) -> list[str]:
        """Why Generate is disabled (empty: it is enabled)."""
        return self.presenter.problems()

    def generate(self, *_args) -> bool:
        """Start a run (the button, Ctrl+Return); False when it cannot start."""
        return self.presenter.generate()

    def result_path(self) -> str | None:
        """The GeoPackage of the latest run, else the output file if it already exists."""
        return self.presenter.result_path()

    def restore(self, *_args) -> None:
        """Show the state stored in the project (or the default preset) and its results."""
        self.controller.restore()
        self.presenter.show_results()

    def _project_cleared(self) -> None:
        # QgsProject.read() clears first, then adds layers one by one (the layer combo boxes
        # jump to them); restore() runs again once the project is loaded.
        self.controller.restoring = True
        self.presenter.forget_results()
        QTimer.singleShot(0, self.restore)

    def _layers_changed(self, *_args) -> None:
        self.criteria_model.recheck()

    def _layer_info(self, layer_id):
        return layer_info(self.project.mapLayer(layer_id)) if layer_id else None

    def _push(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        self._describe(button, text, tip)
        return button

    def _file_widget(self, name: str, mode, title: str, label: str, tip: str) -> QgsFileWidget:
        """A GeoPackage file chooser."""
        widget = QgsFileWidget(self)
        widget.setObjectName(name)
        widget.setStorageMode(mode)
        widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        widget.setDialogTitle(title)
        self._describe(widget, label, tip)
        return widget

    @staticmethod
    def _describe(widget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)
