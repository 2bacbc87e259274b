"""Service Design: SLA definitions, business-hours calendars, resolution codes and the service
catalogue, viewed and edited.

Four tabs, each a list beside an editor (the catalogue's also beside a preview of the request
form, :mod:`.catalogue_tab`). Ctrl+N starts a new record of the tab's kind and Ctrl+S
saves it (both forwarded by the main window). All reads and saves go through ``ctx.runner``;
a refused save shows its problems inline and writes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.dto import Changes, Choice
from deskapp.services.resolution_codes import ResolutionCodeDTO, SavedCode
from deskapp.services.service_levels import (
    CalendarDTO,
    CalendarSummary,
    Saved,
    SlaDefinitionDTO,
    SlaSummary,
)
from deskapp.ui.areas import AreaView
from deskapp.ui.design.auto_close_box import AutoCloseBox
from deskapp.ui.design.calendar_editor import CalendarEditor
from deskapp.ui.design.catalogue_tab import CatalogueTab
from deskapp.ui.design.models import (
    CalendarListModel,
    ResolutionCodeListModel,
    SlaListModel,
    _RowsModel,
)
from deskapp.ui.design.resolution_editor import ResolutionCodeEditor
from deskapp.ui.design.sla_editor import SlaEditor
from deskapp.ui.improvement.service_numbers import AvailabilityPanel
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext

SLA_TAB, CALENDAR_TAB, CODES_TAB, AVAILABILITY_TAB, CATALOGUE_TAB = 0, 1, 2, 3, 4
Editor = CalendarEditor | SlaEditor | ResolutionCodeEditor
#: the change-bus kinds each list shows
KINDS = ("sla", "calendar", "resolution_code")


def _local_zone_name() -> str:
    tz = datetime.now().astimezone().tzinfo
    key = getattr(tz, "key", None)
    return key if isinstance(key, str) else "UTC"


#: The list's share of the pane's width the first time it is shown (the editor gets the rest).
LIST_SHARE = 0.36
#: The list grows past LIST_SHARE to show its rows whole, up to this share.
LIST_MAX_SHARE = 0.48


class _ProportionalSplitter(QSplitter):
    """Splits by a share of its own width when first shown, whatever the screen, within
    ``bounds()`` (the list's headers at least, its values when they fit, the editor's minimum
    width left over); a layout the person saved (:meth:`restore`) or dragged wins. Later
    resizes keep the stretch factors' proportions."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._share = share
        self._placed = False
        self._chosen = False  # restored or dragged: the person's split, never moved for them
        #: (the list's least width, the width its values want, the editor's least width)
        self.bounds: Callable[[], tuple[int, int, int]] = lambda: (0, 0, 0)
        self.placed: Callable[[], None] = lambda: None
        self.splitterMoved.connect(self._dragged)

    def _dragged(self, _pos: int, _index: int) -> None:
        self._chosen = True

    def restore(self, state: QByteArray) -> None:
        restored = self.restoreState(state)
        self._placed = restored or self._placed
        self._chosen = restored or self._chosen

    def refit(self) -> None:
        """The rows arrived: widen the default split to show them, unless it is the person's."""
        if self._placed and not self._chosen:
            self._placed = False
            self._place()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # shown for the first time, the area's layout has not given the splitter its real
        # width yet: place it once that is done
        QTimer.singleShot(0, self, self._place)

    def _place(self) -> None:
        if not self._placed and self.isVisible() and self.width() > 0:
            total = self.width() - self.handleWidth()
            least, wanted, editor = self.bounds()
            first = max(round(total * self._share), least,
                        min(wanted, round(total * LIST_MAX_SHARE)))
            first = min(first, max(total - editor, 0))
            self.setSizes([first, total - first])
            self._placed = True
            self.placed()


class _Pane:
    """One tab: a list, an editor in a scroll area, and the splitter between them."""

    def __init__(self, model: _RowsModel, editor: Editor, parent: QWidget) -> None:
        self.model = model
        self.editor = editor
        self.table = QTableView(parent)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        scroll = QScrollArea(parent)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(editor)
        self.splitter = _ProportionalSplitter(LIST_SHARE, parent)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.bounds = self._bounds
        self.splitter.placed = self.fit_columns
        self.scroll = scroll

    def _bounds(self) -> tuple[int, int, int]:
        """The list's width with every header whole and with every value whole; the editor's
        least width."""
        table, header = self.table, self.table.horizontalHeader()
        frame = 2 * table.frameWidth()
        columns = range(header.count())
        least = sum(header.sectionSizeHint(c) for c in columns) + frame
        wanted = sum(max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
                     for c in columns) + frame
        bar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return least, wanted, self.editor.minimumSizeHint().width() + bar + 2

    def fit_columns(self) -> None:
        """Every column as wide as its header and values; when that is wider than the list,
        the text columns (names, zones) give up width and end in "…", never below their
        header, so no header is ever cut."""
        table, header = self.table, self.table.horizontalHeader()
        header.setStretchLastSection(False)  # else the last one keeps a width of its own
        table.resizeColumnsToContents()  # a handful of rows: cheap
        self._shrink_text_columns()
        header.setStretchLastSection(True)

    def _shrink_text_columns(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        widths = [header.sectionSize(c) for c in range(header.count())]
        excess = sum(widths) - room
        elastic = [c for c in range(len(widths)) if c not in self.model.numeric_columns()]
        if excess <= 0 or not elastic or room <= 0:
            return
        floors = {c: header.sectionSizeHint(c) for c in elastic}
        spare = sum(widths[c] - floors[c] for c in elastic)
        if spare <= 0:
            return
        left = min(excess, spare)  # what the text columns give, shared by their slack
        for n, c in enumerate(elastic):
            slack = widths[c] - floors[c]
            cut = left if n == len(elastic) - 1 else min(left, -(-excess * slack // spare))
            cut = min(cut, slack)
            header.resizeSection(c, widths[c] - cut)
            left -= cut

    def select(self, record_id: uuid.UUID | None) -> None:
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()


class DesignView(AreaView):
    key = "design"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._run = SafeRunner(self, ctx.runner)
        self._saving = False
        self.tabs = QTabWidget(self)
        self.sla_editor = SlaEditor()
        self.calendar_editor = CalendarEditor()
        self.slas = _Pane(SlaListModel(self), self.sla_editor, self)
        self.calendars = _Pane(CalendarListModel(self), self.calendar_editor, self)
        self.code_editor = ResolutionCodeEditor()
        self.codes = _Pane(ResolutionCodeListModel(self), self.code_editor, self)
        self.panes = (self.slas, self.calendars, self.codes)
        self.tabs.addTab(self.slas.splitter, self.tr("&SLA definitions"))
        self.tabs.addTab(self.calendars.splitter, self.tr("Business-hours ca&lendars"))
        self.tabs.addTab(self.codes.splitter, self.tr("Resolu&tion codes"))
        self.availability = AvailabilityPanel(ctx, self._run, self)
        self.tabs.addTab(self.availability, self.tr("Availa&bility"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.catalogue = CatalogueTab(ctx, self)
        self.catalogue.message.connect(self.status_message)
        self.tabs.addTab(self.catalogue, self.tr("Service catalog&ue"))
        self.auto_close = AutoCloseBox(ctx, self)
        self.auto_close.message.connect(self.status_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        layout.addWidget(self.auto_close)

        may_edit = ctx.services.may(Action.EDIT, Resource.SLA)
        for pane in self.panes:
            guard(pane.editor, may_edit)  # read only, saying why, for all but admins
            pane.table.selectionModel().selectionChanged.connect(
                lambda sel, _old, p=pane: self._row_chosen(p, sel))
            pane.editor.banner.reload_requested.connect(self._reload_current)
        self.tabs.currentChanged.connect(lambda _i: self.commands_changed.emit())
        ctx.bus.changed.connect(self._bus_changed)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.availability:
            self.availability.reload()

    @property
    def on_pane(self) -> bool:
        """A record tab (not Availability) is on screen: the record commands apply."""
        return 0 <= self.tabs.currentIndex() < len(self.panes)

    # -- helpers ---------------------------------------------------------------------------
    @property
    def pane(self) -> _Pane:
        index = self.tabs.currentIndex()
        return self.panes[index] if 0 <= index < len(self.panes) else self.slas

    def _error(self, exc: BaseException) -> None:
        self.status_message.emit(user_message(exc))

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.ctx.services.service_levels

        codes = self.ctx.services.resolution_codes

        def work() -> _Lists:
            return service.definitions(), service.calendars(), codes.codes()

        self._run.run(work, self._lists_loaded, self._error)
        self.auto_close.refresh()
        self.catalogue.refresh()

    def _lists_loaded(self, result: _Lists) -> None:
        slas, calendars, codes = result
        self.sla_editor.set_calendars([Choice(c.id, c.name, c.timezone) for c in calendars])
        for pane, rows in ((self.slas, slas), (self.calendars, calendars),
                           (self.codes, codes)):
            keep = pane.editor.record_id
            blocker = pane.table.selectionModel().blockSignals(True)
            pane.model.set_rows(rows)
            pane.splitter.refit()
            pane.fit_columns()
            pane.table.selectionModel().blockSignals(blocker)
            if keep is not None:
                pane.select(keep)
            elif not pane.editor.dirty and rows:
                pane.table.selectRow(0)
        self.status_message.emit(self.tr("{slas}, {cals}, {codes}").format(
            slas=self.tr("%Ln SLA definition(s)", "", len(slas)),
            cals=self.tr("%Ln calendar(s)", "", len(calendars)),
            codes=self.tr("%Ln resolution code(s)", "", len(codes))))
        self.commands_changed.emit()

    def _row_chosen(self, pane: _Pane, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        record_id = pane.model.row_at(indexes[0].row()).id
        if record_id == pane.editor.record_id:
            return
        if pane.editor.dirty and not self._confirm_discard():
            pane.select(pane.editor.record_id)
            return
        self._open(pane, record_id)

    def _open(self, pane: _Pane, record_id: uuid.UUID) -> None:
        service = self.ctx.services.service_levels
        if pane is self.slas:
            self._run.run(lambda: service.definition(record_id), self.sla_editor.load,
                          self._error)
        elif pane is self.codes:
            codes = self.ctx.services.resolution_codes
            self._run.run(lambda: codes.get(record_id), self.code_editor.load, self._error)
        else:
            self._run.run(lambda: service.calendar(record_id), self.calendar_editor.load,
                          self._error)

    def _reload_current(self) -> None:
        record_id = self.pane.editor.record_id
        if record_id is not None:
            self.pane.editor.dirty = False
            self._open(self.pane, record_id)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The record you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _on_catalogue(self) -> bool:
        return self.tabs.currentWidget() is self.catalogue

    def can_close(self) -> bool:
        if self.catalogue.editor.dirty and not self._confirm_discard():
            return False
        if not any(p.editor.dirty for p in self.panes):
            return True
        return self._confirm_discard()

    def _bus_changed(self, changes: Changes) -> None:
        if changes.kind in KINDS and self._loaded_once and not self._saving:
            self.refresh()

    # -- commands --------------------------------------------------------------------------
    def supports_new(self) -> bool:
        if self._on_catalogue():
            return self.ctx.services.may(Action.CREATE, Resource.SERVICE).allowed
        return self.on_pane and self.ctx.services.may(Action.CREATE, Resource.SLA).allowed

    def refusal(self) -> str:
        resource = Resource.SERVICE if self._on_catalogue() else Resource.SLA
        return self.ctx.services.may(Action.EDIT, resource).reason

    def new_record(self) -> None:
        if self._on_catalogue():
            self.catalogue.new_record()
            return
        if not self.on_pane:
            return
        pane = self.pane
        if pane.editor.dirty and not self._confirm_discard():
            return
        pane.table.selectionModel().blockSignals(True)
        pane.table.clearSelection()
        pane.table.selectionModel().blockSignals(False)
        if isinstance(pane.editor, CalendarEditor):
            pane.editor.load(None, zone=_local_zone_name())
        elif isinstance(pane.editor, ResolutionCodeEditor):
            rows = [pane.model.row_at(r) for r in range(pane.model.rowCount())]
            pane.editor.load(None, next_order=_next_order(rows))
        else:
            pane.editor.load(None)
        pane.editor.name_edit.setFocus()
        self.status_message.emit(self.tr("New record: fill in the form and press Ctrl+S."))

    def supports_save(self) -> bool:
        if self._on_catalogue():
            return self.ctx.services.may(Action.EDIT, Resource.SERVICE).allowed
        return self.on_pane and self.ctx.services.may(Action.EDIT, Resource.SLA).allowed

    def save(self) -> None:
        if self._on_catalogue():
            self.catalogue.save()
            return
        if self._saving or not self.on_pane:
            return
        pane = self.pane
        editor = pane.editor
        editor.clear_errors()
        service = self.ctx.services.service_levels
        work: Callable[[], Saved | SavedCode]
        if isinstance(editor, CalendarEditor):
            cal_draft = editor.draft()
            work = lambda: service.save_calendar(cal_draft)  # noqa: E731
        elif isinstance(editor, ResolutionCodeEditor):
            code_draft, codes = editor.draft(), self.ctx.services.resolution_codes
            work = lambda: codes.save(code_draft)  # noqa: E731
        else:
            sla_draft = editor.draft()
            work = lambda: service.save_definition(sla_draft)  # noqa: E731
        self._saving = True
        self._run.run(work, lambda saved: self._saved(pane, saved),
                      lambda exc: self._save_failed(pane, exc))

    def _saved(self, pane: _Pane, saved: Saved | SavedCode) -> None:
        self._saving = False
        record = saved.record
        if isinstance(record, CalendarDTO):
            self.calendar_editor.load(record)
        elif isinstance(record, SlaDefinitionDTO):
            self.sla_editor.load(record)
        elif isinstance(record, ResolutionCodeDTO):
            self.code_editor.load(record)
        self.ctx.bus.publish(saved.changes)
        name = record.label if isinstance(record, ResolutionCodeDTO) else record.name
        self.status_message.emit(self.tr("Saved {name}.").format(name=name))
        self.refresh()

    def _save_failed(self, pane: _Pane, exc: BaseException) -> None:
        self._saving = False
        editor = pane.editor
        if isinstance(exc, ValidationError):
            editor.show_errors(exc.fields)
            editor.banner.show_message(self.tr("Not saved: {message}").format(
                message=user_message(exc)))
        elif isinstance(exc, ConflictError):
            editor.banner.show_message(user_message(exc), conflict=True)
        else:
            editor.banner.show_message(user_message(exc))
        self.status_message.emit(self.tr("Nothing was saved; correct the marked fields."))

    # -- persisted layout ------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("tab", self.tabs.currentIndex())
        self.catalogue.save_state(settings)
        for name, pane in self._named_panes():
            settings.setValue(f"{name}/splitter", pane.splitter.saveState())
            settings.setValue(f"{name}/header", pane.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        tab = settings.value("tab", SLA_TAB)
        self.tabs.setCurrentIndex(int(str(tab)) if str(tab).isdigit() else SLA_TAB)
        self.catalogue.restore_state(settings)
        for name, pane in self._named_panes():
            splitter: Any = settings.value(f"{name}/splitter")
            if isinstance(splitter, QByteArray):
                pane.splitter.restore(splitter)
            header: Any = settings.value(f"{name}/header")
            if isinstance(header, QByteArray):
                pane.table.horizontalHeader().restoreState(header)

    def _named_panes(self) -> tuple[tuple[str, _Pane], ...]:
        return (("slas", self.slas), ("calendars", self.calendars), ("codes", self.codes))


_Lists = tuple[list[SlaSummary], list[CalendarSummary], list[ResolutionCodeDTO]]


def _next_order(rows: list[ResolutionCodeDTO]) -> int:
    """After the last offered code, in steps of ten (room to slot one in between later)."""
    active = [r.sort_order for r in rows if r.active]
    return (max(active) // 10 + 1) * 10 if active else 10
