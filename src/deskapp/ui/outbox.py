"""Outbox and conflicts (in an offline replica): the changes waiting to be sent, the ones the desk
refused (with its sentence) and the ones in conflict, answered field by field: keep mine, keep
theirs; a refused change is retried, edited and retried, or discarded."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.attachments import size_text
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.outbox import OutboxEntry
    from deskapp.ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


class OutboxModel(QAbstractTableModel):
    """The outbox's rows: order, state, item, what changed, the desk's reason."""

    COLUMNS = ("#", "State", "Item", "Change", "Desk says")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[OutboxEntry] = []
        self._states = {"pending": self.tr("Waiting"), "rejected": self.tr("Refused"),
                        "conflict": self.tr("Conflict")}
        self._headers = [self.tr("#"), self.tr("State"), self.tr("Item"), self.tr("Change"),
                         self.tr("Desk says")]

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def describe(self, entry: OutboxEntry) -> str:
        if entry.action == "create":
            return self.tr("Logged offline: {title}").format(
                title=entry.changes.get("title", ""))
        if entry.table_name == "work_item_comments":
            return self.tr("Work note: {body}").format(body=entry.changes.get("body", "")) \
                if entry.changes.get("work_note") else \
                self.tr("Comment: {body}").format(body=entry.changes.get("body", ""))
        if entry.table_name == "work_item_links":
            kind = str(entry.changes.get("link_type", "")).replace("_", " ")
            return self.tr("Link removed: {type}").format(type=kind) \
                if entry.action == "remove" else self.tr("Link: {type}").format(type=kind)
        if entry.table_name == "time_entries" and entry.action == "remove":
            return self.tr("Time entry removed")
        if entry.table_name == "time_entries" and entry.action == "update":
            return self.tr("Time entry corrected: {fields}").format(
                fields=", ".join(f"{name}: {shown(new)}"
                                 for name, (_b, new) in entry.changes.items()))
        if entry.table_name == "time_entries":
            return self.tr("Time: {minutes} min").format(minutes=entry.changes.get("minutes"))
        if entry.table_name == "attachments":
            name = str(entry.changes.get("file_name", ""))
            if entry.action == "remove":
                return self.tr("Attachment removed: {name}").format(name=name)
            return self.tr("Attachment: {name} ({size})").format(
                name=name, size=size_text(int(entry.changes.get("size") or 0)))
        return ", ".join(f"{name}: {shown(new)}" for name, (_b, new) in entry.changes.items())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        # Override QAbstractTableModel::rowCount
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        # Override QAbstractTableModel::columnCount
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        values = (str(entry.position), self._states.get(entry.state, entry.state),
                  entry.item_label, self.describe(entry), entry.reason or "")
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::headerData
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class EditChangeDialog(QDialog):
    """Edit a refused change's values before sending it again (text fields)."""

    def __init__(self, entry: OutboxEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit and retry"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        values = entry.changes if entry.action in ("append", "create") else {
            name: new for name, (_base, new) in entry.changes.items()}
        for name, value in values.items():
            if isinstance(value, bool) or (value is not None and not isinstance(value, str)):
                continue  # numbers, flags and references are retried as they are
            if entry.table_name == "attachments" and name != "file_name":
                continue  # the content, its type and the comment go as they are
            edit = QLineEdit(value or "")
            edit.setObjectName(f"edit_{name}")
            self.edits[name] = edit
            form.addRow(self._label(name), edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Retry"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.edits:
            layout.addWidget(QLabel(self.tr("This change has no text to edit; it is sent "
                                            "again as it is.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _label(self, name: str) -> str:
        labels = {"title": self.tr("Title:"), "description": self.tr("Description:"),
                  "category": self.tr("Category:"), "body": self.tr("Text:"),
                  "note": self.tr("Note:"), "resolution_notes": self.tr("Resolution notes:"),
                  "resolution_code": self.tr("Resolution code:"),
                  "channel": self.tr("Channel:"), "file_name": self.tr("File name:")}
        return labels.get(name, name)

    def values(self) -> dict[str, Any]:
        return {name: edit.text() for name, edit in self.edits.items()}


class OutboxDialog(QDialog):
    """The replica's outbox; answers go through the outbox service off the UI thread."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox and conflicts"))
        self.model = OutboxModel(self)
        self.table = QTableView()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((40, 80, 240, 260)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("outboxSummary")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.fields = QTableWidget(0, 4)
        self.fields.setObjectName("conflictFields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Base"),
                                               self.tr("Mine"), self.tr("Theirs (desk)")])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.retry = QPushButton(self.tr("&Retry"))
        self.edit = QPushButton(self.tr("&Edit and retry…"))
        self.discard = QPushButton(self.tr("&Discard…"))
        for button, handler in ((self.keep_mine, lambda: self._answer("mine")),
                                (self.keep_theirs, lambda: self._answer("theirs")),
                                (self.retry, lambda: self._retry(None)),
                                (self.edit, self._edit), (self.discard, self._discard)):
            button.clicked.connect(handler)
        actions = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.retry, self.edit, self.discard):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.fields, 1)
        lower_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.fields.itemSelectionChanged.connect(self._enable)
        settings = QSettings()
        self.restoreGeometry(settings.value("outbox/geometry", b""))  # type: ignore[arg-type]
        self.splitter.restoreState(settings.value("outbox/splitter", b""))  # type: ignore[arg-type]
        if self.width() < 200:
            self.resize(820, 520)
        self.reload()

    def done(self, result: int) -> None:
        # Override QDialog::done: keep the layout for next time
        settings = QSettings()
        settings.setValue("outbox/geometry", self.saveGeometry())
        settings.setValue("outbox/splitter", self.splitter.saveState())
        super().done(result)

    # -- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._run.run(self.ctx.services.outbox.entries, self._loaded, self._failed)

    def _loaded(self, entries: list[OutboxEntry]) -> None:
        chosen = self.current()
        self.model.set_entries(entries)
        waiting = sum(e.state == "pending" for e in entries)
        conflicts = sum(e.state == "conflict" for e in entries)
        refused = sum(e.state == "rejected" for e in entries)
        self.summary.setText(self.tr(
            "{waiting} waiting to be sent · {conflicts} in conflict · {refused} refused by the "
            "desk").format(waiting=waiting, conflicts=conflicts, refused=refused))
        row = next((n for n, e in enumerate(entries) if chosen and e.id == chosen.id), None)
        if row is None:
            row = next((n for n, e in enumerate(entries) if e.state != "pending"), 0)
        if entries:
            self.table.selectRow(row)
        self._show_selected()

    def _failed(self, exc: BaseException) -> None:
        self.detail.setText(user_message(exc))

    def current(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.model.entries):
            return None
        return self.model.entries[rows[0].row()]

    def _show_selected(self) -> None:
        entry = self.current()
        self.fields.setRowCount(0)
        if entry is None:
            self.detail.setText(self.tr("Nothing waits: every change made here has been sent."))
        elif entry.state == "conflict":
            self.detail.setText(self.tr(
                "Both you and the desk changed these fields of {item}. Choose a field and "
                "keep your value or the desk's; the other fields of this change were applied."
            ).format(item=entry.item_label))
            for name in entry.open_fields:
                c = (entry.conflict or {})[name]
                row = self.fields.rowCount()
                self.fields.insertRow(row)
                for column, value in enumerate((name, c.get("base"), c.get("mine"),
                                                c.get("theirs"))):
                    cell = QTableWidgetItem(name if column == 0 else shown(value))
                    cell.setData(Qt.ItemDataRole.UserRole, name)
                    self.fields.setItem(row, column, cell)
            if self.fields.rowCount():
                self.fields.selectRow(0)
        elif entry.state == "rejected":
            self.detail.setText(self.tr("The desk refused this change to {item}: {reason}")
                                .format(item=entry.item_label, reason=entry.reason or ""))
        else:
            self.detail.setText(self.tr("Waiting to be sent with the next sync: {change}")
                                .format(change=self.model.describe(entry)))
        self._enable()

    def _enable(self) -> None:
        entry = self.current()
        conflict = entry is not None and entry.state == "conflict"
        picked = conflict and self.fields.rowCount() > 0
        self.keep_mine.setEnabled(picked)
        self.keep_theirs.setEnabled(picked)
        refused = entry is not None and entry.state == "rejected"
        self.retry.setEnabled(refused)
        self.edit.setEnabled(refused)
        self.discard.setEnabled(refused or conflict)

    # -- answering ------------------------------------------------------------------------
    def _after(self, _result: Any = None) -> None:
        self.reload()

    def _answer(self, choice: str) -> None:
        entry, cells = self.current(), self.fields.selectedItems()
        if not cells and self.fields.rowCount():  # one field left: it is the one meant
            first = self.fields.item(0, 0)
            cells = [first] if first is not None else []
        if entry is None or not cells:
            return
        name = cells[0].data(Qt.ItemDataRole.UserRole)
        outbox = self.ctx.services.outbox
        self._run.run(lambda: outbox.resolve(entry.id, name, choice), self._after, self._failed)

    def _retry(self, edited: dict[str, Any] | None) -> None:
        entry = self.current()
        if entry is None:
            return
        outbox = self.ctx.services.outbox
        self._run.run(lambda: outbox.retry(entry.id, edited), self._after, self._failed)

    def _edit(self) -> None:
        entry = self.current()
        if entry is None:
            return
        dialog = EditChangeDialog(entry, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._retry(dialog.values())

    def _discard(self) -> None:
        entry = self.current()
        if entry is None:
            return
        what = (self.tr("the desk's values for {n} field(s) in conflict").format(
            n=len(entry.open_fields)) if entry.state == "conflict"
            else self.tr("this refused change"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard"), self.tr(
            "Discard 1 change to {item}? You keep {what}; your value is not sent.").format(
            item=entry.item_label, what=what),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # never default to losing it
        if box.exec() != QMessageBox.StandardButton.Discard:
            return
        outbox = self.ctx.services.outbox
        self._run.run(lambda: outbox.discard(entry.id), self._after, self._failed)

