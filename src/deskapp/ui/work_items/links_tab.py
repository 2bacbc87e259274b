"""An item's lateral links (caused by, fixes, relates to, duplicate of), either direction:
the Links tab lists them, adds one by the other item's number and removes the one selected."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.dto import LinkDTO
from deskapp.ui.labels import status_label, tr_label
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.icons import kind_icon
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

_Index = QModelIndex | QPersistentModelIndex
#: link type -> (read from the source, read from the target)
READINGS = {
    "caused_by": (QT_TRANSLATE_NOOP("Labels", "Caused by"),
                  QT_TRANSLATE_NOOP("Labels", "Causes")),
    "fixes": (QT_TRANSLATE_NOOP("Labels", "Fixes"), QT_TRANSLATE_NOOP("Labels", "Fixed by")),
    "relates_to": (QT_TRANSLATE_NOOP("Labels", "Relates to"),
                   QT_TRANSLATE_NOOP("Labels", "Relates to")),
    "duplicate_of": (QT_TRANSLATE_NOOP("Labels", "Duplicate of"),
                     QT_TRANSLATE_NOOP("Labels", "Duplicated by")),
}
HEADERS = ("Link", "Number", "Title", "Status")
#: link types the dialog also offers read from the target ("Fixed by", "Causes")
REVERSIBLE = ("fixes", "caused_by")
REVERSED = ":reverse"


class LinksModel(RowsModel[LinkDTO]):
    """One item's live links, fully loaded."""

    HEADERS = HEADERS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        link = self.row(index.row())
        if link is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return kind_icon(link.other_kind)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        reading = READINGS[link.link_type][0 if link.outgoing else 1]
        values = (tr_label(reading), link.other_number, link.other_title,
                  status_label(link.other_status, link.other_kind))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class LinksTab(QWidget):
    """``add_requested(number, link_type)`` and ``remove_requested(link_id)``; after
    :meth:`bind` the tab does both itself through the work-item service."""

    add_requested = Signal(str, str)
    remove_requested = Signal(object)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinksModel(self)
        self.table = read_only_table("linksTable", (110, 110, 260))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.add_button = QPushButton(self.tr("&Add link…"))
        self.add_button.setObjectName("addLink")
        self.add_button.clicked.connect(self.ask_link)
        self.remove_button = QPushButton(self.tr("Re&move link"))
        self.remove_button.setObjectName("removeLink")
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.dialog: LinkDialog | None = None
        self.set_links([])

    def bind(self, service: Any, runner: Any, item_id: Callable[[], uuid.UUID | None]) -> None:
        """Work through ``service`` (WorkItemService) on ``runner`` for the item ``item_id()``
        names (the form's current item)."""
        self._service, self._runner, self._item_id = service, runner, item_id
        self.add_requested.connect(self._add)
        self.remove_requested.connect(self._unlink)

    def refresh(self) -> None:
        item_id = self._item_id()
        if item_id is None:
            self.set_links([])
            return
        service = self._service

        def done(links: list[LinkDTO]) -> None:
            if self._item_id() == item_id:
                self.set_links(links)

        self._runner.run(lambda: service.links(item_id), done,
                         lambda exc: self.message.emit(user_message(exc)))

    def _add(self, number: str, link_type: str) -> None:
        item_id, service, dialog = self._item_id(), self._service, self.dialog
        if item_id is None:
            return

        def done(link: LinkDTO) -> None:
            if dialog is not None:
                dialog.accept()
            self.message.emit(self.tr("Linked to {number}.").format(number=link.other_number))
            self.refresh()

        def failed(exc: BaseException) -> None:
            if dialog is not None:
                dialog.show_error(user_message(exc))
            else:
                self.message.emit(user_message(exc))

        if link_type.endswith(REVERSED):
            kind = link_type.removesuffix(REVERSED)
            self._runner.run(lambda: service.link_from_number(item_id, number, kind), done,
                             failed)
            return
        self._runner.run(lambda: service.link_number(item_id, number, link_type), done, failed)

    def _unlink(self, link_id: uuid.UUID) -> None:
        service = self._service
        self._runner.run(lambda: service.unlink(link_id), lambda _r: self.refresh(),
                         lambda exc: self.message.emit(user_message(exc)))

    def set_links(self, links: Sequence[LinkDTO]) -> None:
        self.model.set_rows(links)
        self.remove_button.setEnabled(bool(links))

    def ask_link(self) -> None:
        dialog = LinkDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self.add_requested)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _remove(self) -> None:
        link = self.model.row(self.table.currentIndex().row())
        if link is not None:
            self.remove_requested.emit(link.id)


class LinkDialog(QDialog):
    """The link type and the other item's number; ``submitted(number, link_type)``."""

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.setWindowTitle(self.tr("Link to another ticket"))
        self.link_type = QComboBox()
        self.link_type.setObjectName("linkType")
        for key, (reading, _back) in READINGS.items():
            self.link_type.addItem(tr_label(reading), key)
        # the other way round, recorded from this ticket: "Fixed by CHG-12", "Causes INC-7"
        for key in REVERSIBLE:
            self.link_type.addItem(tr_label(READINGS[key][1]), f"{key}{REVERSED}")
        self.number = QLineEdit()
        self.number.setObjectName("linkNumber")
        self.number.setPlaceholderText(self.tr("INC-000042"))
        self.message = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&This ticket:"), self.link_type)
        form.addRow(self.tr("&Number:"), self.number)
        lay_out_form_dialog(self, form, self.message, self.tr("&Link"), self._submit)

    def _submit(self) -> None:
        number = self.number.text().strip()
        if not number:
            self.show_error(self.tr("Type the other ticket's number."))
            return
        self.submitted.emit(number, str(self.link_type.currentData()))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

