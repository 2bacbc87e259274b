"""Service Strategy: the service portfolio.

Services by portfolio status (pipeline, catalogue, retired, with counts) with their owner,
criticality and the open work against them; the panel beside the list edits the selected service
and shows its open incidents (double-click asks the main window to open one) and its CIs.
Ctrl+N starts a new service, Ctrl+S saves it. Every read and save goes through ``ctx.runner``.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.portfolio_dto import (
    PORTFOLIO_STATUSES,
    Portfolio,
    ServiceDetail,
    ServiceSummary,
)
from deskapp.ui import theme
from deskapp.ui.areas import AreaView
from deskapp.ui.improvement.service_numbers import DemandPanel
from deskapp.ui.improvement.view import local_zone
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.editor import ServiceEditor
from deskapp.ui.strategy.models import PortfolioFilter, ServiceTableModel
from deskapp.ui.strategy.widgets import data_table, restore_layout, save_layout
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Changes, Choice
    from deskapp.ui.context import UiContext

#: Changes other views publish that alter what the portfolio shows.
WATCHED = frozenset({"service", "incident", "ci"})
_COLUMN_WIDTHS = (160, 74, 70, 46, 46, 62, 38, 106, 130)


class StrategyView(AreaView):
    key = "strategy"
    #: An open incident was double-clicked: the main window opens it (payload: its UUID).
    open_incident_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._run = SafeRunner(self, ctx.runner)
        self._saving = False
        self._stale = False
        self._creating = False  # a blank new record is on screen: refreshes leave it alone
        self._portfolio = Portfolio(())
        self._theirs: ServiceSummary | None = None  # the saved state after a conflict

        # Status filter: one checkable button per portfolio status, with counts.
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[str | None, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for status in (None, *PORTFOLIO_STATUSES):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setFlat(False)
            button.clicked.connect(lambda _c=False, s=status: self.set_status_filter(s))
            self.status_group.addButton(button)
            self.status_buttons[status] = button
            bar.addWidget(button)
        self.status_buttons[None].setChecked(True)
        bar.addStretch(1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Name, owner, team or description"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.textChanged.connect(self._filter_changed)
        filter_label = QLabel(self.tr("Filte&r:"), self)
        filter_label.setBuddy(self.filter_edit)
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_edit)
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter_edit.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Filter the list by text"))  # F1 lists it so

        self.model = ServiceTableModel(self)
        self.proxy = PortfolioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = data_table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ServiceTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Service portfolio"))
        header = self.table.horizontalHeader()
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)

        self.editor = ServiceEditor(self)
        guard(self.editor.save_button, ctx.services.may(Action.EDIT, Resource.SERVICE))
        self.editor.save_requested.connect(self.save)
        self.editor.revert_requested.connect(self._revert)
        self.editor.banner.reload_requested.connect(self._reload_theirs)
        self.editor.incident_activated.connect(self.open_incident_requested)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(380)

        self.summary_label = QLabel(self)
        self.summary_label.setStyleSheet(theme.muted_style())
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.summary_label)

        # demand and cost per service, from ticket data and time logged (Improvement's numbers)
        self.demand = DemandPanel(ctx, self._run, local_zone(), self)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.addWidget(left)
        self.left_splitter.addWidget(self.demand)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([790, 430])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._update_status_buttons()
        ctx.bus.changed.connect(self._bus_changed)

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        service = self.ctx.services.portfolio

        def work() -> tuple[Portfolio, list[Choice]]:
            return service.portfolio(), service.teams()

        self._run.run(work, self._loaded, self._error)
        self.demand.reload()

    def _loaded(self, result: tuple[Portfolio, list[Choice]]) -> None:
        portfolio, teams = result
        self._portfolio = portfolio
        self.editor.set_teams(teams)
        keep = self.editor.record_id
        blocker = self.table.selectionModel().blockSignals(True)
        self.model.set_rows(portfolio.services)
        self.table.selectionModel().blockSignals(blocker)
        self._update_status_buttons()
        if keep is not None:
            fresh = next((s for s in portfolio.services if s.id == keep), None)
            self._select(keep)
            if fresh is not None and not self.editor.dirty:
                self.editor.load(fresh)
                self._load_detail(keep)
        elif not self._creating and self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        self.commands_changed.emit()

    def _load_detail(self, service_id: uuid.UUID) -> None:
        service = self.ctx.services.portfolio
        self._run.run(lambda: service.detail(service_id), self._detail_loaded, self._error)

    def _detail_loaded(self, detail: ServiceDetail) -> None:
        self.editor.show_detail(detail)

    def _error(self, exc: BaseException) -> None:
        self.status_message.emit(user_message(exc))

    def _bus_changed(self, changes: Changes) -> None:
        if changes.kind not in WATCHED or not self._loaded_once or self._saving:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    # -- filters ---------------------------------------------------------------------------
    def set_status_filter(self, status: str | None) -> None:
        self.status_buttons[status].setChecked(True)
        self.proxy.set_status(status)
        self._after_filter()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_summary()
        if self.editor.record_id is not None:
            self._select(self.editor.record_id)

    def _update_status_buttons(self) -> None:
        labels = {None: self.tr("A&ll ({n})"), "pipeline": self.tr("&Pipeline ({n})"),
                  "catalogue": self.tr("&Catalogue ({n})"), "retired": self.tr("Ret&ired ({n})")}
        for status, button in self.status_buttons.items():
            n = len(self._portfolio.services) if status is None \
                else self._portfolio.count(status)
            button.setText(labels[status].format(n=n))
        self._update_summary()

    def _update_summary(self) -> None:
        shown = [self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                 for r in range(self.proxy.rowCount())]
        text = self.tr("{services} · {incidents}, {urgent} P1/P2, {breached} past target")
        self.summary_label.setText(text.format(
            services=self.tr("{shown} of %Ln service(s)", "", self.model.rowCount()).format(
                shown=len(shown)),
            incidents=self.tr("%Ln open incident(s)", "", sum(s.open_incidents for s in shown)),
            urgent=sum(s.open_p1_p2 for s in shown),
            breached=sum(s.breached_open for s in shown)))

    # -- selection -------------------------------------------------------------------------
    def _select(self, service_id: uuid.UUID | None) -> None:
        source_row = self.model.row_of(service_id)
        row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row() \
            if source_row >= 0 else -1
        blocker = self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(blocker)

    def _row_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        summary = self.model.row_at(self.proxy.mapToSource(indexes[0]).row())
        if summary.id == self.editor.record_id:
            return
        if self.editor.dirty and not self._confirm_discard():
            self._select(self.editor.record_id)
            return
        self._open(summary)

    def _open(self, summary: ServiceSummary) -> None:
        self._creating = False
        self.editor.load(summary)
        self._load_detail(summary.id)

    def current_summary(self) -> ServiceSummary | None:
        return self.editor.record

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The service you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def can_close(self) -> bool:
        return not self.editor.dirty or self._confirm_discard()

    # -- commands --------------------------------------------------------------------------
    def supports_new(self) -> bool:
        return self.ctx.services.may(Action.CREATE, Resource.SERVICE).allowed

    def refusal(self) -> str:
        return self.ctx.services.may(Action.EDIT, Resource.SERVICE).reason

    def new_record(self) -> None:
        if self.editor.dirty and not self._confirm_discard():
            return
        self._select(None)
        self._creating = True
        self.editor.load(None)
        self.editor.name_edit.setFocus()
        self.status_message.emit(self.tr("New service: fill in the form and press Ctrl+S."))

    def supports_save(self) -> bool:
        return self.ctx.services.may(Action.EDIT, Resource.SERVICE).allowed

    def save(self) -> None:
        if self._saving:
            return
        self.editor.clear_errors()
        record = self.editor.record
        values = self.editor.values()
        service = self.ctx.services.portfolio
        record_id = record.id if record else None
        version = record.version if record else None
        self._saving = True
        self._run.run(lambda: service.save(record_id, version, values),
                      lambda saved: self._saved(saved, created=record is None),
                      self._save_failed)

    def _saved(self, summary: ServiceSummary, *, created: bool) -> None:
        self._creating = False
        self.editor.load(summary)
        self.ctx.bus.publish(self.ctx.services.portfolio.changes(summary, created))
        self._saving = False
        self.status_message.emit(self.tr("Saved {name}.").format(name=summary.name))
        self.refresh()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            self.editor.show_errors(exc.fields)
            self.editor.banner.show_message(self.tr("Not saved: {message}").format(
                message=user_message(exc)))
            self.status_message.emit(self.tr("Nothing was saved; correct the marked fields."))
        elif isinstance(exc, ConflictError):
            self._theirs = exc.theirs if isinstance(exc.theirs, ServiceSummary) else None
            self.editor.banner.show_message(user_message(exc), conflict=True)
            self.status_message.emit(self.tr("Nothing was saved: someone else changed it."))
        else:
            self.editor.banner.show_message(user_message(exc))
            self.status_message.emit(user_message(exc))

    def _reload_theirs(self) -> None:
        if self._theirs is not None:
            self.editor.load(self._theirs)
            self._load_detail(self._theirs.id)
            self._theirs = None
        self.refresh()

    def _revert(self) -> None:
        record = self.editor.record
        if record is not None:
            self.editor.load(record)

    def supports_navigation(self) -> bool:
        return True

    def next_record(self) -> None:
        self._step(1)

    def previous_record(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        count = self.proxy.rowCount()
        if count == 0:
            return
        current = self.table.currentIndex().row() if self.table.selectionModel().hasSelection() \
            else -1
        row = min(max(current + delta, 0), count - 1) if current >= 0 else 0
        self.table.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # -- persisted layout ------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, {"portfolio": self.splitter}, {"portfolio": self.table})
        settings.setValue("status", self.proxy.status or "all")

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, {"portfolio": self.splitter}, {"portfolio": self.table})
        status = settings.value("status", "all")
        self.set_status_filter(status if status in PORTFOLIO_STATUSES else None)
