"""Relations on the CI form: the list of the CI's relations (read from the CI on screen) and
the dialog that adds one with a picker.

Edits stay on the form until the CI is saved: the service then saves the fields, attributes and
the whole relation set in one transaction, or nothing (a relation to itself, to a retired CI or
closing a "part of" loop is refused with a sentence).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.cmdb import RELATION_TYPES
from deskapp.services.cmdb_dto import RelationEdit, RelationLine
from deskapp.ui import theme
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.editor import ci_status_label
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

SEARCH_DELAY_MS = 200
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("deskapp.relations", text)


def reading(relation_type: str, outgoing: bool, service: bool = False) -> str:
    """How a relation reads from the CI on screen ("runs on", "hosts", "needed by service")."""
    if service:
        return {"depends_on": _t("needed by service"), "uses": _t("used by service"),
                "runs_on": _t("runs service")}.get(relation_type, relation_type)
    out = {"runs_on": _t("runs on"), "depends_on": _t("depends on"),
           "connected_to": _t("connected to"), "part_of": _t("part of"), "uses": _t("uses")}
    back = {"runs_on": _t("hosts"), "depends_on": _t("needed by"),
            "connected_to": _t("connects"), "part_of": _t("made of"), "uses": _t("used by")}
    return (out if outgoing else back).get(relation_type, relation_type)


#: (relation type, outgoing, other is a service) in the order the dialog offers them
CHOICES: tuple[tuple[str, bool, bool], ...] = (
    *((t, o, False) for t in RELATION_TYPES for o in (True, False)),
    ("depends_on", False, True), ("uses", False, True), ("runs_on", False, True))


class RelationsBox(QWidget):
    """The CI's relations as the form holds them; ``edits()`` is what the save takes."""

    changed = Signal()
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[RelationLine] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Relation"), self.tr("With"),
                                              self.tr("Status")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 170)
        self.table.setMinimumHeight(120)
        self.table.setAccessibleName(self.tr("Relations of the CI"))
        self.add_button = QPushButton(self.tr("Add relati&on…"), self)
        self.add_button.setToolTip(self.tr("Relate this CI to another CI or a service "
                                           "(Ctrl+L)"))
        self.remove_button = QPushButton(self.tr("Remove"), self)  # the Delete key
        self.remove_button.setToolTip(self.tr("Remove the selected relations (Delete); saved "
                                              "with the CI"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._selection_changed()

    # Override QObject::eventFilter: Delete in the table removes the selected relations
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def set_lines(self, lines: list[RelationLine] | tuple[RelationLine, ...]) -> None:
        self.lines = list(lines)
        self._fill()

    def add(self, line: RelationLine) -> bool:
        """Add a relation (False when the form already holds it)."""
        if any(x.edit() == line.edit() for x in self.lines):
            return False
        self.lines.append(line)
        self._fill()
        self.table.selectRow(len(self.lines) - 1)
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        for row in rows:
            del self.lines[row]
        self._fill()
        self.changed.emit()

    def edits(self) -> list[RelationEdit]:
        return [line.edit() for line in self.lines]

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = (reading(line.relation_type, line.outgoing, line.other_is_service),
                     line.other_name,
                     self.tr("service") if line.other_is_service
                     else ci_status_label(line.other_status) if line.other_status else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if line.other_status == "retired":
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))


class RelationDialog(QDialog):
    """Choose how the CI relates and to what: a CI found by name, or a service."""

    def __init__(self, ctx: UiContext, ci_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a relation"))
        self._ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self._generation = 0
        self._services: list[Choice] = []
        self.kind_combo = QComboBox(self)
        name = ci_name or self.tr("this CI")
        for relation_type, outgoing, service in CHOICES:
            if service:
                label = self.tr("A service {verb} {name}").format(
                    verb=reading(relation_type, True), name=name)
            else:
                label = self.tr("{name} {reading} …").format(
                    name=name, reading=reading(relation_type, outgoing))
            self.kind_combo.addItem(label, (relation_type, outgoing, service))
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type part of a name"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching CIs or services"))
        self.status = QLabel(self)
        self.status.setStyleSheet(theme.muted_style())
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Relation:"), self)
        kind_label.setBuddy(self.kind_combo)
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.search_edit)
        form.addRow(kind_label, self.kind_combo)
        form.addRow(find_label, self.search_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(460, 420)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._search())
        self.results.itemSelectionChanged.connect(self._update_ok)
        self.results.itemActivated.connect(lambda _i: self.accept())
        self.search_edit.returnPressed.connect(self._first_result)
        self._update_ok()
        self._run.run(ctx.services.cmdb.services, self._services_loaded, self._failed)
        self._search()

    @property
    def for_service(self) -> bool:
        return bool(self.kind_combo.currentData()[2])

    def chosen(self) -> RelationLine | None:
        """The relation asked for (None until a CI or service is picked)."""
        item = self.results.currentItem()
        if item is None or not item.isSelected():
            return None
        relation_type, outgoing, service = self.kind_combo.currentData()
        other: Choice = item.data(_ID_ROLE)
        return RelationLine(uuid.uuid4(), relation_type, outgoing, other.id, other.label,
                            service, "" if service else other.detail.split(" · ")[-1])

    def _services_loaded(self, services: list[Choice]) -> None:
        self._services = services
        if self.for_service:
            self._search()

    def _search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.search_edit.text().strip()
        if self.for_service:
            found = [s for s in self._services if text.lower() in s.label.lower()]
            self._show(generation, found)
            return
        service = self._ctx.services.cmdb
        self._run.run(lambda: service.pick(text, 50),
                      lambda found: self._show(generation, found), self._failed)

    def _show(self, generation: int, found: list[Choice]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for choice in found:
            item = QListWidgetItem(f"{choice.label}   ({choice.detail})" if choice.detail
                                   else choice.label)
            item.setData(_ID_ROLE, choice)
            self.results.addItem(item)
        self.status.setText(self.tr("No match; type less of the name.") if not found
                            else self.tr("Showing the first {n}.").format(n=len(found))
                            if len(found) >= 50 else "")
        self._update_ok()

    def _first_result(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(user_message(exc))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None)
