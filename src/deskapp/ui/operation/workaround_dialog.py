"""Apply workaround: on an open incident, pick a known error (those of the incident's service
first), read its workaround, and apply it: the incident is linked to it and the workaround
goes in a work note. "The caller confirms it works" resolves the incident at once (from New
that is a first-contact resolution). A known error of another service needs its own tick."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui.operation.known_errors_view import KnownErrorsModel, known_error_html
from deskapp.ui.operation.resolve_dialog import error_label
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table

if TYPE_CHECKING:
    from deskapp.services.problem_dto import KnownErrorRow

SEARCH_DELAY_MS = 250


class WorkaroundDialog(QDialog):
    """``search(text)`` asks the form for matching known errors (shown with :meth:`set_rows`);
    ``submitted(problem_id, resolve, other_service_confirmed)`` applies the chosen one."""

    search = Signal(str)
    submitted = Signal(object, bool, bool)

    def __init__(self, number: str, service_id: uuid.UUID | None, service_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workaroundDialog")
        self.setWindowTitle(self.tr("Apply a workaround to {number}").format(number=number))
        self.service_id = service_id
        self.service_name = service_name
        self.query = QLineEdit()
        self.query.setObjectName("workaroundSearch")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Symptoms, workaround or number"))
        query_label = QLabel(self.tr("&Find a known error:"))
        query_label.setBuddy(self.query)
        self.model = KnownErrorsModel(self)
        self.table = read_only_table("workaroundTable", (100, 220, 120, 260))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._chosen(current.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("workaroundDetail")
        self.other_service = QCheckBox()
        self.other_service.setObjectName("otherService")
        self.other_service.setVisible(False)
        self.confirmed = QCheckBox(self.tr("The caller &confirms it works: resolve the "
                                           "incident now"))
        self.confirmed.setObjectName("callerConfirms")
        self.confirmed.setChecked(False)  # resolving is the caller's word, never the default
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Apply workaround"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(query_label)
        layout.addWidget(self.query)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 2)
        layout.addWidget(self.other_service)
        layout.addWidget(self.confirmed)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(lambda: self.search.emit(self.query.text()))
        self.query.textChanged.connect(lambda _t: self._delay.start())
        self.set_rows([])
        self.resize(760, 560)

    def set_rows(self, rows: list[KnownErrorRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._chosen(0 if rows else -1)
        if not rows:
            self.show_error(self.tr("No known error matches; try other words, or open the "
                                    "Known errors list (Ctrl+Shift+K)."))

    def chosen(self) -> KnownErrorRow | None:
        return self.model.row(self.table.currentIndex().row())

    def _chosen(self, index: int) -> None:
        row = self.model.row(index)
        self.detail.setHtml(known_error_html(row))
        other = row is not None and row.service_id is not None \
            and self.service_id is not None and row.service_id != self.service_id
        self.other_service.setChecked(False)
        self.other_service.setVisible(other)
        if row is not None and other:
            self.other_service.setText(self.tr(
                "{n} is a known error of {theirs}, not {mine}: &apply it anyway").format(
                n=row.number, theirs=row.service_name or "", mine=self.service_name))
        self.ok_button.setEnabled(row is not None)
        self.show_error("")

    def submit(self) -> None:
        row = self.chosen()
        if row is None:
            self.show_error(self.tr("Choose a known error first."))
            return
        if self.other_service.isVisible() and not self.other_service.isChecked():
            self.show_error(self.tr("This workaround is for another service; tick the box "
                                    "above to confirm it applies here."))
            self.other_service.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.ok_button.setEnabled(False)
        self.submitted.emit(row.id, self.confirmed.isChecked(), self.other_service.isChecked())

    def show_error(self, text: str) -> None:
        if text:
            self.ok_button.setEnabled(True)
        self.message.setText(text)
        self.message.setVisible(bool(text))
