"""Known errors: the problems whose root cause and workaround are known (iTop's known-error
database), searchable by symptoms, workaround, root cause or number and narrowed by service.
The chosen one's symptoms, root cause and workaround show in full below the list; Enter or a
double click opens the problem. Esc goes back to the queues."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.problem_dto import KnownErrorRow
from deskapp.ui.labels import tr_label
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 250


class KnownErrorsModel(RowsModel[KnownErrorRow]):
    HEADERS = ("Number", "Title", "Service", "Workaround", "Incidents", "Known error since")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        row = self.row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.workaround
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (row.number, row.title, row.service_name or "",
                  " ".join(row.workaround.split())[:200], str(row.linked_incidents),
                  local_time(row.known_error_at))
        return values[index.column()] if 0 <= index.column() < len(values) else None


def known_error_html(row: KnownErrorRow | None) -> str:
    """A known error in full, as rich text (the desk's own words escaped)."""
    if row is None:
        return ""

    def part(title: str, text: str) -> str:
        body = escape(text).replace("\n", "<br>") if text.strip() else "<i>—</i>"
        return f"<p><b>{escape(title)}</b><br>{body}</p>"

    category = tr_label(row.root_cause_category) if row.root_cause_category else ""
    cause = QCoreApplication.translate("KnownErrors", "Root cause") + (
        f" ({category})" if category else "")
    where = " · ".join(x for x in (row.service_name or "", row.ci_name or "") if x)
    return (f"<h3>{escape(row.number)} · {escape(row.title)}</h3>"
            + part(QCoreApplication.translate("KnownErrors", "Symptoms"), row.symptoms)
            + part(QCoreApplication.translate("KnownErrors", "Workaround"), row.workaround)
            + part(cause, row.root_cause)
            + part(QCoreApplication.translate("KnownErrors", "Affected service"), where))


class KnownErrorsView(QWidget):
    """``open_requested(problem_id, "problem")``, ``back_requested``, ``message(str)``."""

    open_requested = Signal(object, str)
    back_requested = Signal()
    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knownErrors")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self._query = 0
        self.title = QLabel()
        self.title.setObjectName("knownErrorsTitle")
        self.search = QLineEdit()
        self.search.setObjectName("knownErrorSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Symptoms, workaround, root cause or number"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.service = QComboBox()
        self.service.setObjectName("knownErrorService")
        self.service.addItem(self.tr("(every service)"), None)
        service_label = QLabel(self.tr("S&ervice:"))
        service_label.setBuddy(self.service)
        self.back_button = QPushButton(self.tr("Back to &queues"))
        self.back_button.setObjectName("knownErrorsBack")
        self.back_button.clicked.connect(self.back_requested)
        self.open_button = QPushButton(self.tr("&Open problem"))
        self.open_button.setObjectName("openKnownError")
        self.model = KnownErrorsModel(self)
        self.table = read_only_table("knownErrorsTable", (110, 260, 140, 320, 80))
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("knownErrorDetail")
        self.detail.setOpenLinks(False)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._delay.start())
        self.service.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(search_label)
        top.addWidget(self.search, 2)
        top.addWidget(service_label)
        top.addWidget(self.service, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.back_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._services_loaded = False
        self.set_rows([])

    def refresh(self) -> None:
        """Search again with what is typed and chosen (the last request wins)."""
        self._query += 1
        query, text = self._query, self.search.text()
        service_id = self.service.currentData()
        known, reference = self.ctx.services.known_errors, self.ctx.services.reference
        load_services = not self._services_loaded

        def work() -> tuple[list[KnownErrorRow], list[Choice] | None]:
            return (known.known_errors(text, service_id),
                    reference.services() if load_services else None)

        def done(result: tuple[list[KnownErrorRow], list[Choice] | None]) -> None:
            if result[1] is not None and not self._services_loaded:
                self._services_loaded = True
                self.service.blockSignals(True)
                for choice in result[1]:
                    self.service.addItem(choice.label, choice.id)
                self.service.blockSignals(False)
            if query == self._query:
                self.set_rows(result[0])

        self.runner.run(work, done, lambda exc: self.message.emit(user_message(exc)))

    def set_rows(self, rows: list[KnownErrorRow]) -> None:
        self.model.set_rows(rows)
        self.title.setText(self.tr("<b>Known errors</b> · %n shown", "", len(rows)))
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)
        self._show_detail(0 if rows else -1)

    def _show_detail(self, row: int) -> None:
        self.detail.setHtml(known_error_html(self.model.row(row)))


    def _open(self, index: QModelIndex) -> None:
        row = self.model.row(index.row())
        if row is not None:
            self.open_requested.emit(row.id, "problem")
