"""The service detail panel: the editable fields, then the open work and the CIs behind it."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.portfolio_dto import (
    CRITICALITIES,
    PORTFOLIO_STATUSES,
    CiLine,
    ServiceDetail,
    ServiceSummary,
)
from deskapp.ui import theme
from deskapp.ui.design.forms import clear_on_edit
from deskapp.ui.labels import ci_type_label
from deskapp.ui.strategy.models import criticality_label, status_label
from deskapp.ui.strategy.widgets import (
    Banner,
    Column,
    DtoTableModel,
    IdRole,
    OpenIncidentModel,
    data_table,
    error_label,
    priority_colour,
    show_error,
    stretch_column,
    tr,
)

if TYPE_CHECKING:
    from deskapp.services.dto import Choice

FIELDS = ("name", "portfolio_status", "criticality", "availability_target", "business_owner",
          "owner_team_id", "description")


def ci_status_label(status: str) -> str:
    return {"in_use": tr("In use"), "maintenance": tr("Maintenance"),
            "retired": tr("Retired")}.get(status, status)


class CiLineModel(DtoTableModel[CiLine]):
    def __init__(self, parent: QWidget | None = None) -> None:
        c = Column[CiLine]
        super().__init__([c(tr("Name"), lambda ci: ci.name),
                          c(tr("Type"), lambda ci: ci_type_label(ci.ci_type)),
                          c(tr("Status"), lambda ci: ci_status_label(ci.status))], parent)


class ServiceEditor(QWidget):
    """Edits one service (or a new one); ``values()`` is what ``PortfolioService.save`` takes."""

    save_requested = Signal()
    revert_requested = Signal()
    incident_activated = Signal(object)  # incident UUID

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record: ServiceSummary | None = None
        self.dirty = False
        self._loading = False

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.banner = Banner(self)

        self.name_edit = QLineEdit(self)
        self.status_combo = QComboBox(self)
        for status in PORTFOLIO_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.criticality_combo = QComboBox(self)
        for value in CRITICALITIES:
            self.criticality_combo.addItem(criticality_label(value), value)
        # 0 is shown as "no target": availability is reported against the target only when set
        self.target_spin = QDoubleSpinBox(self)
        self.target_spin.setRange(0.0, 100.0)
        self.target_spin.setDecimals(3)
        self.target_spin.setSingleStep(0.1)
        self.target_spin.setSuffix(" %")
        self.target_spin.setSpecialValueText(self.tr("no target"))
        self.target_spin.setToolTip(self.tr("Share of the time the service must be available, "
                                            "such as 99.9 %; outage minutes come from its major "
                                            "incidents. 0 means no target."))
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setPlaceholderText(self.tr("Person or department accountable"))
        self.team_combo = QComboBox(self)
        self.team_combo.addItem(self.tr("(no team)"), None)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(84)
        self.errors = {name: error_label(self) for name in FIELDS}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, text, widget in (
                ("name", self.tr("&Name:"), self.name_edit),
                ("portfolio_status", self.tr("Portfolio s&tatus:"), self.status_combo),
                ("criticality", self.tr("Criticalit&y:"), self.criticality_combo),
                ("availability_target", self.tr("Availa&bility target:"), self.target_spin),
                ("business_owner", self.tr("Business &owner:"), self.owner_edit),
                ("owner_team_id", self.tr("Owner t&eam:"), self.team_combo),
                ("description", self.tr("&Description:"), self.description_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            form.addRow(label, box)
            clear_on_edit(widget, self.errors[name])

        self.save_button = QPushButton(self.tr("&Save service"), self)
        self.save_button.setToolTip(self.tr("Save the service (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton(self.tr("Disc&ard changes"), self)  # c: Catalogue
        self.revert_button.setToolTip(self.tr("Throw away your edits and show the saved "
                                              "service again"))
        self.revert_button.clicked.connect(self.revert_requested)
        self.dirty_label = QLabel(self)
        self.dirty_label.setStyleSheet(theme.muted_style())
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        details = QGroupBox(self.tr("Service"), self)
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(form)
        details_layout.addLayout(buttons)

        # Open work: counts by priority, then the most urgent incidents (double-click opens).
        self.work_box = QGroupBox(self.tr("Open incidents"), self)
        self.priority_label = QLabel(self.work_box)
        self.priority_label.setWordWrap(True)
        self.incident_model = OpenIncidentModel(self)
        self.incident_table = data_table(self.work_box)
        self.incident_table.setModel(self.incident_model)
        stretch_column(self.incident_table, 1)
        self.incident_table.setMinimumHeight(140)
        self.incident_table.setAccessibleName(self.tr("Open incidents of the service"))
        self.incident_table.setToolTip(self.tr("Double-click or press Enter to open an incident"))
        # "activated" is a double-click (or Enter), as the platform defines it; listening to
        # doubleClicked as well would ask twice.
        self.incident_table.activated.connect(self._incident_chosen)
        work_layout = QVBoxLayout(self.work_box)
        work_layout.addWidget(self.priority_label)
        work_layout.addWidget(self.incident_table)

        self.ci_box = QGroupBox(self.tr("Configuration items"), self)
        self.ci_model = CiLineModel(self)
        self.ci_table = data_table(self.ci_box)
        self.ci_table.setModel(self.ci_model)
        stretch_column(self.ci_table, 0)
        self.ci_table.setMinimumHeight(110)
        self.ci_table.setAccessibleName(self.tr("Configuration items of the service"))
        ci_layout = QVBoxLayout(self.ci_box)
        ci_layout.addWidget(self.ci_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(details)
        layout.addWidget(self.work_box, 3)
        layout.addWidget(self.ci_box, 2)
        # Takes the spare height only while both boxes are hidden (a new service): the form
        # then stays compact at the top instead of spreading its rows over the pane.
        layout.addStretch(0)
        self.details_box = details

        for edit in (self.name_edit, self.owner_edit):
            edit.textEdited.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.target_spin.valueChanged.connect(self._changed)
        for combo in (self.status_combo, self.criticality_combo, self.team_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.load(None)

    # -- filling ---------------------------------------------------------------------------
    def set_teams(self, teams: list[Choice]) -> None:
        keep = self.team_combo.currentData()
        self._loading = True
        self.team_combo.clear()
        self.team_combo.addItem(self.tr("(no team)"), None)
        for team in teams:
            self.team_combo.addItem(team.label, str(team.id))
        self._select(self.team_combo, keep)
        self._loading = False

    @property
    def record_id(self) -> uuid.UUID | None:
        return self.record.id if self.record is not None else None

    def load(self, summary: ServiceSummary | None) -> None:
        """Show a saved service's fields (None: a blank new service in the pipeline)."""
        self._loading = True
        self.record = summary
        self.clear_errors()
        self.name_edit.setText(summary.name if summary else "")
        self._select(self.status_combo, summary.portfolio_status if summary else "pipeline")
        self._select(self.criticality_combo, summary.criticality if summary else "medium")
        target = summary.availability_target if summary else None
        self.target_spin.setValue(target or 0.0)
        self.owner_edit.setText(summary.business_owner if summary else "")
        self._select(self.team_combo, summary.owner_team_id if summary else None)
        self.description_edit.setPlainText(summary.description if summary else "")
        self.title.setText(summary.name if summary else self.tr("New service"))
        self.work_box.setVisible(summary is not None)
        self.ci_box.setVisible(summary is not None)
        if summary is None:
            self.incident_model.set_rows([])
            self.ci_model.set_rows([])
        self._loading = False
        self._set_dirty(False)

    def show_detail(self, detail: ServiceDetail) -> None:
        """The open work and CIs of the service on screen (fields are loaded by ``load``)."""
        if detail.summary.id != self.record_id:
            return
        s = detail.summary
        if detail.open_by_priority:
            parts = " · ".join(
                f"<span style='color:{priority_colour(p) or 'inherit'}'>P{p}: {n}</span>"
                for p, n in detail.open_by_priority)
            text = self.tr("{total} open ({breached} past their resolution target): {parts}")
            self.priority_label.setText(text.format(total=s.open_incidents,
                                                    breached=s.breached_open, parts=parts))
        else:
            self.priority_label.setText(self.tr("No open incidents against this service."))
        shown = len(detail.open_incidents)
        self.work_box.setTitle(self.tr("Open incidents ({n})").format(n=s.open_incidents)
                               if shown == s.open_incidents else
                               self.tr("Open incidents (most urgent {shown} of {n})").format(
                                   shown=shown, n=s.open_incidents))
        self.incident_model.set_rows(detail.open_incidents)
        self.ci_box.setTitle(self.tr("Configuration items ({n})").format(n=len(detail.cis)))
        self.ci_model.set_rows(detail.cis)

    def values(self) -> dict[str, Any]:
        return {"name": self.name_edit.text(),
                "portfolio_status": self.status_combo.currentData(),
                "criticality": self.criticality_combo.currentData(),
                "availability_target": self.target_spin.value() or None,
                "business_owner": self.owner_edit.text(),
                "owner_team_id": _uuid(self.team_combo.currentData()),
                "description": self.description_edit.toPlainText()}

    # -- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.clear()
        for label in self.errors.values():
            show_error(label, None)

    def show_errors(self, fields: dict[str, str]) -> None:
        for name, label in self.errors.items():
            show_error(label, fields.get(name))
        widgets = {"name": self.name_edit, "portfolio_status": self.status_combo,
                   "criticality": self.criticality_combo,
                   "availability_target": self.target_spin, "business_owner": self.owner_edit,
                   "owner_team_id": self.team_combo, "description": self.description_edit}
        first = next((name for name in FIELDS if name in fields), None)
        if first is not None:
            widgets[first].setFocus()

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        """Choose the item whose data is ``value`` (ids are stored as text: QVariant does not
        compare Python objects by value)."""
        if isinstance(value, uuid.UUID):
            value = str(value)
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.revert_button.setEnabled(dirty and self.record is not None)
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")

    def _incident_chosen(self, index: QModelIndex) -> None:
        incident_id = index.siblingAtColumn(0).data(IdRole)
        if incident_id is not None:
            self.incident_activated.emit(incident_id)



def _uuid(value: object) -> uuid.UUID | None:
    return uuid.UUID(value) if isinstance(value, str) and value else None
