"""The scoring controls of the dock: model, units, criteria, output, Generate, results.

Built only when RiskMap's Python packages are present (the dock shows a notice
otherwise). Behaviour that is not layout lives in :mod:`.panel_logic`.
"""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt
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
from .panel_logic import PanelLogic
from .store_choice import StoreChoice
from .units_panel import UnitsPanel


class ScoringPanel(QWidget, PanelLogic):
    """Every control needed to run a model and see its at-risk areas."""

    #: Where pylupdate5 files this panel's ``self.tr`` calls: under the class that
    #: spells them out, including the mixins (Qt would look under ScoringPanel only).
    TR_CONTEXTS = ("ScoringPanel", "PanelLogic", "ModelActions")

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the installed translation, from whichever class says it."""
        for context in self.TR_CONTEXTS:
            translated = QCoreApplication.translate(context, text, disambiguation, n)
            if translated != text:
                return translated
        return text

    def __init__(self, project, iface=None, parent=None) -> None:
        QWidget.__init__(self, parent)
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
        self.output_widget = QgsFileWidget(self)
        self.output_widget.setObjectName("RiskMapOutput")
        self.output_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.output_widget.setDialogTitle(self.tr("RiskMap output GeoPackage"))
        self._describe(
            self.output_widget,
            self.tr("Output GeoPackage"),
            self.tr("Where the scored units, areas and watch list are written"),
        )
        self.previous_widget = QgsFileWidget(self)
        self.previous_widget.setObjectName("RiskMapPrevious")
        self.previous_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.previous_widget.setFilter(self.tr("GeoPackage (*.gpkg)"))
        self.previous_widget.setDialogTitle(self.tr("Previous RiskMap result"))
        self.previous_widget.lineEdit().setPlaceholderText(self.tr("the output file, if it exists"))
        self._describe(
            self.previous_widget,
            self.tr("Compare with previous result"),
            self.tr(
                "An earlier result GeoPackage: the run lists the units that entered or left "
                "the areas or moved in rank since then. Empty: the output file as it was "
                "before this run"
            ),
        )
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
            lambda: (*self.run_inputs(), self.model_dir or project.homePath() or None),
            self.result_path,
            self,
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
        self.init_logic()

    def _push(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        self._describe(button, text, tip)
        return button

    @staticmethod
    def _describe(widget, name: str, tip: str) -> None:
        widget.setAccessibleName(name)
        widget.setToolTip(tip)
