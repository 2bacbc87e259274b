"""Service Design's catalogue tab: the offerings (filter by typing), the offering editor, and a
live preview of its request form as the agent will fill it in New request.

Ctrl+N / Ctrl+S come from the Design view (new offering, save); Retire… asks first, saying how
many requests have used the offering (they keep it), and the service refuses while any of them
is open. Service owners and administrators edit; everyone else reads, the editor saying why.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.domain.request_form import check_form
from deskapp.errors import ConflictError, ValidationError
from deskapp.ui import theme
from deskapp.ui.design.catalogue_editor import OfferingEditor
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.request_form_widget import RequestFormWidget
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.catalogue import OfferingDTO, SavedOffering
    from deskapp.ui.context import UiContext

LIST_COLUMNS = ("Offering", "Service", "Status", "Requests")


class CatalogueTab(QWidget):
    #: the find box; the name shadows the static QWidget.find(id), which nothing here calls
    find: QLineEdit  # type: ignore[assignment]

    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueTab")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.offerings: list[OfferingDTO] = []
        self.saving = False
        self.find = QLineEdit()
        self.find.setObjectName("catalogueFind")
        self.find.setPlaceholderText(self.tr("Type to filter the catalogue"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(lambda _t: self._show_list())
        self.table = QTableWidget(0, len(LIST_COLUMNS))
        self.table.setObjectName("catalogueList")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in LIST_COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.find)
        left_layout.addWidget(self.table, 1)

        self.editor = OfferingEditor()
        self.editor.form_changed.connect(self.update_preview)
        self.retire_button = QPushButton(self.tr("Retir&e…"))
        self.retire_button.setObjectName("retireOffering")
        self.retire_button.clicked.connect(self.ask_retire)
        self.save_button = QPushButton(self.tr("&Save offering"))
        self.save_button.setObjectName("saveOffering")
        self.save_button.clicked.connect(self.save)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        editor_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)

        self.preview = RequestFormWidget()
        self.preview_note = QLabel()
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet(theme.error_style())
        preview_group = QGroupBox(self.tr("Preview: the form as the agent sees it"))
        preview_layout = QVBoxLayout(preview_group)
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(preview_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("catalogueSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(editor_box)
        self.splitter.addWidget(preview_group)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        preview_group.setMinimumWidth(300)
        self.splitter.setSizes([240, 640, 360])  # until the person's own split is restored
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.may_edit = ctx.services.may(Action.EDIT, Resource.SERVICE)
        for widget in (self.editor, self.save_button, self.retire_button):
            guard(widget, self.may_edit)
        self.editor.banner.reload_requested.connect(self._reload_current)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        catalogue, approvals = self.ctx.services.catalogue, self.ctx.services.approvals

        def work() -> tuple[Any, Any, list[OfferingDTO]]:
            return catalogue.choices(), approvals.choices(), catalogue.offerings()

        self.runner.run(work, self._loaded, lambda exc: self.message.emit(user_message(exc)))

    def _loaded(self, result: tuple[Any, Any, list[OfferingDTO]]) -> None:
        choices, people, offerings = result
        self.editor.staff_choices = people.staff
        self.editor.set_choices(choices)
        self.set_offerings(offerings)
        keep = self.editor.record_id
        if keep is not None:
            self.select(keep)
        elif not self.editor.dirty and self.table.rowCount():
            self.table.selectRow(0)
        retired = sum(1 for o in offerings if o.retired_at)
        self.message.emit(self.tr("%n offering(s) in the catalogue", "", len(offerings))
                          + (self.tr(", {n} retired").format(n=retired) if retired else ""))

    def set_offerings(self, offerings: Sequence[OfferingDTO]) -> None:
        self.offerings = list(offerings)
        self._show_list()

    def _show_list(self) -> None:
        words = self.find.text().lower().split()
        keep = self.editor.record_id
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for o in self.offerings:
            if not all(w in f"{o.name} {o.service.label}".lower() for w in words):
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            status = self.tr("Retired") if o.retired_at else self.tr("Offered")
            for column, text in enumerate((o.name, o.service.label, status, str(o.used))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if o.id == keep:
                self.table.selectRow(row)
        self.table.blockSignals(False)

    def select(self, offering_id: uuid.UUID) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == offering_id:
                self.table.selectRow(row)
                return

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key == self.editor.record_id:
            return
        if self.editor.dirty and not self._confirm_discard():
            if self.editor.record_id is not None:
                self.select(self.editor.record_id)
            return
        found = next((o for o in self.offerings if o.id == key), None)
        if found is not None:
            self.open(found)

    def open(self, dto: OfferingDTO) -> None:
        self.editor.load(dto)
        self.retire_button.setText(self.tr("Restor&e") if dto.retired_at
                                   else self.tr("Retir&e…"))
        self.retire_button.setEnabled(self.may_edit.allowed)

    def _reload_current(self) -> None:
        record_id = self.editor.record_id
        if record_id is not None:
            catalogue = self.ctx.services.catalogue
            self.runner.run(lambda: catalogue.offering(record_id), self.open,
                            lambda exc: self.message.emit(user_message(exc)))

    def update_preview(self) -> None:
        form = self.editor.request_form()
        try:
            check_form(form)
        except ValidationError as exc:
            self.preview_note.setText(str(exc))
            self.preview_note.show()
        else:
            self.preview_note.hide()
        self.preview.set_form(form)

    # -- commands ---------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.editor.dirty and not self._confirm_discard():
            return
        self.table.clearSelection()
        self.editor.load(None)
        self.retire_button.setEnabled(False)
        self.editor.name_edit.setFocus()
        self.message.emit(self.tr("New offering: name it, pick its service, add its form, "
                                  "approval and tasks, then press Ctrl+S."))

    def save(self) -> None:
        if self.saving:
            return
        self.editor.clear_errors()
        draft, catalogue = self.editor.draft(), self.ctx.services.catalogue
        self.saving = True
        self.runner.run(lambda: catalogue.save(draft), self._saved, self._save_failed)

    def _saved(self, saved: SavedOffering) -> None:
        self.saving = False
        self.open(saved.record)
        self.ctx.bus.publish(saved.changes)
        self.message.emit(self.tr("Saved {name}.").format(name=saved.record.name))
        self.refresh()

    def _save_failed(self, exc: BaseException) -> None:
        self.saving = False
        if isinstance(exc, ValidationError):
            self.editor.show_errors(exc.fields)
            self.editor.banner.show_message(self.tr("Not saved: {message}").format(
                message=user_message(exc)))
        else:
            self.editor.banner.show_message(user_message(exc),
                                            conflict=isinstance(exc, ConflictError))
        self.message.emit(self.tr("Nothing was saved; correct the marked parts."))

    def ask_retire(self) -> None:
        dto = next((o for o in self.offerings if o.id == self.editor.record_id), None)
        if dto is None:
            return
        catalogue = self.ctx.services.catalogue
        if dto.retired_at is not None:
            job: Any = lambda: catalogue.restore(dto.id, dto.version)  # noqa: E731
            done = self.tr("{name} is offered again.")
        else:
            answer = QMessageBox.question(
                self, self.tr("Retire offering"),
                self.tr("Retire {name}? It can no longer be ordered; the %n request(s) raised "
                        "from it keep it. You can restore it later.", "", dto.used).format(
                    name=dto.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
            job = lambda: catalogue.retire(dto.id, dto.version)  # noqa: E731
            done = self.tr("{name} is retired.")

        def ok(result: OfferingDTO) -> None:
            self.open(result)
            self.message.emit(done.format(name=result.name))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.editor.banner.show_message(user_message(exc),
                                            conflict=isinstance(exc, ConflictError))

        self.runner.run(job, ok, failed)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The offering you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # -- layout -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("catalogue/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("catalogue/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
