"""The change plan (Service Transition): freeze windows, releases, standard changes, CAB rules.

What a change manager sets up around changes, on ``ChangePlanService``; four pages, each a list
with New / Edit (a dialog; `Enter` or a double click opens the selected one) and, where the
service can, Remove, Retire or Delete (asked first, naming the record; the shared page is
``plan_page``, the Releases page ``release_page``). Everyone may read the plan;
only change managers and administrators change it: for anyone else the buttons are disabled
with the reason as their tooltip and the dialogs open read-only. Column widths and the page
shown are remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Decision, Resource
from deskapp.services.change_dto import ApprovalRuleDTO, TemplateDTO
from deskapp.services.change_plan import FreezeDTO
from deskapp.ui import theme
from deskapp.ui.labels import duration_text
from deskapp.ui.operation.models import local_time
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.widgets import Column, tr
from deskapp.ui.transition.cab_rule_dialog import (
    CabRuleDialog,
    Names,
    level_label,
    stage_lines,
    type_label,
)
from deskapp.ui.transition.plan_dialogs import FreezeDialog, TemplateDialog
from deskapp.ui.transition.plan_page import EARLIEST, PlanPage, Reference
from deskapp.ui.transition.release_page import ReleasesPage
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Changes
    from deskapp.ui.context import UiContext

#: domain labels shown through tr_label (context "Labels") that no other screen marks
_LABELS = (
    QT_TRANSLATE_NOOP("Labels", "Planned"),
    QT_TRANSLATE_NOOP("Labels", "Released"),
    QT_TRANSLATE_NOOP("Labels", "Any one approver"),
    QT_TRANSLATE_NOOP("Labels", "All approvers"),
    QT_TRANSLATE_NOOP("Labels", "A majority of approvers"),
)

#: freeze windows listed: up to this many years ahead
LATEST_YEARS = 20

__all__ = ["ChangePlanView", "PlanPage", "Reference", "ReleasesPage"]


class FreezesPage(PlanPage[FreezeDTO]):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        ended = theme.muted_colour()
        now = datetime.now(UTC)

        def grey(f: FreezeDTO) -> str | None:
            return ended if f.ends_at <= now else None

        super().__init__(ctx, "freezes", [
            Column[FreezeDTO](tr("Name"), lambda f: f.name, colour=grey),
            Column[FreezeDTO](tr("From"), lambda f: local_time(f.starts_at),
                              lambda f: f.starts_at, colour=grey),
            Column[FreezeDTO](tr("Until"), lambda f: local_time(f.ends_at), lambda f: f.ends_at,
                              colour=grey),
            Column[FreezeDTO](tr("Applies to"), lambda f: f.service.label if f.service
                              else tr("Whole desk"), colour=grey),
            Column[FreezeDTO](tr("Reason"), lambda f: f.reason.replace("\n", " "),
                              colour=grey),
        ], self.tr("&New freeze window…"), (220, 130, 130, 200), parent)
        self.remove_button = QPushButton(self.tr("Rem&ove…"))
        self.remove_button.setObjectName("freezesRemove")
        self.remove_button.setToolTip(self.tr("Remove the selected freeze window (Delete)"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.show_ended = QCheckBox(self.tr("Show en&ded"))
        self.show_ended.setObjectName("freezesShowEnded")
        self.show_ended.toggled.connect(lambda _on: self.reload())
        self.bar.insertWidget(2, self.remove_button)
        self.bar.insertWidget(3, self.show_ended)
        self.on_delete = self.ask_remove
        guard(self.remove_button, self.may)

    def fetch(self) -> Callable[[], list[FreezeDTO]]:
        plan, now = self.plan, datetime.now(UTC)
        start = EARLIEST if self.show_ended.isChecked() else now
        end = now + timedelta(days=365 * LATEST_YEARS)
        return lambda: plan.freezes(start, end)

    def count_text(self, n: int) -> str:
        return self.tr("%n freeze window(s)", "", n)

    def selection_changed(self) -> None:
        if self.may.allowed:
            self.remove_button.setEnabled(self.current() is not None)

    def make_dialog(self, record: FreezeDTO | None) -> QDialog:
        return FreezeDialog(self.ctx.runner, self.may, self.plan, self.reference.services,
                            record, self)

    def ask_remove(self) -> None:
        f = self.current()
        if f is None or not self.may.allowed:
            return
        plan, key, version = self.plan, f.id, f.version
        where = f.service.label if f.service else self.tr("the whole desk")
        self.ask(self.tr("Remove freeze window?"),
                 self.tr("Remove the freeze window '{name}' ({start} to {end}, {where})? "
                         "Changes are no longer warned about it.").format(
                     name=f.name, start=local_time(f.starts_at), end=local_time(f.ends_at),
                     where=where),
                 self.tr("Remove"), lambda: plan.remove_freeze(key, version),
                 self.tr("Removed the freeze window '{name}'.").format(name=f.name))


class TemplatesPage(PlanPage[TemplateDTO]):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        muted = theme.muted_colour()
        super().__init__(ctx, "standards", [
            Column[TemplateDTO](tr("Name"), lambda t: t.name,
                                colour=lambda t: muted if t.retired else None),
            Column[TemplateDTO](tr("Service"), lambda t: t.service.label if t.service
                                else tr("(any service)")),
            Column[TemplateDTO](tr("Usual duration"), lambda t: duration_text(
                t.duration_minutes), lambda t: t.duration_minutes, numeric=True),
            Column[TemplateDTO](tr("State"), lambda t: tr("Retired, not offered") if t.retired
                                else tr("Offered"),
                                colour=lambda t: muted if t.retired else None),
            Column[TemplateDTO](tr("Description"), lambda t: t.description.replace("\n", " ")),
        ], self.tr("&New standard change…"), (280, 200, 110, 150), parent)
        self.retire_button = QPushButton(self.tr("Ret&ire…"))
        self.retire_button.setObjectName("standardsRetire")
        self.retire_button.clicked.connect(self.ask_retire)
        self.show_retired = QCheckBox(self.tr("&Show retired"))
        self.show_retired.setObjectName("standardsShowRetired")
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.bar.insertWidget(2, self.retire_button)
        self.bar.insertWidget(3, self.show_retired)
        guard(self.retire_button, self.may)

    def fetch(self) -> Callable[[], list[TemplateDTO]]:
        plan, everything = self.plan, self.show_retired.isChecked()
        return lambda: plan.templates(include_retired=everything)

    def count_text(self, n: int) -> str:
        return self.tr("%n standard change(s)", "", n)

    def make_dialog(self, record: TemplateDTO | None) -> QDialog:
        return TemplateDialog(self.ctx.runner, self.may, self.plan, self.reference.services,
                              record, self)

    def selection_changed(self) -> None:
        t = self.current()
        self.retire_button.setText(self.tr("Unret&ire…") if t is not None and t.retired
                                   else self.tr("Ret&ire…"))
        if self.may.allowed:
            self.retire_button.setEnabled(t is not None)

    def ask_retire(self) -> None:
        t = self.current()
        if t is None or not self.may.allowed:
            return
        plan, key, retire = self.plan, t.id, not t.retired
        if retire:
            self.ask(self.tr("Retire standard change?"),
                     self.tr("Retire the standard change '{name}'? It is no longer offered "
                             "for new changes; changes raised from it keep their plans.")
                     .format(name=t.name),
                     self.tr("Retire"), lambda: plan.retire_template(key, True),
                     self.tr("Retired '{name}'.").format(name=t.name))
        else:
            self.ask(self.tr("Offer standard change again?"),
                     self.tr("Offer the standard change '{name}' again for new changes?")
                     .format(name=t.name),
                     self.tr("Offer again"), lambda: plan.retire_template(key, False),
                     self.tr("'{name}' is offered again.").format(name=t.name))


class CabRulesPage(PlanPage[ApprovalRuleDTO]):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.names = Names([], [])
        any_level = tr("Any level")
        super().__init__(ctx, "cab", [
            Column[ApprovalRuleDTO](tr("Change type"), lambda r: type_label(r.change_type)),
            Column[ApprovalRuleDTO](tr("Risk level"), lambda r: level_label(r.risk_level,
                                                                            any_level)),
            Column[ApprovalRuleDTO](tr("Approvers"),
                                    lambda r: "; ".join(stage_lines(r, self.names))),
        ], self.tr("&New CAB rule…"), (120, 220), parent)
        self.remove_button = QPushButton(self.tr("Rem&ove…"))
        self.remove_button.setObjectName("cabRemove")
        self.remove_button.setToolTip(self.tr("Remove the selected CAB rule (Delete)"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.bar.insertWidget(2, self.remove_button)
        self.on_delete = self.ask_remove
        guard(self.remove_button, self.may)

    def fetch(self) -> Callable[[], list[ApprovalRuleDTO]]:
        return self.plan.approval_rules

    def count_text(self, n: int) -> str:
        return self.tr("%n CAB rule(s)", "", n)

    def set_reference(self, reference: Reference) -> None:
        self.names = Names(reference.staff, reference.teams)
        self.model.layoutChanged.emit()

    def selection_changed(self) -> None:
        if self.may.allowed:
            self.remove_button.setEnabled(self.current() is not None)

    def describe(self, record: object) -> str:
        if not isinstance(record, ApprovalRuleDTO):
            return ""
        return self.tr("{type} changes, {level}").format(
            type=type_label(record.change_type),
            level=level_label(record.risk_level, self.tr("any level")).lower())

    def make_dialog(self, record: ApprovalRuleDTO | None) -> QDialog:
        return CabRuleDialog(self.ctx.runner, self.may, self.plan, self.names,
                             self.model.rows(), record, self)

    def ask_remove(self) -> None:
        r = self.current()
        if r is None or not self.may.allowed:
            return
        plan, key, version, what = self.plan, r.id, r.version, self.describe(r)
        self.ask(self.tr("Remove CAB rule?"),
                 self.tr("Remove the CAB rule for {what}? Changes sent to the CAB later use "
                         "the rule for any level of their type, if there is one; approvals "
                         "already asked are unchanged.").format(what=what),
                 self.tr("Remove"), lambda: plan.remove_approval_rule(key, version),
                 self.tr("Removed the CAB rule for {what}.").format(what=what))


class ChangePlanView(QWidget):
    """The four pages on tabs; loads the services, staff and teams the dialogs offer."""

    message = Signal(str)
    open_change = Signal(object)  # a change's id
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePlan")
        self.ctx = ctx
        self._run = SafeRunner(self, ctx.runner)
        self.loaded = False
        self._own = False  # our own news comes back through the bus: the page reloaded already
        self.freezes = FreezesPage(ctx, self)
        self.releases = ReleasesPage(ctx, self)
        self.standards = TemplatesPage(ctx, self)
        self.cab = CabRulesPage(ctx, self)
        self.pages: list[PlanPage[Any]] = [self.freezes, self.releases, self.standards,
                                           self.cab]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("changePlanTabs")
        for page, text in ((self.freezes, self.tr("Free&ze windows")),
                           (self.releases, self.tr("&Releases")),
                           (self.standards, self.tr("S&tandard changes")),
                           (self.cab, self.tr("CA&B rules"))):
            self.tabs.addTab(page, text)
            page.message.connect(self.message)
            page.changed.connect(self._changed)
        self.releases.open_change.connect(self.open_change)
        self.tabs.currentChanged.connect(lambda _i: self._page_shown())
        self.note = QLabel()
        self.note.setObjectName("changePlanNote")
        self.note.setStyleSheet(theme.muted_style())
        self.note.setWordWrap(True)
        may: Decision = ctx.services.may(Action.EDIT, Resource.CHANGE_PLAN)
        if not may.allowed:
            self.note.setText(self.tr("Read only: {reason}").format(reason=may.reason))
        self.note.setVisible(not may.allowed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

    def current_page(self) -> PlanPage[Any]:
        page = self.tabs.currentWidget()
        assert isinstance(page, PlanPage)
        return page

    def reload(self) -> None:
        """Load the pick lists, then every page (each is a short list)."""
        reference = self.ctx.services.reference

        def work() -> Reference:
            return Reference(reference.services(), reference.staff(), reference.teams())

        def done(found: Reference) -> None:
            for page in self.pages:
                page.reference = found
            self.cab.set_reference(found)
            for page in self.pages:
                page.reload()
            self.loaded = True

        self._run.run(work, done, lambda exc: self.message.emit(user_message(exc)))

    def _page_shown(self) -> None:
        page = self.current_page()
        if self.loaded and not page.loaded:
            page.reload()

    def _changed(self) -> None:
        self._own = True
        try:
            self.changed.emit()
        finally:
            self._own = False

    def bus_changed(self, changes: Changes) -> None:
        """Another window changed the plan (or a change moved: a release's list shows it)."""
        if not self.loaded or self._own:
            return
        if changes.kind in ("change_plan", "service", "staff", "team"):
            self.reload()
        elif changes.kind == "change":
            self.releases.selection_changed()

    def new_record(self) -> None:
        self.current_page().new_record()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("plan_page", self.tabs.currentIndex())
        for page in self.pages:
            page.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        for page in self.pages:
            page.restore_state(settings)
        shown = settings.value("plan_page", 0)
        if isinstance(shown, int | str) and str(shown).isdigit():
            self.tabs.setCurrentIndex(int(shown))
