"""The CI detail panel: its fields and its type's attributes, its relations (edited here with
a picker, saved with the CI), and tabs for the open incidents against it, impact analysis and
its history."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.cmdb_dto import CiHistoryLine
from deskapp.services.portfolio_dto import CI_STATUSES, CiDetail, CiSummary
from deskapp.ui import theme
from deskapp.ui.design.forms import clear_on_edit
from deskapp.ui.labels import ci_type_label, ci_type_value, count_text
from deskapp.ui.strategy.editor import ci_status_label
from deskapp.ui.strategy.models import status_label
from deskapp.ui.strategy.widgets import (
    Banner,
    Column,
    DtoTableModel,
    IdRole,
    OpenIncidentModel,
    data_table,
    error_label,
    show_error,
    stretch_column,
    tr,
)
from deskapp.ui.transition.attributes import AttributeForm
from deskapp.ui.transition.impact import ImpactPanel
from deskapp.ui.transition.relations import RelationDialog, RelationsBox

if TYPE_CHECKING:
    from deskapp.domain.cmdb import AttributeDef
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

FIELDS = ("name", "ci_type", "status", "service_id", "serial_number", "location",
          "description")


class HistoryModel(DtoTableModel[CiHistoryLine]):
    def __init__(self) -> None:
        c = Column[CiHistoryLine]
        super().__init__([
            c(tr("When"), lambda h: h.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
              lambda h: h.occurred_at),
            c(tr("Who"), lambda h: h.actor),
            c(tr("What"), lambda h: h.field or h.action),
            c(tr("Was"), lambda h: h.old_value),
            c(tr("Now"), lambda h: h.new_value),
        ])


class CiEditor(QWidget):
    """Edits one CI (or a new one); ``values()`` is what ``CmdbService.save`` takes."""

    save_requested = Signal()
    revert_requested = Signal()
    incident_activated = Signal(object)  # incident UUID
    ci_activated = Signal(object)  # a CI UUID (from the impact list or graph)

    def __init__(self, parent: QWidget | None = None, ctx: UiContext | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.type_defs: dict[str, tuple[AttributeDef, ...]] = {}
        self.record: CiSummary | None = None
        self.dirty = False
        self._loading = False

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.banner = Banner(self)
        self.name_edit = QLineEdit(self)
        self.type_combo = QComboBox(self)
        self.type_combo.setEditable(True)
        self.type_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.status_combo = QComboBox(self)
        for status in CI_STATUSES:
            self.status_combo.addItem(ci_status_label(status), status)
        self.service_combo = QComboBox(self)
        self.service_combo.addItem(self.tr("(no service)"), None)
        self.serial_edit = QLineEdit(self)
        self.location_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(72)
        self.errors = {name: error_label(self) for name in FIELDS}
        self._widgets: dict[str, QWidget] = {
            "name": self.name_edit, "ci_type": self.type_combo, "status": self.status_combo,
            "service_id": self.service_combo, "serial_number": self.serial_edit,
            "location": self.location_edit, "description": self.description_edit}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {"name": self.tr("&Name:"), "ci_type": self.tr("&Type:"),
                  "status": self.tr("St&atus:"), "service_id": self.tr("S&ervice:"),
                  "serial_number": self.tr("Ser&ial number:"), "location": self.tr("&Location:"),
                  "description": self.tr("&Description:")}
        for name in FIELDS:
            label = QLabel(labels[name], self)
            label.setBuddy(self._widgets[name])
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(self._widgets[name])
            box.addWidget(self.errors[name])
            form.addRow(label, box)
            clear_on_edit(self._widgets[name], self.errors[name])

        self.save_button = QPushButton(self.tr("&Save CI"), self)
        self.save_button.setToolTip(self.tr("Save the configuration item (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton(self.tr("Dis&card changes"), self)
        self.revert_button.clicked.connect(self.revert_requested)
        self.dirty_label = QLabel(self)
        self.dirty_label.setStyleSheet(theme.muted_style())
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        fields_box = QGroupBox(self.tr("Configuration item"), self)
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.addLayout(form)
        fields_layout.addLayout(buttons)

        self.attributes_box = QGroupBox(self.tr("Attributes"), self)
        self.attributes = AttributeForm(self.attributes_box)
        QVBoxLayout(self.attributes_box).addWidget(self.attributes)
        self.relations_box = QGroupBox(self.tr("Relations"), self)
        self.relations = RelationsBox(self.relations_box)
        relations_layout = QVBoxLayout(self.relations_box)
        relations_layout.addWidget(self.relations)
        self.relations_error = error_label(self.relations_box)
        relations_layout.addWidget(self.relations_error)
        self.relations.add_requested.connect(self.add_relation)
        self.relations.changed.connect(self._changed)
        self.relations.changed.connect(lambda: show_error(self.relations_error, None))
        self.attributes.changed.connect(self._changed)
        QShortcut(QKeySequence("Ctrl+L"), self, self.add_relation,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Add a relation to the CI"))

        self.work_box = QGroupBox(self.tr("Open incidents"), self)
        self.incident_model = OpenIncidentModel(self)
        self.incident_table = data_table(self.work_box)
        self.incident_table.setModel(self.incident_model)
        stretch_column(self.incident_table, 1)
        self.incident_table.setMinimumHeight(140)
        self.incident_table.setAccessibleName(self.tr("Open incidents of the CI"))
        self.incident_table.setToolTip(self.tr("Double-click or press Enter to open an incident"))
        # "activated" is a double-click (or Enter), as the platform defines it; listening to
        # doubleClicked as well would ask twice.
        self.incident_table.activated.connect(self._incident_chosen)
        self.none_label = QLabel(self.tr("No open incidents against this CI."), self.work_box)
        self.none_label.setStyleSheet(theme.muted_style())
        work_layout = QVBoxLayout(self.work_box)
        work_layout.addWidget(self.none_label)
        work_layout.addWidget(self.incident_table)

        self.history_model = HistoryModel()
        self.history_table = data_table(self)
        self.history_table.setModel(self.history_model)
        self.history_table.setAccessibleName(self.tr("History of the CI"))
        self.history_table.setColumnWidth(0, 120)
        self.history_table.setColumnWidth(2, 90)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.work_box, self.tr("Incidents"))
        self.impact: ImpactPanel | None = None
        if ctx is not None:
            self.impact = ImpactPanel(ctx, self)
            self.impact.ci_activated.connect(self.ci_activated)
            self.tabs.addTab(self.impact, self.tr("Im&pact"))
        self.tabs.addTab(self.history_table, self.tr("History"))
        self.tabs.setMinimumHeight(300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(fields_box)
        layout.addWidget(self.attributes_box)
        layout.addWidget(self.relations_box)
        layout.addWidget(self.tabs, 1)
        # Takes the spare height only while the incidents box is hidden (a new CI): the form
        # then stays compact at the top instead of spreading its rows over the pane.
        layout.addStretch(0)
        self.fields_box = fields_box

        for edit in (self.name_edit, self.serial_edit, self.location_edit):
            edit.textEdited.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.type_combo.editTextChanged.connect(self._changed)
        self.type_combo.editTextChanged.connect(self._type_changed)
        for combo in (self.status_combo, self.service_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.load(None)

    # -- filling ---------------------------------------------------------------------------
    def set_choices(self, types: list[str], services: list[Choice],
                    defs: dict[str, tuple[AttributeDef, ...]] | None = None) -> None:
        self._loading = True
        if defs is not None:
            self.type_defs = defs
        text = self.type_combo.currentText()
        self.type_combo.clear()
        for ci_type in types:
            self.type_combo.addItem(ci_type_label(ci_type), ci_type)
        self.type_combo.setEditText(text)
        keep = self.service_combo.currentData()
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("(no service)"), None)
        for svc in services:
            label = svc.label if svc.detail == "catalogue" else \
                self.tr("{name} ({status})").format(name=svc.label,
                                                    status=status_label(svc.detail).lower())
            self.service_combo.addItem(label, str(svc.id))
        self._select(self.service_combo, keep)
        self._show_attributes(self.record)
        self._loading = False

    @property
    def record_id(self) -> uuid.UUID | None:
        return self.record.id if self.record is not None else None

    def load(self, ci: CiSummary | None, *, service_id: uuid.UUID | None = None) -> None:
        """Show a saved CI (None: a blank new one, optionally for ``service_id``)."""
        self._loading = True
        self.record = ci
        self.clear_errors()
        self.name_edit.setText(ci.name if ci else "")
        self.type_combo.setEditText(ci_type_label(ci.ci_type) if ci else "")
        self._select(self.status_combo, ci.status if ci else "in_use")
        self._select(self.service_combo, ci.service_id if ci else service_id)
        self.serial_edit.setText(ci.serial_number if ci else "")
        self.location_edit.setText(ci.location if ci else "")
        self.description_edit.setPlainText(ci.description if ci else "")
        self.title.setText(ci.name if ci else self.tr("New configuration item"))
        self.work_box.setVisible(ci is not None)
        self._show_attributes(ci)
        self.relations.set_lines([])
        self.relations_box.setEnabled(False)  # until the detail (with relations) arrives
        if ci is None:
            self.relations_box.setEnabled(True)
            self.incident_model.set_rows([])
            self.history_model.set_rows([])
        if self.impact is not None:
            self.impact.set_ci(ci.id if ci else None)
        self._loading = False
        self._set_dirty(False)

    def show_detail(self, detail: CiDetail,
                    history: list[CiHistoryLine] | None = None) -> None:
        if detail.item.id != self.record_id:
            return
        if not self.relations_box.isEnabled() or not self.dirty:
            self.relations.set_lines(detail.relations)  # never edited before they arrived
        self.relations_box.setEnabled(True)
        if history is not None:
            self.history_model.set_rows(history)
        count = detail.item.open_incidents
        shown = len(detail.open_incidents)
        self.work_box.setTitle(
            self.tr("Open incidents ({n})").format(n=count_text(count)) if shown == count
            else self.tr("Open incidents (most urgent {shown} of {n})").format(
                shown=count_text(shown), n=count_text(count)))
        self.incident_model.set_rows(detail.open_incidents)
        self.none_label.setVisible(not detail.open_incidents)
        self.incident_table.setVisible(bool(detail.open_incidents))

    def values(self) -> dict[str, Any]:
        known = [self.type_combo.itemData(i) for i in range(self.type_combo.count())]
        return {"name": self.name_edit.text(),
                "ci_type": ci_type_value(self.type_combo.currentText(), known),
                "status": self.status_combo.currentData(),
                "service_id": _uuid(self.service_combo.currentData()),
                "serial_number": self.serial_edit.text(), "location": self.location_edit.text(),
                "description": self.description_edit.toPlainText(),
                "attributes": self.attributes.values(),
                **({"relations": self.relations.edits()}
                   if self.relations_box.isEnabled() else {})}

    # -- attributes and relations ------------------------------------------------------------
    def _current_type(self) -> str:
        known = [self.type_combo.itemData(i) for i in range(self.type_combo.count())]
        return ci_type_value(self.type_combo.currentText(), known)

    def _show_attributes(self, ci: CiSummary | None) -> None:
        defs = self.type_defs.get(self._current_type(), ())
        self.attributes.set_defs(defs, dict(ci.attributes) if ci else {})

    def _type_changed(self, _text: str) -> None:
        if not self._loading:
            keep = self.attributes.values()
            defs = self.type_defs.get(self._current_type(), ())
            if defs != self.attributes.defs:
                self.attributes.set_defs(defs, keep)

    def add_relation(self) -> None:
        if self._ctx is None or not self.relations_box.isEnabled():
            return
        dialog = RelationDialog(self._ctx, self.name_edit.text().strip(), self)
        if dialog.exec() and (line := dialog.chosen()) is not None:
            if not self.relations.add(line):
                show_error(self.relations_error, self.tr("The form already holds that "
                                                         "relation."))

    # -- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.banner.clear()
        for label in self.errors.values():
            show_error(label, None)
        self.attributes.clear_errors()
        show_error(self.relations_error, None)

    def show_errors(self, fields: dict[str, str], message: str = "") -> None:
        for name, label in self.errors.items():
            show_error(label, fields.get(name))
        if self.attributes.show_errors(fields) and not any(f in fields for f in FIELDS):
            return
        if "relations" in fields:
            show_error(self.relations_error, message or fields["relations"])
            self.relations.table.setFocus()
        first = next((name for name in FIELDS if name in fields), None)
        if first is not None:
            self._widgets[first].setFocus()

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        """Choose the item whose data is ``value`` (ids are stored as text: QVariant does not
        compare Python objects by value)."""
        if isinstance(value, uuid.UUID):
            value = str(value)
        combo.setCurrentIndex(max(combo.findData(value), 0))

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
