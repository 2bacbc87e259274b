"""Service Transition: configuration items, and the knowledge base on a second page.

The CI list (name, type, status, service, open incidents) filters by text, type and status on
the server and loads a keyset page at a time as the person scrolls. The panel beside it edits the
selected CI and lists its open incidents (double-click asks the main window to open one).
Ctrl+N starts a new CI, Ctrl+S saves it, next/previous record walk the list. Every read and save
goes through ``ctx.runner``; answers to an older filter are dropped.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.cmdb import LIST_LIMIT
from deskapp.services.dto import Changes, Choice
from deskapp.services.portfolio_dto import CI_STATUSES, CiDetail, CiList, CiSummary
from deskapp.ui import theme
from deskapp.ui.areas import AreaView
from deskapp.ui.labels import ci_type_label
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.editor import ci_status_label
from deskapp.ui.strategy.widgets import data_table, restore_layout, save_layout
from deskapp.ui.transition.change_calendar import ChangeCalendarView
from deskapp.ui.transition.change_plan import ChangePlanView
from deskapp.ui.transition.editor import CiEditor
from deskapp.ui.transition.knowledge_view import KnowledgeView
from deskapp.ui.transition.models import CiTableModel
from deskapp.ui.transition.types_dialog import CiTypesDialog
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.domain.cmdb import AttributeDef
    from deskapp.services.cmdb_dto import CiHistoryLine
    from deskapp.ui.context import UiContext

#: Changes other views publish that alter what the CI list shows.
WATCHED = frozenset({"ci", "ci_type", "service", "incident"})
FILTER_DELAY_MS = 250
_COLUMN_WIDTHS = (170, 90, 85, 50, 150, 120)


class TransitionView(AreaView):
    key = "transition"
    #: An open incident was double-clicked: the main window opens it (payload: its UUID).
    open_incident_requested = Signal(object)
    #: A work item of a known kind to open in Service Operation: (its UUID, its kind).
    open_item_requested = Signal(object, str)
    #: The change calendar's New change: the main window opens a blank change form.
    new_change_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._run = SafeRunner(self, ctx.runner)
        self._saving = False
        self._stale = False
        self._creating = False  # a blank new record is on screen: refreshes leave it alone
        self._generation = 0  # bumps with every new filter; older answers are dropped
        self._theirs: CiSummary | None = None
        #: CIs per keyset page; the next page loads when the list is scrolled to its end.
        self.page_size = LIST_LIMIT

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Name, serial number, location or service"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.type_filter = QComboBox(self)
        self.type_filter.addItem(self.tr("All types"), None)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CI_STATUSES:
            self.status_filter.addItem(ci_status_label(status), status)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(theme.muted_style())
        # the count may be cut on a narrow screen rather than widen the window past it
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Preferred)
        self.count_label.setMinimumWidth(60)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("Filte&r:"), self.filter_edit),
                             (self.tr("T&ype:"), self.type_filter),
                             (self.tr("Stat&us:"), self.status_filter)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(8)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.types_button = QPushButton(self.tr("Types and attri&butes…"), self)
        self.types_button.setToolTip(self.tr("Define CI types and their attributes"))
        guard(self.types_button, ctx.services.may(Action.EDIT, Resource.CI_TYPE))
        self.types_button.clicked.connect(self.edit_types)
        bar.addWidget(self.types_button)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_filter,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut).setWhatsThis(
            self.tr("Filter the list by text"))  # F1 lists it so

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._reload_list)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.type_filter.currentIndexChanged.connect(lambda _i: self._reload_list())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._reload_list())

        self.model = CiTableModel(self)
        self.model.more_wanted.connect(self._load_more)
        self.table = data_table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Configuration items"))
        header = self.table.horizontalHeader()
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._row_chosen)

        self.editor = CiEditor(self, ctx)
        self.editor.ci_activated.connect(self.open_ci)
        guard(self.editor.save_button, ctx.services.may(Action.EDIT, Resource.CI))
        self.editor.save_requested.connect(self.save)
        self.editor.revert_requested.connect(self._revert)
        self.editor.banner.reload_requested.connect(self._reload_theirs)
        self.editor.incident_activated.connect(self.open_incident_requested)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(380)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([760, 460])

        cis_page = QWidget(self)
        cis_layout = QVBoxLayout(cis_page)
        cis_layout.setContentsMargins(0, 0, 0, 0)
        cis_layout.addLayout(bar)
        cis_layout.addWidget(self.splitter, 1)
        # the knowledge base is the area's second page; record commands go to the page shown
        self.knowledge = KnowledgeView(ctx, self)
        self.knowledge.status_message.connect(self.status_message)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(cis_page, self.tr("Configuration ite&ms"))
        self.pages.addTab(self.knowledge, self.tr("&Knowledge"))
        # the change calendar: scheduled changes and freeze windows, week or month
        self.calendar = ChangeCalendarView(ctx, self)
        self.calendar.open_requested.connect(
            lambda change_id: self.open_item_requested.emit(change_id, "change"))
        self.calendar.new_change_requested.connect(self.new_change_requested)
        self.calendar.message.connect(self.status_message)
        self._calendar_loaded = False
        # no Alt letter: each of its letters is taken in this view; Ctrl+Tab reaches it
        self.pages.addTab(self.calendar, self.tr("Change calendar"))
        # freeze windows, releases, standard changes and CAB rules (change managers edit)
        self.plan = ChangePlanView(ctx, self)
        self.plan.message.connect(self.status_message)
        self.plan.open_change.connect(
            lambda change_id: self.open_item_requested.emit(change_id, "change"))
        self.plan.changed.connect(
            lambda: ctx.bus.publish(Changes("change_plan", frozenset())))
        self.pages.addTab(self.plan, self.tr("Change plan"))
        self.pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages, 1)
        ctx.bus.changed.connect(self._bus_changed)

    def _focus_filter(self) -> None:
        """Ctrl+F: the find box of the page shown (CIs or articles)."""
        edit = self.knowledge.filter_edit if self._on_knowledge() else self.filter_edit
        edit.setFocus()
        edit.selectAll()

    def _on_knowledge(self) -> bool:
        return self.pages.currentWidget() is self.knowledge

    def _page_changed(self, _index: int) -> None:
        if self._on_knowledge() and not self.knowledge._loaded:
            self.knowledge.refresh()
        if self.pages.currentWidget() is self.calendar and not self._calendar_loaded:
            self._calendar_loaded = True
            self.calendar.reload()
        if self._on_plan() and not self.plan.loaded:
            self.plan.reload()
        self.commands_changed.emit()

    def _on_plan(self) -> bool:
        return self.pages.currentWidget() is self.plan

    def show_plan(self) -> ChangePlanView:
        """Bring the change plan forward."""
        self.pages.setCurrentWidget(self.plan)
        return self.plan

    def show_calendar(self) -> ChangeCalendarView:
        """Bring the change calendar forward."""
        self.pages.setCurrentWidget(self.calendar)
        return self.calendar

    def show_knowledge(self) -> None:
        """Bring the knowledge page forward (the main window's Knowledge command)."""
        self.pages.setCurrentWidget(self.knowledge)

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def refresh(self) -> None:
        if self._on_plan() and self.plan.loaded:
            self.plan.reload()  # Refresh (F5) while the plan is shown
        service, types_service = self.ctx.services.cmdb, self.ctx.services.ci_types

        def work() -> tuple[list[str], list[Choice], dict[str, tuple[AttributeDef, ...]]]:
            defs = {t.name: t.attributes for t in types_service.all()}
            return service.types(), service.services(), defs

        self._run.run(work, self._choices_loaded, self._error)
        self._reload_list()

    def _choices_loaded(self, result: tuple[list[str], list[Choice],
                                            dict[str, tuple[AttributeDef, ...]]]) -> None:
        types, services, defs = result
        self.editor.set_choices(types, services, defs)
        self.calendar.set_services(services)
        self.calendar.apply_wanted_service()
        keep = self.type_filter.currentData()
        blocker = self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("All types"), None)
        for ci_type in types:
            self.type_filter.addItem(ci_type_label(ci_type), ci_type)
        self.type_filter.setCurrentIndex(max(self.type_filter.findData(keep), 0))
        self.type_filter.blockSignals(blocker)

    def _filters(self) -> tuple[str, str | None, str | None]:
        return (self.filter_edit.text(), self.type_filter.currentData(),
                self.status_filter.currentData())

    def _reload_list(self) -> None:
        self._filter_timer.stop()
        self._generation += 1
        generation = self._generation
        text, ci_type, status = self._filters()
        service = self.ctx.services.cmdb
        limit = self.page_size
        self._run.run(lambda: service.items(text, ci_type, status, limit=limit),
                      lambda page: self._page_loaded(generation, page, append=False),
                      self._list_failed)

    def _load_more(self, after: object) -> None:
        generation = self._generation
        text, ci_type, status = self._filters()
        service = self.ctx.services.cmdb
        cursor = after if isinstance(after, tuple) else None
        limit = self.page_size
        self._run.run(lambda: service.items(text, ci_type, status, limit=limit, after=cursor),
                      lambda page: self._page_loaded(generation, page, append=True),
                      self._list_failed)

    def _page_loaded(self, generation: int, page: CiList, *, append: bool) -> None:
        if generation != self._generation:
            return  # the filter changed while this page was on its way
        keep = self.editor.record_id
        blocker = self.table.selectionModel().blockSignals(True)
        self.model.set_page(page.items, page.next_after, append=append)
        self.table.selectionModel().blockSignals(blocker)
        self._update_count()
        if append:
            return
        if keep is not None and self.model.row_of(keep) >= 0:
            self._select(keep)
            fresh = self.model.row_at(self.model.row_of(keep))
            if not self.editor.dirty and self.editor.record is not None \
                    and fresh.version != self.editor.record.version:
                self._open(fresh)
        elif keep is None and not self._creating and self.model.rowCount() > 0:
            self.table.selectRow(0)
        self.commands_changed.emit()

    def _list_failed(self, exc: BaseException) -> None:
        self.model.fetch_failed()
        self._error(exc)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.next_after is not None:
            self.count_label.setText(self.tr("First {n} CIs shown; scroll down for more")
                                     .format(n=n))
        else:
            self.count_label.setText(self.tr("%Ln configuration item(s)", "", n))

    def _load_detail(self, ci_id: uuid.UUID) -> None:
        service = self.ctx.services.cmdb
        self._run.run(lambda: (service.detail(ci_id), service.history(ci_id)),
                      self._detail_loaded, self._error)

    def _detail_loaded(self, result: tuple[CiDetail, list[CiHistoryLine]]) -> None:
        detail, history = result
        self.editor.show_detail(detail, history)

    def open_ci(self, ci_id: object) -> None:
        """Open a CI the impact analysis reached (it may not be on the list's page)."""
        if not isinstance(ci_id, uuid.UUID) or ci_id == self.editor.record_id:
            return
        if self.editor.dirty and not self._confirm_discard():
            return
        service = self.ctx.services.cmdb

        def opened(result: tuple[CiDetail, list[CiHistoryLine]]) -> None:
            detail, history = result
            self._creating = False
            self._select(detail.item.id)
            self.editor.load(detail.item)
            self.editor.show_detail(detail, history)
            self.status_message.emit(self.tr("Opened {name}.").format(name=detail.item.name))

        self._run.run(lambda: (service.detail(ci_id), service.history(ci_id)), opened,
                      self._error)

    def _error(self, exc: BaseException) -> None:
        self.status_message.emit(user_message(exc))

    def _bus_changed(self, changes: Changes) -> None:
        if changes.kind in ("change", "change_plan") and self._calendar_loaded:
            self.calendar.reload()  # a freeze window moved, or a change
        self.plan.bus_changed(changes)
        if changes.kind not in WATCHED or not self._loaded_once or self._saving:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # -- selection -------------------------------------------------------------------------
    def _select(self, ci_id: uuid.UUID | None) -> None:
        row = self.model.row_of(ci_id) if ci_id is not None else -1
        blocker = self.table.selectionModel().blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(blocker)

    def _row_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        ci = self.model.row_at(indexes[0].row())
        if ci.id == self.editor.record_id:
            return
        if self.editor.dirty and not self._confirm_discard():
            self._select(self.editor.record_id)
            return
        self._open(ci)

    def _open(self, ci: CiSummary) -> None:
        self._creating = False
        self.editor.load(ci)
        self._load_detail(ci.id)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The configuration item you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def can_close(self) -> bool:
        return (not self.editor.dirty or self._confirm_discard()) and self.knowledge.can_close()

    # -- commands --------------------------------------------------------------------------
    def supports_new(self) -> bool:
        if self._on_plan():
            return self.ctx.services.may(Action.EDIT, Resource.CHANGE_PLAN).allowed
        resource = Resource.KNOWLEDGE if self._on_knowledge() else Resource.CI
        return self.ctx.services.may(Action.CREATE, resource).allowed

    def refusal(self) -> str:
        if self._on_plan():
            return self.ctx.services.may(Action.EDIT, Resource.CHANGE_PLAN).reason
        resource = Resource.KNOWLEDGE if self._on_knowledge() else Resource.CI
        return self.ctx.services.may(Action.EDIT, resource).reason

    def new_record(self) -> None:
        if self._on_plan():
            self.plan.new_record()
            return
        if self._on_knowledge():
            self.knowledge.new_record()
            return
        if self.editor.dirty and not self._confirm_discard():
            return
        self._select(None)
        self._creating = True
        self.editor.load(None)
        self.editor.name_edit.setFocus()
        self.status_message.emit(self.tr("New configuration item: fill in the form and press "
                                         "Ctrl+S."))

    def supports_save(self) -> bool:
        if self._on_plan():
            return False  # the plan's dialogs save themselves
        resource = Resource.KNOWLEDGE if self._on_knowledge() else Resource.CI
        return self.ctx.services.may(Action.EDIT, resource).allowed

    def save(self) -> None:
        if self._on_plan():
            return
        if self._on_knowledge():
            self.knowledge.save()
            return
        if self._saving:
            return
        self.editor.clear_errors()
        record = self.editor.record
        values = self.editor.values()
        service = self.ctx.services.cmdb
        record_id = record.id if record else None
        version = record.version if record else None
        self._saving = True
        self._run.run(lambda: service.save(record_id, version, values),
                      lambda saved: self._saved(saved, created=record is None),
                      self._save_failed)

    def _saved(self, ci: CiSummary, *, created: bool) -> None:
        self._creating = False
        self.editor.load(ci)
        self._load_detail(ci.id)
        self.ctx.bus.publish(self.ctx.services.cmdb.changes(ci, created))
        self._saving = False
        self.status_message.emit(self.tr("Saved {name}.").format(name=ci.name))
        if created or not self.model.replace(ci):
            self.refresh()
        else:
            self._select(ci.id)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            self.editor.show_errors(exc.fields, user_message(exc))
            self.editor.banner.show_message(self.tr("Not saved: {message}").format(
                message=user_message(exc)))
            self.status_message.emit(self.tr("Nothing was saved; correct the marked fields."))
        elif isinstance(exc, ConflictError):
            self._theirs = exc.theirs if isinstance(exc.theirs, CiSummary) else None
            self.editor.banner.show_message(user_message(exc), conflict=True)
            self.status_message.emit(self.tr("Nothing was saved: someone else changed it."))
        else:
            self.editor.banner.show_message(user_message(exc))
            self.status_message.emit(user_message(exc))

    def _reload_theirs(self) -> None:
        if self._theirs is not None:
            self._open(self._theirs)
            self.model.replace(self._theirs)
            self._theirs = None
        self.refresh()

    def _revert(self) -> None:
        if self.editor.record is not None:
            self.editor.load(self.editor.record)

    def supports_navigation(self) -> bool:
        return not self._on_knowledge() and not self._on_plan()

    def next_record(self) -> None:
        self._step(1)

    def previous_record(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.model.row_of(self.editor.record_id) if self.editor.record_id else -1
        row = min(max(current + delta, 0), count - 1) if current >= 0 else 0
        if row >= count - 2 and self.model.canFetchMore(self.table.rootIndex()):
            self.model.fetchMore(self.table.rootIndex())
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def edit_types(self) -> None:
        dialog = CiTypesDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed_any:  # this view refreshes on it too
            self.ctx.bus.publish(Changes("ci_type", frozenset()))

    # -- persisted layout ------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, {"cis": self.splitter}, {"cis": self.table})
        settings.setValue("status_filter", self.status_filter.currentData() or "")
        settings.setValue("ci_tab", self.editor.tabs.currentIndex())
        if self.editor.impact is not None:
            self.editor.impact.save_state(settings)
        settings.setValue("page", self.pages.currentIndex())
        self.knowledge.save_state(settings)
        self.calendar.save_state(settings)
        self.plan.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, {"cis": self.splitter}, {"cis": self.table})
        tab = settings.value("ci_tab", 0)
        self.editor.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else 0)
        if self.editor.impact is not None:
            self.editor.impact.restore_state(settings)
        status = settings.value("status_filter", "")
        blocker = self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        self.status_filter.blockSignals(blocker)
        self.knowledge.restore_state(settings)
        self.calendar.restore_state(settings)
        self.plan.restore_state(settings)
        page = settings.value("page", 0)
        if isinstance(page, int | str) and str(page).isdigit():
            self.pages.setCurrentIndex(int(page))
